"""Context rules (eventwire/events/context.py) on sentences we wrote."""

from __future__ import annotations

from tests.conftest import triples


def test_the_launch_points_back_to_who_fired(code_text) -> None:
    got = triples(code_text("North Korea fired a missile into the sea on Sunday. China "
                            "condemned the launch on Monday."))
    assert ("CHN", "11", "PRK") in got


def test_calling_the_move_intolerable_is_criticism_of_its_actor(code_text) -> None:
    got = triples(code_text("Azerbaijan shelled Armenian villages on Friday. Armenia's "
                            "president called the move \"intolerable\" on Saturday."))
    assert ("ARM", "11", "AZE") in got


def test_a_move_with_its_own_actor_is_not_linked_back(code_text) -> None:
    got = triples(code_text("Serbia expelled two Croatian diplomats on Monday. Hungary "
                            "criticised the Austrian move on Tuesday."))
    assert ("HUN", "11", "SRB") not in got


def test_the_rule_example_is_traced(code_text) -> None:
    from eventwire.events import context
    from eventwire.rules import REGISTRY

    coded = code_text(REGISTRY[context.EVENT_ANAPHOR].example)
    assert any(context.EVENT_ANAPHOR in {s.rule for s in e.why} for e in coded.events)


def test_an_offensive_on_a_town_is_aimed_at_the_side_last_fought(code_text) -> None:
    got = triples(code_text("Iraqi troops clashed with Islamic State fighters on Monday. On "
                            "Tuesday the troops launched an offensive to recapture Mosul."))
    assert ("IRQ", "19", "ISIL") in got
    assert ("IRQ", "19", "IRQ") not in got


def test_fighters_of_an_armed_group_are_rebels_not_an_international_body(code_text) -> None:
    coded = code_text("Islamic State fighters attacked Iraqi soldiers near Kirkuk on "
                      "Monday.")
    sectors = {e.source.sector for e in coded.events if e.source.key == "ISIL"}
    assert sectors == {"REB"}


def test_the_opponent_rule_example_is_traced(code_text) -> None:
    from eventwire.events import context
    from eventwire.rules import REGISTRY

    coded = code_text(REGISTRY[context.CONFLICT_OPPONENT].example)
    assert any(context.CONFLICT_OPPONENT in {s.rule for s in e.why} for e in coded.events)


def test_each_other_gives_one_event_each_way(code_text) -> None:
    got = triples(code_text("Pakistan and India blamed each other for the shelling on Monday."))
    assert ("PAK", "11", "IND") in got and ("IND", "11", "PAK") in got


def test_the_two_sides_of_the_story_criticise_each_other(code_text) -> None:
    got = triples(code_text("Egypt met Sudan on Monday. The two sides criticised each other "
                            "over the dam on Tuesday."))
    assert ("EGY", "11", "SDN") in got and ("SDN", "11", "EGY") in got


def test_the_reciprocal_example_is_traced(code_text) -> None:
    from eventwire.events import context
    from eventwire.rules import REGISTRY

    coded = code_text(REGISTRY[context.RECIPROCAL].example)
    assert any(context.RECIPROCAL in {s.rule for s in e.why} for e in coded.events)


def test_the_pair_is_the_story_pair(code_text) -> None:
    got = triples(code_text("Lula met Macron in Brasilia on Tuesday. The pair agreed to "
                            "expand trade on Wednesday."))
    assert ("BRA", "03", "FRA") in got and ("FRA", "03", "BRA") in got


def test_the_launch_points_back_to_a_launch_not_a_meeting(code_text) -> None:
    got = triples(code_text("North Korea fired a missile into the sea on Sunday. Abe met Trump "
                            "in Florida on Saturday. The two leaders strongly condemned the "
                            "launch."))
    assert ("JPN", "11", "PRK") in got and ("USA", "11", "PRK") in got
    assert ("JPN", "11", "USA") not in got


