"""Wire text cleaning: page leftovers out; headline, byline, time stamp and dateline kept as
metadata; hard-wrapped lines joined back into paragraphs.

``clean_article(text, published)`` returns a ``CleanText`` whose ``body`` is what gets parsed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.knowledge import words
from eventwire.records import Dateline
from eventwire.resources import pattern_lines
from eventwire.timeplace.dates import MONTH_PATTERN, MONTHS, parse_iso

_MONTH = MONTH_PATTERN
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*"

# "SEOUL, Nov. 21 (Yonhap) --", "ADDIS ABABA/ABIDJAN (Reuters) -", "JUBA, Dec 29 South ...",
# "GOMA, eastern Congo, May 12 -", "Lima — Peru ...", "VIENNA Tue Apr 5"
_CAPS_PLACE = r"[A-Z][A-Z.'\-]+(?:[ /][A-Z][A-Z.'\-]+)*"
_REGION = r"(?:,\s*[A-Z][\w.'\-]*(?:[ \-][A-Za-z][\w.'\-]*){0,3})"
_DL_DATE = (rf"(?:,?\s*(?:{_WEEKDAY}\.?,?\s+)?(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})"
            r"(?:,\s*(?P<year>\d{4}))?)")
def _agency(name: str) -> str:
    return rf"(?:\s*\((?P<{name}>[A-Z][\w .&/'\-]{{1,40}})\))"


_AGENCY = _agency("agency")
_DASH = r"\s*(?:--|—|–|-)\s+"
DATELINE_RE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE})(?P<region>{_REGION}{{0,2}}?)"
    rf"(?:{_DL_DATE}{_AGENCY}?(?:{_DASH}|\s+(?=[A-Z\"“]))|{_agency('agency2')}{_DASH}|{_DASH})"
)
TITLE_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:{_DL_DATE})?{_AGENCY}?\s*(?:—|--|–)\s+"
)
AGENCY_DATELINE_RE = re.compile(  # "Wirenet, Ottawa, 9 March 2015 (With ...) — "
    rf"^[\w .]{{2,30}},\s*(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*(?P<day>\d{{1,2}})\s+"
    rf"(?P<month>{_MONTH})\s+(?P<year>\d{{4}})\s*(?:\([^)]{{0,60}}\))?\s*(?:—|--|–)\s+"
)
REUTERS_PREFIX_RE = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")
BYLINE_RE = re.compile(
    r"^(?:By|BY|Written by|Reporting by)\s+[A-Z][\w.'\-]+(?:[ ,]+(?:and\s+)?[A-Z][\w.'\-]+){0,7}"
    r"(?:\s*[\[(|].*)?$"
)
BYLINE_PIPE_RE = re.compile(r"^[A-Z][A-Z.'\- ]+(?: and [A-Z][A-Z.'\- ]+)?\s*\|\s*[\w .]+$")
_STAMP_WORDS = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|published|updated|posted|last|am|pm|a\.m\.|p\.m\.|gmt|utc|edt|"
    r"est|cet|kst|ago|years?|hours?|minutes?|in|on|at|of|by|all|headlines|today)\b\.?",
    re.I,
)
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[A-Za-z])")
_STAMP_REST = re.compile(r"[\d:/.,\-|+()\s]+")
_SENT_END = re.compile(r"[.!?:;\"”’')\]]$")
_BULLET = re.compile(r"^\s*[*•·]\s+")
# a row of sharing buttons left inside a paragraph: four or more service names in a row
_SHARE_WORDS = (r"send|share|e-?mail|print|facebook|twitter|google\+|whatsapp|tumblr|linkedin|"
                r"stumble(?:upon)?|digg|reddit|newsvine|pinterest|vk|telegram|permalink")
# a dash glued to punctuation or to a speech word where a space was lost in extraction
# (",-Erdogan", ".-Some", "his powers-.", "told-reporters", "home-he said"): read as a space
GLUED_DASH_RE = re.compile(
    r'(?<=[,.;:"\u201d?!)])-(?=[A-Za-z"\u201c])'
    r'|(?<=[a-z])-(?=[,.;"\u201c\u201d])'
    r'|(?<=\b(?:said|says|told))-(?=[a-z])'
    r'|(?<=[a-z])-(?=(?:he|she|they|said|says|told)\b)'
    # a word glued to the function word after it ("demanded-the", "campaign-to end"); not a
    # compound that goes on with another dash ("face-to-face"), "-in"/"-on" only before a
    # name or determiner ("mosque-in Paris", not "a sit-in at")
    r'|(?<=[a-z]{2})-(?=(?:the|an?|to|of|for|and|with|from|his|her|their|its|after|during|'
    r'over|into)\b(?!-))'
    r'|(?<=[a-z]{2})-(?=(?:in|on)\s+(?:(?:the|an?|his|her|their|its)\b|[A-Z0-9]))')
# a word glued to the name after it ("met-Theo", "reviewed-Mr"); prefixes keep their dash
NAME_GLUE_RE = re.compile(r"\b([a-z]{3,})-(?=[A-Z][a-z])")
SHARE_BAR_RE = re.compile(rf"(?:\b(?:{_SHARE_WORDS})(?:\s+|$)){{4,}}(?:https?://\S+)?", re.I)


@lru_cache(maxsize=1)
def _leftover_res() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"^(?:{p})$", re.I) for p in pattern_lines("leftovers.txt"))


@dataclass
class CleanText:
    body: str
    title: str | None = None
    byline: str | None = None
    timestamp: str | None = None
    stamps: list[str] = field(default_factory=list)  # every time-stamp line, in order
    dateline: Dateline = field(default_factory=Dateline)
    dropped: list[str] = field(default_factory=list)


_NAV_SPLIT = re.compile(r"\s+[|•»·>/]\s+|\s*\|\s*")
_END_MARK = re.compile(r"\s*\((?:END|end|End)\)\s*$")


def is_nav(line: str) -> bool:
    """A navigation bar: three or more short items between separators
    ("Home | World | Sport | Business", "News » Middle East » Syria")."""
    parts = [p for p in _NAV_SPLIT.split(line.strip()) if p]
    return len(parts) >= 3 and all(len(p.split()) <= 3 for p in parts)


def is_leftover(line: str) -> bool:
    s = line.strip()
    return any(r.match(s) for r in _leftover_res())


def is_timestamp(line: str) -> bool:
    """A line that is only a date and/or time ("17:53 November 21, 2014", "24 Nov 2015")."""
    s = line.strip()
    if not s or len(s) > 90 or not re.search(r"\d", s):
        return False
    rest = _STAMP_REST.sub(" ", _STAMP_WORDS.sub(" ", _DIGIT_LETTER.sub(" ", s))).split()
    return len(rest) <= 1 and len(s.split()) <= 14


def is_byline(line: str) -> bool:
    s = line.strip()
    if len(s.split()) > 14:
        return False
    return bool(BYLINE_RE.match(s) or BYLINE_PIPE_RE.match(s)) or s.endswith("Staff Writer")


def _dateline_date(month: str | None, day: str | None, anchor: date | None,
                   written_year: str | None = None) -> str | None:
    if month and day and written_year:  # "GENEVA, March 3, 2017": the dateline says it all
        try:
            return date(int(written_year), MONTHS[month.lower()[:3]], int(day)).isoformat()
        except ValueError:
            return None
    if not month or not day or anchor is None:
        return anchor.isoformat() if anchor and not month else None
    m = MONTHS[month.lower()[:3]]
    year = anchor.year
    if m - anchor.month > 6:  # "Dec 30" in a story published in January
        year -= 1
    elif anchor.month - m > 6:
        year += 1
    try:
        return date(year, m, int(day)).isoformat()
    except ValueError:
        return None


def match_dateline(paragraph: str, anchor: date | None) -> tuple[Dateline, int] | None:
    """If the paragraph opens with a dateline, return it and the length of the matched prefix."""
    for rx in (DATELINE_RE, AGENCY_DATELINE_RE, TITLE_DATELINE_RE):
        m = rx.match(paragraph)
        if not m:
            continue
        place = m.group("place").strip()
        if rx is DATELINE_RE and len(place) < 3:
            continue
        gd = m.groupdict()
        agency = (gd.get("agency") or gd.get("agency2") or "").strip() or None
        when = _dateline_date(gd.get("month"), gd.get("day"), anchor, gd.get("year"))
        return Dateline(place=place, date=when, agency=agency), m.end()
    return None


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs; keep breaks after sentence ends and headings."""
    paras: list[str] = []
    buf = last = ""
    for line in lines:
        s = line.strip()
        if not s:
            if buf:
                paras.append(buf)
                buf = ""
            continue
        if _BULLET.match(s) or _BULLET.match(buf):  # bullets stand alone
            if buf:
                paras.append(buf)
            buf = last = s
            continue
        if buf and not _SENT_END.search(buf) and (s[0].islower() or _wrapped(last, s)):
            buf = f"{buf} {s}"
        else:
            if buf:
                paras.append(buf)
            buf = s
        last = s
    if buf:
        paras.append(buf)
    return paras


