"""The actor knowledge base: countries, international bodies and groups, role nouns, office
holders with tenures, and user tables, all read from data files.

Names are matched on the parsed text with a case-sensitive spaCy PhraseMatcher (proper names
are capitalised; "Park" the president is not "park", "US" is not "us"), whether or not NER tags
them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from eventwire.actors.dictionaries import (
    NULL_CODES,
    ActorDictionary,
    Agent,
    load_actor_dictionary,
    load_agent_dictionary,
    looks_like_dictionary,
)
from eventwire.codebook import actorcodes
from eventwire.knowledge import words
from eventwire.resources import iter_officeholder_files, read_table, split_list

SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "CVL", "NGO", "MED", "BUS",
                     "IGO", "ELI", "SPY", "EDU", "HLH", "REL", "LAB", "AGR", "ENV", "IMG", "UAF"})
PERSON_COLUMNS = ("name", "aliases", "country", "org", "sector", "start", "end")
_ISO3 = re.compile(r"^[A-Z]{3}$")
DICT_KEY = "dict:"


@dataclass(frozen=True)
class Entry:
    """One row of a knowledge table, as a matchable name."""

    kind: str  # country | demonym | capital | metonym | org | person
    name: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    start: date | None = None
    end: date | None = None
    table: str = ""
    rank: int = 1  # 0 = user table (wins), 1 = built-in

    def active(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    def distance(self, when: date | None) -> int:
        """Days between ``when`` and this entry's tenure (0 inside it)."""
        if when is None or self.active(when):
            return 0
        if self.start and when < self.start:
            return (self.start - when).days
        return (when - self.end).days if self.end else 0


@dataclass(frozen=True)
class Role:
    term: str
    sector: str
    kind: str  # person | group
    leader: bool


