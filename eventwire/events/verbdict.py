"""PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt and the like), read whole.

The file is a series of ``&SYNSET`` definitions (``+`` lines) and verb blocks::

    &PACT                              # a synset: words or phrases, "_" joins words
    +TREATY
    +ACCORD_
    --- RATIFY  [057]  ---             # a block: its default code ([---] = no event)
    RATIFY                             # the block's verbs, regular forms generated
    UNDERWRITE {UNDERWROTE UNDERWRITTEN} [051]    # irregular forms, the verb's own code
    +SIGN_OFF {+SIGNED_OFF +SIGNS_OFF}            # multi-word verb: "+" marks the verb
    - * &PACT  [057]                   # pattern: words before * are the subject side,
    - $ * (WITH +) {TRADE &PACT} [057:057]   # after it the object side; (PREP ...) a
    - NOT * [---]                      # prepositional phrase; $ source, + target, % both

and, at the end, a ``TRANSFORMATIONS`` section of ``~`` lines. Every line that cannot be read
is reported as ``file:line: cause`` and skipped; the rest of the file loads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

NO_EVENT = "---"
MARKERS = frozenset({"$", "+", "%", "^"})
_CODE = re.compile(r"^[0-9A-Za-z]{1,6}$")
_BLOCK = re.compile(r"^---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*(---)?\s*$")
_VERB = re.compile(r"^([^\s{\[]+(?:\s+[A-Za-z][^\s{\[#]*)*)\s*"
                   r"(?:\{([^}]*)\})?\s*(?:\[([^\]]*)\])?$")
_TRANSFORM = re.compile(
    r"^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$")


@dataclass(frozen=True)
class Word:
    """A word or phrase a pattern asks for; the last word is the head. ``joined``: the words
    stand next to each other ("_" in the file); else they only share a noun phrase ({A B})."""

    words: tuple[str, ...]
    joined: bool = True

    def __str__(self) -> str:
        return ("_" if self.joined else " ").join(self.words).upper() if self.joined else \
            "{" + " ".join(self.words).upper() + "}"


@dataclass(frozen=True)
class Marker:
    """``$`` source, ``+`` target, ``%`` both sides of a compound actor, ``^`` skip."""

    kind: str

    def __str__(self) -> str:
        return self.kind


@dataclass(frozen=True)
class Prep:
    """``(PREP object ...)``: a prepositional phrase; ``objects`` may be empty ("(WITH)")."""

    prep: str
    objects: tuple[Word | Marker, ...] = ()

    def __str__(self) -> str:
        return "(" + " ".join([self.prep.upper(), *map(str, self.objects)]) + ")"


Element = Word | Marker | Prep


@dataclass(frozen=True)
class Pattern:
    before: tuple[Element, ...]  # the subject side
    after: tuple[Element, ...]  # the object / complement side
    code: str | None  # None: no event for the source on the target ([---], [:173])
    reverse: str | None  # the second code of [a:b]: the target acts on the source
    origin: str  # "CAMEO.2.0.txt:1234"
    text: str  # the pattern as written, "- * RESOLVE [012]"
    adjacent: tuple[bool, bool] = (False, False)  # "IN_*" / "*_OUT": next to the verb

    @property
    def rule(self) -> str:
        return f"{self.origin} {self.text}"

    @property
    def words(self) -> int:
        """How much the pattern asks for: its words, prepositions and markers."""
        def size(e: Element) -> int:
            if isinstance(e, Word):
                return len(e.words)
            if isinstance(e, Prep):
                return 1 + sum(size(o) for o in e.objects)
            return 1 if e.kind != "^" else 0
        return sum(size(e) for e in (*self.before, *self.after))


@dataclass
class Verb:
    """One verb of a block: its lemma (the word marked "+" in a phrase), the words before and
    after it in a multi-word verb, irregular forms, and its own code if it has one."""

    lemma: str
    pre: tuple[str, ...] = ()
    post: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    code: str | None = None
    origin: str = ""
    reverse: str | None = None  # [a:b] on the verb line: the target acts back with b


@dataclass
class Block:
    name: str
    code: str | None  # None: [---], the bare verb codes no event
    origin: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    reverse: str | None = None  # [a:b] in the header: the target acts back with b


@dataclass(frozen=True)
class Transformation:
    """``~ a (a b ATTACK) SAY = a b 015``: an outer verb whose complement is another coded
    verb; letters name actors, ``.`` any actor, ``_`` none, ``Q`` any verb."""

    outer_source: str
    inner_source: str
    inner_target: str
    inner_verb: str
    outer_verb: str
    source: str
    target: str
    code: str
    origin: str


@dataclass
class VerbDictionary:
    blocks: list[Block] = field(default_factory=list)
    synsets: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    transformations: list[Transformation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    by_lemma: dict[str, list[tuple[Verb, Block]]] = field(default_factory=dict)
    by_form: dict[str, str] = field(default_factory=dict)  # irregular form -> lemma

    def index(self) -> None:
        self.by_lemma.clear()
        self.by_form.clear()
        for block in self.blocks:
            for verb in block.verbs:
                self.by_lemma.setdefault(verb.lemma, []).append((verb, block))
                for form in verb.forms:
                    self.by_form.setdefault(form, verb.lemma)

    def lemmas(self) -> frozenset[str]:
        return frozenset(self.by_lemma)

    def __len__(self) -> int:
        return sum(len(b.patterns) for b in self.blocks)


def _strip_comment(line: str) -> str:
    line = re.sub(r"<!--.*?-->", "", line)
    return line.split("#", 1)[0].rstrip()


def _code(raw: str) -> tuple[str | None, str | None, str | None]:
    """(code, reverse, problem) from the text inside [...]."""
    raw = raw.strip()
    if raw in (NO_EVENT, ""):
        return None, None, None if raw else "empty code []"
    first, sep, second = raw.partition(":")
    out: list[str | None] = []
    for part in (first, second):
        part = part.strip()
        if part in ("", NO_EVENT):
            out.append(None)
        elif _CODE.match(part):
            out.append(part)
        else:
            return None, None, f"cannot read code [{raw}]"
    if sep and out[0] is None and out[1] is None:
        return None, None, f"cannot read code [{raw}]"
    return out[0], out[1] if sep else None, None


def _verb_words(text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """"WIRE_+TAP" -> ("tap", ("wire",), ()); "+SHUT_DOWN" -> ("shut", (), ("down",))."""
    words = [w for w in re.split(r"[_\s]+", text.strip()) if w]
    if not words:
        return None
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    at = marked[0] if marked else 0
    words = [w.lstrip("+").lower() for w in words]
    if not all(words):
        return None
    return words[at], tuple(words[:at]), tuple(words[at + 1:])


class _Reader:
    def __init__(self, name: str, dictionary: VerbDictionary) -> None:
        self.name = name
        self.d = dictionary
        self.block: Block | None = None
        self.synset: str | None = None
        self.synset_no_plural = False
        self.pending: dict[str, list[tuple[str, ...]]] = {}

    def warn(self, n: int, cause: str) -> None:
        self.d.problems.append(f"{self.name}:{n}: {cause}")

    # ---- synsets --------------------------------------------------------------------------
    def synset_member(self, n: int, text: str) -> None:
        assert self.synset is not None
        if any(m in text.split() for m in MARKERS) or "*" in text:
            self.warn(n, f"synset &{self.synset} member {text!r} may hold only words")
            return
        words = tuple(w.lower() for w in re.split(r"[_\s]+", text.strip()) if w)
        if not words:
            return
        if len(words) == 1 and words[0].startswith("&"):
            ref = words[0][1:].upper()
            if ref not in self.d.synsets:
                self.warn(n, f"synset &{ref} is used in &{self.synset} before it is defined")
                return
            self.pending[self.synset].extend(self.d.synsets[ref])
            return
        self.pending[self.synset].append(words)
        if not self.synset_no_plural and not text.rstrip().endswith("_"):
            self.pending[self.synset].append((*words[:-1], _plural(words[-1])))
        self.d.synsets[self.synset] = frozenset(self.pending[self.synset])

    # ---- patterns ---------------------------------------------------------------------------
    def pattern(self, n: int, text: str) -> None:
        if self.block is None:
            self.warn(n, "pattern before any verb block")
            return
        m = re.search(r"\[([^\]]*)\]\s*$", text)
        if not m:
            self.warn(n, "pattern without a [code]")
            return
        code, reverse, problem = _code(m.group(1))
        if problem:
            self.warn(n, problem)
            return
        body = text[1:m.start()].strip()
        if body.count("*") != 1:
            self.warn(n, f"pattern needs exactly one '*' for the verb, found {body.count('*')}")
            return
        left, right = body.split("*")
        adjacent = (left.endswith("_"), right.startswith("_"))
        try:
            before = self.elements(left.strip().strip("_"))
            after = self.elements(right.strip().strip("_"))
        except ValueError as exc:
            self.warn(n, str(exc))
            return
        self.block.patterns.append(Pattern(before, after, code, reverse, f"{self.name}:{n}",
                                           " ".join(text.split()), adjacent))

    def elements(self, text: str) -> tuple[Element, ...]:
        out: list[Element] = []
        tokens = re.findall(r"\([^)]*\)?|\{[^}]*\}?|[^\s(){}]+", text)
        for tok in tokens:
            if tok.startswith("("):
                if not tok.endswith(")"):
                    raise ValueError(f"unclosed '(' in {text!r}")
                inner = self.elements(tok[1:-1].strip())
                if not inner or not isinstance(inner[0], Word) or len(inner[0].words) != 1:
                    raise ValueError(f"a (PREP ...) group starts with one preposition: {tok!r}")
                if any(isinstance(e, Prep) for e in inner):
                    raise ValueError(f"a (PREP ...) group inside another: {tok!r}")
                out.append(Prep(inner[0].words[0],
                                tuple(e for e in inner[1:] if not isinstance(e, Prep))))
            elif tok.startswith("{"):
                if not tok.endswith("}"):
                    raise ValueError(f"unclosed '{{' in {text!r}")
                words = tuple(w for part in tok[1:-1].split() for w in self.words(part))
                if not words:
                    raise ValueError(f"empty {{}} phrase in {text!r}")
                out.append(Word(words, joined=False))
            elif tok in MARKERS:
                out.append(Marker(tok))
            elif tok.strip("_"):  # "NEW_&TIES_RELATIONS", "SUGGESTED_+"
                run: list[str] = []
                for piece in [*tok.split("_"), ""]:
                    if piece and piece not in MARKERS:
                        run.append(piece)
                        continue
                    if run:
                        out.append(Word(self.words("_".join(run))))
                        run = []
                    if piece:
                        out.append(Marker(piece))
        return tuple(out)

    def words(self, tok: str) -> tuple[str, ...]:
        out = []
        for w in tok.split("_"):
            if not w:
                continue
            if w.startswith("&"):
                if w[1:].upper() not in self.d.synsets:
                    raise ValueError(f"synset {w.upper()} is used before it is defined")
                out.append(w[1:].upper())  # a synset: upper case, words are lower case
            else:
                out.append(w.lower())
        return tuple(out)

    # ---- verbs --------------------------------------------------------------------------------
    def verb(self, n: int, text: str) -> None:
        if self.block is None:
            self.warn(n, f"verb {text!r} before any '--- NAME [code] ---' block")
            return
        m = _VERB.match(text.split(";", 1)[0].rstrip())  # TABARI's ";" comments
        if not m:
            self.warn(n, f"cannot read verb line {text!r}")
            return
        words = _verb_words(m.group(1))
        if words is None:
            self.warn(n, f"cannot read verb {m.group(1)!r}")
            return
        code, problem, rev = None, None, None
        if m.group(3) is not None:
            code, rev, problem = _code(m.group(3))
            if problem:
                self.warn(n, problem)
                return
            if code is None and rev is None:
                code = NO_EVENT
        forms = []
        for form in (m.group(2) or "").split():
            got = _verb_words(form)
            if got is not None:
                forms.append(got[0])
        lemma, pre, post = words
        self.block.verbs.append(Verb(lemma, pre, post, tuple(forms), code, f"{self.name}:{n}",
                                     rev))

    # ---- lines ----------------------------------------------------------------------------------
    def line(self, n: int, raw: str) -> None:
        text = _strip_comment(raw).strip()
        if not text:
            return
        if text.startswith("~"):
            self.transformation(n, text)
            return
        if text.startswith("---"):
            self.synset = None
            m = _BLOCK.match(text)
            if not m:
                self.warn(n, f"cannot read block header {text!r} (want '--- NAME [code] ---')")
                self.block = None
                return
            code, rev, problem = _code(m.group(2) or NO_EVENT)
            if not m.group(3):
                self.warn(n, "block header without its closing '---' (read as one)")
            if problem:
                self.warn(n, problem)
            self.block = Block(m.group(1).strip(), code, f"{self.name}:{n}", reverse=rev)
            self.d.blocks.append(self.block)
            return
        if text.startswith("&"):
            name = text.split()[0]
            self.synset = name[1:].rstrip("_").upper()
            self.synset_no_plural = name.endswith("_")
            if len(text.split()) > 1:
                self.warn(n, f"synset label {name} followed by {text.split(None, 1)[1]!r}")
            self.pending[self.synset] = []
            self.d.synsets[self.synset] = frozenset()
            return
        if text.startswith("+") and self.synset is not None:
            self.synset_member(n, text[1:])
            return
        self.synset = None
        if text.startswith("-"):
            self.pattern(n, text)
        else:
            self.verb(n, text)

    def transformation(self, n: int, text: str) -> None:
        m = _TRANSFORM.match(text)
        if not m:
            self.warn(n, f"cannot read transformation {text!r}")
            return
        g = [x.lower() for x in m.groups()]
        code = m.group(8)
        if code != "Q" and not _CODE.match(code):
            self.warn(n, f"cannot read transformation code {code!r}")
            return
        self.d.transformations.append(Transformation(
            g[0], g[1], g[2], g[3], g[4], g[5], g[6], code, f"{self.name}:{n}"))


def _plural(word: str) -> str:
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def parse_verbs(lines: Iterable[str], name: str = "<verbs>") -> VerbDictionary:
    """Read a verb dictionary from its lines; bad lines go to ``.problems``."""
    d = VerbDictionary()
    reader = _Reader(name, d)
    for n, raw in enumerate(lines, start=1):
        reader.line(n, raw)
    for block in d.blocks:
        if not block.verbs:
            reader.warn(int(block.origin.rsplit(":", 1)[1]),
                        f"block {block.name!r} has no verbs")
    d.index()
    return d


def load_verbs(path: str | Path) -> VerbDictionary:
    """Load a verb dictionary file (read as UTF-8, undecodable bytes replaced)."""
    p = Path(path)
    with p.open(encoding="utf-8", errors="replace") as fh:
        return parse_verbs(fh, p.name)


def load_all(paths: Iterable[str | Path]) -> VerbDictionary | None:
    """Several files as one dictionary (later files' blocks after earlier ones)."""
    merged: VerbDictionary | None = None
    for path in paths:
        d = load_verbs(path)
        if merged is None:
            merged = d
            continue
        merged.blocks.extend(d.blocks)
        merged.synsets.update(d.synsets)
        merged.transformations.extend(d.transformations)
        merged.problems.extend(d.problems)
        merged.index()
    return merged
