"""Read the store: filtered events, their mentions, stats and rejects. All SQL is parametrised:
values travel as ``?`` parameters, never inside the SQL text.
"""

from __future__ import annotations

import json
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
    plover: str | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None
    place: str | None = None  # place name (case-insensitive) or ISO3 country of the place
    modality: str | None = None
    limit: int | None = None
    country: str | None = None  # source or target country, ISO3
    q: str | None = None  # words in the evidence sentence (case-insensitive substring)
    order: str = "asc"  # by date: "asc" (oldest first) or "desc"
    after: tuple[str, str] | None = None  # keyset cursor: (sort day, event_id) of the last row


def _side(side: str, key: str) -> tuple[str, list[Any]]:
    k = key.strip().upper()
    return (f"(upper({side}_country) = ? OR upper({side}_org) = ? OR "
            f"starts_with(upper({side}_code), ?))", [k, k, k])


def _day(value: str, name: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) or parse_iso(value) is None:
        raise ValueError(f"{name} must be an ISO date (YYYY-MM-DD), not {value!r}")
    return value


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
    if f.plover:
        add("upper(plover) = ?", [f.plover.strip().upper()])
    day = "coalesce(date, published)"
    if f.since:
        add(f"{day} >= ?", [_day(f.since, "--since")])
    if f.until:  # '2014-11' <= '2014-11-30' and a day of the until-day itself count
        add(f"left({day}, 10) <= ?", [_day(f.until, "--until")])
    if f.place:
        add("(lower(place) = lower(?) OR upper(place_country) = upper(?))", [f.place, f.place])
    if f.modality:
        add("modality = ?", [f.modality])
    if f.country:
        c = f.country.strip().upper()
        add("(upper(source_country) = ? OR upper(target_country) = ?)", [c, c])
    if f.q:
        add("contains(lower(evidence), lower(?))", [f.q])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def sort_day(order: str = "asc") -> str:
    """The date a row sorts by; undated rows sort last either way."""
    return f"coalesce(date, published, '{'9999' if order == 'asc' else '0000'}')"


def events_sql(f: EventFilter, select: str = "*") -> tuple[str, list[Any]]:
    """The events query for a filter; ``select`` is a fixed column list, never user input."""
    if f.order not in ("asc", "desc"):
        raise ValueError(f"order must be asc or desc, not {f.order!r}")
    clause, params = where(f)
    key = sort_day(f.order)
    if f.after is not None:
        op = ">" if f.order == "asc" else "<"
        clause += (" AND " if clause else " WHERE ") + (
            f"({key} {op} ? OR ({key} = ? AND event_id {op} ?))")
        params.extend([f.after[0], f.after[0], f.after[1]])
    direction = "" if f.order == "asc" else " DESC"
    sql = f"SELECT {select} FROM events{clause} ORDER BY {key}{direction}, event_id{direction}"
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(int(f.limit))
    return sql, params


def cursor_of(row: dict[str, Any], order: str = "asc") -> tuple[str, str]:
    """The keyset cursor after ``row`` (an events row) for ``EventFilter.after``."""
    day = row.get("date") or row.get("published") or ("9999" if order == "asc" else "0000")
    return str(day), str(row["event_id"])


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


_PERIODS = {"day": "coalesce(date, published)",
            "week": "strftime(date_trunc('week', try_cast(left(coalesce(date, published), 10)"
                    " AS DATE)), '%Y-%m-%d')"}


