"""newsmodel: one typed, validated shape for news articles.

Read articles from the formats they arrive in, validate them with located errors, write
them back without losing a byte::

    import newsmodel as nm

    article = nm.load("story.md")
    article.title, article.bylines, article.published
    nm.dump(article, "story.json")

The public names are listed in ``__all__``; everything in modules whose name begins with
an underscore is private.
"""

from newsmodel._api import LossWarning, dump, dumps, load, loads, lost_fields
from newsmodel.errors import (
    ConversionError,
    ErrorDetail,
    FormatError,
    MissingDependencyError,
    NewsModelError,
    ParseError,
    ValidationError,
)
from newsmodel.formats import FORMATS
from newsmodel.models import (
    SCHEMA_VERSION,
    Article,
    Block,
    BlockQuote,
    Byline,
    BylineKind,
    Caption,
    Dateline,
    Heading,
    Image,
    ImageBlock,
    LinkRel,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    QuoteKind,
    RawBlock,
    RelatedLink,
    SourceLink,
    TextPosition,
)
from newsmodel.schema import json_schema

__version__ = "0.1.0"

__all__ = [
    "FORMATS",
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BlockQuote",
    "Byline",
    "BylineKind",
    "Caption",
    "ConversionError",
    "Dateline",
    "ErrorDetail",
    "FormatError",
    "Heading",
    "Image",
    "ImageBlock",
    "LinkRel",
    "ListBlock",
    "ListItem",
    "LossWarning",
    "Mark",
    "MissingDependencyError",
    "NewsModelError",
    "Paragraph",
    "ParseError",
    "Quote",
    "QuoteKind",
    "RawBlock",
    "RelatedLink",
    "SourceLink",
    "TextPosition",
    "ValidationError",
    "__version__",
    "dump",
    "dumps",
    "json_schema",
    "load",
    "loads",
    "lost_fields",
]
