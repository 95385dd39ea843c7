"""`eventwire why`: code articles and show, for every event, the rules that made it."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from eventwire.cli.common import ActorsOpt, AgentsOpt, ModelOpt, _coder, _fail


def why(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (.txt, .html, .jsonl, .csv), folders, or - for stdin.")],
    event: Annotated[int | None, typer.Option(
        "--event", "-e", help="Only this event (its number in the article, from 0).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text",
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD for inputs that carry none.")] = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    model: ModelOpt = None,
) -> None:
    """Explain why each event was coded: trigger row, actor strategies, re-codes, modality
    cue, date, place, attribution and merges, each with its rule id."""
    from eventwire.ingest.corpus import read_inputs
    from eventwire.output.why import render_why, why_records
    from eventwire.records import Rejection

    if format not in ("text", "json"):
        _fail(f"unknown format {format!r}; choose text or json")
        raise typer.Exit(2)
    if event is not None and event < 0:
        _fail("--event counts from 0")
        raise typer.Exit(2)
    coder = _coder(model, actors, agents)
    records: list[dict[str, object]] = []
    coded_any = False
    for result in coder.code_many(read_inputs(inputs, published)):
        if isinstance(result, Rejection):
            _fail(f"record {result.id}: {result.reason}")
            continue
        coded_any = True
        if format == "json":
            records.extend(why_records(result, event))
        else:
            typer.echo("\n".join(render_why(result, event)))
    if format == "json":
        typer.echo(json.dumps(records, indent=1, ensure_ascii=False))
    if not coded_any:
        _fail("nothing could be coded")
        raise typer.Exit(1)
