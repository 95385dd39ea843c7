"""A generated wire corpus for store and batch tests, built from sentences written here.

``make_corpus(n)`` gives ``n`` short JSONL records (2-3 sentences each, a dateline, an outlet)
plus a few bad lines of every kind the reader and the coder reject. Deterministic: the same
``n`` and ``seed`` give the same file.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

COUNTRIES = [
    ("Egypt", "Cairo"), ("Jordan", "Amman"), ("France", "Paris"), ("Germany", "Berlin"),
    ("Japan", "Tokyo"), ("China", "Beijing"), ("Turkey", "Ankara"), ("Brazil", "Brasilia"),
    ("Argentina", "Buenos Aires"), ("India", "New Delhi"), ("Pakistan", "Islamabad"),
    ("Russia", "Moscow"), ("Ukraine", "Kiev"), ("Kenya", "Nairobi"), ("Nigeria", "Abuja"),
    ("Ghana", "Accra"), ("Mexico", "Mexico City"),
]
SENTENCES = [
    "{a} accused {b} of violating the border agreement on Monday.",
    "The foreign minister of {a} met with his counterpart from {b} in {city} on Tuesday.",
    "{a} condemned {b} for the naval exercise near the disputed islands.",
    "Police in {a} arrested dozens of protesters in {city}.",
    "{a} urged {b} to release the detained fishermen.",
    "{a} signed a trade agreement with {b}.",
    "{a} rejected a proposal by {b} to hold talks.",
    "The president of {a} visited {b} on Wednesday.",
    "{a} will provide humanitarian aid to {b}.",
    "{a} praised {b} for its help after the floods.",
]
NK_STORY = (
    "SEOUL, Feb. 12 (Wire) -- North Korea fired a ballistic missile into the sea on Sunday, "
    "the South Korean military said. South Korea condemned North Korea for the launch. "
    "Japan urged China to put pressure on Pyongyang. "
    "The United Nations Security Council will hold an emergency meeting with North Korea's "
    "envoy on Monday."
)
OUTLETS = ["Wire", "Daily Courier", "Evening Post"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June"]
BAD_LINES = [
    "{not json",
    json.dumps({"id": "bad-empty", "text": "   "}),
    json.dumps({"id": "bad-notext", "title": "a record without text"}),
    json.dumps({"id": "bad-lang", "text": " ".join(
        ["Le ministre des affaires etrangeres rencontre son homologue pour discuter du budget"]
        * 3)}),
]


def make_records(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        month = rng.randrange(len(MONTHS))
        day = rng.randint(2, 27)
        (a, city), (b, _) = rng.sample(COUNTRIES, 2)
        sentences = [s.format(a=a, b=b, city=city) for s in rng.sample(SENTENCES, 2)]
        if i % 3 == 0:
            c, _ = rng.choice(COUNTRIES)
            sentences.append(rng.choice(SENTENCES).format(a=b, b=c, city=city))
        records.append({
            "id": f"gen-{i:03d}",
            "text": f"{city.upper()}, {MONTHS[month]} {day} (Wire) -- " + " ".join(sentences),
            "published": f"2016-{month + 1:02d}-{day:02d}",
            "source": OUTLETS[i % len(OUTLETS)],
        })
    return records


def make_corpus(path: Path, n: int = 90, seed: int = 7) -> Path:
    """Write ``n`` good records with the bad lines spread among them; return ``path``."""
    lines = [json.dumps(r) for r in make_records(n, seed)]
    for k, bad in enumerate(BAD_LINES):
        lines.insert((k + 1) * len(lines) // (len(BAD_LINES) + 1), bad)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


TIMESTAMPS = {"coded_at", "rejected_at", "applied_at"}
TABLES = ("migrations", "articles", "mentions", "actor_mentions", "events", "rejects",
          "store_state")


def ingest_inline(db: Path, inputs: list[str], coder, batch_size: int = 32):
    """Ingest ``inputs`` into the store at ``db`` in this process; returns the run summary."""
    from eventwire.batch.driver import run_ingest
    from eventwire.batch.local import InlineRunner
    from eventwire.store.db import connect

    con = connect(db)
    try:
        return run_ingest(con, inputs, InlineRunner(coder), batch_size=batch_size)
    finally:
        con.close()


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without run timestamps: equal snapshots = equal stores."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for table in TABLES:
            cols = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "ORDER BY ordinal_position", [table]).fetchall() if r[0] not in TIMESTAMPS]
            select = ", ".join(f'"{c}"' for c in cols)
            rows = con.execute(f'SELECT {select} FROM "{table}"').fetchall()
            out[table] = sorted(rows, key=repr)
        return out
    finally:
        con.close()
