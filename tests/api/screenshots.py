"""Refresh the README's screenshots (docs/img/*.png) from a store of texts written here.

    python -m tests.api.screenshots docs/img

The screenshots show only our own stories (tests/corpus.py plus the few below), never the
shared gold articles. Uses Playwright with the machine's /usr/bin/chromium (never a download).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from tests.api.server import ARGS, CHROMIUM, OUR_STORY
from tests.corpus import ingest_inline, make_corpus

# Short wire stories written for these screenshots: (id, published, text).
STORIES = [
    ("own-nk-1", "2023-08-01", "SEOUL, Aug. 1 (Wire) -- North Korea fired two ballistic "
     "missiles into the sea on Tuesday, the South Korean military said. South Korea condemned "
     "North Korea for the launch. Japan urged China to put pressure on Pyongyang."),
    ("own-nk-2", "2023-08-09", "MOSCOW, Aug. 9 (Wire) -- Russia's defence minister met North "
     "Korean leader Kim Jong Un in Pyongyang on Wednesday. The United States accused Russia of "
     "seeking weapons from North Korea."),
    ("own-nk-3", "2023-08-23", "TOKYO, Aug. 23 (Wire) -- Japan protested to North Korea over "
     "the launch of a rocket on Wednesday. South Korea and the United States held joint "
     "military exercises near the border."),
    ("own-nk-4", "2023-09-05", "SEOUL, Sept. 5 (Wire) -- North Korea threatened South Korea "
     "with a strong response to the exercises. China called on North Korea and South Korea to "
     "show restraint."),
    ("own-nk-5", "2023-09-12", OUR_STORY),
    ("own-nk-6", "2023-09-20", "UNITED NATIONS, Sept. 20 (Wire) -- The United Nations "
     "Security Council will meet on North Korea on Thursday. Russia rejected a proposal by "
     "the United States to tighten sanctions on North Korea."),
]
PAGES = [("events", "/?country=PRK"), ("article", "/article/own-nk-5"),
         ("timeline", "/timeline?actor=PRK&interval=week&since=2023-07-01"),
         ("network", "/network"), ("paste", "/paste")]


def build_store(folder: Path) -> Path:
    from eventwire.pipeline import Coder

    corpus = make_corpus(folder / "wire.jsonl")
    with corpus.open("a", encoding="utf-8") as out:
        for aid, day, text in STORIES:
            out.write(json.dumps({"id": aid, "published": day, "text": text,
                                  "source": "Wire"}) + "\n")
    db = folder / "shots.duckdb"
    ingest_inline(db, [str(corpus)], Coder())
    return db


def main(out: str) -> None:
    from playwright.sync_api import sync_playwright

    from eventwire.api.app import Settings
    from tests.api.server import start_server, stop_server

    Path(out).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        srv = start_server(Settings(db=build_store(Path(tmp))), None)
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                for name, path in PAGES:
                    page.goto(srv.url + path)
                    if name == "paste":
                        page.fill("#paste-text", OUR_STORY)
                        page.fill("#paste-published", "2023-09-12")
                        page.click("#paste-go")
                        page.wait_for_selector("#event-list li")
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(300)
                    page.screenshot(path=str(Path(out) / f"{name}.png"))
                    print(f"wrote {out}/{name}.png")
                browser.close()
        finally:
            stop_server(srv)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/img")
