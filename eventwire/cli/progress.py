"""Ingest progress on stderr: a Rich bar in a terminal, a plain line now and then otherwise."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from eventwire.batch.driver import Summary


class IngestProgress:
    """Reports each written batch: articles done, articles/s, events found, ETA.

    In a terminal: a Rich progress bar. Elsewhere (logs, pipes): one plain line after the first
    batch, then at most one every ``every`` seconds, so logs show a run is alive.
    """

    def __init__(self, total: int | None, stream: IO[str] | None = None,
                 every: float = 10.0, terminal: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.console = Console(file=self.stream, force_terminal=terminal)
        self.every = every
        self._last = 0.0
        self._lines = 0
        self.total = total
        self.bar: Progress | None = None
        if self.console.is_terminal:
            self.bar = Progress(
                TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:>6.1f} articles/s"),
                TextColumn("{task.fields[events]} events"),
                TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=self.console,
            )
            self.task = self.bar.add_task("ingest", total=total, rate=0.0, events=0)

    def __enter__(self) -> IngestProgress:
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.bar is not None:
            self.bar.stop()

    def __call__(self, s: Summary) -> None:
        rate = s.records / s.seconds if s.seconds > 0 else 0.0
        if self.bar is not None:
            total = self.total if self.total is None else max(self.total, s.records)
            self.bar.update(self.task, completed=s.records, total=total, rate=rate,
                            events=s.mentions)
            return
        now = time.monotonic()
        if self._lines and now - self._last < self.every:
            return
        self._last, self._lines = now, self._lines + 1
        of = f"/{self.total}" if self.total else ""
        rejected = sum(s.rejected.values())
        self.stream.write(
            f"eventwire: ingest: {s.records}{of} records: {s.coded} coded, {s.skipped} skipped, "
            f"{rejected} rejected; {s.mentions} events; {rate:.1f} articles/s\n")
        self.stream.flush()
