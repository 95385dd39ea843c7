"""Throughput of the coder against a bare spaCy parse of the same texts, in the same run.

    python bench/throughput.py [--corpus ../shared/corpus/bulk/news.jsonl] [--limit 1000]

Prints articles/s and words/s for both, and the ratio coder time / bare parse time
(target: <= 1.3). The bare parse is the stock model as spaCy ships it (``spacy.load``, all
components); ``pipeline_*`` is eventwire's own parse (the same model with the memoised
attribute ruler + lemmatizer, eventwire/nlp/fastattrs.py), without event coding.
Reads the corpus at run time; nothing from it is stored.
"""

from __future__ import annotations

import argparse
import json
import time
from itertools import islice
from pathlib import Path

import spacy

from eventwire.nlp import model_name
from eventwire.pipeline import Coder
from eventwire.records import Article, CodedArticle

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "bulk" / "news.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()

    with args.corpus.open(encoding="utf-8") as fh:
        recs = [json.loads(line) for line in islice(fh, args.limit)]
    articles = [Article(id=r["id"], text=r["text"], title=r.get("title"),
                        published=r.get("published")) for r in recs]
    words = sum(len(a.text.split()) for a in articles)

    coder = Coder()  # model and tables loaded before timing
    list(coder.code_many(articles[:5]))  # warm-up: matcher, gazetteer, dateparser

    stock = spacy.load(model_name())
    list(stock.pipe(a.text for a in articles[:5]))
    t0 = time.perf_counter()
    for _doc in stock.pipe((a.text for a in articles), batch_size=args.batch_size):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _doc in coder.nlp.pipe((a.text for a in articles), batch_size=args.batch_size):
        pass
    parse = time.perf_counter() - t0

    t0 = time.perf_counter()
    coded = events = 0
    for result in coder.code_many(articles, batch_size=args.batch_size):
        if isinstance(result, CodedArticle):
            coded += 1
            events += len(result.events)
    full = time.perf_counter() - t0

    out = {
        "articles": len(articles), "words": words, "coded": coded, "events": events,
        "bare_parse_s": round(bare, 1), "coder_s": round(full, 1),
        "bare_articles_per_s": round(len(articles) / bare, 1),
        "coder_articles_per_s": round(len(articles) / full, 1),
        "bare_words_per_s": round(words / bare), "coder_words_per_s": round(words / full),
        "pipeline_parse_s": round(parse, 1), "pipeline_words_per_s": round(words / parse),
        "ratio": round(full / bare, 3),
    }
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:22s} {v}")


if __name__ == "__main__":
    main()
