"""Actor resolution: names, titles from text, metonyms, bodies, roles, linking back."""

import pytest

from tests.conftest import triples


def _sources(coded):
    return [(e.source.text, e.source.key, e.source.sector) for e in coded.events if e.source]


def test_title_from_text_gives_country_and_sector(code_text):
    coded = code_text("Peruvian Interior Minister Juana Quispe criticized Bolivia on Monday.")
    assert ("Peruvian Interior Minister Juana Quispe", "PER", "GOV") in _sources(coded)


def test_unnamed_official_with_nationality(code_text):
    coded = code_text("A Chilean official accused Argentina of spying.")
    assert ("A Chilean official", "CHL", "GOV") in _sources(coded)


def test_capital_stands_for_government(code_text):
    coded = code_text("Pyongyang criticized Seoul on Sunday.")
    assert ("PRK", "11", "KOR") in triples(coded)


def test_international_body_gets_org_key(code_text):
    coded = code_text("The U.N. Security Council condemned Myanmar on Friday.")
    assert ("UNSC", "11", "MMR") in triples(coded)


def test_surname_links_back_to_the_introduced_person(code_text):
    coded = code_text(
        "Zambian Foreign Minister Peter Mwila met his Malawian counterpart on Monday. "
        "Mwila later criticized Zimbabwe."
    )
    crit = [e for e in coded.events if e.cameo.startswith("11")]
    assert crit and crit[0].source.key == "ZMB" and crit[0].source.name == "Peter Mwila"


def test_pronoun_links_to_the_last_person_subject(code_text):
    coded = code_text(
        "Ghanaian President Kofi Mensah arrived in Lome on Monday. "
        "He condemned Burkina Faso's decision."
    )
    crit = [e for e in coded.events if e.cameo.startswith("11")]
    assert crit and crit[0].source.key == "GHA"


def test_role_without_country_takes_the_articles_country(code_text):
    coded = code_text("Nepal was calm on Monday. Police arrested dozens of protesters in "
                      "Kathmandu.")
    arrests = [e for e in coded.events if e.cameo.startswith("17")]
    assert arrests and arrests[0].source.key == "NPL" and arrests[0].source.sector == "COP"


def test_user_actor_table_wins(tmp_path):
    from eventwire.pipeline import Coder
    from eventwire.records import Article

    table = tmp_path / "mine.csv"
    table.write_text("name,aliases,country,org,sector,start,end\n"
                     "Zoltan Brask,Brask,HUN,,GOV,2010-01-01,\n", encoding="utf-8")
    coder = Coder(actors=[table])
    coded = coder.code_article(Article(id="x", text="Zoltan Brask criticized Austria.",
                                       published="2015-05-05"))
    assert coded.events and coded.events[0].source.key == "HUN"
    src = coded.events[0].source
    assert (src.resolved_by, src.table, src.kind) == ("actors.table.v2", "user:mine.csv", "person")


def test_plural_leaders_are_not_named_after_one_person(code_text) -> None:
    coded = code_text("North Korean envoy Choe Ryong-hae met Russian President Vladimir Putin "
                      "on Tuesday. The United Nations accused North Korean leaders of crimes.")
    accused = [e for e in coded.events if e.cameo.startswith("11")]
    assert accused and accused[0].target.key == "PRK"
    assert accused[0].target.name != "Choe Ryong-hae"


def test_a_backer_or_favoured_side_is_not_the_actors_country(code_text):
    got = triples(code_text("Iran-allied Houthi fighters attacked Saudi troops on Monday. "
                            "Pro-Russian separatists shelled Ukrainian positions in Donetsk."))
    assert ("YEM", "19", "SAU") in got and ("IRN", "19", "SAU") not in got
    assert not any(src == "RUS" for src, _, _ in got)
    coded = code_text("US-backed Kurdish fighters attacked Syrian troops near Raqqa on Monday.")
    assert coded.events and all(e.source.key != "USA" for e in coded.events)
    assert any(s.rule == "actors.backer_modifier.v1" for e in coded.events for s in e.why)


