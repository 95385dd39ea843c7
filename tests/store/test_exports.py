"""Exports: GDELT 2.0, PLOVER JSON Lines and ICEWS files written and read back (docs/exports.md)."""

from __future__ import annotations

import json

import pytest

from eventwire.codebook import lookup
from eventwire.store.exports import (
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    gdelt_row,
    global_event_id,
    icews_row,
    plover_record,
    write_gdelt,
    write_icews,
    write_plover,
)
from tests.store.sample import event

EMPTY = {k: None for k in event()} | {"mention_ids": []}


def col(row: list[str], name: str) -> str:
    return row[GDELT_COLUMNS.index(name)]


def test_gdelt_columns_are_the_61_in_gdelt_order():
    assert len(GDELT_COLUMNS) == 61 == len(set(GDELT_COLUMNS))
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert (GDELT_COLUMNS[26], GDELT_COLUMNS[29], GDELT_COLUMNS[34]) == (
        "EventCode", "QuadClass", "AvgTone")
    assert GDELT_COLUMNS[51] == "ActionGeo_Type" and GDELT_COLUMNS[-2:] == ("DATEADDED",
                                                                           "SOURCEURL")


def test_gdelt_file_round_trip(tmp_path):
    path = tmp_path / "events.export.CSV"
    other = event(event_id="ev-2", cameo="1041", date="2014-11", date_precision="month")
    assert write_gdelt(iter([event(), other]), path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines]
    assert [len(r) for r in rows] == [61, 61]
    row = rows[0]
    assert row[0] == str(global_event_id(event()["event_id"])) != rows[1][0]
    assert 0 < int(row[0]) < 2**63
    assert row[1:5] == ["20141120", "201411", "2014", "2014.8767"]
    assert row[5:9] == ["RUSGOV", "SERGEI LAVROV", "RUS", ""]
    assert row[12] == "GOV"
    assert row[15:19] == ["IGOUNOSEC", "UNITED NATIONS SECURITY COUNCIL", "", "UNO"]
    assert row[22] == "IGO"
    assert row[25:35] == ["1", "042", "042", "04", "1", "1.9", "3", "2", "3", ""]
    assert row[35] == "0" and row[43] == "0"  # no actor locations
    assert row[51:58] == ["4", "Kyiv, Ukraine", "UKR", "", "", "50.45", "30.52"]
    assert row[59:] == ["20141121000000", "https://news.example.org/wire-1"]
    # month precision -> the month's first day; a 4-digit code keeps its 3-digit base
    assert rows[1][1] == "20141101"
    assert [col(rows[1], c) for c in ("EventCode", "EventBaseCode", "EventRootCode")] == [
        "1041", "104", "10"]


def test_gdelt_header_and_unknown_values(tmp_path):
    path = tmp_path / "events.tsv"
    assert write_gdelt([EMPTY], path, header=True) == 1
    header, line = path.read_text(encoding="utf-8").splitlines()
    assert header.split("\t") == list(GDELT_COLUMNS)
    row = line.split("\t")
    assert len(row) == 61 and row[0] == "1"
    assert row[1:35] == [""] * 34
    assert (row[35], row[43], row[51]) == ("0", "0", "0")
    assert row[59:] == ["", ""]


def test_gdelt_row_details():
    row = gdelt_row(event(cameo="04", sentence=3, date=None, date_precision=None,
                          source_name="Tab\there", place="Ukraine", lat=None, lon=None),
                    global_id=7)
    assert col(row, "GLOBALEVENTID") == "7"
    assert col(row, "SQLDATE") == "20141121"  # no event date: first seen stands in
    assert col(row, "Actor1Name") == "TAB HERE"
    assert col(row, "IsRootEvent") == "0"
    assert [col(row, c) for c in ("EventCode", "EventBaseCode", "EventRootCode")] == [
        "040", "040", "04"]
    assert [col(row, c) for c in ("ActionGeo_Type", "ActionGeo_FullName")] == ["1", "Ukraine"]
    usa = gdelt_row(event(place="Chicago", place_country="USA", target_code="USAMILSPY",
                          target_country="USA"), global_id=1)
    assert col(usa, "ActionGeo_Type") == "3"
    assert [col(usa, f"Actor2Type{i}Code") for i in (1, 2, 3)] == ["MIL", "SPY", ""]


