"""Office holders, armed-group leaders, heads of international bodies and groups added to the
knowledge tables: a bare surname resolves to the right key and sector at the story's date."""

from datetime import date

import pytest

from eventwire.actors.kb import load_builtin


@pytest.fixture(scope="module")
def kb():
    return load_builtin()


def _src(coded, root):
    return [(e.source.key, e.source.sector) for e in coded.events
            if e.source and e.cameo.startswith(root)]


@pytest.mark.parametrize("phrase,when,key,sector", [
    ("Sinwar", "2023-11-02", "PSE", "REB"),
    ("Nasrallah", "2021-05-03", "LBN", "REB"),
    ("Barzani", "2017-09-20", "IRQ", "GOV"),
    ("Kadyrov", "2022-04-01", "RUS", "GOV"),
    ("Prigozhin", "2023-06-24", "RUS", "MIL"),
    ("Bukele", "2024-02-05", "SLV", "GOV"),
    ("Le Pen", "2022-04-11", "FRA", "OPP"),
    ("Tsikhanouskaya", "2021-06-01", "BLR", "OPP"),
    ("Hemedti", "2024-03-01", "SDN", "REB"),
    ("Mottley", "2022-11-08", "BRB", "GOV"),
    ("Tsai", "2019-01-02", "TWN", "GOV"),
    ("Baghdadi", "2016-07-01", "ISIL", "REB"),
    ("Grossi", "2022-09-01", "IAEA", "IGO"),
    ("Tedros", "2020-03-11", "WHO", "IGO"),
    ("Bensouda", "2019-12-20", "ICC", "JUD"),
    ("IDF", "2024-01-10", "ISR", "MIL"),
    ("Hengaw", "2023-01-10", "IRN", "NGO"),
    ("State Duma", "2019-04-01", "RUS", "LEG"),
    ("Knesset", "2023-07-24", "ISR", "LEG"),
    ("Kislyak", "2017-02-14", "RUS", "GOV"),
    ("Pope Francis", "2019-02-04", "VAT", "REL"),
    ("Madobe", "2022-05-01", "SOM", "GOV"),
    ("Magashi", "2021-01-20", "NGA", "GOV"),
    ("Al Jazeera", "2017-01-05", "QAT", "MED"),
    ("New York Times", "2017-01-05", "USA", "MED"),
    ("Die Welt", "2017-01-05", "DEU", "MED"),
    ("Xinhua", "2017-01-05", "CHN", "GOV"),
])
def test_table_names_resolve_at_the_date(kb, phrase, when, key, sector):
    e = kb.best(phrase, date.fromisoformat(when))
    assert e is not None and (e.country or e.org) == key and e.sector == sector


def test_a_career_moves_with_the_date(kb):
    assert kb.best("Georgieva", date(2018, 6, 1)).org == "WB"
    assert kb.best("Georgieva", date(2022, 6, 1)).org == "IMF"
    assert kb.best("Bachelet", date(2016, 6, 1)).country == "CHL"
    assert kb.best("Bachelet", date(2020, 6, 1)).org == "OHCHR"


def test_armed_group_leader_by_surname_in_a_story(code_text):
    coded = code_text("Egypt hosted talks on a truce on Sunday. Sinwar rejected the Egyptian "
                      "proposal on Monday.", published="2024-02-14")
    assert ("PSE", "REB") in _src(coded, "12")


def test_body_chief_by_surname_in_a_story(code_text):
    coded = code_text("Grossi criticised Iran on Tuesday over the missing cameras.",
                      published="2022-06-08")
    assert ("IAEA", "IGO") in _src(coded, "11")


def test_opposition_leader_by_surname_in_a_story(code_text):
    coded = code_text("Le Pen criticised Germany on Thursday over its energy policy.",
                      published="2023-03-02")
    assert ("FRA", "OPP") in _src(coded, "11")


def test_a_foreign_legislature_is_not_the_articles_country(code_text):
    coded = code_text("Washington expelled two diplomats on Monday. The State Duma condemned "
                      "the United States on Tuesday.", published="2018-03-28")
    assert ("RUS", "LEG") in _src(coded, "11")


def test_a_labour_party_of_no_stated_country_is_not_britains(code_text):
    # "Labour" names parties in Norway, Ireland, Israel, Malta, Australia and elsewhere
    coded = code_text("OSLO - Norway's prime minister met voters in Bergen on Monday. The "
                      "Labour Party criticised the government on Tuesday over fuel taxes.",
                      published="2021-09-07")
    assert "GBR" not in {k for k, _ in _src(coded, "11")}
    coded = code_text("The British Labour Party criticised Norway on Tuesday over fishing "
                      "quotas.", published="2021-09-07")
    assert ("GBR", "GOV") in _src(coded, "11")


def test_a_journalist_named_with_an_outlet_is_of_its_country(code_text):
    coded = code_text("Ethiopia criticised Kenya on Monday. Ethiopian police detained Al "
                      "Jazeera reporter Samir Haddad in Addis Ababa.", published="2017-01-05")
    held = [e for e in coded.events if e.trigger == "detained"]
    assert held and held[0].target is not None and held[0].target.key == "QAT"


def test_a_journalist_for_an_outlet_is_of_its_country(code_text):
    coded = code_text("Kenya criticised Uganda on Monday. Uganda expelled a correspondent for "
                      "Tanzania's Guardian newspaper.")
    out = [e for e in coded.events if e.trigger == "expelled"]
    assert out and out[0].target is not None and out[0].target.key == "TZA"
    assert out[0].target.resolved_by == "actors.outlet_affiliation.v1"
