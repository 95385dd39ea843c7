"""Match a PETRARCH verb dictionary (events/verbdict.py) on the spaCy dependency tree.

For a verb the dictionary knows (by lemma, or by an irregular form it lists; a multi-word verb
needs its other words next to it), every pattern of its block is tried:

- words before ``*`` are looked for on the subject side: the subject phrases, the verb's own
  left dependents (auxiliaries, negation, adverbs) and the verbs it hangs on ("failed to *");
- words after ``*`` on the object side: the verb's right dependents and their phrases, not
  coordinated or subordinate clauses with subjects of their own;
- a word matches by form or lemma (plurals too); ``A_B`` needs the words next to each other,
  ``{A B}`` in one phrase (B its head); an ``&SYNSET`` matches any of its phrases;
- ``(PREP X)`` matches a preposition child with that word in its object;
- ``$`` and ``+`` say where the source and the target are (a subject marked ``+`` is the
  target), ``%`` that the coordinated subjects act on each other (after the verb: that every
  member of the coordinated object is a target), ``^`` skips a noun phrase.

The matching pattern that asks for most wins (as in PETRARCH), the first in the file on a tie;
with none, the verb's own code, else its block's. ``[---]`` makes no event, and so hides the
built-in lexicon's reading of the same verb: the loaded dictionary wins for the verbs it covers.
``[a:b]`` codes the source on the target with ``a`` and the target back on the source with
``b``. Every frame's entry names the dictionary line and pattern (``VerbEntry.rule``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from eventwire.codebook import lookup_any
from eventwire.events.frames import Frame, conjuncts, subjects, verb_frame
from eventwire.events.lexicon import LexEntry
from eventwire.events.verbdict import (
    Block,
    Element,
    Marker,
    Pattern,
    Verb,
    VerbDictionary,
    Word,
    load_all,
)
from eventwire.records import Event
from eventwire.rules import Step, register

PATTERN_RULE = register(
    "verbs.pattern.v1", stage="trigger",
    summary="A loaded verb dictionary codes its verbs: the most specific matching pattern wins, "
            "else the verb's or its block's code",
    example="France praised the German policy on Monday.",
    verbs="--- PRAISE  [051]  ---\nPRAISE\n- * POLICY  [054]\n")
REVERSE_RULE = register(
    "verbs.reverse.v1", stage="target",
    summary="A verb dictionary code pair [a:b]: the target acts back on the source with b",
    example="France hosted Germany on Monday.",
    verbs="--- HOST  [---]  ---\nHOST\n- * +  [042:043]\n")

CLAUSE_DEPS = frozenset({"advcl", "relcl", "parataxis", "acl"})
LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod", "npadvmod", "prep", "mark", "prt"})


@dataclass(frozen=True)
class VerbEntry(LexEntry):
    """A lexicon-shaped entry for a dictionary match, naming its line and pattern."""

    pattern: str = ""  # "CAMEO.2.0.txt:1234 - * RESOLVE [012]" or the verb line
    reverse: str | None = None  # [a:b]: the target's code back on the source
    forward: bool = True  # False for [:b]: only the target acts

    @property
    def rule(self) -> str:
        return self.pattern

    @property
    def rule_id(self) -> str:
        """The dictionary line: ``CAMEO.2.0.txt:1234``."""
        return self.pattern.split(" ", 1)[0]


@dataclass
class Match:
    pattern: Pattern | None
    words: int
    sources: list[Token] | None = None
    targets: list[Token] | None = None
    both: list[Token] | None = None
    used: frozenset[int] = frozenset()  # tokens the pattern's words matched


def _plain(word: str) -> set[str]:
    out = {word}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    elif word.endswith("es"):
        out.update({word[:-2], word[:-1]})
    elif word.endswith("s") and not word.endswith("ss"):
        out.add(word[:-1])
    return out


def _word_is(tok: Token, word: str) -> bool:
    if word == "n't":
        return tok.lower_ in ("n't", "not")
    return tok.lower_ == word or tok.lemma_.lower() in _plain(word) or tok.lower_ in _plain(word)


class VerbMatcher:
    """Finds dictionary frames in a sentence; one per process (patterns are read-only)."""

    def __init__(self, dictionary: VerbDictionary) -> None:
        self.d = dictionary
        self.problems = list(dictionary.problems)

    # ---- which verb --------------------------------------------------------------------------
    def verb_of(self, tok: Token) -> tuple[Verb, Block] | None:
        if tok.pos_ not in ("VERB", "AUX") and tok.tag_[:2] != "VB":
            return None
        # a form that is itself a verb of the dictionary is that verb ("left" is LEFT, not
        # LEAVE; "met" is MET), as PETRARCH looks verbs up by their forms
        cands = self.d.by_lemma.get(tok.lower_) or self.d.by_lemma.get(tok.lemma_.lower()) or \
            self.d.by_lemma.get(self.d.by_form.get(tok.lower_, ""), [])
        best: tuple[Verb, Block] | None = None
        for verb, block in cands:
            if not self._phrase_ok(tok, verb):
                continue
            if best is None or len(verb.pre) + len(verb.post) > \
                    len(best[0].pre) + len(best[0].post):
                best = (verb, block)
        return best

    def _phrase_ok(self, tok: Token, verb: Verb) -> bool:
        doc = tok.doc
        for k, w in enumerate(reversed(verb.pre), start=1):
            if tok.i - k < 0 or not _word_is(doc[tok.i - k], w):
                return False
        for w in verb.post:  # "shut down", "shut the station down"
            near = [c for c in tok.children if c.dep_ in ("prt", "prep", "advmod", "dobj",
                                                          "dative", "acomp", "xcomp")]
            if not any(_word_is(c, w) for c in near) and not (
                    tok.i + 1 < len(doc) and _word_is(doc[tok.i + 1], w)):
                return False
        return True

    # ---- the sides of a verb -------------------------------------------------------------------
    def before_side(self, v: Token) -> list[Token]:
        out: dict[int, Token] = {}
        for s in subjects(v):
            for t in s.subtree:
                out[t.i] = t
            for c in s.conjuncts:
                for t in c.subtree:
                    out[t.i] = t
        for c in v.lefts:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj") or c.dep_ in LEFT_DEPS:
                for t in c.subtree:
                    out[t.i] = t
        head, hops = v, 0
        while head.head.i != head.i and hops < 3 and head.dep_ in (
                "xcomp", "ccomp", "conj", "advcl", "pcomp", "acomp"):
            head = head.head
            hops += 1
            if head.i < v.i:
                out[head.i] = head
                for c in head.lefts:
                    if c.dep_ in LEFT_DEPS:
                        for t in c.subtree:
                            out[t.i] = t
        return [out[i] for i in sorted(out) if i < v.i or out[i].dep_ in ("nsubj", "nsubjpass")]

    def after_side(self, v: Token) -> list[Token]:
        out: list[Token] = []
        for c in v.rights:
            if c.dep_ in CLAUSE_DEPS or c.dep_ in ("punct", "cc"):
                continue
            if c.dep_ == "conj" and (c.pos_ in ("VERB", "AUX") or
                                     any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
                continue
            out.extend(t for t in c.subtree)
        for c in v.lefts:  # "what did they seek", fronted objects
            if c.dep_ in ("dobj", "attr"):
                out.extend(c.subtree)
        return sorted(out, key=lambda t: t.i)

    # ---- words ---------------------------------------------------------------------------------
    def _seq_at(self, words: Sequence[str], end: int, doc_tokens: dict[int, Token],
                doc: Doc) -> int | None:
        """Match the words as consecutive tokens ending at ``end``; returns the start index."""
        if not words:
            return end + 1
        *rest, last = words
        if last.isupper():  # a synset: any of its phrases, ending here
            for phrase in self.d.synsets.get(last, ()):
                start = self._seq_at(phrase, end, doc_tokens, doc)
                if start is not None:
                    got = self._seq_at(rest, start - 1, doc_tokens, doc)
                    if got is not None:
                        return got
            return None
        if end < 0 or end >= len(doc) or not _word_is(doc[end], last):
            return None
        return self._seq_at(rest, end - 1, doc_tokens, doc) if rest else end

    def _word(self, elem: Word, side: list[Token]) -> Token | None:
        """The head token where the word or phrase matches on this side, or None."""
        if not side:
            return None
        doc = side[0].doc
        where = {t.i: t for t in side}
        for tok in side:
            if elem.joined:
                start = self._seq_at(elem.words, tok.i, where, doc)
                if start is not None and start in where:
                    return tok
                continue
            if self._seq_at(elem.words[-1:], tok.i, where, doc) is None:
                continue
            phrase = list(tok.subtree) + ([tok.head] if tok.dep_ == "compound" else [])
            if all(any(self._seq_at((w,), t.i, where, doc) is not None for t in phrase)
                   for w in elem.words[:-1]):
                return tok
        return None

    # ---- patterns ------------------------------------------------------------------------------
    def match(self, v: Token, pattern: Pattern) -> Match | None:
        if pattern.adjacent[0] and not any(
                e for e in pattern.before if not isinstance(e, Marker)):
            return None
        got = Match(pattern, pattern.words)
        used: set[int] = set()
        for side_elems, side, before in ((pattern.before, self.before_side(v), True),
                                         (pattern.after, self.after_side(v), False)):
            if pattern.adjacent[0 if before else 1] and side_elems:
                first = side_elems[-1] if before else side_elems[0]
                if isinstance(first, Word):
                    k = v.i - 1 if before else v.i + 1
                    n = len(first.words)
                    span = range(k - n + 1, k + 1) if before else range(k, k + n)
                    if any(i < v.sent.start or i >= v.sent.end for i in span):
                        return None
                    side = [v.doc[i] for i in span]
            floor = -1  # the pattern's words stand in this order in the sentence
            for elem in side_elems:
                if isinstance(elem, Marker) and elem.kind == "^" and not before:
                    nxt = next((t for t in side if t.i > floor and t.i not in used and
                                t.pos_ in ("NOUN", "PROPN")), None)  # skip a noun phrase
                    if nxt is not None:
                        floor = max(nxt.i, max((t.i for t in nxt.subtree
                                                if t.dep_ in ("compound", "flat")), default=0))
                    continue
                had = set(used)
                if not self._element(v, elem, [t for t in side if t.i > floor], before, got,
                                     used):
                    return None
                if not isinstance(elem, Marker) and used - had:
                    floor = max(used - had)
        got.used = frozenset(used)
        return got

    def _element(self, v: Token, elem: Element, side: list[Token], before: bool, got: Match,
                 used: set[int]) -> bool:
        if isinstance(elem, Word):
            tok = self._word(elem, [t for t in side if t.i not in used])
            if tok is None:
                return False
            used.add(tok.i)
            return True
        if isinstance(elem, Marker):
            if elem.kind == "^":
                return True
            if before:
                who = subjects(v) or [c for c in side if c.dep_ in ("nsubj", "nsubjpass")]
                if not who:
                    return False
                who = list(who)
            else:
                objs = [c for c in v.children if c.dep_ in ("dobj", "dative", "attr", "oprd")
                        and c.i > v.i and c.i not in used and c in side]
                if not objs or len(side) < len(self.after_side(v)):  # after a word: the next
                    objs = [t for t in side if t.pos_ in ("PROPN", "NOUN") and t.i not in used
                            and t.dep_ not in ("compound", "flat")]
                if not objs:
                    return False
                who = conjuncts(objs[0])
            self._mark(elem.kind if before or elem.kind != "%" else "+", who, got)
            used.update(t.i for t in who)
            return True
        # a prepositional phrase
        preps = [t for t in side if t.dep_ in ("prep", "dative", "agent", "prt") and
                 t.lower_ == elem.prep and t.i not in used]
        for p in preps:
            inner = [t for t in p.subtree if t.i != p.i]
            trial: set[int] = set(used) | {p.i}
            ok = True
            for obj in elem.objects:
                if isinstance(obj, Marker):
                    if obj.kind == "^":
                        continue
                    pobjs = [g for g in p.children if g.dep_ == "pobj"]
                    if not pobjs:
                        ok = False
                        break
                    self._mark(obj.kind if before or obj.kind != "%" else "+",
                               conjuncts(pobjs[0]), got)
                    continue
                tok = self._word(obj, [t for t in inner if t.i not in trial])
                if tok is None:
                    ok = False
                    break
                trial.add(tok.i)
            if ok:
                used |= trial
                return True
        return False

    @staticmethod
    def _mark(kind: str, who: list[Token], got: Match) -> None:
        if kind == "$":
            got.sources = who
        elif kind == "+":
            got.targets = who
        elif kind == "%":
            got.both = who

    # ---- frames --------------------------------------------------------------------------------
    def best(self, v: Token, verb: Verb, block: Block) -> Match:
        found: Match | None = None
        for pattern in block.patterns:
            m = self.match(v, pattern)
            if m is not None and (found is None or m.words > found.words):
                found = m
        return found or Match(None, -1)

    def frames(self, sent: Span, lexicon_frames: Iterable[Frame]) -> list[Frame]:
        """The sentence's frames: the dictionary's for the verbs it covers, the built-in
        lexicon's for the rest (and for nouns the dictionary's patterns did not consume)."""
        mine: list[Frame] = []
        covered: set[int] = set()
        for tok in sent:
            hit = self.verb_of(tok)
            if hit is None:
                continue
            verb, block = hit
            covered.add(tok.i)
            m = self.best(tok, verb, block)
            # the pattern reads the verb's object phrases: no event nouns of their own there
            covered.update(t.i for t in self.after_side(tok) if t.pos_ in ("NOUN", "PROPN"))
            covered.update(m.used)
            frame = self._frame(tok, verb, block, m)
            if frame is not None:
                mine.append(frame)
        rest = [f for f in lexicon_frames if f.trigger.i not in covered]
        return sorted([*rest, *mine], key=lambda f: f.trigger.i)

    def _frame(self, v: Token, verb: Verb, block: Block, m: Match) -> Frame | None:
        if m.pattern is not None:
            code, reverse, text = m.pattern.code, m.pattern.reverse, m.pattern.rule
        else:  # the verb's own code, else its block's; with a pair's second code ([a:b])
            own = verb.code if verb.code not in (None, "---") else None
            mine = verb.code is not None or verb.reverse is not None
            code = own if mine else block.code
            reverse = verb.reverse if mine else block.reverse
            pair = f"{code or ''}:{reverse}" if reverse else code or "---"
            text = f"{verb.origin} {verb.lemma.upper()} [{pair}]"
        if code is None and reverse is None:
            return None
        entry = VerbEntry(v.lemma_.lower(), "VERB", None, frozenset(), code or reverse or "",
                          False, 0, origin="verbs", pattern=text,
                          reverse=reverse if code is not None else None,
                          forward=code is not None)
        obj = next((c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")), None)
        frame = verb_frame(v, entry, None, obj)  # the object's own phrases name targets too
        frame.steps.append(Step("trigger", PATTERN_RULE, text))
        if m.both:
            frame.sources, frame.targets = list(m.both), list(m.both)
            return frame
        if m.sources is not None:
            old = frame.sources
            frame.sources = list(m.sources)
            if m.targets is None and old and old[0].i not in {t.i for t in m.sources}:
                frame.targets = [*old, *frame.targets]
        if m.targets is not None:
            frame.targets = [*m.targets, *[t for t in frame.targets
                                           if t.i not in {x.i for x in m.targets}]]
            frame.marked = len(m.targets)
            if m.sources is None and any(t.i in {x.i for x in m.targets}
                                         for t in frame.sources):
                # the subject is marked the target ("+ * BY $"): the source is elsewhere
                frame.sources = [t for t in frame.targets if t.i not in
                                 {x.i for x in m.targets}][:1]
        if not frame.sources and m.targets is None:
            frame.sources = []
        if not entry.forward:  # [:b]: only the target acts, on the subject
            frame.sources, frame.targets = frame.targets[:1], frame.sources
        if entry.forward and m.targets is None:  # then any actor in the object phrases, in order
            seen = {t.i for t in frame.targets} | {t.i for t in frame.sources}
            frame.targets += [t for t in self.after_side(v) if t.i not in seen and (
                (t.pos_ in ("PROPN", "NOUN") and t.dep_ != "compound") or
                t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"))]
        frame.actor_only.update(t.i for t in frame.targets)  # as PETRARCH: actors, not things
        return frame


def with_reverse(frame: Frame, events: list[Event]) -> list[Event]:
    """A code pair [a:b]: add the target's act ``b`` on the source (verbs.reverse.v1)."""
    entry = frame.entry
    if not isinstance(entry, VerbEntry) or entry.reverse is None:
        return events
    code = lookup_any(entry.reverse)
    step = Step("target", REVERSE_RULE, f"{entry.cameo or '-'}:{entry.reverse}")
    back = [replace(e, source=e.target, target=e.source, cameo=code.code, plover=code.plover,
                    goldstein=code.goldstein, quad_class=code.quad_class, why=(*e.why, step))
            for e in events if e.target is not None]
    return [*events, *back]


def load_matcher(paths: Sequence[str | Path]) -> VerbMatcher | None:
    """A matcher over the verb dictionaries at ``paths`` (None when there are none)."""
    d = load_all(paths)
    return VerbMatcher(d) if d is not None else None
