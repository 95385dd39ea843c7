"""The trace in every output: JSON events carry `why`, `eventwire why` prints it, and the
store keeps it."""

from __future__ import annotations

import json

import duckdb
from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.rules import REGISTRY

runner = CliRunner()
STORY = ("LIMA, March 7 (Wire) -- Peru's foreign minister met his Chilean counterpart in "
         "Santiago on Monday. He later criticised Bolivia over the border closure.\n")


def _story(tmp_path):
    path = tmp_path / "lima.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_json_output_has_why_on_every_event(tmp_path):
    result = runner.invoke(app, ["code", str(_story(tmp_path)), "--format", "json",
                                 "--published", "2016-03-09"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)[0]["events"]
    assert events and all(ev["why"] for ev in events)
    for ev in events:
        stages = [step["stage"] for step in ev["why"]]
        assert stages[0] == "trigger" and ev["why"][0]["rule"].startswith("lexicon.csv:")
        assert {"source", "target", "modality", "attribution"} <= set(stages)
        assert ev["source"]["resolved_by"] in REGISTRY
    crit = next(ev for ev in events if ev["cameo"].startswith("11"))
    rules = [step["rule"] for step in crit["why"]]
    assert "actors.pronoun.v2" in rules and "dates.context.v3" in rules


def test_why_command_prints_every_events_steps_with_rule_summaries(tmp_path):
    result = runner.invoke(app, ["why", str(_story(tmp_path)), "--published", "2016-03-09"])
    assert result.exit_code == 0, result.output
    assert "event 0:" in result.stdout and "lexicon.csv:" in result.stdout
    assert "actors.pronoun.v2" in result.stdout
    assert REGISTRY["actors.pronoun.v2"].summary in result.stdout
    assert "places.prep.v1  Santiago (CHL)" in result.stdout


def test_why_command_json_and_one_event(tmp_path):
    result = runner.invoke(app, ["why", str(_story(tmp_path)), "--published", "2016-03-09",
                                 "--format", "json", "--event", "0"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [r["event"] for r in records] == [0] and records[0]["article"] == "lima"
    assert records[0]["why"][0]["stage"] == "trigger"


def test_why_command_refuses_a_negative_event(tmp_path):
    result = runner.invoke(app, ["why", str(_story(tmp_path)), "--event", "-1"])
    assert result.exit_code == 2 and "counts from 0" in result.output


def test_the_store_keeps_the_trace(tmp_path):
    db = tmp_path / "s.duckdb"
    code = runner.invoke(app, ["code", str(_story(tmp_path)), "--format", "json",
                               "--published", "2016-03-09"])
    ingest = runner.invoke(app, ["ingest", str(_story(tmp_path)), "--db", str(db),
                                   "--published", "2016-03-09"])
    assert ingest.exit_code == 0, ingest.output
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT mention_id, why FROM mentions ORDER BY mention_id").fetchall()
    vias = con.execute("SELECT resolved_by, via FROM actor_mentions").fetchall()
    con.close()
    coded = json.loads(code.stdout)[0]["events"]
    assert len(rows) == len(coded)
    stored = {mid: json.loads(why) for mid, why in rows}
    assert stored["lima#0"] == coded[0]["why"]
    assert all(resolved_by in REGISTRY for resolved_by, _ in vias)
