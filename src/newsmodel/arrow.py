"""Arrow tables and Parquet files of articles (the ``arrow`` extra: ``pip install 'newsmodel[arrow]'``).

One row per article, one column per field of :class:`~newsmodel.Article`. The Arrow
schema is *derived from the models* by walking their fields, so it follows the models
when they change:

* ``str``, ``int``, ``bool`` and ``Literal`` fields become ``string``, ``int64``, ``bool``;
  ``X | None`` becomes a nullable column; ``list[X]`` a ``list<X>``;
* a nested model (``Byline``, ``Image`` and its ``Caption``, ``SourceLink``, ``Quote``,
  ``Dateline``, ``Mark``...) becomes a ``struct`` of its own fields;
* the body, a union of block models told apart by ``type``, becomes **one** struct type:
  ``type`` (never null) plus every field of every block kind, nullable; a row fills
  the fields of its own kind and leaves the others null;
* **JSON text fallback**: a field whose type refers back to a model that is already
  being converted (``ListItem.items``, the nested items of a list item) and ``extra``
  (free JSON) are stored as ``string`` columns holding compact JSON. So a list block's
  items are structs with ``text`` and ``marks``, and their nested items are JSON text;
* **dates** (``published``, ``modified``) become
  ``struct<iso: string, day: date32, utc: timestamp[us, tz=UTC]>``. Arrow timestamps
  keep no offset, and a day is not a moment, so ``iso`` holds the exact ISO 8601 text
  (``2021-07-28`` or ``2021-07-28T10:00:00+02:00``) and is what the round trip reads;
  ``day`` is the calendar day as written (local to the offset) and ``utc`` the instant
  in UTC (null for a day), both for queries (``WHERE published.day >= DATE '2024-01-01'``).

Every field carries its docstring as Arrow field metadata (``description``), and the
schema carries ``newsmodel.schema_version``. ``from_arrow(to_arrow(articles)) == articles``.
Tables written by other tools are read by column name and validated like any input.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

import pydantic
import pydantic_core

from newsmodel._validate import validate_article
from newsmodel.errors import (
    ErrorDetail,
    MissingDependencyError,
    ParseError,
    ValidationError,
)
from newsmodel.models import SCHEMA_VERSION, Article

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]

__all__ = [
    "arrow_schema",
    "from_arrow",
    "iter_arrow",
    "iter_parquet",
    "read_parquet",
    "to_arrow",
    "write_parquet",
]

BATCH_SIZE = 1024
"""Articles converted (and, in Parquet, written per row group slice) at a time."""

_INT64 = (-(2**63), 2**63 - 1)


def _pa() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise MissingDependencyError("pyarrow", "arrow") from None
    return pyarrow


def _pq() -> Any:
    _pa()
    import pyarrow.parquet  # type: ignore[import-untyped]

    return pyarrow.parquet


# ----------------------------------------------------------------------------- the schema walk


class _EncodeError(Exception):
    """A value that has no Arrow form (an integer beyond 64 bits)."""


class _DecodeError(Exception):
    """A stored value that cannot be read back (JSON text that is not JSON)."""


@dataclass(frozen=True, slots=True)
class _Codec:
    """How one model type maps to Arrow: its Arrow type and the two conversions."""

    type: Any  # pyarrow.DataType
    nullable: bool
    encode: Callable[[Any], Any]
    """Model value -> Python value pyarrow converts to ``type``."""
    decode: Callable[[Any], Any]
    """Python value read from Arrow -> plain data the model validates."""


def _identity(value: Any) -> Any:
    return value


def _encode_int(value: Any) -> Any:
    if value is not None and not _INT64[0] <= value <= _INT64[1]:
        raise _EncodeError(f"the integer {value} does not fit a 64-bit column")
    return value


def _json_codec(nullable: bool) -> _Codec:
    pa = _pa()

    def encode(value: Any) -> Any:
        return None if value is None else pydantic_core.to_json(value).decode("utf-8")

    def decode(value: Any) -> Any:
        if value is None:
            return None
        try:
            return json.loads(value)
        except (TypeError, ValueError) as exc:
            raise _DecodeError(f"a JSON text column holds text that is not JSON: {exc}") from None

    return _Codec(pa.string(), nullable, encode, decode)


def _date_codec(nullable: bool) -> _Codec:
    pa = _pa()
    struct = pa.struct(
        [
            pa.field("iso", pa.string(), nullable=False,
                     metadata={"description": "The date as ISO 8601 text, exactly as held: "
                               "a day or a moment with its offset. Read back from here."}),
            pa.field("day", pa.date32(), nullable=False,
                     metadata={"description": "The calendar day as written (local to the offset)."}),
            pa.field("utc", pa.timestamp("us", tz="UTC"), nullable=True,
                     metadata={"description": "The moment in UTC; null for a day or a moment "
                               "without a zone."}),
        ]
    )

    def encode(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            aware = value.tzinfo is not None and value.utcoffset() is not None
            return {
                "iso": value.isoformat(),
                "day": value.date(),
                "utc": value.astimezone(dt.UTC) if aware else None,
            }
        return {"iso": value.isoformat(), "day": value, "utc": None}

    def decode(value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, dict):
            if value.get("iso") is not None:
                return value["iso"]
            return value.get("day")
        return value  # a plain string or date column written by another tool

    return _Codec(struct, nullable, encode, decode)


def _strip_annotated(ann: Any) -> Any:
    while typing.get_origin(ann) is typing.Annotated:
        ann = typing.get_args(ann)[0]
    return ann


def _is_model(ann: Any) -> bool:
    return isinstance(ann, type) and issubclass(ann, pydantic.BaseModel)


def _mentions(ann: Any, models: tuple[type[pydantic.BaseModel], ...]) -> bool:
    """Whether the annotation refers to one of the models (through lists, unions...)."""
    ann = _strip_annotated(ann)
    if _is_model(ann):
        return ann in models
    return any(_mentions(a, models) for a in typing.get_args(ann))


def _description(field: Any) -> dict[str, str] | None:
    doc = getattr(field, "description", None)
    return {"description": doc} if doc else None


def _codec(ann: Any, stack: tuple[type[pydantic.BaseModel], ...]) -> _Codec:
    """The codec of a type annotation; ``stack`` holds the models being converted."""
    pa = _pa()
    ann = _strip_annotated(ann)
    origin = typing.get_origin(ann)
    if origin in (Union, types.UnionType):
        args = typing.get_args(ann)
        rest = [a for a in args if a is not type(None)]
        nullable = len(rest) < len(args)
        if len(rest) == 1:
            inner = _codec(rest[0], stack)
            return _Codec(inner.type, nullable or inner.nullable, inner.encode, inner.decode)
        members = [_strip_annotated(a) for a in rest]
        if all(_is_model(m) and "type" in m.model_fields for m in members):
            return _union_codec(members, stack, nullable)
        return _json_codec(nullable)
    if _mentions(ann, stack):
        return _json_codec(False)
    if ann is str:
        return _Codec(pa.string(), False, _identity, _identity)
    if ann is bool:
        return _Codec(pa.bool_(), False, _identity, _identity)
    if ann is int:
        return _Codec(pa.int64(), False, _encode_int, _identity)
    if ann is float:
        return _Codec(pa.float64(), False, _identity, _identity)
    if ann is dt.date:
        return _date_codec(False)
    if origin is Literal:
        values = typing.get_args(ann)
        if all(isinstance(v, str) for v in values):
            return _Codec(pa.string(), False, _identity, _identity)
        if all(isinstance(v, bool) for v in values):
            return _Codec(pa.bool_(), False, _identity, _identity)
        if all(isinstance(v, int) for v in values):
            return _Codec(pa.int64(), False, _encode_int, _identity)
        return _json_codec(False)
    if origin is list:
        (item_ann,) = typing.get_args(ann)
        item = _codec(item_ann, stack)
        return _list_codec(item)
    if _is_model(ann):
        return _model_codec(ann, stack)
    return _json_codec(False)  # dict, JsonValue, Any: free JSON


def _list_codec(item: _Codec) -> _Codec:
    pa = _pa()
    enc, dec = item.encode, item.decode

    def encode(value: Any) -> Any:
        return None if value is None else [enc(v) for v in value]

    def decode(value: Any) -> Any:
        return None if value is None else [dec(v) for v in value]

    return _Codec(pa.list_(pa.field("item", item.type, nullable=item.nullable)), False, encode, decode)


def _fields_of(
    model: type[pydantic.BaseModel], stack: tuple[type[pydantic.BaseModel], ...]
) -> list[tuple[str, Any, _Codec]]:
    inner = (*stack, model)
    out = []
    for name, field in model.model_fields.items():
        codec = _codec(field.annotation, inner)
        out.append((name, field, codec))
    return out


def _model_codec(
    model: type[pydantic.BaseModel], stack: tuple[type[pydantic.BaseModel], ...]
) -> _Codec:
    pa = _pa()
    fields = _fields_of(model, stack)
    struct = pa.struct(
        [pa.field(n, c.type, nullable=c.nullable, metadata=_description(f)) for n, f, c in fields]
    )
    encoders = [(n, c.encode) for n, _, c in fields]
    decoders = {n: c.decode for n, _, c in fields}

    def encode(value: Any) -> Any:
        if value is None:
            return None
        return {n: enc(getattr(value, n)) for n, enc in encoders}

    def decode(value: Any) -> Any:
        if value is None:
            return None
        return {k: decoders[k](v) if k in decoders else v for k, v in value.items()}

    return _Codec(struct, False, encode, decode)


def _union_codec(
    members: list[Any], stack: tuple[type[pydantic.BaseModel], ...], nullable: bool
) -> _Codec:
    """One struct for a tagged union: ``type`` plus every member's fields, nullable."""
    pa = _pa()
    merged: dict[str, tuple[Any, _Codec]] = {}
    names_of: dict[str, list[str]] = {}
    for model in members:
        tag_ann = _strip_annotated(model.model_fields["type"].annotation)
        own = []
        for name, field, codec in _fields_of(model, stack):
            if name == "type":
                continue
            if name not in merged:
                merged[name] = (field, codec)
            elif merged[name][1].type != codec.type:
                # Two kinds give one name different types: keep that field as JSON text.
                merged[name] = (merged[name][0], _json_codec(True))
            own.append(name)
        for tag in typing.get_args(tag_ann):
            names_of[str(tag)] = own
    by_tag = {
        tag: [(n, merged[n][1].encode) for n in own] for tag, own in names_of.items()
    }
    names = list(merged)
    struct = pa.struct(
        [pa.field("type", pa.string(), nullable=False,
                  metadata={"description": "Block type tag: which kind of block the row holds."})]
        + [pa.field(n, merged[n][1].type, nullable=True, metadata=_description(merged[n][0]))
           for n in names]
    )
    decoders = {n: merged[n][1].decode for n in names}

    def encode(value: Any) -> Any:
        if value is None:
            return None
        row: dict[str, Any] = dict.fromkeys(names)
        row["type"] = value.type
        for n, enc in by_tag[value.type]:
            row[n] = enc(getattr(value, n))
        return row

    def decode(value: Any) -> Any:
        if value is None:
            return None
        # The fields of other kinds are null; a null of the row's own kind is its default.
        return {
            k: (decoders[k](v) if k in decoders else v)
            for k, v in value.items()
            if v is not None
        }

    return _Codec(struct, nullable, encode, decode)


