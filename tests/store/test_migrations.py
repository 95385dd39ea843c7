"""Schema migrations: named, ordered, recorded once, each in its own transaction."""

from __future__ import annotations

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.store.db import connect
from eventwire.store.migrations import Migrations
from eventwire.store.rows import SCHEMAS
from eventwire.store.schema import migrations


def test_store_is_created_by_recorded_migrations_in_order(tmp_path):
    con = connect(tmp_path / "s.duckdb")
    rows = con.execute("SELECT migration_set, name FROM migrations ORDER BY applied_at, name"
                       ).fetchall()
    assert [n for _, n in rows] == migrations.names
    assert {s for s, _ in rows} == {"eventwire"}
    con.close()
    again = connect(tmp_path / "s.duckdb")  # reopening applies nothing twice
    assert again.execute("SELECT count(*) FROM migrations").fetchall()[0][0] == len(rows)
    again.close()


@pytest.mark.parametrize("table", sorted(SCHEMAS))
def test_every_row_field_the_writer_sends_is_a_column(tmp_path, table):
    con = connect(tmp_path / "s.duckdb")
    cols = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
    ).fetchall()}
    con.close()
    assert set(SCHEMAS[table].names) <= cols


def test_failed_migration_rolls_back_and_is_not_recorded():
    con = duckdb.connect()
    steps = Migrations("test")

    @steps()
    def m001_ok(c):
        c.execute("CREATE TABLE ok (x INTEGER)")

    @steps()
    def m002_broken(c):
        c.execute("CREATE TABLE half (x INTEGER)")
        c.execute("SELECT * FROM no_such_table")

    with pytest.raises(duckdb.Error):
        steps.apply(con)
    assert steps.applied(con) == ["m001_ok"]
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables"
                                        ).fetchall()}
    assert "ok" in tables and "half" not in tables


def test_migrations_apply_in_registration_order_and_only_once():
    con = duckdb.connect()
    steps = Migrations("test")
    calls = []

    @steps()
    def m001_first(c):
        calls.append("first")

    @steps(name="m002_named")
    def anything(c):
        calls.append("second")

    assert steps.apply(con) == ["m001_first", "m002_named"]
    assert steps.apply(con) == []
    assert calls == ["first", "second"]


def test_a_store_from_a_newer_eventwire_is_refused():
    con = duckdb.connect()
    steps = Migrations("test")
    steps.ensure_table(con)
    con.execute("INSERT INTO migrations (migration_set, name) VALUES ('test', 'm999_future')")
    with pytest.raises(StoreError, match="newer eventwire"):
        steps.apply(con)


def test_reading_a_missing_store_says_how_to_create_it(tmp_path):
    with pytest.raises(StoreError, match="eventwire ingest"):
        connect(tmp_path / "nothing.duckdb", read_only=True)
