"""eventwire export: each format read back, with the columns and values of a known event."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.store.exports import GDELT_COLUMNS, ICEWS_COLUMNS, global_event_id
from tests.shared import SHARED

runner = CliRunner()
GDELT_REF = (SHARED / "reference" / "gdelt"
             / "GDELT_2.0_Events_columns.csv")


def export(db, fmt: str, out: Path) -> Path:
    result = runner.invoke(app, ["export", "--format", fmt, "--out", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr
    return out


def store_events(db) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    finally:
        con.close()


def test_gdelt_export_has_61_columns_in_order_with_the_known_event(nk_db, tmp_path):
    path = export(nk_db, "gdelt", tmp_path / "events.tsv")
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == store_events(nk_db)
    assert all(len(r) == 61 for r in rows)
    rec = [dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows]
    condemn = next(r for r in rec if r["EventCode"] == "111")
    assert (condemn["Actor1Code"], condemn["Actor1CountryCode"]) == ("KORGOV", "KOR")
    assert (condemn["Actor2Code"], condemn["Actor2CountryCode"]) == ("PRKGOV", "PRK")
    assert condemn["Actor1Type1Code"] == "GOV"
    assert (condemn["EventBaseCode"], condemn["EventRootCode"]) == ("111", "11")
    assert (condemn["QuadClass"], float(condemn["GoldsteinScale"])) == ("3", -2.0)
    assert (condemn["SQLDATE"], condemn["MonthYear"], condemn["Year"]) == (
        "20170212", "201702", "2017")
    assert (condemn["NumMentions"], condemn["NumSources"], condemn["NumArticles"]) == (
        "1", "1", "1")
    # GLOBALEVENTID: stable, unique, and mapped back to event_id beside the file
    ids = [line.split("\t") for line in (tmp_path / "events.tsv.event_ids.tsv")
           .read_text(encoding="utf-8").splitlines()[1:]]
    assert [i for i, _ in ids] == [r["GLOBALEVENTID"] for r in rec]
    assert len({i for i, _ in ids}) == len(rec)
    assert all(int(i) == global_event_id(e) for i, e in ids)


def test_issue11_p09_globaleventid_is_stable_across_exports(nk_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    db.write_bytes(nk_db.read_bytes())

    def exported(name: str) -> dict[str, str]:  # event_id -> GLOBALEVENTID
        path = export(db, "gdelt", tmp_path / name)
        rows = path.read_text(encoding="utf-8").splitlines()
        ids = (tmp_path / f"{name}.event_ids.tsv").read_text(encoding="utf-8").splitlines()[1:]
        assert [r.split("\t")[0] for r in rows] == [i.split("\t")[0] for i in ids]
        return {e: g for g, e in (i.split("\t") for i in ids)}

    before = exported("a.tsv")
    story = tmp_path / "more.txt"  # an earlier story: its events sort before the others
    story.write_text("Japan and China held talks in Tokyo on Monday, officials said.",
                     encoding="utf-8")
    added = runner.invoke(app, ["ingest", str(story), "--db", str(db), "--published",
                                "2017-01-02"])
    assert added.exit_code == 0, added.output
    after = exported("b.tsv")
    assert len(after) > len(before)
    assert {e: after[e] for e in before} == before
    assert all(int(g) == global_event_id(e) for e, g in after.items())


@pytest.mark.skipif(not GDELT_REF.exists(), reason="GDELT reference columns not found")
def test_gdelt_columns_are_the_reference_columns():
    with GDELT_REF.open(encoding="utf-8") as fh:
        reference = [row["tableId"] for row in csv.DictReader(fh)]
    assert list(GDELT_COLUMNS) == reference and len(reference) == 61


def test_plover_export_fields(nk_db, tmp_path):
    path = export(nk_db, "plover", tmp_path / "events.jsonl")
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(recs) <= store_events(nk_db)  # events without a PLOVER category left out
    assert all(r["event"] and r["date"] for r in recs)
    condemn = next(r for r in recs if r["eventwire"]["cameo"] == "111")
    assert condemn["id"].startswith("ev-") and condemn["date"] == "2017-02-12"
    assert condemn["event"] == "ACCUSE" and condemn["eventwire"]["quad_class"] == 3
    assert [a["country"] for a in condemn["actor"]] == ["KOR"]
    assert [a["country"] for a in condemn["recipient"]] == ["PRK"]
    assert condemn["text"] == "South Korea condemned North Korea for the launch."
    assert condemn["eventwire"]["article_id"] == "nk-missile"
    assert condemn["eventwire"]["num_mentions"] == 1


def test_icews_export_columns_and_values(nk_db, tmp_path):
    path = export(nk_db, "icews", tmp_path / "events.tab")
    with path.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        assert tuple(reader.fieldnames or ()) == ICEWS_COLUMNS
        rows = list(reader)
    condemn = next(r for r in rows if r["CAMEO Code"] == "111")
    assert condemn["Event Date"] == "2017-02-12" and condemn["Story ID"] == "nk-missile"
    assert condemn["Source Sectors"] == "GOV" and float(condemn["Intensity"]) == -2.0
    assert "Korea" in condemn["Source Country"] and "Korea" in condemn["Target Country"]
    assert condemn["Source Country"] != condemn["Target Country"]


def test_csv_export(nk_db, tmp_path):
    path = export(nk_db, "csv", tmp_path / "events.csv")
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == store_events(nk_db)
    condemn = next(r for r in rows if r["cameo"] == "111")
    assert (condemn["source_key"], condemn["target_key"]) == ("KOR", "PRK")
    assert condemn["mention_ids"].startswith("nk-missile#") and condemn["num_mentions"] == "1"


def test_parquet_export_equals_the_events_table(nk_db, tmp_path):
    path = export(nk_db, "parquet", tmp_path / "events.parquet")
    table = pq.read_table(path)
    assert table.num_rows == store_events(nk_db)
    ids_type = table.schema.field("mention_ids").type
    assert pa.types.is_list(ids_type) and pa.types.is_string(ids_type.value_type)
    con = duckdb.connect(str(nk_db), read_only=True)
    try:
        stored = con.execute("SELECT * FROM events ORDER BY event_id").fetchall()
        read = con.execute("SELECT * FROM read_parquet(?) ORDER BY event_id",
                           [str(path)]).fetchall()
    finally:
        con.close()
    assert read == stored


def test_a_path_with_quotes_is_just_a_path(nk_db, tmp_path):
    path = export(nk_db, "parquet", tmp_path / "it's; DROP TABLE events.parquet")
    assert pq.read_table(path).num_rows == store_events(nk_db)


def test_unknown_export_format(nk_db, tmp_path):
    result = runner.invoke(app, ["export", "--format", "xml", "--out", str(tmp_path / "x"),
                                 "--db", str(nk_db)])
    assert result.exit_code == 2 and "unknown export format" in result.stderr
