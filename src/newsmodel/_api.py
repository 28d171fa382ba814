"""loads / dumps / load / dump: one entry point for every format."""

from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path
from typing import Any

from newsmodel.errors import ConversionError, ParseError
from newsmodel.formats import format_for_path, get_format
from newsmodel.models import Article

__all__ = ["LossWarning", "dump", "dumps", "load", "loads", "lost_fields"]


class LossWarning(UserWarning):
    """A conversion wrote an article to a format that cannot carry some of its fields."""


def loads(text: str | bytes, format: str = "json", **options: Any) -> Article:
    """Read an Article from text in the given format.

    Args:
        text: The document (``bytes`` are decoded as UTF-8).
        format: ``"json"``, ``"markdown"``, or another name from ``newsmodel.formats.FORMATS``.
        **options: Format options (``source=`` names the input in error messages;
            ``quotes=True`` fills ``Article.quotes`` with ``extract_quotes``).

    Raises:
        ParseError: the text cannot be read (with line and column).
        ValidationError: what was read does not fit the model (every failure, with its path).
        FormatError: the format is unknown.
    """
    module = get_format(format)
    if isinstance(text, bytes):
        text = _decode(text, options.get("source", "<string>"))
    want_quotes = options.pop("quotes", False)
    article: Article = module.loads(text, **options)
    if want_quotes and not article.quotes:
        from newsmodel.text.quotes import extract_quotes

        article.quotes = extract_quotes(article)
    return article


def lost_fields(article: Article, format: str) -> list[str]:
    """The fields of ``article`` that are set but that ``format`` cannot carry."""
    carries: frozenset[str] = get_format(format).CARRIES
    lost = []
    for name, field in Article.model_fields.items():
        if name in carries:
            continue
        value = getattr(article, name)
        default = field.get_default(call_default_factory=True)
        if value != default:
            lost.append(name)
    return lost


def dumps(article: Article, format: str = "json", *, strict: bool = False, **options: Any) -> str:
    """Write an Article as text in the given format.

    A field the format cannot carry is never dropped silently: it raises
    ``ConversionError`` with ``strict=True`` and warns with ``LossWarning`` otherwise.
    """
    module = get_format(format)
    lost = lost_fields(article, format)
    if lost:
        if strict:
            raise ConversionError(format, lost)
        warnings.warn(
            f"format {format!r} cannot carry {', '.join(lost)}; they are left out",
            LossWarning,
            stacklevel=2,
        )
    text: str = module.dumps(article, **options)
    return text


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise ParseError(
            f"invalid UTF-8 byte {data[exc.start]:#04x}; save the file as UTF-8",
            line=line,
            column=column,
            source=source,
        ) from None


def load(path: str | os.PathLike[str], format: str | None = None, **options: Any) -> Article:
    """Read an Article from a file; the format comes from the file name unless given."""
    p = Path(path)
    fmt = format or format_for_path(p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror}", source=str(p)) from None
    options.setdefault("source", str(p))
    return loads(_decode(data, str(p)), fmt, **options)


def dump(
    article: Article,
    path: str | os.PathLike[str],
    format: str | None = None,
    **options: Any,
) -> None:
    """Write an Article to a file atomically; the format comes from the file name unless given.

    The text goes to a temporary file beside the target, which then replaces it: an error
    never leaves a half-written or missing file.
    """
    p = Path(path)
    fmt = format or format_for_path(p)
    text = dumps(article, fmt, **options)
    write_atomic(p, text)


def write_atomic(path: Path, text: str) -> None:
    """Write text (UTF-8, line ends as given) to path through a temporary file and a rename."""
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
