"""Events with no named target (eventwire/events/untargeted.py), on sentences we wrote."""

from __future__ import annotations

from tests.conftest import triples


def test_a_missile_fired_at_no_one_is_a_weapons_test(code_text) -> None:
    coded = code_text("Iran test-fired two cruise missiles over the Gulf on Monday.")
    got = [(e.source.key, e.cameo, e.target) for e in coded.events]
    assert ("IRN", "150", None) in got


def test_a_missile_fired_at_a_country_stays_an_attack(code_text) -> None:
    got = triples(code_text("Militants in Gaza fired rockets at Israel on Monday."))
    assert any(root == "19" and tgt == "ISR" for _, root, tgt in got)
    assert not any(root == "15" for _, root, _ in got)


def test_shelling_with_no_target_is_not_a_test(code_text) -> None:
    coded = code_text("The army fired artillery shells overnight, a spokesman said.")
    assert not any(e.cameo == "150" for e in coded.events)


def test_police_arresting_unnamed_people_act_on_their_own_people(code_text) -> None:
    got = triples(code_text("French police arrested 40 people in Lyon on Tuesday."))
    assert ("FRA", "17", "FRA") in got


def test_arresting_named_foreigners_keeps_their_country(code_text) -> None:
    got = triples(code_text("Turkish police detained two German journalists in Istanbul on "
                            "Tuesday."))
    assert ("TUR", "17", "DEU") in got and ("TUR", "17", "TUR") not in got


def test_each_rule_example_is_traced_to_its_rule(code_text) -> None:
    from eventwire.events import untargeted
    from eventwire.rules import REGISTRY

    for rule_id in (untargeted.MISSILE_TEST, untargeted.OWN_PEOPLE):
        coded = code_text(REGISTRY[rule_id].example)
        assert any(rule_id in {s.rule for s in e.why} for e in coded.events), rule_id


def test_violence_against_things_strikes_the_people_of_the_place(code_text) -> None:
    got = triples(code_text("Russian jets bombed an aid convoy near Idlib on Monday."))
    assert ("RUS", "19", "SYR") in got
    # the place may hang on the verb or on the thing attacked
    got = triples(code_text("Boko Haram attacked a village in northeastern Nigeria."))
    assert any(s == "NGA" and t == "NGA" for s, _, t in got)
    # a claimed attack with no place in its sentence: the article's country
    coded = code_text("A bomb killed nine people at a bus station in Quetta, Pakistan, on "
                      "Monday. A Pakistani Taliban faction claimed responsibility for the "
                      "attack.")
    assert ("PAK", "18", "PAK") in triples(coded)
    assert [e.source.sector for e in coded.events if e.cameo[:2] == "18"] == ["REB"]


def test_no_place_struck_for_acts_only_mentioned_or_reported(code_text) -> None:
    # "the beginning of a bombardment": no act is reported as done in this sentence
    got = triples(code_text("Monday marks the anniversary of a Chilean bombardment near Lima."))
    assert not any(r in ("18", "19") for _, r, _ in got)
    # the reporter of violations is not their author
    got = triples(code_text("Chilean observers reported three ceasefire violations in Tacna."))
    assert not any(s == "CHL" and r == "19" for s, r, _ in got)


def test_rebel_violence_against_civilians_is_an_assault(code_text) -> None:
    got = triples(code_text("Maoist rebels attacked villagers in Chhattisgarh on Monday."))
    assert ("IND", "18", "IND") in got
    got = triples(code_text("Maoist rebels attacked Indian soldiers in Chhattisgarh."))
    assert ("IND", "19", "IND") in got


def test_violence_against_unnamed_people_hits_the_attackers_own_people(code_text) -> None:
    got = triples(code_text("Indian Maoist rebels kidnapped twelve schoolgirls on Monday."))
    assert ("IND", "18", "IND") in got
    # a clock time is no group of people
    got = triples(code_text("Chilean troops fired at 3 in the afternoon."))
    assert not any(t == "CHL" for _, _, t in got)


def test_unnamed_victims_belong_to_the_place_of_the_attack(code_text) -> None:
    # "killing 30 people" continues the strike on Aden: Yemen's people, not the attacker's
    got = triples(code_text("Emirati jets struck a market in Aden on Monday, killing 30 "
                            "people."))
    assert [(s, r[:2], t) for s, r, t in got] == [("ARE", "19", "YEM")]


def test_no_place_struck_without_a_thing_struck(code_text) -> None:
    got = triples(code_text("The Chilean singer first shot to fame in Peru in 2010."))
    assert not any(r == "19" for _, r, _ in got)


def test_victims_of_a_raid_are_the_people_of_the_place_raided(code_text) -> None:
    # the place hangs on the raiders ("jets in Aden"): still where the people were killed
    got = triples(code_text("Forty people were killed in an air raid by Emirati jets in Aden on "
                            "Monday."))
    assert [(s, r[:2], t) for s, r, t in got] == [("ARE", "19", "YEM")]
    # soldiers and campaigns with no country of their own are the scene's
    got = triples(code_text("Soldiers fired on protesters in Minsk on Monday."))
    assert ("BLR", "19", "BLR") in [(s, r[:2], t) for s, r, t in got]
    got = triples(code_text("The army began a military campaign against the rebels in Darfur."))
    assert ("SDN", "19", "SDN") in [(s, r[:2], t) for s, r, t in got]


def test_a_state_closing_things_no_one_owns_acts_on_its_own_people(code_text) -> None:
    got = triples(code_text("Chile's health ministry closed four fish plants on Monday."))
    assert [(s, r[:2], t) for s, r, t in got] == [("CHL", "17", "CHL")]
    # a thing owned abroad keeps its owner
    got = triples(code_text("Chile's health ministry closed a Peruvian fish plant on Monday."))
    assert ("CHL", "17", "CHL") not in [(s, r[:2], t) for s, r, t in got]
