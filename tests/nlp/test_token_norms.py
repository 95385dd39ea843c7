"""nlp.token_norm.v1: 'IS' the group is parsed as a name, not as the verb 'is'."""

from __future__ import annotations

from tests.conftest import triples


def test_is_before_a_noun_is_the_group(code_text) -> None:
    coded = code_text("IS fighters attacked Kurdish troops near Raqqa on Monday.")
    assert any(src == "ISIL" and root == "19" for src, root, _ in triples(coded))


def test_is_as_an_object_is_the_group(code_text) -> None:
    coded = code_text("Iraqi forces are fighting IS in the west of the city.")
    assert ("IRQ", "19", "ISIL") in triples(coded)


def test_lowercase_is_stays_a_verb(code_text) -> None:
    coded = code_text("The army is fighting the rebels of Sudan.")
    assert all("ISIL" not in (t[0], t[2]) for t in triples(coded))
