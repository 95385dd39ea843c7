"""Shared fixtures: one Coder (model + tables loaded once per test session)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Article, CodedArticle


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def code_text(coder):
    def run(text: str, published: str = "2014-11-21") -> CodedArticle:
        result = coder.code_article(Article(id="t", text=text, published=published))
        assert isinstance(result, CodedArticle), result
        return result

    return run


def triples(coded: CodedArticle, modality: str | None = "asserted") -> set[tuple]:
    """(source key, root, target key) of the events, optionally of one modality."""
    return {
        (e.source.key if e.source else None, e.cameo[:2], e.target.key if e.target else None)
        for e in coded.events
        if modality is None or e.modality == modality
    }
