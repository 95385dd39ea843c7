"""PETRARCH/TABARI actor and agent dictionaries, read as they are.

Actor dictionaries: an entry line of ``_``-joined words (a trailing ``_`` means whole words;
without it the last word is a stem: ``ARNORIA`` also matches "Arnorian"), ``+`` synonym lines,
then one or more code lines, indented or on the entry line: ``[RUSGOV]`` (undated: the default),
``[RUSGOV 991231-080507]``, ``[RUSGOV >080508]``, ``[RUSELI <990809]``; dates are YYMMDD
(two-digit years 00-30 are 20xx, the rest 19xx) or YYYYMMDD. ``#`` starts a comment.

Agent dictionaries: ``ROLE [~GOV]`` with optional ``{PLURAL_FORMS}`` and ``!MACRO! = A, B``
substitution sets; an agent next to an actor composes its code ("Arnorian police" -> ARNCOP).

Bad lines are collected with file and line number; the load goes on with the good ones.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

CODE_RE = re.compile(r"\[([^\]]*)\]")
CODE_BODY_RE = re.compile(r"^(~?(?:[A-Z0-9]{3,}|---|\+\+\+)(?:/[A-Z0-9]{3,})*)"
                          r"(?:\s+([<>]?)\s*(\d{6}|\d{8})(?:\s*-\s*(\d{6}|\d{8}))?)?$")
NULL_CODES = frozenset({"---", "+++"})  # an actor known to code as no one
COMMENT_RE = re.compile(r"<!\s*--.*?-->")
MACRO_RE = re.compile(r"^!([A-Z0-9_]+)!\s*=\s*(.+)$")
_PIECES = re.compile(r"-|[^-]+")


@dataclass(frozen=True)
class DatedCode:
    code: str
    start: date | None = None
    end: date | None = None

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class DictEntry:
    name: str  # the entry line, as written
    codes: list[DatedCode] = field(default_factory=list)
    source: str = ""  # file:line

    def code_at(self, when: date | None) -> str | None:
        """The code in force at ``when``: a dated code covering it, else the undated default."""
        dated = [c for c in self.codes if c.start or c.end]
        default = next((c.code for c in self.codes if not (c.start or c.end)), None)
        if when is not None:
            for c in dated:
                if c.covers(when):
                    return c.code
            return default
        return default or (dated[-1].code if dated else None)


@dataclass
class Phrase:
    tokens: tuple[str, ...]  # lower-case tokens, spaCy-like split
    stem: bool  # the last token is a prefix
    entry: int


@dataclass
class ActorDictionary:
    entries: list[DictEntry] = field(default_factory=list)
    by_first: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    stems: dict[str, list[Phrase]] = field(default_factory=lambda: defaultdict(list))
    problems: list[str] = field(default_factory=list)
    n_phrases: int = 0

    def add_phrase(self, text: str, entry: int) -> None:
        stem = not text.endswith("_")
        toks = tokens_of(text)
        if not toks:
            return
        phrase = Phrase(toks, stem, entry)
        self.n_phrases += 1
        if stem and len(toks) == 1:
            self.stems[toks[0]].append(phrase)
        else:
            self.by_first[toks[0]].append(phrase)

    def find(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(start, end, entry index) of every match; names must be capitalised in the text."""
        return [(s, e, i) for s, e, i, _stem in self.find_all(doc)]

    def find_all(self, doc: Doc) -> list[tuple[int, int, int, bool]]:
        """(start, end, entry index, by a stem) of every match. A name must be capitalised in
        the text: a one-word name itself, a longer one in one of its words ("the Shire")."""
        out = []
        # the words of the text; a token written with underscores, as PETRARCH's input joins
        # words ("Dol_Amroth"), is its words; owner: the token of each word
        texts: list[str] = []
        owner: list[int] = []
        for tok in doc:
            parts = tok.text.split("_") if "_" in tok.text.strip("_") else [tok.text]
            for part in parts:
                if part:
                    texts.append(part)
                    owner.append(tok.i)
        lowers = [t.lower() for t in texts]
        starts = {k for k in range(len(owner)) if k == 0 or owner[k - 1] != owner[k]}
        ends = {k for k in range(len(owner)) if k + 1 == len(owner) or owner[k + 1] != owner[k]}
        for i, text in enumerate(texts):
            if i not in starts:
                continue
            cap = text[:1].isupper()
            for phrase in self.by_first.get(lowers[i], ()):
                n = len(phrase.tokens)
                got = lowers[i:i + n]
                if len(got) < n or i + n - 1 not in ends or not (
                        cap or any(t[:1].isupper() for t in texts[i + 1:i + n])):
                    continue
                if got[:-1] == list(phrase.tokens[:-1]) and (
                        got[-1] == phrase.tokens[-1] or
                        (phrase.stem and got[-1].startswith(phrase.tokens[-1]))):
                    out.append((owner[i], owner[i + n - 1] + 1, phrase.entry,
                                got[-1] != phrase.tokens[-1]))
            if not cap or i not in ends:
                continue
            low = lowers[i]
            for k in range(3, len(low) + 1):
                for phrase in self.stems.get(low[:k], ()):
                    out.append((owner[i], owner[i] + 1, phrase.entry, k < len(low)))
        return out


