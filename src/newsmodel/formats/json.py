"""The newsmodel JSON format: the model's own fields, ISO 8601 dates, a schema_version.

Keys come in the order the model declares them, null stays null, a day is written as
``2021-07-28`` and a moment as ``2021-07-28T10:00:00+02:00``. ``loads(dumps(a)) == a``.
"""

from __future__ import annotations

import re
from typing import Any

import jiter
import pydantic

from newsmodel._api import check_finite, decode_utf8, parse_json
from newsmodel._validate import translate
from newsmodel.errors import ErrorDetail, ParseError, ValidationError
from newsmodel.models import Article

__all__ = ["CARRIES", "dumps", "loads"]

CARRIES: frozenset[str] = frozenset(Article.model_fields)
"""Every field of the model."""

READS_BYTES = True
"""``loads`` takes a file's bytes as they are (``newsmodel.loads`` need not decode them)."""

_ALLOW_NAIVE = {"allow_naive": True}
_JSON_POS = re.compile(r"at line (\d+) column (\d+)")


def loads(text: str | bytes, *, source: str = "<string>", **options: Any) -> Article:
    """Read an Article from newsmodel JSON.

    A leading byte order mark is skipped. The JSON is read strictly: a key given twice in
    one object, ``NaN``/``Infinity`` and nesting deeper than the parser allows are errors.
    ``check_duplicates=False`` validates the text directly without looking for duplicate
    keys (about a third faster; for trusted input such as files newsmodel wrote itself).

    Raises:
        ParseError: the text is not (strict) JSON (with line and column).
        ValidationError: the JSON does not fit the model (every failure, with its JSON path).
    """
    context = _ALLOW_NAIVE if options and options.get("allow_naive") else None
    if isinstance(text, bytes):
        if text.startswith(b"\xef\xbb\xbf"):
            text = text[3:]
    elif text.startswith("\ufeff"):
        text = text[1:]
    if options and options.get("check_duplicates", True) is False:
        article = _validate_text(text, context, source)
        check_finite(article, source=source)
        return article
    # One strict parse (jiter, the parser inside pydantic-core, with its duplicate-key
    # check), then validation of the Python objects. Validating the JSON text directly is
    # faster by itself, but pydantic keeps the last of duplicate keys, and a second parse
    # just to look for them doubled the load time. Any failure goes to the located parser
    # in _api.parse_json, which says where and what.
    # Bytes (a file's content) go to jiter as they are; it checks the UTF-8 itself, and the
    # text is decoded only when an error must be located.
    raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    try:
        data = jiter.from_json(raw, allow_inf_nan=False, catch_duplicate_keys=True)
    except ValueError as exc:
        data = _parse_failure(raw, _decode(text, source), exc, source)
    try:
        article = Article.model_validate(data, context=context)
        check_finite(article, source=source)
    except pydantic.ValidationError as exc:
        parse_json(_decode(text, source), source=source)  # a number too large for a float is a ParseError
        if not isinstance(data, dict):
            raise ValidationError(
                [ErrorDetail("$", "expected a JSON object holding an article", "model_type")],
                source=source,
            ) from None
        raise translate(exc, source=source) from None
    except ValidationError:
        parse_json(_decode(text, source), source=source)
        raise
    return article


def _decode(text: str | bytes, source: str) -> str:
    return text if isinstance(text, str) else decode_utf8(text, source)


def _parse_failure(raw: bytes, text: str, exc: ValueError, source: str) -> Any:
    """Raise the located ParseError for a text jiter refused."""
    msg = str(exc)
    if not msg.startswith("Detected duplicate key"):
        try:
            jiter.from_json(raw)  # NaN or Infinity: parse_json names the token
        except ValueError:
            raise _located(msg, raw, source) from None
    # duplicate key (parse_json also says where the first one is), NaN or Infinity
    return parse_json(text, source=source)


def _located(msg: str, raw: bytes, source: str) -> ParseError:
    """A ParseError from a message of jiter's ("... at line 3 column 20").

    jiter counts columns in bytes of UTF-8; a ParseError's column counts characters, as
    every other reader's does, so the bytes before the column on that line are decoded.
    """
    m = _JSON_POS.search(msg)
    if m is None:
        return ParseError(f"invalid JSON: {msg}", line=1, column=1, source=source)
    line, byte_col = int(m.group(1)), max(1, int(m.group(2)))
    start = 0
    for _ in range(line - 1):
        start = raw.find(b"\n", start) + 1
        if start == 0:
            break
    column = len(raw[start : start + byte_col - 1].decode("utf-8", "replace")) + 1
    return ParseError(f"invalid JSON: {msg[: m.start()].rstrip()}", line=line, column=column, source=source)


def _validate_text(text: str | bytes, context: dict[str, bool] | None, source: str) -> Article:
    """Validate the JSON text directly (no duplicate-key check)."""
    try:
        return Article.model_validate_json(text, context=context)
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False)
        if errors and errors[0]["type"] == "json_invalid":
            msg = str(errors[0].get("ctx", {}).get("error", errors[0]["msg"]))
            raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
            raise _located(msg, raw, source) from None
        if errors and errors[0]["type"] == "model_type":
            raise ValidationError(
                [ErrorDetail("$", "expected a JSON object holding an article", "model_type")],
                source=source,
            ) from None
        raise translate(exc, source=source) from None


def dumps(article: Article, *, indent: int | None = 2, **options: Any) -> str:
    """Write an Article as newsmodel JSON (UTF-8 text, keys in model order)."""
    return article.model_dump_json(indent=indent) + ("\n" if indent is not None else "")
