"""Reading inputs: one input's failure stays that input's reject (issue 11)."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import tomllib
from pathlib import Path

from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.ingest import corpus
from eventwire.ingest.corpus import read_inputs
from eventwire.records import Article, Rejection

ROOT = Path(__file__).resolve().parents[2]
STORY = ("AMMAN, May 3 (Wire) -- Jordan's foreign minister met his Egyptian counterpart in "
         "Amman on Tuesday to discuss water sharing.")


def test_issue11_p01_html_dependency_is_declared_and_installed():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.replace("-", "_").lower().startswith("lxml_html_clean") for d in deps)
    assert importlib.util.find_spec("lxml_html_clean") is not None


def _broken_html(*args, **kwargs):
    raise ImportError("lxml.html.clean module is now a separate project lxml_html_clean")


def test_issue11_p01_failing_html_reader_rejects_that_input_only(tmp_path, monkeypatch):
    (tmp_path / "a-page.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "b-story.txt").write_text(STORY)
    monkeypatch.setattr(corpus, "article_from_html", _broken_html)
    got = list(read_inputs([str(tmp_path)]))
    assert [type(r) for r in got] == [Rejection, Article]
    assert got[0].id == "a-page" and "ImportError" in got[0].reason
    assert got[1].id == "b-story"


def test_issue11_p01_ingest_stores_the_other_inputs(tmp_path, monkeypatch, coder):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-page.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "in" / "b-story.txt").write_text(STORY)
    monkeypatch.setattr(corpus, "article_from_html", _broken_html)
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db),
                                      "--published", "2016-05-03"])
    assert result.exit_code == 0, result.output
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT article_id FROM articles").fetchall() == [("b-story",)]
        assert con.execute("SELECT record_id FROM rejects").fetchall() == [("a-page",)]
    finally:
        con.close()


class _Counting(io.RawIOBase):
    """A raw byte stream that counts how much of it was read."""

    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buf), len(self.data) - self.pos, 4096)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


def test_issue11_p07_stdin_stories_get_distinct_ids(tmp_path):
    db = tmp_path / "s.duckdb"
    runner = CliRunner()
    other = STORY.replace("Jordan's", "Syria's")
    for text in (STORY, other):
        result = runner.invoke(app, ["ingest", "-", "--db", str(db), "--published",
                                     "2016-05-03"], input=text)
        assert result.exit_code == 0, result.output
        assert "coded     1 articles" in result.stdout
    named = runner.invoke(app, ["ingest", "-", "--db", str(db), "--id", "my-story",
                                "--published", "2016-05-03"],
                          input=STORY.replace("Egyptian", "Iraqi"))
    assert named.exit_code == 0, named.output
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        ids = sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall())
    finally:
        con.close()
    assert len(ids) == 3 and "my-story" in ids
    assert all(i.startswith("stdin-") for i in ids if i != "my-story")


def test_issue11_p16_csv_is_streamed():
    rows = "".join(f'a{n},"{STORY} Number {n}."\n' for n in range(3000))
    raw = _Counting(("id,text\n" + rows).encode())
    records = corpus.read_csv(io.BufferedReader(raw), "big.csv")
    first = next(records)
    assert isinstance(first, Article) and first.id == "a0"
    assert raw.pos < len(raw.data) // 10  # only the start has been read
    assert sum(1 for _ in records) == 2999


def test_issue11_p16_stdin_jsonl_is_streamed(monkeypatch):
    lines = "".join(json.dumps({"id": f"j{n}", "text": STORY}) + "\n" for n in range(3000))
    raw = _Counting(lines.encode())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(raw)))
    records = read_inputs(["-"])
    assert next(records).id == "j0"
    assert raw.pos < len(raw.data) // 10
    assert sum(1 for _ in records) == 2999


def test_issue11_p15_unterminated_csv_quote_is_reported(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('id,text,published\n'
                    'a1,"Chile and Peru met in Lima.,2017-02-07\n'
                    'a2,"Bolivia protested to Chile on Monday.",2017-02-07\n'
                    'a3,"Peru thanked Chile.",2017-02-07\n', encoding="utf-8")
    got = list(read_inputs([str(path)]))
    bad = [r for r in got if isinstance(r, Rejection)]
    assert bad and "unterminated quote" in bad[0].reason
    multi = tmp_path / "m.csv"  # a legitimate multi-line text is not flagged
    multi.write_text('id,text\nb1,"First paragraph, with a comma.\nSecond paragraph."\n',
                     encoding="utf-8")
    assert [type(r) for r in read_inputs([str(multi)])] == [Article]