def stats(con: duckdb.DuckDBPyConnection, top: int = 20, f: EventFilter | None = None,
          interval: str = "day") -> dict[str, Any]:
    """Totals, and event counts with mean Goldstein by day (or week), by CAMEO root, by
    QuadClass and by dyad (top ``top``), over the events matching ``f`` (default: all)."""
    if interval not in _PERIODS:
        raise ValueError(f"interval must be day or week, not {interval!r}")
    clause, params = where(f or EventFilter())

    def rows(sql: str, extra: list[Any] | None = None) -> list[tuple[Any, ...]]:
        return con.execute(sql, [*params, *(extra or [])]).fetchall()

    def one(sql: str) -> Any:
        return con.execute(sql).fetchall()[0][0]

    totals = {t: one(f'SELECT count(*) FROM "{t}"') for t in ("articles", "mentions", "rejects")}
    totals["events"] = rows(f"SELECT count(*) FROM events{clause}")[0][0]
    totals["outlets"] = one("SELECT count(DISTINCT outlet) FROM articles")
    gold = "round(avg(goldstein), 2)"
    quads = ", ".join(f"count(*) FILTER (WHERE quad_class = {q})" for q in (1, 2, 3, 4))
    by_day = rows(f"SELECT {_PERIODS[interval]} AS day, count(*), {gold}, {quads} FROM events"
                  f"{clause} GROUP BY day ORDER BY day NULLS LAST")
    by_root = rows(f"SELECT root, count(*), sum(num_mentions), {gold} FROM events{clause} "
                   "GROUP BY root ORDER BY root")
    by_quad = rows(f"SELECT quad_class, count(*), {gold} FROM events{clause} "
                   "GROUP BY quad_class ORDER BY quad_class NULLS LAST")
    by_dyad = rows(
        f"SELECT coalesce(source_key, '-'), coalesce(target_key, '-'), count(*) AS n, "
        f"sum(num_mentions), {gold} FROM events{clause} GROUP BY 1, 2 ORDER BY n DESC, 1, 2 "
        "LIMIT ?", [top])
    return {
        "totals": totals,
        "interval": interval,
        "by_day": [{"day": d, "events": n, "goldstein": g, "quad": list(q)}
                   for d, n, g, *q in by_day],
        "by_root": [{"root": r, "events": n, "mentions": m, "goldstein": g}
                    for r, n, m, g in by_root],
        "by_quad": [{"quad_class": c, "events": n, "goldstein": g} for c, n, g in by_quad],
        "by_dyad": [{"source": s, "target": t, "events": n, "mentions": m, "goldstein": g}
                    for s, t, n, m, g in by_dyad],
    }


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return con.sql(sql, params=params).to_arrow_table().to_pylist()


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One stored article: metadata, cleaned text (when stored), events and spans, or None."""
    meta = _dicts(con, "SELECT * EXCLUDE (text_sha256) FROM articles WHERE article_id = ?",
                  [article_id])
    if not meta:
        return None
    text = con.execute("SELECT body, coded FROM article_texts WHERE article_id = ?",
                       [article_id]).fetchall()
    mentions = _dicts(con, "SELECT * EXCLUDE (date_basis) FROM mentions WHERE article_id = ? "
                           "ORDER BY mention_id", [article_id])
    ids = [m["mention_id"] for m in mentions]
    event_of = dict(con.execute(
        "SELECT mid, event_id FROM (SELECT event_id, unnest(mention_ids) AS mid FROM events) "
        "WHERE list_contains(?, mid)", [ids]).fetchall()) if ids else {}
    actors = _dicts(con, "SELECT mention_id, role, text, key, code, resolved_by, start_char, "
                         "end_char FROM actor_mentions WHERE article_id = ? "
                         "ORDER BY start_char, mention_id", [article_id])
    coded = json.loads(text[0][1]) if text else {}
    stored_events = coded.get("events", [])
    events: list[tuple[int, dict[str, Any]]] = []
    for n, m in enumerate(mentions):
        m["event_id"] = event_of.get(m["mention_id"])
        index = int(m["mention_id"].rsplit("#", 1)[-1]) if "#" in m["mention_id"] else n
        coded_ev = stored_events[index] if index < len(stored_events) else None
        m["why"] = (coded_ev or {}).get("why")
        m["trigger_span"] = ((coded_ev or {}).get("spans") or {}).get("trigger")
        events.append((index, m))
    events.sort(key=lambda pair: pair[0])
    return {**meta[0], "text": text[0][0] if text else None, "events": [m for _, m in events],
            "actors": actors, "quotes": coded.get("quotes", [])}


def iter_rejects(con: duckdb.DuckDBPyConnection, kind: str | None = None
                 ) -> Iterator[dict[str, Any]]:
    sql = ("SELECT record_id, origin_file, origin_line, kind, reason, rejected_at FROM rejects"
           + (" WHERE kind = ?" if kind else "")
           + " ORDER BY origin_file NULLS FIRST, origin_line NULLS FIRST, record_id")
    for batch in con.sql(sql, params=[kind] if kind else None).to_arrow_reader(_BATCH):
        yield from batch.to_pylist()
