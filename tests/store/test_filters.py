"""Event filters: partial dates that overlap the range, --code, whole actor keys (issue 11)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from eventwire.cli.main import app
from eventwire.store.db import connect, insert_arrow
from eventwire.store.queries import EventFilter, iter_events
from eventwire.store.rows import to_table
from tests.store.sample import event


@pytest.fixture()
def store(tmp_path):
    rows = [
        event(event_id="ev-day", date="2017-03-15", date_precision="day"),
        event(event_id="ev-month", date="2017-03", date_precision="month"),
        event(event_id="ev-year", date="2017", date_precision="year"),
        event(event_id="ev-feb", date="2017-02-27", date_precision="day"),
        event(event_id="ev-irn", date="2017-03-02", source_key="IRN", source_country="IRN",
              source_code="IRNGOV", cameo="0411"),
        event(event_id="ev-irq", date="2017-03-02", source_key="IRQ", source_country="IRQ",
              source_code="IRQGOV", cameo="190"),
    ]
    path = tmp_path / "f.duckdb"
    con = connect(path)
    insert_arrow(con, "events", to_table("events", rows))
    yield path, con
    con.close()


def _ids(con, **kw) -> set[str]:
    return {e["event_id"] for e in iter_events(con, EventFilter(**kw))}


def test_issue11_p08_month_and_year_events_overlapping_the_range_are_kept(store):
    _, con = store
    assert _ids(con, since="2017-03-01", until="2017-03-31") == \
        {"ev-day", "ev-month", "ev-year", "ev-irn", "ev-irq"}
    assert _ids(con, since="2017-03-10", until="2017-03-20") == {"ev-day", "ev-month",
                                                                 "ev-year"}
    assert _ids(con, until="2017-02") == {"ev-feb", "ev-year"}


def test_issue11_p08_partial_dates_are_accepted(store):
    _, con = store
    assert _ids(con, since="2017-03") == _ids(con, since="2017-03-01")
    assert _ids(con, since="2017", until="2017") == _ids(con)
    with pytest.raises(ValueError, match="YYYY-MM"):
        _ids(con, since="2017-13")


def test_issue11_p08_code_filter_and_whole_actor_keys(store):
    _, con = store
    assert _ids(con, code="041") == {"ev-irn"}
    assert _ids(con, code="19") == {"ev-irq"}
    assert _ids(con, actor="IR") == set()
    assert _ids(con, actor="IRN") == {"ev-irn"}
    assert _ids(con, actor="irngov") == {"ev-irn"}


def test_issue11_p08_cli_since_month_and_code(store):
    path, con = store
    con.close()
    result = CliRunner().invoke(app, ["events", "--db", str(path), "--since", "2017-03",
                                      "--code", "0411", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert '"ev-irn"' in result.stdout and result.stdout.count("\n") == 1
