"""Nominal events (eventwire/events/nominal.py) on sentences we wrote."""

from __future__ import annotations

from tests.conftest import triples


def test_the_by_phrase_of_an_event_noun_is_the_doer(code_text) -> None:
    got = triples(code_text("The assault by Russian troops on Ukrainian soldiers began at "
                            "dawn on Monday."))
    assert ("RUS", "19", "UKR") in got
    assert ("UKR", "19", "RUS") not in got


def test_strikes_carried_out_by_an_air_force(code_text) -> None:
    got = triples(code_text("The air strikes carried out by Russian jets on the Syrian town "
                            "killed twelve people on Tuesday."))
    assert ("RUS", "19", "SYR") in got


def test_a_truce_brokered_by_others_is_not_their_truce(code_text) -> None:
    coded = code_text("A truce brokered by Egypt and Qatar held on Sunday, officials said.")
    assert not any(e.source.key in ("EGY", "QAT") and e.cameo.startswith("08")
                   for e in coded.events)


def test_the_rule_example_is_traced(code_text) -> None:
    from eventwire.events import nominal
    from eventwire.rules import REGISTRY

    coded = code_text(REGISTRY[nominal.NOUN_AGENT].example)
    assert any(nominal.NOUN_AGENT in {s.rule for s in e.why} for e in coded.events)
    assert ("IRN", "17", "GRC") in triples(coded)


def test_people_killed_in_an_air_strike_did_not_strike(code_text) -> None:
    coded = code_text("Nine Yemeni civilians were killed in an air strike near Sanaa on "
                      "Monday.")
    assert not any(e.source.key == "YEM" and e.cameo.startswith("19") for e in coded.events)



def test_victims_of_an_air_strike_are_its_target(code_text) -> None:
    from eventwire.events import nominal
    from eventwire.rules import REGISTRY

    coded = code_text(REGISTRY[nominal.NOUN_VICTIMS].example)
    assert ("SAU", "19", "YEM") in triples(coded)
    assert any(nominal.NOUN_VICTIMS in {s.rule for s in e.why} for e in coded.events)


def test_a_titled_pair_parsed_as_one_phrase_gives_both_actors(code_text) -> None:
    from eventwire.events import nominal
    from eventwire.rules import REGISTRY

    got = triples(code_text("President Trump and Canadian Prime Minister Justin Trudeau urged "
                            "Venezuela to hold free elections.", "2017-05-01"))
    assert ("USA", "02", "VEN") in got and ("CAN", "02", "VEN") in got
    rule = REGISTRY[nominal.HIDDEN_CONJUNCT]
    coded = code_text(rule.example, rule.published or "2017-05-01")
    assert ("USA", "11", "IRN") in triples(coded) and ("GBR", "11", "IRN") in triples(coded)
    assert any(nominal.HIDDEN_CONJUNCT in {s.rule for s in e.why} for e in coded.events)


def test_the_members_listed_after_including_act(code_text) -> None:
    from eventwire.events import nominal
    from eventwire.rules import REGISTRY

    coded = code_text(REGISTRY[nominal.INCLUDING].example)
    got = triples(coded)
    assert ("BRA", "11", "PER") in got and ("MEX", "11", "PER") in got
    assert any(nominal.INCLUDING in {s.rule for s in e.why} for e in coded.events)


def test_a_reflexive_pronoun_is_never_the_target(code_text) -> None:
    got = triples(code_text("Chile and Peru distanced themselves from the Bolivian plan on "
                            "Monday."))
    assert ("CHL", "12", "PER") not in got and ("PER", "12", "CHL") not in got


def test_a_helper_of_an_act_of_force_gives_military_aid(code_text):
    got = triples(code_text("Malian troops attacked the rebels with the support of Chadian "
                            "soldiers on Monday.", published="2017-05-10"))
    assert ("TCD", "07", "MLI") in got and ("MLI", "19", "MLI") in got
    assert ("MLI", "19", "TCD") not in got  # the helpers are no target


def test_a_helper_is_no_target_of_the_act(code_text):
    got = triples(code_text("With the help of Russian jets, Syrian government forces "
                            "recaptured Palmyra from Islamic State.", published="2017-05-10"))
    assert ("RUS", "07", "SYR") in got and ("SYR", "19", "ISIL") in got
    assert ("SYR", "19", "RUS") not in got


def test_a_claim_of_responsibility_names_the_attacker(code_text):
    got = triples(code_text("Maoist rebels in India claimed responsibility for the bombing of "
                            "an Indian army convoy on Monday.", published="2017-05-10"))
    assert ("IND", "18", "IND") in got
    assert not any(root == "01" for _, root, _ in got)  # the claim is no event of its own


def test_a_role_noun_before_an_event_noun_is_its_doer(code_text):
    got = triples(code_text("Twelve Malian soldiers were killed in a rebel attack near Gao.",
                            published="2017-05-10"))
    assert ("MLI", "19", "MLI") in got
    got = triples(code_text("Dozens died in an army offensive against Tuareg rebels in Mali.",
                            published="2017-05-10"))
    assert ("MLI", "19", "MLI") in got


def test_anti_government_protests_are_not_the_governments(code_text):
    got = code_text("Anti-government protests spread across Peru on Monday.",
                    published="2017-05-10")
    assert all(e.source.sector != "GOV" for e in got.events)


def test_people_held_in_custody_are_held_by_the_state(code_text):
    got = triples(code_text("Two Chilean students remain in custody in Lima.",
                            published="2017-05-10"))
    assert ("PER", "17", "CHL") in got
    got = triples(code_text("Conditions in the prison in Lima are harsh.",
                            published="2017-05-10"))
    assert not any(root == "17" for _, root, _ in got)


def test_fighting_between_two_sides_as_a_gerund_is_mutual(code_text) -> None:
    got = triples(code_text("Fighting between Chilean troops and Peruvian troops killed ten "
                            "people on Monday."))
    assert {("CHL", "19", "PER"), ("PER", "19", "CHL")} <= got


def test_a_person_owning_an_arrest_undergoes_it(code_text) -> None:
    got = triples(code_text("The Chilean envoy's arrest in Lima angered Chile on Monday."))
    assert ("PER", "17", "CHL") in got and not any(s == "CHL" and r == "17" for s, r, _ in got)
    # a country owning the act does it
    got = triples(code_text("Peru's expulsion of two Chilean diplomats angered Chile."))
    assert ("PER", "16", "CHL") in got
