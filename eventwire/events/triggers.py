"""Words that look like event triggers but are part of a date: "March 18" (not a protest
march), "May 3", "Fire 2017". Checked where frames are found (events/frames.py)."""

from __future__ import annotations

import re

from spacy.tokens import Token

_DAY_OR_YEAR = re.compile(r"^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$|^(?:1[89]|20)\d\d$")


def in_date(tok: Token) -> bool:
    """The token is a word of a date, so not a trigger: inside a DATE entity ("last March",
    "March 18"), or followed by a day or a year that modifies it ("the deals March 18" where
    the parser missed the entity)."""
    if tok.ent_type_ == "DATE":
        return True
    if tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return bool(_DAY_OR_YEAR.match(nxt.text)) and nxt.head.i == tok.i and \
        nxt.dep_ in ("nummod", "npadvmod", "appos", "compound", "nmod")
