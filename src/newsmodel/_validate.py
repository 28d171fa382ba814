"""Turning pydantic's validation errors into newsmodel's, with JSON paths."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pydantic

from newsmodel.errors import ErrorDetail, ValidationError
from newsmodel.models import Article

__all__ = ["json_path", "translate", "validate_article"]


def json_path(loc: Sequence[int | str]) -> str:
    """``('bylines', 1, 'name')`` -> ``$.bylines[1].name``."""
    out = ["$"]
    for part in loc:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif part.isidentifier():
            out.append(f".{part}")
        else:
            out.append(f"[{part!r}]")
    return "".join(out)


def _parse_loc(text: str) -> list[int | str]:
    """``'body[3].image'`` -> ``['body', 3, 'image']``."""
    loc: list[int | str] = []
    for piece in text.split("."):
        name, _, rest = piece.partition("[")
        if name:
            loc.append(name)
        while rest:
            idx, _, rest = rest.partition("]")
            loc.append(int(idx))
            rest = rest.lstrip("[")
    return loc


def translate(exc: pydantic.ValidationError, *, source: str = "<string>") -> ValidationError:
    """Every failure of a pydantic ValidationError as an ErrorDetail with a JSON path."""
    details: list[ErrorDetail] = []
    for err in exc.errors(include_url=False):
        loc = _strip_tags(err["loc"])
        ctx: dict[str, Any] = err.get("ctx") or {}
        if err["type"] == "cross_field" and "problems" in ctx:
            for sub, msg in ctx["problems"]:
                details.append(ErrorDetail(json_path([*loc, *_parse_loc(sub)]), msg, "cross_field"))
            continue
        message = err["msg"]
        if err["type"] == "extra_forbidden":
            message = "unknown field; correct its name or keep it under 'extra'"
        elif err["type"] == "missing":
            message = "field required"
        details.append(ErrorDetail(json_path(loc), message, err["type"]))
    return ValidationError(details, source=source)


_TAGS = frozenset({"paragraph", "heading", "image", "related", "blockquote", "list", "raw"})


def _strip_tags(loc: Sequence[int | str]) -> list[int | str]:
    # pydantic puts the discriminator value of a tagged union after the index: body[3].paragraph.text
    out: list[int | str] = []
    for i, part in enumerate(loc):
        if i >= 2 and loc[i - 2] == "body" and isinstance(loc[i - 1], int) and part in _TAGS:
            continue
        out.append(part)
    return out


def validate_article(
    data: Any, *, source: str = "<string>", context: dict[str, Any] | None = None
) -> Article:
    """Validate plain data into an Article, raising newsmodel.ValidationError with every failure."""
    try:
        return Article.model_validate(data, context=context)
    except pydantic.ValidationError as exc:
        raise translate(exc, source=source) from None
