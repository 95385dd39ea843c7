"""The ingest driver: stream inputs in batches to a runner, write results in order, dedup.

Memory stays bounded: inputs are read lazily, at most ``runner.max_inflight`` batches wait
for their results, and the events table is rebuilt one dedup group at a time.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from eventwire.batch.local import InlineRunner, PoolRunner, Runner
from eventwire.batch.work import CoderSpec
from eventwire.errors import MissingExtraError
from eventwire.ingest.corpus import SUFFIXES, read_inputs
from eventwire.store.rebuild import rebuild_events
from eventwire.store.writer import InFlight, Plan, plan_batch, write_batch

T = TypeVar("T")
DASK_HINT = 'Dask support is an optional extra: pip install "eventwire[dask]"'


@dataclass
class Summary:
    records: int = 0  # input records read
    coded: int = 0
    skipped: int = 0  # already present (same id or same text)
    mentions: int = 0  # coded event mentions
    rejected: Counter[str] = field(default_factory=Counter)  # by reason kind
    events: int | None = None  # rows of the rebuilt events table; None: already up to date
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"records": self.records, "coded": self.coded, "skipped": self.skipped,
                "mentions": self.mentions, "rejected": dict(self.rejected),
                "events": self.events, "seconds": round(self.seconds, 2)}


def make_runner(spec: CoderSpec, workers: int = 1, dask: str | None = None,
                coder: Any = None) -> Runner:
    """In process (workers=1), a local process pool, or a Dask cluster (address or "local")."""
    if dask:
        try:
            from eventwire.batch.cluster import DaskRunner
        except ImportError as exc:
            raise MissingExtraError(f"--dask needs Dask, which is not installed. {DASK_HINT}"
                                    ) from exc
        return DaskRunner(spec, dask, workers)
    if workers <= 1:
        return InlineRunner(coder if coder is not None else spec.build())
    return PoolRunner(spec, workers)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def count_records(inputs: list[str]) -> int | None:
    """How many records the inputs hold (for the progress ETA); None when unknown (stdin)."""
    total = 0
    for p in inputs:
        if p == "-":
            return None
        path = Path(p)
        files = ([c for c in sorted(path.rglob("*")) if c.is_file()
                  and c.suffix.lower() in SUFFIXES] if path.is_dir() else [path])
        for f in files:
            suffix = f.suffix.lower()
            try:
                if suffix == ".jsonl":
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                elif suffix == ".csv":
                    with f.open("rb") as fh:
                        total += max(0, sum(1 for _ in fh) - 1)  # rows, if none spans lines
                else:
                    total += 1
            except OSError:
                total += 1
    return total


def run_ingest(
    con: duckdb.DuckDBPyConnection,
    inputs: list[str],
    runner: Runner,
    *,
    batch_size: int = 32,
    window_days: int = 1,
    published: str | None = None,
    stdin_id: str | None = None,
    on_batch: Callable[[Summary], None] | None = None,
) -> Summary:
    """Code ``inputs`` with ``runner`` into the store behind ``con``; return the summary."""
    start = time.perf_counter()
    summary = Summary()
    inflight = InFlight()
    pending: deque[tuple[Plan, Any]] = deque()

    def finish() -> None:
        plan, handle = pending.popleft()
        results = runner.result(handle) if handle is not None else []
        written = write_batch(con, plan, results, inflight)
        summary.records += plan.records
        summary.skipped += plan.skipped
        summary.coded += written.coded
        summary.mentions += written.mentions
        summary.rejected.update(written.rejected)
        summary.seconds = time.perf_counter() - start
        if on_batch is not None:
            on_batch(summary)

    for items in chunked(read_inputs(inputs, published, stdin_id), batch_size):
        plan = plan_batch(con, items, inflight)
        pending.append((plan, runner.submit(plan.payload) if plan.payload else None))
        while len(pending) >= runner.max_inflight:
            finish()
    while pending:
        finish()
    summary.events = rebuild_events(con, window_days)
    summary.seconds = time.perf_counter() - start
    return summary
