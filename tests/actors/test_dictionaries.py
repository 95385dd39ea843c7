"""PETRARCH/TABARI dictionaries, with small fictional dictionaries written for these tests."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from eventwire.actors.dictionaries import (
    load_actor_dictionary,
    load_agent_dictionary,
    looks_like_dictionary,
    parse_code,
    parse_date,
)
from eventwire.cli.main import app
from eventwire.pipeline import Coder
from eventwire.records import Article

ACTORS = """# Fictional actor dictionary (eventwire tests)
#
ARNORIA_  [ARN]
+ARNORIAN
+FORNOST_
BREGOR_TALLSHIELD_  # a ruler with dated offices
+TALLSHIELD_
+KING_BREGOR_
	[ARNGOV 950101-031231]
	[ARNOPP >20040101]
	[ARNELI]
GONDORIA_ [GDR]
+GONDORIAN
COUNCIL_OF_THE_WISE_ [IGOCOW]
VLADIMIR_PUTIN_
	[ARNGOV]
EDRIC_VALE_	[GDRMIL <991231] [GDRGOV]
"""

AGENTS = """# Fictional agents
!PERSON! = MAN, MEN
POLICE [~COP]
POLICE!PERSON! [~COP]
ROYAL_GUARD {ROYAL_GUARDS} [~MIL]
HARBOUR_WARDEN [~COP]
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dicts")
    actors = folder / "fictional.actors.txt"
    agents = folder / "fictional.agents.txt"
    actors.write_text(ACTORS, encoding="utf-8")
    agents.write_text(AGENTS, encoding="utf-8")
    return actors, agents


@pytest.fixture(scope="module")
def dict_coder(files):
    return Coder(actors=[files[0]], agents=[files[1]])


def _code(coder, text, published="2010-05-05"):
    return coder.code_article(Article(id="d", text=text, published=published))


@pytest.mark.parametrize(("raw", "expected"), [
    ("320101", date(1932, 1, 1)), ("070723", date(2007, 7, 23)), ("991231", date(1999, 12, 31)),
    ("20040101", date(2004, 1, 1)), ("300101", date(2030, 1, 1)),
])
def test_six_and_eight_digit_dates(raw, expected):
    assert parse_date(raw) == expected


def test_code_lines():
    assert parse_code("RUSGOV").start is None
    c = parse_code("AFGELI 730717-070723")
    assert (c.start.year, c.end.year) == (1973, 2007)
    assert parse_code("RUSGOV >080508").start == date(2008, 5, 8)
    assert parse_code("RUSELI <990809").end == date(1999, 8, 9)
    with pytest.raises(ValueError):
        parse_code("RUSGOV 99123")


def test_recognised_by_content(files, tmp_path):
    csv = tmp_path / "t.csv"
    csv.write_text("name,aliases,country,org,sector,start,end\n", encoding="utf-8")
    assert looks_like_dictionary(files[0]) and not looks_like_dictionary(csv)


def test_dated_entries_resolve_at_the_article_date(files):
    d = load_actor_dictionary(files[0])
    bregor = next(e for e in d.entries if e.name.startswith("BREGOR"))
    assert bregor.code_at(date(2000, 1, 1)) == "ARNGOV"
    assert bregor.code_at(date(2010, 1, 1)) == "ARNOPP"
    assert bregor.code_at(date(1990, 1, 1)) == "ARNELI"  # undated default outside ranges
    vale = next(e for e in d.entries if e.name.startswith("EDRIC"))
    assert vale.code_at(date(1995, 1, 1)) == "GDRMIL" and vale.code_at(date(2005, 1, 1)) == "GDRGOV"


def test_synonyms_stems_and_fictional_country_keys(dict_coder):
    coded = _code(dict_coder, "King Bregor criticized Gondoria on Monday.")
    ev = coded.events[0]
    assert (ev.source.country, ev.source.code, ev.target.country) == ("ARN", "ARNOPP", "GDR")
    coded = _code(dict_coder, "Tallshield condemned the Gondorians on Monday.", "2001-03-03")
    ev = coded.events[0]
    assert ev.source.code == "ARNGOV" and ev.target.country == "GDR"


def test_agents_compose_with_actors(dict_coder):
    coded = _code(dict_coder, "Arnorian police arrested Gondorian royal guards on Monday.")
    ev = next(e for e in coded.events if e.cameo.startswith("17"))
    assert ev.source.code == "ARNCOP"
    assert ev.target.code == "GDRMIL"


