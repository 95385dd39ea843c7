"""Load a PETRARCH verb dictionary once in a fresh process: time, memory, counts, bad lines.

    python bench/verbs_load.py [../shared/reference/petrarch/CAMEO.2.0.txt]
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "reference" / "petrarch" / \
    "CAMEO.2.0.txt"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"{path}: not found (the PETRARCH reference files are not here); nothing to do")
        return 0
    from eventwire.events.verbdict import load_verbs  # noqa: PLC0415  (import is not timed)

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    d = load_verbs(path)
    seconds = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    again = load_verbs(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{path.name}: {len(d.blocks)} blocks, {sum(len(b.verbs) for b in d.blocks)} verbs "
          f"({len(d.by_lemma)} lemmas), {len(d)} patterns, {len(d.synsets)} synsets, "
          f"{len(d.transformations)} transformations")
    print(f"load: {seconds:.3f} s; peak Python allocations {peak / 1e6:.1f} MB; "
          f"max RSS grew {(rss1 - rss0) / 1024:.1f} MB")
    print(f"bad lines: {len(again.problems)}")
    for problem in d.problems:
        print("  " + problem)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
