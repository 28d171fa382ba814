"""Adapters: the output of article extractors turned into an Article.

newsmodel does not extract bodies from HTML; trafilatura, newspaper4k and fundus do. These
functions take what they return (duck-typed: a ``dict`` or an object with the documented
attributes; none of those packages is imported) and give a validated Article::

    import trafilatura
    doc = trafilatura.bare_extraction(html, with_metadata=True)
    article = newsmodel.adapters.from_trafilatura(doc)

Rules common to all three:

- Authors go through ``parse_byline``, so "AFP" becomes an organization and roles are kept
  apart from names.
- Dates: a ``date`` or an ISO day stays a day; an aware ``datetime`` is kept; a naive
  ``datetime`` (which all three produce when the page gives no zone) keeps only its day, and
  the time as given is recorded in ``extra["naive_times"]``: no zone is ever guessed.
- A language that is not a BCP 47 tag is kept in ``extra["language"]`` instead of failing.
- Fields the model has no place for are kept under ``extra["<extractor>"]``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from newsmodel._validate import validate_article
from newsmodel.models import Article, Byline
from newsmodel.text.bylines import parse_byline
from newsmodel.text.dates import DateParseError, read_date

__all__ = ["from_fundus", "from_newspaper", "from_trafilatura"]

_BCP47 = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")


def _get(obj: Any, name: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _authors(names: Iterable[Any]) -> list[Byline]:
    out: list[Byline] = []
    for name in names:
        if not isinstance(name, str) or not name.strip():
            continue
        found = parse_byline(name)
        out.extend(found if found else [Byline(name=name.strip())])
    return out


def _date(value: Any, field: str, extra: dict[str, Any]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None and value.utcoffset() is not None:
            return value
        extra.setdefault("naive_times", {})[field] = value.isoformat()
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            reading = read_date(value)
        except DateParseError as exc:
            extra.setdefault("unread", {})[field] = f"{value} ({exc})"
            return None
        if reading.naive_time:
            extra.setdefault("naive_times", {})[field] = value
        return reading.value
    extra.setdefault("unread", {})[field] = repr(value)
    return None


def _paragraphs(text: Any, separator: str) -> list[dict[str, Any]]:
    if not isinstance(text, str):
        return []
    out = []
    for chunk in text.split(separator):
        folded = " ".join(chunk.split())
        if folded:
            out.append({"type": "paragraph", "text": folded})
    return out


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        folded = " ".join(value.split())
        return folded or None
    return None


def _words(values: Any) -> list[str]:
    if isinstance(values, str):
        values = re.split(r"[;,]", values)
    if not isinstance(values, Iterable):
        return []
    return [w for w in (_text(v) for v in values) if w]


def _finish(data: dict[str, Any], extra: dict[str, Any], language: Any) -> Article:
    lang = _text(language)
    if lang is not None:
        if _BCP47.match(lang):
            data["language"] = lang
        else:
            extra["language"] = lang
    if data.get("title") is None:
        del data["title"]  # reported as a missing field, with its path
    data["extra"] = {k: v for k, v in extra.items() if v not in (None, "", [], {})}
    return validate_article(data)


def from_trafilatura(doc: Any) -> Article:
    """An Article from trafilatura's ``bare_extraction`` result (a Document or its dict).

    Uses title, author ("; "-joined), date, url, sitename, description, categories, tags,
    image, language and text (one paragraph per line).
    """
    extra: dict[str, Any] = {}
    authors = _get(doc, "author")
    data: dict[str, Any] = {
        "title": _text(_get(doc, "title")),
        "subtitle": _text(_get(doc, "description")),
        "bylines": _authors(authors.split(";") if isinstance(authors, str) else authors or []),
        "published": _date(_get(doc, "date"), "published", extra),
        "url": _text(_get(doc, "url")),
        "publisher": _text(_get(doc, "sitename")),
        "keywords": _words(_get(doc, "tags")),
        "body": _paragraphs(_get(doc, "text") or _get(doc, "raw_text"), "\n"),
    }
    categories = _words(_get(doc, "categories"))
    if categories:
        data["section"] = categories[0]
    image = _text(_get(doc, "image"))
    if image:
        data["images"] = [{"src": image}]
    extra["trafilatura"] = {
        k: _get(doc, k) for k in ("hostname", "license", "pagetype", "id", "fingerprint")
        if isinstance(_get(doc, k), str) and _get(doc, k)
    }
    if len(categories) > 1:
        extra["trafilatura"]["categories"] = categories
    return _finish(data, extra, _get(doc, "language"))


def from_newspaper(article: Any) -> Article:
    """An Article from a parsed newspaper4k (or newspaper3k) ``Article``.

    Uses title, authors, publish_date, canonical_link / url, meta_description, keywords /
    meta_keywords / tags, top_image, meta_lang and text (paragraphs split on blank lines).
    """
    extra: dict[str, Any] = {}
    keywords = _words(_get(article, "keywords")) or _words(_get(article, "meta_keywords"))
    tags = _get(article, "tags")
    if not keywords and tags:
        keywords = sorted(_words(tags))
    data: dict[str, Any] = {
        "title": _text(_get(article, "title")),
        "subtitle": _text(_get(article, "meta_description")),
        "bylines": _authors(_get(article, "authors") or []),
        "published": _date(_get(article, "publish_date"), "published", extra),
        "url": _text(_get(article, "canonical_link")) or _text(_get(article, "url")),
        "keywords": keywords,
        "body": _paragraphs(_get(article, "text"), "\n\n"),
    }
    image = _text(_get(article, "top_image"))
    if image:
        data["images"] = [{"src": image}]
    source_url = _text(_get(article, "source_url"))
    if source_url:
        extra["newspaper"] = {"source_url": source_url}
    return _finish(data, extra, _get(article, "meta_lang"))


def from_fundus(article: Any) -> Article:
    """An Article from a fundus ``Article``.

    Uses title, authors, publishing_date, topics, publisher, lang, the body's summary (as the
    subtitle) and sections (a section headline becomes a heading, its paragraphs follow),
    and the responded URL of its HTML.
    """
    extra: dict[str, Any] = {}
    body: list[dict[str, Any]] = []
    subtitle = None
    content = _get(article, "body")
    if content is not None:
        summary = [t for t in (_text(s) for s in (_get(content, "summary") or [])) if t]
        subtitle = " ".join(summary) or None
        for section in _get(content, "sections") or []:
            for line in _get(section, "headline") or []:
                if _text(line):
                    body.append({"type": "heading", "text": _text(line), "level": 2})
            for line in _get(section, "paragraphs") or []:
                if _text(line):
                    body.append({"type": "paragraph", "text": _text(line)})
    html = _get(article, "html")
    url = _text(_get(html, "responded_url")) if html is not None else None
    if url is None and html is not None:
        url = _text(_get(html, "requested_url"))
    publisher = _get(article, "publisher")
    data: dict[str, Any] = {
        "title": _text(_get(article, "title")),
        "subtitle": subtitle,
        "bylines": _authors(_get(article, "authors") or []),
        "published": _date(_get(article, "publishing_date"), "published", extra),
        "url": url,
        "publisher": _text(publisher if isinstance(publisher, str) else _get(publisher, "name")),
        "keywords": _words(_get(article, "topics")),
        "body": body,
    }
    return _finish(data, extra, _get(article, "lang"))
