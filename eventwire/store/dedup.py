"""Merge mentions of one real-world event into one event row: pure and deterministic.

A MENTION row is one coded event in one article; an EVENT row is what several mentions (in one
or many articles) report together. docs/dedup.md states the rule; in short, two mentions are
the same event when they have the same actors, modality and CAMEO root, compatible codes
("04" and "042" yes, "042" and "043" no), dates within ``window_days`` and compatible places.

``group_key`` splits mentions into groups that never merge with each other, so the store can
stream one group at a time from SQL (``ORDER BY`` the key columns) and call ``cluster`` per
group. Clustering is greedy over the group sorted by (day, published, article_id, n): each
mention joins the earliest cluster it is compatible with *every member of*, so A~B and B~C do
not pull C into A's cluster unless C is also within the window of A.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from calendar import monthrange
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from eventwire.errors import InputError

__all__ = ["GroupKey", "cluster", "event_id", "group_key", "period", "same_event"]

GroupKey = tuple[str | None, str | None, str, str | None]
Span = tuple[date, date]

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_RANK = {"year": 1, "month": 2, "day": 3}  # higher = more precise
_PRECISION = {rank: name for name, rank in _RANK.items()}


def period(value: str | None, precision: str | None = None) -> Span | None:
    """The days a date can mean: '2014-11-21' -> (21 Nov, 21 Nov), '2014-11' -> the month,
    '2014' -> the year; None -> None. A longer value (a timestamp) is read as its day.

    ``precision`` ("day", "month", "year") may only make the value coarser: ("2014-11-01",
    "month") is the whole of November.
    """
    if value is None or value == "":
        return None
    m = _DATE.fullmatch(str(value)[:10])
    if m is None:
        raise InputError(f"date {value!r} is not YYYY-MM-DD, YYYY-MM or YYYY; "
                         "fix the stored value (or set it to null)")
    year, month, day = m.group(1), m.group(2), m.group(3)
    shape = "day" if day else "month" if month else "year"
    if precision in _RANK and _RANK[precision] < _RANK[shape]:
        shape = precision
    try:
        y = int(year)
        if shape == "year":
            return date(y, 1, 1), date(y, 12, 31)
        mo = int(month)
        if shape == "month":
            return date(y, mo, 1), date(y, mo, monthrange(y, mo)[1])
        d = date(y, mo, int(day))
    except ValueError as exc:
        raise InputError(f"date {value!r} is not a calendar date ({exc}); "
                         "fix the stored value") from None
    return d, d


def _fold(name: str) -> str:
    """Case- and accent-insensitive form of a place name: 'Bogotá ' -> 'bogota'."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def _code_path(code: str) -> tuple[str, ...]:
    """'042' -> ('04', '042'); '0421' -> ('04', '042', '0421'); '04' and '040' -> ('04',).

    A third digit 0 is CAMEO's "not specified below" code of the root, so it counts as the root.
    """
    code = code.strip()
    path = [code[:2]]
    if len(code) >= 3 and code[2] != "0":
        path.append(code[:3])
    if len(code) >= 4:
        path.append(code)
    return tuple(p for p in path if p)


