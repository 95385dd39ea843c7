"""The publication date: normalised when given, inferred from the text when not (issue 11)."""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.ingest.html import article_from_html
from eventwire.records import Article, CodedArticle
from eventwire.timeplace.published import date_in, normalise_date, opening_date

BODY = ("Officials from Chile and Peru met in Lima on Tuesday to discuss fishing rights, "
        "the Chilean foreign ministry said.")


def _code(coder, text: str, published: str | None = None) -> CodedArticle:
    got = coder.code_article(Article(id="p", text=text, published=published))
    assert isinstance(got, CodedArticle), got
    return got


@pytest.mark.parametrize("line, expected", [
    ("Top Stories 09:12 March 4, 2016", "2016-03-04"),
    ("Published: 3 March 2017, 10:42 GMT", "2017-03-03"),
    ("Updated 2016-05-03 08:00", "2016-05-03"),
    ("09:12 GMT", None),
])
def test_issue11_p02_date_in_header_line(line, expected):
    assert date_in(line) == expected


def test_issue11_p02_header_line_dates_the_article(coder):
    coded = _code(coder, f"Fishing talks resume\n\nPublished: 3 March 2017, 10:42 GMT\n\n{BODY}")
    assert (coded.published, coded.published_basis) == ("2017-03-03", "header")
    meeting = next(e for e in coded.events if e.cameo.startswith("04"))
    assert meeting.date == "2017-02-28"  # the Tuesday before Friday 3 March 2017


def test_issue11_p02_dateline_with_year_dates_the_article(coder):
    coded = _code(coder, f"LIMA, March 3, 2017 (Wire) -- {BODY}")
    assert (coded.published, coded.published_basis) == ("2017-03-03", "dateline")
    assert all(e.date for e in coded.events if e.modality == "asserted")


def test_issue11_p02_opening_text_dates_the_article(coder):
    coded = _code(coder, "On March 3, 2017, officials from Chile and Peru met in Lima to discuss "
                         "fishing rights, the Chilean foreign ministry said.")
    assert (coded.published, coded.published_basis) == ("2017-03-03", "text")


def test_issue11_p02_order_of_trust(coder):
    text = f"Updated 2017-03-04 09:00\n\nLIMA, March 3, 2017 (Wire) -- On March 1, 2017, {BODY}"
    assert _code(coder, text).published_basis == "header"
    coded = _code(coder, text, published="2017-03-05")
    assert (coded.published, coded.published_basis) == ("2017-03-05", "given")
    no_header = text.split("\n\n", 1)[1]
    assert _code(coder, no_header).published_basis == "dateline"


def test_issue11_p02_html_page_date_has_basis_html():
    page = ("<html><head><title>Fishing talks</title><meta property=\"article:published_time\""
            f" content=\"2017-03-03T10:00:00Z\"></head><body><article><p>{BODY}</p>"
            f"<p>{BODY}</p></article></body></html>")
    art = article_from_html(page, "pg", "pg.html", published="2010-01-01")
    assert isinstance(art, Article)
    assert (art.published, art.published_basis) == ("2017-03-03", "html")


def test_issue11_p02_undated_article_says_so(coder):
    coded = _code(coder, BODY)
    assert coded.published is None and coded.published_basis is None
    assert coded.to_dict()["published_basis"] is None


def test_issue11_p02_demo_dates_itself_from_its_header():
    result = CliRunner().invoke(app, ["demo", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout)
    assert rec["published"] == "2019-03-06" and rec["published_basis"] == "header"


def test_issue11_p02_store_keeps_published_basis(tmp_path):
    story = tmp_path / "lima.txt"
    story.write_text(f"LIMA, March 3, 2017 (Wire) -- {BODY}")
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(story), "--db", str(db)])
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT published, published_basis FROM articles").fetchall()
        assert row == [("2017-03-03", "dateline")]
        assert con.execute("SELECT count(*) FROM mentions WHERE published IS NULL"
                           ).fetchall()[0][0] == 0
    finally:
        con.close()


@pytest.mark.parametrize("value", ["2017/02/07", "Feb 7, 2017", "7 February 2017",
                                   "2017-02-07T10:42:00Z", "Tuesday, February 7, 2017"])
def test_issue11_p03_normalise_dates_people_write(value):
    assert normalise_date(value) == "2017-02-07"


@pytest.mark.parametrize("value", ["21/11/2014", "yesterday", "2017-02-30", "2017-13-01"])
def test_issue11_p03_refuse_other_values(value):
    with pytest.raises(ValueError):
        normalise_date(value)


def test_issue11_p02_opening_date_only_in_the_opening():
    assert opening_date("On Friday, 3 March 2017, talks began.") == "2017-03-03"
    assert opening_date("x " * 400 + "On March 3, 2017, talks began.") is None


def test_issue11_p11_published_option_is_one_rule_for_every_input(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Fishing talks</title><meta property="
                    "\"article:published_time\" content=\"2017-03-03\"></head><body><article>"
                    f"<p>{BODY}</p><p>{BODY}</p></article></body></html>")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "own", "text": BODY, "published": "2017-03-03"}) + "\n"
                      + json.dumps({"id": "none", "text": BODY.replace("Lima", "Cusco")})
                      + "\n")
    story = tmp_path / "plain.txt"
    story.write_text(BODY.replace("Lima", "Arica"))
    result = CliRunner().invoke(app, ["code", str(page), str(corpus), str(story),
                                      "--published", "2010-01-01", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    got = {r["id"]: (r["published"], r["published_basis"])
           for r in map(json.loads, result.stdout.splitlines())}
    assert got == {"page": ("2017-03-03", "html"), "own": ("2017-03-03", "given"),
                   "none": ("2010-01-01", "option"), "plain": ("2010-01-01", "option")}


@pytest.mark.parametrize("command", ["code", "ingest"])
def test_issue11_p11_invalid_published_is_refused(tmp_path, command):
    story = tmp_path / "s.txt"
    story.write_text(BODY)
    args = [command, str(story), "--published", "21/11/2014"]
    if command == "ingest":
        args += ["--db", str(tmp_path / "s.duckdb")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--published" in result.stderr
    assert "YYYY-MM-DD" in CliRunner().invoke(app, [command, "--help"]).stdout
