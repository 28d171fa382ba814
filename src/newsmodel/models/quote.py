"""Quote: a direct quotation in the body, with its speaker and position."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Quote", "QuoteKind", "TextPosition"]

QuoteKind = Literal["full", "partial", "scare"]


class TextPosition(BaseModel):
    """A place in the body text: a paragraph (index into `Article.paragraphs`) and a character offset in it."""

    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid", frozen=True)

    paragraph: int = Field(ge=0)
    """Index of the paragraph in `Article.paragraphs`."""
    offset: int = Field(ge=0)
    """Character offset in that paragraph's plain text (in code points)."""


class Quote(BaseModel):
    """A direct quotation, who said it, and where it stands in the body."""

    model_config = ConfigDict(
        use_attribute_docstrings=True, extra="forbid", validate_assignment=True
    )

    text: str
    """The quoted words without the quotation marks; a paragraph break inside is a newline."""
    speaker: str | None = None
    """The speaker as named in the text ("Shoigu", "Russian Defence Minister Sergei Shoigu"), or null if unknown."""
    verb: str | None = None
    """The attribution verb as written ("said", "told", "according to"), or null."""
    kind: QuoteKind = "full"
    """full: a whole quoted statement; partial: a quoted fragment inside a sentence; scare: a quoted word or term, not speech."""
    start: TextPosition | None = None
    """Where the quoted text begins (after the opening mark)."""
    end: TextPosition | None = None
    """Where the quoted text ends (before the closing mark), exclusive; may be in a later paragraph."""
