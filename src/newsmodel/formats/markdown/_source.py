"""The source record a parsed article keeps for byte-exact and minimal-diff writing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from newsmodel.models import Caption, Heading, Image, ImageBlock, Paragraph

__all__ = ["Part", "SourceRecord"]


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


@dataclass(slots=True)
class SourceRecord:
    """The text an article was read from and how its parts map onto it."""

    text: str
    parts: list[Part]
    newline: str = "\n"

    def slice(self, a: int, b: int) -> str:
        """The source text between two offsets."""
        return self.text[a:b]


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
    if isinstance(value, BaseModel):
        return (type(value).__name__, value.model_dump_json())
    if isinstance(value, (tuple, list)):
        return tuple(snapshot(v) for v in value)
    return value
