"""The ingest writer: what a batch must code, and one transaction per batch (no model here)."""

from __future__ import annotations

import duckdb
import pytest

from eventwire.records import Article, Rejection
from eventwire.store.db import connect, counts, get_state
from eventwire.store.rows import reject_row, split_origin, text_sha256
from eventwire.store.writer import STALE, InFlight, plan_batch, write_batch


@pytest.fixture()
def con(tmp_path):
    c = connect(tmp_path / "w.duckdb")
    yield c
    c.close()


def art(id: str, text: str | None = None) -> Article:
    return Article(id=id, text=text or f"Text of {id}.", origin=f"in.jsonl:{id[-1]}")


def coded(payload) -> dict:
    id, sha = payload[0], payload[7]
    mention = {"mention_id": f"{id}#0", "article_id": id, "cameo": "040", "root": "04",
               "modality": "asserted", "source_key": "EGY", "target_key": "JOR"}
    return {"article": {"article_id": id, "text_sha256": sha, "num_events": 1},
            "mentions": [mention],
            "actors": [{"mention_id": f"{id}#0", "article_id": id, "role": "source",
                        "country": "EGY", "key": "EGY"}]}


def ingest(con, items, inflight=None):
    inflight = inflight or InFlight()
    plan = plan_batch(con, items, inflight)
    return plan, write_batch(con, plan, [coded(p) for p in plan.payload], inflight)


def test_batch_is_stored_with_its_mentions_and_marks_events_stale(con):
    plan, written = ingest(con, [art("a1"), art("a2")])
    assert written.coded == 2 and written.mentions == 2
    assert counts(con) == {"articles": 2, "mentions": 2, "actor_mentions": 2, "events": 0,
                           "rejects": 0}
    assert get_state(con, STALE) == "1"


def test_present_articles_are_skipped_by_id_or_by_text_hash(con):
    ingest(con, [art("a1", "Same words.")])
    plan, _ = ingest(con, [art("a1", "Other words."), art("b2", "Same words."), art("c3")])
    assert plan.skipped == 2
    assert [p[0] for p in plan.payload] == ["c3"]


def test_duplicates_within_a_batch_and_in_flight_are_skipped(con):
    inflight = InFlight()
    first = plan_batch(con, [art("a1", "x words"), art("a1", "y words"), art("b2", "x words")],
                       inflight)
    assert [p[0] for p in first.payload] == ["a1"] and first.skipped == 2
    second = plan_batch(con, [art("a1", "z words"), art("c3", "x words"), art("d4")], inflight)
    assert [p[0] for p in second.payload] == ["d4"]  # a1 and its text still in flight
    write_batch(con, first, [coded(p) for p in first.payload], inflight)
    write_batch(con, second, [coded(p) for p in second.payload], inflight)
    assert not inflight.ids and not inflight.hashes
    assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] == 2


def test_a_failing_batch_stores_nothing(con):
    inflight = InFlight()
    plan = plan_batch(con, [art("a1"), art("a2"), Rejection("x", "malformed JSON: bad", "f:9")],
                      inflight)
    results = [coded(p) for p in plan.payload]
    results[1]["mentions"][0]["cameo"] = None  # NOT NULL column: the insert fails
    with pytest.raises(duckdb.Error):
        write_batch(con, plan, results, inflight)
    assert counts(con) == dict.fromkeys(counts(con), 0)


def test_reading_rejects_are_recorded_once_across_reruns(con):
    bad = [Rejection("in.jsonl:3", "malformed JSON: Expecting value at column 1", "in.jsonl:3"),
           Rejection("r9", "record has no 'text' string field", "in.jsonl:9")]
    for _ in range(3):
        plan, written = ingest(con, [*bad, bad[0]])
        assert written.rejected == {"malformed JSON": 2, "record has no 'text' string field": 1}
    rows = con.execute("SELECT record_id, origin_file, origin_line, kind FROM rejects "
                       "ORDER BY record_id").fetchall()
    assert rows == [("in.jsonl:3", "in.jsonl", 3, "malformed JSON"),
                    ("r9", "in.jsonl", 9, "record has no 'text' string field")]


def test_an_article_rejected_while_coding_counts_as_present(con):
    inflight = InFlight()
    plan = plan_batch(con, [art("e1", "   ")], inflight)
    sha = plan.payload[0][7]
    reject = reject_row(Rejection("e1", "empty text", "in.jsonl:1"), sha)
    written = write_batch(con, plan, [{"reject": reject}], inflight)
    assert written.rejected == {"empty text": 1} and written.coded == 0
    again = plan_batch(con, [art("e1", "   "), art("e2", "   ")], InFlight())
    assert again.skipped == 2 and not again.payload
    assert con.execute("SELECT text_sha256 FROM rejects").fetchall() == [(text_sha256("   "),)]


@pytest.mark.parametrize("origin, expected", [
    ("corpus.jsonl:12", ("corpus.jsonl", 12)),
    ("dir/story.txt", ("dir/story.txt", None)),
    ("C:\\data\\a.csv:3", ("C:\\data\\a.csv", 3)),
    (None, (None, None)),
])
def test_split_origin(origin, expected):
    assert split_origin(origin) == expected
