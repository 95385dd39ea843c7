"""The one path from an article to its events, used by the CLI, the Python API and batch runs.

    coder = Coder()                     # loads the model and knowledge once
    result = coder.code_article(article)   # CodedArticle | Rejection
    for result in coder.code_many(articles): ...
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors.kb import KnowledgeBase, add_user_tables, load_builtin
from eventwire.actors.resolver import ArticleActors
from eventwire.events.extract import Context, extract
from eventwire.events.lexicon import Lexicon, load_lexicon
from eventwire.events.verbmatch import load_matcher
from eventwire.ingest.text import CleanText, clean_article
from eventwire.limits import MAX_CHARS
from eventwire.nlp import load_model
from eventwire.nlp.chunks import pipe_long
from eventwire.records import Article, CodedArticle, Event, Quote, Rejection
from eventwire.timeplace.dates import parse_iso
from eventwire.timeplace.places import Gazetteer
from eventwire.timeplace.published import (
    best,
    date_in,
    normalise_date,
    opening_date,
    place_date,
)

_ENGLISH = frozenset(
    "the of and to in a is that for on with was said by as at from it has have be are an were "
    "will his its their this which who not but after".split()
)
_WORD = re.compile(r"[A-Za-z']+")


@dataclass
class Prepared:
    article: Article
    clean: CleanText
    published: str | None = None  # ISO; given or inferred (timeplace/published.py)
    published_basis: str | None = None


def check_text(article: Article, max_chars: int = MAX_CHARS) -> str | None:
    """Why an article cannot be coded, or None."""
    text = article.text
    if not isinstance(text, str) or not text.strip():
        return "empty text"
    if "\x00" in text or sum(ch < " " and ch not in "\n\r\t" for ch in text[:5000]) > 20:
        return "binary content (control bytes in text)"
    if len(text) > max_chars:
        return (f"text too large ({len(text):,} characters > limit {max_chars:,}); "
                "split the document, or raise the limit with --max-chars")
    words = _WORD.findall(text[:20000].lower())
    if not words:
        return "no words in text"
    share = sum(w in _ENGLISH for w in words) / len(words)
    if len(words) >= 20 and share < 0.08:  # too short to judge: let it through
        return f"not English (only {share:.0%} common English words)"
    return None


def publication_date(article: Article) -> tuple[str | None, str | None, CleanText] | Rejection:
    """(published, published_basis, cleaned text): the article's own date when it has one,
    else the best date its text carries (timeplace/published.py gives the order of trust)."""
    given: str | None = None
    if article.published:
        try:
            given = normalise_date(article.published)
        except ValueError as exc:
            return Rejection(article.id, f"unreadable published date: {exc}", article.origin)
    basis = (article.published_basis or "given") if given else None
    raw = clean_article(article.text, None, article.title)  # no anchor: only dated lines date
    stamp = next((d for d in map(date_in, raw.stamps) if d), None)
    published, basis = best([(given, basis or "given"), (stamp, "header"),
                             (raw.dateline.date or place_date(raw.body), "dateline"),
                             (opening_date(raw.body), "text")])
    if published is None:
        return None, None, raw
    return published, basis, clean_article(article.text, published, article.title)


class Coder:
    """Codes articles into events. Loads the spaCy model and knowledge tables once."""

    def __init__(
        self,
        model: str | None = None,
        actors: Sequence[str | Path] = (),
        agents: Sequence[str | Path] = (),
        *,
        verbs: Sequence[str | Path] = (),
        nlp: Language | None = None,
        kb: KnowledgeBase | None = None,
        lexicon: Lexicon | None = None,
        gazetteer: Gazetteer | None = None,
        max_chars: int = MAX_CHARS,
    ) -> None:
        self.nlp = nlp or load_model(model)
        self.kb = kb or load_builtin()
        # user tables and dictionaries win over built-ins; their bad lines are listed here
        self.problems = add_user_tables(self.kb, actors, agents)
        self.kb.matcher(self.nlp)
        self.lexicon = lexicon or load_lexicon()
        # PETRARCH verb dictionaries win over the lexicon for the verbs they cover
        self.verbs = load_matcher(verbs)
        self.problems += self.verbs.problems if self.verbs is not None else []
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer()
        self.max_chars = max_chars

    # ---- one article ------------------------------------------------------------------------
    def prepare(self, article: Article) -> Prepared | Rejection:
        problem = check_text(article, self.max_chars)
        if problem:
            return Rejection(article.id, problem, article.origin)
        found = publication_date(article)
        if isinstance(found, Rejection):
            return found
        published, basis, clean = found
        if not clean.body.strip():
            return Rejection(article.id, "no body text left after removing page leftovers",
                             article.origin)
        return Prepared(article, clean, published, basis)

    def code_article(self, article: Article) -> CodedArticle | Rejection:
        return next(iter(self.code_many([article])))

    def _extract(self, doc: Doc, anchor: date | None,
                 dateline_place: str | None = None) -> tuple[list[Event], list[Quote]]:
        actors = ArticleActors(self.kb, doc, anchor, self.gazetteer, dateline_place,
                               self.lexicon.nouns)
        return extract(Context(doc, actors, self.lexicon, anchor, self.gazetteer,
                               verbs=self.verbs))

    def doc_events(self, doc: Doc, published: str | None = None) -> tuple[Event, ...]:
        """The events of a Doc parsed elsewhere (the spaCy component's path)."""
        return tuple(self._extract(doc, parse_iso(published))[0])

    def code_doc(self, doc: Doc, prepared: Prepared) -> CodedArticle:
        clean, article = prepared.clean, prepared.article
        anchor = parse_iso(clean.dateline.date) or parse_iso(prepared.published)
        events, quotes = self._extract(doc, anchor, clean.dateline.place)
        return CodedArticle(
            id=article.id, title=clean.title, published=prepared.published,
            published_basis=prepared.published_basis, dateline=clean.dateline,
            events=tuple(events), quotes=tuple(quotes),
            byline=clean.byline, url=article.url, source=article.source, text=doc.text,
        )

    # ---- many articles ------------------------------------------------------------------------
    def code_many(
        self, articles: Iterable[Article | Rejection], batch_size: int = 32, n_process: int = 1
    ) -> Iterator[CodedArticle | Rejection]:
        """Code a stream of articles, in order; rejections pass through."""
        pending: dict[int, Prepared | Rejection] = {}
        counter = 0

        def texts() -> Iterator[tuple[str, int]]:
            nonlocal counter
            for item in articles:
                prepared = item if isinstance(item, Rejection) else self.prepare(item)
                pending[counter] = prepared
                counter += 1
                if isinstance(prepared, Prepared):
                    yield prepared.clean.body, counter - 1

        next_out = 0
        stream = pipe_long(self.nlp, texts(), batch_size=batch_size, n_process=n_process)
        for doc, idx in stream:
            while next_out < idx:  # rejections queued before this article
                yield pending.pop(next_out)  # type: ignore[misc]
                next_out += 1
            prepared = pending.pop(idx)
            assert isinstance(prepared, Prepared)
            try:
                yield self.code_doc(doc, prepared)
            except Exception as exc:  # a bug must not lose the rest of the run
                yield Rejection(prepared.article.id, f"internal error while coding: {exc!r}",
                                prepared.article.origin)
            next_out = idx + 1
        while next_out < counter:
            yield pending.pop(next_out)  # type: ignore[misc]
            next_out += 1

