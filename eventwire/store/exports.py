"""Write EVENT rows in the formats other event data tools read: GDELT 2.0, PLOVER JSON, ICEWS.

Every writer takes any iterable of EVENT-row dicts (the store's ``events`` table, or
``dedup.cluster`` output), streams it to a file and returns the number of records written.
Unknown values are written as empty strings (JSON: null or an absent key). docs/exports.md gives
the column-by-column mapping, what stays empty and why.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

import eventwire
from eventwire.codebook import actorcodes, lookup
from eventwire.store.dedup import lenient_period as period

__all__ = [
    "GDELT_COLUMNS", "ICEWS_COLUMNS", "gdelt_row", "global_event_id", "icews_row",
    "plover_record", "write_gdelt", "write_icews", "write_plover",
]

Event = Mapping[str, Any]

_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
ICEWS_COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)

_ROLES = frozenset({
    "AGR", "AMN", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
    "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO", "OPP",
    "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF", "UIS",
})


# -- shared helpers ----------------------------------------------------------------------------

def _text(value: Any) -> str:
    """A cell: '' for None, numbers as Python writes them, no tabs or line breaks."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _float(value: Any) -> str:
    return "" if value is None else repr(float(value))


def _event_day(event: Event) -> date | None:
    """The event's date (its first day when the precision is month or year), else first seen."""
    span = period(event.get("date"), event.get("date_precision")) or period(
        event.get("first_seen"))
    return span[0] if span else None


@lru_cache(maxsize=1024)
def _country(iso3: str) -> Any:
    try:
        return pycountry.countries.get(alpha_3=iso3.upper())
    except (KeyError, LookupError):
        return None


def _country_name(iso3: str | None) -> str:
    """'RUS' -> 'Russian Federation', 'IRN' -> 'Iran' (pycountry's common name, else its name);
    a code pycountry does not know is returned as it is."""
    if not iso3:
        return ""
    c = _country(iso3)
    return (getattr(c, "common_name", None) or c.name) if c else iso3


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def _is_country_level(event: Event) -> bool:
    """The place is the country itself ("in Ukraine"), not a city or landmark in it."""
    place, iso3 = event.get("place"), event.get("place_country")
    if not place:
        return True
    c = _country(iso3) if iso3 else None
    if c is None:
        return False
    names = {c.name, c.alpha_3, c.alpha_2, getattr(c, "common_name", None),
             getattr(c, "official_name", None)}
    return _fold(place) in {_fold(n) for n in names if n}


# -- GDELT 2.0 -----------------------------------------------------------------------------------

def _actor_parts(code: str | None, country: str | None, sector: str | None
                 ) -> tuple[str, str, list[str]]:
    """(country code, known-group code, up to 3 type codes) of a CAMEO actor code."""
    parts = actorcodes.parse(code, country)
    types = [parts.prefix] if parts.prefix else []
    types += [r for r in parts.roles if r not in types]
    if not types and sector:
        types = [sector]
    return parts.country or "", parts.group or "", (types + ["", "", ""])[:3]


def _gdelt_actor(event: Event, side: str) -> list[str]:
    code = event.get(f"{side}_code")
    country, group, types = _actor_parts(code, event.get(f"{side}_country"),
                                         event.get(f"{side}_sector"))
    name = event.get(f"{side}_name")
    return [_text(code), _text(name.upper() if name else None), country, group, "", "", "",
            *types]


def _gdelt_codes(cameo: str | None) -> list[str]:
    """EventCode, EventBaseCode, EventRootCode; a bare root '04' is written as '040'."""
    if not cameo:
        return ["", "", ""]
    code = cameo if len(cameo) > 2 else cameo + "0"
    return [code, code[:3], code[:2]]


def _gdelt_action_geo(event: Event) -> list[str]:
    place, iso3 = event.get("place"), event.get("place_country")
    lat, lon = event.get("lat"), event.get("lon")
    if not place and not iso3 and lat is None:
        return ["0", "", "", "", "", "", "", ""]
    country = _country_name(iso3)
    if _is_country_level(event):
        geo_type, full = "1", country or _text(place)
    else:
        geo_type = "3" if iso3 == "USA" else "4"
        full = ", ".join(p for p in (_text(place), country) if p)
    return [geo_type, full, _text(iso3), "", "", _float(lat), _float(lon), ""]


