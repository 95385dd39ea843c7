"""The event lexicon (data/lexicon.csv): trigger lemmas to CAMEO codes.

A row matches a token by lemma and coarse POS; a row may also require a particle/preposition
child (``break off``, ``call on``) and, for verbs, a direct-object lemma (``impose sanctions``),
for nouns a modifier lemma (``air strike``). The most specific matching row wins.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from eventwire.codebook import codebook
from eventwire.knowledge import words
from eventwire.resources import data_path, read_table, split_list
from eventwire.timeplace.places import MISTAKEN_TOWN_ENTS, Gazetteer

COLUMNS = ("lemma", "pos", "particle", "object", "cameo", "mutual")


@dataclass(frozen=True)
class LexEntry:
    lemma: str
    pos: str
    particle: str | None
    objects: frozenset[str]
    cameo: str
    mutual: bool
    line: int
    origin: str = "lexicon.csv"

    @property
    def rule(self) -> str:
        if not self.origin.endswith(".csv"):
            return f"{self.origin} {self.lemma} -> {self.cameo}"
        parts = [self.lemma, self.pos.lower()]
        if self.particle:
            parts.append(f"+{self.particle}")
        if self.objects:
            parts.append("obj=" + "|".join(sorted(self.objects)))
        return f"{self.origin}:{self.line} " + " ".join(parts) + f" -> {self.cameo}"

    @property
    def rule_id(self) -> str:
        """The row's trace id: ``lexicon.csv:LINE``, or the rule that made the entry."""
        return f"{self.origin}:{self.line}" if self.origin.endswith(".csv") else self.origin

    @property
    def specificity(self) -> int:
        return (2 if self.objects and self.objects != NO_OBJECT else 0) + \
            (1 if self.particle else 0)


class Lexicon:
    def __init__(self, entries: list[LexEntry]) -> None:
        self.by_key: dict[tuple[str, str], list[LexEntry]] = defaultdict(list)
        for e in entries:
            self.by_key[(e.lemma, e.pos)].append(e)
        for rows in self.by_key.values():
            rows.sort(key=lambda e: -e.specificity)
        self.lemmas = frozenset(lemma for lemma, _ in self.by_key)
        self.nouns = frozenset(lemma for lemma, pos in self.by_key if pos == "NOUN")

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_key.values())

    def match(self, token: Token) -> tuple[LexEntry, Token | None, Token | None] | None:
        """(entry, particle token, object token) for the best row matching ``token``."""
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else token.pos_
        if pos == "PROPN":
            pos = "NOUN"
        rows = self.by_key.get((token.lemma_.lower(), pos))
        if not rows:
            return None
        for entry in rows:
            part_tok = None
            if entry.particle:
                part_tok = _particle(token, entry.particle)
                if part_tok is None:
                    continue
            obj_tok = None
            if entry.objects == NO_OBJECT:  # intransitive sense only ("protesters demonstrated")
                if any(c.dep_ in ("dobj", "ccomp") for c in token.children):
                    continue
            elif entry.objects:
                obj_tok = _object(token, entry.objects, pos)
                if obj_tok is None:
                    continue
            return entry, part_tok, obj_tok
        return None


def _particle(token: Token, word: str) -> Token | None:
    words = word.split()
    for child in token.children:
        if child.dep_ in ("prt", "prep", "advmod", "dative") and child.lower_ == words[0]:
            if any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children):
                continue  # "called the vote a farce on Monday": a date, not "call on"
            if len(words) == 1:
                return child
            for grand in child.children:  # "crack down on"
                if grand.lower_ == words[1]:
                    return grand
    return None


NO_OBJECT = frozenset({"-"})  # the object column '-': the verb takes no object


MISTAKEN_TOWN_MIN = 20_000  # a town at least this large, for a name NER tagged as a person


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    return Gazetteer()  # shares the process's one table of towns (places._default_cities)


