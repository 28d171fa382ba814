"""The two calls into ``newsmodel.text``: byline names and date lines.

Kept apart so that the format's own rules (which separators split a byline line, which
line is a date line) stay in the reader, and the string helpers can change beneath.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any, Literal

from newsmodel.text.dates import MONTH_NAMES

__all__ = ["DateRead", "byline_kind", "clear_caches", "plain_person", "read_date"]

_ISO_DAY_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_ISO_MOMENT_RE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})?$"
)
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(MONTH_NAMES)}
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


# -- byline kinds ---------------------------------------------------------------------
#
# newsmodel.text.bylines.parse_byline runs some twenty patterns over a name (prefixes,
# separators, roles, dates, e-mail addresses, agencies ...): about 25 us a name, more than
# the rest of reading a whole article line. Most credited names are plain personal names,
# "Birgit Baumann" or "Anne-Marie Slaughter", and for those every one of its rules passes
# them through unchanged and it gives one person. The fast path recognises such a name
# by its shape -- two to four capitalised words of Latin letters, hyphens only inside a
# word -- and by containing no word that any rule of the byline module mentions: the
# vocabulary is collected from the module itself (its word lists, the source of its
# patterns and the string constants in its functions), so that a word added there is
# excluded here too. Anything else goes to parse_byline. tests/test_markdown.py checks
# that both ways agree on the corpus names and on generated names built from that
# vocabulary.

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_PART = f"[{_UPPER}][{_LOWER}]+"
_WORD = f"{_PART}(?:-{_PART})*"
_SIMPLE_NAME_RE = re.compile(f"{_WORD}(?: {_WORD}){{1,3}}")
_TOKEN_RE = re.compile(r"[^\W\d_]+")
_PART_SPLIT_RE = re.compile(r"[ -]")


def _strings(value: object, depth: int = 0) -> list[str]:
    """The strings a module-level value of the byline module holds."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, re.Pattern):
        return [str(value.pattern)]
    if isinstance(value, dict):
        return [x for k, v in value.items() for x in (*_strings(k, depth), *_strings(v, depth))]
    if isinstance(value, (frozenset, set, tuple, list)):
        return [x for v in value for x in _strings(v, depth)]
    code = getattr(value, "__code__", None)
    if code is not None and depth < 3:
        # Function constants but the docstring (prose, not rule data).
        doc = getattr(value, "__doc__", None)
        return [x for c in code.co_consts if c is not doc for x in _strings(c, depth + 1)]
    if type(value).__name__ == "code" and depth < 3:
        return [x for c in value.co_consts for x in _strings(c, depth + 1)]  # type: ignore[attr-defined]
    return []


@lru_cache(maxsize=1)
def _byline_vocabulary() -> frozenset[str] | None:
    """Every word the byline module's rules mention, lower-cased and case-folded."""
    try:
        from newsmodel.text import bylines
    except ImportError:  # pragma: no cover - the helper ships with the package
        return None
    words: set[str] = set()
    for name, value in vars(bylines).items():
        if name.startswith("__") or isinstance(value, type(bylines)):
            continue
        for s in _strings(value):
            for tok in _TOKEN_RE.findall(s):
                words.add(tok.lower())
                words.add(tok.casefold())
    return frozenset(words)


def plain_person(name: str) -> bool:
    """Whether a credited name is a plain personal name that parse_byline leaves alone.

    True only for two to four capitalised words of Latin letters ("Anne-Marie Slaughter")
    none of which the byline module's rules mention (see above).
    """
    if _SIMPLE_NAME_RE.fullmatch(name) is None:
        return False
    vocab = _byline_vocabulary()
    if vocab is None:
        return False
    from newsmodel.text.bylines import _undoubled  # (imported by _byline_vocabulary)

    if _undoubled(name) != name:
        return False  # "Ana LimaAna Lima": taken twice by a scraper (parse_byline reads it once)
    for part in _PART_SPLIT_RE.split(name):
        if part.lower() in vocab or part.casefold() in vocab:
            return False
    return True


def byline_kind(name: str) -> Literal["person", "organization"]:
    """Whether a credited name is a person or an organization (news agencies, publications).

    Plain personal names are a person at once (see ``plain_person``); other names go to
    ``newsmodel.text.bylines.parse_byline`` (cached: the same agencies and authors recur).
    """
    if plain_person(name):
        return "person"
    return _parsed_kind(name)


@lru_cache(maxsize=4096)
def _parsed_kind(name: str) -> Literal["person", "organization"]:
    """The kind parse_byline gives a single name: organization when it reads it as one
    organization (or as organizations only), a person otherwise."""
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


def clear_caches() -> None:
    """Forget every cached answer (benchmarks clear them between rounds)."""
    _parsed_kind.cache_clear()


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


def is_role(text: str) -> bool:
    """Whether a byline piece is only a role or title ("Staff Writer"), not a name."""
    from newsmodel.text.bylines import _is_role, parse_byline

    return _is_role(text) and not parse_byline(text)  # the cheap test first


def lead_dateline(body: list[Any]) -> dict[str, Any] | None:
    """The dateline that opens the first body paragraph, if any, as model data.

    The paragraph keeps its text; the Article gets the structured dateline (``rest`` is
    left out: it is the paragraph's own text).
    """
    from newsmodel.text.datelines import parse_dateline

    for block in body:  # plain dicts, or models for the blocks built as such
        kind = block.get("type") if isinstance(block, dict) else getattr(block, "type", None)
        if kind == "paragraph":
            text = block["text"] if isinstance(block, dict) else block.text
            found = parse_dateline(text)
            if found is None:
                return None
            return found.model_dump(exclude={"rest"})
        if kind != "image":
            return None
    return None
