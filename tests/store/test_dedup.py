"""Dedup: which mentions become one event, and what the event row says (docs/dedup.md)."""

from __future__ import annotations

import hashlib
import random
from typing import Any

import pytest

from eventwire.errors import InputError
from eventwire.store.dedup import cluster, event_id, group_key, period, same_event
from tests.store.sample import mention


def ids(events: list[dict[str, Any]]) -> list[list[str]]:
    return [e["mention_ids"] for e in events]


def test_same_event_in_two_outlets_merges_into_one_row():
    events = cluster([mention("wire-1"), mention("paper-7", 2, outlet="Daily Courier",
                                                   published="2014-11-22")])
    assert ids(events) == [["paper-7#2", "wire-1#0"]]
    ev = events[0]
    assert (ev["num_mentions"], ev["num_sources"], ev["num_articles"]) == (2, 2, 2)
    assert (ev["first_seen"], ev["last_seen"]) == ("2014-11-21", "2014-11-22")


def test_sibling_codes_are_different_events():
    events = cluster([mention("a", cameo="042"), mention("b", cameo="043", goldstein=2.8)])
    assert sorted(e["cameo"] for e in events) == ["042", "043"]


@pytest.mark.parametrize("general", ["04", "040"])
def test_general_code_merges_and_event_takes_the_most_specific(general):
    events = cluster([mention("a", cameo=general, goldstein=1.0),
                      mention("b", published="2014-11-22", cameo="042", goldstein=1.9)])
    assert len(events) == 1
    ev = events[0]
    assert ev["cameo"] == "042" and ev["goldstein"] == 1.9
    assert ev["url"].endswith("/a")  # everything else still from the representative


def test_general_code_joins_one_sibling_not_both():
    events = cluster([mention("a", cameo="042"), mention("b", cameo="04"),
                      mention("c", cameo="043")])
    assert ids(events) == [["a#0", "b#0"], ["c#0"]]


@pytest.mark.parametrize(("gap", "window", "merged"), [
    (0, 0, True), (1, 0, False), (1, 1, True), (2, 1, False), (3, 3, True), (4, 3, False),
])
def test_window_edge(gap, window, merged):
    later = f"2014-11-{20 + gap:02d}"
    events = cluster([mention("a"), mention("b", date=later)], window_days=window)
    assert len(events) == (1 if merged else 2)


def test_no_chaining_beyond_the_first_date():
    days = ["2014-11-20", "2014-11-21", "2014-11-22", "2014-11-23"]
    events = cluster([mention(f"a{i}", date=d) for i, d in enumerate(days)])
    assert ids(events) == [["a0#0", "a1#0"], ["a2#0", "a3#0"]]


def test_result_does_not_depend_on_input_order():
    rows = [
        mention("a"), mention("b", date="2014-11-21", outlet="Daily Courier"),
        mention("c", date="2014-11-22"), mention("d", cameo="043"),
        mention("e", cameo="04", place=None, place_country=None),
        mention("f", place="Lviv", lat=49.84, lon=24.03),
        mention("g", date=None, date_precision=None, published="2014-11-20"),
        mention("h", date="2014-11", date_precision="month", published="2014-12-02"),
        mention("i", modality="negated", date=None, date_precision=None),
        mention("j", target_key=None, target_country=None, target_code=None),
        mention("a", 1, sentence=4), mention("k", source_key="USA", source_country="USA"),
    ]
    expected = cluster(rows)
    assert len(expected) > 3
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster(shuffled) == expected


def test_null_keys_are_equal_to_each_other_only():
    untargeted = {"target_key": None, "target_country": None, "target_code": None}
    events = cluster([mention("a", **untargeted), mention("b", **untargeted), mention("c")])
    assert ids(events) == [["a#0", "b#0"], ["c#0"]]


def test_modality_and_actors_separate_events():
    events = cluster([mention("a"), mention("b", modality="hypothetical"),
                      mention("c", source_key="BLR"), mention("d", target_key="POL")])
    assert len(events) == 4


@pytest.mark.parametrize(("other", "merged"), [
    ({"place": "Lviv"}, False),                                     # another city
    ({"place": "Kyiv", "place_country": "RUS"}, False),             # another country
    ({"place": " KYIV "}, True),                                    # case and spaces
    ({"place": None, "place_country": None}, True),                 # no place
    ({"place": None, "place_country": "UKR"}, True),                # country only
])
def test_place_compatibility(other, merged):
    assert len(cluster([mention("a"), mention("b", **other)])) == (1 if merged else 2)


