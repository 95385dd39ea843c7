"""The API over HTTP, against real uvicorn servers (tests/api/conftest.py): every endpoint,
auth, limits, and the one error shape."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.api.conftest import TOKEN

# A wire story written for these tests (not from any corpus).
STORY = (
    "MOSCOW, March 4 (Wire) -- Russia condemned Ukraine on Tuesday for shelling a border "
    "village, the foreign ministry said. Germany urged Russia to hold talks with Ukraine."
)
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def assert_error(response, status: int, code: str | None = None) -> dict:
    """The one error shape: {"error": {"code", "message", "details"}}, no traceback."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert "Traceback" not in response.text
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def test_healthz_reports_store_and_writes(api_server, readonly_server):
    with api_server.client() as c:
        body = c.get("/healthz").json()
    assert body["status"] == "ok" and body["writes"] is True and body["events"] > 0
    with readonly_server.client() as c:
        assert c.get("/healthz").json()["writes"] is False


def test_code_returns_events_and_text_without_storing(api_server):
    with api_server.client() as c:
        before = c.get("/healthz").json()["events"]
        r = c.post("/v1/code", json={"text": STORY, "published": "2014-03-04"})
        assert r.status_code == 200, r.text
        coded = r.json()
        assert c.get("/healthz").json()["events"] == before
    triples = {(e["source"]["country"], e["cameo"][:2], (e["target"] or {}).get("country"))
               for e in coded["events"]}
    assert ("RUS", "11", "UKR") in triples
    assert coded["text"].startswith("Russia condemned")
    ev = next(e for e in coded["events"] if e["cameo"].startswith("11"))
    start, end = ev["spans"]["trigger"]
    assert coded["text"][start:end] == "condemned"
    assert coded["text"][ev["source"]["start"]:ev["source"]["end"]] == "Russia"


def test_code_rejection_is_422_in_the_error_shape(api_server):
    with api_server.client() as c:
        assert_error(c.post("/v1/code", json={"text": "   "}), 422, "rejected")


@pytest.mark.parametrize("body", [
    b"{not json", b'{"text": "Russia met Ukraine."', b"[1, 2", b"\xff\xfe",
])
def test_bad_json_is_422_in_the_error_shape(api_server, body):
    with api_server.client() as c:
        r = c.post("/v1/code", content=body, headers={"Content-Type": "application/json"})
    assert_error(r, 422, "invalid_json")


@pytest.mark.parametrize("body", [
    {}, {"text": 5}, {"text": "Russia met Ukraine.", "published": "2014-02-30"},
    {"text": "Russia met Ukraine.", "colour": "red"}, [],
])
def test_invalid_bodies_are_422(api_server, body):
    with api_server.client() as c:
        err = assert_error(c.post("/v1/code", json=body), 422)
    assert err["code"] == "invalid_request" and isinstance(err["details"], list)


def test_body_over_the_limit_is_413(api_server):
    big = {"text": "Russia met Ukraine. " * 5000}  # ~100 kB > the 64 kB limit of this server
    with api_server.client() as c:
        err = assert_error(c.post("/v1/code", json=big), 413, "payload_too_large")
        assert err["details"] == {"limit_bytes": 64 * 1024}
        # chunked upload without Content-Length is counted too
        chunks = iter([json.dumps(big).encode()[i:i + 8192] for i in range(0, 110_000, 8192)])
        r = c.post("/v1/code", content=chunks, headers={"Content-Type": "application/json"})
    assert_error(r, 413, "payload_too_large")


def test_store_articles_needs_the_bearer_token(api_server):
    body = {"text": STORY, "id": "auth-check"}
    with api_server.client() as c:
        assert_error(c.post("/v1/articles", json=body), 401, "unauthorized")
        r = c.post("/v1/articles", json=body, headers={"Authorization": "Bearer wrong"})
        assert_error(r, 401, "unauthorized")
        assert r.headers["www-authenticate"] == "Bearer"
        r = c.post("/v1/articles", json=body, headers={"Authorization": TOKEN})  # no scheme
        assert_error(r, 401)
        assert_error(c.get("/v1/articles/auth-check"), 404, "not_found")


def test_store_articles_is_403_without_a_configured_token(readonly_server):
    with readonly_server.client() as c:
        r = c.post("/v1/articles", json={"text": STORY}, headers=AUTH)
    assert "EVENTWIRE_TOKEN" in assert_error(r, 403, "writes_disabled")["message"]


