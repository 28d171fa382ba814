"""Image and Caption."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Caption", "Image"]


class Caption(BaseModel):
    """The caption of an image; the credit is kept apart from the text, never folded into it."""

    model_config = ConfigDict(
        use_attribute_docstrings=True, extra="forbid", validate_assignment=True
    )

    text: str = ""
    """The caption text without the credit."""
    credit: str | None = None
    """Who made or supplied the image ("Russian Defence Ministry / TASS"), or null."""


class Image(BaseModel):
    """An image of the article: its source, alternative text, size and caption."""

    model_config = ConfigDict(
        use_attribute_docstrings=True, extra="forbid", validate_assignment=True
    )

    src: str | None = None
    """The image URL as written; null for an image of which only the caption is left."""
    alt: str | None = None
    """Alternative text; "" when the source gives an empty one, null when it gives none."""
    width: int | None = Field(default=None, ge=1)
    """Width in pixels, where known."""
    height: int | None = Field(default=None, ge=1)
    """Height in pixels, where known."""
    caption: Caption | None = None
    """The caption and credit, or null."""
