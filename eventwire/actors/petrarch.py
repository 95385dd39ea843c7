"""PETRARCH's reading of a noun phrase, used when PETRARCH/TABARI actor dictionaries are loaded.

PETRARCH codes a phrase with its dictionaries alone, and eventwire follows its conventions then
(``--actors`` a PETRARCH dictionary), so that a user's dictionaries code as they did:

- the phrase's own words (the head and its modifiers, not its prepositional phrases or clauses)
  give the actor: the first dictionary actor in them, as coded on the article's date (a code
  written ``[ELR/GAL]`` is several actors); a bare country is its code alone ("ties with
  Rhunia" -> RHU), never a government;
- agents of the agent dictionary in the own words are added to the actor's code, in text order:
  ``[~GOV]`` after it ("Gondoria's minister" -> GNDGOV), ``[NGO~]`` before it; a code already in
  the actor's is not added twice;
- with no actor in its own words, the phrase takes the actors of its prepositional phrases,
  nested ("the ambassadors of Arnoria" -> ARAGOV, "the closure of houses in Breland" -> BRL);
- with none there either, its agents stand alone with no country: ``---GOV``;
- coordinated phrases are each coded ("Gondoria and Rhunia" -> GND, RHU), and a member that has
  agents but no actor shares the actor and the modifying agents of a member that has them in a
  modifier or a prepositional phrase ("lawmakers and officials in Fornia" -> FNALEG, FNAGOV).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.actors.dictionaries import NULL_CODES, Agent
from eventwire.actors.kb import KnowledgeBase
from eventwire.records import Actor
from eventwire.rules import register

NOUN_PHRASE = register(
    "actors.petrarch_phrase.v1", stage="actor",
    summary="With PETRARCH dictionaries loaded, a phrase is coded as PETRARCH does: its first "
            "dictionary actor with the agents beside it, else the actors of its prepositional "
            "phrases, else its agents alone (---GOV); each coordinated member apart.",
    example="Lawmakers in Arnoria and Gondoria welcomed the envoy of Rhunia on Monday.",
    actors="ARNORIA_ [ARN]\nGONDORIA_ [GDR]\nRHUNIA_ [RHU]\n",
    agents="LAWMAKER [~LEG]\nENVOY [~GOV]\n")

OWN_DEPS_OUT = frozenset({"conj", "cc", "prep", "relcl", "acl", "advcl", "appos", "punct",
                          "agent", "preconj", "parataxis"})
NOUNISH = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"})
DEPTH = 4  # prepositional phrases looked into, nested


@dataclass(frozen=True)
class _Part:
    """One coordinated member: its actors (codes), its agents, and which of them sit in a
    modifier or a prepositional phrase rather than at the member's head."""

    head: Token
    actors: tuple[str, ...]
    agents: tuple[Agent, ...]
    actor_in_modifier: bool
    modifier_agents: tuple[Agent, ...]
    name: str | None


def mix(actor: str, agents: tuple[Agent, ...] | list[Agent]) -> str:
    """An actor code with agent codes added in order ([NGO~] before, [~GOV] after); a code
    already present is not added again; no actor is ``---``."""
    code = actor
    for ag in agents:
        if any(code[i:i + len(ag.code)] == ag.code for i in range(0, len(code), 3)):
            continue  # already there, as a whole three-letter part ("WGO" is not in GMWGOV)
        code = ag.code + (code if code != "---" else "") if ag.prefix else code + ag.code
    return code


