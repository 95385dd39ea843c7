"""Typed records that flow through eventwire: articles in, coded events out.

Every record is a frozen dataclass with a ``to_dict()`` that gives the JSON shape
documented in docs/schema.md (the shape the shared scorer reads).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from eventwire.rules import Step

Modality = Literal["asserted", "negated", "hypothetical"]
Precision = Literal["day", "month", "year"]


@dataclass(frozen=True)
class Dateline:
    place: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    agency: str | None = None


@dataclass(frozen=True)
class Article:
    """One input document, before cleaning."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # file[:line] the record came from


@dataclass(frozen=True)
class Rejection:
    """A record that could not be coded, and why (never a bare None)."""

    id: str
    reason: str
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Actor:
    text: str
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    code: str | None = None
    start: int | None = None  # character offsets in the cleaned text
    end: int | None = None
    # how it was resolved (not part of the actor's identity: a pronoun and its antecedent are
    # the same actor): the rule id at this mention, and the table row or antecedent it came from
    resolved_by: str | None = field(default=None, compare=False)
    via: str | None = field(default=None, compare=False)
    # the knowledge behind the actor, kept through in-article links: the table file and the
    # kind of entry ("person", "country", "org", ...) or of construction ("name", "gazetteer")
    table: str | None = field(default=None, compare=False)
    kind: str | None = field(default=None, compare=False)

    @property
    def key(self) -> str | None:
        return self.country or self.org

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Place:
    place: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Evidence:
    sentence: int
    text: str
    trigger: tuple[int, int]
    rule: str  # lexicon entry or rule that produced the code

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "text": self.text,
                "trigger": list(self.trigger), "rule": self.rule}


@dataclass(frozen=True)
class Event:
    source: Actor | None
    target: Actor | None
    cameo: str
    plover: str | None
    goldstein: float | None
    quad_class: int | None
    modality: Modality
    date: str | None
    date_precision: Precision | None
    date_basis: str | None  # "text" (a date expression) or "dateline" (the story's date)
    location: Place | None
    attribution: str
    trigger: str
    evidence: Evidence
    confidence: float = 0.5
    why: tuple[Step, ...] = ()  # the ordered decisions that made this event (rules.py)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "modality": self.modality,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_basis": self.date_basis,
            "location": self.location.to_dict() if self.location else None,
            "attribution": self.attribution,
            "trigger": self.trigger,
            "evidence": self.evidence.text,
            "spans": self.evidence.to_dict(),
            "confidence": round(self.confidence, 2),
            "why": [step.to_dict() for step in self.why],
        }


@dataclass(frozen=True)
class Quote:
    speaker: str | None
    text: str
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CodedArticle:
    id: str
    title: str | None
    published: str | None
    dateline: Dateline
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    byline: str | None = None
    url: str | None = None
    source: str | None = None
    # the cleaned text the offsets point into; kept out of to_dict() (the scorer's shape)
    text: str | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "dateline": asdict(self.dateline),
            "byline": self.byline,
            "url": self.url,
            "source": self.source,
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
        }
