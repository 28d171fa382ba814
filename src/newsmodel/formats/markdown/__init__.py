"""The article Markdown format: read every part of an article file, write it back byte for byte.

The layout (docs/format.md)::

    # Title

    By [Name](url), Other Name and Third Name

    July 28, 2021

    ![alt](src)

    Caption text **Credit**

    Body paragraphs, ## subheadings, block quotes, lists ...

    **Related article: [Title](url)**

    Original url:

    <https://...>

``loads`` reads a file into an Article and raises ParseError on the first error;
``read`` returns the article with every finding (rule code, line, column) and places model
values on lines (``ReadResult.locate("$.body[3].text")``). ``dumps`` writes a parsed
article back with its original bytes wherever its values did not change, and an article
built in code in the canonical layout.

Speed: one precompiled pattern cuts the text into blocks by offsets (no per-line
objects); a one-line paragraph with no character that can start inline markup and no
whitespace to fold is taken as it is; markdown-it-py's CommonMark parser runs only on
text with inline markup and on regions with lists, block quotes, code or HTML. Blocks are
built as plain data and the Article is validated once (``Article.model_validate``); the
source record keeps offsets and is turned into ``Part`` objects only when writing.
Figures: ``benchmarks/bench_markdown.py``.
"""

from __future__ import annotations

from typing import Any

from newsmodel.errors import ParseError
from newsmodel.formats.markdown._reader import ReadResult, read
from newsmodel.formats.markdown._writer import derived_links
from newsmodel.formats.markdown._writer import dumps as _dumps
from newsmodel.models import Article, ImageBlock, Paragraph

__all__ = ["CARRIES", "DERIVES", "ReadResult", "derive", "derived_links", "dumps", "loads", "read"]

CARRIES: frozenset[str] = frozenset(
    {"schema_version", "title", "bylines", "published", "modified", "url", "images", "body", "links"}
)
"""The Article fields the layout carries (bylines: name and url; images: src, alt, caption;
links: the inline, related and original links the body and footer hold)."""


DERIVES: frozenset[str] = frozenset({"dateline", "quotes"})
"""Fields the layout does not write but that reading derives from the text: the dateline
from the lead paragraph, the quotes (with ``quotes=True``). Writing them is not a loss when
they equal what reading would derive (see ``derive``)."""


def derive(article: Article, name: str) -> Any:
    """What reading derives for a field in ``DERIVES`` from the article's own text."""
    if name == "dateline":
        from newsmodel.text.datelines import parse_dateline

        for block in article.body:
            if isinstance(block, Paragraph):
                found = parse_dateline(block.text)
                return None if found is None else found.model_copy(update={"rest": None})
            if not isinstance(block, ImageBlock):
                return None
        return None
    if name == "quotes":
        from newsmodel.text.quotes import extract_quotes

        return extract_quotes(article)
    raise KeyError(name)


def loads(text: str, *, source: str = "<string>", **options: Any) -> Article:
    """Read an Article from an article Markdown file.

    Args:
        text: The file's text.
        source: The file name, for error messages.
        **options: ``quotes=True`` also fills ``Article.quotes`` (when the quote helper is
            installed); other options are ignored.

    Raises:
        ParseError: the file has an error finding (no title, an unreadable date line, an
            empty byline, an orphan credit, broken structure); the first one, with its
            line and column.
    """
    if not isinstance(text, str):
        raise ParseError(f"expected text (str), got {type(text).__name__}", source=source)
    result = read(text, source=source)
    errors = result.errors
    if errors or result.article is None:
        f = errors[0] if errors else result.findings[0]
        raise ParseError(f"{f.code} {f.message}", line=f.line, column=f.column, source=source)
    article = result.article
    if options.get("quotes"):
        article = _with_quotes(article)
    return article


def _with_quotes(article: Article) -> Article:
    try:
        from newsmodel.text import quotes as _quotes
    except ImportError:
        return article
    extract = getattr(_quotes, "extract_quotes", None)
    if extract is None:
        return article
    found = extract(article)
    src = article._source
    article = article.model_copy(update={"quotes": list(found)})
    article._source = src
    return article


def dumps(article: Article, **options: Any) -> str:
    """Write an Article as an article Markdown file.

    A parsed article keeps the bytes of every part whose value did not change; changed
    parts are rendered in place and new ones in the canonical layout.
    """
    return _dumps(article)
