"""Codebook-style sentences of the PLOVER types eventwire missed (our own sentences): intents
and threats of each root, resignations, demands' clauses."""

import pytest

from tests.conftest import triples


def _codes(coded, modality="asserted"):
    return {(e.source.key if e.source else None, e.cameo, e.target.key if e.target else None)
            for e in coded.events if modality is None or e.modality == modality}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cameo.csv intent column: the threat code of each act, not only of its root
        ("Russia threatened to halt negotiations with Japan.", ("RUS", "134", "JPN")),
        ("Chile threatened to impose a curfew in Lima.", ("CHL", "1323", None)),
        ("Farmers in Bolivia threatened to hold a general strike unless the government "
         "lowered taxes.", ("BOL", "133", "BOL")),
    ],
)
def test_threat_to_act_is_the_acts_threat_code(code_text, text, expected):
    assert expected in _codes(code_text(text, published="2017-05-10"))


def test_resignation_needs_no_target(code_text):
    coded = code_text("Bolivian President Juan Ortiz resigned on Sunday.", published="2017-05-10")
    assert ("BOL", "08", None) in triples(coded)


def test_what_a_demand_asks_for_is_unrealised(code_text):
    coded = code_text("Kenya demanded that Uganda withdraw its troops from the border.",
                      published="2017-05-10")
    pullouts = [e for e in coded.events if e.cameo.startswith("08")]
    assert pullouts and all(e.modality == "hypothetical" for e in pullouts)
    assert any(s.rule == "modality.mandative.v1" for e in pullouts for s in e.why)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # frames.object_phrase.v1: the object's own with/from/to phrase names the other party
        ("Bolivia suspended air links with Chile on Monday.", ("BOL", "16", "CHL")),
        ("Chile demanded support from Peru.", ("CHL", "10", "PER")),
        # a noun trigger's object in its of-phrase, and that object's own party
        ("Italy announced a suspension of air links with Libya.", ("ITA", "16", "LBY")),
        # lexicon rows: stopping talks or aid, cutting supplies, building up forces
        ("Ghana stopped all aid to Togo on Monday.", ("GHA", "16", "TGO")),
        ("The United Nations reduced food supplies to Sudanese refugees.", ("UN", "16", "SDN")),
        ("Chile strengthened its forces on the border with Peru.", ("CHL", "15", "CHL")),
    ],
)
def test_reduced_relations_and_requests_find_the_other_party(code_text, text, expected):
    assert expected in triples(code_text(text, published="2017-05-10"))


def test_threat_to_stop_talks(code_text):
    coded = code_text("Russia threatened to stop negotiations with Japan.", published="2017-05-10")
    assert ("RUS", "134", "JPN") in _codes(coded)
    assert ("RUS", "164", "JPN") in _codes(coded, "hypothetical")


def test_mediation_between_two_sides_is_done_to_both(code_text):
    coded = code_text("Peru's president launched a mediation effort on Saturday between Chile "
                      "and Bolivia.", published="2017-05-10")
    got = triples(coded)
    assert {("PER", "04", "CHL"), ("PER", "04", "BOL")} <= got
    assert ("CHL", "04", "BOL") not in got


def test_talks_between_two_sides_stay_mutual(code_text):
    got = triples(code_text("Talks between Chile and Peru resumed on Monday.",
                            published="2017-05-10"))
    assert {("CHL", "04", "PER"), ("PER", "04", "CHL")} <= got


def test_a_welcome_given_to_a_visitor_is_hosting(code_text):
    coded = code_text("President Ortiz of Chile gave a warm welcome to Peruvian leader Ana Ruiz "
                      "on Thursday.", published="2017-05-10")
    assert ("CHL", "043", "PER") in _codes(coded)


def test_forces_built_up_in_another_country_are_aimed_at_it(code_text):
    got = triples(code_text("Chile strengthened its forces in Peru on Monday.",
                            published="2017-05-10"))
    assert ("CHL", "15", "PER") in got
    assert ("CHL", "15", "CHL") not in got


def test_an_obligation_to_be_ready_is_a_demand(code_text):
    coded = code_text("Kenya said on Monday that Uganda must be ready to negotiate.",
                      published="2017-05-10")
    assert ("KEN", "10", "UGA") in triples(coded)


def test_an_obligation_to_be_somewhere_is_no_demand(code_text):
    coded = code_text("Kenya said that Ugandan monitors must be on the border by Friday.",
                      published="2017-05-10")
    assert not any(e.cameo.startswith("10") for e in coded.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # frames.stative_passive.v1 and frames.aux_subject.v1: "X is opposed to Y", whatever
        # the parse, is X's stance: rejection of a proposal or mediation (12), disapproval of
        # an actor (11)
        ("Israel is opposed to Egyptian mediation in the talks.", ("ISR", "12", "EGY")),
        ("Chile is opposed to Peru on the border question.", ("CHL", "11", "PER")),
        # lexicon: forcing an agency out of a country is expelling it
        ("Peru forced the UN refugee agency out of the country.", ("PER", "16", "UNHCR")),
    ],
)
def test_opposition_and_expulsion(code_text, text, expected):
    assert expected in triples(code_text(text, published="2017-05-10"))


def test_a_threat_to_boycott_contacts_is_a_threat_to_cut_ties(code_text):
    coded = code_text("Chilean leaders said they would boycott all official contact with Peru.",
                      published="2017-05-10")
    assert ("CHL", "1313", "PER") in _codes(coded)


def test_official_contacts_are_no_officials(code_text):
    got = triples(code_text("Chile cut all official contact with Peru.", published="2017-05-10"))
    assert ("CHL", "16", "PER") in got
    assert ("CHL", "16", "CHL") not in got


def test_forces_withdrawn_from_a_country_act_on_it(code_text):
    got = triples(code_text("Chile withdrew its troops from Peru on Monday.",
                            published="2017-05-10"))
    assert ("CHL", "08", "PER") in got
    assert ("CHL", "08", "CHL") not in got


def test_an_announced_act_made_conditional_with_unless_is_a_threat(code_text):
    threat = _codes(code_text("Chile said it would withdraw its troops from Peru unless the "
                              "fishermen were freed.", published="2017-05-10"))
    offer = _codes(code_text("Chile said it would withdraw its troops from Peru.",
                             published="2017-05-10"))
    assert ("CHL", "130", "PER") in threat and ("CHL", "035", "PER") not in threat
    assert ("CHL", "035", "PER") in offer
