"""Ingest progress: a Rich bar in a terminal, sparse plain lines in logs."""

from __future__ import annotations

import io
from collections import Counter

from eventwire.batch.driver import Summary
from eventwire.cli.progress import IngestProgress


def summary(records: int, seconds: float) -> Summary:
    return Summary(records=records, coded=records - 2, skipped=1, mentions=3 * records,
                   rejected=Counter({"empty text": 1}), seconds=seconds)


def test_plain_lines_when_not_a_terminal_first_batch_then_every_interval():
    out = io.StringIO()
    with IngestProgress(total=100, stream=out, every=3600) as progress:
        progress(summary(10, 2.0))
        progress(summary(20, 4.0))  # within the interval: no line
    lines = out.getvalue().splitlines()
    assert lines == ["eventwire: ingest: 10/100 records: 8 coded, 1 skipped, 1 rejected; "
                     "30 events; 5.0 articles/s"]


def test_rich_bar_in_a_terminal_shows_count_rate_events_and_eta():
    out = io.StringIO()
    with IngestProgress(total=100, stream=out, terminal=True) as progress:
        progress(summary(40, 8.0))
    screen = out.getvalue()
    assert "40/100" in screen and "5.0 articles/s" in screen and "120 events" in screen
    assert "ETA" in screen
