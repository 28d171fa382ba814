"""JSON Lines: many articles in one file, one newsmodel JSON document per line.

Reading and writing run in constant memory, whatever the size of the file::

    import newsmodel as nm

    for article in nm.iter_load("corpus.jsonl.gz"):
        ...
    nm.dump_many(articles, "out.jsonl")      # returns the number of articles written

A file whose name ends in ``.gz`` is gzip-compressed. Each line is one article in the
compact newsmodel JSON format (see :mod:`newsmodel.formats.json`); blank lines are
skipped. Every error names the file and the line: a line that is not JSON raises
:class:`~newsmodel.errors.ParseError` with its line and column, a line that does not fit
the model raises :class:`~newsmodel.errors.ValidationError` whose source is
``file.jsonl:LINE`` and whose failures carry that line and, where the JSON path can be
found in the line, the column.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import os
import re
import tempfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import IO, TYPE_CHECKING

from newsmodel.errors import ErrorDetail, ParseError, ValidationError
from newsmodel.formats import json as json_format
from newsmodel.models import Article

if TYPE_CHECKING:
    from newsmodel.findings import Finding
    from newsmodel.validation import Locator

__all__ = [
    "STREAM_SUFFIXES",
    "binary_lines",
    "check_lines",
    "check_stream",
    "dump_many",
    "dumps_line",
    "is_stream_path",
    "iter_load",
    "iter_loads",
]

STREAM_SUFFIXES: tuple[str, ...] = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
"""File name endings read and written as JSON Lines (``.gz``: gzip-compressed)."""

_GZIP_MAGIC = b"\x1f\x8b"
_JSON_AT = re.compile(r" at line \d+ column \d+")
_FIRST_AT = re.compile(r"first at line \d+, column (\d+)")


def is_stream_path(path: str | os.PathLike[str]) -> bool:
    """True when the file name says JSON Lines: ``.jsonl``, ``.jsonl.gz``, ``.ndjson(.gz)``."""
    name = PurePath(path).name.lower()
    return name.endswith(STREAM_SUFFIXES)


def _is_gzip_name(path: str | os.PathLike[str]) -> bool:
    return PurePath(path).name.lower().endswith(".gz")


def dumps_line(article: Article) -> str:
    """One article as one line of JSON Lines (compact newsmodel JSON and a ``\\n``)."""
    return article.model_dump_json() + "\n"


# ----------------------------------------------------------------------------- reading


def _load_line(text: str, lineno: int, source: str, allow_naive: bool) -> Article:
    """Read one line; errors carry the file line."""
    try:
        return json_format.loads(text, source=source, allow_naive=allow_naive)
    except ParseError as exc:
        # The line is one JSON document, so its own line is 1 and the column stands;
        # the position pydantic writes into the message would name line 1: drop it.
        message = _FIRST_AT.sub(r"first at column \1", _JSON_AT.sub("", exc.message))
        raise ParseError(message, line=lineno, column=exc.column, source=source) from None
    except ValidationError as exc:
        raise _at_line(exc, text, lineno, source) from None


def _at_line(exc: ValidationError, text: str, lineno: int, source: str) -> ValidationError:
    locate = _locator(text)
    details = []
    for d in exc.errors:
        column = None
        if locate is not None:
            where = locate(d.path)
            if where is not None:
                column = where[1]
        details.append(dataclasses.replace(d, line=lineno, column=column))
    return ValidationError(details, source=f"{source}:{lineno}")


def _locator(text: str) -> Locator | None:
    # The JSON path -> (line, column) scanner of the validation module, when present;
    # it is only needed on the error path.
    try:
        from newsmodel.validation import json_locator
    except ImportError:  # pragma: no cover - validation is part of the package
        return None
    try:
        return json_locator(text)
    except Exception:  # pragma: no cover - a locator failure must not hide the real error
        return None


def iter_loads(
    lines: Iterable[str | bytes] | str | bytes,
    *,
    source: str = "<stream>",
    first_line: int = 1,
    allow_naive: bool = False,
) -> Iterator[Article]:
    """Read articles from JSON Lines text, one per non-blank line, lazily.

    Args:
        lines: An iterable of lines (``str`` or UTF-8 ``bytes``, with or without their
            line ends), such as an open file; or a whole ``str``/``bytes``, split on ``\\n``
            only (a U+2028 inside a JSON string is not a line end).
        source: The name used in errors.
        first_line: The line number of the first line (for a slice of a larger file).
        allow_naive: Accept datetimes without a zone (they are refused otherwise).

    Yields:
        One Article per non-blank line, in order.

    Raises:
        ParseError: a line is not UTF-8 or not JSON (with the line and column).
        ValidationError: a line does not fit the model (source ``name:LINE``).
    """
    if isinstance(lines, str | bytes):
        lines = lines.split("\n") if isinstance(lines, str) else lines.split(b"\n")
    for lineno, raw in enumerate(lines, start=first_line):
        text = _decode_line(raw, lineno, source) if isinstance(raw, bytes) else raw
        if lineno == 1 and text.startswith("\ufeff"):
            text = text[1:]
        if not text.strip():
            continue
        yield _load_line(text, lineno, source, allow_naive)


def _decode_line(raw: bytes, lineno: int, source: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"invalid UTF-8 byte {raw[exc.start]:#04x}; the file must be UTF-8",
            line=lineno,
            column=len(raw[: exc.start].decode("utf-8", "replace")) + 1,  # in characters
            source=source,
        ) from None


def _open_read(path: Path, source: str) -> io.BufferedIOBase:
    try:
        fh = path.open("rb")
        head = fh.peek(2)[:2]
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}", source=source) from None
    if head == _GZIP_MAGIC:
        fh.close()
        try:
            return gzip.GzipFile(path, mode="rb")  # owns and closes its file
        except OSError as exc:
            raise ParseError(f"cannot read file: {exc.strerror or exc}", source=source) from None
    if _is_gzip_name(path) and head:
        fh.close()
        raise ParseError("the file name ends in .gz but the file is not gzip data", source=source)
    return fh


def _lines(fh: io.BufferedIOBase | IO[bytes], source: str) -> Iterator[bytes]:
    lineno = 0
    while True:
        try:
            raw = fh.readline()
        except (OSError, EOFError, zlib.error) as exc:
            raise ParseError(
                f"cannot read compressed data: {exc}", line=lineno + 1, source=source
            ) from None
        if not raw:
            return
        lineno += 1
        yield raw


def iter_load(
    path: str | os.PathLike[str], *, allow_naive: bool = False
) -> Iterator[Article]:
    """Read the articles of a JSON Lines file one by one, in constant memory.

    A gzip file (``.jsonl.gz``, or any file that starts with the gzip magic bytes) is
    decompressed on the fly. The file stays open until the iterator is exhausted or closed.

    Args:
        path: A ``.jsonl`` or ``.jsonl.gz`` file.
        allow_naive: Accept datetimes without a zone.

    Yields:
        One Article per non-blank line.

    Raises:
        ParseError: the file cannot be read, or a line is not UTF-8 or not JSON
            (with the line and column).
        ValidationError: a line does not fit the model (source ``path:LINE``, every
            failure with the line).
    """
    p = Path(path)
    source = str(path)
    fh = _open_read(p, source)
    with fh:
        yield from iter_loads(_lines(fh, source), source=source, allow_naive=allow_naive)


# ----------------------------------------------------------------------------- writing


def dump_many(
    articles: Iterable[Article],
    path: str | os.PathLike[str],
    *,
    compresslevel: int = 6,
) -> int:
    """Write articles to a JSON Lines file, one per line, in constant memory.

    The lines go to a temporary file beside the target, which replaces it at the end:
    an error (or an exception raised by the ``articles`` iterable) never leaves a
    half-written file. A name ending in ``.gz`` is written gzip-compressed.

    Args:
        articles: Any iterable of Articles (a generator is consumed once).
        path: The file to write.
        compresslevel: The gzip level (1 fast ... 9 small) for ``.gz`` files.

    Returns:
        The number of articles written.

    Raises:
        ParseError: the file cannot be written (the message says why).
        ValidationError: an item is not an Article (its index is the path).
    """
    p = Path(path)
    source = str(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")
    except OSError as exc:
        raise ParseError(f"cannot write file: {exc.strerror or exc}", source=source) from None
    count = 0
    try:
        with os.fdopen(fd, "wb") as raw:
            out: io.BufferedIOBase = raw
            if _is_gzip_name(p):
                out = gzip.GzipFile(
                    filename=p.name[:-3], mode="wb", fileobj=raw,
                    compresslevel=compresslevel, mtime=0,
                )
            for article in articles:
                if not isinstance(article, Article):
                    raise ValidationError(
                        [ErrorDetail(f"$[{count}]",
                                     f"expected an Article, got {type(article).__name__}",
                                     "model_type")],
                        source=source,
                    )
                out.write(article.model_dump_json().encode("utf-8"))
                out.write(b"\n")
                count += 1
            if out is not raw:
                out.close()  # writes the gzip trailer; leaves raw open
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, p)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ParseError(f"cannot write file: {exc.strerror or exc}", source=source) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


# ----------------------------------------------------------------------------- checking


def check_stream(
    path: str | os.PathLike[str],
    *,
    rules: frozenset[str] | None = None,
    source: str | None = None,
) -> Iterator[Finding]:
    """Validate every line of a JSON Lines file; findings carry the file line.

    Each line is checked as a newsmodel JSON document by
    :func:`newsmodel.validation.check_text`; a finding's ``line`` is the line in the
    file, its ``column`` the column in that line, its ``path`` the JSON path inside that
    line's article. A line that cannot be decoded gives an ``NM005`` finding; the file
    goes on being checked after a bad line.

    Args:
        path: A ``.jsonl`` or ``.jsonl.gz`` file.
        rules: The rule codes to report (default: all but opt-in ones).
        source: The name used in findings (default: the path as given).

    Raises:
        ParseError: the file cannot be opened, or its compressed data is corrupt.
    """
    name = source if source is not None else str(path)
    fh = _open_read(Path(path), name)
    with fh:
        yield from check_lines(_lines(fh, name), source=name, rules=rules)


def check_lines(
    lines: Iterable[bytes | str], *, source: str = "<stream>", rules: frozenset[str] | None = None
) -> Iterator[Finding]:
    """Validate JSON Lines given as lines (``bytes`` or ``str``); see :func:`check_stream`."""
    from newsmodel.findings import Finding
    from newsmodel.validation import check_text

    for lineno, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                text = _decode_line(raw, lineno, source)
            except ParseError as exc:
                f = Finding.of("NM005", exc.message, line=lineno, column=exc.column, source=source)
                if rules is None or f.code in rules:
                    yield f
                continue
        else:
            text = raw
        if lineno == 1 and text.startswith("\ufeff"):
            text = text[1:]
        if not text.strip():
            continue
        for f in check_text(text, format="json", source=source, rules=rules):
            yield dataclasses.replace(f, line=lineno, source=source)


def binary_lines(fh: io.BufferedIOBase | IO[bytes], *, source: str, gzipped: bool | None = None) -> Iterator[bytes]:
    """The lines of a binary file object, gunzipped when ``gzipped`` (or, if None, when it starts with the gzip magic).

    Read errors (a truncated or corrupt gzip stream) raise ParseError with the line reached.
    """
    if gzipped is None:
        peek = getattr(fh, "peek", None)
        gzipped = callable(peek) and bytes(peek(2))[:2] == _GZIP_MAGIC
    if gzipped:
        fh = gzip.GzipFile(fileobj=fh, mode="rb")
    yield from _lines(fh, source)
