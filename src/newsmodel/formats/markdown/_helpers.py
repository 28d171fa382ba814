"""The two calls into ``newsmodel.text``: byline names and date lines.

Kept apart so that the format's own rules (which separators split a byline line, which
line is a date line) stay in the reader, and the string helpers can change beneath.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Literal

__all__ = ["DateRead", "byline_kind", "read_date"]

_ISO_DAY_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_ISO_MOMENT_RE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})?$"
)
_MONTH_NUMBER = {
    m: i + 1
    for i, m in enumerate(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    )
}
_MDY_RE = re.compile(r"^([A-Z][a-z]{2,8}) ([0-9]{1,2}), ([0-9]{4})$")
_DMY_RE = re.compile(r"^([0-9]{1,2}) ([A-Z][a-z]{2,8}) ([0-9]{4})$")


def _fast(s: str) -> DateRead | None:
    """The two layouts the canonical writer and most files use, and ISO 8601, read directly.

    Exactly what the full reader gives for them; None for anything else.
    """
    if _ISO_DAY_RE.match(s):
        try:
            return DateRead(dt.date.fromisoformat(s))
        except ValueError:
            return None
    if _ISO_MOMENT_RE.match(s):
        try:
            return _from_value(dt.datetime.fromisoformat(s.replace("Z", "+00:00")))
        except ValueError:
            return None
    m = _MDY_RE.match(s)
    if m:
        month, day, year = _MONTH_NUMBER.get(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _DMY_RE.match(s)
        if not m:
            return None
        month, day, year = _MONTH_NUMBER.get(m.group(2)), int(m.group(1)), int(m.group(3))
    if month is None:
        return None
    try:
        return DateRead(dt.date(year, month, day))
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def byline_kind(name: str) -> Literal["person", "organization"]:
    """Whether a credited name is a person or an organization (news agencies, publications).

    Uses ``newsmodel.text.bylines.parse_byline`` on the single name when it reads it as one
    contributor; a person otherwise.
    """
    try:
        from newsmodel.text.bylines import parse_byline
    except ImportError:  # pragma: no cover - the helper ships with the package
        return "person"
    try:
        found = parse_byline(name)
    except Exception:  # the helper must never break reading a file
        return "person"
    if len(found) == 1 and found[0].kind == "organization":
        return "organization"
    if len(found) > 1 and all(b.kind == "organization" for b in found):
        return "organization"
    return "person"


class DateRead:
    """What a date string gave: a value (a day, or an aware moment) or an error.

    Attributes:
        value: The day or aware datetime, or None.
        naive: A time was given without a zone; ``value`` is then only the day.
        error: Why the text could not be read, or None.
    """

    __slots__ = ("error", "modified", "naive", "value")

    def __init__(
        self,
        value: dt.date | None,
        naive: bool = False,
        error: str | None = None,
        modified: bool = False,
    ):
        self.value = value
        self.naive = naive
        self.error = error
        self.modified = modified


def _from_value(value: object) -> DateRead:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return DateRead(value.date(), naive=True)
        return DateRead(value)
    if isinstance(value, dt.date):
        return DateRead(value)
    return DateRead(None, error="not a date")


def read_date(text: str) -> DateRead:
    """Read a date line: a day stays a day; a time without a zone keeps only the day (flagged).

    Uses ``newsmodel.text.dates.read_date``; without it, a strict reading with
    python-dateutil that never fills in a missing year, month or day.
    """
    s = text.strip()
    quick = _fast(s)
    if quick is not None:
        return quick
    try:
        from newsmodel.text import dates
    except ImportError:  # pragma: no cover - the helper ships with the package
        return _strict(s)
    try:
        got = dates.read_date(s)
    except dates.DateParseError as exc:
        return DateRead(None, error=exc.reason)
    except Exception as exc:  # the helper must never break reading a file
        return DateRead(None, error=str(exc) or "unreadable date")
    modified = got.kind == "modified"
    if got.naive_time:
        value = got.value.date() if isinstance(got.value, dt.datetime) else got.value
        return DateRead(value, naive=True, modified=modified)
    out = _from_value(got.value)
    out.modified = modified
    return out


_UPDATED_RE = re.compile(r"Updated(?::|\s)\s*", re.IGNORECASE)


def _strict(s: str) -> DateRead:
    m = _UPDATED_RE.match(s)
    if m:
        got = _strict(s[m.end() :])
        got.modified = True
        return got
    if _ISO_DAY_RE.match(s):
        try:
            return DateRead(dt.date.fromisoformat(s))
        except ValueError as exc:
            return DateRead(None, error=str(exc))
    try:
        return _from_value(dt.datetime.fromisoformat(s.replace("Z", "+00:00")))
    except ValueError:
        pass
    from dateutil import parser

    a = dt.datetime(2001, 1, 1, 0, 0, 0)  # noqa: DTZ001 - defaults to detect missing parts
    b = dt.datetime(2002, 2, 2, 1, 1, 1)  # noqa: DTZ001
    try:
        ra = parser.parse(s, default=a)
        rb = parser.parse(s, default=b)
    except (ValueError, OverflowError, TypeError, IndexError, KeyError) as exc:
        return DateRead(None, error=str(exc) or "unreadable date")
    if (ra.year, ra.month, ra.day) != (rb.year, rb.month, rb.day):
        return DateRead(None, error="the date lacks a year, month or day")
    if (ra.hour, ra.minute) != (rb.hour, rb.minute):
        return DateRead(ra.date())
    return _from_value(ra)
