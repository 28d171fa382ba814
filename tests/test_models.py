"""The article model: fields, dates, cross-field checks, error paths."""

from __future__ import annotations

import datetime as dt
import gc

import pydantic
import pytest

import newsmodel as nm
from newsmodel._validate import validate_article

UTC = dt.UTC


def test_day_stays_a_day() -> None:
    a = nm.Article(title="t", published="2021-07-28")
    assert type(a.published) is dt.date
    assert a.published == dt.date(2021, 7, 28)


def test_moment_keeps_its_offset() -> None:
    a = nm.Article(title="t", published="2024-03-07T07:55:25+05:30")
    assert isinstance(a.published, dt.datetime)
    assert a.published.utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_naive_datetime_refused_with_hint() -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        nm.Article(title="t", published=dt.datetime(2021, 7, 28, 10, 0))
    assert "no time zone" in str(info.value)
    assert "+00:00" in str(info.value)


def test_naive_datetime_allowed_by_explicit_opt_in() -> None:
    a = nm.Article.model_validate(
        {"title": "t", "published": "2021-07-28T10:00:00"}, context={"allow_naive": True}
    )
    assert a.published == dt.datetime(2021, 7, 28, 10, 0)


def test_modified_before_published_refused() -> None:
    with pytest.raises(nm.ValidationError) as info:
        validate_article({"title": "t", "published": "2021-07-28", "modified": "2021-07-27"})
    (err,) = info.value.errors
    assert err.path == "$.modified"
    assert "before published" in err.message


def test_modified_same_day_as_published_day_is_fine() -> None:
    a = nm.Article(
        title="t",
        published=dt.date(2021, 7, 28),
        modified=dt.datetime(2021, 7, 28, 9, 0, tzinfo=UTC),
    )
    assert a.modified is not None


def test_all_failures_collected_with_json_paths() -> None:
    with pytest.raises(nm.ValidationError) as info:
        validate_article(
            {
                "title": 3,
                "bylines": [{"name": "A"}, {"name": ""}],
                "images": [{"width": 0}],
                "body": [{"type": "paragraph", "text": "x"}, {"type": "image", "image": "no"}],
                "typo": 1,
            }
        )
    paths = {e.path for e in info.value.errors}
    assert paths == {"$.title", "$.bylines[1].name", "$.images[0].width", "$.body[1].image", "$.typo"}


def test_positions_must_lie_inside_the_body() -> None:
    with pytest.raises(nm.ValidationError) as info:
        validate_article(
            {
                "title": "t",
                "body": [{"type": "paragraph", "text": "hello"}, {"type": "image", "image": 0}],
                "links": [{"url": "#", "position": 2}],
                "quotes": [
                    {"text": "x", "start": {"paragraph": 0, "offset": 9}},
                    {"text": "y", "start": {"paragraph": 1, "offset": 0}},
                ],
            }
        )
    paths = sorted(e.path for e in info.value.errors)
    assert paths == [
        "$.body[1].image",
        "$.links[0].position",
        "$.quotes[0].start",
        "$.quotes[1].start",
    ]


def test_mark_outside_text_refused() -> None:
    bad = {"kind": "strong", "start": 1, "end": 9}
    with pytest.raises(nm.ValidationError) as info:
        validate_article(
            {
                "title": "t",
                "body": [
                    {"type": "paragraph", "text": "abc", "marks": [bad]},
                    {"type": "list", "items": [{"text": "x", "items": [{"text": "ab", "marks": [bad]}]}]},
                ],
            }
        )
    assert [e.path for e in info.value.errors] == [
        "$.body[0].marks[0]",
        "$.body[1].items[0].items[0].marks[0]",
    ]


def test_caption_credit_kept_apart() -> None:
    img = nm.Image(caption=nm.Caption(text="The Taliban claims.", credit="TASS"))
    assert img.caption is not None
    assert img.caption.text == "The Taliban claims."
    assert img.caption.credit == "TASS"


def test_placeholder_url_kept_as_written() -> None:
    assert nm.SourceLink(url="#", rel="related").url == "#"
    assert nm.Byline(name="AFP", kind="organization", url="#").url == "#"


def test_assignment_is_validated() -> None:
    a = nm.Article(title="t")
    with pytest.raises(pydantic.ValidationError):
        a.published = dt.datetime(2021, 1, 1, 12, 0)  # naive


def test_paragraphs_and_headings_properties() -> None:
    a = nm.Article(
        title="t",
        body=[nm.Paragraph(text="one"), nm.Heading(text="H"), nm.Paragraph(text="two")],
    )
    assert a.paragraphs == ["one", "two"]
    assert a.headings == ["H"]


def test_language_must_look_like_bcp47() -> None:
    nm.Article(title="t", language="zh-Hant-TW")
    with pytest.raises(pydantic.ValidationError):
        nm.Article(title="t", language="not a tag")


def test_equality_ignores_the_source_record() -> None:
    a, b = nm.Article(title="t"), nm.Article(title="t")
    a._source = object()
    assert a == b
    assert a != nm.Article(title="u")


def test_source_records_go_with_their_articles() -> None:
    from newsmodel.models import article as article_module

    before = len(article_module._SOURCES)
    kept = []
    for i in range(50):
        a = nm.Article(title=f"T{i}")
        a._source = ("record", i)
        a._source = ("replaced", i)  # one entry per article, the latest value
        kept.append(a)
    assert len(article_module._SOURCES) == before + 50
    assert kept[7]._source == ("replaced", 7)
    del a, kept
    gc.collect()
    assert len(article_module._SOURCES) == before