def test_plover_jsonl_round_trip(tmp_path):
    path = tmp_path / "events.jsonl"
    accented = event(event_id="ev-2", place="Bogotá", place_country="COL", target_code=None,
                     target_text=None, target_name=None, target_org=None, target_sector=None,
                     target_key=None, date="2014-11", date_precision="month")
    # EMPTY has neither a PLOVER category nor a date, both required: it is left out
    assert write_plover((e for e in [event(), accented, EMPTY]), path) == 2
    text = path.read_text(encoding="utf-8")
    assert "Bogotá" in text
    first, second = (json.loads(line) for line in text.splitlines())
    assert first["id"] == "ev-0123456789abcdef" and first["date"] == "2014-11-20"
    assert first["event"] == "CONSULT" and first["eventwire"]["cameo"] == "042"
    assert first["eventwire"]["quad_class"] == 1 and first["eventwire"]["goldstein"] == 1.9
    assert first["actor"] == [{"entity_text": "the Russian foreign minister",
                               "entity_name": "Sergei Lavrov", "code": "RUSGOV",
                               "country": "RUS", "org": None, "sector": "GOV"}]
    assert first["recipient"][0]["code"] == "IGOUNOSEC"
    assert first["recipient"][0]["org"] == "UNSC"
    assert first["event_loc"] == {"name": "Kyiv", "lat": 50.45, "lon": 30.52,
                                  "country_code": "UKR"}
    assert first["text"].startswith("The minister") and first["event_text"] == "travelled"
    assert first["url"] == "https://news.example.org/wire-1"
    assert first["eventwire"]["mention_ids"] == ["paper-7#2", "wire-1#0", "wire-9#1"]
    assert first["mode"] is None and first["context"] is None
    assert second["recipient"] == [] and second["date"] == "2014-11-01"
    assert second["eventwire"]["date_precision"] == "month"
    assert second["event_loc"]["country_code"] == "COL"


def test_issue11_p10_plover_records_use_plover_data_fields():
    record = plover_record(event())
    for name in ("id", "date", "event", "mode", "context", "actor", "recipient", "event_loc",
                 "event_text", "text"):
        assert name in record
    assert not {"source", "target", "quad_code", "cameo", "cite_info"} & set(record)
    assert set(record["event_loc"]) == {"name", "lat", "lon", "country_code"}
    assert "entity_text" in record["actor"][0]


def test_issue11_p10_root_08_is_retreat():
    from eventwire.codebook import lookup

    assert lookup("08").plover == "RETREAT"
    assert lookup("0841").plover == "RETREAT" and lookup("081").plover == "CONCEDE"


def test_plover_mode_and_context_when_the_row_has_them():
    record = plover_record(event(plover_mode="visit", plover_context="diplomatic"))
    assert (record["mode"], record["context"]) == ("visit", "diplomatic")


def test_icews_file_round_trip(tmp_path):
    path = tmp_path / "events.tab"
    assert write_icews([event(), EMPTY], path) == 2
    header, first, empty = (line.split("\t")
                            for line in path.read_text(encoding="utf-8").splitlines())
    assert header == list(ICEWS_COLUMNS) and len(header) == 20
    values = dict(zip(header, first, strict=True))
    assert values["Event ID"] == "ev-0123456789abcdef"
    assert values["Event Date"] == "2014-11-20"
    assert values["Source Name"] == "Sergei Lavrov"
    assert values["Source Sectors"] == "GOV"
    assert values["Source Country"] == "Russian Federation"
    assert values["Target Country"] == ""  # an international body has none
    assert values["Event Text"] == lookup("042").label != ""
    assert values["CAMEO Code"] == "042" and values["Intensity"] == "1.9"
    assert (values["Story ID"], values["Sentence Number"], values["Publisher"]) == (
        "wire-1", "0", "Northwire")
    assert (values["City"], values["Country"]) == ("Kyiv", "Ukraine")
    assert (values["Latitude"], values["Longitude"]) == ("50.45", "30.52")
    assert empty == [""] * 20


@pytest.mark.parametrize(("iso3", "name"), [("IRN", "Iran"), ("XKX", "XKX")])
def test_icews_country_names(iso3, name):
    row = icews_row(event(source_country=iso3))
    assert row[ICEWS_COLUMNS.index("Source Country")] == name
