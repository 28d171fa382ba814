"""Article and its body blocks."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    model_validator,
)
from pydantic_core import PydanticCustomError

from newsmodel.models._types import PublicationDate
from newsmodel.models.byline import Byline
from newsmodel.models.links import SourceLink
from newsmodel.models.media import Image
from newsmodel.models.quote import Quote, TextPosition

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BlockQuote",
    "Dateline",
    "Heading",
    "ImageBlock",
    "ListBlock",
    "ListItem",
    "Mark",
    "Paragraph",
    "RawBlock",
    "RelatedLink",
]

SCHEMA_VERSION: Literal["1.0"] = "1.0"

_CONFIG = ConfigDict(use_attribute_docstrings=True, extra="forbid", validate_assignment=True)


class Mark(BaseModel):
    """Inline markup over a stretch of a block's plain text (standoff annotation)."""

    model_config = _CONFIG

    kind: Literal["emphasis", "strong", "code", "link", "strikethrough"]
    """What the markup is: emphasis (*x*), strong (**x**), code (`x`), link, strikethrough."""
    start: int = Field(ge=0)
    """Offset in the plain text where the markup begins (code points)."""
    end: int = Field(ge=0)
    """Offset where it ends, exclusive."""
    url: str | None = None
    """The link target as written, for links; null otherwise."""
    title: str | None = None
    """The link title, for links that have one."""


class _Inline(BaseModel):
    model_config = _CONFIG

    text: str
    """The plain text, markup and escapes resolved."""
    marks: list[Mark] = Field(default_factory=list)
    """Inline markup over the text: links, emphasis, code (ranges are checked by `Article`)."""


class Paragraph(_Inline):
    """A paragraph of body text."""

    type: Literal["paragraph"] = "paragraph"
    """Block type tag."""


class Heading(_Inline):
    """A subheading in the body."""

    type: Literal["heading"] = "heading"
    """Block type tag."""
    level: int = Field(default=2, ge=1, le=6)
    """Heading level, 1 to 6 (subheadings are 2)."""


class ImageBlock(BaseModel):
    """The place of an image in the body."""

    model_config = _CONFIG

    type: Literal["image"] = "image"
    """Block type tag."""
    image: int = Field(ge=0)
    """Index of the image in `Article.images`."""


class RelatedLink(BaseModel):
    """A link to a related article, standing on its own in the body."""

    model_config = _CONFIG

    type: Literal["related"] = "related"
    """Block type tag."""
    title: str
    """The related article's title as shown."""
    url: str
    """Its URL as written (a `#` placeholder stays one)."""
    label: str = "Related article"
    """The label shown before the title."""


class BlockQuote(BaseModel):
    """A block quotation: one or more paragraphs set apart."""

    model_config = _CONFIG

    type: Literal["blockquote"] = "blockquote"
    """Block type tag."""
    paragraphs: list[Paragraph] = Field(default_factory=list)
    """The paragraphs of the quotation."""


class ListItem(_Inline):
    """One item of a list; items may hold a nested list."""

    items: list[ListItem] = Field(default_factory=list)
    """Nested items, if any."""


class ListBlock(BaseModel):
    """A bulleted or numbered list."""

    model_config = _CONFIG

    type: Literal["list"] = "list"
    """Block type tag."""
    ordered: bool = False
    """True for a numbered list."""
    start: int | None = Field(default=None, ge=0)
    """The first number of a numbered list, if not 1."""
    items: list[ListItem] = Field(default_factory=list)
    """The items."""


class RawBlock(BaseModel):
    """Source that no rule recognised, kept verbatim so that nothing is lost."""

    model_config = _CONFIG

    type: Literal["raw"] = "raw"
    """Block type tag."""
    text: str
    """The source text exactly as it was."""
    format: str | None = None
    """The format the text is in ("markdown", "html"), where known."""


Block = Annotated[
    Paragraph | Heading | ImageBlock | RelatedLink | BlockQuote | ListBlock | RawBlock,
    Field(discriminator="type"),
]
"""A body block; the `type` field tells which."""


