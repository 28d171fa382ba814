"""The JSON format: stable layout, round trips, located errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings

import newsmodel as nm
from newsmodel.testing import articles, assert_roundtrip


def test_layout_is_stable_and_explicit() -> None:
    a = nm.Article(title="T", published=dt.date(2021, 7, 28), bylines=[nm.Byline(name="AFP", kind="organization")])
    text = nm.dumps(a, format="json")
    data = json.loads(text)
    assert list(data)[:3] == ["schema_version", "title", "subtitle"]
    assert data["schema_version"] == "1.0"
    assert data["published"] == "2021-07-28"
    assert data["subtitle"] is None  # null stays null, never "None"
    assert data["bylines"] == [
        {"name": "AFP", "kind": "organization", "role": None, "url": None, "affiliation": None, "email": None}
    ]
    assert nm.dumps(a, format="json") == text


def test_moment_written_with_offset() -> None:
    tz = dt.timezone(dt.timedelta(hours=-3, minutes=-30))
    a = nm.Article(title="T", published=dt.datetime(2024, 3, 7, 7, 55, 25, tzinfo=tz))
    assert json.loads(nm.dumps(a))["published"] == "2024-03-07T07:55:25-03:30"


def test_unicode_written_as_is() -> None:
    a = nm.Article(title="Österreich – 東京")
    assert "Österreich – 東京" in nm.dumps(a)


@settings(max_examples=500)
@given(articles())
def test_json_round_trip(article: nm.Article) -> None:
    back = assert_roundtrip(article, "json")
    assert back == article
    assert nm.dumps(back) == nm.dumps(article)


def test_invalid_json_located() -> None:
    with pytest.raises(nm.ParseError) as info:
        nm.loads('{\n  "title": "x",\n  oops\n}', format="json")
    assert info.value.line == 3
    assert info.value.column is not None


def test_not_an_object() -> None:
    with pytest.raises(nm.ValidationError) as info:
        nm.loads("[1, 2]", format="json")
    assert info.value.errors[0].path == "$"


def test_load_and_dump_pick_format_from_name(tmp_path: Path) -> None:
    a = nm.Article(title="T", url="https://example.com/a")
    path = tmp_path / "a.json"
    nm.dump(a, path)
    assert nm.load(path) == a
    with pytest.raises(nm.FormatError):
        nm.dump(a, tmp_path / "a.unknown")


def test_unknown_format_is_a_newsmodel_error() -> None:
    with pytest.raises(nm.NewsModelError, match="known formats"):
        nm.loads("{}", format="nope")


def test_invalid_utf8_located() -> None:
    with pytest.raises(nm.ParseError) as info:
        nm.loads(b'{"title":\n "\xff"}', format="json")
    assert (info.value.line, info.value.column) == (2, 3)


def test_missing_file_is_a_newsmodel_error(tmp_path: Path) -> None:
    with pytest.raises(nm.ParseError, match="cannot read"):
        nm.load(tmp_path / "missing.json")


def test_loads_can_fill_quotes() -> None:
    a = nm.Article(title="T", body=[nm.Paragraph(text='"We will win," Jane Doe said.')])
    back = nm.loads(nm.dumps(a), format="json", quotes=True)
    assert [(q.text, q.speaker) for q in back.quotes] == [("We will win,", "Jane Doe")]
    assert nm.loads(nm.dumps(a), format="json").quotes == []


def test_duplicate_key_in_a_nested_object_is_located() -> None:
    text = '{"title": "T",\n "body": [{"type": "paragraph", "text": "a", "text": "b"}]}'
    with pytest.raises(nm.ParseError, match="duplicate key 'text'") as info:
        nm.loads(text)
    assert (info.value.line, info.value.column) == (2, 46)


def test_check_duplicates_false_reads_trusted_text_directly() -> None:
    a = nm.Article(title="T", body=[nm.Paragraph(text="a")])
    assert nm.loads(nm.dumps(a), check_duplicates=False) == a
    # without the check the last of two keys wins, as in pydantic
    assert nm.loads('{"title": "A", "title": "B"}', check_duplicates=False).title == "B"
    with pytest.raises(nm.ParseError, match="1:6: invalid JSON"):
        nm.loads('{"a" 1}', check_duplicates=False)


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999"])
def test_non_finite_numbers_are_located_parse_errors(token: str) -> None:
    with pytest.raises(nm.ParseError, match="not a JSON number") as info:
        nm.loads('{"title": "T",\n "extra": {"x": ' + token + "}}")
    assert (info.value.line, info.value.column) == (2, 17)


def test_syntax_error_says_where() -> None:
    with pytest.raises(nm.ParseError, match="invalid JSON") as info:
        nm.loads('{"title": "T",\n "body": [}')
    assert info.value.line == 2


@pytest.mark.parametrize("check", [True, False])
def test_columns_count_characters_not_bytes(check: bool) -> None:
    # jiter counts bytes of UTF-8; newsmodel's columns count characters, like every reader's
    with pytest.raises(nm.ParseError) as info:
        nm.loads('{"title": "T",\n "bödy": ["ü" x]}', check_duplicates=check)
    assert (info.value.line, info.value.column) == (2, 15)
    assert "line 2 column" not in str(info.value)  # the position is said once
    with pytest.raises(nm.ParseError) as info:
        nm.loads('{"title": "é\xff"}'.encode("latin-1").replace(b"\xe9", "é".encode()))
    assert (info.value.line, info.value.column) == (1, 13)