def _wrapped(previous: str, line: str) -> bool:
    """Hard-wrapped prose: lines of similar, column-like width."""
    return 45 <= len(previous) <= 80 and len(line) <= 80


def unglue(line: str) -> str:
    """Dashes that stand for a space lost in extraction read as spaces (same length, so
    offsets into the text hold)."""
    prefixes = words()["dash_prefixes"]
    line = GLUED_DASH_RE.sub(" ", line)
    return NAME_GLUE_RE.sub(lambda m: m.group(1) + ("-" if m.group(1) in prefixes else " "),
                            line)


def split_related(line: str) -> list[str]:
    """A linked story's headline glued into the text ("... said. READ MORE: Chile sends
    troops north The minister said ...") becomes a paragraph of its own, without its mark.
    The headline ends before the first capitalised stop word or opening quote that follows
    a lower-case word; with no such end in sight the line is left as it is."""
    w = words()
    for mark in w["related_link_marks"]:
        at = line.find(mark)
        if at < 0:
            continue
        rest = line[at + len(mark):].split(" ")
        end = _headline_end(rest, w["headline_ends_before"])
        if end is None:
            return [line]
        before = line[:at].strip()
        after = " ".join(rest[end:]).strip()
        return [p for p in (before, " ".join(rest[:end]).strip()) if p] + split_related(after)
    return [line]


