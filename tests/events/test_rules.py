"""Article-level rules on sentences we wrote: joint exercises, documents put to a body."""

from __future__ import annotations

from tests.conftest import triples


def test_joint_exercise_is_military_cooperation_both_ways(code_text) -> None:
    got = triples(code_text("The Philippine navy held drills with Australian warships on "
                            "Monday in the South China Sea."))
    assert ("PHL", "06", "AUS") in got and ("AUS", "06", "PHL") in got
    assert ("PHL", "15", "AUS") not in got


def test_exercise_hosted_in_a_country_with_foreign_troops(code_text) -> None:
    got = triples(code_text("An annual drill in Japan involving 5,000 American troops began "
                            "on Monday."))
    assert ("JPN", "06", "USA") in got and ("USA", "06", "JPN") in got


def test_exercise_by_one_country_stays_a_show_of_force(code_text) -> None:
    got = triples(code_text("The Iranian navy held naval drills in the Gulf of Oman on Monday."),
                  modality=None)
    assert not any(root == "06" for _, root, _ in got)


def test_the_resolution_stands_for_the_body_it_was_put_to(code_text) -> None:
    text = ("Delegates met at the U.N. Human Rights Council in Geneva on Thursday. Belarus, "
            "which rejected the resolution, faces growing pressure. \"Ukraine firmly rejects "
            "this draft resolution,\" its ambassador said.")
    got = triples(code_text(text))
    assert ("UKR", "12", "UNHRC") in got
    assert ("UKR", "12", "BLR") not in got  # rejecting it did not make it Belarus's


def test_warring_parties_act_on_each_other_within_their_country(code_text) -> None:
    coded = code_text("The warring parties in Yemen agreed on Thursday to a truce.")
    pairs = [(e.source.name, e.target.name) for e in coded.events
             if e.cameo.startswith("03") and e.modality == "asserted"]
    assert {e.source.key for e in coded.events} == {"YEM"}
    assert len(pairs) == 2 and pairs[0] == pairs[1][::-1]  # both directions, kept apart


def test_a_town_attacked_stands_for_its_people(code_text) -> None:
    got = triples(code_text("Russian warplanes struck Aleppo on Monday. Syrian government "
                            "troops shelled the rebel-held city of Homs on Sunday."))
    assert ("RUS", "19", "SYR") in got and ("SYR", "19", "SYR") in got


def test_a_participle_describing_an_actor_is_not_an_attack(code_text) -> None:
    got = triples(code_text("Syrian rebels fighting the government met Turkish officials in "
                            "Ankara on Monday."))
    assert not any(root == "19" for _, root, _ in got)
    assert ("SYR", "04", "TUR") in got


def test_a_government_protest_is_an_official_complaint(code_text) -> None:
    got = triples(code_text("The Japanese Foreign Ministry protested to China on Monday. "
                            "Thousands of students protested in Istanbul on Monday."))
    assert ("JPN", "11", "CHN") in got  # 114, not a street protest
    assert ("TUR", "14", "TUR") in got


def test_one_meets_people_not_topics(code_text) -> None:
    got = triples(code_text("Turkey called for a meeting on Monday to discuss attacks on "
                            "Syrian civilians."))
    assert not any(root == "04" for _, root, _ in got)


def test_saying_someone_failed_is_criticism(code_text) -> None:
    got = triples(code_text("The European Union on Tuesday opened an inquiry into abuses in "
                            "Belarus, saying the government had failed to prosecute the "
                            "officers."))
    assert ("EU", "11", "BLR") in got


def test_what_someone_called_a_provocation(code_text) -> None:
    got = triples(code_text("Vietnam's state broadcaster said on Monday the marches were an "
                            "angry response to what it called China's aggression."))
    assert ("VNM", "11", "CHN") in got


def test_protests_stand_for_the_people_of_their_place(code_text) -> None:
    got = triples(code_text("Egypt's foreign minister on Sunday called the protests in "
                            "Cairo a disgrace."))
    assert ("EGY", "11", "EGY") in got


def test_other_senses_and_platforms_make_no_events(code_text) -> None:
    coded = code_text("Volunteers hailing from Syria and Jordan arrived on Monday. Afghanistan's "
                      "president expressed his condolences on Twitter.")
    assert not [e for e in coded.events if e.cameo.startswith("05")]
    assert not [e for e in coded.events if e.target and "Twitter" in e.target.text]


def test_an_unnamed_state_acts_only_on_someone(code_text) -> None:
    coded = code_text("Thousands of hectares of crops have been destroyed in Zambia. "
                      "Opposition leaders were arrested in Lusaka on Monday.")
    assert all(e.target is not None for e in coded.events if e.cameo.startswith("17"))
    assert any(e.cameo.startswith("17") for e in coded.events)


def test_appeals_without_addressee_only_when_calling_for_something(code_text) -> None:
    got = triples(code_text("Russia is encouraging foreign investment in Crimea. The United "
                            "Nations on Tuesday called for an inquiry into the shootings."))
    assert ("RUS", "02", None) not in got
    assert ("UN", "02", None) in got


def test_the_one_asked_is_not_the_one_asking(code_text) -> None:
    got = triples(code_text("The Chinese spokeswoman made the remarks on Monday when asked "
                            "about Japan's plans."))
    assert not any(root == "02" for _, root, _ in got)


def test_an_expectation_is_not_a_request(code_text) -> None:
    got = triples(code_text("Goldman Sachs expects China to cut interest rates this year."))
    assert not any(root == "02" for _, root, _ in got)


def test_riot_control_is_used_on_the_protesters(code_text) -> None:
    got = triples(code_text("Thousands of protesters marched in Nairobi on Sunday. Kenyan police "
                            "intervened with tear gas and water cannons."))
    assert ("KEN", "17", "KEN") in got


def test_exercise_by_two_countries_together(code_text) -> None:
    got = triples(code_text("French and Egyptian warships on Monday launched ten days of war "
                            "games in the Mediterranean Sea."))
    assert ("FRA", "06", "EGY") in got and ("EGY", "06", "FRA") in got


def test_the_recipient_of_a_gift(code_text) -> None:
    got = triples(code_text("Japan gave Kenya $10 million in aid on Monday."))
    assert ("JPN", "07", "KEN") in got


def test_strikes_aimed_at_towns(code_text) -> None:
    got = triples(code_text("Russian jets dropped bombs on Idlib on Monday. Israeli tanks fired "
                            "four shells at targets in Jericho on Tuesday."))
    assert ("RUS", "19", "SYR") in got and ("ISR", "19", "PSE") in got


def test_police_firing_on_thousands_of_protesters_is_riot_control(code_text) -> None:
    coded = code_text("Peruvian police fired on thousands of striking protesters in Lima on "
                      "Monday.")
    assert [e.cameo[:3] for e in coded.events if e.source and e.source.sector == "COP"] == [
        "175"]