def test_store_one_then_many_articles_and_read_them_back(api_server):
    with api_server.client() as c:
        r = c.post("/v1/articles", json={"text": STORY, "id": "api-ru-ua",
                                         "published": "2014-03-04", "title": "Russia, Ukraine"},
                   headers=AUTH)
        assert r.status_code == 201, r.text
        assert r.json()["stored"][0]["id"] == "api-ru-ua" and r.json()["stored"][0]["events"]
        many = [{"text": STORY, "id": "api-ru-ua"},  # already stored: skipped
                {"text": "2014 2015 2016", "id": "api-empty"},  # no words
                {"text": "France praised Germany for its help after the floods.",
                 "id": "api-fr-de", "published": "2014-03-05"}]
        r = c.post("/v1/articles", json=many, headers=AUTH)
        assert r.status_code == 201, r.text
        out = r.json()
        assert out["skipped"] == ["api-ru-ua"]
        assert [s["id"] for s in out["stored"]] == ["api-fr-de"]
        assert out["rejected"][0]["id"] == "api-empty"
        art = c.get("/v1/articles/api-ru-ua").json()
        events = c.get("/v1/events", params={"source": "RUS", "target": "UKR",
                                             "since": "2014-03-01"}).json()
    assert art["title"] == "Russia, Ukraine" and art["text"].startswith("Russia condemned")
    ev = next(e for e in art["events"] if e["cameo"].startswith("11"))
    assert ev["event_id"] and ev["rule"]
    s, e = ev["trigger_span"]
    assert art["text"][s:e] == "condemned"
    spans = {(a["role"], art["text"][a["start_char"]:a["end_char"]]) for a in art["actors"]
             if a["mention_id"] == ev["mention_id"]}
    assert ("source", "Russia") in spans
    assert any(e["article_id"] == "api-ru-ua" for e in events["events"])


def test_article_ids_with_slashes_and_hashes_round_trip(api_server):
    aid = "wires/2014/ru ua#1.txt"
    with api_server.client() as c:
        r = c.post("/v1/articles", json={"text": "Egypt urged Jordan to reopen the crossing.",
                                         "id": aid, "published": "2014-03-04"}, headers=AUTH)
        assert r.status_code == 201 and r.json()["stored"][0]["id"] == aid, r.text
        from urllib.parse import quote

        art = c.get("/v1/articles/" + quote(aid, safe=""))
        page = c.get("/article/" + quote(aid, safe=""))
    assert art.status_code == 200 and art.json()["article_id"] == aid
    assert page.status_code == 200


def test_store_list_length_limit_is_413(api_server):
    with api_server.client() as c:
        r = c.post("/v1/articles", json=[{"text": STORY}] * 6, headers=AUTH)
    assert assert_error(r, 413, "too_many_articles")["details"] == {"limit": 5}


def test_events_filters_and_cursor_pagination(api_server):
    with api_server.client() as c:
        everything = c.get("/v1/events", params={"limit": 1000}).json()["events"]
        seen, cursor = [], None
        while True:
            params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
            page = c.get("/v1/events", params=params).json()
            seen += page["events"]
            cursor = page["next"]
            if not cursor:
                break
        desc = c.get("/v1/events", params={"limit": 1000, "order": "desc"}).json()["events"]
        egy = c.get("/v1/events", params={"country": "egy", "limit": 1000}).json()["events"]
        root = c.get("/v1/events", params={"root": "4", "limit": 1000}).json()["events"]
        q = c.get("/v1/events", params={"q": "FISHERMEN", "limit": 1000}).json()["events"]
        with_mentions = c.get("/v1/events", params={"limit": 2, "mentions": True}).json()
    assert [e["event_id"] for e in seen] == [e["event_id"] for e in everything]
    assert len(seen) == len(everything) > 7
    days = [e["date"] or e["published"] for e in desc if e["date"] or e["published"]]
    assert days == sorted(days, reverse=True)
    assert egy and all("EGY" in (e["source_country"], e["target_country"]) for e in egy)
    assert root and all(e["root"] == "04" for e in root)
    assert q and all("fishermen" in e["evidence"].lower() for e in q)
    assert with_mentions["events"][0]["mentions"][0]["evidence"]


@pytest.mark.parametrize("name", ["actor", "country", "source", "target", "plover", "place", "q"])
@pytest.mark.parametrize("value", ["EGY' OR '1'='1", "x'); DROP TABLE events; --",
                                   "1 UNION SELECT * FROM articles", "%", "_"])
def test_sql_looking_filter_values_match_nothing(api_server, name, value):
    with api_server.client() as c:
        r = c.get("/v1/events", params={name: value})
        assert r.status_code == 200, r.text
        assert r.json()["events"] == []
        assert c.get("/healthz").json()["events"] > 0  # the table is still there