def test_an_offer_from_a_country_is_that_country_s(code_text) -> None:
    from eventwire.events import context
    from eventwire.rules import REGISTRY

    coded = code_text(REGISTRY[context.FROM_OWNER].example)
    assert ("PAK", "12", "AFG") in triples(coded)
    assert any(context.FROM_OWNER in {s.rule for s in e.why} for e in coded.events)


def test_a_court_ordering_someone_jailed_jails_them(code_text) -> None:
    from eventwire.events import context
    from eventwire.rules import REGISTRY

    coded = code_text(REGISTRY[context.ORDERED_ACT].example)
    assert ("TUR", "17", "GRC") in triples(coded)
    assert not any(e.cameo.startswith("10") for e in coded.events)
    assert any(context.ORDERED_ACT in {s.rule for s in e.why} for e in coded.events)


def test_a_government_ordering_a_review_is_still_a_demand(code_text) -> None:
    got = triples(code_text("The Kenyan government ordered Uganda to withdraw its troops on "
                            "Monday."))
    assert ("KEN", "10", "UGA") in got


def test_civilians_killed_are_not_the_side_last_fought(code_text) -> None:
    coded = code_text("Iraqi troops clashed with Islamic State fighters on Monday. On "
                      "Tuesday the troops killed 20 civilians in Mosul, residents said.")
    assert ("IRQ", "19", "ISIL") in triples(coded)  # the clash
    assert not any(e.trigger == "killed" and e.target is not None and e.target.key == "ISIL"
                   for e in coded.events)


def test_an_open_appeal_is_aimed_at_whom_it_is_about(code_text) -> None:
    from eventwire.events import context
    from eventwire.rules import REGISTRY

    coded = code_text(REGISTRY[context.APPEAL_ABOUT].example)
    assert ("MEX", "02", "VEN") in triples(coded)
    assert any(context.APPEAL_ABOUT in {s.rule for s in e.why} for e in coded.events)


def test_an_appeal_for_calm_keeps_no_target(code_text) -> None:
    coded = code_text("Brazil urged calm in the region on Monday.")
    assert any(e.source.key == "BRA" and e.cameo.startswith("02") and e.target is None
               for e in coded.events)


def test_a_reaction_to_a_thing_is_aimed_at_the_other_side_of_the_storys_pair(code_text):
    got = triples(code_text("Chile and Peru held talks in Lima on Monday. Chile later "
                            "criticised the proposal."))
    assert ("CHL", "11", "PER") in got
    outsider = triples(code_text("Chile and Peru held talks in Lima on Monday. Bolivia later "
                                 "criticised the proposal."))
    assert not any(src == "BOL" for src, _, _ in outsider)  # not a side of the pair


def test_a_denial_of_a_thing_answers_the_actor_last_dealt_with(code_text) -> None:
    got = triples(code_text("Chile expelled two Peruvian diplomats on Monday. Peru denied any "
                            "involvement."))
    assert ("PER", "01", "CHL") in got


def test_a_reaction_is_aimed_at_the_pair_only_by_the_actor_who_took_part(code_text) -> None:
    # the ministers met; another minister of the country reacting is about its own matter
    met = ("Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis Paz in Lima "
           "on Monday. ")
    same = code_text(met + "Soto later criticised the proposal.", published="2021-06-09")
    assert ("CHL", "11", "PER") in triples(same)
    other = code_text(met + "Chilean Interior Minister Carlos Vega later criticised the "
                      "proposal.", published="2021-06-09")
    assert ("CHL", "11", "PER") not in triples(other)


def test_an_attack_on_a_rebel_held_area_is_aimed_at_that_side_not_the_group_nearby(code_text):
    coded = code_text("Islamic State fighters fought Peshmerga forces on Sunday. Iraqi jets "
                      "bombed rebel-held villages near Kirkuk on Monday.")
    bombed = [e for e in coded.events if e.trigger == "bombed"]
    assert bombed and bombed[0].target is not None and bombed[0].target.key == "IRQ"
    assert "events.held_area.v1" in [s.rule for s in bombed[0].why]
