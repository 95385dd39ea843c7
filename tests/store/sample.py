"""Store rows written by hand for the store tests: one MENTION and one EVENT row."""

from __future__ import annotations

from typing import Any


def mention(article: str = "wire-1", n: int = 0, **fields: Any) -> dict[str, Any]:
    """A MENTION row: Russia's foreign minister visits Ukraine (042) in Kyiv on 2014-11-20."""
    row: dict[str, Any] = {
        "mention_id": f"{article}#{n}", "article_id": article, "outlet": "Northwire",
        "published": "2014-11-21", "url": f"https://news.example.org/{article}",
        "source_text": "the Russian foreign minister", "source_name": "Sergei Lavrov",
        "source_country": "RUS", "source_org": None, "source_sector": "GOV",
        "source_code": "RUSGOV", "source_key": "RUS",
        "target_text": "Ukraine", "target_name": "Ukraine", "target_country": "UKR",
        "target_org": None, "target_sector": "GOV", "target_code": "UKRGOV", "target_key": "UKR",
        "cameo": "042", "root": "04", "plover": "CONSULT", "goldstein": 1.9, "quad_class": 1,
        "modality": "asserted", "date": "2014-11-20", "date_precision": "day",
        "place": "Kyiv", "place_country": "UKR", "lat": 50.45, "lon": 30.52,
        "attribution": "author", "trigger": "travelled", "sentence": 0,
        "evidence": "The minister travelled to Kyiv on Thursday for talks.",
        "rule": "lexicon.csv:10 travel verb -> 042", "confidence": 0.8,
    }
    row.update(fields)
    return row


def event(**fields: Any) -> dict[str, Any]:
    """An EVENT row: Russia's foreign minister meets the UN Security Council in Kyiv."""
    row = mention(target_text="the Security Council",
                  target_name="United Nations Security Council", target_country=None,
                  target_org="UNSC", target_sector="IGO", target_code="IGOUNOSEC",
                  target_key="UNSC")
    del row["mention_id"]
    row.update({
        "event_id": "ev-0123456789abcdef", "num_mentions": 3, "num_sources": 2,
        "num_articles": 3, "first_seen": "2014-11-21", "last_seen": "2014-11-23",
        "mention_ids": ["paper-7#2", "wire-1#0", "wire-9#1"],
    })
    row.update(fields)
    return row
