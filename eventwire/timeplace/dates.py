"""Resolve date expressions against the article's dateline date.

Weekdays are resolved here (a bare weekday is the most recent such day on or before the
dateline, so "Friday" in a Friday story is that day); everything else goes to dateparser's
``DateDataParser`` with the dateline as the relative base. Results carry their precision.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from eventwire.knowledge import words
from eventwire.records import Precision

WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
_WEEKDAY_RE = re.compile(
    r"^(?:(?P<mod>this|last|next|on|early|late|on\s+last|(?:early|late)\s+on)\s+)?(?P<day>monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?$",
    re.I,
)
_YEAR_RE = re.compile(r"^(?:in\s+|since\s+|the\s+year\s+)?(?P<y>(?:19|20)\d\d)$", re.I)
_NOISE = re.compile(r"^(?:on|in|at|since|from|by|until|during|the|of)\s+", re.I)
_NOT_DATES = re.compile(
    r"\b(?:years?|months?|weeks?|days?|decades?|hours?)\s+(?:old|long)\b|^(?:decades?|years|"
    r"months|weeks|days|hours)$|-year|^\d+\s+(?:years|months|weeks|days)$|\bfor\s+|yearlong|"
    r"\bthe\s+past\b|\bthe\s+last\s+\w+\s+(?:years|months|weeks|days)\b|\bseason\b|"
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|"
    r"a\s+few|\d+)\s+(?:years?|months?|weeks?|days?|hours?)$",
    re.I,
)


# month names and abbreviations, as datelines and time stamps write them
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_PATTERN = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
                 r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")

@dataclass(frozen=True)
class ResolvedDate:
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: Precision
    text: str = ""  # the date expression it was resolved from, if any


def parse_iso(value: str | None) -> date | None:
    """The date of an ISO string (its first 10 characters), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def resolve(expression: str, anchor: date | None, future: bool = False) -> ResolvedDate | None:
    """Resolve one date expression ("on Tuesday", "last week", "in February", "2011").

    ``future``: the expression belongs to an act not yet done ("will hold drills in June"),
    so a month or weekday without a year is the next one, not the last one.
    """
    text = " ".join(expression.split()).strip(" ,.")
    if not text or _NOT_DATES.search(text):
        return None
    if is_age(text) or re.fullmatch(r"(?:the\s+)?\d{1,2}", text, re.I):
        return None  # "Putin, 64, met ...": an age or a count, not a year or a month
    if anchor is None:  # an undated story: only expressions that carry their year
        return absolute(text)
    got = _resolve_cached(text.lower(), anchor)
    if future and got is not None and got.precision != "year" and \
            got.value < anchor.isoformat()[:len(got.value)] and not re.search(r"\d{4}", text):
        if _WEEKDAY_RE.match(text.lower()):
            day = date.fromisoformat(got.value) + timedelta(days=7)
            return ResolvedDate(day.isoformat(), "day")
        year = int(got.value[:4]) + 1
        return ResolvedDate(f"{year:04d}{got.value[4:]}", got.precision)
    return got


_AGE = re.compile(r"^(?:aged\s+|age\s+)?\d{1,3}(?:-years?-old)?$", re.I)


def is_age(text: str) -> bool:
    """An age apposition ("Putin, 64, ...", "aged 64"): a bare number of one to three digits
    is never a date on its own, though the parser may tag it DATE."""
    return bool(_AGE.match(" ".join(text.split()).strip(" ,.")))


def not_after(when: ResolvedDate | None, anchor: date | None,
              hypothetical: bool) -> ResolvedDate | None:
    """``when``, unless it lies wholly after the article's date: only an act not yet done
    (hypothetical) can happen after the story was written ("was not arrested until a decade
    later" is not dated ten years after the story)."""
    if when is None or anchor is None or hypothetical:
        return when
    return None if when.value > anchor.isoformat()[:len(when.value)] else when


_MONTH_YEAR = re.compile(
    r"^(?:in\s+|early\s+|late\s+|mid-?)?(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?,?\s+(?P<y>(?:19|20)\d\d)$", re.I)


def absolute(text: str) -> ResolvedDate | None:
    """A date expression that needs no anchor: a full date ("March 3, 2017"), a month and
    year ("in March 2017") or a year ("in 2011"); None for anything relative."""
    from eventwire.timeplace.published import date_in

    day = date_in(text)
    if day is not None:
        return ResolvedDate(day, "day")
    m = _MONTH_YEAR.match(text)
    if m:
        return ResolvedDate(f"{m.group('y')}-{MONTHS[m.group('m').lower()]:02d}", "month")
    m = _YEAR_RE.match(text)
    return ResolvedDate(m.group("y"), "year") if m else None


