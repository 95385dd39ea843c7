"""The publication date of an article: normalised when given, inferred when not.

``normalise_date(value)`` reads any date a person would write (``2017-02-07``, ``2017/02/07``,
``Feb 7, 2017``, ``7 February 2017``, ``2017-02-07T10:42:00Z``) and returns ISO ``YYYY-MM-DD``;
anything else raises ``ValueError`` with the reason.

``infer_published`` picks the best of the article's date sources, in this order of trust
(``published_basis`` names the one used):

1. ``given``: the input record's own ``published`` field (JSONL, CSV, ``eventwire.code``);
2. ``header``: a time-stamp line with a year ("Top Stories 09:12 March 4, 2016",
   "Published: 3 March 2017, 10:42 GMT");
3. ``dateline``: a dateline with a year ("GENEVA, March 3, 2017 (Wire) --");
4. ``html``: the page's own date (``<time>``, meta tags; read by trafilatura/htmldate);
5. ``option``: ``--published``, the date for inputs that carry none of the above;
6. ``text``: "On March 3, 2017, ..." in the opening text.
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.timeplace.dates import MONTH_PATTERN, MONTHS

BASES = ("given", "header", "dateline", "html", "option", "text")
_RANK = {b: i for i, b in enumerate(BASES)}

_MONTH = rf"(?P<month>{MONTH_PATTERN})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_ISO = re.compile(r"(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})"
                  r"(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")
_MDY = re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I)
_DMY = re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.I)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DMY_D = _DMY.pattern.replace("?P<", "?P<d_")  # the same, with group names of its own
_OPENING = re.compile(rf"(?:^|[.!?]\s+|\n)(?:On|on)\s+{_WEEKDAY}(?:{_MDY.pattern}|{_DMY_D})")
_OPENING_CHARS = 600


def _make(year: str | int, month: str | int, day: str | int) -> str | None:
    m = MONTHS.get(str(month).lower()[:3]) if not str(month).isdigit() else int(month)
    if m is None:
        return None
    try:
        return date(int(year), m, int(day)).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str], prefix: str = "") -> str | None:
    g = m.groupdict()
    return _make(g[f"{prefix}year"], g[f"{prefix}month"], g[f"{prefix}day"])


def normalise_date(value: object) -> str:
    """ISO YYYY-MM-DD of a date written the way people write dates; ValueError otherwise."""
    text = " ".join(str(value).split()).strip(" ,.")
    m = _ISO.fullmatch(text)
    if m:
        got = _make(m.group("year"), m.group("mon"), m.group("day"))
        if got:
            return got
        raise ValueError(f"{value!r} is not a calendar date")
    for rx in (_MDY, _DMY):
        m = rx.fullmatch(re.sub(rf"^{_WEEKDAY}", "", text, flags=re.I))
        if m:
            got = _from_match(m)
            if got:
                return got
            raise ValueError(f"{value!r} is not a calendar date")
    raise ValueError(f"{value!r} is not a date eventwire reads; write it as YYYY-MM-DD "
                     "(also read: 2017/02/07, Feb 7, 2017, 7 February 2017)")


def date_in(line: str | None) -> str | None:
    """The first full date (day, month and year) written in a line, as ISO, or None."""
    if not line:
        return None
    found = []
    for rx in (_ISO, _MDY, _DMY):
        m = rx.search(line)
        if m:
            got = (_make(m.group("year"), m.group("mon"), m.group("day")) if rx is _ISO
                   else _from_match(m))
            if got:
                found.append((m.start(), got))
    return min(found)[1] if found else None


def opening_date(body: str) -> str | None:
    """The date of an opening "On March 3, 2017, ..." (first sentences of the body), or None."""
    m = _OPENING.search(body[:_OPENING_CHARS])
    if not m:
        return None
    return _from_match(m) if m.group("year") else _from_match(m, "d_")


_PLACE_DATE = re.compile(  # "TAIPEI, Taiwan, Feb. 7, 2017 /PRNewswire/ --": a place, then the date
    r"^\s*(?!(?:On|In|By|At|From|Since|Until|Before|After|Last|This|Early|Late)\b)"
    rf"[A-Z][A-Za-z.'\-]+(?:[ /][A-Z][A-Za-z.'\-]+)*(?:,\s*[A-Z][\w.'\-]+(?: [\w.'\-]+)?)?"
    rf",?\s+(?:{_MDY.pattern}|{_DMY_D})\b"
)


def place_date(body: str) -> str | None:
    """The date of a dateline with a year that the wire-text cleaner did not take apart
    ("TAIPEI, Taiwan, Feb. 7, 2017 /PRNewswire/ --"), or None."""
    m = _PLACE_DATE.match(body[:160])
    if not m:
        return None
    return _from_match(m) if m.group("year") else _from_match(m, "d_")


def best(candidates: list[tuple[str | None, str]]) -> tuple[str | None, str | None]:
    """The most trusted (date, basis) among candidates whose date is known."""
    known = [(_RANK[basis], d, basis) for d, basis in candidates if d]
    if not known:
        return None, None
    _, when, basis = min(known)
    return when, basis
