"""Field types shared by the models: publication dates and URL references."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

__all__ = ["DATETIME_PATTERN", "DATE_PATTERN", "PublicationDate", "iso"]

DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)$"
)

_NAIVE_HINT = (
    "datetime {value} has no time zone; add an offset such as '+00:00' "
    "(or give only the day if the time is unknown)"
)


def _allow_naive(info: ValidationInfo | None) -> bool:
    ctx = info.context if info is not None else None
    return bool(isinstance(ctx, dict) and ctx.get("allow_naive"))


def _check_datetime(value: dt.datetime, info: ValidationInfo | None) -> dt.datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        if _allow_naive(info):
            return value
        raise PydanticCustomError("naive_datetime", _NAIVE_HINT, {"value": value.isoformat()})
    return value


def _validate_publication_date(value: Any, info: ValidationInfo) -> dt.date:
    # datetime is a subclass of date: test it first.
    if isinstance(value, dt.datetime):
        return _check_datetime(value, info)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text)
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            raise PydanticCustomError(
                "date_format",
                "expected an ISO 8601 day ('2021-07-28') or a moment with an offset "
                "('2021-07-28T10:00:00+00:00'), got {value!r}",
                {"value": value},
            ) from None
        return _check_datetime(parsed, info)
    raise PydanticCustomError(
        "date_type",
        "expected an ISO 8601 date string, a datetime.date or an aware datetime.datetime, "
        "got {type}",
        {"type": type(value).__name__},
    )


def iso(value: dt.date) -> str:
    """ISO 8601 text of a day (``2021-07-28``) or a moment (``2021-07-28T10:00:00+02:00``)."""
    return value.isoformat()


PublicationDate = Annotated[
    dt.date,
    PlainValidator(_validate_publication_date),
    PlainSerializer(iso, when_used="json"),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date", "pattern": DATE_PATTERN},
                {"type": "string", "format": "date-time", "pattern": DATETIME_PATTERN},
            ]
        }
    ),
]
"""A day (``datetime.date``) or a moment with a zone (aware ``datetime.datetime``).

A day stays a day: ``2021-07-28`` is read as a ``date``, never as midnight. A datetime
without a zone is refused unless validation runs with ``context={"allow_naive": True}``.
"""