def _is(cand: Token, lemmas: frozenset[str]) -> bool:
    """A candidate object matches a lemma, the class @person (a named person, a pronoun) or
    the class @place (a named town, region or site)."""
    if cand.lemma_.lower() in lemmas:
        return True
    if "@place" in lemmas and cand.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if "@place" in lemmas and cand.pos_ == "PROPN" and cand.ent_type_ in MISTAKEN_TOWN_ENTS:
        town = _gazetteer().city(cand.text)  # "seized Kona": NER took the town for a person
        return town is not None and town.population >= MISTAKEN_TOWN_MIN
    return "@person" in lemmas and (cand.ent_type_ == "PERSON" or
                                   cand.lower_ in words()["object_pronouns"])


def _object(token: Token, lemmas: frozenset[str], pos: str) -> Token | None:
    if pos == "NOUN":
        for child in token.children:
            if child.dep_ in ("compound", "amod", "nmod") and _is(child, lemmas):
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:  # "the release of Aung San Suu Kyi", "a halt of talks"
                    if pobj.dep_ == "pobj" and _is(pobj, lemmas):
                        return pobj
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            if child.tag_ in ("WDT", "WP") and token.dep_ == "relcl" and \
                    token.head.pos_ == "NOUN":
                child = token.head  # "the deal, which Chile signed": the deal
            if child.lemma_.lower() in words()["quantity_nouns"]:  # "sent hundreds of meals"
                child = next((g for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                              for g in p.children if g.dep_ == "pobj"), child)
            # "used pepper spray and batons": the object, its conjuncts and noun modifiers;
            # "held X responsible": a predicate adjective the parser hung after the object
            for cand in (child, *child.conjuncts, *child.children):
                if _is(cand, lemmas) and (cand.i == child.i or cand.dep_ in (
                        "conj", "nmod", "compound") or (cand.dep_ == "amod" and
                                                        cand.i > child.i)):
                    return child if cand.i != child.i and cand.dep_ != "conj" else cand
        if child.dep_ in ("prep", "prt"):  # "agree on a deal", "exchange of fire"
            for grand in child.children:
                if grand.dep_ == "pobj" and _is(grand, lemmas):
                    return grand
    # "signed the bilateral security agreement": object head may be a compound's head
    return None


def _check(row: dict[str, str]) -> str | None:
    if not row["lemma"]:
        return "empty lemma"
    if row["pos"] not in ("VERB", "NOUN"):
        return f"pos must be VERB or NOUN, not {row['pos']!r}"
    if row["cameo"] not in codebook():
        return f"unknown CAMEO code {row['cameo']!r}"
    if row["mutual"] not in ("0", "1", ""):
        return f"mutual must be 0 or 1, not {row['mutual']!r}"
    return None


# rows derived from PETRARCH-2's CAMEO verb dictionary (scripts/derive_lexicon.py), read after
# the team's own table
DERIVED = ("lexicon_petrarch.csv",)


def load_lexicon(path: str | Path | None = None,
                 extra: tuple[str | Path, ...] | None = None) -> Lexicon:
    """The team's lexicon (or ``path``) and the derived tables (``extra``, default
    ``DERIVED``)."""
    entries: list[LexEntry] = []
    tables: list[str | Path] = [path or data_path("lexicon.csv")]
    tables += [data_path(n) for n in DERIVED] if extra is None else list(extra)
    for k, table in enumerate(tables):
        if k and not Path(table).exists():
            continue  # a derived table not (yet) built
        rows = read_table(table, COLUMNS, _check)
        origin = Path(table).name
        entries += [
            LexEntry(r["lemma"].lower(), r["pos"], r["particle"].lower() or None,
                     frozenset(o.lower() for o in split_list(r["object"])), r["cameo"],
                     r["mutual"] == "1", n, origin=origin)
            for n, r in enumerate(rows, start=2)
        ]
    return Lexicon(entries)
