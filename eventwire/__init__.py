"""eventwire: political event data from news text.

    >>> import eventwire
    >>> coded = eventwire.code("MOSCOW, Nov. 3 (Wire) -- Russia's president met ...",
    ...                        published="2019-11-03")
    >>> [(e.source.key, e.cameo, e.target.key if e.target else None) for e in coded.events]
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

from eventwire.records import (  # noqa: E402
    Actor,
    Article,
    CodedArticle,
    Dateline,
    Event,
    Evidence,
    Place,
    Quote,
    Rejection,
)

__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "Coder",
    "Dateline",
    "Event",
    "Evidence",
    "Place",
    "Quote",
    "Rejection",
    "__version__",
    "code",
]

_DEFAULT: Any = None
_WITH_VERBS: dict[tuple[str, ...], Any] = {}  # one Coder per set of verb dictionaries


def __getattr__(name: str) -> Any:
    if name == "Coder":
        from eventwire.pipeline import Coder

        return Coder
    raise AttributeError(name)


def code(text: str, published: str | None = None, *, verbs: Any = (),
         **meta: Any) -> CodedArticle | Rejection:
    """Code one article's text. ``meta`` may give id, title, url, source; ``verbs`` a
    PETRARCH verb dictionary path (or several) that wins over the built-in lexicon.

    The model and knowledge tables are loaded on first use and kept for later calls.
    """
    global _DEFAULT
    from eventwire.pipeline import Coder

    if isinstance(verbs, str) or hasattr(verbs, "__fspath__"):
        verbs = (verbs,)
    key = tuple(str(v) for v in verbs)
    if key:
        if key not in _WITH_VERBS:
            _WITH_VERBS[key] = Coder(verbs=key)
        coder = _WITH_VERBS[key]
    elif _DEFAULT is None:
        coder = _DEFAULT = Coder()
    else:
        coder = _DEFAULT
    article = Article(id=str(meta.pop("id", "text")), text=text, published=published,
                      title=meta.pop("title", None), url=meta.pop("url", None),
                      source=meta.pop("source", None))
    if meta:
        raise TypeError(f"unknown metadata field(s): {', '.join(sorted(meta))}")
    return coder.code_article(article)
