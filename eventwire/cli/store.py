"""Corpus-scale commands over the DuckDB store: ingest, events, stats, rejects, export."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer

from eventwire.cli.common import (
    ActorsOpt,
    AgentsOpt,
    DbOpt,
    MaxCharsOpt,
    ModelOpt,
    PublishedOpt,
    StdinIdOpt,
    VerbsOpt,
    _coder,
    _fail,
    check_files,
    check_published,
)
from eventwire.errors import EventwireError
from eventwire.limits import MAX_CHARS
from eventwire.store.db import DEFAULT_DB

DEFAULT_DB_PATH = Path(DEFAULT_DB)
EVENT_FORMATS = ("table", "json", "jsonl", "csv")
MODALITIES = ("asserted", "negated", "hypothetical")


@contextmanager
def _store(db: Path, read_only: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    from eventwire.store.db import connect

    try:
        con = connect(db, read_only=read_only)
    except EventwireError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from exc
    try:
        yield con
    finally:
        con.close()


def _table_problems(actors: list[Path], agents: list[Path], verbs: list[Path]) -> None:
    """Report bad dictionary lines in the driver, which has no Coder when workers code."""
    from eventwire.actors.kb import add_user_tables, load_builtin
    from eventwire.events.verbdict import load_all

    loaded = load_all(verbs)
    for problem in [*add_user_tables(load_builtin(), [str(a) for a in actors],
                                     [str(a) for a in agents]),
                    *(loaded.problems if loaded is not None else [])]:
        typer.echo(f"eventwire: warning: {problem} (line skipped)", err=True)


def ingest(
    inputs: Annotated[list[str], typer.Argument(
        help="Files (.txt, .html, .jsonl, .csv), folders, or - for stdin.")],
    db: DbOpt = DEFAULT_DB_PATH,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", help="Worker processes, each loading the model once (with --dask "
                                "local: Dask workers).")] = 1,
    dask: Annotated[str | None, typer.Option(
        "--dask", help="Code on a Dask cluster: a scheduler address (tcp://host:8786) or "
                       "'local' for a LocalCluster of --workers processes.")] = None,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", help="Articles per batch; each batch is committed atomically.")] = 32,
    window: Annotated[int, typer.Option(
        "--window", help="Dedup window: mentions whose dates lie within this many days can "
                         "be one event.")] = 1,
    published: PublishedOpt = None,
    max_chars: MaxCharsOpt = MAX_CHARS,
    stdin_id: StdinIdOpt = None,
    actors: ActorsOpt = None,
    agents: AgentsOpt = None,
    verbs: VerbsOpt = None,
    model: ModelOpt = None,
) -> None:
    """Code articles into the event store (resumable; already stored articles are skipped)."""
    from eventwire.batch.driver import count_records, make_runner, run_ingest
    from eventwire.batch.work import CoderSpec
    from eventwire.cli.progress import IngestProgress

    for name, value, low in (("--workers", workers, 1), ("--batch-size", batch_size, 1),
                             ("--window", window, 0)):
        if value < low:
            _fail(f"{name} must be at least {low}, not {value}")
            raise typer.Exit(2)
    check_files([*(actors or []), *(agents or []), *(verbs or [])])
    published = check_published(published)
    spec = CoderSpec(model, tuple(str(a) for a in actors or []),
                     tuple(str(a) for a in agents or []), max_chars,
                     tuple(str(v) for v in verbs or []))
    coder = _coder(model, actors, agents, max_chars, verbs) if workers == 1 and not dask \
        else None
    if coder is None and (actors or agents or verbs):
        _table_problems(actors or [], agents or [], verbs or [])
    fresh = not db.exists()
    with _store(db, read_only=False) as con:
        try:
            runner = make_runner(spec, workers, dask, coder)
        except Exception as exc:  # noqa: BLE001 - Dask raises many kinds when it can't start
            con.close()
            if fresh:  # leave no empty store behind a run that never started
                for leftover in (db, db.with_name(db.name + ".wal")):
                    leftover.unlink(missing_ok=True)
            _fail(" ".join(f"cannot start the workers: {exc}".split()))
            raise typer.Exit(2) from exc
        try:
            with IngestProgress(count_records(inputs)) as progress:
                summary = run_ingest(con, inputs, runner, batch_size=batch_size,
                                     window_days=window, published=published,
                                     stdin_id=stdin_id,
                                     on_batch=progress)
        except EventwireError as exc:
            _fail(str(exc))
            raise typer.Exit(1) from exc
        finally:
            runner.close()
    rate = summary.records / summary.seconds if summary.seconds else 0.0
    rejected = sum(summary.rejected.values())
    reasons = ", ".join(f"{k} {n}" for k, n in sorted(summary.rejected.items()))
    typer.echo(f"Ingested {summary.records} records into {db} in {summary.seconds:.1f} s "
               f"({rate:.1f} articles/s)")
    typer.echo(f"  coded     {summary.coded} articles, {summary.mentions} event mentions")
    typer.echo(f"  skipped   {summary.skipped} already present")
    typer.echo(f"  rejected  {rejected}" + (f": {reasons}" if reasons else ""))
    days = "day" if window == 1 else "days"
    typer.echo(f"  events    {summary.events} after deduplication (window {window} {days})"
               if summary.events is not None else "  events    up to date")
    if summary.coded == 0 and summary.skipped == 0:
        _fail(f"nothing could be coded ({rejected} record(s) rejected)")
        raise typer.Exit(1)


def _actor(ev: dict[str, Any], side: str) -> str:
    key = ev.get(f"{side}_key")
    if not key:
        return "-"
    name = ev.get(f"{side}_name") or ev.get(f"{side}_text") or ""
    return f"{name} [{ev.get(f'{side}_code') or key}]".strip()


def _print_events(rows: Iterable[dict[str, Any]], fmt: str, con: duckdb.DuckDBPyConnection
                  ) -> int:
    from eventwire.store.queries import with_mentions

    out = sys.stdout
    n = 0
    if fmt in ("json", "jsonl"):
        out.write("[" if fmt == "json" else "")
        for ev in with_mentions(con, rows):
            text = json.dumps(ev, ensure_ascii=False, default=str,
                              indent=2 if fmt == "json" else None)
            out.write((",\n" if n and fmt == "json" else "\n" if fmt == "json" else "")
                      + text + ("\n" if fmt == "jsonl" else ""))
            n += 1
        out.write("\n]\n" if fmt == "json" else "")
        return n
    if fmt == "csv":
        writer: csv.DictWriter[str] | None = None
        for ev in rows:
            ev = {**ev, "mention_ids": ";".join(ev["mention_ids"])}
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(ev))
                writer.writeheader()
            writer.writerow(ev)
            n += 1
        return n
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("date", "source", "event", "target", "modality", "where", "m/s/a", "evidence"):
        table.add_column(col, overflow="fold")
    for ev in rows:
        table.add_row(
            ev["date"] or ev["published"] or "-", _actor(ev, "source"),
            f"{ev['cameo']} {ev['plover'] or ''}", _actor(ev, "target"), ev["modality"],
            ev["place"] or "-", f"{ev['num_mentions']}/{ev['num_sources']}/{ev['num_articles']}",
            (ev["evidence"] or "")[:160],
        )
        n += 1
    table.title = f"{n} events"
    Console(file=out, width=max(120, Console(file=out).width)).print(table)
    return n


def events(
    db: DbOpt = DEFAULT_DB_PATH,
    actor: Annotated[str | None, typer.Option(
        help="Source or target: a whole country or org key (PRK, UNSC), or an actor code "
             "prefix of whole 3-letter parts (PRKGOV).")] = None,
    source: Annotated[str | None, typer.Option(help="Source actor key or code prefix.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor key or code prefix.")] = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root, 01-20.")] = None,
    code: Annotated[str | None, typer.Option(
        "--code", help="CAMEO code or its prefix: 042, 04, 1411.")] = None,
    plover: Annotated[str | None, typer.Option(help="PLOVER type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(
        help="Events on or after this date: YYYY-MM-DD, YYYY-MM or YYYY (an event of month "
             "or year precision that overlaps the range counts).")] = None,
    until: Annotated[str | None, typer.Option(
        help="Events on or before this date: YYYY-MM-DD, YYYY-MM or YYYY.")] = None,
    place: Annotated[str | None, typer.Option(
        help="Place name (case-insensitive) or ISO3 country of the place.")] = None,
    modality: Annotated[str | None, typer.Option(
        help="asserted | negated | hypothetical.")] = None,
    format: Annotated[str, typer.Option("--format", "-f",
                                        help="table | json | jsonl | csv")] = "table",
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
) -> None:
    """List deduplicated events from the store, filtered; json/jsonl include every mention."""
    from eventwire.store.queries import EventFilter, iter_events

    if format not in EVENT_FORMATS:
        _fail(f"unknown format {format!r}; choose one of {', '.join(EVENT_FORMATS)}")
        raise typer.Exit(2)
    if limit is not None and limit < 0:
        _fail(f"--limit must be 0 or more, not {limit}")
        raise typer.Exit(2)
    if modality is not None and modality not in MODALITIES:
        _fail(f"unknown modality {modality!r}; choose one of {', '.join(MODALITIES)}")
        raise typer.Exit(2)
    filt = EventFilter(actor=actor, source=source, target=target, root=root, code=code,
                       plover=plover,
                       since=since, until=until, place=place, modality=modality, limit=limit)
    with _store(db) as con:
        try:
            _print_events(iter_events(con, filt), format, con)
        except ValueError as exc:
            _fail(str(exc))
            raise typer.Exit(2) from exc


def stats(
    db: DbOpt = DEFAULT_DB_PATH,
    top: Annotated[int, typer.Option(help="How many dyads to list.")] = 20,
    format: Annotated[str, typer.Option("--format", "-f", help="table | json")] = "table",
) -> None:
    """Counts in the store: totals, events by day, by CAMEO root and by dyad."""
    from eventwire.store.queries import stats as store_stats

    with _store(db) as con:
        result = store_stats(con, top)
    if format == "json":
        typer.echo(json.dumps(result, indent=2, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(file=sys.stdout)
    totals = result["totals"]
    console.print(", ".join(f"{k} {v}" for k, v in totals.items()))
    for title, key, cols in (("events by day", "by_day", ("day", "events")),
                             ("events by CAMEO root", "by_root", ("root", "events", "mentions")),
                             (f"top {top} dyads", "by_dyad",
                              ("source", "target", "events", "mentions"))):
        table = Table(title=title)
        for c in cols:
            table.add_column(c)
        for row in result[key]:
            table.add_row(*(str(row[c] if row[c] is not None else "-") for c in cols))
        console.print(table)


def rejects(
    db: DbOpt = DEFAULT_DB_PATH,
    kind: Annotated[str | None, typer.Option(help="Only this kind, e.g. 'empty text'.")] = None,
    format: Annotated[str, typer.Option("--format", "-f",
                                        help="table | jsonl | csv")] = "table",
) -> None:
    """List the records that could not be coded: id, file, line and reason."""
    from eventwire.store.queries import iter_rejects

    with _store(db) as con:
        rows = iter_rejects(con, kind)
        if format == "jsonl":
            for r in rows:
                typer.echo(json.dumps(r, ensure_ascii=False, default=str))
        elif format == "csv":
            writer = csv.writer(sys.stdout)
            writer.writerow(["record_id", "origin_file", "origin_line", "kind", "reason"])
            for r in rows:
                writer.writerow([r["record_id"], r["origin_file"], r["origin_line"], r["kind"],
                                 r["reason"]])
        else:
            _rejects_table(list(rows))


def _rejects_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} rejected records")
    for c in ("record", "file", "line", "reason"):
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(r["record_id"], r["origin_file"] or "-", str(r["origin_line"] or "-"),
                      r["reason"])
    Console(file=sys.stdout, width=max(120, Console(file=sys.stdout).width)).print(table)


def export(
    format: Annotated[str, typer.Option("--format", "-f",
                                        help="gdelt | plover | icews | csv | parquet")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write.")],
    db: DbOpt = DEFAULT_DB_PATH,
) -> None:
    """Export the deduplicated events: GDELT 2.0 (61 columns), PLOVER JSON, ICEWS, CSV, Parquet."""
    from eventwire.store.dump import FORMATS
    from eventwire.store.dump import export as export_events

    if format not in FORMATS:
        _fail(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    with _store(db) as con:
        try:
            n = export_events(con, format, out)
        except OSError as exc:
            _fail(f"cannot write {out}: {exc.strerror or exc}")
            raise typer.Exit(2) from exc
    typer.echo(f"wrote {n} events to {out} ({format})", err=True)


COMMANDS = (ingest, events, stats, rejects, export)
