"""loads / dumps / load / dump: one entry point for every format."""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
import warnings
from pathlib import Path
from typing import Any

from newsmodel._gc import gc_paused
from newsmodel.errors import ConversionError, ErrorDetail, ParseError, ValidationError
from newsmodel.formats import format_for_path, get_format
from newsmodel.models import Article

__all__ = [
    "LossWarning",
    "check_finite",
    "dump",
    "dumps",
    "load",
    "loads",
    "lost_fields",
    "parse_json",
]


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
    if isinstance(text, bytes) and not getattr(module, "READS_BYTES", False):
        text = decode_utf8(text, options.get("source", "<string>"))
    want_quotes = options.pop("quotes", False)
    try:
        with gc_paused(len(text)):  # linear time on huge inputs (see newsmodel._gc)
            article: Article = module.loads(text, **options)
    except RecursionError:
        # A last guard: whatever a reader recurses over, too deep a nesting is bad input.
        line, column = nesting_position(
            text if isinstance(text, str) else text.decode("utf-8", "replace")
        )
        raise ParseError(
            "the input is nested too deeply to be read", line=line, column=column,
            source=options.get("source", "<string>"),
        ) from None
    check_finite(article, source=options.get("source", "<string>"))
    if want_quotes and not article.quotes:
        from newsmodel.text.quotes import extract_quotes

        article.quotes = extract_quotes(article)
    return article


def check_finite(article: Article, *, source: str = "<string>") -> None:
    """Refuse ``NaN`` and infinite numbers in ``Article.extra``: JSON cannot write them.

    Without this check they would be written as ``null`` (newsmodel JSON) or as the
    non-standard ``NaN`` token, and the value would be lost on the next read.

    Raises:
        ValidationError: a non-finite number, with its JSON path.
    """
    if not article.extra:
        return
    bad: list[ErrorDetail] = []
    todo: list[tuple[str, Any]] = [("$.extra", article.extra)]
    while todo:
        path, value = todo.pop()
        if isinstance(value, float) and not math.isfinite(value):
            bad.append(ErrorDetail(path, f"{value!r} is not a JSON number; give a finite number or a string", "not_finite"))
        elif isinstance(value, dict):
            todo.extend((f"{path}[{k!r}]" if not str(k).isidentifier() else f"{path}.{k}", v) for k, v in value.items())
        elif isinstance(value, list):
            todo.extend((f"{path}[{i}]", v) for i, v in enumerate(value))
    if bad:
        raise ValidationError(sorted(bad, key=lambda d: d.path), source=source)


def lost_fields(article: Article, format: str) -> list[str]:
    """The fields of ``article`` that are set but that ``format`` cannot carry."""
    module = get_format(format)
    carries: frozenset[str] = module.CARRIES
    derives: frozenset[str] = getattr(module, "DERIVES", frozenset())
    lost = []
    for name, field in Article.model_fields.items():
        if name in carries:
            continue
        value = getattr(article, name)
        default = field.get_default(call_default_factory=True)
        if value == default:
            continue
        if name in derives and value == module.derive(article, name):
            continue  # the format does not write it, but reading derives the same value
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
    if not strict:
        text: str = module.dumps(article, **options)
        return text
    # Under strict=True a loss the format module finds inside a field (inline marks in
    # plain text, a part of a byline...) fails too, instead of only warning.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LossWarning)
        text = module.dumps(article, **options)
    losses = [str(w.message) for w in caught if issubclass(w.category, LossWarning)]
    if losses:
        raise ConversionError(format, losses)
    for w in caught:
        warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return text


# --------------------------------------------------------------------------- JSON text


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


def _no_constant(name: str) -> Any:
    raise _NotJson(name)


class _NotJson(ValueError):
    def __init__(self, token: str) -> None:
        super().__init__(token)
        self.token = token