def _prefix(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Compatible codes: one path is a prefix of the other."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _root(mention: Mapping[str, Any]) -> str:
    return str(mention.get("root") or (mention.get("cameo") or "")[:2])


def group_key(mention: Mapping[str, Any]) -> GroupKey:
    """(source_key, target_key, root, modality): mentions with different keys never merge."""
    return (mention.get("source_key"), mention.get("target_key"), _root(mention),
            mention.get("modality"))


def event_id(mention_id: str) -> str:
    """The event's id, from its representative mention: 'ev-' + 16 hex digits of SHA-1."""
    return "ev-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:16]


@dataclass
class _Mention:
    row: Mapping[str, Any]
    mention_id: str
    sort_key: tuple[Any, ...]
    span: Span | None  # the days the event can be on; None = unknown
    path: tuple[str, ...]
    place: tuple[str | None, str | None] | None  # (country, folded name); None = no place
    date_rank: int  # 0 no date .. 3 day


def _n(mention_id: str) -> int:
    tail = mention_id.rpartition("#")[2]
    return int(tail) if tail.isdigit() else -1


def lenient_period(value: str | None, precision: str | None = None) -> Span | None:
    """``period``, with a value it cannot read taken as unknown (None)."""
    try:
        return period(value, precision)
    except InputError:
        return None


def _prepare(row: Mapping[str, Any], strict: bool = True) -> _Mention:
    mid = str(row.get("mention_id") or "")
    where = f"mention {mid or '(no id)'}: "
    read = period if strict else lenient_period
    try:
        when = read(row.get("date"), row.get("date_precision"))
        published = read(row.get("published"))
    except InputError as exc:
        raise InputError(where + str(exc)) from None
    exact = when is not None and when[0] == when[1]
    span = when or published
    day = (when[0] if exact and when else published[0] if published else
           when[0] if when else None)
    pub = row.get("published")
    sort_key = (day is None, day or date.min, pub is None, str(pub or ""),
                str(row.get("article_id") or ""), _n(mid), mid)
    name, country = row.get("place"), row.get("place_country")
    place = (country or None, _fold(name) if name else None) if (name or country) else None
    rank = 0
    if when is not None:
        lo, hi = when
        rank = 3 if lo == hi else 2 if lo.month == hi.month else 1
    return _Mention(row, mid, sort_key, span, _code_path(str(row.get("cameo") or _root(row))),
                    place, rank)


@dataclass
class _Cluster:
    window: timedelta
    members: list[_Mention] = field(default_factory=list)
    lo: date | None = None  # days every member's span comes within the window of
    hi: date | None = None
    path: tuple[str, ...] = ()
    has_place: bool = False
    country: str | None = None
    name: str | None = None

    def accepts(self, m: _Mention) -> bool:
        first = self.members[0]
        if (m.span is None) != (first.span is None):
            return False  # an undated mention only merges with undated ones
        if m.span is not None and self.lo is not None and self.hi is not None:
            if max(self.lo, m.span[0]) > min(self.hi, m.span[1]):
                return False
        if not _prefix(self.path, m.path):
            return False
        if m.place is not None and self.has_place:
            country, name = m.place
            if country != self.country:
                return False
            if name is not None and self.name is not None and name != self.name:
                return False
        return True

    def add(self, m: _Mention) -> None:
        self.members.append(m)
        if m.span is not None:
            lo, hi = m.span[0] - self.window, m.span[1] + self.window
            self.lo = lo if self.lo is None else max(self.lo, lo)
            self.hi = hi if self.hi is None else min(self.hi, hi)
        if len(m.path) > len(self.path):
            self.path = m.path
        if m.place is not None:
            if not self.has_place:
                self.has_place, (self.country, self.name) = True, m.place
            elif self.name is None:
                self.name = m.place[1]


def same_event(a: Mapping[str, Any], b: Mapping[str, Any], window_days: int = 1) -> bool:
    """Whether two mentions report the same event, by the rule in docs/dedup.md."""
    if group_key(a) != group_key(b):
        return False
    c = _Cluster(timedelta(days=_window(window_days)))
    c.add(_prepare(a))
    return c.accepts(_prepare(b))


def _window(window_days: int) -> int:
    if isinstance(window_days, bool) or not isinstance(window_days, int) or window_days < 0:
        raise ValueError(f"window_days must be a whole number of days >= 0, not {window_days!r}")
    return window_days


def _cluster_group(mentions: list[_Mention], window: timedelta) -> list[_Cluster]:
    """Greedy clustering of one group; ``mentions`` sorted by their sort key."""
    clusters: list[_Cluster] = []
    recent: list[_Cluster] = []  # clusters a mention dated on or after ``day`` can still join
    for m in mentions:
        point = m.span is not None and m.span[0] == m.span[1]
        if point:
            assert m.span is not None
            # Day and published-only mentions come in day order, so a cluster whose window
            # ends before this day can only be joined by a month- or year-dated mention.
            recent = [c for c in recent if c.hi is None or c.hi >= m.span[0]]
        pool = recent if point else clusters
        target = next((c for c in pool if c.accepts(m)), None)
        if target is None:
            target = _Cluster(window)
            clusters.append(target)
            recent.append(target)
        target.add(m)
    return clusters


def _event(members: list[_Mention]) -> dict[str, Any]:
    rep = members[0]  # the earliest by (day, published, article_id, n)
    row: dict[str, Any] = {"event_id": event_id(rep.mention_id)}
    row.update((k, v) for k, v in rep.row.items() if k != "mention_id")
    # The code block comes from the earliest mention with the most specific code ...
    coded = max(members, key=lambda m: len(m.path))  # max() keeps the first of equals
    for k in ("cameo", "plover", "goldstein", "quad_class"):
        row[k] = coded.row.get(k)
    row["root"] = _root(coded.row)
    # ... and the date from the earliest mention with the most precise date.
    dated = max(members, key=lambda m: m.date_rank)
    row["date"] = dated.row.get("date")
    row["date_precision"] = _PRECISION.get(dated.date_rank)
    seen = []  # (first day, ISO date) of each mention's publication, else its event date
    for m in members:
        value = m.row.get("published") or m.row.get("date")
        span = lenient_period(value)
        if span is not None:
            seen.append((span[0], str(value)[:10]))
    outlets = {(("outlet", m.row["outlet"]) if m.row.get("outlet") else
                ("article", m.row.get("article_id") or m.mention_id)) for m in members}
    row.update(
        num_mentions=len(members),
        num_sources=len(outlets),
        num_articles=len({m.row.get("article_id") or m.mention_id for m in members}),
        first_seen=min(seen)[1] if seen else None,
        last_seen=max(seen)[1] if seen else None,
        mention_ids=sorted(m.mention_id for m in members),
    )
    return row


def cluster(mentions: Iterable[Mapping[str, Any]], window_days: int = 1, *,
            strict: bool = True) -> list[dict[str, Any]]:
    """EVENT rows for MENTION rows: one per real-world event, ordered by representative.

    The result does not depend on the order of ``mentions``. Mentions are grouped by
    ``group_key`` first, so a caller may pass everything at once or one whole group at a time
    (splitting a group across calls gives different events).

    ``strict=False`` reads a date it cannot parse as unknown instead of raising, so one bad
    stored row never stops the rebuild of a store (``store.rebuild`` uses it).
    """
    window = timedelta(days=_window(window_days))
    groups: dict[GroupKey, list[_Mention]] = {}
    for row in mentions:
        groups.setdefault(group_key(row), []).append(_prepare(row, strict))
    events: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    for group in groups.values():
        group.sort(key=lambda m: m.sort_key)
        for c in _cluster_group(group, window):
            events.append((c.members[0].sort_key, _event(c.members)))
    events.sort(key=lambda pair: pair[0])
    return [ev for _, ev in events]
