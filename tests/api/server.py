"""A real uvicorn server on a free 127.0.0.1 port, in a background thread (tests and
tests/api/screenshots.py)."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from eventwire.api.app import Settings, create_app


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