class Dateline(BaseModel):
    """The dateline that opens a news story: "BEIRUT/THE HAGUE, March 7 (Reuters) -"."""

    model_config = _CONFIG

    text: str
    """The dateline as written, without the dash that ends it."""
    places: list[str] = Field(default_factory=list)
    """The places named, in order ("BEIRUT", "THE HAGUE")."""
    date: str | None = None
    """The date as written in the dateline ("March 7"), or null; datelines rarely give a year."""
    agency: str | None = None
    """The news agency named in parentheses ("Reuters"), or null."""
    rest: str | None = None
    """The text that follows the dateline, when parsed from a string; null on `Article.dateline`."""


_SOURCES: dict[int, tuple[weakref.ref[Any], Any]] = {}
"""Source records by id() of the article; an entry goes when its article is collected."""


def _forget(key: int) -> Callable[[weakref.ref[Any]], None]:
    """The callback that drops an article's source record when the article is collected."""

    def forget(_ref: weakref.ref[Any]) -> None:
        _SOURCES.pop(key, None)

    return forget


def _positions_error(problems: list[tuple[str, str]]) -> PydanticCustomError:
    return PydanticCustomError(
        "cross_field",
        "; ".join(f"{loc}: {msg}" for loc, msg in problems),
        {"problems": problems},
    )


def _before(a: dt.date, b: dt.date) -> bool:
    """True when a is strictly before b, comparing days when either is a day."""
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        if (a.tzinfo is None) != (b.tzinfo is None):
            return a.replace(tzinfo=None) < b.replace(tzinfo=None)
        return a < b
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return da < db