def test_place_names_fold_accents():
    colombia = {"source_key": "COL", "target_key": "VEN", "place_country": "COL"}
    rows = [mention("a", place="Bogotá", **colombia), mention("b", place="BOGOTA", **colombia)]
    assert len(cluster(rows)) == 1


def test_unplaced_mention_does_not_bridge_two_places():
    events = cluster([mention("a", place=None, place_country=None), mention("b"),
                      mention("c", place="Lviv")])
    assert ids(events) == [["a#0", "b#0"], ["c#0"]]


def test_restatement_in_the_same_article_merges():
    events = cluster([mention("a", 0), mention("a", 3, sentence=5, trigger="visit")])
    assert ids(events) == [["a#0", "a#3"]]
    ev = events[0]
    assert (ev["num_mentions"], ev["num_sources"], ev["num_articles"]) == (2, 1, 1)
    assert ev["sentence"] == 0


def test_counts_sources_unknown_outlet_as_its_article():
    rows = [mention("a"), mention("b"),  # same outlet twice
            mention("c", outlet=None), mention("d", outlet=None, published=None)]
    ev = cluster(rows)[0]
    assert (ev["num_mentions"], ev["num_sources"], ev["num_articles"]) == (4, 3, 4)
    # d has no publication date: its event date stands in for first/last seen
    assert (ev["first_seen"], ev["last_seen"]) == ("2014-11-20", "2014-11-21")


def test_representative_is_the_earliest_mention_and_names_the_event():
    rows = [mention("z-late", published="2014-11-23", date="2014-11-21", evidence="Later."),
            mention("m-first", published="2014-11-22", evidence="First.")]
    ev = cluster(rows)[0]
    assert ev["evidence"] == "First." and ev["article_id"] == "m-first"
    expected = "ev-" + hashlib.sha1(b"m-first#0").hexdigest()[:16]
    assert ev["event_id"] == expected == event_id("m-first#0")
    assert "mention_id" not in ev


def test_month_date_fits_any_day_in_it_and_event_keeps_the_day():
    rows = [mention("a", date="2014-11", date_precision="month", published="2014-11-25"),
            mention("b", date="2014-11-20"),
            mention("c", date="2014-10", date_precision="month", published="2014-11-25")]
    events = cluster(rows)
    assert ids(events) == [["a#0", "b#0"], ["c#0"]]
    assert (events[0]["date"], events[0]["date_precision"]) == ("2014-11-20", "day")


def test_vague_anchor_does_not_merge_two_distinct_days():
    rows = [mention("a", date="2014-11", date_precision="month", published="2014-11-01"),
            mention("b", date="2014-11-12", published="2014-11-13"),
            mention("c", date="2014-11-28", published="2014-11-29")]
    assert ids(cluster(rows)) == [["a#0", "b#0"], ["c#0"]]


def test_undated_mentions_use_published_and_unknown_time_stays_apart():
    no_date = {"date": None, "date_precision": None}
    rows = [mention("a"), mention("b", **no_date, published="2014-11-21"),
            mention("c", **no_date, published=None), mention("d", **no_date, published=None)]
    assert ids(cluster(rows)) == [["a#0", "b#0"], ["c#0", "d#0"]]


def test_same_event_and_group_key():
    assert same_event(mention("a"), mention("b", cameo="04"))
    assert not same_event(mention("a"), mention("b", date="2014-11-23"))
    assert same_event(mention("a"), mention("b", date="2014-11-23"), window_days=3)
    assert group_key(mention("a", cameo="0421", root="04")) == ("RUS", "UKR", "04", "asserted")


def test_period():
    assert period("2014-02") == (period("2014-02-01")[0], period("2014-02-28")[0])
    assert period("2014-11-05", "month") == period("2014-11")
    assert period("2014-11-05T09:30:00Z") == period("2014-11-05")
    assert period(None) is None


def test_bad_input_is_reported_with_cause():
    with pytest.raises(InputError, match=r"mention b#0: date '21/11/2014'"):
        cluster([mention("a"), mention("b", date="21/11/2014")])
    with pytest.raises(ValueError, match="window_days"):
        cluster([mention("a")], window_days=-1)
    assert cluster([]) == []
