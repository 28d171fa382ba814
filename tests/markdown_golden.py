"""Shared helper for the Markdown golden tests: the fields of an ``.expected.json``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsmodel import Article


def expected_view(exp: dict[str, Any]) -> dict[str, Any]:
    """The fields of an expected file that the golden test compares."""
    published = exp.get("published")
    if isinstance(published, str) and "T" in published:
        moment = dt.datetime.fromisoformat(published)
        if moment.tzinfo is None:
            # A time without a zone: the library keeps only the day (and flags NM203).
            published = moment.date().isoformat()
    return {
        "title": exp["title"],
        "url": exp.get("url"),
        "published": published,
        "bylines": exp["bylines"],
        "images": [
            {k: im[k] for k in ("src", "alt", "caption", "credit")} for im in exp["images"]
        ],
        "headings": exp["headings"],
        "paragraphs": exp["paragraphs"],
        "related": exp["related"],
    }


def article_view(a: Article) -> dict[str, Any]:
    """The same fields read from a parsed Article."""
    from newsmodel.models import RelatedLink

    return {
        "title": a.title,
        "url": a.url,
        "published": a.published.isoformat() if a.published is not None else None,
        "bylines": [b.name for b in a.bylines],
        "images": [
            {
                "src": im.src,
                "alt": im.alt,
                "caption": (im.caption.text or None) if im.caption else None,
                "credit": im.caption.credit if im.caption else None,
            }
            for im in a.images
        ],
        "headings": a.headings,
        "paragraphs": a.paragraphs,
        "related": [
            {"title": b.title, "url": b.url} for b in a.body if isinstance(b, RelatedLink)
        ],
    }
