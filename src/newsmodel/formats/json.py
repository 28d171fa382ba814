"""The newsmodel JSON format: the model's own fields, ISO 8601 dates, a schema_version.

Keys come in the order the model declares them, null stays null, a day is written as
``2021-07-28`` and a moment as ``2021-07-28T10:00:00+02:00``. ``loads(dumps(a)) == a``.
"""

from __future__ import annotations

import re
from typing import Any

import pydantic

from newsmodel._api import check_finite, parse_json
from newsmodel._validate import translate
from newsmodel.errors import ErrorDetail, ParseError, ValidationError
from newsmodel.models import Article

__all__ = ["CARRIES", "dumps", "loads"]

CARRIES: frozenset[str] = frozenset(Article.model_fields)
"""Every field of the model."""

_ALLOW_NAIVE = {"allow_naive": True}
_JSON_POS = re.compile(r"at line (\d+) column (\d+)")


def loads(text: str | bytes, *, source: str = "<string>", **options: Any) -> Article:
    """Read an Article from newsmodel JSON.

    A leading byte order mark is skipped. The JSON is read strictly: a key given twice in
    one object, ``NaN``/``Infinity`` and nesting deeper than the parser allows are errors.
    The duplicate-key check parses the text a second time; ``check_duplicates=False``
    skips it for trusted input (such as files newsmodel wrote itself) and halves load time.

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
    try:
        article = Article.model_validate_json(text, context=context)
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False)
        if errors and errors[0]["type"] == "json_invalid":
            msg = str(errors[0].get("ctx", {}).get("error", errors[0]["msg"]))
            m = _JSON_POS.search(msg)
            line, col = (int(m.group(1)), max(1, int(m.group(2)))) if m else (1, 1)
            raise ParseError(f"invalid JSON: {msg}", line=line, column=col, source=source) from None
        if errors and errors[0]["type"] == "model_type":
            raise ValidationError(
                [ErrorDetail("$", "expected a JSON object holding an article", "model_type")],
                source=source,
            ) from None
        raise translate(exc, source=source) from None
    # pydantic keeps the last of duplicate keys and reads NaN: check the text strictly.
    # (Only valid JSON gets here, so this second parse is the only extra cost; about as
    # much again as the load. check_duplicates=False skips it for trusted input.)
    if not options or options.get("check_duplicates", True):
        parse_json(text if isinstance(text, str) else text.decode("utf-8", "replace"), source=source)
    check_finite(article, source=source)
    return article


def dumps(article: Article, *, indent: int | None = 2, **options: Any) -> str:
    """Write an Article as newsmodel JSON (UTF-8 text, keys in model order)."""
    return article.model_dump_json(indent=indent) + ("\n" if indent is not None else "")
