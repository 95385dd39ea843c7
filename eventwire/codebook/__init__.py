"""CAMEO codes with Goldstein scores, QuadClass, the PLOVER crosswalk and how the coder
treats each code (data/cameo.csv).

Behaviour columns (``1`` or empty; a code has a flag when it or a parent code has it, unless
a code nearer to it says ``0``):

- ``joint``: "X and Y met" with no object is two-sided (each acts on the other).
- ``reaction``: a verbal reaction; reacting to a thing does not make it the reactor's.
- ``force``: an act of force (its aim may be a town, standing for its people).
- ``open_target``: the act stands without a target (a curfew, a show of force).
- ``passive_source``: an agentless passive's subject acts ("the army was deployed").
- ``passive_state``: an agentless passive is done by the state ("the station was shut").
- ``noun_state``: as an event noun with no actor, done by the state ("his detention").
- ``actor_target``: the target must be an actor, not a topic nor the press (meetings).
- ``request``: an appeal; the addressee comes before the thing asked for.
- ``protest``: a protest with no target is aimed at the state where it happens.
- ``posture``: a military posture; an exercise with a partner is cooperation (062).
- ``crowd_target``: riot control with no target is aimed at the protesters last mentioned.
- ``intent``: the code of an asserted intention or threat to do the act (03x, 13x).
- ``counterpart``: the code of the other side's part in the same act (a visit, 042, is
  hosted by the visited side, 043); the act gives both events.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.knowledge import TABLES
from eventwire.resources import read_table

FLAGS = ("joint", "reaction", "force", "open_target", "passive_source", "passive_state",
         "noun_state", "actor_target", "request", "protest", "posture", "crowd_target")

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    goldstein: float | None  # None only for a user dictionary's own code outside CAMEO
    quad_class: int | None
    plover: str | None
    flags: frozenset[str] = frozenset()
    intent: str | None = None
    counterpart: str | None = None  # the other side's part in the same act (042 <-> 043)

    def has(self, flag: str) -> bool:
        """Whether the code (or a parent code) has a behaviour flag of ``FLAGS``."""
        if flag not in FLAGS:
            raise KeyError(f"unknown CAMEO behaviour flag {flag!r}")
        return flag in self.flags

    @property
    def root(self) -> str:
        return self.code[:2]


def _check(row: dict[str, str]) -> str | None:
    code = row["code"]
    if not code.isdigit() or not 2 <= len(code) <= 4 or not 1 <= int(code[:2]) <= 20:
        return f"bad CAMEO code {code!r}"
    try:
        float(row["goldstein"])
    except ValueError:
        return f"bad goldstein {row['goldstein']!r} for {code}"
    if row["plover"] and row["plover"] not in PLOVER_TYPES:
        return f"unknown PLOVER type {row['plover']!r} for {code}"
    bad = [f for f in FLAGS if row.get(f, "") not in ("", "1", "0")]
    if bad:
        return f"flag column(s) {', '.join(bad)} must be 1, 0 or empty for {code}"
    other = row.get("counterpart", "")
    if other and (not other.isdigit() or not 2 <= len(other) <= 4):
        return f"bad counterpart code {other!r} for {code}"
    return None


@lru_cache(maxsize=1)
def codebook() -> dict[str, Code]:
    rows = read_table("cameo.csv", TABLES["cameo.csv"][0], _check)
    own = {r["code"]: r for r in rows}

    def inherited(code: str) -> tuple[frozenset[str], str | None]:
        chain = [own[c] for c in (code[:2], code[:3], code) if c in own]
        on: set[str] = set()
        for r in chain:  # a child's "0" turns off a parent's flag (033: pledged aid is for a
            on |= {f for f in FLAGS if r.get(f) == "1"}  # recipient, not joint like 03)
            on -= {f for f in FLAGS if r.get(f) == "0"}
        flags = frozenset(on)
        intent = next((r["intent"] for r in reversed(chain) if r.get("intent")), None)
        return flags, intent

    return {
        r["code"]: Code(r["code"], r["label"], float(r["goldstein"]), int(r["quad_class"]),
                        r["plover"] or None, *inherited(r["code"]),
                        counterpart=r.get("counterpart") or None)
        for r in rows
    }


def lookup(code: str) -> Code:
    """The entry for a code; an unknown 3/4-digit code falls back to its parent, then root."""
    book = codebook()
    for candidate in (code, code[:3], code[:2]):
        if candidate in book:
            return book[candidate]
    raise KeyError(f"unknown CAMEO code {code!r}")


def lookup_any(code: str) -> Code:
    """The code as written: a CAMEO code's entry; a finer code under a CAMEO code ("1717")
    with its parent's scores; a code outside CAMEO (a user verb dictionary's own, e.g. a
    WEIS-era ``903``) with no Goldstein score, QuadClass or PLOVER type."""
    book = codebook()
    if code in book:
        return book[code]
    for parent in (code[:3], code[:2]):  # a finer code ("1717"): the parent's scores
        if parent in book and parent != code:
            p = book[parent]
            return Code(code, f"{p.label} (a user dictionary's finer code)", p.goldstein,
                        p.quad_class, p.plover, p.flags, p.intent)
    return Code(code, "outside CAMEO (a user verb dictionary's own code)", None, None, None)


def explain(code: str) -> str:
    c = lookup(code)
    return (f"{c.code} {c.label} (root {c.root}; Goldstein {c.goldstein:+.1f}; "
            f"QuadClass {c.quad_class} {QUAD_NAMES[c.quad_class or 0]}; "
            f"PLOVER {c.plover or '-'})")
