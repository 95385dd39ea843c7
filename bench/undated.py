"""How many events stay undated when articles come without a published date (issue 11, p2).

    python bench/undated.py [N]     # first N (default 200) bulk articles, `published` removed

Ingests the articles into a temporary store with their `published` field dropped (the texts
are read at run time from ../shared/corpus/bulk/news.jsonl, never copied here), then codes the
bundled example story without --published, and prints the share of undated events with the
reason each one stays undated. Results: bench/results/undated.md.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BULK = Path(os.environ.get("EVENTWIRE_SHARED") or ROOT.parent / "shared") / "corpus" / "bulk" \
    / "news.jsonl"


def bulk_store(n: int) -> dict[str, object]:
    from eventwire.batch.driver import run_ingest
    from eventwire.batch.local import InlineRunner
    from eventwire.pipeline import Coder
    from eventwire.store.db import connect

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "undated.jsonl"
        with BULK.open(encoding="utf-8") as src, corpus.open("w", encoding="utf-8") as out:
            for _, line in zip(range(n), src, strict=False):
                rec = json.loads(line)
                rec.pop("published", None)
                out.write(json.dumps(rec) + "\n")
        con = connect(Path(tmp) / "s.duckdb")
        run_ingest(con, [str(corpus)], InlineRunner(Coder()))
        basis = dict(con.execute("SELECT coalesce(published_basis, 'none'), count(*) FROM "
                                 "articles GROUP BY 1").fetchall())
        total, undated = con.execute("SELECT count(*), count(*) - count(date) FROM events"
                                     ).fetchall()[0]
        reasons = con.execute(
            "SELECT CASE WHEN published IS NULL THEN 'the article has no date of its own' "
            "ELSE 'article dated, event not asserted (' || modality || ')' END, count(*) "
            "FROM events WHERE date IS NULL GROUP BY 1 ORDER BY 2 DESC").fetchall()
        con.close()
    return {"articles": n, "published_basis": basis, "events": total, "undated": undated,
            "reasons": reasons}


def example() -> dict[str, object]:
    from eventwire.pipeline import Coder
    from eventwire.records import Article, CodedArticle
    from eventwire.resources import data_path

    path = data_path("examples/wire-story.txt")
    coded = Coder().code_article(Article(id=path.stem, text=path.read_text(encoding="utf-8")))
    assert isinstance(coded, CodedArticle)
    undated = [e for e in coded.events if e.date is None]
    return {"published": coded.published, "published_basis": coded.published_basis,
            "events": len(coded.events), "undated": len(undated),
            "reasons": sorted({f"{e.modality} ({e.cameo})" for e in undated})}


def main(argv: list[str]) -> None:
    if not BULK.exists():
        print(f"skipped: {BULK} not found")
        return
    n = int(argv[0]) if argv else 200
    for name, got in (("bulk", bulk_store(n)), ("example", example())):
        print(name, json.dumps(got, default=str))


if __name__ == "__main__":
    main(sys.argv[1:])