def _uncomment(raw: str, in_comment: bool) -> tuple[str, bool]:
    """A line without its comments: ``#`` to the end of the line, ``<!-- ... -->`` (which may
    run over several lines; ``in_comment`` carries that state)."""
    line = raw
    if in_comment:
        if "-->" not in line:
            return "", True
        line = line.split("-->", 1)[1]
    line = COMMENT_RE.sub("", line)
    opened = re.search(r"<!\s*--", line)
    if opened:
        return line[:opened.start()].split("#", 1)[0].rstrip(), True
    return line.split("#", 1)[0].rstrip(), False


def tokens_of(text: str) -> tuple[str, ...]:
    """Split a dictionary phrase the way spaCy splits text: words (joined by ``_`` or blanks,
    both mean "next to each other" in an actor phrase), and hyphens apart."""
    words = [w for w in re.split(r"[_\s]+", text.strip().strip("_")) if w]
    toks: list[str] = []
    for w in words:
        toks.extend(p.lower() for p in _PIECES.findall(w) if p)
    return tuple(toks)


def _year(yy: str) -> int:
    return int(yy) + (2000 if int(yy) <= 30 else 1900)


def parse_date(value: str) -> date:
    if len(value) == 8:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    return date(_year(value[:2]), int(value[2:4]), int(value[4:]))


def parse_code(body: str) -> DatedCode:
    """``RUSGOV 991231-080507`` -> DatedCode; raises ValueError with the cause. Codes are
    upper-cased (``[pse]``); ``[---]`` is an actor coded as no one; ``[ELR/GAL]`` stands for
    several actors at once; a date range may have blanks around its ``-``."""
    m = CODE_BODY_RE.match(" ".join(body.split()).upper())
    if not m:
        raise ValueError(f"cannot read code [{body}]")
    code, op, first, second = m.groups()
    if not first:
        return DatedCode(code)
    d1 = parse_date(first)
    if op == ">":
        return DatedCode(code, start=d1)
    if op == "<":
        return DatedCode(code, end=d1)
    if second is None:
        raise ValueError(f"date range needs two dates or < / >: [{body}]")
    d2 = parse_date(second)
    if d2 < d1 and len(second) == 6:
        d2 = d2.replace(year=d2.year + 100)
    return DatedCode(code, start=d1, end=d2)


