"""Re-codes (data/recodes.csv): when the act, its actors or its words say a lexicon code is
too general, the event takes another code ("a government protests by note": 14 -> 114).

A row matches when every condition it states holds (empty cells state nothing):

- ``roots``: the CAMEO root of the lexicon code, one of ``|``-separated roots;
- ``lemmas``: the trigger's lemma;
- ``source_sectors``: every source actor has one of these sectors;
- ``source_words`` / ``target_words``: a source phrase head (any) / the first target phrase
  head has one of these words; ``@name`` names a word list of ``knowledge.words()``.

The first matching row wins; its ``id`` is traced as ``recodes.csv:ID``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from eventwire.codebook import codebook
from eventwire.errors import DataFileError
from eventwire.knowledge import table, words
from eventwire.records import Actor
from eventwire.resources import split_list


@dataclass(frozen=True)
class Recode:
    id: str
    roots: frozenset[str]
    lemmas: frozenset[str]
    source_sectors: frozenset[str]
    source_words: frozenset[str]
    target_words: frozenset[str]
    code: str
    example: str

    @property
    def rule(self) -> str:
        return f"recodes.csv:{self.id}"

    def matches(self, cameo: str, lemma: str, sources: Sequence[Actor],
                source_heads: Sequence[Token], target_heads: Sequence[Token]) -> bool:
        if cameo[:2] not in self.roots:
            return False
        if self.lemmas and lemma not in self.lemmas:
            return False
        if self.source_sectors and not all(s.sector in self.source_sectors for s in sources):
            return False
        if self.source_words and not any(_said(t, self.source_words) for t in source_heads):
            return False
        return not self.target_words or any(_said(t, self.target_words)
                                            for t in _counted(target_heads[:1]))


def _counted(heads: Sequence[Token]) -> list[Token]:
    """"thousands of protesters": the counted noun stands beside its quantity head."""
    out = list(heads)
    for h in heads:
        if h.lemma_.lower() in words()["quantity_heads"] or h.like_num:
            out += [g for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
    return out


def _said(tok: Token, wordset: frozenset[str]) -> bool:
    return tok.lemma_.lower() in wordset or tok.lower_ in wordset


def _words(cell: str) -> frozenset[str]:
    out: set[str] = set()
    for part in split_list(cell):
        if part.startswith("@"):
            out |= words()[part[1:]]
        else:
            out.add(part.lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def recodes() -> tuple[Recode, ...]:
    rows = table("recodes.csv")
    problems = []
    for n, r in enumerate(rows, start=2):
        if r["code"] not in codebook():
            problems.append(f"line {n}: unknown CAMEO code {r['code']!r}")
        for cell in ("source_words", "target_words"):
            missing = [p for p in split_list(r[cell]) if p.startswith("@") and
                       p[1:] not in words()]
            if missing:
                problems.append(f"line {n}: {cell} names unknown word list(s) {missing}")
        if not r["example"]:
            problems.append(f"line {n}: every re-code needs an example sentence")
    if problems:
        raise DataFileError("recodes.csv", problems)
    return tuple(Recode(r["id"], frozenset(split_list(r["roots"])), _words(r["lemmas"]),
                        frozenset(split_list(r["source_sectors"])), _words(r["source_words"]),
                        _words(r["target_words"]), r["code"], r["example"]) for r in rows)


def recode(cameo: str, lemma: str, sources: Sequence[Actor], source_heads: Sequence[Token],
           target_heads: Sequence[Token]) -> Recode | None:
    """The first re-code row that applies to this act, or None."""
    return next((r for r in recodes()
                 if r.matches(cameo, lemma, sources, source_heads, target_heads)), None)
