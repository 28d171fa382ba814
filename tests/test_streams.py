"""JSON Lines: round trips, laziness, and errors that name the file and the line."""

from __future__ import annotations

import datetime as dt
import gzip
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel.streams import (
    check_stream,
    dump_many,
    dumps_line,
    is_stream_path,
    iter_load,
    iter_loads,
)
from newsmodel.testing import articles

TZ = dt.timezone(dt.timedelta(hours=5, minutes=30))


def _article(i: int, **fields: object) -> nm.Article:
    return nm.Article.model_validate(
        {"title": f"Story {i}", "url": f"https://example.com/{i}", **fields}
    )


@settings(max_examples=100)
@given(st.lists(articles(), max_size=3), st.booleans())
def test_jsonl_round_trip_equals_input(items: list[nm.Article], compressed: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("a.jsonl.gz" if compressed else "a.jsonl")
        assert dump_many(items, path) == len(items)
        assert list(iter_load(path)) == items


@settings(max_examples=50)
@given(articles())
def test_each_article_is_one_line(article: nm.Article) -> None:
    line = dumps_line(article)
    assert line.endswith("\n") and line.count("\n") == 1
    assert list(iter_loads(line * 2)) == [article, article]


def test_day_stays_day_and_moment_keeps_offset(tmp_path: Path) -> None:
    a = _article(1, published="2021-07-28", modified="2021-07-29T10:00:00+05:30")
    path = tmp_path / "d.jsonl"
    dump_many([a], path)
    (back,) = iter_load(path)
    assert type(back.published) is dt.date
    assert back.modified == dt.datetime(2021, 7, 29, 10, 0, tzinfo=TZ)
    assert isinstance(back.modified, dt.datetime)
    assert back.modified.utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_dump_many_takes_a_generator_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    assert dump_many((_article(i) for i in range(7)), path) == 7
    assert path.read_text(encoding="utf-8").count("\n") == 7
    assert [a.title for a in iter_load(path)] == [f"Story {i}" for i in range(7)]


def test_gzip_output_is_gzip(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl.gz"
    dump_many([_article(1)], path)
    assert path.read_bytes()[:2] == b"\x1f\x8b"
    assert gzip.decompress(path.read_bytes()).decode().startswith('{"schema_version":"1.0"')


def test_failed_dump_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "keep.jsonl"
    dump_many([_article(0)], path)
    before = path.read_bytes()

    def boom() -> Iterator[nm.Article]:
        yield _article(1)
        raise RuntimeError("source failed")

    with pytest.raises(RuntimeError):
        dump_many(boom(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.jsonl"]


def test_non_article_item_is_named_by_index(tmp_path: Path) -> None:
    with pytest.raises(nm.ValidationError) as info:
        dump_many([_article(0), {"title": "x"}], tmp_path / "x.jsonl")  # type: ignore[list-item]
    assert info.value.errors[0].path == "$[1]"
    assert not (tmp_path / "x.jsonl").exists()


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_invalid_json_names_file_line_and_column(tmp_path: Path) -> None:
    good = dumps_line(_article(1)).rstrip("\n")
    path = _write(tmp_path / "bad.jsonl", [good, good, '{"title": "x",, }'])
    with pytest.raises(nm.ParseError) as info:
        list(iter_load(path))
    err = info.value
    assert (err.source, err.line, err.column) == (str(path), 3, 15)
    assert "line 1" not in str(err)
    assert str(err).startswith(f"{path}:3:15: invalid JSON")


def test_model_error_names_file_line_column_and_path(tmp_path: Path) -> None:
    good = dumps_line(_article(1)).rstrip("\n")
    path = _write(tmp_path / "bad.jsonl", [good, '{"title": 3, "published": "2021-07-28T10:00"}'])
    with pytest.raises(nm.ValidationError) as info:
        list(iter_load(path))
    err = info.value
    assert err.source == f"{path}:2"
    assert [(d.path, d.line, d.column) for d in err.errors] == [
        ("$.title", 2, 2),
        ("$.published", 2, 14),
    ]


def test_reading_is_lazy(tmp_path: Path) -> None:
    good = dumps_line(_article(1)).rstrip("\n")
    path = _write(tmp_path / "late.jsonl", [good, "not json"])
    it = iter_load(path)
    assert next(it).title == "Story 1"  # the broken line is not read yet
    with pytest.raises(nm.ParseError) as info:
        next(it)
    assert info.value.line == 2


def test_blank_lines_bom_and_crlf(tmp_path: Path) -> None:
    one, two = dumps_line(_article(1)), dumps_line(_article(2))
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + one.encode() + b"\r\n\n   \n" + two.rstrip("\n").encode())
    assert [a.title for a in iter_load(path)] == ["Story 1", "Story 2"]


def test_line_separator_inside_a_string_is_not_a_line_end(tmp_path: Path) -> None:
    a = _article(1, subtitle="one\u2028two\u0085three")
    path = tmp_path / "u.jsonl"
    dump_many([a, a], path)
    assert list(iter_load(path)) == [a, a]


def test_invalid_utf8_names_line_and_column(tmp_path: Path) -> None:
    good = dumps_line(_article(1)).encode()
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(good + b'{"title": "caf\xe9"}\n')
    with pytest.raises(nm.ParseError) as info:
        list(iter_load(path))
    assert (info.value.line, info.value.column) == (2, 15)


def test_missing_file_and_bad_gzip(tmp_path: Path) -> None:
    with pytest.raises(nm.ParseError, match="cannot read file"):
        list(iter_load(tmp_path / "absent.jsonl"))
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_text(dumps_line(_article(1)), encoding="utf-8")
    with pytest.raises(nm.ParseError, match="not gzip"):
        list(iter_load(fake))
    cut = tmp_path / "cut.jsonl.gz"
    dump_many([_article(i, subtitle="x" * 500) for i in range(50)], cut)
    cut.write_bytes(cut.read_bytes()[:-200])
    with pytest.raises(nm.ParseError, match="compressed") as info:
        list(iter_load(cut))
    assert info.value.line is not None and info.value.line > 1


def test_allow_naive(tmp_path: Path) -> None:
    path = _write(tmp_path / "naive.jsonl", ['{"title": "x", "published": "2021-07-28T10:00"}'])
    with pytest.raises(nm.ValidationError):
        list(iter_load(path))
    (a,) = iter_load(path, allow_naive=True)
    assert a.published == dt.datetime(2021, 7, 28, 10, 0)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.jsonl", True),
        ("dir/A.JSONL.GZ", True),
        ("a.ndjson", True),
        ("a.json", False),
        ("a.jsonl.bak", False),
        ("a.md", False),
    ],
)
def test_is_stream_path(name: str, expected: bool) -> None:
    assert is_stream_path(name) is expected


def test_check_stream_findings_carry_file_lines(tmp_path: Path) -> None:
    good = dumps_line(_article(1)).rstrip("\n")
    path = _write(
        tmp_path / "v.jsonl",
        [
            good,
            '{"title": "x", "published": "2021-07-29", "modified": "2021-07-28"}',
            "{oops",
            good,
        ],
    )
    path.write_bytes(path.read_bytes() + '{"title": "ü'.encode() + b'\xff"}\n')
    found = [(f.code, f.line, f.column) for f in check_stream(path) if f.severity == "error"]
    assert [(c, ln) for c, ln, _ in found] == [("NM101", 2), ("NM006", 3), ("NM005", 5)]
    assert found[2][2] == 13  # a column counts characters, not bytes
    assert all(f.source == str(path) for f in check_stream(path))
