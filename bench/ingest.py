"""Corpus-scale ingest: the bulk news corpus through `eventwire ingest --workers N`.

    python bench/ingest.py [--corpus ../shared/corpus/bulk/news.jsonl] [--limit N]
                           [--workers 2,1] [--batch-size 32]

Each run is a fresh store and a separate `python -m eventwire ingest` process, measured from
outside: wall time (model loading included), articles/s, words/s, and the peak RSS of the whole
process tree (driver + worker processes, sampled every 0.2 s with psutil and summed), the CPU
seconds the run used, and the CPU seconds other processes used meanwhile (a busy machine slows
the run: compare with the run's own CPU time). Prints a
table and the ratio of the workers-2 throughput to the workers-1 throughput, and writes
bench/results/ingest-<size>.json and .txt. Reads the corpus at run time; nothing is stored.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from itertools import islice
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[0].parent / "shared" / "corpus" / "bulk" / "news.jsonl"


def tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += p.memory_info().rss
    return total


def run(corpus: Path, workers: int, batch_size: int, tmp: Path) -> dict:
    db = tmp / f"bench-w{workers}.duckdb"
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(corpus), "--db", str(db),
           "--workers", str(workers), "--batch-size", str(batch_size)]
    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine = psutil.cpu_times()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            try:
                peak = max(peak, tree_rss(ps))
            except psutil.NoSuchProcess:
                return
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine_after = psutil.cpu_times()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"ingest --workers {workers} failed ({proc.returncode}):\n{err[-2000:]}")
    figures = {name: int(m.group(1)) for name, pattern in (
        ("coded", r"coded\s+(\d+) articles"), ("mentions", r"articles, (\d+) event mentions"),
        ("events", r"events\s+(\d+) after"), ("records", r"Ingested (\d+) records"))
        if (m := re.search(pattern, out))}
    inner = re.search(r"in ([\d.]+) s \(", out)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    busy = sum(getattr(machine_after, f) - getattr(machine, f)
               for f in ("user", "system", "nice", "irq", "softirq", "steal"))
    return {"workers": workers, "wall_s": round(wall, 1),
            "ingest_s": float(inner.group(1)) if inner else None,
            "peak_rss_mb": round(peak / 2**20), "cpu_s": round(cpu, 1),
            # CPU seconds other processes on the machine used during the run (contention)
            "other_cpu_s": round(max(0.0, busy - cpu), 1),
            "loadavg_end": round(os.getloadavg()[0], 2), **figures}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--workers", default="2,1", help="comma-separated worker counts")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--out", type=Path, default=HERE / "results")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        corpus = args.corpus
        if args.limit:
            corpus = tmp / "corpus.jsonl"
            with args.corpus.open(encoding="utf-8") as fh:
                corpus.write_text("".join(islice(fh, args.limit)), encoding="utf-8")
        articles = words = 0
        with corpus.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    articles += 1
                    words += len(str(json.loads(line).get("text") or "").split())
        runs = []
        for w in (int(x) for x in args.workers.split(",")):
            r = run(corpus, w, args.batch_size, tmp)
            r["articles_per_s"] = round(articles / r["wall_s"], 2)
            r["words_per_s"] = round(words / r["wall_s"])
            runs.append(r)
            print(json.dumps(r), flush=True)

    by_w = {r["workers"]: r for r in runs}
    ratio = (round(by_w[2]["articles_per_s"] / by_w[1]["articles_per_s"], 2)
             if 1 in by_w and 2 in by_w else None)
    result = {"corpus": str(args.corpus.name), "articles": articles, "words": words,
              "batch_size": args.batch_size, "cpus": psutil.cpu_count(), "runs": runs,
              "throughput_ratio_w2_over_w1": ratio}
    size = f"{args.limit}" if args.limit else "full"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"ingest-{size}.json").write_text(json.dumps(result, indent=2) + "\n")
    lines = [f"eventwire ingest on {articles} articles ({words:,} words) of {result['corpus']}, "
             f"{result['cpus']} CPUs, batch size {args.batch_size}",
             "workers  wall_s  ingest_s  articles/s  words/s  peak_rss_mb  cpu_s  other_cpu_s"
             "  coded  events"]
    for r in runs:
        lines.append(f"{r['workers']:>7}  {r['wall_s']:>6}  {r['ingest_s']!s:>8}  "
                     f"{r['articles_per_s']:>10}  {r['words_per_s']:>7}  {r['peak_rss_mb']:>11}  "
                     f"{r['cpu_s']:>5}  {r['other_cpu_s']:>11}  "
                     f"{r.get('coded', '?'):>5}  {r.get('events', '?'):>6}")
    if ratio is not None:
        lines.append(f"throughput ratio workers 2 / workers 1: {ratio}")
    text = "\n".join(lines) + "\n"
    (args.out / f"ingest-{size}.txt").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
