"""Rows of the event store, as plain dicts: built from coded articles, read by the writer.

Pure functions, no database: batch workers call them and send the dicts back to the driver.
The MENTION and EVENT dicts are the row contract shared with ``dedup`` and ``exports``
(docs/store.md lists every field).
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import pyarrow as pa

from eventwire.records import Actor, Article, CodedArticle, Rejection

ACTOR_FIELDS = ("text", "name", "country", "org", "sector", "code", "key")
_STR, _INT, _FLOAT = pa.string(), pa.int32(), pa.float64()


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema(list(fields))


ARTICLE_SCHEMA = _schema(
    ("article_id", _STR), ("text_sha256", _STR), ("title", _STR), ("published", _STR),
    ("url", _STR), ("source", _STR), ("outlet", _STR), ("dateline_place", _STR),
    ("dateline_date", _STR), ("dateline_agency", _STR), ("byline", _STR),
    ("origin_file", _STR), ("origin_line", _INT), ("num_chars", _INT), ("num_words", _INT),
    ("num_events", _INT),
)
_MENTION_CORE: list[tuple[str, pa.DataType]] = [
    ("article_id", _STR), ("outlet", _STR), ("published", _STR), ("url", _STR),
    *[(f"{side}_{f}", _STR) for side in ("source", "target") for f in ACTOR_FIELDS],
    ("cameo", _STR), ("root", _STR), ("plover", _STR), ("goldstein", _FLOAT),
    ("quad_class", _INT), ("modality", _STR), ("date", _STR), ("date_precision", _STR),
    ("place", _STR), ("place_country", _STR), ("lat", _FLOAT), ("lon", _FLOAT),
    ("attribution", _STR), ("trigger", _STR), ("sentence", _INT), ("evidence", _STR),
    ("rule", _STR), ("confidence", _FLOAT),
]
_STORE_ONLY = [("date_basis", _STR), ("why", _STR)]  # why: the trace as a JSON list
MENTION_SCHEMA = _schema(("mention_id", _STR), *_MENTION_CORE, *_STORE_ONLY)
MENTION_FIELDS = tuple(MENTION_SCHEMA.names[:-len(_STORE_ONLY)])  # the contract
EVENT_SCHEMA = _schema(
    ("event_id", _STR), *_MENTION_CORE, ("num_mentions", _INT), ("num_sources", _INT),
    ("num_articles", _INT), ("first_seen", _STR), ("last_seen", _STR),
    ("mention_ids", pa.list_(_STR)),
)
ACTOR_MENTION_SCHEMA = _schema(
    ("mention_id", _STR), ("article_id", _STR), ("role", _STR),
    *[(f, _STR) for f in ACTOR_FIELDS], ("resolved_by", _STR), ("start_char", _INT),
    ("end_char", _INT), ("via", _STR),
)
REJECT_SCHEMA = _schema(
    ("record_id", _STR), ("origin_file", _STR), ("origin_line", _INT), ("reason", _STR),
    ("kind", _STR), ("text_sha256", _STR),
)
TEXT_SCHEMA = _schema(("article_id", _STR), ("body", _STR), ("coded", _STR))
SCHEMAS = {"articles": ARTICLE_SCHEMA, "mentions": MENTION_SCHEMA, "events": EVENT_SCHEMA,
           "actor_mentions": ACTOR_MENTION_SCHEMA, "rejects": REJECT_SCHEMA,
           "article_texts": TEXT_SCHEMA}

_LINE = re.compile(r"^(.*):(\d+)$")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def split_origin(origin: str | None) -> tuple[str | None, int | None]:
    """'corpus.jsonl:12' -> ('corpus.jsonl', 12); 'story.txt' -> ('story.txt', None)."""
    if not origin:
        return None, None
    m = _LINE.match(origin)
    return (m.group(1), int(m.group(2))) if m else (origin, None)


def reason_kind(reason: str) -> str:
    """The reason without its particulars: 'malformed JSON: ... at column 3' -> 'malformed JSON'."""
    return re.split(r"[:(;]", reason, maxsplit=1)[0].strip() or reason


def reject_row(rej: Rejection, sha: str | None = None) -> dict[str, Any]:
    origin_file, origin_line = split_origin(rej.origin)
    return {"record_id": rej.id, "origin_file": origin_file, "origin_line": origin_line,
            "reason": rej.reason, "kind": reason_kind(rej.reason), "text_sha256": sha}


def _actor_fields(prefix: str, actor: Actor | None) -> dict[str, Any]:
    return {f"{prefix}{f}": (getattr(actor, f) if actor else None) for f in ACTOR_FIELDS}


def coded_rows(coded: CodedArticle, article: Article, sha: str
               ) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The article row, its mention rows (one per coded event) and actor-mention rows."""
    outlet = coded.source or coded.dateline.agency or None
    origin_file, origin_line = split_origin(article.origin)
    art = {
        "article_id": coded.id, "text_sha256": sha, "title": coded.title,
        "published": coded.published, "url": coded.url, "source": coded.source,
        "outlet": outlet, "dateline_place": coded.dateline.place,
        "dateline_date": coded.dateline.date, "dateline_agency": coded.dateline.agency,
        "byline": coded.byline, "origin_file": origin_file, "origin_line": origin_line,
        "num_chars": len(article.text), "num_words": len(article.text.split()),
        "num_events": len(coded.events),
    }
    mentions: list[dict[str, Any]] = []
    actors: list[dict[str, Any]] = []
    for n, ev in enumerate(coded.events):
        mid = f"{coded.id}#{n}"
        loc = ev.location
        row: dict[str, Any] = {"mention_id": mid, "article_id": coded.id, "outlet": outlet,
                               "published": coded.published, "url": coded.url}
        row.update(_actor_fields("source_", ev.source))
        row.update(_actor_fields("target_", ev.target))
        row.update(
            cameo=ev.cameo, root=ev.cameo[:2], plover=ev.plover, goldstein=ev.goldstein,
            quad_class=ev.quad_class, modality=ev.modality, date=ev.date,
            date_precision=ev.date_precision, place=loc.place if loc else None,
            place_country=loc.country if loc else None, lat=loc.lat if loc else None,
            lon=loc.lon if loc else None, attribution=ev.attribution, trigger=ev.trigger,
            sentence=ev.evidence.sentence, evidence=ev.evidence.text, rule=ev.evidence.rule,
            confidence=round(ev.confidence, 4), date_basis=ev.date_basis,
            why=json.dumps([step.to_dict() for step in ev.why]),
        )
        mentions.append(row)
        for role, actor in (("source", ev.source), ("target", ev.target)):
            if actor is None:
                continue
            arow: dict[str, Any] = {"mention_id": mid, "article_id": coded.id, "role": role}
            arow.update(_actor_fields("", actor))
            arow.update(resolved_by=actor.resolved_by, via=actor.via, start_char=actor.start,
                        end_char=actor.end)
            actors.append(arow)
    return art, mentions, actors


def text_row(coded: CodedArticle) -> dict[str, Any]:
    """The ``article_texts`` row: the cleaned text and the coded article as JSON."""
    return {"article_id": coded.id, "body": coded.text or "",
            "coded": json.dumps(coded.to_dict(), ensure_ascii=False)}


def to_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    """An Arrow table of one store table's rows (missing fields are null)."""
    schema = SCHEMAS[name]
    return pa.Table.from_pylist([{k: r.get(k) for k in schema.names} for r in rows],
                                schema=schema)