# a subheading in single quotes glued to the sentence after it ("... said. 'Cold welcome'
# Ana Ruiz told ...", "Rebels 'ready to talk' The minister said ..."): at a sentence start, up
# to three capitalised words, a short single-quoted phrase, then a capital or opening quote
_QUOTED_SUBHEAD = re.compile(
    r"(?:^|(?<=[.!?\"\u201d]\s))((?:[A-Z][\w-]*,?\s){0,3}['\u2018][^'\u2018\u2019.!?\n]{2,60}"
    r"['\u2019])\s+(?=[A-Z\"\u201c])")


def split_subheads(line: str) -> list[str]:
    """A quoted subheading glued into the text becomes a paragraph of its own, so that it
    never runs into the next sentence's subject."""
    out: list[str] = []
    start = 0
    for m in _QUOTED_SUBHEAD.finditer(line):
        out += [line[start:m.start()].strip(), m.group(1).strip()]
        start = m.end()
    out.append(line[start:].strip())
    return [p for p in out if p] if len(out) > 1 else [line]


def _headline_end(words_: list[str], starters: list[str]) -> int | None:
    seen = 0
    for k, word in enumerate(words_):
        if not word:
            continue
        seen += 1
        prev = next((x for x in reversed(words_[:k]) if x), "")
        if seen < 3 or not prev:
            continue
        if prev[-1] in "?!" and word[:1].isupper():
            return k  # "Why do wells fail? In reply, ...": the question ends the headline
        if prev[-1] in ".;":
            return None  # a sentence mark: the headline was not glued ("Dying of hunger:
            # What is ..." has a colon of its own)
        bare = word.lstrip("\"“‘'")
        if not bare or not bare[0].isupper() or not prev[-1].isalnum() and \
                prev[-1] not in "'’\"”?":
            continue
        quoted = bare != word
        caps = len(bare.rstrip(",")) > 1 and bare.rstrip(",").isupper()  # "US", not "us"
        if quoted or (not caps and bare.rstrip(",").lower() in STOP_WORDS | set(starters)):
            return k
        if seen > 20:
            break
    return _speaker_start(words_)


def _speaker_start(words_: list[str]) -> int | None:
    """"... to retain the town Ana Ruiz said the ...": the headline ends before the run of
    capitalised words that is the subject of the first speech verb."""
    verbs = words()["headline_speech_verbs"]
    for v, word in enumerate(words_[:24]):
        if word.lower() not in verbs:
            continue
        start = v
        while start > 0 and words_[start - 1][:1].isupper():
            start -= 1
        return start if 3 <= start < v else None
    return None


def clean_article(text: str, published: str | None = None, title: str | None = None) -> CleanText:
    """Split a raw article into parseable body text and metadata."""
    anchor = parse_iso(published)
    out = CleanText(body="", title=title)
    kept: list[str] = []
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for raw in (bit for r in raws for piece in split_related(r) for bit in split_subheads(piece)):
        line = REUTERS_PREFIX_RE.sub("", raw)
        line = SHARE_BAR_RE.sub(" ", line).strip()  # "Send Facebook Twitter ... Permalink URL"
        line = _END_MARK.sub("", line)  # a wire story's closing "(END)"
        line = unglue(line)
        if not line:
            kept.append("")
            continue
        if is_leftover(line) or is_nav(line):
            out.dropped.append(line)
            continue
        if is_timestamp(line):
            out.timestamp = out.timestamp or line
            out.stamps.append(line)
            continue
        if is_byline(line):
            out.byline = out.byline or line
            continue
        kept.append(line)
    paras = _join_wrapped(kept)
    body: list[str] = []
    seen: set[str] = set()
    for i, para in enumerate(paras):
        if para in seen:  # captions repeated by page templates
            continue
        seen.add(para)
        if _BULLET.match(para):  # summary bullets restate the story
            out.dropped.append(para)
            continue
        if out.dateline.place is None and len(body) < 3:
            found = match_dateline(para, anchor)
            if found and len(para[found[1]:].split()) < 5:  # "GERMAN PRESS AGENCY - DPA"
                out.dropped.append(para)
                continue
            if found:
                out.dateline, cut = found
                para = para[cut:].strip()
                if not para:
                    continue
            elif re.fullmatch(r"[A-Z][A-Z .'/\-]{2,40}", para) and i + 1 < len(paras):
                out.dateline = Dateline(place=para, date=None)  # place alone on a line
                continue
        if not body and _looks_like_title(para) and (out.title is None or para == out.title):
            out.title = out.title or para
            continue
        if para == out.title:
            continue
        body.append(para)
    if out.dateline.date is None and anchor:
        out.dateline = Dateline(out.dateline.place, anchor.isoformat(), out.dateline.agency)
    out.body = "\n\n".join(body)
    return out


def _looks_like_title(para: str) -> bool:
    return len(para) < 160 and not _SENT_END.search(para) and len(para.split()) >= 3

