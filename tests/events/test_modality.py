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