def test_a_named_side_is_that_state(code_text):
    got = triples(code_text("The Chilean side criticised Argentina on Monday."))
    assert ("CHL", "11", "ARG") in got


def test_a_relative_of_a_known_person_is_a_civilian_of_the_persons_country(code_text):
    coded = code_text("Belgian police arrested Marc Dubois on Monday. His father criticised "
                      "the police on Tuesday.")
    crit = [e for e in coded.events if e.cameo.startswith("11")]
    assert crit and (crit[0].source.key, crit[0].source.sector) == ("BEL", "CVL")


def test_a_namesake_of_an_office_holder_is_not_the_office_holder(code_text):
    got = triples(code_text("Omar Sall, a Gambian lawyer, criticised Mali on Monday."))
    assert ("GMB", "11", "MLI") in got and not any(src == "SEN" for src, _, _ in got)
    got = triples(code_text("Macky Sall criticised Mali on Monday. Sall also praised Niger."))
    assert ("SEN", "11", "MLI") in got  # the office holder himself still is


def test_a_place_that_shares_an_office_holders_surname_is_the_place(code_text):
    # "Lagos" the city is not Ricardo Lagos, a former president of Chile
    got = triples(code_text("Police in Lagos arrested 30 protesters on Sunday.",
                            published="2023-03-10"))
    assert ("NGA", "17", "NGA") in got
    assert not any("CHL" in (s, t) for s, _, t in got)


def test_the_city_is_the_town_named_last(code_text):
    got = triples(code_text("Bolivian ministers were refused entry to a rally in Cusco on "
                            "Saturday. Bolivia condemned the decision. Police used tear gas "
                            "against protesters in the city."))
    assert ("PER", "17", "PER") in got


def test_a_shared_short_name_is_the_body_the_article_named(code_text):
    # "RSF" is both an NGO and a Sudanese force: after the force is named, it is the force
    got = triples(code_text("Sudan's army fought the Rapid Support Forces in Omdurman on "
                            "Monday. Chad criticised the RSF on Tuesday."))
    assert ("TCD", "11", "SDN") in got


def test_brussels_acting_is_the_eu_but_a_place_in_brussels_is_belgium(code_text):
    got = triples(code_text("Brussels threatened on Monday to cut funds to Poland."))
    assert ("EU", "13", "POL") in got
    got = triples(code_text("Police in Brussels arrested two protesters on Monday."))
    assert ("BEL", "17", "BEL") in got


def test_parliaments_by_name_are_their_countries_legislatures(code_text):
    coded = code_text("The State Duma condemned Moldova on Monday. Westminster criticised "
                      "Brussels on Tuesday.")
    got = {(e.source.key, e.source.sector, e.target.key if e.target else None)
           for e in coded.events}
    assert ("RUS", "LEG", "MDA") in got and ("GBR", "LEG", "EU") in got


def test_a_table_name_ending_in_a_common_word_is_still_the_body(code_text):
    # "State", "Programme" are words that make no actor alone, but here end a body's name
    got = triples(code_text("The Islamic State attacked Iraqi troops near Kirkuk on Monday. "
                            "The World Food Programme criticised Sudan on Tuesday."))
    assert ("ISIL", "19", "IRQ") in got and ("WFP", "11", "SDN") in got


def test_towns_named_in_the_story_give_its_country(code_text):
    # no country is named: Manchester and Liverpool make it a British story
    got = triples(code_text("Thousands of people marched through Manchester and Liverpool on "
                            "Sunday. Police arrested 40 protesters."))
    assert ("GBR", "17", "GBR") in got


def test_letters_without_accents_to_strip_still_fold():
    from eventwire.actors.kb import fold

    assert fold("Szydło") == "Szydlo" and fold("Støre") == "Store" and fold("Đukanović") == \
        "Dukanovic"


def test_a_continent_is_no_country_even_when_a_town_shares_its_name(code_text):
    got = triples(code_text("Chile's president began his first visit to Asia on Monday."))
    assert not any(tgt for _, _, tgt in got)


