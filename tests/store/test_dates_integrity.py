"""One row's date never blocks the store (issue 11, point 3)."""

from __future__ import annotations

import json

import duckdb
from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.store.db import connect, insert_arrow
from eventwire.store.rebuild import rebuild_events
from eventwire.store.rows import to_table
from tests.store.sample import mention

BODY = ("Officials from Chile and Peru met in Lima on Tuesday to discuss fishing rights, "
        "the Chilean foreign ministry said.")


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_issue11_p03_non_iso_published_is_normalised_or_rejected(tmp_path):
    first = _jsonl(tmp_path / "one.jsonl", [
        {"id": "slash", "text": BODY, "published": "2017/02/07"},
        {"id": "words", "text": BODY.replace("Lima", "Cusco"), "published": "Feb 7, 2017"},
        {"id": "bad", "text": BODY.replace("Lima", "Arica"), "published": "last week"},
    ])
    second = _jsonl(tmp_path / "two.jsonl", [
        {"id": "later", "text": BODY.replace("Chile", "Bolivia"), "published": "7 February 2017"},
    ])
    db = tmp_path / "s.duckdb"
    runner = CliRunner()
    for corpus in (first, second):
        result = runner.invoke(app, ["ingest", str(corpus), "--db", str(db)])
        assert result.exit_code == 0, result.output
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT article_id, published FROM articles ORDER BY 1").fetchall() \
            == [("later", "2017-02-07"), ("slash", "2017-02-07"), ("words", "2017-02-07")]
        reject = con.execute("SELECT record_id, reason FROM rejects").fetchall()
        assert len(reject) == 1 and reject[0][0] == "bad"
        assert "unreadable published date" in reject[0][1]
        assert con.execute("SELECT count(*) FROM events").fetchall()[0][0] > 0
    finally:
        con.close()
    listed = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"])
    assert listed.exit_code == 0 and listed.stdout.strip()


def test_issue11_p03_bad_stored_date_does_not_stop_dedup(tmp_path):
    con = connect(tmp_path / "s.duckdb")
    try:
        rows = [mention("a"), mention("b", published="2017/02/07", date="21/11/2014")]
        insert_arrow(con, "mentions", to_table("mentions", rows))
        assert rebuild_events(con, 1, force=True) == 2
        ids = {r[0] for r in con.execute("SELECT unnest(mention_ids) FROM events").fetchall()}
        assert ids == {"a#0", "b#0"}
    finally:
        con.close()
