"""Read the store: filtered events, their mentions, stats and rejects. All SQL is parametrised:
values travel as ``?`` parameters, never inside the SQL text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import duckdb

from eventwire.timeplace.dates import parse_iso

_BATCH = 5_000


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None  # source or target: country/org key, or actor code prefix
    source: str | None = None
    target: str | None = None
    root: str | None = None  # CAMEO root, "4" or "04"
    code: str | None = None  # CAMEO code or its prefix: "042", "04", "1411"
    plover: str | None = None
    since: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY, inclusive
    until: str | None = None
    place: str | None = None  # place name (case-insensitive) or ISO3 country of the place
    modality: str | None = None
    limit: int | None = None


def _side(side: str, key: str) -> tuple[str, list[Any]]:
    """A whole key (country or org), or a code prefix of whole 3-letter parts: 'IR' is no
    prefix of IRN, 'IRNGOV' and 'IRN' are."""
    k = key.strip().upper()
    if len(k) % 3 == 0:
        return (f"(upper({side}_country) = ? OR upper({side}_org) = ? OR "
                f"starts_with(upper({side}_code), ?))", [k, k, k])
    return f"(upper({side}_country) = ? OR upper({side}_org) = ?)", [k, k]


def _bound(value: str, name: str, high: bool) -> str:
    """A --since/--until value (YYYY, YYYY-MM or YYYY-MM-DD) as the first (last) day it
    covers; a last day of a month is written -31, which sorts right as text."""
    value = value.strip()
    full = value + ("-12-31" if len(value) == 4 else "-31" if len(value) == 7 else "")
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value) or \
            parse_iso(value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7
                               else "")) is None:
        raise ValueError(f"{name} must be a date YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")
    if high:
        return full
    return value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")


_DAY = "left(coalesce(date, published), 10)"
# the first and last day an event's date can mean (month and year precision: the whole period)
_LO = f"(CASE length({_DAY}) WHEN 4 THEN {_DAY} || '-01-01' WHEN 7 THEN {_DAY} || '-01' " \
      f"ELSE {_DAY} END)"
_HI = f"(CASE length({_DAY}) WHEN 4 THEN {_DAY} || '-12-31' WHEN 7 THEN {_DAY} || '-31' " \
      f"ELSE {_DAY} END)"


def where(f: EventFilter) -> tuple[str, list[Any]]:
    """The WHERE clause (possibly empty) and its parameters for a filter."""
    clauses: list[str] = []
    params: list[Any] = []

    def add(sql: str, values: list[Any]) -> None:
        clauses.append(sql)
        params.extend(values)

    if f.actor:
        src, p1 = _side("source", f.actor)
        tgt, p2 = _side("target", f.actor)
        add(f"({src} OR {tgt})", p1 + p2)
    if f.source:
        add(*_side("source", f.source))
    if f.target:
        add(*_side("target", f.target))
    if f.root:
        root = f.root.strip()
        if not root.isdigit() or not 1 <= int(root) <= 20:
            raise ValueError(f"--root must be a CAMEO root 01-20, not {f.root!r}")
        add("root = ?", [f"{int(root):02d}"])
    if f.code:
        code = f.code.strip()
        if not re.fullmatch(r"\d{2,4}", code):
            raise ValueError(f"--code must be a CAMEO code or prefix (2-4 digits), not {f.code!r}")
        add("starts_with(cameo, ?)", [code])
    if f.plover:
        add("upper(plover) = ?", [f.plover.strip().upper()])
    # an event overlapping the range counts: '2017-03' is in --since 2017-03-10
    if f.since:
        add(f"{_HI} >= ?", [_bound(f.since, "--since", high=False)])
    if f.until:
        add(f"{_LO} <= ?", [_bound(f.until, "--until", high=True)])
    if f.place:
        add("(lower(place) = lower(?) OR upper(place_country) = upper(?))", [f.place, f.place])
    if f.modality:
        add("modality = ?", [f.modality])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def events_sql(f: EventFilter, select: str = "*") -> tuple[str, list[Any]]:
    """The events query for a filter; ``select`` is a fixed column list, never user input."""
    clause, params = where(f)
    sql = (f"SELECT {select} FROM events{clause} ORDER BY coalesce(date, published) NULLS LAST, "
           "event_id")
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    return sql, params


def iter_events(con: duckdb.DuckDBPyConnection, f: EventFilter = EventFilter()
                ) -> Iterator[dict[str, Any]]:
    """Event rows (dicts, ``mention_ids`` a list) matching ``f``, streamed in date order."""
    sql, params = events_sql(f)
    for batch in con.sql(sql, params=params).to_arrow_reader(_BATCH):
        yield from batch.to_pylist()


def with_mentions(con: duckdb.DuckDBPyConnection, events: Iterable[dict[str, Any]],
                  page: int = 500) -> Iterator[dict[str, Any]]:
    """Each event with ``mentions``: every mention behind it, with its evidence."""
    for chunk in _pages(events, page):
        ids = [m for ev in chunk for m in ev["mention_ids"]]
        rows = con.sql(
            "SELECT mention_id, article_id, outlet, published, url, date, sentence, trigger,"
            " evidence, attribution, rule FROM mentions WHERE list_contains(?, mention_id)",
            params=[ids],
        ).to_arrow_table().to_pylist()
        by_id = {r["mention_id"]: r for r in rows}
        for ev in chunk:
            yield {**ev, "mentions": [by_id[m] for m in ev["mention_ids"] if m in by_id]}


def _pages(items: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    page: list[dict[str, Any]] = []
    for item in items:
        page.append(item)
        if len(page) >= size:
            yield page
            page = []
    if page:
        yield page


def stats(con: duckdb.DuckDBPyConnection, top: int = 20) -> dict[str, Any]:
    """Totals, and event counts by day, by CAMEO root and by dyad (top ``top``)."""
    def rows(sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return con.execute(sql, params or []).fetchall()

    totals = {t: rows(f'SELECT count(*) FROM "{t}"')[0][0]
              for t in ("articles", "mentions", "events", "rejects")}
    totals["outlets"] = rows("SELECT count(DISTINCT outlet) FROM articles")[0][0]
    by_day = rows("SELECT coalesce(date, published) AS day, count(*) FROM events "
                  "GROUP BY day ORDER BY day NULLS LAST")
    by_root = rows("SELECT root, count(*), sum(num_mentions) FROM events GROUP BY root "
                   "ORDER BY root")
    by_dyad = rows(
        "SELECT coalesce(source_key, '-'), coalesce(target_key, '-'), count(*) AS n, "
        "sum(num_mentions) FROM events GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?", [top])
    return {
        "totals": totals,
        "by_day": [{"day": d, "events": n} for d, n in by_day],
        "by_root": [{"root": r, "events": n, "mentions": m} for r, n, m in by_root],
        "by_dyad": [{"source": s, "target": t, "events": n, "mentions": m}
                    for s, t, n, m in by_dyad],
    }


def iter_rejects(con: duckdb.DuckDBPyConnection, kind: str | None = None
                 ) -> Iterator[dict[str, Any]]:
    sql = ("SELECT record_id, origin_file, origin_line, kind, reason, rejected_at FROM rejects"
           + (" WHERE kind = ?" if kind else "")
           + " ORDER BY origin_file NULLS FIRST, origin_line NULLS FIRST, record_id")
    for batch in con.sql(sql, params=[kind] if kind else None).to_arrow_reader(_BATCH):
        yield from batch.to_pylist()
