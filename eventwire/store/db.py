"""Open the DuckDB event store: migrate on write, check the schema on read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa

from eventwire.errors import StoreError
from eventwire.store.schema import migrations

DEFAULT_DB = "eventwire.duckdb"
TABLES = ("articles", "mentions", "actor_mentions", "events", "rejects")


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection to the store at ``path``; writable stores are migrated to the latest schema.

    Raises StoreError with the cause and the fix when the file is missing (read-only), locked
    by another process, not a DuckDB file, or needs migrations that a read-only open can't run.
    """
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no event store at {path}; create it with `eventwire ingest INPUT "
                         f"--db {path}`")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        held = re.search(r"Conflicting lock is held in .*?\(PID (\d+)\)", str(exc))
        if held:
            raise StoreError(f"the store {path} is in use by another process (PID "
                             f"{held.group(1)}, e.g. `eventwire serve` or `eventwire ingest`); "
                             "DuckDB allows one writer: stop that process or use another --db"
                             ) from exc
        raise StoreError(f"cannot open the store {path}: {exc}. Is another eventwire "
                         "process writing to it?") from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open the store {path}: {exc}") from exc
    if read_only:
        pending = migrations.pending(con)
        if pending:
            con.close()
            raise StoreError(f"the store {path} needs migrations ({', '.join(pending)}); run "
                             "`eventwire ingest` with a newer eventwire first")
    else:
        try:
            migrations.apply(con)
        except Exception:
            con.close()
            raise
    return con


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT, or ROLLBACK when the block raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def insert_arrow(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> None:
    """Bulk insert an Arrow table into a store table, matching columns by name."""
    if table not in (*TABLES, "store_state", "article_texts"):
        raise ValueError(f"unknown table {table!r}")
    if data.num_rows == 0:
        return
    view = f"_arrow_{table}"
    con.register(view, data)
    try:
        con.execute(f'INSERT INTO "{table}" BY NAME SELECT * FROM "{view}"')
    finally:
        con.unregister(view)


def get_state(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    rows = con.execute("SELECT value FROM store_state WHERE key = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def set_state(con: duckdb.DuckDBPyConnection, key: str, value: str | None) -> None:
    con.execute("INSERT OR REPLACE INTO store_state (key, value) VALUES (?, ?)", [key, value])


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row count of every store table."""
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0] for t in TABLES}
