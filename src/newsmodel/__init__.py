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
from newsmodel.findings import RULES, Finding, Rule
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
from newsmodel.streams import dump_many, iter_load, iter_loads
from newsmodel.text import (
    DateParseError,
    DateReading,
    parse_byline,
    parse_date,
    parse_dateline,
    read_date,
)
from newsmodel.text.quotes import extract_quotes
from newsmodel.validation import RuleSelectionError, check_article, validate

__version__ = "0.1.0"

__all__ = [
    "FORMATS",
    "RULES",
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BlockQuote",
    "Byline",
    "BylineKind",
    "Caption",
    "ConversionError",
    "DateParseError",
    "DateReading",
    "Dateline",
    "ErrorDetail",
    "Finding",
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
    "Rule",
    "RuleSelectionError",
    "SourceLink",
    "TextPosition",
    "ValidationError",
    "__version__",
    "check_article",
    "dump",
    "dump_many",
    "dumps",
    "extract_quotes",
    "iter_load",
    "iter_loads",
    "json_schema",
    "load",
    "loads",
    "lost_fields",
    "parse_byline",
    "parse_date",
    "parse_dateline",
    "read_date",
    "validate",
]
