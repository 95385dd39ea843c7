"""Date resolution against a Friday 2014-11-21 dateline (our own expressions)."""

from datetime import date

import pytest

from eventwire.timeplace.dates import resolve

FRIDAY = date(2014, 11, 21)


@pytest.mark.parametrize(
    ("expr", "value", "precision"),
    [
        ("Tuesday", "2014-11-18", "day"),
        ("on Tuesday", "2014-11-18", "day"),
        ("Friday", "2014-11-21", "day"),  # the dateline's own weekday is the dateline day
        ("last Friday", "2014-11-14", "day"),
        ("this Wednesday", "2014-11-19", "day"),
        ("yesterday", "2014-11-20", "day"),
        ("today", "2014-11-21", "day"),
        ("in February", "2014-02", "month"),
        ("last month", "2014-10", "month"),
        ("2011", "2011", "year"),
        ("Jan. 3", "2014-01-03", "day"),
        ("Saturday, Jan. 3, 2016", "2016-01-03", "day"),
        ("last March", "2014-03", "month"),  # the latest March before the dateline's month
        ("last November", "2013-11", "month"),
        ("this May", "2014-05", "month"),
        ("early March", "2014-03", "month"),
        ("mid-December", "2013-12", "month"),  # a month after the dateline's is last year's
        ("the end of January", "2014-01", "month"),
        ("late September 2009", "2009-09", "month"),
        ("earlier this month", "2014-11", "month"),
        ("late last year", "2013", "year"),
        ("early 2012", "2012", "year"),
        ("late on Tuesday", "2014-11-18", "day"),
    ],
)
def test_resolve(expr, value, precision):
    got = resolve(expr, FRIDAY)
    assert got is not None
    assert (got.value, got.precision) == (value, precision)


@pytest.mark.parametrize("expr", ["decades", "nine months", "a yearlong", "for years", "",
                                  "the 1990s"])
def test_durations_are_not_dates(expr):
    assert resolve(expr, FRIDAY) is None


def test_no_anchor_no_date():
    assert resolve("Tuesday", None) is None


def test_a_bare_one_or_two_digit_number_is_not_a_date() -> None:
    from datetime import date

    from eventwire.timeplace.dates import resolve

    anchor = date(2017, 3, 13)
    assert resolve("88", anchor) is None  # "the former president, 88, ..."
    assert resolve("03", anchor) is None
    assert resolve("2001", anchor) is not None and resolve("March 3", anchor) is not None
