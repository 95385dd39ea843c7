"""The HTTP API and the web explorer (``eventwire serve``); needs the ``web`` extra.

    from eventwire.api import create_app, Settings
    app = create_app(Settings(db="news.duckdb"))      # a FastAPI app; run it with uvicorn
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from eventwire.errors import MissingExtraError

if TYPE_CHECKING:
    from eventwire.api.app import Settings, create_app

__all__ = ["Settings", "create_app", "require_web"]

INSTALL_HINT = ('the HTTP API needs the "web" extra (FastAPI and uvicorn); install it with '
                '`pip install "eventwire[web]"`')


def require_web() -> None:
    """Raise MissingExtraError with the install line when FastAPI or uvicorn is missing."""
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise MissingExtraError(f"{INSTALL_HINT} ({exc.name} is not installed)") from exc


def __getattr__(name: str) -> Any:
    if name in ("Settings", "create_app"):
        require_web()
        from eventwire.api import app

        return getattr(app, name)
    raise AttributeError(name)
