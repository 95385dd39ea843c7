"""Request bodies and query parameters of the API (pydantic), validated before any work."""

from __future__ import annotations

import base64
import json
from typing import Annotated, Literal

from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventwire.store.queries import EventFilter
from eventwire.timeplace.dates import parse_iso

ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
MAX_LIMIT = 1_000


class ArticleIn(BaseModel):
    """One article to code: the text and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=1_000_000,
                      description="The article text (wire copy or cleaned page text).")
    published: str | None = Field(None, pattern=ISO_DAY,
                                  description="Publication date YYYY-MM-DD.")
    title: str | None = Field(None, max_length=2_000)
    url: str | None = Field(None, max_length=4_000)
    source: str | None = Field(None, max_length=200, description="The outlet.")
    id: str | None = Field(None, min_length=1, max_length=200,
                           description="Article id (POST /v1/articles; default: from the "
                                       "text's SHA-256).")

    @field_validator("published")
    @classmethod
    def _real_day(cls, value: str | None) -> str | None:
        if value is not None and parse_iso(value) is None:
            raise ValueError(f"not a calendar date: {value}")
        return value


Str = Annotated[str | None, Query(max_length=200)]
Day = Annotated[str | None, Query(pattern=ISO_DAY, description="YYYY-MM-DD")]
Modality = Literal["asserted", "negated", "hypothetical"]


def event_filter(
    actor: Annotated[str | None, Query(
        max_length=200, description="Source or target: country/org key (PRK, UNSC) or actor "
                                    "code prefix.")] = None,
    country: Annotated[str | None, Query(
        max_length=200, description="Source or target country (ISO3).")] = None,
    source: Str = None,
    target: Str = None,
    root: Annotated[str | None, Query(pattern=r"^\d{1,2}$",
                                      description="CAMEO root 01-20.")] = None,
    plover: Annotated[str | None, Query(max_length=200,
                                        description="PLOVER type, e.g. CONSULT.")] = None,
    since: Day = None,
    until: Day = None,
    place: Annotated[str | None, Query(
        max_length=200, description="Place name or ISO3 country of the place.")] = None,
    modality: Modality | None = None,
    q: Annotated[str | None, Query(max_length=200,
                                   description="Words in the evidence sentence.")] = None,
) -> EventFilter:
    """The filters of ``eventwire events`` (plus country and q) as query parameters."""
    return EventFilter(actor=actor, country=country, source=source, target=target, root=root,
                       plover=plover, since=since, until=until, place=place,
                       modality=modality, q=q)


def encode_cursor(day: str, event_id: str, order: str) -> str:
    raw = json.dumps([day, event_id, order], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, order: str) -> tuple[str, str]:
    """(day, event_id) from a cursor; ValueError when it is not one of ours for this order."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id, was = json.loads(raw)
    except Exception as exc:
        raise ValueError("not a cursor returned by this API") from exc
    if not (isinstance(day, str) and isinstance(event_id, str)) or was != order:
        raise ValueError("the cursor belongs to another sort order or is malformed")
    return day, event_id
