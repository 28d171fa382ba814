"""A consumer of newsmodel's public API, checked with `mypy --strict` as part of the test command."""

from __future__ import annotations

import datetime as dt

import newsmodel as nm


def headline_and_agencies(text: str) -> tuple[str, list[str]]:
    article: nm.Article = nm.loads(text, format="json")
    agencies = [b.name for b in article.bylines if b.kind == "organization"]
    return article.title, agencies


def build() -> str:
    article = nm.Article(
        title="Russia to Boost Tajikistan Army",
        bylines=[nm.Byline(name="AFP", kind="organization", url="#")],
        published=dt.date(2021, 7, 28),
        images=[nm.Image(caption=nm.Caption(text="The Taliban claims...", credit="TASS"))],
        body=[nm.Paragraph(text="Russia will bolster...")],
        links=[nm.SourceLink(url="https://example.com", rel="original")],
        quotes=[nm.Quote(text="any necessary help", speaker="Shoigu", kind="partial")],
    )
    url: str | None = article.url
    paragraphs: list[str] = article.paragraphs
    del url, paragraphs
    schema: dict[str, object] = nm.json_schema()
    del schema
    try:
        return nm.dumps(article, format="json")
    except nm.NewsModelError as exc:
        return str(exc)
