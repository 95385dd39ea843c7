"""Targets found through their possessor: a person's opponents, a body's texts."""

from tests.conftest import triples


def test_his_rivals_are_the_opposition_of_his_country(code_text):
    coded = code_text("Kenya's president Ruto accused his rivals of stirring unrest on Monday.",
                      published="2023-05-10")
    assert ("KEN", "11", "KEN") in triples(coded)
    accused = next(e for e in coded.events if e.cameo == "112")
    assert accused.target.sector == "OPP"
    assert any(w.rule == "events.person_opponents.v1" for w in accused.why)


def test_her_critics(code_text):
    coded = code_text("Chilean President Michelle Bachelet condemned her critics on Monday.",
                      published="2016-05-10")
    assert any(e.target and e.target.key == "CHL" and e.target.sector == "CVL"
               for e in coded.events if e.cameo.startswith("11"))


def test_a_states_critics_are_not_its_own_people(code_text):
    coded = code_text("Russia accused its critics of lying on Monday.", published="2023-05-10")
    assert ("RUS", "11", "RUS") not in triples(coded)


def test_a_states_own_missile_test_is_a_show_of_force(code_text):
    coded = code_text("Peru condemned Chile's test of a cruise missile last week.",
                      published="2019-06-12")
    assert ("CHL", "15", None) in triples(coded)
    assert ("PER", "11", "CHL") in triples(coded)


def test_a_plea_named_by_its_owner_is_no_show_of_force(code_text):
    coded = code_text("Chile's plea for calm went unheard.", published="2019-06-12")
    assert not any(e.cameo.startswith("15") for e in coded.events)


def test_a_ministry_urging_citizens_abroad_urges_its_own(code_text):
    coded = code_text("The Chilean foreign ministry urged citizens in Peru to stay indoors on "
                      "Monday.", published="2019-06-12")
    assert ("CHL", "02", "CHL") in triples(coded)
    assert ("CHL", "02", "PER") not in triples(coded)


def test_named_citizens_keep_their_country(code_text):
    coded = code_text("Chilean police detained Bolivian citizens in Arica on Monday.",
                      published="2019-06-12")
    assert ("CHL", "17", "BOL") in triples(coded)


def test_a_probe_after_talks_is_not_aimed_at_the_partner(code_text):
    coded = code_text("Chile and Peru held talks in Lima on Monday. Chilean prosecutors later "
                      "opened an inquiry into the leaks.", published="2019-06-12")
    assert ("CHL", "09", "PER") not in triples(coded)


def test_criticism_after_talks_is_still_aimed_at_the_partner(code_text):
    coded = code_text("Chile and Peru held talks in Lima on Monday. Chile later criticised the "
                      "proposal.", published="2019-06-12")
    assert ("CHL", "11", "PER") in triples(coded)


def test_a_halted_act_is_no_event_of_its_own_and_its_partner_is_the_target(code_text):
    coded = code_text("Russia halted military cooperation with Turkey on Monday.")
    asserted = {(e.source.key, e.cameo[:2], e.target.key if e.target else None)
                for e in coded.events if e.modality == "asserted"}
    assert asserted == {("RUS", "16", "TUR")}  # no cooperation asserted, not its own
    coded = code_text("Russia suspended arms talks with Japan on Monday.")
    asserted = {(e.source.key, e.cameo[:2], e.target.key if e.target else None)
                for e in coded.events if e.modality == "asserted"}
    assert asserted == {("RUS", "16", "JPN")}


def test_titled_names_in_a_list_are_each_a_target(code_text) -> None:
    # the parser hangs the second person on the first one's name
    for text in ("Peru detained Chilean activist Ana Ruiz and Bolivian writer Luis Soto on "
                 "Monday.",
                 "Chilean activist Ana Ruiz and Bolivian writer Luis Soto were detained in "
                 "Peru on Monday."):
        got = triples(code_text(text))
        assert {("PER", "17", "CHL"), ("PER", "17", "BOL")} <= got


def test_one_act_on_a_list_of_actors_is_one_event_per_actor(code_text) -> None:
    coded = code_text("Peruvian police arrested two Chilean activists and a Chilean priest in "
                      "Lima on Monday. Police arrested the activists again on Friday.")
    arrests = [e for e in coded.events if e.cameo[:2] == "17"]
    assert sorted(e.target.text for e in arrests if e.evidence.sentence == 0) == [
        "a Chilean priest", "two Chilean activists"]
    assert all(e.target.key == "CHL" for e in arrests)


def test_a_capital_after_in_is_a_site_and_a_broker_acts_on_the_sides(code_text) -> None:
    got = triples(code_text("A truce was agreed after talks in Uzbekistan's capital Tashkent, "
                            "mediated by Russia for Tajikistan."))
    assert ("RUS", "04", "TJK") in got and not any(t == "UZB" for _, _, t in got)
    got = triples(code_text("Russia brokered talks in Astana between Syria and Turkey on "
                            "Monday."))
    assert {("RUS", "04", "SYR"), ("RUS", "04", "TUR")} <= got
    assert not any(t == "KAZ" for _, _, t in got)


def test_forces_sent_to_another_country_are_military_aid_to_it(code_text) -> None:
    got = triples(code_text("France deployed 500 troops to Mali on Friday."))
    assert ("FRA", "07", "MLI") in got and ("FRA", "15", "MLI") not in got


def test_an_attack_on_ones_own_embassy_does_not_make_oneself_the_target(code_text):
    coded = code_text("The Malawian government condemned the attack on its embassy on Monday.")
    assert not [e for e in coded.events if e.target is not None and
                e.target.country == e.source.country]


def test_a_release_demand_for_ones_own_people_is_aimed_at_who_holds_them(code_text):
    got = triples(code_text("Canada demanded the release of two Canadians detained in Iran on "
                            "Monday."))
    assert ("CAN", "10", "IRN") in got and ("CAN", "10", "CAN") not in got
    got = triples(code_text("Austria called for the release of its journalist held by Serbian "
                            "police."))
    assert ("AUT", "02", "SRB") in got


def test_a_nationality_the_tagger_took_for_an_organisation_is_the_nation(code_text):
    got = triples(code_text("Kenya's foreign ministry described the Ugandan statement as "
                            "regrettable."))
    assert ("KEN", "11", "UGA") in got


def test_an_act_on_ones_own_post_abroad_is_aimed_at_its_host(code_text):
    got = triples(code_text("Chile closed its embassy in Caracas on Monday."))
    assert ("CHL", "16", "VEN") in got and ("CHL", "16", "CHL") not in got


def test_people_who_set_fire_to_a_building_are_of_its_place(code_text):
    got = triples(code_text("Demonstrators set fire to the Spanish embassy in Lima on Monday."))
    assert ("PER", "14", "ESP") in got
