"""The source record a parsed article keeps for byte-exact and minimal-diff writing."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from newsmodel.models import Caption, Heading, Image, ImageBlock, Paragraph, RelatedLink

__all__ = ["Part", "RawPart", "SourceRecord", "snapshot"]


@dataclass(slots=True)
class Part:
    """One part of the file: its span in the source and the value it was read into.

    Attributes:
        key: What the part is: ``title``, ``byline``, ``date``, ``updated``, ``lead``,
            ``block``, ``footer``; inside parts: ``image``, ``caption``, ``label``, ``url``.
        start: Offset of the part's first character in the source.
        end: Offset just past its last character (line end of the last line excluded).
        value: The value the part was read into; writing reuses the source text while
            the article still holds this value.
        subs: Inner parts (an image line and its caption; the footer label and URL).
    """

    key: str
    start: int
    end: int
    value: Any
    subs: list[Part] = field(default_factory=list)


RawPart = tuple[str, int, int, Any, "list[RawPart] | None"] | tuple[str, int, int, str]
"""A part as the reader records it: (key, start, end, value, inner parts or None), with
offsets into the reader's normalized text (``\\n`` line ends); or, for a plain paragraph,
the scanner's block ``("plain", start, end, text)`` itself, which stands for
``("block", start, end, ("p", text), None)``."""


class SourceRecord:
    """The text an article was read from and how its parts map onto it.

    The reader records its parts as plain tuples with offsets into the text with ``\\n``
    line ends; :attr:`parts` turns them into :class:`Part` objects with offsets into the
    original text the first time it is asked for (only writing needs them).

    Attributes:
        text: The source text exactly as it was read.
        newline: The line end of the file's first line (``\\n``, ``\\r\\n`` or ``\\r``).
    """

    __slots__ = ("_crlf", "_parts", "_raw", "newline", "text")

    def __init__(
        self,
        text: str,
        parts: list[Part] | list[RawPart],
        newline: str = "\n",
        crlf: list[int] | None = None,
    ) -> None:
        self.text = text
        self.newline = newline
        self._crlf = crlf
        self._parts: list[Part] | None = None
        self._raw: list[RawPart] | None = None
        if parts and isinstance(parts[0], Part):
            self._parts = parts
        else:
            self._raw = parts  # type: ignore[assignment]

    @property
    def parts(self) -> list[Part]:
        """The parts, in file order, with offsets into :attr:`text`."""
        if self._parts is None:
            raw = self._raw or []
            to_orig = _offset_map(self._crlf)
            self._parts = [_part(r, to_orig) for r in raw]
            self._raw = None
        return self._parts

    def slice(self, a: int, b: int) -> str:
        """The source text between two offsets."""
        return self.text[a:b]


def _offset_map(crlf: list[int] | None) -> Any:
    """Offset in the normalized text -> offset in the original text.

    ``crlf`` holds, for each CRLF line end of the original, the normalized offset just
    past its line feed; every offset from there on is one further in the original.
    """
    if not crlf:
        return None

    def to_orig(p: int) -> int:
        return p + bisect_right(crlf, p)

    return to_orig


def _part(r: RawPart, to_orig: Any) -> Part:
    if len(r) == 4:
        a, b = r[1], r[2]
        if to_orig is not None:
            a, b = to_orig(a), to_orig(b)
        return Part("block", a, b, ("p", r[3]), [])
    key, a, b, value, subs = r
    if to_orig is not None:
        a, b = to_orig(a), to_orig(b)
    return Part(key, a, b, value, [_part(x, to_orig) for x in subs] if subs else [])


def snapshot(value: Any) -> Any:
    """An immutable picture of a value, taken when it is read and compared when writing.

    The article's models are mutable (``a.images[0].caption.credit = ...``), so the record
    keeps a snapshot rather than the objects themselves.
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return (type(value).__name__, value.isoformat())
    if isinstance(value, Paragraph):
        if not value.marks:
            return ("p", value.text)
        return ("p", value.text, tuple((m.kind, m.start, m.end, m.url, m.title) for m in value.marks))
    if isinstance(value, Heading):
        return ("h", value.text, value.level, tuple((m.kind, m.start, m.end, m.url, m.title) for m in value.marks))
    if isinstance(value, Caption):
        return ("caption", value.text, value.credit)
    if isinstance(value, Image):
        cap = snapshot(value.caption) if value.caption is not None else None
        return ("img", value.src, value.alt, value.width, value.height, cap)
    if isinstance(value, ImageBlock):
        return ("imageblock",)
    if isinstance(value, RelatedLink):
        return ("related", value.title, value.url, value.label)
    if isinstance(value, BaseModel):
        return (type(value).__name__, value.model_dump_json())
    if isinstance(value, (tuple, list)):
        return tuple(snapshot(v) for v in value)
    return value
