"""Lexicon rows for consultations, agreements and reduced relations (sentences of our own)."""

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone call named by its two parties, or placed to one
        ("A statement on the March 3 call between Macron and Scholz was released.",
         [("FRA", "04", "DEU"), ("DEU", "04", "FRA")]),
        ("Macron made a call to Russia's envoy on Monday.",
         [("FRA", "04", "RUS"), ("RUS", "04", "FRA")]),
        # securing a deal with a partner is signing it, both ways
        ("Chile secured a trade deal with Peru on Monday.",
         [("CHL", "05", "PER"), ("PER", "05", "CHL")]),
        # a coalition formed with a partner
        ("Chile's Socialist Party formed a coalition with Peru's Aprista party.",
         [("CHL", "05", "PER"), ("PER", "05", "CHL")]),
        # attacking the press is a verbal attack, not force
        ("Chile's president attacked the media again on Monday.", [("CHL", "11", "CHL")]),
        # expelling a foreign envoy cuts relations
        ("Gambia's expulsion of the EU ambassador in 2015 hurt relations.",
         [("GMB", "16", "EU")]),
    ],
)
def test_consultation_agreement_and_relations_rows(code_text, text, expected):
    got = triples(code_text(text, published="2017-05-10"))
    for triple in expected:
        assert triple in got


def test_attacking_the_press_is_no_armed_attack(code_text):
    got = triples(code_text("Chile's president attacked the media again on Monday.",
                            published="2017-05-10"))
    assert not any(root == "19" for _, root, _ in got)


def test_the_goal_of_a_fight_is_no_target(code_text):
    got = triples(code_text("Chile and Peru fought for control of the Atacama desert in 1879.",
                            published="2017-05-10"))
    assert ("CHL", "19", "PER") in got and ("PER", "19", "CHL") in got
    assert not any(tgt not in ("CHL", "PER") for _, _, tgt in got)


def test_the_topic_of_a_meeting_is_no_partner(code_text):
    got = triples(code_text("Chilean President Boric held meetings on Peru at the weekend.",
                            published="2017-05-10"))
    assert ("CHL", "04", "PER") not in got


def test_signing_a_cease_fire_agreement_is_one_signing(code_text):
    got = triples(code_text("Chile and Peru signed a cease-fire agreement in Lima on Monday.",
                            published="2017-05-10"))
    assert ("CHL", "05", "PER") in got and ("PER", "05", "CHL") in got
    assert not any(root == "08" for _, root, _ in got)


def test_a_relative_pronoun_object_is_the_noun_it_stands_for(code_text):
    got = triples(code_text("The sanctions, which the EU imposed on Belarus in 2021, hurt its "
                            "economy.", published="2022-05-10"))
    assert ("EU", "16", "BLR") in got
    got = triples(code_text("The deal, which Chile signed with Peru in 2015, ended the dispute.",
                            published="2017-05-10"))
    assert ("CHL", "05", "PER") in got and ("PER", "05", "CHL") in got
