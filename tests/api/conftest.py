"""Fixtures for the HTTP API: real uvicorn servers on 127.0.0.1 in background threads, over
copies of stores built from sentences written for these tests, sharing the session's Coder."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

import httpx  # noqa: E402
import uvicorn  # noqa: E402

from eventwire.api.app import Settings, create_app  # noqa: E402

TOKEN = "test-token-4c1f"


@dataclass
class Server:
    url: str
    db: Path
    server: uvicorn.Server
    thread: threading.Thread

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)  # type: ignore[arg-type]


def start_server(settings: Settings, coder: object) -> Server:
    """Serve ``create_app(settings)`` with uvicorn on a free loopback port, in a thread."""
    app = create_app(settings, coder)  # type: ignore[arg-type]
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    return Server(f"http://127.0.0.1:{port}", Path(settings.db), server, thread)


def stop_server(srv: Server) -> None:
    srv.server.should_exit = True
    srv.thread.join(timeout=30)


def _copy(db: Path, to: Path) -> Path:
    shutil.copy(db, to)
    return to


@pytest.fixture(scope="session")
def api_server(clean_db, coder, tmp_path_factory) -> Iterator[Server]:
    """Writes on (a bearer token configured), over a copy of the generated-corpus store."""
    db = _copy(clean_db, tmp_path_factory.mktemp("api") / "api.duckdb")
    srv = start_server(Settings(db=db, token=TOKEN, max_body=64 * 1024, max_list=5), coder)
    yield srv
    stop_server(srv)


@pytest.fixture(scope="session")
def readonly_server(nk_db, coder, tmp_path_factory) -> Iterator[Server]:
    """No token configured: write endpoints answer 403; the store is opened read-only."""
    db = _copy(nk_db, tmp_path_factory.mktemp("api-ro") / "ro.duckdb")
    srv = start_server(Settings(db=db, token=None), coder)
    yield srv
    stop_server(srv)