def test_police_take_the_place_of_the_clause_describing_their_target(code_text):
    coded = code_text("Mexico's president criticised Spain on Monday. Thousands rallied in "
                      "Lyon on Tuesday. Police fired tear gas at protesters waving Mexican "
                      "flags in the city.")
    fired = [e for e in coded.events if e.cameo.startswith("17")]
    assert fired and fired[0].source.key == "FRA"
    assert fired[0].source.resolved_by == "actors.role_place.v6"


def test_bare_plural_role_is_not_one_person_introduced_with_a(code_text):
    coded = code_text("Sudan detained a Chadian rebel on Monday. Rebels attacked Sudanese "
                      "soldiers near Nyala on Tuesday.")
    attack = [e for e in coded.events if e.cameo.startswith("19")]
    assert attack and attack[0].source.key == "SDN"
    assert attack[0].source.resolved_by != "actors.role_linked.v2"


def test_a_shared_party_name_takes_the_country_its_phrase_names(code_text):
    coded = code_text("Sweden's Social Democrats criticised Hungary on Monday.")
    assert ("SWE", "11", "HUN") in triples(coded)  # not the US Democrats of the table
    coded = code_text("The US Democrats criticised Hungary on Monday.")
    assert ("USA", "11", "HUN") in triples(coded)


def test_a_relation_noun_with_a_name_in_apposition_is_the_named_actor(code_text):
    coded = code_text("Chile criticised its neighbour Peru on Monday.")
    assert ("CHL", "11", "PER") in triples(coded)
    coded = code_text("The Peruvian president visited US ally Japan on Monday.")
    assert ("PER", "04", "JPN") in triples(coded)


def test_social_media_is_a_platform_not_an_actor(code_text):
    coded = code_text("Social media was used to mobilise Kenyan protesters on Monday.")
    assert not [e for e in coded.events if e.source and e.source.text.lower() == "social media"]


def test_a_place_noun_gives_the_country_of_its_name_or_nationality(code_text):
    # a crowd at a named place belongs to the place, not to its victim's nationality
    got = triples(code_text("A mob beat a Chilean student in the Peruvian city of Tacna on "
                            "Friday."))
    assert ("PER", "18", "CHL") in [(s, r[:2], t) for s, r, t in got]
    got = triples(code_text("Police in the Bolivian capital detained two Chilean truckers."))
    assert [s for s, _, _ in got] == ["BOL"]
    # a town named before the place noun: "a Tacna suburb"
    got = triples(code_text("A mob beat a Chilean student in a Tacna suburb on Friday."))
    assert ("PER", "18", "CHL") in [(s, r[:2], t) for s, r, t in got]


def test_a_kind_noun_with_a_name_in_apposition_is_the_named_body(code_text):
    coded = code_text("The militant group Boko Haram attacked a Nigerian army patrol on "
                      "Monday.")
    assert [(e.source.name, e.source.sector, e.cameo[:2], e.target.sector)
            for e in coded.events] == [("Boko Haram", "REB", "19", "MIL")]


def test_a_counted_group_of_nations_is_the_list_of_that_many_named(code_text):
    coded = code_text("Chile, Peru, the United States and Ecuador signed a letter on Monday. "
                      "On Friday a group of four American nations urged Venezuela to free "
                      "its prisoners.")
    urged = {e.source.key for e in coded.events if e.cameo[:2] == "02"}
    assert urged == {"CHL", "PER", "USA", "ECU"}
    # no list of that size: no guess
    coded = code_text("Chile and Peru signed a letter on Monday. On Friday a group of four "
                      "American nations urged Venezuela to free its prisoners.")
    assert not {e.source.key for e in coded.events if e.cameo[:2] == "02"} & {"CHL", "PER"}