@dataclass(frozen=True, slots=True)
class _ArticleCodec:
    schema: Any  # pyarrow.Schema
    encoders: list[tuple[str, Callable[[Any], Any]]]
    decoders: dict[str, Callable[[Any], Any]]


@cache
def _article_codec() -> _ArticleCodec:
    pa = _pa()
    fields = _fields_of(Article, ())
    schema = pa.schema(
        [pa.field(n, c.type, nullable=c.nullable, metadata=_description(f)) for n, f, c in fields],
        metadata={
            "newsmodel.schema_version": SCHEMA_VERSION,
            "newsmodel.dates": "struct<iso, day, utc>; iso is authoritative",
            "newsmodel.json_text": "extra and nested list items hold compact JSON text",
        },
    )
    return _ArticleCodec(
        schema,
        [(n, c.encode) for n, _, c in fields],
        {n: c.decode for n, _, c in fields},
    )


def arrow_schema() -> pa.Schema:
    """The Arrow schema of an article table, derived from the models.

    Raises:
        MissingDependencyError: pyarrow is not installed.
    """
    schema: pa.Schema = _article_codec().schema
    return schema


# ----------------------------------------------------------------------------- articles -> Arrow


def _rows(articles: Iterable[Article], codec: _ArticleCodec, start: int) -> list[dict[str, Any]]:
    rows = []
    for i, article in enumerate(articles, start=start):
        if not isinstance(article, Article):
            raise ValidationError(
                [ErrorDetail(f"$[{i}]", f"expected an Article, got {type(article).__name__}",
                             "model_type")],
                source="<articles>",
            )
        try:
            rows.append({n: enc(getattr(article, n)) for n, enc in codec.encoders})
        except _EncodeError as exc:
            raise ValidationError(
                [ErrorDetail(f"$[{i}]", str(exc), "arrow_range")], source="<articles>"
            ) from None
    return rows


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for a in articles:
        chunk.append(a)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def to_arrow(articles: Iterable[Article]) -> pa.Table:
    """An Arrow table with one row per article, in the schema of :func:`arrow_schema`.

    Raises:
        MissingDependencyError: pyarrow is not installed.
        ValidationError: an item is not an Article, or holds an integer beyond 64 bits
            (the path names the item).
    """
    pa = _pa()
    codec = _article_codec()
    batches = []
    start = 0
    for chunk in _batches(articles, BATCH_SIZE):
        rows = _rows(chunk, codec, start)
        batches.append(pa.RecordBatch.from_pylist(rows, schema=codec.schema))
        start += len(chunk)
    return pa.Table.from_batches(batches, schema=codec.schema)