@dataclass
class KnowledgeBase:
    entries: list[Entry] = field(default_factory=list)
    phrases: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    roles: dict[str, Role] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # iso3 -> name
    orgs: dict[str, Entry] = field(default_factory=dict)  # key -> entry
    _matchers: dict[int, PhraseMatcher] = field(default_factory=dict)
    dictionary: ActorDictionary | None = None  # user PETRARCH/TABARI dictionaries
    org_by_code: dict[str, str] = field(default_factory=dict)  # CAMEO code -> org key
    agents: list[Agent] = field(default_factory=list)  # user PETRARCH/TABARI agents

    # ---- building -------------------------------------------------------------------------
    def add(self, entry: Entry, names: Iterable[str]) -> None:
        self._matchers.clear()
        idx = len(self.entries)
        self.entries.append(entry)
        names = {n.strip() for n in names if n and n.strip()}
        names |= {folded for n in names if (folded := fold(n)) != n}  # "Patiño" -> "Patino"
        for name in names:
            key = _norm_phrase(name)
            if key:
                self.phrases[key].append(idx)

    def lookup(self, phrase: str) -> list[Entry]:
        return [self.entries[i] for i in self.phrases.get(_norm_phrase(phrase), [])]

    # ---- matching -------------------------------------------------------------------------
    def matcher(self, nlp: Language) -> PhraseMatcher:
        """A matcher for every known name, built once per vocabulary."""
        key = id(nlp.vocab)
        if key not in self._matchers:
            matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
            phrases = list(self.phrases)
            for phrase, doc in zip(phrases, nlp.tokenizer.pipe(phrases),  # type: ignore[union-attr]
                                   strict=True):
                matcher.add(phrase, [doc])
            self._matchers[key] = matcher
        return self._matchers[key]

    def find(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Longest non-overlapping (start, end, phrase) name matches in ``doc``."""
        matcher = self._matchers.get(id(doc.vocab))
        if matcher is None:
            raise RuntimeError("call KnowledgeBase.matcher(nlp) before find()")
        found = [(s, e, doc.vocab.strings[m]) for m, s, e in matcher(doc)]
        if self.dictionary is not None:  # user dictionaries: listed first, so they win ties
            found = [(s, e, f"{DICT_KEY}{i}") for s, e, i in self.dictionary.find(doc)] + found
        found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
        taken: set[int] = set()
        out = []
        for s, e, phrase in found:
            if taken.isdisjoint(range(s, e)):
                taken.update(range(s, e))
                out.append((s, e, phrase))
        return sorted(out)

    # ---- resolution -------------------------------------------------------------------------
    def best(self, phrase: str, when: date | None) -> Entry | None:
        """The entry a phrase means at ``when``: user tables first, then the closest tenure."""
        if phrase.startswith(DICT_KEY) and self.dictionary is not None:
            return self.dict_entry(int(phrase[len(DICT_KEY):]), when)
        cands = self.lookup(phrase)
        if not cands:
            return None
        return min(cands, key=lambda e: (e.rank, e.distance(when), _kind_rank(e.kind)))

    def dict_entry(self, index: int, when: date | None) -> Entry | None:
        """A dictionary entry as an Entry, with the code in force at ``when``."""
        assert self.dictionary is not None
        d = self.dictionary.entries[index]
        code = d.code_at(when)
        if code is None or code in NULL_CODES:
            return None
        code = code.split("/")[0]  # [ELR/GAL]: the first actor names the phrase
        country, org, sector = self.split_code(code)
        if country is None and org is None:
            return None
        name = " ".join(w.capitalize() for w in d.name.strip("_").replace("_", " ").split())
        return Entry("dict", name, country, org, sector, code, table=d.source, rank=0)

    def split_code(self, code: str) -> tuple[str | None, str | None, str | None]:
        """CAMEO actor code -> (country, org, sector): RUSGOV -> (RUS, None, GOV),
        IGOUNO -> (None, UN, IGO); an unknown 3-letter prefix is kept as the country key."""
        code = code.lstrip("~")
        parts = actorcodes.parse(code)
        if parts.prefix is not None:
            key = self.org_by_code.get(code) or self.org_by_code.get(code[:6]) or \
                parts.group or (parts.roles[0] if parts.roles else parts.prefix)
            return None, key, actorcodes.NON_STATE[parts.prefix]
        if parts.country is None:
            return None, None, code[:3]  # a bare role: no one's key
        return parts.country, None, code[3:6] or "GOV"

    def org_word_sector(self, word: str) -> str:
        """Sector of a domestic body from its head word ("court" -> JUD), GOV by default."""
        role = self.roles.get(word)
        return role.sector if role else "GOV"

    def country_name(self, iso3: str | None) -> str | None:
        return self.countries.get(iso3 or "")


_KIND_ORDER = {"person": 0, "org": 1, "metonym": 2, "country": 3, "capital": 4, "demonym": 5}


def _kind_rank(kind: str) -> int:
    return _KIND_ORDER.get(kind, 9)


# letters that carry no combining mark to strip but that news copy writes plainly
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                        "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
                        "þ": "th", "Þ": "Th"})


def fold(name: str) -> str:
    """Strip accents: news text often drops them ("Patiño" is written "Patino", "Szydło"
    "Szydlo")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.translate(_PLAIN))
                   if not unicodedata.combining(ch))


def _norm_phrase(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip())
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def _date(value: str) -> date | None:
    return date.fromisoformat(value) if value else None


def _check_person(row: dict[str, str]) -> str | None:
    if not row.get("name"):
        return "empty name"
    if row.get("country") and not _ISO3.match(row["country"]):
        return f"country {row['country']!r} is not an ISO 3166 alpha-3 code"
    if not row.get("country") and not row.get("org"):
        return "needs a country or an org"
    if row.get("sector") and row["sector"] not in SECTORS:
        return f"unknown sector {row['sector']!r}"
    for col in ("start", "end"):
        try:
            _date(row.get(col, ""))
        except ValueError:
            return f"{col} {row[col]!r} is not an ISO date (YYYY-MM-DD)"
    return None


