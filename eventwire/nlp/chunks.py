"""Parse a very long text in parts, so parsing time and memory grow linearly with its length.

A body longer than ``PARSE_CHUNK`` (50,000) characters is cut at paragraph breaks (blank
lines, which end a sentence anyway: ``eventwire_paragraphs``) into parts of about that size,
each parsed on its own and joined back into one ``Doc`` with the exact original text
(``Doc.from_docs``). Shorter bodies, every ordinary article, are parsed whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

PARSE_CHUNK = 50_000  # above the longest ordinary article (the corpora here: 28k)
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"),
           re.compile(r"\s+"))


def split_long(text: str, size: int = PARSE_CHUNK) -> list[str]:
    """Parts of ``text`` (joined, they give it back) of at most about ``size`` characters,
    cut after a paragraph break, else a line break, a sentence end or a space."""
    if len(text) <= size:
        return [text]
    parts: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = 0
        for rx in _BREAKS:
            ends = [m.end() for m in rx.finditer(window)]
            ends = [e for e in ends if e >= size // 4]
            if ends:
                cut = ends[-1]
                break
        cut = cut or size
        parts.append(text[start:start + cut])
        start += cut
    parts.append(text[start:])
    return parts


def pipe_long(nlp: Language, items: Iterable[tuple[str, int]], batch_size: int = 32,
              n_process: int = 1, size: int = PARSE_CHUNK) -> Iterator[tuple[Doc, int]]:
    """``nlp.pipe(items, as_tuples=True)`` where a long text is parsed part by part (one part
    in memory at a time, not batched together) and joined back into one Doc, in order."""
    long_docs: dict[int, Doc] = {}

    def texts() -> Iterator[tuple[str, int]]:
        for text, idx in items:
            if len(text) <= size:
                yield text, idx
                continue
            parts = [nlp(piece) for piece in split_long(text, size)]
            long_docs[idx] = Doc.from_docs(parts, ensure_whitespace=False)
            yield "", idx  # a placeholder keeps the order of the stream

    for doc, idx in nlp.pipe(texts(), as_tuples=True, batch_size=batch_size,
                             n_process=n_process):
        yield long_docs.pop(idx, doc), idx
