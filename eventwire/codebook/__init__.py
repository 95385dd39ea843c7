"""CAMEO codes with Goldstein scores, QuadClass and the PLOVER crosswalk (data/cameo.csv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.resources import read_table

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
    return None


@lru_cache(maxsize=1)
def codebook() -> dict[str, Code]:
    rows = read_table("cameo.csv", ("code", "label", "goldstein", "quad_class", "plover"), _check)
    return {
        r["code"]: Code(r["code"], r["label"], float(r["goldstein"]), int(r["quad_class"]),
                        r["plover"] or None)
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
                        p.quad_class, p.plover)
    return Code(code, "outside CAMEO (a user verb dictionary's own code)", None, None, None)


def explain(code: str) -> str:
    c = lookup(code)
    return (f"{c.code} {c.label} (root {c.root}; Goldstein {c.goldstein:+.1f}; "
            f"QuadClass {c.quad_class} {QUAD_NAMES[c.quad_class or 0]}; "
            f"PLOVER {c.plover or '-'})")
