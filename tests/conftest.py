"""Shared fixtures: one Coder (model + tables loaded once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.pipeline import Coder
from eventwire.records import Article, CodedArticle


@pytest.fixture(scope="session")
def coder() -> Coder:
    return Coder()


@pytest.fixture(scope="session")
def corpus_file(tmp_path_factory) -> Path:
    """A generated JSONL corpus: 90 short wire stories and 4 bad lines (tests/corpus.py)."""
    from tests.corpus import make_corpus

    return make_corpus(tmp_path_factory.mktemp("corpus") / "wire.jsonl")


@pytest.fixture(scope="session")
def clean_db(coder, corpus_file, tmp_path_factory) -> Path:
    """The corpus ingested once, in process, in one clean run: the reference store."""
    from tests.corpus import ingest_inline

    path = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    ingest_inline(path, [str(corpus_file)], coder)
    return path


@pytest.fixture(scope="session")
def nk_db(coder, tmp_path_factory) -> Path:
    """A store holding one North Korea story (tests/corpus.py NK_STORY), ingested by the CLI."""
    from typer.testing import CliRunner

    from eventwire.cli.main import app
    from tests.corpus import NK_STORY

    root = tmp_path_factory.mktemp("nk")
    story = root / "nk-missile.txt"
    story.write_text(NK_STORY, encoding="utf-8")
    db = root / "nk.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(story), "--db", str(db),
                                      "--published", "2017-02-12"])
    assert result.exit_code == 0, result.output
    return db


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
