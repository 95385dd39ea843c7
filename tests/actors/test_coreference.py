"""In-article linking: surnames, titles, definite descriptions, pronouns, things."""

from tests.conftest import triples


def test_the_leader_with_nationality_links_to_the_named_leader(code_text):
    coded = code_text(
        "Brazilian President Lula da Silva arrived in Buenos Aires on Monday. "
        "Argentina's foreign minister met the Brazilian leader on Tuesday.",
        published="2008-06-05",
    )
    meet = [e for e in coded.events if e.cameo.startswith("04") and e.target and
            e.target.key == "BRA"]
    assert meet and "Lula" in meet[0].target.name


def test_it_links_to_the_owner_of_a_thing(code_text):
    coded = code_text(
        "The European Union adopted a resolution on Monday. "
        "Hungary voted against the resolution. Poland criticized it on Tuesday.",
        published="2016-02-10",
    )
    crit = [e for e in coded.events if e.source.key == "POL" and e.cameo.startswith("11")]
    assert crit and crit[0].target.key == "EU"


def test_the_north_links_to_a_named_north(code_text):
    coded = code_text(
        "North Korea fired missiles on Monday. Japan condemned the North on Tuesday.",
        published="2017-05-10",
    )
    assert any(e.source.key == "JPN" and e.target and e.target.key == "PRK"
               for e in coded.events)


def test_capital_and_seat_of_government_metonymy(code_text):
    coded = code_text("The Kremlin criticized Kyiv on Monday.", published="2017-05-10")
    assert any((e.source.key, e.target.key) == ("RUS", "UKR") for e in coded.events)


def test_possessive_pronoun_prefers_the_sentence_subject_over_a_city_modifier(code_text) -> None:
    from tests.conftest import triples

    got = triples(code_text("Peru accused Chile on Tuesday of threatening to raid its Santiago "
                            "consulate."), modality=None)
    assert ("CHL", "13", "PER") in got
    assert ("CHL", "13", "CHL") not in got


def test_i_and_we_inside_quotation_marks_are_the_quotations_speaker(code_text):
    got = triples(code_text('"I met the Peruvian president yesterday," the Chilean foreign '
                            'minister said on Monday.'))
    assert ("CHL", "04", "PER") in got
    got = triples(code_text("Ecuador's foreign minister spoke in Quito on Monday. \"We condemn "
                            'Colombia," she said.'))
    assert ("ECU", "11", "COL") in got
    got = triples(code_text('Peru\'s envoy said on Monday that talks had begun. "We criticised '
                            'Bolivia yesterday."'))  # the quotation continues his statement
    assert ("PER", "11", "BOL") in got


def test_a_resolution_backed_by_a_member_stays_the_bodys(code_text):
    coded = code_text(
        "The UN General Assembly voted on a resolution on Tuesday. The text must be "
        "reviewed in a year, the resolution backed by the African Union says. Chile and "
        "Peru distanced themselves from the resolution.",
        published="2019-04-10",
    )
    rejecting = [e for e in coded.events if e.source.key in ("CHL", "PER") and
                 e.cameo.startswith("12")]
    assert rejecting and all(e.target and e.target.key == "UNGA" for e in rejecting)


def test_a_relative_pronoun_after_an_apposition_is_the_named_person(code_text):
    coded = code_text(
        "Bolivia criticised the UN envoy Pedro Ruiz, a Chilean lawyer, former judge and "
        "diplomat, whom it accused of bias on Monday.",
        published="2019-04-10",
    )
    accused = [e for e in coded.events if e.source.key == "BOL" and e.target is not None]
    assert accused and all(e.target.key == "UN" for e in accused)


def test_a_bare_plural_of_another_kind_is_a_new_group(code_text):
    coded = code_text("Peru's president Ana Ruiz met Chilean leaders in Santiago on Monday. "
                      "Ruiz was criticised by Peruvian newspapers. Religious leaders "
                      "criticised Ruiz on Tuesday.")
    assert not [e for e in coded.events if e.cameo.startswith("11") and e.source.key == "CHL"]
    # the religious leaders are not the Chilean leaders named before


def test_it_does_not_stand_for_a_plural_group(code_text):
    # "it" agrees in number: not "Bolivian officials"
    coded = code_text(
        "Bolivian officials arrived in Lima on Monday. Peru's foreign minister condemned it "
        "as a provocation.",
        published="2020-03-03",
    )
    assert ("PER", "11", "BOL") not in triples(coded)