def _dateadded(first_seen: Any) -> str:
    if not first_seen:
        return ""
    text = str(first_seen)
    if len(text) > 10:
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).strftime("%Y%m%d%H%M%S")
        except ValueError:
            pass
    span = period(text)
    return span[0].strftime("%Y%m%d") + "000000" if span else ""


def gdelt_row(event: Event, *, global_id: int) -> list[str]:
    """The 61 GDELT 2.0 event-table fields of an EVENT row, as strings ('' when unknown)."""
    day = _event_day(event)
    if day is not None:
        fraction = f"{day.year + ((day.month - 1) * 30 + day.day) / 365:.4f}"
        dates = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), fraction]
    else:
        dates = ["", "", "", ""]
    sentence = event.get("sentence")
    no_geo = ["0", "", "", "", "", "", "", ""]
    row = [
        str(global_id), *dates,
        *_gdelt_actor(event, "source"), *_gdelt_actor(event, "target"),
        "" if sentence is None else str(int(sentence == 0)),
        *_gdelt_codes(event.get("cameo")),
        _text(event.get("quad_class")), _float(event.get("goldstein")),
        _text(event.get("num_mentions")), _text(event.get("num_sources")),
        _text(event.get("num_articles")), "",
        *no_geo, *no_geo, *_gdelt_action_geo(event),
        _dateadded(event.get("first_seen")), _text(event.get("url")),
    ]
    assert len(row) == len(GDELT_COLUMNS), len(row)
    return row


