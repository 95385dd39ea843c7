"""Small helpers over spaCy tokens: noun-phrase bounds, entities, definiteness, clauses."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.knowledge import words
from eventwire.nlp.spans import ent_span


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
    return ent_span(tok) or tok.doc[tok.i:tok.i + 1]  # linear on long documents


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


QUOTES = "\"“”"


def _quote_span(h: Token) -> tuple[int, int] | None:
    """Token bounds (open, close) of the quotation ``h`` stands in, within its paragraph."""
    doc = h.doc
    marks = []
    i = h.i
    while i > 0 and "\n" not in doc[i - 1].whitespace_ + doc[i - 1].text:  # paragraph start
        i -= 1
    j = i
    while j < len(doc) and (j <= h.i or "\n" not in doc[j - 1].whitespace_ + doc[j - 1].text):
        if doc[j].text in QUOTES:
            marks.append(j)
        j += 1
    opens = marks[0::2]
    closes = marks[1::2]
    for o, c in zip(opens, closes + [j], strict=False):
        if o < h.i < c:
            return o, c
    return None


def quoted_speaker(h: Token, speech_verbs: frozenset[str] | set[str],
                   own: frozenset[str] | set[str]) -> Token | None:
    """The subject of the speech verb that attributes the quotation ``h`` stands in: outside the
    marks in the sentences the quotation touches (', she said'; 'He said: "...'), else in the
    sentence just before it ('X said on Monday. "We ..."')."""
    span = _quote_span(h)
    if span is None:
        return None
    o, c = span
    doc = h.doc
    first, last = doc[o].sent, doc[min(c, len(doc) - 1)].sent
    outside = [t for t in doc[first.start:last.end] if not o <= t.i <= c]
    candidates = [t for t in outside if t.i > c] + [t for t in reversed(outside) if t.i < o]
    if first.start > 0 and o <= first.start + 1:  # the quotation opens its sentence
        before = doc[first.start - 1].sent
        candidates += [t for t in reversed(before) if t.i < o]
    for t in candidates:
        if t.pos_ == "VERB" and t.lemma_.lower() in speech_verbs:
            subj = [s for s in t.children if s.dep_ == "nsubj" and s.lower_ not in own]
            if subj:
                return subj[0]
    return None
