"""Time and peak memory of coding one long document (issue 11, point 5).

    python bench/long_document.py                 # 100k, 200k, 400k and 990k characters
    python bench/long_document.py 100000 --profile  # cProfile of one size, top 25 by cumtime

Each size runs in a fresh process: bulk articles from ../shared/corpus/bulk/news.jsonl (read at
run time, never copied here) are joined with blank lines into one text of that many characters,
coded by ``Coder.code_article``; the figures are wall time and the process's peak RSS. Results
go to bench/results/long_document.md.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BULK = Path(os.environ.get("EVENTWIRE_SHARED") or ROOT.parent / "shared") / "corpus" / "bulk" \
    / "news.jsonl"
SIZES = (100_000, 200_000, 400_000, 990_000)
OUT = ROOT / "bench" / "results" / "long_document.md"


def long_text(chars: int) -> str:
    parts: list[str] = []
    total = 0
    with BULK.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            parts.append(text)
            total += len(text) + 2
            if total >= chars:
                break
    return "\n\n".join(parts)[:chars]


def one(chars: int, profile: bool = False) -> dict[str, float]:
    from eventwire.pipeline import Coder
    from eventwire.records import Article, CodedArticle

    coder = Coder()
    text = long_text(chars)
    article = Article(id=f"long-{chars}", text=text, published="2017-02-07")
    start = time.perf_counter()
    if profile:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        result = prof.runcall(coder.code_article, article)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    else:
        result = coder.code_article(article)
    seconds = time.perf_counter() - start
    events = len(result.events) if isinstance(result, CodedArticle) else -1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB
    return {"chars": len(text), "seconds": round(seconds, 1), "peak_rss_mb": round(rss),
            "events": events}


def main(argv: list[str]) -> None:
    if not BULK.exists():
        print(f"skipped: {BULK} not found")
        return
    if "--one" in argv:
        print(json.dumps(one(int(argv[argv.index("--one") + 1]))))
        return
    if "--profile" in argv:
        one(int(argv[0]), profile=True)
        return
    sizes = [int(a) for a in argv] or list(SIZES)
    rows = []
    for size in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
        rows.append(json.loads(out))
        print(rows[-1], flush=True)
    lines = ["| characters | seconds | peak RSS (MB) | events |", "|---|---|---|---|"]
    lines += [f"| {r['chars']:,} | {r['seconds']} | {r['peak_rss_mb']} | {r['events']} |"
              for r in rows]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("# Long documents: one article of N characters (bench/long_document.py)\n\n"
                   "Measured on the project's shared 2-core machine while other jobs ran; the "
                   "figures include parsing, not model loading.\n\n" + "\n".join(lines) + "\n")
    print(OUT.read_text())


if __name__ == "__main__":
    main(sys.argv[1:])
