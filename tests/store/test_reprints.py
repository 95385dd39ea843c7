"""Dedup through the store: reprints of dev-set stories by other outlets add mentions, not events.

The dev gold set is read at run time from ../shared (never copied here); skipped when absent.
A reprint is what aggregators publish: the same story under another id and outlet, with a page
leftover line the cleaner drops (an exact copy would be skipped by its text hash).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.corpus import ingest_inline
from tests.shared import SHARED

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(os.environ.get("EVENTWIRE_DEV_GOLD", SHARED / "corpus" / "dev.jsonl"))
pytestmark = pytest.mark.skipif(not GOLD.exists(), reason=f"dev gold set not found at {GOLD}")
REPRINTED = 6


def ingest(coder, db: Path, path: Path):
    return ingest_inline(db, [str(path)], coder, batch_size=8)


def events(db: Path) -> dict[str, tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT event_id, num_mentions, num_sources, num_articles, "
                           "mention_ids FROM events").fetchall()
    finally:
        con.close()
    return {r[0]: r[1:] for r in rows}


def test_reprints_under_other_ids_and_outlets_merge_into_the_same_events(coder, tmp_path):
    dev = tmp_path / "dev.jsonl"
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    dev.write_text("".join(json.dumps({k: r.get(k) for k in ("id", "text", "published", "url",
                                                             "source")}) + "\n"
                           for r in records), encoding="utf-8")
    base = tmp_path / "base.duckdb"
    ingest(coder, base, dev)
    before = events(base)

    con = duckdb.connect(str(base), read_only=True)
    chosen = [r[0] for r in con.execute("SELECT article_id FROM articles WHERE num_events > 0 "
                                        "ORDER BY article_id LIMIT ?", [REPRINTED]).fetchall()]
    con.close()
    assert len(chosen) == REPRINTED
    by_id = {r["id"]: r for r in records}
    reprints = tmp_path / "reprints.jsonl"
    reprints.write_text("".join(json.dumps({
        "id": f"{aid}-reprint", "text": "Go to Contents\n\n" + by_id[aid]["text"],
        "published": by_id[aid]["published"], "source": "Aggregator Daily",
    }) + "\n" for aid in chosen), encoding="utf-8")
    both = tmp_path / "both.duckdb"
    shutil.copy(base, both)
    summary = ingest(coder, both, reprints)
    assert summary.coded == REPRINTED and summary.skipped == 0
    after = events(both)

    assert len(after) == len(before)
    assert set(after) == set(before)  # the representatives (earliest mentions) are unchanged
    grown = 0
    for event_id, (mentions, sources, articles, ids) in before.items():
        copied = [m for m in ids if m.split("#")[0] in chosen]
        new_mentions, new_sources, new_articles, new_ids = after[event_id]
        assert new_mentions == mentions + len(copied)
        assert sorted(new_ids) == sorted(ids + [m.replace("#", "-reprint#") for m in copied])
        if copied:
            grown += 1
            assert new_articles == articles + len({m.split("#")[0] for m in copied})
            assert new_sources == sources + 1  # the aggregator is a new outlet
        else:
            assert (new_sources, new_articles) == (sources, articles)
    assert grown >= REPRINTED