def add_people(kb: KnowledgeBase, path: str | Path, rank: int, table: str) -> int:
    rows = read_table(path, PERSON_COLUMNS, _check_person)
    for r in rows:
        sector = r.get("sector") or ("IGO" if r.get("org") and not r.get("country") else "GOV")
        country = r.get("country") or None
        org = r.get("org") or None
        kb.add(
            Entry("person", r["name"], country, org, sector,
                  code=actor_code(country, org, sector, kb), role=r.get("role") or None,
                  start=_date(r.get("start", "")), end=_date(r.get("end", "")),
                  table=table, rank=rank),
            [r["name"], *split_list(r.get("aliases", ""))],
        )
    return len(rows)


def actor_code(country: str | None, org: str | None, sector: str | None,
               kb: KnowledgeBase | None = None) -> str | None:
    """CAMEO-style actor code: RUSGOV, IGOUNO, ..."""
    entry = kb.orgs.get(org) if kb and org else None
    return actorcodes.compose(country, sector, entry.code if entry else None, org)


def load_builtin() -> KnowledgeBase:
    kb = KnowledgeBase()
    for r in read_table("countries.csv", ("iso3", "name", "aliases", "demonyms", "capitals",
                                          "gov_metonyms")):
        iso = r["iso3"]
        kb.countries[iso] = r["name"]
        table = "countries.csv"
        kb.add(Entry("country", r["name"], iso, None, "GOV", iso + "GOV", table=table),
               [r["name"], *split_list(r["aliases"])])
        kb.add(Entry("demonym", r["name"], iso, None, None, iso, table=table),
               split_list(r["demonyms"]))
        kb.add(Entry("capital", r["name"], iso, None, "GOV", iso + "GOV", table=table),
               split_list(r["capitals"]))
        kb.add(Entry("metonym", r["name"], iso, None, "GOV", iso + "GOV", table=table),
               split_list(r["gov_metonyms"]))
    for r in read_table("orgs.csv", ("key", "name", "aliases", "country", "sector", "parent",
                                     "code")):
        entry = Entry("org", r["name"], r["country"] or None, r["key"],
                      r["sector"] or "IGO", r["code"] or None, table="orgs.csv")
        kb.orgs[r["key"]] = entry
        if r["code"] and not r["country"]:
            kb.org_by_code.setdefault(r["code"], r["key"])
        kb.add(entry, [r["name"], r["key"], *split_list(r["aliases"])])
    kb.add(Entry("region", "region", table="words"), words()["region_names"])
    for r in read_table("roles.csv", ("term", "sector", "kind", "leader")):
        kb.roles[r["term"].lower()] = Role(r["term"].lower(), r["sector"], r["kind"],
                                           r["leader"] == "1")
    for path in iter_officeholder_files():
        add_people(kb, path, rank=1, table=f"officeholders/{path.name}")
    return kb


def add_user_tables(kb: KnowledgeBase, actors: Iterable[str | Path] = (),
                    agents: Iterable[str | Path] = ()) -> list[str]:
    """Add user actor tables (CSV, or PETRARCH/TABARI dictionaries recognised by content) and
    agent dictionaries; they take precedence over built-in knowledge. Returns the problems
    found in dictionaries (file:line: cause); their good lines are still loaded."""
    problems: list[str] = []
    for path in actors:
        p = Path(path)
        if looks_like_dictionary(p):
            kb.dictionary = load_actor_dictionary(p, kb.dictionary)
        else:
            add_people(kb, p, rank=0, table=f"user:{p.name}")
    if kb.dictionary is not None:
        problems.extend(kb.dictionary.problems)
    for path in agents:
        found, bad = load_agent_dictionary(path)
        problems.extend(bad)
        kb.agents.extend(found)
        for a in found:
            kb.roles[a.term] = Role(a.term, a.code, "group", False)
    return problems
