"""Load on the HTTP API: POST /v1/code with the dev articles' texts, from this process, against
a server in another process on 127.0.0.1.

    python bench/api_load.py [--url http://127.0.0.1:8000] [--requests 2000]
                             [--concurrency 8] [--corpus ../shared/corpus/dev.jsonl]

Without --url it starts `python -m eventwire serve` on a free loopback port over an empty
temporary store and stops it at the end. Sends --requests requests (the texts in turn), at
most --concurrency at once, and reports errors (any answer but 200, or a failed connection),
requests/s, and p50/p95/max latency; writes bench/results/api_load.json and .txt. The server
codes one article at a time (the model is not shared between threads), so requests/s is about
the coder's articles/s, and latency grows with the queue: concurrency 8 means waiting behind
up to 7 other articles. Reads the corpus at run time; nothing is stored.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parents[0].parent / "shared" / "corpus" / "dev.jsonl"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    from eventwire.store.db import connect

    connect(db).close()  # an empty store: /v1/code stores nothing
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db),
                             "--port", str(port)], env=env, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.5)
        if proc.poll() is not None:
            raise SystemExit("the server exited before it was ready")
    proc.kill()
    raise SystemExit("the server did not answer /healthz within 180 s")


async def run(url: str, bodies: list[dict[str, str | None]], n: int, concurrency: int
              ) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []
    counter = iter(range(n))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=url, timeout=300, limits=limits) as client:
        async def worker() -> None:
            for i in counter:
                start = time.perf_counter()
                try:
                    r = await client.post("/v1/code", json=bodies[i % len(bodies)])
                    if r.status_code != 200:
                        errors.append(f"request {i}: HTTP {r.status_code} {r.text[:200]}")
                except httpx.HTTPError as exc:
                    errors.append(f"request {i}: {exc!r}")
                latencies.append(time.perf_counter() - start)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - began
    return latencies, errors, wall


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--url", help="A running server; default: start one.")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "api_load")
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found: {args.corpus}")
    bodies = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            bodies.append({"text": rec["text"], "published": rec.get("published")})
    words = sum(len(str(b["text"]).split()) for b in bodies) / len(bodies)
    proc = None
    with tempfile.TemporaryDirectory() as tmp:
        url = args.url
        if url is None:
            proc, url = start_server(Path(tmp) / "load.duckdb")
        try:
            latencies, errors, wall = asyncio.run(run(url, bodies, args.requests,
                                                      args.concurrency))
        finally:
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=60)
    result = {
        "requests": args.requests, "concurrency": args.concurrency, "texts": len(bodies),
        "mean_words_per_text": round(words), "errors": len(errors),
        "wall_s": round(wall, 1), "requests_per_s": round(args.requests / wall, 2),
        "p50_ms": round(percentile(latencies, 50) * 1000),
        "p95_ms": round(percentile(latencies, 95) * 1000),
        "max_ms": round(max(latencies) * 1000), "cpus": os.cpu_count(),
        "first_errors": errors[:5],
    }
    text = (f"POST /v1/code x {args.requests} (dev texts, ~{result['mean_words_per_text']} "
            f"words each), concurrency {args.concurrency}, loopback\n"
            f"errors {result['errors']}, {result['requests_per_s']} requests/s "
            f"(wall {result['wall_s']} s), latency p50 {result['p50_ms']} ms, "
            f"p95 {result['p95_ms']} ms, max {result['max_ms']} ms\n")
    print(text, end="")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=2) + "\n")
    args.out.with_suffix(".txt").write_text(text)
    if errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
