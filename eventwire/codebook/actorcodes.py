"""The CAMEO actor-code grammar, in one place (the resolver and the exports both use it).

A code is a run of 3-letter parts: first a country (ISO 3166-1 alpha-3) or a non-state prefix
(``IGO``, ``NGO``, ``IMG``, ``MNC``, ``UAF``, ``NGM``), for a non-state actor optionally a
known-group part (``IGOUNO``: the UN), then role (type) parts: ``RUSGOV``, ``USAMILSPY``,
``IGOUNOSEC``, ``NGOAMN``. A code may start with ``~`` in dictionaries (a bare role).
"""

from __future__ import annotations

from dataclasses import dataclass

# non-state prefixes and the sector each gives an actor
NON_STATE: dict[str, str] = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB", "MNC": "BUS",
                             "UAF": "REB", "NGM": "NGO"}
# role (type) parts of CAMEO actor codes
ROLES = frozenset({
    "AGR", "AMN", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
    "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP",
    "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF", "UIS",
})


@dataclass(frozen=True)
class ActorCode:
    country: str | None  # ISO3 (or an unknown 3-letter prefix, kept as the key)
    prefix: str | None  # the non-state prefix, if any
    group: str | None  # a non-state actor's known-group part ("UNO")
    roles: tuple[str, ...]  # role parts, in order


def parse(code: str | None, country: str | None = None) -> ActorCode:
    """Split a code into its parts; ``country`` is the actor's known country, if any."""
    text = (code or "").upper().lstrip("~")
    chunks = [text[i:i + 3] for i in range(0, len(text), 3)]
    if chunks and chunks[0] in NON_STATE:
        rest = chunks[1:]
        group = rest[0] if rest and rest[0] not in ROLES else None
        rest = rest[1:] if group else rest
        return ActorCode(country, chunks[0], group, tuple(c for c in rest if c in ROLES))
    if chunks and (chunks[0] == country or chunks[0] not in ROLES):
        return ActorCode(country or chunks[0], None, None,
                         tuple(c for c in chunks[1:] if c in ROLES))
    return ActorCode(country, None, None, tuple(c for c in chunks if c in ROLES))


def compose(country: str | None, sector: str | None, org_code: str | None = None,
            org: str | None = None) -> str | None:
    """The code of an actor: ``RUSGOV``; a body's own code (``IGOUNOSEC``), else ``IGO`` and
    the first three letters of its key."""
    if org and not country:
        return org_code or f"IGO{org[:3]}"
    if country:
        return country + (sector or "")
    return None
