"""PETRARCH's reading of noun phrases (eventwire/actors/petrarch.py), used when PETRARCH
actor dictionaries are loaded; small fictional dictionaries written for these tests."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Article

ACTORS = """<!-- A fictional actor dictionary
# written for eventwire's tests -->
ARNORIA_ [ARN]
+ARNORIAN
GONDORIA_ [GDR]
+GONDORIAN
RHUNIA_ [RHU]
HARAD VALE [HRD]
THE_VA [VAL]
VARDARIA_ [VRD]
+VARDARIAN
THE_MARCHES [MRC]
TWIN_CITIES [TWA/TWB]
BREGOR_ [GDR]
WEST_HARAD [HRWGOV]
"""

AGENTS = """<!-- fictional agents -->
LAWMAKER [~LEG]
OFFICIAL [~GOV]
ENVOY [~GOV]
MINISTER [~GOV]
GOVERNMENT [~GOV]
WATCHERS {} [NGO~]
MILITIA {} [~MIL]
WORLD_COUNCIL [~WGO]
"""


VERBS = """--- SAID  [023]  ---
SAID

--- ARRIVE  [032]  ---
ARRIVE
"""


@pytest.fixture(scope="module")
def petr(coder, tmp_path_factory):
    folder = tmp_path_factory.mktemp("petr")
    (folder / "a.txt").write_text(ACTORS, encoding="utf-8")
    (folder / "g.txt").write_text(AGENTS, encoding="utf-8")
    (folder / "v.txt").write_text(VERBS, encoding="utf-8")
    return Coder(nlp=coder.nlp, lexicon=coder.lexicon, actors=[folder / "a.txt"],
                 agents=[folder / "g.txt"], verbs=[folder / "v.txt"])


def _codes(petr, text):
    got = petr.code_article(Article(id="p", text=text, published="2015-01-01"))
    return sorted((e.source.code if e.source else "---", e.target.code if e.target else "---")
                  for e in got.events)


def test_dictionaries_load_without_problems(petr):
    assert petr.problems == []


def test_a_bare_country_is_its_code_alone(petr):
    assert _codes(petr, "Arnoria welcomed the resumption of ties with Gondoria on Monday.") == [
        ("ARN", "GDR")]


def test_agents_compose_and_a_phrase_takes_the_actors_of_its_prepositions(petr):
    assert _codes(petr, "The envoys of Arnoria and Gondoria criticized Rhunia on Monday.") == [
        ("ARNGOV", "RHU"), ("GDRGOV", "RHU")]


def test_agents_with_no_actor_stand_alone(petr):
    assert _codes(petr, "Lawmakers criticized Rhunia on Monday.") == [("---LEG", "RHU")]


def test_coordinated_agents_share_the_actor_of_their_phrase(petr):
    assert _codes(petr, "Lawmakers and officials in Arnoria criticized Rhunia on Monday.") == [
        ("ARNGOV", "RHU"), ("ARNLEG", "RHU")]


def test_adjectives_do_not_hide_a_coordinated_actor(petr):
    assert _codes(petr, "Arnoria and the wicked cruel Gondoria criticized Rhunia on Monday.") \
        == [("ARN", "RHU"), ("GDR", "RHU")]


def test_the_first_actor_of_a_phrase_wins(petr):
    assert _codes(petr, "Arnoria's minister Bregor criticized Rhunia on Monday.") == [
        ("ARNGOV", "RHU")]


def test_a_prefix_agent_goes_before_the_actor(petr):
    assert _codes(petr, "Watchers Arnoria criticized Rhunia on Monday.") == [("NGOARN", "RHU")]


def test_a_plural_agent_and_a_lower_case_article_in_a_name(petr):
    assert _codes(petr, "Rhunia's militia attacked the Marches on Monday.") == [
        ("RHUMIL", "MRC")]


def test_a_slashed_code_is_several_actors(petr):
    assert _codes(petr, "Rhunia criticized the Twin Cities on Monday.") == [
        ("RHU", "TWA"), ("RHU", "TWB")]


def test_a_list_the_parser_hung_on_an_apposition(petr):
    assert _codes(petr, "Rhunia, the Marches, Arnoria and Gondoria criticized Harad Vale on "
                        "Monday.") == [("ARN", "HRD"), ("GDR", "HRD"), ("MRC", "HRD"),
                                       ("RHU", "HRD")]


def test_whole_words_before_a_stem(petr):
    assert _codes(petr, "The Vardarian government criticized Rhunia on Monday.") == [
        ("VRDGOV", "RHU")]


def test_built_in_names_still_code_beside_a_user_dictionary(petr):
    got = petr.code_article(Article(id="p", text="Arnoria criticized Canada on Monday.",
                                    published="2015-01-01"))
    assert [(e.source.code, e.target.country) for e in got.events] == [("ARN", "CAN")]


def test_without_dictionaries_the_built_in_reading_is_unchanged(coder):
    got = coder.code_article(Article(id="p", text="Lawmakers in Peru criticized Chile on "
                                                  "Monday.", published="2015-01-01"))
    assert [(e.source.code, e.target.key) for e in got.events] == [("PERLEG", "CHL")]


def test_a_target_is_never_in_a_clause_before_the_verb(petr):
    assert _codes(petr, "Arnoria criticized Rhunia, officials said on Monday.") == [
        ("ARN", "RHU")]
    assert ("---LEG", "RHU") in _codes(petr, "Lawmakers said on Monday that Rhunia was a "
                                             "threat.")


def test_the_target_is_the_first_actor_after_the_verb(petr):
    assert _codes(petr, "Rhunia arrived in Arnoria on Monday on an official visit.") == [
        ("RHU", "ARN")]


def test_words_joined_by_underscores_in_the_text(petr):
    assert _codes(petr, "Rhunia criticized the envoy of Harad_Vale on Monday.") == [
        ("RHU", "HRDGOV")]


def test_a_pronoun_is_no_target(petr, coder):
    text = "Gondoria praised Rhunia on Monday. Arnoria criticized it on Tuesday."
    assert _codes(petr, text) == [("GDR", "RHU")]
    plain = coder.code_article(Article(id="p", text="France praised Chile on Monday. Spain "
                                                    "criticized it on Tuesday.",
                                       published="2015-01-01"))
    assert len(plain.events) == 2  # the built-in reading links the pronoun


def test_names_modifying_one_noun_share_its_agents(petr):
    assert _codes(petr, "Arnoria and Gondoria envoys criticized Rhunia on Monday.") == [
        ("ARNGOV", "RHU"), ("GDRGOV", "RHU")]


def test_a_list_split_into_an_apposition_and_a_second_subject(petr):
    assert _codes(petr, "Wicked Rhunia, the cruel Arnoria, and noble Gondoria criticized "
                        "Harad Vale on Monday.") == [("ARN", "HRD"), ("GDR", "HRD"),
                                                     ("RHU", "HRD")]


def test_an_agent_code_is_added_unless_already_a_part_of_the_code(petr):
    # WGO occurs inside HRWGOV but not as one of its three-letter parts
    assert _codes(petr, "West Harad world council envoys criticized Rhunia on Monday.") == [
        ("HRWGOVWGO", "RHU")]


def test_coordinated_possessors_are_each_an_actor(petr):
    assert _codes(petr, "Rhunia criticized Arnoria and Gondoria's envoys on Monday.") == [
        ("RHU", "ARNGOV"), ("RHU", "GDRGOV")]


def test_a_phrase_after_the_last_member_goes_with_it(petr):
    assert _codes(petr, "Arnoria's wolves and bears of Gondoria criticized Rhunia on "
                        "Monday.") == [("ARN", "RHU"), ("GDR", "RHU")]
