"""The ``eventwire`` command: thin wrappers over importable functions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from eventwire import __version__
from eventwire.cli import serve as serve_command
from eventwire.cli import store as store_commands
from eventwire.cli.common import (
    ActorsOpt,
    AgentsOpt,
    MaxCharsOpt,
    ModelOpt,
    PublishedOpt,
    StdinIdOpt,
    VerbsOpt,
    _coder,
    _fail,
    check_published,
)
from eventwire.cli.why import why as why_command
from eventwire.limits import MAX_CHARS

app = typer.Typer(
    add_completion=False, no_args_is_help=True,
    help="eventwire: political event data from news. Who did what to whom, when, where, "
         "and according to whom.",
)


@app.command()
def code(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (.txt, .html, .jsonl, .csv), folders, or - for stdin.")],
    format: Annotated[str, typer.Option("--format", "-f",
                                        help="table | json | jsonl | csv")] = "table",
    published: PublishedOpt = None,
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="Write here instead of stdout.")] = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
    stdin_id: StdinIdOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    verbs: VerbsOpt = None,
    model: ModelOpt = None,
) -> None:
    """Code articles into events."""
    from eventwire.ingest.corpus import read_inputs
    from eventwire.output.formats import FORMATS, Writer
    from eventwire.records import Rejection

    if format not in FORMATS:
        _fail(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    published = check_published(published)
    coder = _coder(model, actors, agents, max_chars, verbs)
    try:
        out = output.open("w", encoding="utf-8") if output else sys.stdout
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
        raise typer.Exit(2) from exc
    writer = Writer(format, out)
    coded = rejected = 0
    for result in coder.code_many(read_inputs(inputs, published, stdin_id)):
        if isinstance(result, Rejection):
            rejected += 1
            where = f" ({result.origin})" if result.origin and result.origin != result.id else ""
            _fail(f"record {result.id}{where}: {result.reason}")
            continue
        coded += 1
        writer.write(result)
    writer.close()
    if output:
        out.close()
    if coded == 0:
        _fail(f"nothing could be coded ({rejected} record(s) rejected)")
        raise typer.Exit(1)


@app.command()
def demo(format: Annotated[str, typer.Option("--format", "-f")] = "table") -> None:
    """Code the bundled example wire story and print its events."""
    from eventwire.resources import data_path

    path = data_path("examples/wire-story.txt")
    typer.echo(f"Coding bundled example {path.name} ...", err=True)
    # no date given: the story's own time-stamp line dates it, as any input's would
    code([str(path)], format=format, published=None, output=None, max_chars=MAX_CHARS,
         stdin_id=None, actors=None, agents=None, verbs=None, model=None)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (see docs/evaluation.md).")],
    output: Annotated[Path | None, typer.Option(help="Also write the system JSONL here.")] = None,
    worst: Annotated[int, typer.Option(help="How many worst articles to list.")] = 5,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    verbs: VerbsOpt = None,
    model: ModelOpt = None,
) -> None:
    """Code a gold file's articles and score them (same figures as the shared scorer)."""
    from eventwire.evaluate import evaluate_file, render_report

    if not gold.is_file():
        _fail(f"gold file not found: {gold}")
        raise typer.Exit(2)
    coder = _coder(model, actors, agents, verbs=verbs)
    try:
        report = evaluate_file(coder, gold, output)
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        _fail(" ".join(str(exc).split()))
        raise typer.Exit(2) from exc
    render_report(report, worst)


@app.command()
def explain(cameo: Annotated[str, typer.Argument(help="A CAMEO code, e.g. 042.")]) -> None:
    """Show what a CAMEO code means: label, Goldstein, QuadClass, PLOVER type."""
    from eventwire.codebook import explain as explain_code

    try:
        typer.echo(explain_code(cameo))
    except KeyError as exc:
        _fail(str(exc.args[0]))
        raise typer.Exit(2) from exc


actors_app = typer.Typer(help="Inspect actor knowledge: built-in tables and your own.",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("lookup")
def actors_lookup(
    name: Annotated[str, typer.Argument(help="A name as it appears in text.")],
    date: Annotated[str | None, typer.Option("--date", help="Resolve at this date (ISO).")]
    = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    model: ModelOpt = None,
) -> None:
    """Show how a name resolves at a date, and from which table or dictionary line."""
    from eventwire.actors.lookup import lookup_name

    coder = _coder(model, actors, agents)
    try:
        lines = lookup_name(coder, name, date)
    except ValueError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from exc
    for line in lines:
        typer.echo(line)
    if not lines:
        typer.echo(f"{name!r}: no actor found")
        raise typer.Exit(1)


@app.command()
def version() -> None:
    """Print the eventwire version."""
    typer.echo(__version__)


for _command in store_commands.COMMANDS:  # corpus scale: ingest, events, stats, rejects, export
    app.command()(_command)
app.command()(why_command)
app.command()(serve_command.serve)  # the HTTP API and web explorer (the `web` extra)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