# ----------------------------------------------------------------------------- Arrow -> articles


def _article_of(
    row: dict[str, Any], codec: _ArticleCodec, source: str, context: dict[str, Any] | None
) -> Article:
    try:
        data = {
            k: (codec.decoders[k](v) if k in codec.decoders else v)
            for k, v in row.items()
        }
    except _DecodeError as exc:
        raise ParseError(str(exc), source=source) from None
    # A null means "not given": for a field whose default is null it is that default, for
    # a list or "extra" the empty default, for a column the model does not know nothing.
    keep = _null_default_fields()
    data = {k: v for k, v in data.items() if v is not None or k in keep}
    return validate_article(data, source=source, context=context)


@cache
def _null_default_fields() -> frozenset[str]:
    return frozenset(
        n for n, f in Article.model_fields.items()
        if not f.is_required() and f.get_default(call_default_factory=True) is None
    )


def iter_arrow(
    data: Any, *, source: str = "<arrow>", allow_naive: bool = False
) -> Iterator[Article]:
    """Articles from an Arrow table, record batch, or iterable of record batches, lazily.

    Each row is validated like any input; errors name ``source`` and the row (0-based).

    Raises:
        MissingDependencyError: pyarrow is not installed.
        ValidationError: a row does not fit the model (source ``"<source> row N"``).
        ParseError: a JSON text column holds text that is not JSON.
    """
    pa = _pa()
    codec = _article_codec()
    context = {"allow_naive": True} if allow_naive else None
    if isinstance(data, pa.Table):
        batches: Iterable[Any] = data.to_batches()
    elif isinstance(data, pa.RecordBatch):
        batches = [data]
    else:
        batches = data
    index = 0
    for batch in batches:
        for row in batch.to_pylist():
            yield _article_of(row, codec, f"{source} row {index}", context)
            index += 1


