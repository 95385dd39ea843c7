"""Root choice where the actors are right: sense rows for verb + particle / object."""

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rally to / behind / around an actor is support, not a street protest
        ("Canada quickly rallied to Denmark on Tuesday.", ("CAN", "05", "DNK")),
        ("Lithuania rallied behind Poland on Monday.", ("LTU", "05", "POL")),
        # ordering a check or audit of someone is an investigation, not a demand
        ("The Polish parliament ordered a check of Belarusian charities on Monday.",
         ("POL", "09", "BLR")),
    ],
)
def test_sense_rows_pick_the_root(code_text, text, expected):
    assert expected in triples(code_text(text, published="2017-05-10"))


def test_rally_without_an_actor_stays_a_protest(code_text):
    got = triples(code_text("Protesters rallied in Lima on Monday against a new tax.",
                            published="2017-05-10"))
    assert any(root == "14" for _, root, _ in got)
