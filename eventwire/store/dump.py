"""``eventwire export``: stream the deduplicated events to a file in one format.

gdelt, plover and icews go through the pure writers in ``exports``; csv and parquet are
written by Arrow straight from DuckDB's result (the path never enters SQL text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from eventwire.store import exports
from eventwire.store.queries import EventFilter, events_sql, iter_events

FORMATS = ("gdelt", "plover", "icews", "csv", "parquet")
_BATCH = 5_000


def export(con: duckdb.DuckDBPyConnection, fmt: str, out: str | Path,
           f: EventFilter | None = None) -> int:
    """Write the events matching ``f`` (default: all) to ``out`` in ``fmt``; return how many."""
    f = f or EventFilter()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out)
    if fmt in ("csv", "parquet"):
        return _arrow_export(con, fmt, out, f)
    if fmt == "gdelt":  # GLOBALEVENTID -> event_id beside the 61-column file
        return exports.write_gdelt(iter_events(con, f), out, ids_path=gdelt_ids_path(out))
    writer = {"plover": exports.write_plover, "icews": exports.write_icews}[fmt]
    return writer(iter_events(con, f), out)


def gdelt_ids_path(out: Path) -> Path:
    """Where a GDELT export's GLOBALEVENTID -> event_id table goes: OUT.event_ids.tsv."""
    return out.with_name(out.name + ".event_ids.tsv")


def _arrow_export(con: duckdb.DuckDBPyConnection, fmt: str, out: Path, f: EventFilter) -> int:
    # CSV has no list type: there the mention ids are joined by ';'
    select = "* REPLACE (array_to_string(mention_ids, ';') AS mention_ids)" if fmt == "csv" else "*"
    sql, params = events_sql(f, select)
    reader = con.sql(sql, params=params).to_arrow_reader(_BATCH)
    count = 0
    writer: Any
    if fmt == "csv":
        writer = pa_csv.CSVWriter(str(out), reader.schema)
    else:
        writer = pq.ParquetWriter(str(out), reader.schema)
    try:
        for batch in reader:
            writer.write_batch(batch)
            count += batch.num_rows
    finally:
        writer.close()
    return count
