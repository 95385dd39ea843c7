"""The explorer in a real browser: Playwright (the Python package) driving the machine's
Debian Chromium, headless, on a store holding the shared dev articles (read at run time).

Never downloads a browser. Skipped when /usr/bin/chromium or the dev corpus is missing, except
in CI (CI=true), where a missing Chromium is a failure. The README's screenshots come from
tests/api/screenshots.py, on a store of our own texts.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.api.server import (
    ARGS,
    CHROMIUM,
    OUR_STORY,
    Server,
    chromium_gate,
    start_server,
    stop_server,
)
from tests.corpus import ingest_inline
from tests.shared import SHARED

DEV = SHARED / "corpus" / "dev.jsonl"

chromium_gate(CHROMIUM, ci=os.environ.get("CI") == "true")
if not DEV.exists():
    pytest.skip(f"dev corpus not found at {DEV}", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def dev_server(coder, tmp_path_factory) -> Iterator[Server]:
    from eventwire.api.app import Settings

    db = tmp_path_factory.mktemp("dev") / "dev.duckdb"
    ingest_inline(db, [str(DEV)], coder)
    srv = start_server(Settings(db=db), coder)
    yield srv
    stop_server(srv)


@pytest.fixture(scope="module")
def page(dev_server) -> Iterator[object]:
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 860})
        # offline: any request that is not to our server fails the test
        outside: list[str] = []

        def guard(route):  # type: ignore[no-untyped-def]
            if route.request.url.startswith(dev_server.url):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        context.route("**/*", guard)
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        yield pg
        browser.close()
        assert not outside, f"requests left the machine: {outside}"
        assert not errors, f"JavaScript errors: {errors}"


def test_events_table_filters_to_one_country_and_opens_an_article(dev_server, page):
    page.goto(dev_server.url + "/")
    page.wait_for_selector("#events tbody tr")
    all_rows = page.locator("#events tbody tr").count()
    page.fill("input[name=country]", "PRK")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.getElementById('status').textContent.includes('event')"
                           " && !document.getElementById('status').textContent.includes('Loading')")
    rows = page.locator("#events tbody tr")
    assert 0 < rows.count() < all_rows
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert "PRK" in cells.nth(1).inner_text() + cells.nth(3).inner_text()
    assert "country=PRK" in page.url
    rows.first.locator("a.article-link").click()
    page.wait_for_selector("#text mark.trigger")
    assert page.locator("#text mark.source").count() > 0
    assert page.locator("#event-list li").count() > 0
    first = page.locator("#event-list li").first
    assert "rule" in first.inner_text() or first.locator("ol.why li").count() > 0
    first.click()
    assert page.locator("#text mark.focus").count() > 0


def test_paste_our_story_shows_its_events_highlighted(dev_server, page):
    page.goto(dev_server.url + "/paste")
    page.fill("#paste-text", OUR_STORY)
    page.fill("#paste-published", "2023-09-12")
    page.click("#paste-go")
    page.wait_for_selector("#event-list li")
    events = page.locator("#event-list").inner_text()
    assert "[RUS" in events and "[PRK" in events and "057" in events
    triggers = page.locator("#text mark.trigger").all_inner_texts()
    assert "signed" in triggers and "criticized" in triggers
    assert "Russia" in page.locator("#text mark.source").all_inner_texts()


def test_timeline_for_a_country_draws_the_quadclass_chart(dev_server, page):
    page.goto(dev_server.url + "/timeline?actor=PRK&interval=week")
    page.wait_for_selector("#chart canvas")
    page.wait_for_selector("#periods tbody tr")
    rows = page.locator("#periods tbody tr").all_inner_texts()
    assert rows and all(r[:4].isdigit() or r.startswith("undated") for r in rows)
    assert "mean Goldstein" in page.locator("#chart").inner_text()


def test_network_edge_click_filters_the_table_to_the_dyad(dev_server, page):
    page.goto(dev_server.url + "/network")
    page.wait_for_selector("svg#network path.edge")
    edge = page.locator("svg#network path.edge").first
    source, target = edge.get_attribute("data-source"), edge.get_attribute("data-target")
    edge.dispatch_event("click")
    page.wait_for_url(f"**/?source={source}&target={target}")
    page.wait_for_selector("#events tbody tr")
    assert page.locator("input[name=source]").input_value() == source
    for text in page.locator("#events tbody tr").all_inner_texts():
        assert f"[{source}" in text or source in text


def test_api_docs_page_is_served_from_vendored_files(dev_server, page):
    page.goto(dev_server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    text = page.locator(".swagger-ui").inner_text()
    assert "/v1/events" in text and "/v1/code" in text


def test_network_node_click_lists_the_actors_events(dev_server, page):
    page.goto(dev_server.url + "/network")
    node = page.locator("svg#network g.node").first
    node.wait_for()
    key = node.get_attribute("data-key")
    node.dispatch_event("click")
    page.wait_for_url(f"**/?actor={key}")
    page.wait_for_selector("#events tbody tr")
    assert page.locator("input[name=actor]").input_value() == key
