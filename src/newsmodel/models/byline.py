"""Byline: one credited contributor."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Byline", "BylineKind"]

BylineKind = Literal["person", "organization"]


class Byline(BaseModel):
    """One credited contributor of an article: a person or an organization such as a news agency."""

    model_config = ConfigDict(
        use_attribute_docstrings=True, extra="forbid", validate_assignment=True
    )

    name: str = Field(min_length=1)
    """The contributor's name as credited, without prefixes such as "By" ("Jane Doe", "AFP")."""
    kind: BylineKind = "person"
    """Whether the contributor is a person or an organization (news agencies such as AFP are organizations)."""
    role: str | None = None
    """The contributor's role or title as written ("Staff Writer", "Photographer"), or null."""
    url: str | None = None
    """A link to the contributor's page as written; `#` placeholders are kept as they are."""
    affiliation: str | None = None
    """The organization the person writes for when the byline names one ("Jane Doe, Reuters")."""
    email: str | None = None
    """The contributor's e-mail address when the byline gives one."""