def test_the_pair_with_no_two_sided_act_yet_is_the_last_two_named_together(code_text):
    got = triples(code_text("A dispute between Peru's president Ana Ruiz and Chile's president "
                            "Luis Soto has lasted a year. The pair signed a fishing accord on "
                            "Monday."))
    assert {("PER", "05", "CHL"), ("CHL", "05", "PER")} <= got


def test_an_unnamed_man_or_attacker_is_a_civilian_of_the_scene(code_text):
    # "a man", "the attacker": a private person (roles.csv CVL), of the place of the act
    got = triples(code_text("A man stabbed two soldiers in Marseille on Friday."))
    assert [(s, r[:2], t) for s, r, t in got] == [("FRA", "18", "FRA")]
    got = triples(code_text("Two attackers shot a policeman in Hamburg on Sunday."))
    assert [(s, r[:2], t) for s, r, t in got] == [("DEU", "18", "DEU")]
    # a fight between sides stays combat, whoever the sides are
    got = triples(code_text("Masai youths clashed with Kenyan troops near Narok on Sunday."))
    assert {r[:2] for _, r, _ in got} == {"19"}


def test_a_town_tagged_as_a_person_is_no_actor(code_text):
    # resolver._town_as_person: a one-word "person" the gazetteer knows as a town, as the
    # object of a verb, is the town
    got = triples(code_text("Chile's foreign minister Ana Rojas was visiting Rotterdam."))
    assert not any(root == "04" for _, root, _ in got)


def test_the_militants_are_the_armed_group_named_last(code_text):
    coded = code_text(
        "Boko Haram fighters raided a market in Chad on Monday. Witnesses said the "
        "militants kidnapped ten traders.")
    taken = [e for e in coded.events if e.source.text == "the militants"]
    assert taken and taken[0].source.resolved_by == "actors.armed_group_link.v1"
    assert taken[0].source.key == coded.events[0].source.key


def test_rebels_are_not_linked_to_the_armed_group_named_last(code_text):
    coded = code_text(
        "Islamic State fighters attacked Syrian troops near Raqqa on Monday. Rebels "
        "shelled government positions in Idlib.")
    assert all(e.source.resolved_by != "actors.armed_group_link.v1" for e in coded.events)


def test_the_city_points_back_to_a_town_named_after_a_place_noun(code_text):
    coded = code_text("Two Moroccan ministers were barred from speaking in the Belgian city of "
                      "Ghent on Monday. Police fired tear gas at protesters waving Moroccan "
                      "flags in the city.")
    fired = [e for e in coded.events if e.trigger == "fired"]
    assert fired and fired[0].source.key == "BEL"


def test_the_president_is_the_last_person_titled_president_not_the_last_leader(code_text):
    coded = code_text("Ghanaian President Kofi Mensah met Togolese Prime Minister Jean Adjo in "
                      "Accra on Monday. Afterwards the president criticised Burkina Faso.")
    crit = [e for e in coded.events if e.trigger == "criticised"]
    assert crit and crit[0].source.key == "GHA"
    assert crit[0].source.resolved_by == "actors.role_linked.v4"


def test_a_thing_is_not_the_owner_s_after_an_unrealised_act(code_text):
    coded = code_text("Japan warned on Monday that Iran might conduct a missile test soon. "
                      "Germany condemned the test on Tuesday.")
    assert not any(e.target is not None and e.target.resolved_by.startswith(
        "actors.thing_owner") for e in coded.events)


def test_a_thing_is_the_owner_s_after_an_asserted_act(code_text):
    coded = code_text("Iran conducted a missile test on Monday. Germany condemned the test "
                      "on Tuesday.")
    assert ("DEU", "11", "IRN") in triples(coded)


def test_the_charity_is_the_ngo_named_last_not_another_group(code_text):
    coded = code_text("Oxfam said on Monday that some rebel groups in Chad had looted food. "
                      "The charity urged donors to help Chad.")
    urged = [e for e in coded.events if e.trigger == "urged"]
    assert urged and urged[0].source.resolved_by == "actors.ngo_link.v1"
    assert urged[0].source.sector == "NGO"