def looks_like_dictionary(path: Path) -> bool:
    """TABARI/PETRARCH format (not a CSV table), recognised by content."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            return not ("," in s and "name" in s.lower().split(",")[0])
    return False


def load_actor_dictionary(path: str | Path, into: ActorDictionary | None = None
                          ) -> ActorDictionary:
    path = Path(path)
    d = into or ActorDictionary()
    current: int | None = None
    pending_names: list[str] = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        in_comment = False
        for n, raw in enumerate(fh, start=1):
            where = f"{path.name}:{n}"
            line, in_comment = _uncomment(raw, in_comment)
            if not line.strip():
                continue
            body = line.strip()
            codes = CODE_RE.findall(body)
            text = CODE_RE.sub("", body).strip()
            if text.startswith("+"):
                if current is None:
                    d.problems.append(f"{where}: synonym line before any entry")
                    continue
                d.add_phrase(text[1:].strip(), current)
                pending_names.append(text[1:].strip())
            elif text:
                if "[" in text or "]" in text:
                    d.problems.append(f"{where}: unbalanced brackets in {body!r}")
                    continue
                d.entries.append(DictEntry(text, source=where))
                current = len(d.entries) - 1
                d.add_phrase(text, current)
            elif not codes:
                d.problems.append(f"{where}: cannot read {body!r}")
                continue
            for c in codes:
                if current is None:
                    d.problems.append(f"{where}: code line before any entry")
                    break
                try:
                    d.entries[current].codes.append(parse_code(c))
                except ValueError as exc:
                    d.problems.append(f"{where}: {exc}")
    return d


@dataclass
class Agent:
    term: str  # lower case, space-joined
    code: str  # e.g. "COP" (the part after ~)
    source: str
    prefix: bool = False  # [NGO~]: the code goes before the actor's ("NGOARN")


def load_agent_dictionary(path: str | Path) -> tuple[list[Agent], list[str]]:
    path = Path(path)
    macros: dict[str, list[str]] = {}
    agents: list[Agent] = []
    problems: list[str] = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        in_comment = False
        for n, raw in enumerate(fh, start=1):
            where = f"{path.name}:{n}"
            line, in_comment = _uncomment(raw, in_comment)
            line = line.strip()
            if not line:
                continue
            m = MACRO_RE.match(line)
            if m:
                macros[m.group(1)] = [v.strip() for v in m.group(2).split(",") if v.strip()]
                continue
            codes = CODE_RE.findall(line)
            body = codes[0].strip() if len(codes) == 1 else ""
            if not (body.startswith("~") or body.endswith("~")) or len(body) < 4:
                problems.append(f"{where}: expected 'ROLE [~CODE]', got {line!r}")
                continue
            code = body.strip().strip("~").strip()  # [~COP] a role; [NGO~] a type of actor
            prefix = body.strip().endswith("~") and not body.strip().startswith("~")
            rest = CODE_RE.sub("", line)
            plurals = re.findall(r"\{([^}]*)\}", rest)
            term = re.sub(r"\{[^}]*\}", "", rest).strip()
            forms = [term] + [p.strip() for ps in plurals for p in ps.split(",") if p.strip()]
            if not plurals and "!" not in term:  # regular plurals are made; {} says none
                forms.append(plural_of(term))
            try:
                expanded = [x for f in forms for x in _expand(f, macros)]
            except KeyError as exc:
                problems.append(f"{where}: unknown substitution set !{exc.args[0]}!")
                continue
            for f in dict.fromkeys(expanded):
                agents.append(Agent(" ".join(tokens_of(f + "_")), code, where, prefix))
    return agents, problems


def plural_of(phrase: str) -> str:
    """The regular plural of a phrase's last word, as PETRARCH makes it: +S, Y -> IES,
    +ES after S, X, Z, SH, CH."""
    head, _, last = phrase.strip().rstrip("_").rpartition(" ") if " " in phrase.strip() \
        else ("", "", phrase.strip().rstrip("_"))
    stem, sep, word = last.rpartition("_")
    up = word.upper()
    if up.endswith("Y") and up[-2:-1] not in ("A", "E", "O", "U"):
        word = word[:-1] + ("ies" if word[-1].islower() else "IES")
    elif up.endswith(("S", "X", "Z", "SH", "CH")):
        word += "es" if word[-1].islower() else "ES"
    else:
        word += "s" if word[-1:].islower() else "S"
    return f"{head} {stem}{sep}{word}".strip() if head else f"{stem}{sep}{word}"


def _expand(form: str, macros: dict[str, list[str]]) -> list[str]:
    m = re.search(r"!([A-Z0-9_]+)!", form)
    if not m:
        return [form]
    values = macros[m.group(1)]
    return [x for v in values for x in _expand(form[:m.start()] + v + form[m.end():], macros)]
