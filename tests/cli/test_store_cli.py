"""ingest, events, stats and rejects on the command line (CliRunner, real pipeline)."""

from __future__ import annotations

import csv
import io
import json
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.store.db import counts
from tests.corpus import NK_STORY

runner = CliRunner()

def invoke(*args: str, code: int = 0):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result


def table_counts(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return counts(con)
    finally:
        con.close()


def test_reingesting_the_same_file_twice_changes_no_row_count(corpus_file, clean_db, tmp_path):
    db = tmp_path / "again.duckdb"
    shutil.copy(clean_db, db)
    before = table_counts(db)
    assert before["articles"] == 90 and before["rejects"] == 4 and before["events"] > 0
    for _ in range(2):
        result = invoke("ingest", corpus_file, "--db", db)
        assert "coded     0 articles" in result.stdout
        assert "skipped   92 already present" in result.stdout  # 90 + 2 rejected when coded
        assert "events    up to date" in result.stdout
        assert table_counts(db) == before


def test_events_actor_prk_lists_the_north_korea_events(nk_db):
    rows = [json.loads(x) for x in invoke("events", "--db", nk_db, "--actor", "PRK",
                                          "--format", "jsonl").stdout.splitlines()]
    dyads = {(r["source_key"], r["root"], r["target_key"]) for r in rows}
    assert ("KOR", "11", "PRK") in dyads and ("UNSC", "04", "PRK") in dyads
    assert all("PRK" in (r["source_key"], r["target_key"]) for r in rows)
    everything = invoke("events", "--db", nk_db, "--format", "jsonl").stdout.splitlines()
    assert len(everything) > len(rows)  # Japan urging China is not a PRK event
    table = invoke("events", "--db", nk_db, "--actor", "PRK").stdout
    assert "PRKGOV" in table and "KORGOV" in table and "condemned" in table


def test_event_json_keeps_every_mention_with_its_evidence(nk_db):
    events = json.loads(invoke("events", "--db", nk_db, "--format", "json").stdout)
    condemn = next(e for e in events if e["root"] == "11")
    assert condemn["num_mentions"] == len(condemn["mentions"]) == 1
    mention = condemn["mentions"][0]
    assert mention["mention_id"] == condemn["mention_ids"][0]
    assert mention["article_id"] == "nk-missile"
    assert mention["evidence"] == "South Korea condemned North Korea for the launch."


@pytest.mark.parametrize("args, expected", [
    (["--source", "KOR"], {("KOR", "11", "PRK")}),
    (["--target", "PRK", "--root", "11"], {("KOR", "11", "PRK")}),
    (["--root", "4", "--modality", "hypothetical"], {("UNSC", "04", "PRK"),
                                                     ("PRK", "04", "UNSC")}),
    (["--plover", "request"], {("JPN", "02", "CHN")}),
    (["--source", "IGOUNO"], {("UNSC", "04", "PRK")}),  # an actor code prefix
    (["--since", "2017-02-13", "--actor", "UNSC"], {("UNSC", "04", "PRK"),
                                                    ("PRK", "04", "UNSC")}),
    (["--until", "2017-02-12", "--actor", "UNSC"], set()),
    (["--actor", "PRK' OR 1=1 --"], set()),  # a value, never SQL
])
def test_events_filters(nk_db, args, expected):
    out = invoke("events", "--db", nk_db, "--format", "jsonl", *args).stdout
    got = {(r["source_key"], r["root"], r["target_key"]) for r in map(json.loads, out.splitlines())
           } if out.strip() else set()
    assert got == expected


def test_events_csv_and_limit(nk_db):
    rows = list(csv.DictReader(io.StringIO(
        invoke("events", "--db", nk_db, "--format", "csv", "--limit", "2").stdout)))
    assert len(rows) == 2 and rows[0]["event_id"].startswith("ev-")
    assert "#" in rows[0]["mention_ids"]


@pytest.mark.parametrize("args, message", [
    (["--root", "42"], "CAMEO root"),
    (["--since", "last week"], "ISO date"),
    (["--format", "xml"], "unknown format"),
])
def test_bad_event_options_are_explained(nk_db, args, message):
    result = invoke("events", "--db", nk_db, *args, code=2)
    assert message in result.stderr


def test_events_without_a_store_says_how_to_make_one(tmp_path):
    result = invoke("events", "--db", tmp_path / "none.duckdb", code=2)
    assert "eventwire ingest" in result.stderr


def test_rejects_lists_id_file_line_and_reason(clean_db, corpus_file):
    rows = [json.loads(x) for x in invoke("rejects", "--db", clean_db, "--format", "jsonl"
                                          ).stdout.splitlines()]
    assert {(r["record_id"], r["kind"]) for r in rows} == {
        (f"{corpus_file}:{rows[0]['origin_line']}", "malformed JSON"),
        ("bad-empty", "empty text"), ("bad-notext", "record has no 'text' string field"),
        ("bad-lang", "not English")}
    assert all(r["origin_file"] == str(corpus_file) and r["origin_line"] > 0 for r in rows)
    lines = corpus_file.read_text().splitlines()
    empty = next(r for r in rows if r["record_id"] == "bad-empty")
    assert json.loads(lines[empty["origin_line"] - 1])["id"] == "bad-empty"
    table = invoke("rejects", "--db", clean_db).stdout
    assert "4 rejected records" in table and "not English" in table
    csv_rows = list(csv.DictReader(io.StringIO(invoke("rejects", "--db", clean_db, "--format",
                                                      "csv", "--kind", "empty text").stdout)))
    assert [(r["record_id"], r["origin_line"]) for r in csv_rows] == [
        ("bad-empty", str(empty["origin_line"]))]


def test_ingest_summary_counts_rejects_by_reason(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join([
        json.dumps({"id": "ok", "text": NK_STORY, "published": "2017-02-12"}),
        "{broken", "{also broken", json.dumps({"id": "e", "text": ""}),
    ]) + "\n", encoding="utf-8")
    result = invoke("ingest", corpus, "--db", tmp_path / "s.duckdb")
    assert "coded     1 articles" in result.stdout
    assert "rejected  3: empty text 1, malformed JSON 2" in result.stdout
    assert result.stdout.count("events    ") == 1


def test_ingest_with_nothing_to_code_fails(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("{broken\n", encoding="utf-8")
    result = invoke("ingest", corpus, "--db", tmp_path / "s.duckdb", code=1)
    assert "nothing could be coded" in result.stderr


def test_stats_counts_by_day_root_and_dyad(nk_db):
    stats = json.loads(invoke("stats", "--db", nk_db, "--format", "json").stdout)
    assert stats["totals"]["articles"] == 1
    assert stats["totals"]["events"] == sum(r["events"] for r in stats["by_root"])
    assert sum(d["events"] for d in stats["by_day"]) == stats["totals"]["events"]
    dyads = {(d["source"], d["target"]): d for d in stats["by_dyad"]}
    assert (dyads[("KOR", "PRK")]["events"], dyads[("KOR", "PRK")]["mentions"]) == (1, 1)
    table = invoke("stats", "--db", nk_db).stdout
    assert "events by CAMEO root" in table and "2017-02-12" in table
