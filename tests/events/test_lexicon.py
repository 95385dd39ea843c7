"""Lexicon matching on real parses: particles, objects, most specific row wins."""

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bahrain broke off diplomatic ties with Qatar on Monday.", ("BHR", "16", "QAT")),
        ("Canada imposed sanctions on Venezuela on Monday.", ("CAN", "16", "VEN")),
        ("Ghana called on Togo to release the prisoners.", ("GHA", "02", "TGO")),
        ("Peru signed a trade agreement with Chile on Monday.", ("PER", "05", "CHL")),
        ("Armenian troops shelled Azerbaijani villages on Monday.", ("ARM", "19", "AZE")),
        ("Serbia expelled two Croatian diplomats on Monday.", ("SRB", "16", "HRV")),
        ("Serbian soldiers set fire to a Croatian village on Monday.", ("SRB", "17", "HRV")),
        ("Chile's foreign minister spoke by phone with his Peruvian counterpart.",
         ("PER", "04", "CHL")),
        ("Chile's president talked to Argentina's leader on Monday.", ("CHL", "04", "ARG")),
        ("The Chilean minister shot down a Peruvian proposal on Monday.", ("CHL", "12", "PER")),
        ("Turkish jets shot down a Syrian warplane on Tuesday.", ("TUR", "19", "SYR")),
        ("The United States slashed aid to Egypt on Monday.", ("USA", "16", "EGY")),
        ("Chile cut food rations to Bolivian refugees on Monday.", ("CHL", "16", "BOL")),
        ("The European Commission advised Poland against weakening its courts.",
         ("EU", "02", "POL")),
        ("The IMF counselled Ghana against new borrowing on Monday.", ("IMF", "02", "GHA")),
        ("The US Treasury designated the Chilean businessman as a terror financier.",
         ("USA", "16", "CHL")),
        ("The UN Security Council put the Peruvian commander on a sanctions list.",
         ("UNSC", "16", "PER")),
        ("The Bolivian minister was escorted out of Peru by Peruvian police.",
         ("PER", "17", "BOL")),
        ("Peru's health ministry closed three plants of Chile's biggest mining firm.",
         ("PER", "17", "CHL")),
        ("Chadian troops intervened in support of the army of Niger on Friday.",
         ("TCD", "07", "NER")),
    ],
)
def test_lexicon_rows_code_common_news_verbs(code_text, text, expected):
    assert expected in triples(code_text(text, published="2017-05-10"))


def test_most_specific_row_wins(coder):
    doc = coder.nlp("Bahrain broke off diplomatic ties with Qatar.")
    hit = coder.lexicon.match(doc[1])
    assert hit is not None
    entry, particle, obj = hit
    assert entry.cameo.startswith("16") and particle.text == "off" and obj.lemma_ == "tie"


def test_plain_say_is_not_an_event(code_text):
    assert code_text("Norway said the weather was fine.").events == ()


def test_mutual_acts_give_both_directions(code_text):
    got = triples(code_text("Sudanese troops clashed with Chadian forces on Monday.",
                            published="2017-05-10"))
    assert ("SDN", "19", "TCD") in got and ("TCD", "19", "SDN") in got


def test_intransitive_only_sense(code_text) -> None:
    from tests.conftest import triples

    got = triples(code_text("Ukrainian students demonstrated in Kiev on Monday. The Chinese "
                            "navy demonstrated China's jurisdiction over the islands."))
    assert ("UKR", "14", "UKR") in got
    assert not any(src == "CHN" and root == "14" for src, root, _ in got)


def test_a_particle_row_takes_its_own_object_only(code_text) -> None:
    # "with a loudspeaker" is the matched particle's object: the crowd is no partner in talks
    got = triples(code_text("Speaking with a loudspeaker to 5,000 people in Quito, the "
                            "Ecuadorian opposition leader said he would not give up."))
    assert not any(root == "04" for _, root, _ in got)
