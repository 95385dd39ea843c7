"""Every user mistake gets one clear line, and the rest of the run goes on (issue 11, p15)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.batch import driver
from eventwire.cli.main import app
from eventwire.ingest import corpus
from eventwire.records import Rejection

runner = CliRunner()
STORY = ("CAIRO, May 3 (Wire) -- Egypt's foreign minister met his Jordanian counterpart in "
         "Cairo on Tuesday.")


def _one_line(result, code: int = 2) -> str:
    assert result.exit_code == code, result.output
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    return result.stderr


def test_issue11_p15_output_in_a_missing_folder(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    err = _one_line(runner.invoke(app, ["code", str(story), "-o",
                                        str(tmp_path / "no" / "dir" / "out.csv")]))
    assert "cannot write" in err


def test_issue11_p15_evaluate_missing_or_malformed_gold(tmp_path):
    assert "not found" in _one_line(runner.invoke(app, ["evaluate",
                                                        str(tmp_path / "none.jsonl")]))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x", "events": []}\n{not json\n')
    assert "bad.jsonl:2" in _one_line(runner.invoke(app, ["evaluate", str(bad)]))


@pytest.mark.parametrize("args, says", [(["--limit", "-1"], "--limit"),
                                        (["--modality", "bogus"], "modality")])
def test_issue11_p15_bad_event_options(nk_db, args, says):
    assert says in _one_line(runner.invoke(app, ["events", "--db", str(nk_db), *args]))


def test_issue11_p15_unknown_suffix_in_a_folder_is_reported(tmp_path):
    (tmp_path / "a-notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "b-story.txt").write_text(STORY)
    result = runner.invoke(app, ["code", str(tmp_path), "--format", "jsonl",
                                 "--published", "2016-05-03"])
    assert result.exit_code == 0
    assert "a-notes.pdf" in result.stderr and "skipped: unknown suffix" in result.stderr
    assert json.loads(result.stdout)["id"] == "b-story"


def test_issue11_p15_unreadable_sub_folder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "s.txt").write_text(STORY)
    real_walk = corpus.os.walk

    def walk(top, onerror=None, **kw):  # the sub-folder "locked" cannot be listed
        if onerror is not None:
            err = PermissionError(13, "Permission denied", str(tmp_path / "locked"))
            onerror(err)
        yield from real_walk(top, onerror=onerror, **kw)

    monkeypatch.setattr(corpus.os, "walk", walk)
    got = list(corpus.read_inputs([str(tmp_path)]))
    assert isinstance(got[0], Rejection) and got[0].id == "locked"
    assert "cannot read folder: Permission denied" in got[0].reason
    assert got[1].id == "s"


def test_issue11_p15_failed_worker_start_leaves_no_store(tmp_path, monkeypatch):
    story = tmp_path / "s.txt"
    story.write_text(STORY)

    def no_cluster(*args, **kwargs):
        raise OSError("Timed out trying to connect to tcp://127.0.0.1:1 after 30 s")

    monkeypatch.setattr(driver, "make_runner", no_cluster)
    db = tmp_path / "new.duckdb"
    err = _one_line(runner.invoke(app, ["ingest", str(story), "--db", str(db), "--dask",
                                        "tcp://127.0.0.1:1"]))
    assert "cannot start the workers" in err and not db.exists()
