"""The web explorer: static pages and vanilla JS over the JSON API, every asset shipped in
the package (static/vendor holds the third-party files with their licences; NOTICE lists
them). No build step, no CDN: it works offline."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(str(files("eventwire.web") / "static"))
PAGES = {"/": "index.html", "/timeline": "timeline.html", "/network": "network.html",
         "/paste": "paste.html"}


def _page(name: str):  # type: ignore[no-untyped-def]
    def serve() -> FileResponse:
        return FileResponse(STATIC / name, media_type="text/html")

    return serve


def mount(app: FastAPI) -> None:
    """Add the explorer's pages and /static to ``app`` (kept out of the OpenAPI schema)."""
    for route, name in PAGES.items():
        app.add_api_route(route, _page(name), methods=["GET"], include_in_schema=False)

    def article_page(article_id: str) -> FileResponse:
        return FileResponse(STATIC / "article.html", media_type="text/html")

    app.add_api_route("/article/{article_id}", article_page, methods=["GET"],
                      include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
