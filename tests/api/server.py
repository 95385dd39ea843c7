"""A real uvicorn server on a free 127.0.0.1 port, in a background thread (tests and
tests/api/screenshots.py)."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from eventwire.api.app import Settings, create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# A story written for this test (not from any corpus).
OUR_STORY = (
    "MOSCOW, Sept. 12 (Wire) -- Russia signed an agreement with North Korea on Tuesday to "
    "expand rail links across their border, the Russian foreign ministry said. South Korea "
    "criticized Russia for the deal. Japan urged North Korea to return to talks on its "
    "nuclear program."
)


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


def chromium_gate(path: Path, ci: bool) -> None:
    """Browser tests need Debian's Chromium at ``path``: without it they skip, except in CI,
    where they fail (CI installs it, so its absence is a broken CI, not a reason to skip)."""
    if path.exists():
        return
    if ci:
        pytest.fail(f"{path} is missing in CI: .ci/run installs Debian's chromium",
                    pytrace=False)
    pytest.skip(f"{path} not installed (apt-get install chromium)", allow_module_level=True)
