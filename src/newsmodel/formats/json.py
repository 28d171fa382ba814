"""The newsmodel JSON format: the model's own fields, ISO 8601 dates, a schema_version.

Keys come in the order the model declares them, null stays null, a day is written as
``2021-07-28`` and a moment as ``2021-07-28T10:00:00+02:00``. ``loads(dumps(a)) == a``.
"""

from __future__ import annotations

import re
from typing import Any

import pydantic

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

    Raises:
        ParseError: the text is not JSON (with line and column).
        ValidationError: the JSON does not fit the model (every failure, with its JSON path).
    """
    context = _ALLOW_NAIVE if options and options.get("allow_naive") else None
    try:
        return Article.model_validate_json(text, context=context)
    except pydantic.ValidationError as exc:
        errors = exc.errors(include_url=False)
        if errors and errors[0]["type"] == "json_invalid":
            msg = str(errors[0].get("ctx", {}).get("error", errors[0]["msg"]))
            m = _JSON_POS.search(msg)
            line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
            raise ParseError(f"invalid JSON: {msg}", line=line, column=col, source=source) from None
        if errors and errors[0]["type"] == "model_type":
            raise ValidationError(
                [ErrorDetail("$", "expected a JSON object holding an article", "model_type")],
                source=source,
            ) from None
        raise translate(exc, source=source) from None


def dumps(article: Article, *, indent: int | None = 2, **options: Any) -> str:
    """Write an Article as newsmodel JSON (UTF-8 text, keys in model order)."""
    return article.model_dump_json(indent=indent) + ("\n" if indent is not None else "")
