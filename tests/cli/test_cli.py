"""The command line: formats, inputs, bad records, exit codes (CliRunner, real pipeline)."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from eventwire.cli.main import app

runner = CliRunner()

STORY = (
    "CAIRO, May 3 (Wire) -- Egyptian Foreign Minister Amr Nabil met with his Jordanian "
    "counterpart in Cairo on Tuesday. Police arrested dozens of protesters in Alexandria."
)


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_code_txt_jsonl_output_is_scorer_shaped(tmp_path):
    story = _write(tmp_path / "cairo-story.txt", STORY)
    result = runner.invoke(app, ["code", str(story), "--format", "jsonl",
                                 "--published", "2016-05-03"])
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout.strip().splitlines()[0])
    assert rec["id"] == "cairo-story"
    assert rec["dateline"]["place"] == "CAIRO"
    assert {"id", "title", "published", "dateline", "events"} <= set(rec)
    ev = rec["events"][0]
    for field in ("source", "target", "cameo", "plover", "date", "location", "modality",
                  "attribution", "evidence", "goldstein", "quad_class", "confidence", "spans"):
        assert field in ev
    keys = {(e["source"]["country"], e["cameo"][:2], (e["target"] or {}).get("country"))
            for e in rec["events"]}
    assert ("EGY", "04", "JOR") in keys
    meeting = next(e for e in rec["events"] if e["cameo"].startswith("04"))
    assert meeting["date"] == "2016-05-03"  # "on Tuesday" in a Tuesday story
    assert meeting["location"]["country"] == "EGY"


def test_code_csv_has_one_row_per_event(tmp_path):
    story = _write(tmp_path / "s.txt", STORY)
    result = runner.invoke(app, ["code", str(story), "--format", "csv",
                                 "--published", "2016-05-03"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["article_id"] == "s"
    assert {r["cameo"][:2] for r in rows} >= {"04", "17"}


def test_code_table_prints_actors(tmp_path):
    story = _write(tmp_path / "s.txt", STORY)
    result = runner.invoke(app, ["code", str(story), "--published", "2016-05-03"])
    assert result.exit_code == 0
    assert "EGY" in result.stdout and "CONSULT" in result.stdout


def test_jsonl_corpus_with_bad_lines_keeps_going(tmp_path):
    good = {"id": "a1", "text": STORY, "published": "2016-05-03"}
    corpus = _write(tmp_path / "c.jsonl", "\n".join([
        json.dumps(good), "{not json", json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": ""}),
    ]) + "\n")
    result = runner.invoke(app, ["code", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0
    assert [json.loads(x)["id"] for x in result.stdout.strip().splitlines()] == ["a1"]
    err = result.stderr
    assert "c.jsonl:2" in err and "malformed JSON" in err
    assert "a2" in err and "no 'text'" in err
    assert "a3" in err and "empty text" in err


def test_csv_corpus(tmp_path):
    corpus = tmp_path / "c.csv"
    with corpus.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "published", "extra"])
        w.writerow(["r1", STORY, "2016-05-03", "ignored"])
    result = runner.invoke(app, ["code", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "r1"


def test_bad_files_each_get_one_line_and_exit_nonzero_when_nothing_coded(tmp_path):
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    _write(tmp_path / "empty.txt", "   ")
    _write(tmp_path / "french.txt", "Le gouvernement a annoncé une nouvelle réforme des "
           "retraites et les syndicats ont appelé à la grève dans tout le pays pendant la "
           "semaine prochaine selon les médias locaux et les journaux régionaux du pays.")
    result = runner.invoke(app, ["code", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    lines = [x for x in result.stderr.splitlines() if x.startswith("eventwire: error: record")]
    assert len(lines) == 4
    joined = "\n".join(lines)
    assert "binary" in joined and "not UTF-8" in joined and "empty text" in joined
    assert "not English" in joined


def test_very_large_input_is_rejected_with_the_cause(tmp_path):
    big = _write(tmp_path / "big.txt", ("The army attacked the town. " * 400_000))
    ok = _write(tmp_path / "ok.txt", STORY)
    result = runner.invoke(app, ["code", str(big), str(ok), "--format", "jsonl",
                                 "--published", "2016-05-03"])
    assert result.exit_code == 0
    assert "big" in result.stderr and "too large" in result.stderr
    assert json.loads(result.stdout)["id"] == "ok"


def test_stdin_text(tmp_path):
    result = runner.invoke(app, ["code", "-", "--format", "jsonl", "--published", "2016-05-03"],
                           input=STORY)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"].startswith("stdin-")


def test_html_page_goes_through_trafilatura(tmp_path):
    page = _write(tmp_path / "page.html", f"""<html><head><title>Talks in Cairo</title>
    <meta property="article:published_time" content="2016-05-03"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Talks in Cairo</h1>
    <p>{STORY}</p><p>The two ministers agreed to meet again next month.</p></article>
    <footer>Cookie settings</footer></body></html>""")
    result = runner.invoke(app, ["code", str(page), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    rec = json.loads(result.stdout)
    assert rec["title"] == "Talks in Cairo"
    assert rec["published"] == "2016-05-03"
    assert any(e["cameo"].startswith("04") for e in rec["events"])


def test_actors_option_adds_user_entries(tmp_path):
    table = _write(tmp_path / "mine.csv", "name,aliases,country,org,sector,start,end\n"
                   "Elvira Tomasz,Tomasz,POL,,GOV,2010-01-01,\n")
    story = _write(tmp_path / "s.txt", "Elvira Tomasz condemned Belarus on Monday.")
    result = runner.invoke(app, ["code", str(story), "--format", "jsonl", "--actors",
                                 str(table), "--published", "2015-02-02"])
    assert result.exit_code == 0
    ev = json.loads(result.stdout)["events"][0]
    assert ev["source"]["country"] == "POL" and ev["target"]["country"] == "BLR"


def test_unknown_format_is_a_usage_error(tmp_path):
    story = _write(tmp_path / "s.txt", STORY)
    result = runner.invoke(app, ["code", str(story), "--format", "xml"])
    assert result.exit_code == 2
    assert "unknown format" in result.stderr


def test_demo_codes_the_bundled_story():
    result = runner.invoke(app, ["demo", "--format", "jsonl"])
    assert result.exit_code == 0
    rec = json.loads(result.stdout)
    keys = {(e["source"]["country"], e["cameo"][:2]) for e in rec["events"]}
    assert ("JPN", "04") in keys and ("AUS", "04") in keys


def test_explain():
    result = runner.invoke(app, ["explain", "173"])
    assert result.exit_code == 0
    assert "173" in result.stdout and "QuadClass 4" in result.stdout