@pytest.mark.parametrize("params", [
    {"limit": 1001}, {"limit": 0}, {"root": "21"}, {"since": "2014-13-45"},
    {"since": "yesterday"}, {"modality": "maybe"}, {"cursor": "not-a-cursor"}, {"order": "up"},
])
def test_bad_query_values_are_422(api_server, params):
    with api_server.client() as c:
        assert_error(c.get("/v1/events", params=params), 422)


def test_article_not_found_404_and_unknown_route_and_method(api_server):
    with api_server.client() as c:
        assert_error(c.get("/v1/articles/no-such-article"), 404, "not_found")
        assert_error(c.get("/v1/nothing-here"), 404, "not_found")
        assert_error(c.delete("/v1/events"), 405, "method_not_allowed")


def test_stats_by_day_week_quadclass_and_dyad(api_server):
    with api_server.client() as c:
        day = c.get("/v1/stats").json()
        week = c.get("/v1/stats", params={"interval": "week", "country": "EGY"}).json()
    assert sum(d["events"] for d in day["by_day"]) == day["totals"]["events"]
    assert sum(q["events"] for q in day["by_quad"]) == day["totals"]["events"]
    assert all(sum(d["quad"]) <= d["events"] for d in day["by_day"])
    assert all(d["goldstein"] is None or -10 <= d["goldstein"] <= 10 for d in day["by_dyad"])
    assert week["interval"] == "week" and week["totals"]["events"] < day["totals"]["events"]
    assert all(w["day"] is None or w["day"][:4].isdigit() for w in week["by_day"])
    assert len(week["by_day"]) <= len(day["by_day"])


@pytest.mark.parametrize("fmt", ["gdelt", "plover", "icews", "csv", "parquet"])
def test_export_streams_each_format(api_server, fmt):
    with api_server.client() as c:
        n = len(c.get("/v1/events", params={"country": "EGY", "limit": 1000}).json()["events"])
        with c.stream("GET", "/v1/export", params={"format": fmt, "country": "EGY"}) as r:
            assert r.status_code == 200
            assert "attachment" in r.headers["content-disposition"]
            data = b"".join(r.iter_bytes())
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(io.BytesIO(data)).num_rows == n
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(data.decode())))) == n
    else:
        lines = data.decode().splitlines()
        assert len(lines) == n + (1 if fmt == "icews" else 0)


def test_codebook_lists_roots_and_plover(api_server):
    with api_server.client() as c:
        book = c.get("/v1/codebook").json()
    assert [r["root"] for r in book["roots"]] == [f"{i:02d}" for i in range(1, 21)]
    assert "CONSULT" in book["plover"]


def test_openapi_and_docs_are_served(api_server):
    with api_server.client() as c:
        spec = c.get("/openapi.json").json()
        docs = c.get("/docs")
    paths = set(spec["paths"])
    assert {"/v1/code", "/v1/articles", "/v1/events", "/v1/articles/{article_id}",
            "/v1/stats", "/v1/export", "/healthz"} <= paths
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert "cdn" not in docs.text and "/static/vendor/swagger-ui/" in docs.text


def test_explorer_pages_and_vendored_assets_are_local(api_server):
    with api_server.client() as c:
        for path in ("/", "/timeline", "/network", "/paste", "/article/x"):
            r = c.get(path)
            assert r.status_code == 200 and "<script src=\"/static/app.js\">" in r.text
            assert "http://" not in r.text and "https://" not in r.text  # nothing remote
        assert c.get("/static/vendor/uplot/uPlot.iife.min.js").status_code == 200
        assert "MIT" in c.get("/static/vendor/uplot/LICENSE").text


class _BrokenCoder:
    """A coder that fails inside, to see what a client gets from a bug."""

    def code_article(self, article):
        raise RuntimeError("secret internal detail")


def test_internal_errors_are_500_in_the_error_shape_without_a_trace(nk_db, tmp_path):
    import shutil

    from eventwire.api.app import Settings
    from tests.api.server import start_server, stop_server

    db = tmp_path / "broken.duckdb"
    shutil.copy(nk_db, db)
    srv = start_server(Settings(db=db), _BrokenCoder())
    try:
        with srv.client() as c:
            r = c.post("/v1/code", json={"text": STORY})
    finally:
        stop_server(srv)
    err = assert_error(r, 500, "internal_error")
    assert "secret" not in r.text and "RuntimeError" not in r.text
    assert err["details"] is None