class PetrarchPhrases:
    """Dictionary actors and agents of one document, and PETRARCH's reading of its phrases."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, when: date | None) -> None:
        assert kb.dictionary is not None
        self.kb = kb
        self.doc = doc
        self.when = when
        self.actor_at: dict[int, tuple[int, int, int]] = {}  # token -> (start, end, entry)
        # whole words before stems ("Kuwait" is not "THE_KU" + "wait"), then the longest
        found = sorted(kb.dictionary.find_all(doc), key=lambda t: (t[3], -(t[1] - t[0]), t[0]))
        for s, e, idx, _stem in found:
            if all(i not in self.actor_at for i in range(s, e)):
                for i in range(s, e):
                    self.actor_at[i] = (s, e, idx)
        self._pending: dict[int, list[Token]] = {}  # see _strays
        self._host: dict[int, Token] = {}  # see _members
        self._host_dep: dict[int, str] = {}
        self._preps: dict[int, list[Token]] = {}  # see _codes
        self._not_preps: set[int] = set()
        self.agent_at: dict[int, tuple[int, int, Agent]] = {}
        by_first: dict[str, list[tuple[tuple[str, ...], Agent]]] = {}
        for ag in kb.agents:
            words = tuple(ag.term.split())
            if words:
                by_first.setdefault(words[0], []).append((words, ag))
        lowers = [t.lower_ for t in doc]
        cands = []
        for i, low in enumerate(lowers):
            for words, ag in by_first.get(low, ()):
                n = len(words)
                if tuple(lowers[i:i + n]) == words:
                    cands.append((i, i + n, ag))
        for s, e, ag in sorted(cands, key=lambda t: (-(t[1] - t[0]), t[0])):
            if all(i not in self.agent_at and i not in self.actor_at for i in range(s, e)):
                for i in range(s, e):
                    self.agent_at[i] = (s, e, ag)

    # ---- public ---------------------------------------------------------------------------
    def actors(self, h: Token) -> list[Actor]:
        """The actors of the phrase headed by ``h``, its coordinated members included."""
        out: list[Actor] = []
        seen: set[str] = set()
        for code, head, name in self._codes(conj_root(h), DEPTH):
            if code in seen:
                continue
            seen.add(code)
            out.append(self._actor(code, head, name))
        return out

    # ---- the reading ------------------------------------------------------------------------
    def _members(self, root: Token) -> list[Token]:
        """The coordinated members of a phrase: its conjuncts, a list the parser hung on an
        apposition ("Mordavia, the Marches, Fornia and Breland"), and a coordination it buried in a
        modifier ("Fornia and the evil Gondoria" with Fornia a modifier of Gondoria)."""
        out = [root, *[c for c in root.conjuncts if c.pos_ in NOUNISH]]
        listed = len(out) > 1
        for m in list(out):
            for c in m.children:
                if _buried(c) or (c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and (
                        any(g.dep_ == "conj" for g in c.children) or
                        ((listed or any(g.dep_ == "cc" for g in c.children)) and
                         c.i in self.actor_at))):  # "X, the awful Y, and Z"
                    more = [c, *[g for g in c.conjuncts if g.pos_ in NOUNISH]]
                    out.extend(more)
                    if _buried(c):
                        for g in more:
                            self._host[g.i] = m
                            self._host_dep[g.i] = c.dep_
        return sorted(dict.fromkeys(out), key=lambda t: t.i)

    def _strays(self, members: list[Token]) -> dict[int, list[Token]]:
        """Names the parser coordinated with the phrase when they close a prepositional
        phrase's list: in "lawmakers in Fornia and Gondoria" parsed as (lawmakers in Fornia)
        and Gondoria, Gondoria joins Fornia. {index of the object they join: names}."""
        out: dict[int, list[Token]] = {}
        for p in members:
            if p.dep_ != "conj" or p.pos_ != "PROPN" or p.i not in self.actor_at or \
                    p.i < 2 or p.doc[p.i - 1].dep_ != "cc":
                continue
            last = p.doc[p.i - 2]
            obj = conj_root(last)
            if obj.dep_ == "pobj" and obj.head.dep_ == "prep" and obj.head.head in members and \
                    not any(c.dep_ == "conj" for c in obj.children):
                out.setdefault(obj.i, []).append(p)
        return out

    def _codes(self, root: Token, depth: int) -> list[tuple[str, Token, str | None]]:
        members = self._members(root)
        strays = self._strays(members)
        moved = {t.i for ts in strays.values() for t in ts}
        self._pending.update(strays)
        kept = [m for m in members if m.i not in moved]
        if len(kept) > 1:  # "Ithria's sheep and goats of Gondoria" parsed with the phrase on
            last = kept[-1]  # the sheep: a phrase after the last member goes with it
            for m in kept[:-1]:
                for prep in m.children:
                    if prep.dep_ == "prep" and prep.i > last.i and \
                            prep.i not in self._not_preps:
                        self._preps.setdefault(last.i, []).append(prep)
                        self._not_preps.add(prep.i)
        parts = [self._part(m, depth) for m in kept]
        by_head = {p.head.i: p for p in parts}
        hosted: set[int] = set()  # "Chile and Peru trade ministers": the names share the
        for p in parts:           # agents of the noun they modify, which codes no one else
            host = by_head.get(self._host[p.head.i].i) if p.head.i in self._host else None
            if host is not None and p.actors and (
                    (not host.actors and host.agents) or
                    self._host_dep.get(p.head.i) == "poss"):  # "A and B's envoy": the
                hosted.add(host.head.i)                       # possessors come first
        lender = next((p for p in parts if p.actors and p.actor_in_modifier), None)
        out: list[tuple[str, Token, str | None]] = []
        for p in parts:
            if p.head.i in hosted:
                continue
            actors, agents = p.actors, p.agents
            if p.head.i in self._host and self._host[p.head.i].i in hosted:
                agents = (*agents, *by_head[self._host[p.head.i].i].agents)
            if not actors and agents and lender is not None and lender is not p:
                actors, agents = lender.actors, (*lender.modifier_agents, *agents)
            if actors:
                out.extend((mix(a, agents), p.head, p.name) for a in actors)
            elif agents:
                out.append((mix("---", agents), p.head, None))
        return out

    def _own(self, m: Token) -> list[Token]:
        out = [m]
        for c in m.children:
            if c.dep_ not in OWN_DEPS_OUT and not _buried(c):
                out.extend(c.subtree)
        return sorted(out, key=lambda t: t.i)

    def _part(self, m: Token, depth: int) -> _Part:
        own = self._own(m)
        actors: tuple[str, ...] = ()
        name: str | None = None
        in_modifier = False
        for t in own:
            hit = self.actor_at.get(t.i)
            if hit is None or hit[0] != t.i:
                continue
            code = self._code_of(hit[2])
            if code is None:
                continue
            actors = tuple(code.split("/"))
            name = self.kb.dictionary.entries[hit[2]].name if self.kb.dictionary else None
            in_modifier = not (hit[0] <= m.i < hit[1])
            break
        agents: list[Agent] = []
        modifier_agents: list[Agent] = []
        for t in own:
            at = self.agent_at.get(t.i)
            if at is None or at[0] != t.i:
                continue
            agents.append(at[2])
            if not (at[0] <= m.i < at[1]):
                modifier_agents.append(at[2])
        if not actors and depth > 0:
            for prep in [*m.children, *self._preps.get(m.i, [])]:
                if prep.dep_ not in ("prep", "agent") or (
                        prep.i in self._not_preps and prep.head.i == m.i):
                    continue
                pobjs = [g for g in prep.children if g.dep_ == "pobj"]
                inner = self._codes(pobjs[0], depth - 1) if pobjs else []
                for stray in self._pending.get(pobjs[0].i, []) if pobjs else []:
                    more = self._part(stray, depth - 1)
                    inner += [(mix(a, more.agents), stray, more.name) for a in more.actors]
                if inner:
                    actors = tuple(c for c, _h, _n in inner)
                    name = inner[0][2]
                    in_modifier = True
                    break
        return _Part(m, actors, tuple(agents), in_modifier, tuple(modifier_agents), name)

    def _code_of(self, entry: int) -> str | None:
        assert self.kb.dictionary is not None
        code = self.kb.dictionary.entries[entry].code_at(self.when)
        if code is None or code in NULL_CODES:
            return None
        return code.lstrip("~")

    def _actor(self, code: str, head: Token, name: str | None) -> Actor:
        country: str | None
        org: str | None
        sector: str | None
        if code.startswith("---"):
            country, org, sector = None, code, code[3:6] or None
        else:
            country, org, sector = self.kb.split_code(code)
            if country is None and org is None:
                org = code
        pretty = " ".join(w.capitalize() for w in name.replace("_", " ").split()) \
            if name else None
        return Actor(text=head.text, name=pretty, country=country, org=org, sector=sector,
                     code=code, start=head.idx, end=head.idx + len(head),
                     resolved_by=NOUN_PHRASE, via="PETRARCH dictionaries", kind="dict")


def _buried(c: Token) -> bool:
    """A noun modifier heading a coordination of its own: a parse of "A and the B" as
    ``A <- B``, or coordinated possessors ("A and B's envoy"); its members are members of
    the phrase."""
    return c.dep_ in ("nmod", "compound", "npadvmod", "poss") and \
        c.pos_ in ("NOUN", "PROPN") and \
        any(g.dep_ == "conj" for g in c.children) and \
        any(g.dep_ == "cc" for t in (c, *c.conjuncts) for g in t.children)


def phrase_head(t: Token) -> Token:
    """The head of the whole phrase a name stands in: "the ambassadors of Arnoria and Gondoria"
    for Arnoria (the coder's frames name the countries; PETRARCH reads the phrase)."""
    for _ in range(4):
        t = conj_root(t)
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in ("of", "from") and \
                t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head
        elif t.dep_ in ("amod", "compound", "appos", "poss") and \
                t.head.pos_ in ("NOUN", "PROPN"):
            t = t.head
        else:
            break
    return t


def conj_root(h: Token) -> Token:
    """The first member of the coordination ``h`` belongs to (``h`` itself if none)."""
    while h.dep_ == "conj" and h.head.i != h.i and h.head.pos_ in ("NOUN", "PROPN", "PRON"):
        h = h.head
    return h
