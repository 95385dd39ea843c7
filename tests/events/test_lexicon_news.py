"""Lexicon rows added for plain wire English, on sentences we wrote."""

from __future__ import annotations

from tests.conftest import triples


def test_a_call_with_a_leader_is_a_phone_consultation_both_ways(code_text) -> None:
    got = triples(code_text("Brazil's president held a call with Argentina's president on "
                            "Friday."))
    assert ("BRA", "04", "ARG") in got and ("ARG", "04", "BRA") in got


def test_contacts_with_officials_are_consultations(code_text) -> None:
    got = triples(code_text("Kenyan officials had several contacts with Ugandan officials "
                            "in March."))
    assert ("KEN", "04", "UGA") in got


def test_shrugging_off_a_demand_is_a_rejection(code_text) -> None:
    got = triples(code_text("Hungary shrugged off the demands of the European Union on "
                            "Tuesday."))
    assert ("HUN", "12", "EU") in got


def test_strikes_delivered_on_a_town_are_air_strikes(code_text) -> None:
    coded = code_text("Russian jets delivered strikes on Idlib in Syria on Tuesday.")
    assert any(e.cameo == "195" and e.source.key == "RUS" for e in coded.events)


def test_rescuing_migrants_is_humanitarian_aid(code_text) -> None:
    coded = code_text("The Italian coast guard rescued 300 migrants off Libya on Sunday.")
    assert any(e.cameo == "073" and e.source.key == "ITA" for e in coded.events)


def test_a_month_named_march_is_not_a_protest(code_text) -> None:
    coded = code_text("The court acquitted the former minister on March 2, his lawyer said.")
    assert not any(e.cameo.startswith("14") for e in coded.events)


def test_a_date_after_a_verb_is_not_its_particle(code_text) -> None:
    coded = code_text("Bolivia's opposition called the vote 'a farce' on Monday.")
    assert {e.cameo[:2] for e in coded.events} == {"11"}


def test_voicing_alarm_over_an_act_is_criticism(code_text) -> None:
    got = triples(code_text("Vietnam voiced alarm on Tuesday over China's deployment of "
                            "missiles in the Paracels."))
    assert ("VNM", "11", "CHN") in got


def test_claiming_fraud_is_an_accusation(code_text) -> None:
    got = triples(code_text("The Kenyan opposition claimed fraud by President Kenyatta on "
                            "Monday."))
    assert ("KEN", "11", "KEN") in got


def test_military_cooperation_with_a_country_is_mutual(code_text) -> None:
    got = triples(code_text("Norway is deepening its military cooperation with Denmark, the "
                            "defence minister said on Monday."))
    assert ("NOR", "06", "DNK") in got and ("DNK", "06", "NOR") in got


def test_military_aid_is_military_assistance(code_text) -> None:
    got = triples(code_text("Germany's military aid to Ukraine arrived in Kyiv on Monday."))
    assert ("DEU", "07", "UKR") in got


def test_a_word_inside_a_party_name_is_not_an_act(code_text) -> None:
    coded = code_text("The Peruvian Popular Appeal party won 12 seats, Peru's electoral body "
                      "said on Monday.")
    assert not any(e.cameo.startswith("02") for e in coded.events)


def test_a_mob_attack_is_not_a_protest(code_text) -> None:
    coded = code_text("A mob attacked two Kenyan students in a Delhi market on Wednesday, "
                      "Indian police said.")
    assert not any(e.cameo.startswith("14") for e in coded.events)


def test_a_mediation_by_several_is_not_between_them(code_text) -> None:
    got = triples(code_text("A truce brokered by Qatar, Egypt and Turkey held on Sunday, "
                            "officials said."))
    assert not any(root == "04" for _, root, _ in got)


def test_positive_words_in_a_plain_statement_are_not_praise(code_text) -> None:
    got = triples(code_text("Peru said on Monday that the talks with Chile had been "
                            "constructive and useful."))
    assert not any(root == "05" for _, root, _ in got)


def test_an_act_someone_was_barred_from_is_no_act(code_text) -> None:
    got = triples(code_text("Hungary barred Serbian officials from visiting Budapest on "
                            "Monday."))
    assert ("HUN", "17", "SRB") in got
    assert not any(root == "04" for _, root, _ in got)


def test_lambasting_is_criticism(code_text) -> None:
    got = triples(code_text("Brazil's president lambasted Argentina over the tariffs on "
                            "Tuesday."))
    assert ("BRA", "11", "ARG") in got


