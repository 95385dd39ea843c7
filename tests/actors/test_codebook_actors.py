"""Actors of codebook-style sentences (our own sentences): actors.ethnic_residence.v1 (an ethnic
group is coded to the country it lives in) and actors.appositive_person.v1."""

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethnic Hungarians in northern Serbia demanded autonomy from Belgrade.",
         ("SRB", "10", "SRB")),
        ("The Hungarians of northern Serbia are demanding autonomy from Belgrade.",
         ("SRB", "10", "SRB")),
        ("Up to 200 ethnic Russians demonstrated on Monday in Latvia.", ("LVA", "14", "LVA")),
        ("Ethnic Albanian guerrillas in Macedonia attacked a police station in Skopje.",
         ("MKD", "19", "MKD")),
    ],
)
def test_ethnic_group_takes_its_country_of_residence(code_text, text, expected):
    assert expected in triples(code_text(text, published="2017-05-10"))


def test_nationals_abroad_keep_their_country(code_text):
    coded = code_text("Three Russians attacked Georgian soldiers in Georgia on Monday.",
                      published="2017-05-10")
    # private people's armed force is assault (18): the countries are what is tested here
    assert ("RUS", "GEO") in {(s, t) for s, _, t in triples(coded)}


def test_a_town_name_with_a_role_in_apposition_is_a_person(code_text):
    # "Oshima" is also a town in the gazetteer; the appositive role makes it a UN official
    coded = code_text("Oshima, the United Nations relief coordinator, criticised Sudan on Monday.",
                      published="2017-05-10")
    assert ("UN", "11", "SDN") in triples(coded)