class Article(BaseModel):
    """A news article: its metadata, contributors, images, body, links and quotes."""

    model_config = _CONFIG

    schema_version: Literal["1.0"] = SCHEMA_VERSION
    """Version of the newsmodel data layout, for migrations."""
    title: str
    """The headline as written."""
    subtitle: str | None = None
    """The subtitle or standfirst, or null."""
    bylines: list[Byline] = Field(default_factory=list)
    """The credited contributors, in order."""
    published: PublicationDate | None = None
    """When the article was first published: a day, or a moment with its zone."""
    modified: PublicationDate | None = None
    """When it was last modified: a day, or a moment with its zone; never before `published`."""
    dateline: Dateline | None = None
    """The dateline that opens the story, if any."""
    language: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
    """The language as a BCP 47 tag ("en", "de-AT")."""
    url: str | None = None
    """The original URL of the article."""
    publisher: str | None = None
    """The publisher's name."""
    section: str | None = None
    """The section or desk ("World", "Politik")."""
    keywords: list[str] = Field(default_factory=list)
    """Keywords or tags, in order."""
    images: list[Image] = Field(default_factory=list)
    """All images, in order of appearance; the lead image first."""
    body: list[Block] = Field(default_factory=list)
    """The body as ordered blocks."""
    links: list[SourceLink] = Field(default_factory=list)
    """Links: the original URL, related articles, inline links and citations."""
    quotes: list[Quote] = Field(default_factory=list)
    """Direct quotations found in the body, with speakers and positions."""
    extra: dict[str, JsonValue] = Field(default_factory=dict)
    """Fields no rule knows, kept so that nothing read is ever dropped."""

    # The source record a format reader leaves for byte-exact writing. It is kept outside
    # pydantic's private attributes, whose set-up would cost ~10% of every JSON load.
    @property
    def _source(self) -> Any:
        return _SOURCES.get(id(self), (None, None))[1]

    @_source.setter
    def _source(self, value: Any) -> None:
        # A weak reference whose callback drops the entry when the article goes (a quarter
        # of the cost of weakref.finalize, which every Markdown read pays). A replaced
        # reference is collected with its tuple, and its callback then never runs.
        key = id(self)
        _SOURCES[key] = (weakref.ref(self, _forget(key)), value)

    def __eq__(self, other: object) -> bool:
        # Equal when every field is equal; the private source record of a parsed file
        # (used for byte-exact writing) does not take part.
        if not isinstance(other, Article):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]

    def __copy__(self) -> Article:
        new = super().__copy__()
        if self._source is not None:
            new._source = self._source
        return new

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Article:
        new = super().__deepcopy__(memo)
        if self._source is not None:
            new._source = self._source  # immutable record: shared, not copied
        return new

    def __getstate__(self) -> dict[Any, Any]:
        state = super().__getstate__()
        if self._source is not None:
            state["newsmodel_source"] = self._source
        return state

    def __setstate__(self, state: dict[Any, Any]) -> None:
        source = state.pop("newsmodel_source", None)
        super().__setstate__(state)
        if source is not None:
            self._source = source

    @property
    def paragraphs(self) -> list[str]:
        """Plain text of the body paragraphs, in order."""
        return [b.text for b in self.body if isinstance(b, Paragraph)]

    @property
    def headings(self) -> list[str]:
        """Plain text of the body headings, in order."""
        return [b.text for b in self.body if isinstance(b, Heading)]

    @model_validator(mode="after")
    def _cross_field(self) -> Article:
        # One pass in one validator: a validator per block would cost ~10% of JSON load time.
        problems: list[tuple[str, str]] = []
        if (
            self.published is not None
            and self.modified is not None
            and _before(self.modified, self.published)
        ):
            problems.append(
                (
                    "modified",
                    f"modified ({self.modified.isoformat()}) is before published "
                    f"({self.published.isoformat()})",
                )
            )
        used: set[int] = set()
        nimages = len(self.images)
        for i, block in enumerate(self.body):
            kind = type(block)
            if kind is Paragraph or kind is Heading:
                marks = block.marks  # type: ignore[union-attr]
                if marks:
                    size = len(block.text)  # type: ignore[union-attr]
                    for m in marks:
                        if not m.start <= m.end <= size:
                            _check_marks(block, f"body[{i}]", problems)  # type: ignore[arg-type]
                            break
            elif isinstance(block, ImageBlock):
                if block.image >= nimages:
                    problems.append(
                        (f"body[{i}].image", f"image {block.image} does not exist ({nimages} images)")
                    )
                elif block.image in used:
                    problems.append((f"body[{i}].image", f"image {block.image} is placed twice"))
                used.add(block.image)
            elif isinstance(block, BlockQuote):
                for j, para in enumerate(block.paragraphs):
                    if para.marks:
                        _check_marks(para, f"body[{i}].paragraphs[{j}]", problems)
            elif isinstance(block, ListBlock):
                _check_items(block.items, f"body[{i}]", problems)
        nblocks = len(self.body)
        for i, link in enumerate(self.links):
            if link.position is not None and link.position >= nblocks:
                problems.append(
                    (
                        f"links[{i}].position",
                        f"position {link.position} is past the body ({nblocks} blocks)",
                    )
                )
        if self.quotes:
            paras = self.paragraphs
            for i, quote in enumerate(self.quotes):
                for name, pos in (("start", quote.start), ("end", quote.end)):
                    msg = _position_problem(pos, paras)
                    if msg:
                        problems.append((f"quotes[{i}].{name}", msg))
                if (
                    quote.start is not None
                    and quote.end is not None
                    and (quote.end.paragraph, quote.end.offset)
                    < (quote.start.paragraph, quote.start.offset)
                ):
                    problems.append((f"quotes[{i}].end", "end is before start"))
        if problems:
            raise _positions_error(problems)
        return self


def _check_marks(block: _Inline, where: str, problems: list[tuple[str, str]]) -> None:
    size = len(block.text)
    for k, m in enumerate(block.marks):
        if not m.start <= m.end <= size:
            problems.append(
                (
                    f"{where}.marks[{k}]",
                    f"mark spans {m.start}..{m.end}, outside the text of length {size}",
                )
            )


def _check_items(items: list[ListItem], where: str, problems: list[tuple[str, str]]) -> None:
    for k, item in enumerate(items):
        if item.marks:
            _check_marks(item, f"{where}.items[{k}]", problems)
        if item.items:
            _check_items(item.items, f"{where}.items[{k}]", problems)


def _position_problem(pos: TextPosition | None, paras: list[str]) -> str | None:
    if pos is None:
        return None
    if pos.paragraph >= len(paras):
        return f"paragraph {pos.paragraph} does not exist ({len(paras)} paragraphs)"
    if pos.offset > len(paras[pos.paragraph]):
        return (
            f"offset {pos.offset} is past the end of paragraph {pos.paragraph} "
            f"({len(paras[pos.paragraph])} characters)"
        )
    return None
