"""Adapters from extractor output; the extractors are not installed, so their documented
shapes are built with dicts and SimpleNamespace."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

import newsmodel as nm
from newsmodel.adapters import from_fundus, from_newspaper, from_trafilatura


def test_trafilatura_dict() -> None:
    doc = {
        "title": "Russia to Boost  Tajikistan Army",
        "author": "Jane Doe; AFP",
        "date": "2021-07-28",
        "url": "https://example.com/a",
        "sitename": "The Moscow Times",
        "description": "A standfirst.",
        "categories": ["News", "World"],
        "tags": ["Russia", "Tajikistan"],
        "image": "https://example.com/a.jpg",
        "language": "en",
        "hostname": "example.com",
        "text": "First paragraph.\nSecond  paragraph.\n\n",
    }
    a = from_trafilatura(doc)
    assert a.title == "Russia to Boost Tajikistan Army"
    assert [(b.name, b.kind) for b in a.bylines] == [("Jane Doe", "person"), ("AFP", "organization")]
    assert a.published == dt.date(2021, 7, 28)
    assert (a.url, a.publisher, a.subtitle, a.section) == (
        "https://example.com/a", "The Moscow Times", "A standfirst.", "News"
    )
    assert a.keywords == ["Russia", "Tajikistan"]
    assert a.images[0].src == "https://example.com/a.jpg"
    assert a.paragraphs == ["First paragraph.", "Second paragraph."]
    assert a.language == "en"
    assert a.extra["trafilatura"] == {"hostname": "example.com", "categories": ["News", "World"]}


def test_newspaper_naive_datetime_keeps_the_day_and_flags_it() -> None:
    art = SimpleNamespace(
        title="T",
        authors=["Anna Giulia Fink", "Reuters"],
        publish_date=dt.datetime(2024, 5, 3, 10, 30),  # naive, as newspaper gives it
        canonical_link="https://example.com/c",
        url="https://example.com/u",
        meta_description="",
        keywords=[],
        meta_keywords="a, b",
        tags=set(),
        top_image="",
        meta_lang="de",
        text="One.\n\nTwo.",
        source_url="https://example.com",
    )
    a = from_newspaper(art)
    assert a.published == dt.date(2024, 5, 3)
    assert a.extra["naive_times"] == {"published": "2024-05-03T10:30:00"}
    assert [b.kind for b in a.bylines] == ["person", "organization"]
    assert a.url == "https://example.com/c"
    assert a.keywords == ["a", "b"]
    assert a.paragraphs == ["One.", "Two."]
    assert a.images == []


def test_fundus_sections_become_headings_and_paragraphs() -> None:
    tz = dt.timezone(dt.timedelta(hours=2))
    art = SimpleNamespace(
        title="Titel",
        authors=["Birgit Baumann"],
        publishing_date=dt.datetime(2024, 5, 3, 8, 0, tzinfo=tz),
        topics=["Islamismus"],
        publisher="Der Standard",
        lang="de-AT",
        html=SimpleNamespace(responded_url="https://www.derstandard.at/story/1", requested_url=None),
        body=SimpleNamespace(
            summary=["Ein Vorspann."],
            sections=[
                SimpleNamespace(headline=[], paragraphs=["Absatz eins."]),
                SimpleNamespace(headline=["Zwischentitel"], paragraphs=["Absatz zwei."]),
            ],
        ),
    )
    a = from_fundus(art)
    assert a.published == dt.datetime(2024, 5, 3, 8, 0, tzinfo=tz)
    assert a.subtitle == "Ein Vorspann."
    assert a.headings == ["Zwischentitel"]
    assert a.paragraphs == ["Absatz eins.", "Absatz zwei."]
    assert (a.url, a.publisher, a.language, a.keywords) == (
        "https://www.derstandard.at/story/1", "Der Standard", "de-AT", ["Islamismus"]
    )


def test_bad_language_and_date_are_kept_not_fatal() -> None:
    a = from_trafilatura({"title": "T", "language": "German (Austria)", "date": "yesterday"})
    assert a.language is None
    assert a.extra["language"] == "German (Austria)"
    assert a.published is None
    assert "yesterday" in a.extra["unread"]["published"]


def test_missing_title_is_a_located_validation_error() -> None:
    with pytest.raises(nm.ValidationError) as info:
        from_trafilatura({"text": "x"})
    assert info.value.errors[0].path == "$.title"
