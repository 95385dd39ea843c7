"""Writers: jsonl (one line per article), json (a list), csv (one row per event), table (Rich)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from eventwire.records import CodedArticle

FORMATS = ("table", "json", "jsonl", "csv")
CSV_COLUMNS = (
    "article_id", "sentence", "source_text", "source_name", "source_country", "source_org",
    "source_sector", "source_code", "target_text", "target_name", "target_country", "target_org",
    "target_sector", "target_code", "cameo", "goldstein", "quad_class", "plover", "modality",
    "date", "date_precision", "place", "place_country", "lat", "lon", "attribution", "trigger",
    "rule", "confidence", "evidence",
)


def event_rows(article: CodedArticle) -> Iterable[dict[str, Any]]:
    for ev in article.events:
        row: dict[str, Any] = {"article_id": article.id, "sentence": ev.evidence.sentence}
        for side, actor in (("source", ev.source), ("target", ev.target)):
            for f in ("text", "name", "country", "org", "sector", "code"):
                row[f"{side}_{f}"] = getattr(actor, f) if actor else None
        loc = ev.location
        row.update(
            cameo=ev.cameo, goldstein=ev.goldstein, quad_class=ev.quad_class, plover=ev.plover,
            modality=ev.modality, date=ev.date, date_precision=ev.date_precision,
            place=loc.place if loc else None, place_country=loc.country if loc else None,
            lat=loc.lat if loc else None, lon=loc.lon if loc else None,
            attribution=ev.attribution, trigger=ev.trigger, rule=ev.evidence.rule,
            confidence=ev.confidence, evidence=ev.evidence.text,
        )
        yield row


class Writer:
    """Streams coded articles to ``out`` in one format."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.fmt, self.out = fmt, out
        self._first = True
        self._csv: csv.DictWriter[str] | None = None
        self._table_rows: list[tuple[CodedArticle, dict[str, Any]]] = []

    def write(self, article: CodedArticle) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.out.write(("[\n" if self._first else ",\n") +
                           json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
        elif self.fmt == "csv":
            if self._csv is None:
                self._csv = csv.DictWriter(self.out, fieldnames=CSV_COLUMNS)
                self._csv.writeheader()
            self._csv.writerows(event_rows(article))
        else:
            self._table_rows.extend((article, r) for r in event_rows(article))
        self._first = False

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self._first else "\n]\n")
        elif self.fmt == "table":
            render_table(self._table_rows, self.out)
        self.out.flush()


def _actor_cell(row: dict[str, Any], side: str) -> str:
    key = row[f"{side}_country"] or row[f"{side}_org"]
    if not key:
        return "-"
    name = row[f"{side}_name"] or row[f"{side}_text"] or ""
    return f"{name} [{key} {row[f'{side}_sector'] or ''}]".strip()


def render_table(rows: list[tuple[CodedArticle, dict[str, Any]]], out: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(120, Console(file=out).width))
    table = Table(title=f"{len(rows)} events", show_lines=False, expand=False)
    for col in ("article", "date", "source", "event", "target", "modality", "where", "said by"):
        table.add_column(col, overflow="fold")
    for article, r in rows:
        table.add_row(
            article.id, r["date"] or "-", _actor_cell(r, "source"),
            f"{r['cameo']} {r['plover'] or ''} ({r['trigger']})", _actor_cell(r, "target"),
            r["modality"], r["place"] or "-", r["attribution"],
        )
    console.print(table)
