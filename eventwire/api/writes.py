"""POST /v1/articles: code articles and store them through the ingest writer, one batch in one
transaction, then bring the deduplicated events up to date."""

from __future__ import annotations

from typing import Any

from eventwire.api.app import State
from eventwire.batch.work import code_batch
from eventwire.records import Article
from eventwire.store.db import get_state
from eventwire.store.rebuild import WINDOW, rebuild_events
from eventwire.store.writer import InFlight, plan_batch, write_batch


def store_articles(st: State, articles: list[Article]) -> dict[str, Any]:
    """Code and store ``articles``; say which were stored, skipped (present) or rejected."""
    with st.store.write_lock, st.store.cursor() as con:
        inflight = InFlight()
        plan = plan_batch(con, list(articles), inflight)
        with st.coder_lock:
            results = code_batch(st.coder, plan.payload)
        write_batch(con, plan, results, inflight)
        window = int(get_state(con, WINDOW) or 1)
        rebuild_events(con, window)
    planned = [p[0] for p in plan.payload]
    stored, rejected = [], []
    for aid, res in zip(planned, results, strict=True):
        if "reject" in res:
            rejected.append({"id": aid, "reason": res["reject"]["reason"]})
        else:
            stored.append({"id": aid, "events": len(res["mentions"])})
    coded = set(planned)
    skipped = [a.id for a in articles if a.id not in coded]
    return {"stored": stored, "skipped": skipped, "rejected": rejected}
