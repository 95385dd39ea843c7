"""Dates are not events, ages are not dates, and past acts are not dated after the story
(issue 11, point 4). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.events.triggers import in_date
from eventwire.timeplace.dates import ResolvedDate, is_age, not_after, resolve
from tests.conftest import triples


def test_issue11_p04_month_name_is_not_a_protest_march(code_text):
    coded = code_text("Turkey and Russia signed the trade deals March 18 in Ankara.",
                      published="2017-03-20")
    assert not [e for e in coded.events if e.cameo.startswith("14")]
    assert ("TUR", "05", "RUS") in triples(coded)


def test_issue11_p04_a_real_march_is_still_a_protest(code_text):
    coded = code_text("Thousands of protesters marched in Ankara on Friday against the "
                      "Turkish government.", published="2017-03-20")
    assert any(e.cameo.startswith("14") for e in coded.events)


def test_issue11_p04_date_words_are_not_triggers(coder):
    doc = coder.nlp("Turkey signed the deals March 18. Crowds will march on May 3.")
    march = next(t for t in doc if t.text == "March")
    may = next(t for t in doc if t.text == "May")
    assert in_date(march) and in_date(may)
    assert not in_date(next(t for t in doc if t.text == "march"))


def test_issue11_p04_age_apposition_is_not_a_date(code_text):
    coded = code_text("Putin, 64, met Erdogan in Ankara on Friday.", published="2017-03-20")
    meeting = next(e for e in coded.events if e.cameo.startswith("04"))
    assert meeting.date == "2017-03-17"


@pytest.mark.parametrize("text", ["64", "aged 64", "64-year-old"])
def test_issue11_p04_is_age(text):
    assert is_age(text) and resolve(text, date(2017, 3, 20)) is None


def test_issue11_p04_no_date_after_the_story_unless_hypothetical(code_text):
    coded = code_text("Police arrested the Kenyan journalist in 2009, but the court did not "
                      "convict him until a decade later.", published="2017-03-20")
    assert all(e.date is None or e.date <= "2017-03-20" for e in coded.events)
    anchor = date(2017, 3, 20)
    assert not_after(ResolvedDate("2027", "year"), anchor, False) is None
    assert not_after(ResolvedDate("2017-06", "month"), anchor, True) == \
        ResolvedDate("2017-06", "month")
    assert not_after(ResolvedDate("2017-03", "month"), anchor, False) == \
        ResolvedDate("2017-03", "month")
