"""The newsmodel models: pydantic v2 only, no I/O and no format knowledge."""

from newsmodel.models._types import PublicationDate
from newsmodel.models.article import (
    SCHEMA_VERSION,
    Article,
    Block,
    BlockQuote,
    Dateline,
    Heading,
    ImageBlock,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    RawBlock,
    RelatedLink,
)
from newsmodel.models.byline import Byline, BylineKind
from newsmodel.models.links import LinkRel, SourceLink
from newsmodel.models.media import Caption, Image
from newsmodel.models.quote import Quote, QuoteKind, TextPosition

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BlockQuote",
    "Byline",
    "BylineKind",
    "Caption",
    "Dateline",
    "Heading",
    "Image",
    "ImageBlock",
    "LinkRel",
    "ListBlock",
    "ListItem",
    "Mark",
    "Paragraph",
    "PublicationDate",
    "Quote",
    "QuoteKind",
    "RawBlock",
    "RelatedLink",
    "SourceLink",
    "TextPosition",
]
