"""The web explorer: static pages and vanilla JS over the JSON API, every asset shipped in
the package (static/vendor holds the third-party files with their licences; NOTICE lists
them). No build step, no CDN: it works offline."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(str(files("eventwire.web") / "static"))
PAGES = {"/": "index.html", "/timeline": "timeline.html", "/network": "network.html",
         "/paste": "paste.html"}


def _page(name: str):  # type: ignore[no-untyped-def]
    def serve() -> FileResponse:
        return FileResponse(STATIC / name, media_type="text/html")

    return serve


def mount(app: FastAPI) -> None:
    """Add the explorer's pages, /docs and /static to ``app`` (kept out of the OpenAPI
    schema). The app must be created with ``docs_url=None, redoc_url=None``."""
    for route, name in PAGES.items():
        app.add_api_route(route, _page(name), methods=["GET"], include_in_schema=False)

    def article_page(article_id: str) -> FileResponse:
        return FileResponse(STATIC / "article.html", media_type="text/html")

    app.add_api_route("/article/{article_id:path}", article_page, methods=["GET"],
                      include_in_schema=False)

    def docs() -> HTMLResponse:  # Swagger UI from the vendored copy, not FastAPI's CDN
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="eventwire API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png")

    app.add_api_route("/docs", docs, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
