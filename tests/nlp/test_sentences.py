"""Sentence boundaries set before the parser: blank lines end sentences, words do not."""

from __future__ import annotations

from eventwire.nlp import load_model


def test_no_sentence_starts_right_after_a_word() -> None:
    doc = load_model()("Map of the districts\n\nPakistan wants the United States to send aid, "
                       "officials said Monday. They met.")
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts == ["Map", "Pakistan", "They"]