def test_advising_as_a_job_is_no_appeal(code_text) -> None:
    got = triples(code_text("The former Chilean minister advised Peru's president on trade for "
                            "ten years."))
    assert not any(r == "02" for _, r, _ in got)


def test_approving_a_loan_is_economic_aid(code_text) -> None:
    got = triples(code_text("The African Development Bank approved a $90 million loan for "
                            "Malawi on Monday."))
    assert [(r, t) for _, r, t in got] == [("07", "MWI")]


def test_closing_a_border_restricts_movement(code_text) -> None:
    got = triples(code_text("Lithuania closed its border with Belarus on Tuesday."))
    assert ("LTU", "19", "BLR") in got


def test_a_jailed_blogger_is_a_private_person(code_text) -> None:
    coded = code_text("An Egyptian court sentenced a blogger to five years in prison.")
    assert [(e.source.country, e.target.country, e.target.sector) for e in coded.events
            if e.target] == [("EGY", "EGY", "CVL")]


def test_a_bare_number_of_marchers_is_the_people_of_the_scene(code_text) -> None:
    got = triples(code_text("Thousands marched in Yerevan against the new tax on Saturday."))
    assert ("ARM", "14", "ARM") in [(s, r[:2], t) for s, r, t in got]


def test_a_town_the_tagger_took_for_a_person_is_still_a_place_seized(code_text) -> None:
    # en_core_web_sm tags "Kunduz" here as PERSON; GeoNames knows the town
    coded = code_text("Kunduz was seized from government forces by the Taliban in May.")
    assert [e.cameo for e in coded.events] == ["192"]


def test_expelling_a_charge_d_affaires_reduces_relations(code_text) -> None:
    got = triples(code_text("Malawi expelled the Zambian charge d'affaires on Monday."))
    assert ("MWI", "16", "ZMB") in got


def test_police_sent_abroad_are_security_assistance(code_text) -> None:
    got = triples(code_text("Rwanda sent 300 police officers to Mozambique on Tuesday."))
    assert ("RWA", "07", "MOZ") in got


def test_blocking_sites_or_cutting_the_internet_curbs_freedoms(code_text) -> None:
    got = triples(code_text("Gabon's government cut internet access on Sunday."))
    assert ("GAB", "17", "GAB") in got
    got = triples(code_text("Tajikistan blocked access to two news websites on Monday."))
    assert ("TJK", "17", "TJK") in got


def test_approving_an_agreement_with_a_party_ratifies_it(code_text) -> None:
    got = triples(code_text("Zambia's parliament approved the accord with the IMF on Monday."))
    assert ("ZMB", "05", "IMF") in got


def test_a_strike_on_a_place_is_an_attack_by_the_nations_state(code_text) -> None:
    coded = code_text("Turkish strikes on Qamishli killed twelve people on Monday.")
    assert [(e.source.key, e.source.sector, e.cameo[:2]) for e in coded.events] == [
        ("TUR", "GOV", "19")]


def test_a_support_verb_names_who_holds_military_drills(code_text) -> None:
    got = triples(code_text("Peru and Chile began joint military exercises on Monday."))
    assert ("PER", "06", "CHL") in got and not any(r == "15" for _, r, _ in got)


def test_fighting_a_measure_or_a_problem_is_no_armed_clash(code_text) -> None:
    coded = code_text("Chile's opposition fought hard against the minister's reform on Monday. "
                      "Firefighters in Valparaiso battled the flames for hours.")
    assert not any(e.cameo.startswith("19") for e in coded.events)
    got = triples(code_text("Kurdish fighters fought Islamic State militants near Raqqa on "
                            "Monday."))
    assert ("SYR", "19", "ISIL") in got


def test_a_state_pardoning_prisoners_frees_them(code_text) -> None:
    # a pardon by a state releases people (0841), not personal forgiveness (056)
    got = triples(code_text("Malawi's president pardoned 40 jailed protesters on Monday."))
    assert ("MWI", "08", "MWI") in got


def test_denying_citizenship_curbs_rights_not_a_denial_of_blame(code_text) -> None:
    coded = code_text("Bhutan denied citizenship to thousands of ethnic Nepalis in 1990.")
    assert [e.cameo for e in coded.events] == ["1721"]


def test_reopening_a_border_or_an_embassy_eases_relations(code_text) -> None:
    got = triples(code_text("Chile and Bolivia reopened their border on Monday."))
    assert {("CHL", "05", "BOL"), ("BOL", "05", "CHL")} <= got
    got = triples(code_text("Norway reopened its embassy in Tehran on Monday."))
    assert ("NOR", "05", "IRN") in got