def test_macro_substitution_and_plural_forms(files):
    agents, problems = load_agent_dictionary(files[1])
    terms = {a.term: a.code for a in agents}
    assert terms["policeman"] == "COP" and terms["policemen"] == "COP"
    assert terms["royal guards"] == "MIL"
    assert problems == []


def test_igo_prefix_becomes_org(dict_coder):
    coded = _code(dict_coder, "The Council of the Wise condemned Arnoria on Monday.")
    ev = coded.events[0]
    assert ev.source.org is not None and ev.source.country is None
    assert ev.source.code == "IGOCOW" and ev.target.country == "ARN"


def test_user_dictionary_wins_over_built_in_knowledge(dict_coder):
    coded = _code(dict_coder, "Vladimir Putin criticized Gondoria on Monday.", "2015-01-01")
    assert coded.events[0].source.country == "ARN"


def test_bad_lines_are_all_reported_and_the_rest_loads(tmp_path):
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("+ORPHAN_SYNONYM\nGOOD_ONE_ [ARN]\nBROKEN_ [ARNGOV 99123]\n"
                   "ALSO_BROKEN [ARNGOV 990101]\nFINE_TOO_ [GDR]\n", encoding="utf-8")
    d = load_actor_dictionary(bad)
    assert [p.split(":")[1] for p in d.problems] == ["1", "3", "4"]
    assert [e.name for e in d.entries if e.codes] == ["GOOD_ONE_", "FINE_TOO_"]


def test_actors_lookup_command(files):
    runner = CliRunner()
    result = runner.invoke(app, ["actors", "lookup", "Bregor Tallshield", "--date", "2000-06-01",
                                 "--actors", str(files[0])])
    assert result.exit_code == 0, result.output
    assert "ARNGOV" in result.stdout and "fictional.actors.txt:6" in result.stdout
    result = runner.invoke(app, ["actors", "lookup", "Bregor Tallshield", "--date", "2012-06-01",
                                 "--actors", str(files[0])])
    assert "code ARNOPP" in result.stdout


def test_code_command_reports_bad_dictionary_lines_and_goes_on(tmp_path):
    bad = tmp_path / "bad.actors.txt"
    bad.write_text("ARNORIA_ [ARN]\n+ARNORIAN\nBROKEN_ [ARNGOV 99123]\n", encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("Arnoria condemned Canada on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", str(story), "--format", "jsonl", "--actors",
                                      str(bad), "--published", "2011-01-01"])
    assert result.exit_code == 0
    assert "bad.actors.txt:3" in result.stderr
    ev = json.loads(result.stdout)["events"][0]
    assert ev["source"]["country"] == "ARN" and ev["target"]["country"] == "CAN"


def test_code_forms_petrarch_writes():
    assert parse_code("pse").code == "PSE"  # lower case
    assert parse_code("---").code == "---" and parse_code("+++").code == "+++"  # no one
    assert parse_code("--- <950630").end == date(1995, 6, 30)
    assert parse_code("ELR/GAL").code == "ELR/GAL"  # several actors
    c = parse_code("HOBGOV 19950601 - 19990815")  # blanks around the range's dash
    assert (c.start, c.end) == (date(1995, 6, 1), date(1999, 8, 15))


def test_html_comments_and_blank_joined_phrases(tmp_path):
    path = tmp_path / "c.actors.txt"
    path.write_text("<!-- a note\n# that runs on -->\nHARAD VALE [HRD] <!-- inline -->\n"
                    "<! -- spaced opening -->\nRHUNIA_ [RHU]\n", encoding="utf-8")
    d = load_actor_dictionary(path)
    assert d.problems == [] and [e.name for e in d.entries] == ["HARAD VALE", "RHUNIA_"]
    assert ("harad", "vale") in {p.tokens for ps in d.by_first.values() for p in ps}


def test_agent_prefix_codes_and_regular_plurals(tmp_path):
    path = tmp_path / "g.agents.txt"
    path.write_text("<!-- agents -->\nWATCHERS {} [NGO~]\nDEPUTY [~LEG]\nENVOY [~GOV]\n"
                    "MARSHAL_OF_ARMS [~MIL]\n", encoding="utf-8")
    agents, problems = load_agent_dictionary(path)
    assert problems == []
    got = {a.term: (a.code, a.prefix) for a in agents}
    assert got["watchers"] == ("NGO", True) and "watcherses" not in got
    assert got["deputies"] == ("LEG", False) and got["envoys"] == ("GOV", False)
    assert got["marshal of arms"] == ("MIL", False)
