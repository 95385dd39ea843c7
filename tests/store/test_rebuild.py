"""The events table: derived from mentions by dedup, streamed group by group, deterministic."""

from __future__ import annotations

import random

import pyarrow as pa
import pytest

from eventwire.store.db import connect, get_state, insert_arrow, set_state
from eventwire.store.dedup import cluster
from eventwire.store.rebuild import WINDOW, rebuild_events
from eventwire.store.rows import to_table
from eventwire.store.writer import STALE


def mentions() -> list[dict]:
    """Reports of a few events by several outlets, plus unrelated mentions."""
    rows = []
    plan = [  # (article, outlet, published, source, target, cameo, date)
        ("a", "Wire", "2016-05-03", "EGY", "JOR", "040", "2016-05-03"),
        ("a", "Wire", "2016-05-03", "EGY", "JOR", "042", "2016-05-03"),
        ("b", "Courier", "2016-05-04", "EGY", "JOR", "04", "2016-05-03"),
        ("c", "Post", "2016-05-20", "EGY", "JOR", "040", "2016-05-19"),
        ("c", "Post", "2016-05-20", "JPN", "CHN", "111", "2016-05-19"),
        ("d", "Wire", "2016-05-21", "JPN", "CHN", "111", "2016-05-20"),
        ("d", "Wire", "2016-05-21", "JPN", None, "111", "2016-05-20"),
        ("e", "Courier", "2016-05-21", "TUR", "TUR", "173", None),
    ]
    count: dict[str, int] = {}
    for art, outlet, pub, src, tgt, cameo, day in plan:
        n = count[art] = count.get(art, -1) + 1
        rows.append({"mention_id": f"{art}#{n}", "article_id": art, "outlet": outlet,
                     "published": pub, "source_key": src, "target_key": tgt,
                     "source_country": src, "target_country": tgt, "cameo": cameo,
                     "root": cameo[:2], "modality": "asserted", "date": day,
                     "date_precision": "day" if day else None,
                     "evidence": f"sentence {art}{n}"})
    return rows


def store_with(path, rows, chunks: int):
    con = connect(path)
    size = max(1, len(rows) // chunks)
    for i in range(0, len(rows), size):
        insert_arrow(con, "mentions", to_table("mentions", rows[i:i + size]))
    set_state(con, STALE, "1")
    return con


def events_of(con) -> list[tuple]:
    return con.execute("SELECT event_id, num_mentions, num_sources, num_articles, first_seen, "
                       "last_seen, mention_ids FROM events ORDER BY event_id").fetchall()


def test_events_are_the_same_whatever_the_ingest_order(tmp_path):
    rows = mentions()
    shuffled = rows[:]
    random.Random(3).shuffle(shuffled)
    one = store_with(tmp_path / "one.duckdb", rows, 1)
    two = store_with(tmp_path / "two.duckdb", shuffled, 4)
    assert rebuild_events(one) == rebuild_events(two) == 5
    assert events_of(one) == events_of(two)
    egy = [e for e in events_of(one) if "a#0" in e[6]][0]
    assert egy[1:] == (3, 2, 2, "2016-05-03", "2016-05-04", ["a#0", "a#1", "b#0"])


def test_streamed_groups_give_what_clustering_everything_gives(tmp_path):
    rows = mentions()
    con = store_with(tmp_path / "s.duckdb", rows, 2)
    rebuild_events(con)
    expected = sorted((e["event_id"], e["num_mentions"], e["mention_ids"]) for e in cluster(rows))
    got = sorted((e[0], e[1], e[6]) for e in events_of(con))
    assert got == expected


def test_rebuild_runs_only_when_stale_or_the_window_changes(tmp_path):
    con = store_with(tmp_path / "s.duckdb", mentions(), 1)
    assert rebuild_events(con) == 5 and get_state(con, STALE) == "0"
    assert rebuild_events(con) is None  # up to date
    wide = rebuild_events(con, window_days=30)  # 3 May and 19 May reports now merge
    assert wide == 4 and get_state(con, WINDOW) == "30"


def test_a_failed_rebuild_keeps_the_previous_events(tmp_path, monkeypatch):
    con = store_with(tmp_path / "s.duckdb", mentions(), 1)
    rebuild_events(con)
    before = events_of(con)
    set_state(con, STALE, "1")

    def broken(*args, **kwargs):
        raise RuntimeError("crash in the middle")

    monkeypatch.setattr("eventwire.store.rebuild.cluster", broken)
    with pytest.raises(RuntimeError):
        rebuild_events(con)
    assert events_of(con) == before and get_state(con, STALE) == "1"


def test_events_table_takes_list_of_mention_ids(tmp_path):
    con = connect(tmp_path / "s.duckdb")
    table = to_table("events", [{"event_id": "ev-1", "article_id": "a", "cameo": "040",
                                 "root": "04",
                                 "modality": "asserted", "num_mentions": 1, "num_sources": 1,
                                 "num_articles": 1, "mention_ids": ["a#0"]}])
    assert table.schema.field("mention_ids").type == pa.list_(pa.string())
    insert_arrow(con, "events", table)
    assert con.execute("SELECT mention_ids FROM events").fetchall() == [(["a#0"],)]