# "last November", "early March", "mid-February 2016", "the end of January": a month named with
# a modifier, which dateparser does not read. ``when`` says which such month is meant.
_MONTH_PHRASE = re.compile(
    r"^(?:(?P<when>last|this|next|previous|past|the\s+previous|the\s+past|the\s+following)\s+)?"
    r"(?:(?:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]*)?"
    r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?$", re.I)
# "earlier this month", "late last year", "early 2016": a month or year with a modifier
_PERIOD_PHRASE = re.compile(
    r"^(?:(?:early|earlier|mid|late|later|(?:the\s+)?(?:end|beginning|start|middle)\s+of)[\s-]*)?"
    r"(?:(?P<when>this|last|the)\s+(?P<unit>month|year)|(?P<y>(?:19|20)\d\d))$",
    re.I)
_DECADE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-?|late\s+)?(?:19|20)?\d0s$", re.I)


def _month_phrase(text: str, anchor: date) -> ResolvedDate | None:
    """A named month with a modifier: "last November" is the latest November before the
    dateline's month, "next March" the first one after it, "this May" the dateline's year's;
    "early March" or "the end of January" alone is the latest such month up to the dateline."""
    m = _MONTH_PHRASE.match(text)
    if m is None:
        return None
    month = MONTHS[m.group("m").lower()[:3]]
    if m.group("y"):
        return ResolvedDate(f"{m.group('y')}-{month:02d}", "month")
    when = " ".join((m.group("when") or "").lower().split())
    year = anchor.year
    if when in ("next", "the following"):
        year += month <= anchor.month
    elif when in ("last", "previous", "past", "the previous", "the past"):
        year -= month >= anchor.month
    elif when != "this":
        year -= month > anchor.month
    return ResolvedDate(f"{year:04d}-{month:02d}", "month")


def _period_phrase(text: str, anchor: date) -> ResolvedDate | None:
    """"earlier this month" is the dateline's month; "late last year" the year before the
    dateline's; "early 2016" that year."""
    m = _PERIOD_PHRASE.match(text)
    if m is None:
        return None
    if m.group("y"):
        return ResolvedDate(m.group("y"), "year")
    back = m.group("when").lower() not in ("this", "the")  # "the beginning of the year"
    if m.group("unit").lower() == "year":
        return ResolvedDate(f"{anchor.year - back:04d}", "year")
    first = anchor.replace(day=1)
    month = (first - timedelta(days=1)) if back else first
    return ResolvedDate(f"{month.year:04d}-{month.month:02d}", "month")


@lru_cache(maxsize=8192)
def _resolve_cached(text: str, anchor: date) -> ResolvedDate | None:
    m = _WEEKDAY_RE.match(text)
    if m:
        target = WEEKDAYS[m.group("day").lower()]
        back = (anchor.weekday() - target) % 7
        mod = (m.group("mod") or "").lower()
        if mod == "next":
            back = -((target - anchor.weekday()) % 7 or 7)
        elif mod.endswith("last") and back == 0:
            back = 7
        return ResolvedDate((anchor - timedelta(days=back)).isoformat(), "day")
    m = _YEAR_RE.match(text)
    if m:
        return ResolvedDate(m.group("y"), "year")
    text = _NOISE.sub("", text)
    if _DECADE.match(text):
        return None  # "the 1990s": a decade is no date the record can hold
    phrase = _month_phrase(text, anchor) or _period_phrase(text, anchor)
    if phrase is not None:
        return phrase
    data = _parser(anchor).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    when = data.date_obj.date()
    if when > anchor + timedelta(days=1) and not any(w in text for w in words()["future_words"]):
        # "in February" in a November story is the past February
        if data.period in ("month", "day") and not re.search(r"\d{4}", text):
            when = when.replace(year=when.year - 1)
    period = data.period or "day"
    if period == "year":
        return ResolvedDate(f"{when.year:04d}", "year")
    if period == "month":
        return ResolvedDate(f"{when.year:04d}-{when.month:02d}", "month")
    if period == "week":
        return ResolvedDate(f"{when.year:04d}-{when.month:02d}", "month")
    return ResolvedDate(when.isoformat(), "day")


@lru_cache(maxsize=256)
def _parser(anchor: date):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.date import DateDataParser

        return DateDataParser(
            languages=["en"],
            settings={
                "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
                "PREFER_DATES_FROM": "past",
                "PREFER_DAY_OF_MONTH": "first",
            },
        )
