"""``eventwire serve``: the HTTP API and web explorer over a store (needs the ``web`` extra)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import ActorsOpt, AgentsOpt, DbOpt, ModelOpt, _coder, _fail
from eventwire.errors import EventwireError
from eventwire.store.db import DEFAULT_DB


def _check_store(db: Path, writable: bool) -> None:
    """Fail before the model loads when the store is missing or held by another process; a
    store made by an older eventwire is migrated here (the server may open it read-only)."""
    from eventwire.store.db import connect

    try:
        if writable or db.exists():
            connect(db).close()
        connect(db, read_only=not writable).close()
    except EventwireError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from exc


def serve(
    db: DbOpt = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    max_body: Annotated[int, typer.Option(
        "--max-body", help="Largest request body, in bytes (413 above).")] = 2 * 1024 * 1024,
    max_list: Annotated[int, typer.Option(
        "--max-list", help="Most articles in one POST /v1/articles.")] = 100,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    model: ModelOpt = None,
) -> None:
    """Serve the HTTP API (/v1, /docs) and the web explorer (/) over the store.

    Writes need EVENTWIRE_TOKEN; the server holds the store while it runs (docs/api.md).
    """
    from eventwire.api import require_web

    try:
        require_web()
    except EventwireError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from exc
    import uvicorn

    from eventwire.api.app import Settings, create_app

    for name, value in (("--max-body", max_body), ("--max-list", max_list), ("--port", port)):
        if value < 1:
            _fail(f"{name} must be at least 1, not {value}")
            raise typer.Exit(2)
    settings = Settings.from_env(db, max_body=max_body, max_list=max_list)
    _check_store(db, writable=settings.writes)  # fail before the model loads
    # the same coder options as `eventwire code`; pass --verbs on here once `code` takes it
    coder = _coder(model, actors, agents)
    try:
        app = create_app(settings, coder)
    except EventwireError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from exc
    if not settings.writes:
        typer.echo("eventwire: write endpoints are off (EVENTWIRE_TOKEN is not set): POST "
                   "/v1/articles answers 403; the store is open read-only", err=True)
    typer.echo(f"eventwire: serving {db} on http://{host}:{port}/ (API docs at /docs)",
               err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
