"""HTML pages through trafilatura: main text plus title, author and date."""

from __future__ import annotations

import json
import warnings

from eventwire.records import Article, Rejection


def article_from_html(html: str, id: str, origin: str | None = None,
                      published: str | None = None) -> Article | Rejection:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import trafilatura

        raw = trafilatura.extract(html, output_format="json", with_metadata=True,
                                  include_comments=False, favor_recall=True)
    if not raw:
        return Rejection(id, "no article text found in HTML page", origin)
    data = json.loads(raw)
    text = data.get("text") or ""
    if not text.strip():
        return Rejection(id, "no article text found in HTML page", origin)
    return Article(
        id=id, text=text, title=data.get("title") or None,
        published=published or data.get("date") or None, url=data.get("source") or None,
        source=data.get("sitename") or None, origin=origin,
    )
