"""HTML both ways: article pages for people, and metadata from publishers' pages.

**Writing** (``dumps(a, format="html")``) gives a standalone page a person can read: the
section, title, subtitle, byline (links to the contributors' pages), the dates in
``<time datetime>``, the lead image as a ``<figure>`` whose ``<figcaption>`` holds the
caption and, apart from it, the credit, the body (paragraphs, subheadings, lists, block
quotes, images in place, related-article boxes, raw blocks shown as text, inline marks as
``em``/``strong``/``code``/``s``/``a``), the tags, related links and sources, and the
original URL. The head carries ``<link rel="canonical">``, OpenGraph and ``article:``
meta tags, a small inline stylesheet, and the schema.org JSON-LD that
:mod:`newsmodel.formats.jsonld` writes, escaped for a script element (``<``, ``>`` and ``&``
as ``\\u003c``, ``\\u003e``, ``\\u0026``, so no ``</script>`` or ``<!--`` can end it early).

Safety: every piece of text is escaped with ``html.escape(quote=True)``; no model field
is ever inserted as markup (a raw HTML block is shown as text). URLs are checked with an
allow-list (see :mod:`newsmodel.formats.html._safety`): a link keeps its ``href`` only
when it is relative or http(s)/mailto/tel/ftp, an image keeps its ``src`` only when it is
relative, http(s) or a PNG/GIF/JPEG/WebP ``data:`` URL. A refused link is written as an
``<a>`` with no ``href`` and ``data-nm-blocked="<scheme>"``; a refused image as a figure
with no ``<img>``, its alt text and caption shown, and the same attribute. The refused URL
itself is not written into the page's markup; it stays in the embedded JSON-LD (data, not
run), so reading the page back still gives it.

**Reading** (``loads(html, format="html")``) takes the metadata, not the body text:
title, subtitle, bylines, published and modified, url, language, publisher, section,
keywords and images (the lead image with caption and credit where the page gives them).
Sources, in order of trust, each field taken from the first that has it:

1. schema.org JSON-LD, any shape the JSON-LD reader takes (``@graph``, lists, ``@id``
   references); character references left in its strings by some CMSes are decoded,
   except in pages this module wrote;
2. microdata (``itemscope``/``itemtype``/``itemprop`` of an article type);
3. OpenGraph and ``article:*`` meta tags, then other common meta names (``author``,
   ``description``, ``keywords``, ``date``, Dublin Core...);
4. ``<a rel="author">`` links (bylines), ``<time datetime>`` (dates),
   ``<link rel="canonical">`` (url), ``<html lang>`` (language), ``<h1>``/``<title>``;
   a title from meta tags or ``<title>`` loses a site name appended after `` | ``,
   `` - `` and the like only when the page's ``<h1>`` or site name shows it is one.
5. what the page shows, for pages with no author or date metadata: a labelled field
   ("Author: ...", "Date: ..."), the article's byline element (class ``byline``,
   ``author-name`` ...) read as a browser shows its text, a ``<time>`` element's text, an
   element whose class names a date (see :mod:`newsmodel.formats.html._visible`). A meta
   author that only repeats the site's name is kept only when none of these gives a byline.

``Article.extra["provenance"]`` maps each field read to its source: ``"jsonld"``,
``"microdata"``, ``"og:title"``, ``"og:article:published_time"``, ``"meta:author"``,
``"rel-author"``, ``"time"``, ``"label:author"``, ``"byline-element"``, ``"byline-line"``,
``"label:date"``, ``"time-text"``, ``"date-element"``, ``"date-line"``, ``"link:canonical"``, ``"html:lang"``, ``"h1"``,
``"title"``; and ``"image_caption"``/``"image_credit"`` -> ``"figure"`` when the lead
image's caption came from the page's ``<figure>``. ``Article.extra["html"]`` holds notes:
``"naive_time"`` (field -> the date text as written, for a time given without a zone: only
its day is kept, never a guessed zone) and ``"unread"`` (JSON-LD that is not JSON, dates
that cannot be read without guessing, a modified date before the published one).
The body, links and dateline come only from JSON-LD (``articleBody`` etc.).

Reading needs the ``html`` extra (selectolax, imported on first use); writing needs
nothing beyond the standard library.
"""

from __future__ import annotations

from typing import Any

from newsmodel.formats.html._reader import loads as _loads
from newsmodel.formats.html._safety import is_safe_href, is_safe_src
from newsmodel.formats.html._writer import dumps as _dumps
from newsmodel.formats.html._writer import render_inline
from newsmodel.formats.jsonld import CARRIES as _JSONLD_CARRIES
from newsmodel.models import Article

__all__ = ["CARRIES", "dumps", "is_safe_href", "is_safe_src", "loads", "render_inline"]

CARRIES: frozenset[str] = _JSONLD_CARRIES
"""What reads back from a written page: what its embedded JSON-LD carries.

The page shows more (body structure, inline marks, link positions, quotes are not shown
either), but reading recovers the metadata and the JSON-LD only; the JSON-LD writer's
losses are named in one ``LossWarning``.
"""


def loads(text: str, *, source: str = "<string>", **options: Any) -> Article:
    """Read the metadata of an HTML article page into an Article.

    Args:
        text: An HTML page (a whole page or its ``<head>``).
        source: The name of the input, for error messages.
        **options: Unused; accepted for a uniform signature.

    Raises:
        MissingDependencyError: selectolax is not installed (``pip install 'newsmodel[html]'``).
        ParseError: the page gives no title anywhere.
        ValidationError: what was read does not fit the model.
    """
    return _loads(text, source=source, **options)


def dumps(article: Article, **options: Any) -> str:
    """Write an Article as a standalone, readable HTML page with embedded JSON-LD.

    Args:
        article: The article.
        **options: Unused; accepted for a uniform signature.
    """
    return _dumps(article, **options)
