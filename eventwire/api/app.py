"""The FastAPI application: settings, the store it holds, and the app factory.

The server holds one DuckDB connection for its lifetime (read-write when writes are on, else
read-only), so DuckDB's file lock keeps `eventwire ingest` off the same store while it runs,
and the server refuses to start on a store another process holds. Requests read through
their own cursor; writes and coding are serialised by locks.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
from fastapi import FastAPI

from eventwire import __version__
from eventwire.api import errors
from eventwire.store.db import connect

if TYPE_CHECKING:
    from eventwire.pipeline import Coder

log = logging.getLogger("eventwire.api")

DEFAULT_MAX_BODY = 2 * 1024 * 1024
DEFAULT_MAX_LIST = 100


@dataclass(frozen=True)
class Settings:
    db: str | Path = "eventwire.duckdb"
    token: str | None = field(default=None, repr=False)  # EVENTWIRE_TOKEN: writes need it
    max_body: int = DEFAULT_MAX_BODY  # bytes per request body
    max_list: int = DEFAULT_MAX_LIST  # articles per POST /v1/articles

    @classmethod
    def from_env(cls, db: str | Path, **overrides: int) -> Settings:
        return cls(db=db, token=os.environ.get("EVENTWIRE_TOKEN") or None, **overrides)

    @property
    def writes(self) -> bool:
        return bool(self.token)


class Store:
    """The server's hold on the store: one connection, a cursor per request, one writer."""

    def __init__(self, path: str | Path, writable: bool) -> None:
        self.path = Path(path)
        self.writable = writable
        self.con = connect(self.path, read_only=not writable)
        self._cursor_lock = threading.Lock()
        self.write_lock = threading.Lock()

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one request (DuckDB connections are not shared by
        threads)."""
        with self._cursor_lock:
            cur = self.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def close(self) -> None:
        self.con.close()


@dataclass
class State:
    settings: Settings
    store: Store
    coder: Coder
    coder_lock: threading.Lock = field(default_factory=threading.Lock)


def create_app(settings: Settings, coder: Coder | None = None) -> FastAPI:
    """The API and explorer over ``settings.db``. Opens the store now (StoreError when it is
    missing, locked or too old); builds a default Coder when none is given."""
    from eventwire.api import routes
    from eventwire.web import mount as mount_web

    store = Store(settings.db, writable=settings.writes)
    if coder is None:
        from eventwire.pipeline import Coder

        coder = Coder()
    state = State(settings, store, coder)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="eventwire", version=__version__, lifespan=lifespan,
        docs_url=None, redoc_url=None,  # /docs is served from vendored files (eventwire.web)
        description="Political event data from news text: code articles into events, and "
                    "query the event store. Errors: `{\"error\": {\"code\", \"message\", "
                    "\"details\"}}`. See docs/api.md.",
    )
    app.state.ew = state
    errors.install(app)
    app.add_middleware(errors.BodyLimit, max_bytes=settings.max_body)
    app.include_router(routes.router)
    mount_web(app)
    return app
