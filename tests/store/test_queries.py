"""Store queries added for the HTTP API: country and text filters, keyset pages in both date
orders, stats by week and QuadClass over a filter, one article with its text and spans."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventwire.store.db import connect
from eventwire.store.queries import EventFilter, article, cursor_of, iter_events, stats


@pytest.fixture(scope="module")
def con(clean_db):
    c = connect(clean_db, read_only=True)
    yield c
    c.close()


def _pages(con, f: EventFilter, size: int) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        rows = list(iter_events(con, replace(f, limit=size, after=after)))
        seen += [r["event_id"] for r in rows]
        if len(rows) < size:
            return seen
        after = cursor_of(rows[-1], f.order)


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_keyset_pages_give_every_event_once_in_order(con, order):
    everything = [r["event_id"] for r in iter_events(con, EventFilter(order=order))]
    assert _pages(con, EventFilter(order=order), 9) == everything
    assert len(set(everything)) == len(everything) > 9


def test_desc_is_asc_reversed_for_dated_events(con):
    asc = [r for r in iter_events(con, EventFilter()) if r["date"] or r["published"]]
    desc = [r for r in iter_events(con, EventFilter(order="desc")) if r["date"] or r["published"]]
    assert [r["event_id"] for r in desc] == [r["event_id"] for r in reversed(asc)]


def test_country_and_text_filters(con):
    egy = list(iter_events(con, EventFilter(country="egy")))
    assert egy and all("EGY" in (r["source_country"], r["target_country"]) for r in egy)
    words = list(iter_events(con, EventFilter(q="Humanitarian AID")))
    assert words and all("humanitarian aid" in r["evidence"].lower() for r in words)
    assert list(iter_events(con, EventFilter(q="%"))) == []  # a value, not a LIKE pattern


def test_order_must_be_asc_or_desc(con):
    with pytest.raises(ValueError, match="asc or desc"):
        list(iter_events(con, EventFilter(order="sideways")))


def test_stats_by_week_and_quadclass_over_a_filter(con):
    everything = stats(con)
    egy = stats(con, f=EventFilter(country="EGY"), interval="week")
    assert egy["totals"]["events"] == len(list(iter_events(con, EventFilter(country="EGY"))))
    assert egy["totals"]["articles"] == everything["totals"]["articles"]  # store totals
    assert sum(w["events"] for w in egy["by_day"]) == egy["totals"]["events"]
    assert sum(q["events"] for q in everything["by_quad"]) == everything["totals"]["events"]
    assert len(egy["by_day"]) <= len(stats(con, f=EventFilter(country="EGY"))["by_day"])
    with pytest.raises(ValueError, match="day or week"):
        stats(con, interval="month")


def test_article_has_text_events_spans_and_none_when_absent(con):
    some = con.execute("SELECT article_id FROM articles WHERE num_events > 0 LIMIT 1").fetchall()
    found = article(con, some[0][0])
    assert found is not None and found["text"]
    ev = found["events"][0]
    start, end = ev["trigger_span"]
    assert found["text"][start:end] == ev["trigger"]
    assert ev["event_id"] and ev["rule"]
    for a in found["actors"]:
        assert found["text"][a["start_char"]:a["end_char"]] == a["text"]
    assert article(con, "no-such-article") is None
