"""Fixtures for the HTTP API: real uvicorn servers on 127.0.0.1 in background threads, over
copies of stores built from sentences written for these tests, sharing the session's Coder.
Module-scoped, so no server outlives the tests that use it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from eventwire.api.app import Settings  # noqa: E402
from tests.api.server import Server, start_server, stop_server  # noqa: E402

TOKEN = "test-token-4c1f"


def _copy(db: Path, to: Path) -> Path:
    shutil.copy(db, to)
    return to


@pytest.fixture(scope="module")
def api_server(clean_db, coder, tmp_path_factory) -> Iterator[Server]:
    """Writes on (a bearer token configured), over a copy of the generated-corpus store."""
    db = _copy(clean_db, tmp_path_factory.mktemp("api") / "api.duckdb")
    srv = start_server(Settings(db=db, token=TOKEN, max_body=64 * 1024, max_list=5), coder)
    yield srv
    stop_server(srv)


@pytest.fixture(scope="module")
def readonly_server(nk_db, coder, tmp_path_factory) -> Iterator[Server]:
    """No token configured: write endpoints answer 403; the store is opened read-only."""
    db = _copy(nk_db, tmp_path_factory.mktemp("api-ro") / "ro.duckdb")
    srv = start_server(Settings(db=db, token=None), coder)
    yield srv
    stop_server(srv)
