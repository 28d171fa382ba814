"""SourceLink: a link the article makes or comes from."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["LinkRel", "SourceLink"]

LinkRel = Literal["original", "canonical", "related", "inline", "citation", "source", "other"]


class SourceLink(BaseModel):
    """A link of the article: where it was first published, a related article, an inline link, a citation."""

    model_config = ConfigDict(
        use_attribute_docstrings=True, extra="forbid", validate_assignment=True
    )

    url: str
    """The URL reference as written; a `#` placeholder is kept as written."""
    text: str | None = None
    """The link text, or null."""
    rel: LinkRel = "inline"
    """What the link is: original (where the article came from), canonical, related, inline (in the text), citation, source, other."""
    position: int | None = Field(default=None, ge=0)
    """Index of the body block the link stands in, or null when it is not in the body."""