def global_event_id(event_id: str) -> int:
    """GDELT's GLOBALEVENTID for an eventwire event: the first 63 bits of the SHA-256 of its
    ``event_id``, a positive 64-bit integer that stays the same on every export."""
    digest = hashlib.sha256(event_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def write_gdelt(events: Iterable[Event], path: str | Path, header: bool = False,
                ids_path: str | Path | None = None) -> int:
    """Write a GDELT 2.0 event file (tab-separated, no header unless asked). GLOBALEVENTID is
    ``global_event_id(event_id)`` (a row without an event_id gets its 1-based position);
    ``ids_path`` also writes the GLOBALEVENTID -> event_id table. Returns the row count."""
    n = 0
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(Path(path).open("w", encoding="utf-8", newline="\n"))
        ids = stack.enter_context(Path(ids_path).open("w", encoding="utf-8", newline="\n")) \
            if ids_path is not None else None
        if header:
            out.write("\t".join(GDELT_COLUMNS) + "\n")
        if ids is not None:
            ids.write("GLOBALEVENTID\tevent_id\n")
        for n, event in enumerate(events, start=1):
            eid = event.get("event_id")
            gid = global_event_id(str(eid)) if eid else n
            out.write("\t".join(gdelt_row(event, global_id=gid)) + "\n")
            if ids is not None:
                ids.write(f"{gid}\t{_text(eid)}\n")
    return n


# -- PLOVER JSON -------------------------------------------------------------------------------

def _plover_actor(event: Event, side: str) -> list[dict[str, Any]]:
    """One PLOVER entity: ``entity_text`` as written, its resolved name, code, country."""
    code, country = event.get(f"{side}_code"), event.get(f"{side}_country")
    if not any(event.get(f"{side}_{f}") for f in ("text", "name", "country", "org", "code")):
        return []
    return [{
        "entity_text": event.get(f"{side}_text"),
        "entity_name": event.get(f"{side}_name"),
        "code": code,  # the CAMEO-style actor code (RUSGOV, IGOUNOSEC)
        "country": country,  # ISO3; null for an international body
        "org": event.get(f"{side}_org"),
        "sector": event.get(f"{side}_sector"),
    }]


def _plover_location(event: Event) -> dict[str, Any] | None:
    loc = {
        "name": event.get("place"),
        "lat": event.get("lat"),
        "lon": event.get("lon"),
        "country_code": event.get("place_country"),  # ISO3, as everywhere in eventwire
    }
    return loc if any(v is not None for v in loc.values()) else None


def plover_record(event: Event) -> dict[str, Any]:
    """A PLOVER event record: the PLOVER data fields (``id``, ``date``, ``event``, ``mode``,
    ``context``, ``actor``, ``recipient``, ``event_loc``, ``event_text``, ``text``), and
    eventwire's own fields under ``eventwire``. docs/exports.md maps each field."""
    day = _event_day(event)
    record: dict[str, Any] = {
        "id": event.get("event_id"),
        "date": day.isoformat() if day else None,
        "event": event.get("plover") or None,
        "mode": event.get("plover_mode") or None,
        "context": event.get("plover_context") or None,
        "actor": _plover_actor(event, "source"),
        "recipient": _plover_actor(event, "target"),
        "event_loc": _plover_location(event),
        "event_text": event.get("trigger"),
        "text": event.get("evidence"),
        "language": "en",
        "publication": event.get("outlet"),
        "url": event.get("url"),
        "coder": f"eventwire {eventwire.__version__}",
    }
    record["eventwire"] = {
        "cameo": event.get("cameo"),
        "goldstein": event.get("goldstein"),
        "quad_class": event.get("quad_class"),
        "modality": event.get("modality"),
        "date_precision": event.get("date_precision") if event.get("date") else None,
        "attribution": event.get("attribution"),
        "confidence": event.get("confidence"),
        "article_id": event.get("article_id"),
        "sentence": event.get("sentence"),
        "num_mentions": event.get("num_mentions"),
        "num_sources": event.get("num_sources"),
        "num_articles": event.get("num_articles"),
        "first_seen": event.get("first_seen"),
        "last_seen": event.get("last_seen"),
        "mention_ids": list(event.get("mention_ids") or []),
    }
    return record


def write_plover(events: Iterable[Event], path: str | Path) -> int:
    """Write PLOVER JSON Lines: one record per line, UTF-8. PLOVER requires ``date`` and
    ``event``: an event without a PLOVER category (CAMEO 01 and 02, public statements) or
    without any date is left out. Returns the number of records written."""
    n = 0
    with Path(path).open("w", encoding="utf-8", newline="\n") as out:
        for event in events:
            record = plover_record(event)
            if record["event"] is None or record["date"] is None:
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


# -- ICEWS -------------------------------------------------------------------------------------

def _event_text(cameo: str | None) -> str:
    if not cameo:
        return ""
    try:
        return lookup(cameo).label
    except KeyError:
        return ""


def icews_row(event: Event) -> list[str]:
    """The 20 ICEWS coded-event fields of an EVENT row, as strings ('' when unknown)."""
    day = _event_day(event)
    city = "" if _is_country_level(event) else _text(event.get("place"))
    row = [
        _text(event.get("event_id")), day.isoformat() if day else "",
        _text(event.get("source_name") or event.get("source_text")),
        _text(event.get("source_sector")), _country_name(event.get("source_country")),
        _event_text(event.get("cameo")), _text(event.get("cameo")),
        _float(event.get("goldstein")),
        _text(event.get("target_name") or event.get("target_text")),
        _text(event.get("target_sector")), _country_name(event.get("target_country")),
        _text(event.get("article_id")), _text(event.get("sentence")),
        _text(event.get("outlet")), city, "", "", _country_name(event.get("place_country")),
        _float(event.get("lat")), _float(event.get("lon")),
    ]
    assert len(row) == len(ICEWS_COLUMNS), len(row)
    return row


def write_icews(events: Iterable[Event], path: str | Path) -> int:
    """Write an ICEWS-style tab-separated file with a header line. Returns the number of rows."""
    n = 0
    with Path(path).open("w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(ICEWS_COLUMNS) + "\n")
        for event in events:
            out.write("\t".join(icews_row(event)) + "\n")
            n += 1
    return n
