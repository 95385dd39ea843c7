"""Asserted, negated and hypothetical events (our own sentences)."""

import pytest


def _modalities(coded):
    return {(e.source.key if e.source else None, e.cameo[:2]): e.modality for e in coded.events}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("Mexico has not met with Cuban officials since 2015.", ("MEX", "04"), "negated"),
        ("Mexico never criticized Cuba.", ("MEX", "11"), "negated"),
        ("Mexico will visit Cuba next month.", ("MEX", "04"), "hypothetical"),
        ("Mexico and Peru are likely to veto Chile's proposal.", ("MEX", "12"), "hypothetical"),
        ("If Mexico attacks Guatemala, the region will suffer.", ("MEX", "19"), "hypothetical"),
        ("Mexico plans to sign an agreement with Cuba.", ("MEX", "05"), "hypothetical"),
        ("Mexico met with Cuban officials on Monday.", ("MEX", "04"), "asserted"),
    ],
)
def test_modality(code_text, text, key, expected):
    got = _modalities(code_text(text))
    assert key in got, got
    assert got[key] == expected


def test_purpose_of_an_unrealised_act_is_unrealised(code_text) -> None:
    coded = code_text("Ecuador accused Britain on Wednesday of threatening to storm its "
                      "embassy to arrest the activist.", published="2012-08-16")
    arrests = [e for e in coded.events if e.cameo.startswith("17")]
    assert arrests and all(e.modality == "hypothetical" for e in arrests)


def test_a_future_date_does_not_date_the_next_sentence(code_text) -> None:
    coded = code_text("Britain threatened to storm the embassy on Friday. Police fired tear "
                      "gas at protesters.", published="2012-08-16")
    fired = [e for e in coded.events if e.cameo == "175"]
    assert fired and fired[0].date == "2012-08-16"


def test_minded_to_act_is_not_acting(code_text) -> None:
    coded = code_text("Britain's culture minister said on Monday she was minded to call for an "
                      "investigation into the BBC.")
    calls = [e for e in coded.events if e.cameo.startswith("02")]
    assert calls and all(e.modality == "hypothetical" for e in calls)
