"""The /v1 endpoints and /healthz. Every query goes through ``eventwire.store.queries`` and
every article through ``Coder`` (the pipeline), the same paths the CLI uses."""

from __future__ import annotations

import hashlib
import hmac
import os
import tempfile
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.background import BackgroundTask

from eventwire import __version__
from eventwire.api.app import State
from eventwire.api.errors import ApiError
from eventwire.api.schemas import (
    MAX_LIMIT,
    ArticleIn,
    decode_cursor,
    encode_cursor,
    event_filter,
)
from eventwire.api.writes import store_articles as write_articles
from eventwire.records import Article, CodedArticle, Rejection
from eventwire.store import queries
from eventwire.store.queries import EventFilter

router = APIRouter()

EXPORT_TYPES = {"gdelt": ("text/tab-separated-values", "tsv"),
                "icews": ("text/tab-separated-values", "tsv"),
                "plover": ("application/x-ndjson", "jsonl"),
                "csv": ("text/csv", "csv"),
                "parquet": ("application/vnd.apache.parquet", "parquet")}


def state(request: Request) -> State:
    return request.app.state.ew  # type: ignore[no-any-return]


StateDep = Annotated[State, Depends(state)]
FilterDep = Annotated[EventFilter, Depends(event_filter)]


def _bad_filter(exc: ValueError) -> ApiError:
    return ApiError(422, "invalid_filter", str(exc).replace("--", ""))


def _coded_json(coded: CodedArticle) -> dict[str, Any]:
    return {**coded.to_dict(), "text": coded.text}


def _article(body: ArticleIn) -> Article:
    aid = body.id or "api-" + hashlib.sha256(body.text.encode("utf-8", "replace")
                                             ).hexdigest()[:16]
    return Article(id=aid, text=body.text, title=body.title, published=body.published,
                   url=body.url, source=body.source, origin="api")


@router.get("/healthz", tags=["meta"])
def healthz(st: StateDep) -> dict[str, Any]:
    """Liveness: the version, the store and whether write endpoints are on."""
    with st.store.cursor() as con:
        n = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    return {"status": "ok", "version": __version__,
            "store": str(st.store.path), "events": n, "writes": st.settings.writes}


@router.post("/v1/code", tags=["coding"])
def code(st: StateDep, body: ArticleIn) -> dict[str, Any]:
    """Code one article and return it with its events and the cleaned text (nothing stored)."""
    with st.coder_lock:
        result = st.coder.code_article(_article(body))
    if isinstance(result, Rejection):
        raise ApiError(422, "rejected", f"the article cannot be coded: {result.reason}")
    return _coded_json(result)


Bearer = Annotated[HTTPAuthorizationCredentials | None,
                   Depends(HTTPBearer(auto_error=False, description="EVENTWIRE_TOKEN"))]


def _authorise(st: State, creds: HTTPAuthorizationCredentials | None) -> None:
    token = st.settings.token
    if not token:
        raise ApiError(403, "writes_disabled", "write endpoints are off: the server was "
                       "started without EVENTWIRE_TOKEN")
    given = creds.credentials.strip() if creds else ""
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "unauthorized", "missing or wrong bearer token (Authorization: "
                       "Bearer <EVENTWIRE_TOKEN>)", headers={"WWW-Authenticate": "Bearer"})


@router.post("/v1/articles", tags=["store"], status_code=201)
def store_articles(
    st: StateDep,
    body: Annotated[ArticleIn | list[ArticleIn], Body()],
    creds: Bearer,
) -> dict[str, Any]:
    """Code and store one article or a list of them (needs the bearer token)."""
    _authorise(st, creds)
    items = body if isinstance(body, list) else [body]
    if len(items) > st.settings.max_list:
        raise ApiError(413, "too_many_articles", f"{len(items)} articles in one request; the "
                       f"limit is {st.settings.max_list}", {"limit": st.settings.max_list})
    if not items:
        raise ApiError(422, "invalid_request", "the list of articles is empty")
    return write_articles(st, [_article(b) for b in items])


@router.get("/v1/events", tags=["query"])
def events(
    st: StateDep, f: FilterDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    cursor: Annotated[str | None, Query(max_length=2_000,
                                        description="`next` of the previous page.")] = None,
    order: Literal["asc", "desc"] = "asc",
    mentions: bool = False,
) -> dict[str, Any]:
    """Deduplicated events matching the filters, by date, a page at a time."""
    try:
        after = decode_cursor(cursor, order) if cursor else None
    except ValueError as exc:
        raise ApiError(422, "invalid_cursor", str(exc)) from exc
    page = EventFilter(**{**f.__dict__, "limit": limit + 1, "order": order, "after": after})
    with st.store.cursor() as con:
        try:
            rows = list(queries.iter_events(con, page))
        except ValueError as exc:
            raise _bad_filter(exc) from exc
        more = len(rows) > limit
        rows = rows[:limit]
        if mentions:
            rows = list(queries.with_mentions(con, rows))
    nxt = encode_cursor(*queries.cursor_of(rows[-1], order), order) if more else None
    return {"events": rows, "count": len(rows), "next": nxt}


@router.get("/v1/articles/{article_id:path}", tags=["query"])
def article(st: StateDep, article_id: str) -> dict[str, Any]:
    """A stored article: metadata, cleaned text, events (with spans and rule), quotes."""
    with st.store.cursor() as con:
        found = queries.article(con, article_id)
    if found is None:
        raise ApiError(404, "not_found", f"no article {article_id!r} in the store")
    return found


@router.get("/v1/stats", tags=["query"])
def stats(
    st: StateDep, f: FilterDep,
    interval: Literal["day", "week"] = "day",
    top: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20,
) -> dict[str, Any]:
    """Counts and mean Goldstein by day (or week) and QuadClass, by root, by dyad."""
    with st.store.cursor() as con:
        try:
            return queries.stats(con, top, f, interval)
        except ValueError as exc:
            raise _bad_filter(exc) from exc


@router.get("/v1/export", tags=["query"])
def export(st: StateDep, f: FilterDep,
           format: Literal["gdelt", "plover", "icews", "csv", "parquet"] = "csv"
           ) -> StreamingResponse:
    """The matching events in an exchange format, streamed as a download."""
    from eventwire.store.dump import export as dump

    media, ext = EXPORT_TYPES[format]
    fd, name = tempfile.mkstemp(prefix="eventwire-export-", suffix="." + ext)
    os.close(fd)
    try:
        with st.store.cursor() as con:
            dump(con, format, name, f)
    except ValueError as exc:
        os.unlink(name)
        raise _bad_filter(exc) from exc
    except BaseException:
        os.unlink(name)
        raise

    def chunks() -> Iterator[bytes]:
        with open(name, "rb") as fh:
            while block := fh.read(64 * 1024):
                yield block

    return StreamingResponse(
        chunks(), media_type=media, background=BackgroundTask(os.unlink, name),
        headers={"Content-Disposition": f'attachment; filename="events-{format}.{ext}"'})


@router.get("/v1/codebook", tags=["meta"])
def codebook_summary() -> dict[str, Any]:
    """CAMEO roots with labels, PLOVER types and QuadClass names (for filter menus)."""
    from eventwire.codebook import PLOVER_TYPES, QUAD_NAMES, codebook

    roots = [{"root": c.code, "label": c.label} for c in codebook().values() if len(c.code) == 2]
    return {"roots": sorted(roots, key=lambda r: r["root"]), "plover": sorted(PLOVER_TYPES),
            "quad_classes": {str(k): v for k, v in QUAD_NAMES.items()}}
