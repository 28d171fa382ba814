"""Arrow and Parquet: a schema derived from the models, exact round trips, a DuckDB query."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import typing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel import arrow
from newsmodel.testing import articles

pa = pytest.importorskip("pyarrow")

PLUS2 = dt.timezone(dt.timedelta(hours=2))
MINUS5 = dt.timezone(dt.timedelta(hours=-5))


@settings(max_examples=100)
@given(st.lists(articles(), max_size=3))
def test_arrow_round_trip_equals_input(items: list[nm.Article]) -> None:
    table = arrow.to_arrow(items)
    assert table.num_rows == len(items)
    assert table.schema.equals(arrow.arrow_schema())
    assert arrow.from_arrow(table) == items


@settings(max_examples=100)
@given(st.lists(articles(), max_size=3))
def test_parquet_round_trip_equals_input(items: list[nm.Article]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "a.parquet"
        assert arrow.write_parquet(items, path) == len(items)
        assert arrow.read_parquet(path) == items


def _block_models() -> list[type[nm.Article]]:
    union = typing.get_args(nm.Block)[0]
    return list(typing.get_args(union))


def test_schema_follows_the_models() -> None:
    schema = arrow.arrow_schema()
    assert schema.names == list(nm.Article.model_fields)
    assert schema.metadata[b"newsmodel.schema_version"] == nm.SCHEMA_VERSION.encode()
    # nested models are structs of their own fields
    byline = schema.field("bylines").type.value_type
    assert [byline.field(i).name for i in range(byline.num_fields)] == list(nm.Byline.model_fields)
    image = schema.field("images").type.value_type
    caption = image.field("caption").type
    assert pa.types.is_struct(caption)
    assert [caption.field(i).name for i in range(caption.num_fields)] == list(nm.Caption.model_fields)
    # the body union is one struct: "type" plus every field of every block kind
    block = schema.field("body").type.value_type
    names = {block.field(i).name for i in range(block.num_fields)}
    expected = {name for model in _block_models() for name in model.model_fields}
    assert names == expected
    assert block.field("type").nullable is False
    assert all(block.field(i).nullable for i in range(block.num_fields) if block.field(i).name != "type")
    # recursion and free JSON fall back to JSON text
    item = block.field("items").type.value_type
    assert item.field("items").type == pa.string()
    assert schema.field("extra").type == pa.string()
    # docstrings travel as field metadata
    assert schema.field("title").metadata[b"description"] == b"The headline as written."


def test_dates_keep_day_and_offset_and_are_queryable() -> None:
    items = [
        nm.Article(title="day", published=dt.date(2024, 3, 1)),
        nm.Article(title="moment", published=dt.datetime(2024, 3, 1, 1, 30, tzinfo=PLUS2),
                   modified=dt.datetime(2024, 3, 1, 9, 0, tzinfo=MINUS5)),
    ]
    table = arrow.to_arrow(items)
    published = table.column("published").to_pylist()
    assert published[0] == {"iso": "2024-03-01", "day": dt.date(2024, 3, 1), "utc": None}
    assert published[1]["iso"] == "2024-03-01T01:30:00+02:00"
    assert published[1]["day"] == dt.date(2024, 3, 1)
    assert published[1]["utc"] == dt.datetime(2024, 2, 29, 23, 30, tzinfo=dt.UTC)
    back = arrow.from_arrow(table)
    assert type(back[0].published) is dt.date
    assert isinstance(back[1].modified, dt.datetime)
    assert back[1].modified.utcoffset() == dt.timedelta(hours=-5)
    assert back == items


def test_tables_from_other_tools_are_read_by_column_name() -> None:
    table = pa.table({"title": ["From elsewhere"], "published": ["2021-07-28"],
                      "keywords": [["a", "b"]], "bylines": [None]})
    (a,) = arrow.from_arrow(table)
    assert a.published == dt.date(2021, 7, 28)
    assert a.keywords == ["a", "b"] and a.bylines == []


def test_bad_rows_name_the_row() -> None:
    table = pa.table({"title": ["ok", "also ok"], "colour": [None, "red"]})
    with pytest.raises(nm.ValidationError) as info:
        arrow.from_arrow(table, source="t.parquet")
    assert info.value.source == "t.parquet row 1"
    assert info.value.errors[0].path == "$.colour"
    bad_json = arrow.to_arrow([nm.Article(title="x")]).set_column(
        list(nm.Article.model_fields).index("extra"), "extra", pa.array(["{nope"])
    )
    with pytest.raises(nm.ParseError, match="not JSON"):
        arrow.from_arrow(bad_json)


def test_integer_beyond_64_bits_is_a_validation_error() -> None:
    a = nm.Article(title="x", body=[nm.ListBlock(ordered=True, start=2**70)])
    with pytest.raises(nm.ValidationError) as info:
        arrow.to_arrow([nm.Article(title="fine"), a])
    assert info.value.errors[0].path == "$[1]"


def test_empty_and_unreadable_parquet(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert arrow.write_parquet([], path) == 0
    assert arrow.read_parquet(path) == []
    junk = tmp_path / "junk.parquet"
    junk.write_text("not parquet", encoding="utf-8")
    with pytest.raises(nm.ParseError, match="Parquet"):
        arrow.read_parquet(junk)
    with pytest.raises(nm.ParseError):
        arrow.read_parquet(tmp_path / "absent.parquet")


def test_iter_parquet_reads_in_batches(tmp_path: Path) -> None:
    items = [nm.Article(title=f"n{i}") for i in range(25)]
    path = tmp_path / "many.parquet"
    arrow.write_parquet(items, path, row_group_size=10)
    assert [a.title for a in arrow.iter_parquet(path, batch_size=7)] == [a.title for a in items]


def test_duckdb_queries_a_written_parquet_file(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    items = [
        nm.Article(title="A", publisher="Kurier", published=dt.date(2024, 3, 1),
                   bylines=[nm.Byline(name="Jane Doe"), nm.Byline(name="APA", kind="organization")]),
        nm.Article(title="B", publisher="Kurier",
                   published=dt.datetime(2024, 3, 2, 1, 30, tzinfo=PLUS2)),
        nm.Article(title="C", publisher="Standard", published=dt.date(2023, 12, 31),
                   bylines=[nm.Byline(name="Max Muster")]),
    ]
    path = tmp_path / "corpus.parquet"
    arrow.write_parquet(items, path)
    per_publisher = duckdb.sql(
        f"SELECT publisher, count(*) AS n, max(published.day) AS last "
        f"FROM read_parquet('{path}') WHERE published.day >= DATE '2024-01-01' "
        f"GROUP BY publisher ORDER BY publisher"
    ).fetchall()
    assert per_publisher == [("Kurier", 2, dt.date(2024, 3, 2))]
    people = duckdb.sql(
        f"SELECT b.name FROM (SELECT unnest(bylines) AS b FROM read_parquet('{path}')) "
        f"WHERE b.kind = 'person' ORDER BY b.name"
    ).fetchall()
    assert people == [("Jane Doe",), ("Max Muster",)]


def test_missing_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    arrow._article_codec.cache_clear()
    try:
        with pytest.raises(nm.MissingDependencyError) as info:
            arrow.to_arrow([])
        assert info.value.extra == "arrow"
        assert "newsmodel[arrow]" in str(info.value)
    finally:
        arrow._article_codec.cache_clear()