def parse_json(text: str, *, source: str = "<string>") -> Any:
    """Parse a JSON text strictly: every failure is a ParseError with line and column.

    Stricter than ``json.loads``: a key given twice in one object is an error (never
    silently the last one), ``NaN``/``Infinity`` and numbers too large for a float are
    errors, a nesting too deep for the parser is an error (not a RecursionError), and a
    leading byte order mark is skipped.

    Raises:
        ParseError: the text is not strict JSON (with line and column).
    """
    body = text[1:] if text.startswith("\ufeff") else text
    shift = len(text) - len(body)
    try:
        return json.loads(
            body, object_pairs_hook=_unique_pairs, parse_constant=_no_constant,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno + (shift if exc.lineno == 1 else 0),
            source=source,
        ) from None
    except _DuplicateKey as exc:
        where = find_duplicate_key(text, exc.key)
        first = f" (first at line {where[2]}, column {where[3]})" if where else ""
        line, column = (where[0], where[1]) if where else (None, None)
        raise ParseError(
            f"duplicate key {exc.key!r} in one JSON object{first}; "
            "a key must appear once (which value is meant cannot be told)",
            line=line, column=column, source=source,
        ) from None
    except _NotJson as exc:
        line, column = _position(text, _token_offset(text, exc.token))
        raise ParseError(
            f"invalid JSON: {exc.token} is not a JSON number", line=line, column=column, source=source
        ) from None
    except RecursionError:
        line, column = nesting_position(text)
        raise ParseError(
            "invalid JSON: nested too deeply to be read", line=line, column=column, source=source
        ) from None
    except ValueError as exc:  # an integer longer than Python's int digits limit
        m = re.search(r"\d{4300,}", text)
        line, column = _position(text, m.start() if m else None)
        raise ParseError(f"invalid JSON: {exc}", line=line, column=column, source=source) from None


def _finite_float(token: str) -> float:
    value = float(token)
    if math.isinf(value):
        raise _NotJson(token)
    return value


def _position(text: str, offset: int | None) -> tuple[int | None, int | None]:
    if offset is None:
        return None, None
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _token_offset(text: str, token: str) -> int | None:
    """Offset of the first bare (not quoted) ``token`` in a JSON text."""
    for m in _TOKENS.finditer(text):
        t = m.group()
        if t == token or (t[:1] not in '"{}[]:,' and _same_number(t, token)):
            return m.start()
    return None


def _same_number(a: str, b: str) -> bool:
    try:
        return float(a) == float(b)
    except ValueError:
        return False


# A string (an unterminated one runs to the end, so no start is scanned twice), a
# structural character, or a bare token.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*(?:"|\\?\Z)|[{}\[\]:,]|[^\s"{}\[\]:,]+')


def find_duplicate_key(text: str, key: str) -> tuple[int, int, int, int] | None:
    """Where ``key`` is given a second time in one JSON object, and where it was first given.

    Returns:
        ``(line, column, first_line, first_column)``, 1-based, or ``None`` if not found.
    """
    stack: list[dict[str, int] | None] = []
    last: tuple[str, int] | None = None
    for m in _TOKENS.finditer(text):
        t = m.group()
        if t == "{":
            stack.append({})
        elif t == "[":
            stack.append(None)
        elif t in ("}", "]"):
            if stack:
                stack.pop()
        elif t == ":":
            keys = stack[-1] if stack else None
            if last is not None and keys is not None:
                name, at = last
                if name in keys and name == key:
                    line, column = _position(text, at)
                    first_line, first_column = _position(text, keys[name])
                    if line and column and first_line and first_column:
                        return line, column, first_line, first_column
                keys.setdefault(name, at)
        if t.startswith('"'):
            try:
                last = (str(json.loads(t)), m.start())
            except ValueError:
                last = (t[1:-1], m.start())
        elif t != ":":
            last = None
    return None


def nesting_position(text: str) -> tuple[int | None, int | None]:
    """Line and column where the bracket nesting of a text (JSON, YAML flow) is deepest."""
    depth = best = 0
    at: int | None = None
    for m in _TOKENS.finditer(text):
        c = m.group()
        if c in ("{", "["):
            depth += 1
            if depth > best:
                best, at = depth, m.start()
        elif c in ("}", "]"):
            depth -= 1
    if at is None:
        return 1, 1
    return _position(text, at)


def decode_utf8(data: bytes, source: str) -> str:
    """Decode a file's bytes as UTF-8; a bad byte is a ParseError with line and column."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        # the column in characters, as everywhere: decode what comes before on the line
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
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
    return loads(data, fmt, **options)


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
    """Write text (UTF-8, line ends as given) to path through a temporary file and a rename.

    The target is replaced only once the whole text is on disk: an error leaves it as it
    was. A symbolic link is followed (the file it points to is replaced, the link stays),
    and a replaced file keeps its permission bits (a new one gets the umask's).
    """
    path = Path(os.path.realpath(path))
    try:
        mode: int | None = path.stat().st_mode & 0o7777
    except OSError:
        mode = None
    fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
