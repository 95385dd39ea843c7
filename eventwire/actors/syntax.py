"""Small helpers over spaCy tokens: noun-phrase bounds, entities, definiteness, clauses."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.knowledge import words


def np_bounds(h: Token) -> tuple[int, int]:
    lo = h.i
    for child in h.lefts:
        if child.dep_ in ("det", "predet", "amod", "compound", "poss", "nmod", "nummod",
                          "quantmod", "punct", "case", "advmod", "npadvmod", "prep"):
            lo = min(lo, child.left_edge.i)
    hi = h.i
    for child in h.rights:
        if child.dep_ in ("compound", "flat", "case") or (
                child.dep_ == "prep" and child.lower_ == "of" and h.pos_ == "NOUN"):
            hi = max(hi, child.right_edge.i)
    return lo, hi


def ent_of(tok: Token) -> Span:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return tok.doc[tok.i:tok.i + 1]


def definite(h: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in words()["definite_determiners"]
               for c in h.children)


def span_text(h: Token) -> str:
    lo, hi = np_bounds(h)
    return h.doc[lo:hi + 1].text


def clause_subject(h: Token) -> int | None:
    """Index of the subject of the verb governing ``h`` (an anaphor is not its own subject)."""
    tok = h
    for _ in range(4):
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    return child.i
            return None
        if tok.head.i == tok.i:
            break
    return None


def prev_sent_start(h: Token, sent_start: int) -> int:
    if sent_start == 0:
        return 0
    return h.doc[sent_start - 1].sent.start
