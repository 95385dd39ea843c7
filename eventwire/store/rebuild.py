"""Derive the ``events`` table from ``mentions`` by deduplication (docs/dedup.md).

The whole table is recomputed in one transaction, streaming the mentions in group-key order
and clustering one group at a time, so memory holds one group and one chunk of events, never
the corpus. The result depends on the mentions only, not on ingest order or worker count.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

import duckdb

from eventwire.store.db import get_state, insert_arrow, set_state, transaction
from eventwire.store.dedup import cluster, group_key
from eventwire.store.rows import MENTION_FIELDS, to_table
from eventwire.store.writer import STALE

WINDOW = "dedup_window_days"
_READ_ROWS = 20_000
_WRITE_ROWS = 5_000
_COLUMNS = ", ".join(f'"{c}"' for c in MENTION_FIELDS)
_ORDERED = (
    f"SELECT {_COLUMNS} FROM mentions ORDER BY source_key NULLS FIRST, target_key NULLS FIRST,"
    " root, modality NULLS FIRST, mention_id"
)


def events_up_to_date(con: duckdb.DuckDBPyConnection, window_days: int) -> bool:
    return get_state(con, STALE) != "1" and get_state(con, WINDOW) == str(window_days)


def _mentions(cur: duckdb.DuckDBPyConnection) -> Iterator[dict[str, Any]]:
    for batch in cur.sql(_ORDERED).to_arrow_reader(_READ_ROWS):
        yield from batch.to_pylist()


def rebuild_events(con: duckdb.DuckDBPyConnection, window_days: int = 1, *,
                   force: bool = False) -> int | None:
    """Recompute ``events``; return its row count, or None when it was already up to date."""
    if not force and events_up_to_date(con, window_days):
        return None
    total = 0
    reader = con.cursor()  # reads the committed mentions while ``con`` writes the events
    try:
        with transaction(con):
            con.execute("DELETE FROM events")
            chunk: list[dict[str, Any]] = []
            for _key, group in groupby(_mentions(reader), key=group_key):
                chunk.extend(cluster(group, window_days=window_days, strict=False))
                if len(chunk) >= _WRITE_ROWS:
                    insert_arrow(con, "events", to_table("events", chunk))
                    total += len(chunk)
                    chunk = []
            insert_arrow(con, "events", to_table("events", chunk))
            total += len(chunk)
            set_state(con, STALE, "0")
            set_state(con, WINDOW, str(window_days))
    finally:
        reader.close()
    return total
