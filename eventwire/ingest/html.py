"""HTML pages through trafilatura: main text plus title, author and date."""

from __future__ import annotations

import json
import warnings

from eventwire.records import Article, Rejection
from eventwire.timeplace.published import normalise_date


def article_from_html(html: str, id: str, origin: str | None = None,
                      published: str | None = None) -> Article | Rejection:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            import trafilatura
        except ImportError as exc:  # e.g. lxml >= 5.2 without lxml_html_clean
            return Rejection(id, f"HTML reader unavailable ({exc}); reinstall eventwire "
                             "(pip install eventwire) to get its HTML dependencies", origin)
        raw = trafilatura.extract(html, output_format="json", with_metadata=True,
                                  include_comments=False, favor_recall=True)
    if not raw:
        return Rejection(id, "no article text found in HTML page", origin)
    data = json.loads(raw)
    text = data.get("text") or ""
    if not text.strip():
        return Rejection(id, "no article text found in HTML page", origin)
    own = None
    if data.get("date"):
        try:
            own = normalise_date(data["date"])
        except ValueError:
            own = None  # a page date we cannot read is no date
    # the page's own date wins over --published, as a record's own field does
    return Article(
        id=id, text=text, title=data.get("title") or None, published=own or published,
        url=data.get("source") or None, source=data.get("sitename") or None, origin=origin,
        published_basis="html" if own else "option" if published else None,
    )