def test_a_thing_described_by_a_clause_stands_for_its_subject(code_text):
    got = triples(code_text("Chile rejected the plan that Bolivia proposed on Monday."))
    assert ("CHL", "12", "BOL") in got


def test_a_thing_described_by_a_relative_pronoun_subject_is_no_one_s(code_text):
    coded = code_text("Chile rejected the plan which angered Peru on Monday.")
    assert not any(e.target is not None and e.target.resolved_by == "actors.thing_clause.v1"
                   for e in coded.events)


def test_a_nation_named_by_its_people_at_war_is_no_private_attacker(code_text):
    # "the Japanese" bombing a city is a nation at war (19), not private violence (18)
    got = triples(code_text("In 1938 the Japanese bombed Chongqing for weeks."))
    assert ("JPN", "19", "CHN") in [(s, r[:2], t) for s, r, t in got]


@pytest.mark.parametrize("text", [
    # words.json activity_roles: a mission qualified by its activity is an operation
    "The Chilean coast guard said its rescue missions were run jointly with a Peruvian "
    "navy ship.",
    "After the Brazilian-led force wound up its combat mission in 2014, Haitian police "
    "struggled to contain the gangs.",
])
def test_an_operation_called_a_mission_is_no_actor(code_text, text):
    coded = code_text(text)
    assert not any(e.target is not None and "mission" in e.target.text for e in coded.events)


def test_a_diplomatic_mission_is_still_an_actor(code_text):
    assert ("CHL", "11", "PER") in triples(code_text("Chile's mission to the UN criticised "
                                                     "Peru on Monday."))


def test_a_town_ner_took_for_a_nationality_after_in_is_a_town(code_text):
    coded = code_text("Spanish judges opened a case in Madrid on Monday against nine officials. "
                      "A Spanish court in Madrid summoned them. Among its findings, the panel "
                      "said Syria deliberately bombed an aid convoy in Aleppo and used barrel "
                      "bombs.")
    bombed = [e for e in coded.events if e.trigger == "bombed"]
    assert bombed and bombed[0].target is not None and bombed[0].target.key == "SYR"


def test_a_subject_pronoun_is_not_its_own_verbs_named_object(code_text):
    coded = code_text("Ghana's president Nana Akufo-Addo met Togo's president Faure Gnassingbe "
                      "in Accra on Monday. The two leaders discussed border security. He also "
                      "thanked Gnassingbe for his support.", published="2019-05-10")
    thanked = [e for e in coded.events if e.trigger == "thanked"]
    assert [(e.source.country, e.target.country) for e in thanked] == [("GHA", "TGO")]


def test_where_sides_meet_or_sign_is_no_sides_country(code_text):
    # words.json venue_acts: the town of a signing is a venue, not whose army signs
    coded = code_text("Sudan's army fought rebels in Darfur on Sunday. Rebel commanders "
                      "signed a ceasefire with the army in Jeddah on Monday.")
    assert {(e.source.country, e.target.country) for e in coded.events
            if e.trigger == "signed"} == {("SDN", "SDN")}


def test_a_mission_qualified_by_a_common_noun_is_an_operation_not_a_body(code_text):
    coded = code_text("Greek police coordinated the search missions near Crete on Monday.")
    assert not any(e.target is not None and "mission" in e.target.text for e in coded.events)
    coded = code_text("The Russian mission criticised Georgia on Monday.")
    assert any(e.source.key == "RUS" and e.cameo.startswith("11") for e in coded.events)


def test_relations_with_x_stand_for_x(code_text):
    got = triples(code_text("Chile hailed a new chapter in relations with Peru on Monday."))
    assert ("CHL", "05", "PER") in got


def test_a_bare_congo_is_dr_congo_and_the_republic_is_named(code_text):
    got = triples(code_text("Angola and Congo signed a border deal in Luanda on Monday."))
    assert ("AGO", "05", "COD") in got
    got = triples(code_text("Congo-Brazzaville and Gabon signed a trade deal on Monday."))
    assert ("COG", "05", "GAB") in got
