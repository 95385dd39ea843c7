"""Sentence-level check against the PLOVER gold-standard records (CAMEO manual examples):
a second dev set, read from ../shared at run time.

    python bench/plover_gsr.py [--shared ../shared] [--misses]

For each record, the sentence is coded alone; a record counts as found when some event has the
gold source and target country prefix and a CAMEO root in the gold PLOVER type's roots.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eventwire.pipeline import Coder
from eventwire.records import Actor, Article, CodedArticle

ROOTS = {"AGREE": {"03"}, "CONSULT": {"04"}, "SUPPORT": {"05"}, "COOPERATE": {"06"},
         "AID": {"07"}, "CONCEDE": {"08"}, "RETREAT": {"08"}, "INVESTIGATE": {"09"},
         "DEMAND": {"10"}, "DISAPPROVE": {"11"}, "REJECT": {"12"}, "THREATEN": {"13"},
         "PROTEST": {"14"}, "MOBILIZE": {"15"}, "SANCTION": {"16"}, "COERCE": {"17"},
         "ASSAULT": {"18"}, "FIGHT": {"19", "20"}}
HERE = Path(__file__).resolve().parents[1]
# the records use some CAMEO 1.1 country codes that ISO 3166 replaced
LEGACY = {"JAP": "JPN", "VTN": "VNM", "ITL": "ITA", "GER": "DEU"}


def key(code: str | None) -> str | None:
    k = (code or "")[:3] or None
    return LEGACY.get(k, k) if k else None


def keys(actor: Actor | None) -> set[str | None]:
    """An actor's country/org key and its CAMEO code prefix: the records code an organisation
    by its class (IGO, NGO, IMG), eventwire by its own key (UN, EU) with the class in .code."""
    if actor is None:
        return {None}
    return {actor.key, key(actor.code)}


def codes(actors: object) -> set[str | None]:
    items = actors if isinstance(actors, list) else [actors] if actors else []
    return {key(a.get("code")) if isinstance(a, dict) else None for a in items}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=HERE.parent / "shared")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    records = json.loads((args.shared / "reference" / "plover" /
                          "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    records = [r for r in records if r.get("event") in ROOTS and r.get("text")]
    coder = Coder()
    articles = [Article(id=r["id"], text=r["text"], published=r.get("date")) for r in records]
    found = root_only = 0
    by_type: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for rec, result in zip(records, coder.code_many(articles), strict=True):
        totals[rec["event"]] += 1
        if not isinstance(result, CodedArticle):
            continue
        src = codes(rec.get("source"))
        tgt = codes(rec.get("target"))
        roots = ROOTS[rec["event"]]
        hits = [e for e in result.events if e.cameo[:2] in roots]
        root_only += bool(hits)
        ok = any(e.source and keys(e.source) & src and
                 (keys(e.target) & tgt or not tgt) for e in hits)
        found += ok
        by_type[rec["event"]] += ok
        if args.misses and not ok:
            got = [(e.source.key if e.source else None, e.cameo,
                    e.target.key if e.target else None) for e in result.events]
            print(f"MISS {rec['event']:11s} {src}->{tgt} got {got} | {rec['text'][:100]}")
    n = len(records)
    print(json.dumps({"records": n, "dyad_and_type_found": found,
                      "recall": round(found / n, 3), "type_found": root_only,
                      "type_recall": round(root_only / n, 3),
                      "by_type": {t: f"{by_type[t]}/{totals[t]}" for t in sorted(totals)}},
                     indent=1))


if __name__ == "__main__":
    main()
