"""The CAMEO table: every root, Goldstein range, QuadClass, PLOVER types, explain()."""

import pytest

from eventwire.codebook import PLOVER_TYPES, codebook, explain, lookup


def test_every_root_is_present():
    book = codebook()
    assert {f"{i:02d}" for i in range(1, 21)} <= set(book)
    assert len(book) > 300


@pytest.mark.parametrize(("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("09", 2),
                                            ("10", 3), ("14", 3), ("15", 4), ("20", 4)])
def test_quad_class_follows_root(root, quad):
    assert all(c.quad_class == quad for c in codebook().values() if c.root == root)


def test_goldstein_range_and_plover_values():
    for c in codebook().values():
        assert -10 <= c.goldstein <= 10
        assert c.plover is None or c.plover in PLOVER_TYPES
        if c.root == "02":
            assert c.plover == "REQUEST"


def test_unknown_subcode_falls_back_to_parent():
    assert lookup("0429").code == "042"
    with pytest.raises(KeyError):
        lookup("99")


def test_explain_mentions_goldstein_and_plover():
    text = explain("042")
    assert text.startswith("042") and "Goldstein" in text and "CONSULT" in text


def test_a_child_code_can_turn_off_a_parents_flag() -> None:
    # 03 "X and Y agreed" is two-sided; 033 "X and Y pledged aid" is each to a recipient
    assert lookup("030").has("joint") and not lookup("0331").has("joint")


def test_donors_listed_together_do_not_pledge_aid_to_each_other(code_text) -> None:
    coded = code_text("Several countries, including France and Qatar, pledged $75 million "
                      "to Lebanon on Monday.")
    pairs = {(e.source.key, e.target.key if e.target else None) for e in coded.events}
    assert ("FRA", "QAT") not in pairs and ("QAT", "FRA") not in pairs
    assert ("FRA", "LBN") in pairs and ("QAT", "LBN") in pairs