def from_arrow(
    table: pa.Table, *, source: str = "<arrow>", allow_naive: bool = False
) -> list[Article]:
    """The articles of an Arrow table (the inverse of :func:`to_arrow`).

    Args:
        table: A table in the newsmodel schema, or one written by another tool with
            columns named after the Article fields (missing columns take their defaults).
        source: The name used in errors.
        allow_naive: Accept datetimes without a zone.

    Raises:
        MissingDependencyError: pyarrow is not installed.
        ValidationError: a row does not fit the model (source ``"<source> row N"``).
        ParseError: a JSON text column holds text that is not JSON.
    """
    return list(iter_arrow(table, source=source, allow_naive=allow_naive))


# ----------------------------------------------------------------------------- Parquet


def write_parquet(
    articles: Iterable[Article],
    path: str | os.PathLike[str],
    *,
    compression: str = "zstd",
    row_group_size: int = 16 * BATCH_SIZE,
) -> int:
    """Write articles to a Parquet file in the :func:`arrow_schema`, in bounded memory.

    Articles are converted :data:`BATCH_SIZE` at a time; the file is written beside the
    target and renamed into place at the end, so an error leaves no partial file.

    Args:
        articles: Any iterable of Articles.
        path: The file to write.
        compression: The Parquet codec (``zstd``, ``snappy``, ``gzip``, ``none``).
        row_group_size: Rows per row group.

    Returns:
        The number of articles written.

    Raises:
        MissingDependencyError: pyarrow is not installed.
        ParseError: the file cannot be written.
        ValidationError: an item is not an Article.
    """
    pa = _pa()
    pq = _pq()
    codec = _article_codec()
    p = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")
        os.close(fd)
    except OSError as exc:
        raise ParseError(f"cannot write file: {exc.strerror or exc}", source=str(path)) from None
    count = 0
    try:
        with pq.ParquetWriter(tmp, codec.schema, compression=compression) as writer:
            for chunk in _batches(articles, BATCH_SIZE):
                rows = _rows(chunk, codec, count)
                batch = pa.RecordBatch.from_pylist(rows, schema=codec.schema)
                writer.write_batch(batch, row_group_size=row_group_size)
                count += len(chunk)
            if count == 0:
                writer.write_table(codec.schema.empty_table())
        os.replace(tmp, p)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ParseError(f"cannot write file: {exc.strerror or exc}", source=str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def iter_parquet(
    path: str | os.PathLike[str], *, batch_size: int = BATCH_SIZE, allow_naive: bool = False
) -> Iterator[Article]:
    """The articles of a Parquet file, one batch in memory at a time.

    Raises:
        MissingDependencyError: pyarrow is not installed.
        ParseError: the file cannot be read or is not Parquet.
        ValidationError: a row does not fit the model (source ``"<path> row N"``).
    """
    pa = _pa()
    pq = _pq()
    source = str(path)
    try:
        reader = pq.ParquetFile(source)
    except (OSError, pa.ArrowException) as exc:
        raise ParseError(f"cannot read Parquet file: {exc}", source=source) from None
    with reader:
        batches = reader.iter_batches(batch_size=batch_size)
        yield from iter_arrow(_guarded(batches, source, pa), source=source, allow_naive=allow_naive)


def _guarded(batches: Iterator[Any], source: str, pa: Any) -> Iterator[Any]:
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (OSError, pa.ArrowException) as exc:
            raise ParseError(f"cannot read Parquet file: {exc}", source=source) from None
        yield batch


def read_parquet(path: str | os.PathLike[str], *, allow_naive: bool = False) -> list[Article]:
    """All the articles of a Parquet file (see :func:`iter_parquet` for a lazy read).

    Raises:
        MissingDependencyError: pyarrow is not installed.
        ParseError: the file cannot be read or is not Parquet.
        ValidationError: a row does not fit the model (source ``"<path> row N"``).
    """
    return list(iter_parquet(path, allow_naive=allow_naive))
