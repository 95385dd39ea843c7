"""The ingest writer: decide what a batch must code, then store its results in one transaction.

Only the driver process writes. For each batch of input records:

1. ``plan_batch`` splits it into articles to code, records already present (skipped) and
   reading rejects. An article is present when its id or the SHA-256 of its text is already in
   ``articles``, or was rejected while coding (``rejects`` rows with a text hash), or belongs
   to a batch still in flight. Every decision depends on input order only, never on timing,
   so a rerun after a crash reaches the tables of one clean run.
2. ``write_batch`` inserts the batch's articles, mentions, actor mentions and rejects through
   Arrow in a single transaction, and marks the events table stale in that same transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa

from eventwire.records import Article, Rejection
from eventwire.store.db import insert_arrow, set_state, transaction
from eventwire.store.rows import reject_row, text_sha256, to_table

RejectKey = tuple[str, str | None, int | None]
Payload = tuple[str, str, str | None, str | None, str | None, str | None, str | None, str]
STALE = "events_stale"


@dataclass
class InFlight:
    """Ids, text hashes and reject keys of planned batches not yet written."""

    ids: Counter[str] = field(default_factory=Counter)
    hashes: Counter[str] = field(default_factory=Counter)
    rejects: Counter[RejectKey] = field(default_factory=Counter)


@dataclass
class Plan:
    payload: list[Payload]  # articles to code, as plain tuples (see ``to_payload``)
    read_rejects: list[dict[str, Any]]  # new reading rejects to store
    skipped: int = 0  # articles already present
    rejects_seen: Counter[str] = field(default_factory=Counter)  # reading rejects by kind
    records: int = 0  # input records in the batch

    @property
    def reject_keys(self) -> list[RejectKey]:
        return [_key(r) for r in self.read_rejects]


@dataclass
class Written:
    coded: int = 0
    mentions: int = 0
    rejected: Counter[str] = field(default_factory=Counter)  # by kind, reading + coding


def _key(row: dict[str, Any]) -> RejectKey:
    return (row["record_id"], row["origin_file"], row["origin_line"])


def to_payload(article: Article, sha: str) -> Payload:
    return (article.id, article.text, article.title, article.published, article.url,
            article.source, article.origin, sha)


def from_payload(p: Payload) -> tuple[Article, str]:
    return Article(id=p[0], text=p[1], title=p[2], published=p[3], url=p[4], source=p[5],
                   origin=p[6]), p[7]


def _present(con: duckdb.DuckDBPyConnection, ids: list[str], shas: list[str]
             ) -> tuple[set[str], set[str]]:
    probe = pa.table({"id": pa.array(ids, pa.string()), "sha": pa.array(shas, pa.string())})
    con.register("_probe", probe)
    try:
        match = "IN (SELECT id FROM _probe) OR text_sha256 IN (SELECT sha FROM _probe)"
        rows = con.execute(
            f"SELECT article_id, text_sha256 FROM articles WHERE article_id {match}"
            " UNION ALL SELECT record_id, text_sha256 FROM rejects"
            f" WHERE text_sha256 IS NOT NULL AND (record_id {match})"
        ).fetchall()
    finally:
        con.unregister("_probe")
    return {r[0] for r in rows}, {r[1] for r in rows}


def _known_rejects(con: duckdb.DuckDBPyConnection, rows: list[dict[str, Any]]) -> set[RejectKey]:
    if not rows:
        return set()
    probe = pa.table({
        "record_id": pa.array([r["record_id"] for r in rows], pa.string()),
        "origin_file": pa.array([r["origin_file"] for r in rows], pa.string()),
        "origin_line": pa.array([r["origin_line"] for r in rows], pa.int32()),
    })
    con.register("_rprobe", probe)
    try:
        found = con.execute(
            "SELECT p.record_id, p.origin_file, p.origin_line FROM _rprobe p JOIN rejects r"
            " ON r.record_id = p.record_id"
            " AND r.origin_file IS NOT DISTINCT FROM p.origin_file"
            " AND r.origin_line IS NOT DISTINCT FROM p.origin_line"
        ).fetchall()
    finally:
        con.unregister("_rprobe")
    return {(r[0], r[1], r[2]) for r in found}


def plan_batch(con: duckdb.DuckDBPyConnection, items: list[Article | Rejection],
               inflight: InFlight) -> Plan:
    """What to do with a batch of input records; registers the batch as in flight."""
    articles = [(a, text_sha256(a.text)) for a in items if isinstance(a, Article)]
    known_ids, known_shas = _present(con, [a.id for a, _ in articles], [s for _, s in articles])
    plan = Plan(payload=[], read_rejects=[], records=len(items))
    batch_ids: set[str] = set()
    batch_shas: set[str] = set()
    for article, sha in articles:
        if (article.id in known_ids or sha in known_shas or article.id in batch_ids
                or sha in batch_shas or inflight.ids[article.id] or inflight.hashes[sha]):
            plan.skipped += 1
            continue
        batch_ids.add(article.id)
        batch_shas.add(sha)
        plan.payload.append(to_payload(article, sha))
    rejects = [reject_row(r) for r in items if isinstance(r, Rejection)]
    known = _known_rejects(con, rejects)
    seen: set[RejectKey] = set()
    for row in rejects:
        key = _key(row)
        plan.rejects_seen[row["kind"]] += 1
        if key in known or key in seen or inflight.rejects[key]:
            continue
        seen.add(key)
        plan.read_rejects.append(row)
    inflight.ids.update(batch_ids)
    inflight.hashes.update(batch_shas)
    inflight.rejects.update(seen)
    return plan


def write_batch(con: duckdb.DuckDBPyConnection, plan: Plan, results: list[dict[str, Any]],
                inflight: InFlight) -> Written:
    """Store one batch (articles, mentions, actor mentions, rejects) in one transaction.

    ``results`` holds one dict per planned article, in order: ``{"article", "mentions",
    "actors", "text"?}`` for a coded article or ``{"reject"}`` for one rejected while coding.
    """
    arts: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    actors: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    rejects = list(plan.read_rejects)
    written = Written(rejected=Counter(plan.rejects_seen))
    for res in results:
        if "reject" in res:
            rejects.append(res["reject"])
            written.rejected[res["reject"]["kind"]] += 1
        else:
            arts.append(res["article"])
            mentions.extend(res["mentions"])
            actors.extend(res["actors"])
            if "text" in res:
                texts.append(res["text"])
    with transaction(con):
        insert_arrow(con, "articles", to_table("articles", arts))
        insert_arrow(con, "mentions", to_table("mentions", mentions))
        insert_arrow(con, "actor_mentions", to_table("actor_mentions", actors))
        insert_arrow(con, "rejects", to_table("rejects", rejects))
        insert_arrow(con, "article_texts", to_table("article_texts", texts))
        if arts:
            set_state(con, STALE, "1")
    inflight.ids.subtract(p[0] for p in plan.payload)
    inflight.hashes.subtract(p[7] for p in plan.payload)
    inflight.rejects.subtract(plan.reject_keys)
    for counter in (inflight.ids, inflight.hashes, inflight.rejects):
        for k in [k for k, v in counter.items() if v <= 0]:
            del counter[k]
    written.coded, written.mentions = len(arts), len(mentions)
    return written

