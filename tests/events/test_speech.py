"""Statements as events (events/speech.py, evaluative.json) and the verbal triggers of the
lexicon: disapproval, comparison, demands of redress. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import triples


def test_opposing_an_actor_is_disapproval(code_text) -> None:
    # lexicon.csv oppose: verbal conflict (11), as in the CAMEO verb dictionary
    got = triples(code_text("Bolivia opposes Chile on the question of sea access."))
    assert ("BOL", "11", "CHL") in got


def test_opposing_talks_is_a_rejection(code_text) -> None:
    # lexicon.csv oppose + talk: refuses talks (125)
    coded = code_text("Bolivia opposes talks with Chile on the border question.")
    assert ("BOL", "12", "CHL") in triples(coded)


def test_likening_an_actor_to_something_is_criticism(code_text) -> None:
    # lexicon.csv liken
    got = triples(code_text("The Venezuelan president likened Colombia to a lawless colony."))
    assert ("VEN", "11", "COL") in got


def test_comparing_an_actor_to_nazis_is_criticism(code_text) -> None:
    # speech.evaluation.v3 with evaluative.json comparison_verbs
    got = triples(code_text("After his rally in Lyon was cancelled, the Algerian president "
                            "reacted angrily, comparing the French government to Nazis."))
    assert ("DZA", "11", "FRA") in got


def test_a_neutral_comparison_is_no_event(code_text) -> None:
    got = triples(code_text("The Chilean minister compared the Peruvian economy with the "
                            "economy of Bolivia."))
    assert not any(root == "11" for _, root, _ in got)


def test_remark_called_unacceptable_and_apology_demanded(code_text) -> None:
    # frames.speaker_conjunct.v1 (the parser hangs "demanded" on the copular clause), then
    # speech.polarity.v3 and speech.redress.v1
    got = triples(code_text("The Ghanaian foreign minister said the Togolese president's "
                            "words were outrageous and demanded an apology from him."))
    assert ("GHA", "11", "TGO") in got
    assert ("GHA", "10", "TGO") in got


def test_a_second_act_of_the_speaker_is_the_speakers(code_text) -> None:
    # frames.speaker_conjunct.v1: Peru recalled its envoy, not the remark
    got = triples(code_text("Peru said the Chilean minister's remark was offensive and "
                            "recalled its ambassador from Santiago."))
    assert ("PER", "16", "CHL") in got


def test_a_detention_called_a_travesty(code_text) -> None:
    # evaluative.json negative: travesty
    got = triples(code_text("Kenyan police detained the Ugandan activist on Monday. The "
                            "Ugandan foreign minister said the detention was a travesty."))
    assert ("UGA", "11", "KEN") in got


def test_a_conditional_threat_is_aimed_at_the_party_the_act_hits(code_text) -> None:
    # speech.threat.v2: "will strike Y unless they leave": Y, not the speaker's side
    got = triples(code_text("Ankara said Turkey may attack Kurdish militias in northern Iraq "
                            "if they do not withdraw from the town."))
    assert ("TUR", "13", "IRQ") in got
    assert ("TUR", "13", "TUR") not in got


def test_a_conditional_state_is_no_threat(code_text) -> None:
    # speech.threat.v2: "would be meaningless if ..." threatens no one
    got = triples(code_text("The Greek minister said the accord would be meaningless if "
                            "Albania did not cooperate."))
    assert not any(root == "13" for _, root, _ in got)


def test_saying_someone_is_on_notice_is_a_warning(code_text) -> None:
    # evaluative.json threat_states, speech.threat.v2
    got = triples(code_text("The Canadian government said Venezuela was now on notice after "
                            "the vote."))
    assert ("CAN", "13", "VEN") in got


def test_putting_someone_on_notice_is_a_warning(code_text) -> None:
    # lexicon.csv put + notice
    assert ("CAN", "13", "VEN") in triples(code_text("Ottawa put Venezuela on notice."))


def test_saying_someone_is_responsible_is_an_accusation(code_text) -> None:
    # speech.blame.v1; the content clause hung on "in a report" is what was said
    coded = code_text("The Kenyan commission said in a report that Eritrean leaders are "
                      "responsible for widespread abuses.")
    assert ("KEN", "112", "ERI") in {(e.source.key, e.cameo, e.target.key if e.target else None)
                                     for e in coded.events}


def test_holding_someone_responsible_is_an_accusation(code_text) -> None:
    # lexicon.csv hold + responsible, with the adjective the parser hung on the object
    got = triples(code_text("Uganda held the Kenyan government responsible for the rise in "
                            "violence."))
    assert ("UGA", "11", "KEN") in got


def test_commitment_to_work_together_is_an_intent_each_way(code_text) -> None:
    # lexicon.csv dedicate; cues.json stance_participles commit, dedicate
    got = triples(code_text("Kenya's leader and Uganda's leader were dedicated to closer "
                            "work on the border."))
    assert ("KEN", "03", "UGA") in got and ("UGA", "03", "KEN") in got


def test_committed_to_talks_is_an_intent_not_talks(code_text) -> None:
    # cues.json hypothetical_heads / intent_heads: commit
    coded = code_text("The Chilean foreign minister said Santiago was committed to holding "
                      "talks with Peru.")
    assert ("CHL", "04", "PER") not in triples(coded)
    assert ("CHL", "03", "PER") in triples(coded)


def test_branding_remarks_irresponsible_is_criticism(code_text) -> None:
    # speech.evaluation.v3: the small clause the parser gave "branded" has its own subject
    got = triples(code_text("Ghana branded the Togolese minister's remarks irresponsible."))
    assert ("GHA", "11", "TGO") in got


def test_the_content_of_a_stated_view_is_what_was_said(code_text) -> None:
    # speech.polarity.v3 over the that-clause of "maintains its stance that ..."
    got = triples(code_text("In its filing, the Kenyan justice ministry maintains its stance "
                            "that the Ugandan court's ruling was erroneous."))
    assert ("KEN", "11", "UGA") in got


def test_being_angered_by_an_act_is_disapproval_of_its_actor(code_text) -> None:
    # speech.reaction.v1 (evaluative.json reaction_participles, reaction_preps)
    got = triples(code_text("Ghana was infuriated by Togo's decision to station troops on "
                            "the border."))
    assert ("GHA", "11", "TGO") in got


def test_the_speakers_own_feeling_is_no_event_of_we(code_text) -> None:
    # "we are appalled": the holder is the speaker's own side, no actor of its own
    got = triples(code_text("We are appalled by the attack on the Kenyan border."))
    assert not any(root == "11" for _, root, _ in got)


def test_an_act_describing_a_thing_does_not_hide_the_accusation(code_text) -> None:
    # speech.offense.v1: "the accord that ended the war" describes the accord; the statement
    # still accuses Mugabe
    got = triples(code_text("Zimbabwean activists say Mugabe broke the constitution and the "
                            "peace agreement that ended the war."))
    assert ("ZWE", "11", "ZWE") in got


def test_an_opinion_held_is_no_evaluation_event(code_text) -> None:
    # "see / view X as" states a standing attitude; "called X ..." is an act of speech
    held = code_text("Bolivian officials view the Chilean port plan as reckless.",
                     published="2020-03-03")
    assert not [e for e in held.events if e.cameo[:2] in ("05", "11")], held.events
    said = code_text("Bolivia called the Chilean port plan reckless on Monday.",
                     published="2020-03-03")
    assert ("BOL", "11", "CHL") in triples(said)


@pytest.mark.parametrize(("text", "expected"), [
    # "must not": an appeal to refrain; "must": a demand
    ("The Chinese minister said Japan and South Korea must not let the dispute escalate.",
     {("CHN", "02", "JPN"), ("CHN", "02", "KOR")}),
    ("The Chinese minister said Japan must release the fishermen.", {("CHN", "10", "JPN")}),
    # a duty laid on the addressees, named again by a pronoun
    ("The UN envoy told the Libyan rivals that they had a joint responsibility to end the war.",
     {("UN", "02", "LBY")}),
    ("The UN envoy told the Libyan rivals that they must end the war.", {("UN", "10", "LBY")}),
])
def test_modal_and_duty_statements(code_text, text, expected) -> None:
    assert expected <= triples(code_text(text))


@pytest.mark.parametrize("text", [
    # speech.polarity.v3: a thing as subject names no actor; a name in a clause inside it
    # or in the predicate's phrases is no target
    "The Chilean minister said the building of the new dam was a mistake made worse by the "
    "drought in Bolivia.",
    "Peru's president said stories that his aides were close to Bolivian officials were a "
    "disgraceful lie.",
    # the speaker's own side described is the speaker
    "\"We are not criminals and we were never a threat to Ecuador,\" the Peruvian "
    "fishermen's leader said.",
])
def test_an_evaluation_of_no_actor_is_no_event(code_text, text) -> None:
    assert not any(root == "11" for _, root, _ in triples(code_text(text)))


def test_an_evaluation_of_an_actors_act_still_counts(code_text) -> None:
    # speech.polarity.v3: the possessor in the subject's own phrase is the target
    got = triples(code_text("Peru said on Monday that Chile's decision to close the border "
                            "was a grave mistake."))
    assert ("PER", "11", "CHL") in got


def test_an_evaluation_said_of_an_act_criticizes_its_actor(code_text) -> None:
    # speech.polarity.v3: "said of X" names what the quote is about
    got = triples(code_text("\"This is an act of aggression,\" Georgia's foreign minister said "
                            "of the Russian strike."))
    assert ("GEO", "11", "RUS") in got

