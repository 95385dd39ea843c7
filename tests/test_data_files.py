"""Every bundled knowledge table loads, validates, and reports all bad lines at once."""

from __future__ import annotations

import pytest

from eventwire.actors.kb import SECTORS, add_people, load_builtin
from eventwire.errors import DataFileError
from eventwire.events.lexicon import load_lexicon
from eventwire.resources import data_path


@pytest.fixture(scope="module")
def kb():
    return load_builtin()


def test_countries_cover_iso(kb):
    import pycountry

    iso = {c.alpha_3 for c in pycountry.countries}
    assert iso <= set(kb.countries)


def test_orgs_and_roles_use_known_sectors(kb):
    assert all(e.sector in SECTORS for e in kb.orgs.values())
    assert all(r.sector in SECTORS for r in kb.roles.values())
    assert kb.orgs["UNSC"].name == "United Nations Security Council"


def test_office_holders_resolve_by_date(kb):
    from datetime import date

    assert kb.best("Putin", date(2010, 6, 1)).role == "prime minister"
    assert kb.best("Putin", date(2015, 6, 1)).role == "president"


def test_lexicon_loads_and_codes_exist():
    lex = load_lexicon()
    assert len(lex) > 800
    assert {e.cameo[:2] for rows in lex.by_key.values() for e in rows} == {
        f"{i:02d}" for i in range(1, 21)}


def test_bad_actor_table_reports_every_problem(tmp_path, kb):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,aliases,country,org,sector,start,end\n"
                   ",x,FRA,,GOV,,\n"
                   "Ann Lee,,France,,GOV,,\n"
                   "Bo Chen,,CHN,,WIZ,,\n"
                   "Cy Park,,KOR,,GOV,2020-13-01,\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        add_people(kb, bad, rank=0, table="bad")
    problems = info.value.problems
    assert [p.split(":")[0] for p in problems] == ["line 2", "line 3", "line 4", "line 5"]
    assert "not an ISO 3166" in problems[1] and "unknown sector" in problems[2]


def test_every_data_file_is_listed_in_sources():
    sources = data_path("SOURCES.md").read_text(encoding="utf-8")
    folder = data_path("")
    for f in sorted(folder.rglob("*")):
        if f.is_file() and f.suffix in (".csv", ".json", ".txt") and f.parent.name != "examples":
            assert f.name in sources, f"{f.name} missing from data/SOURCES.md"
