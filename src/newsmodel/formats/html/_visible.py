"""The last resort of the HTML reader: the byline and date a reader of the page SEES.

Many pages carry no author or date metadata at all, only the article header's visible
byline ("By Jane Doe | Oct 14, 2026, 5:12 PM"), a labelled list ("Author: Ben Knight",
"Date: 19.01.2020") or a ``<time>`` element without a ``datetime`` attribute. This module
finds those elements and reads their text as a browser shows it (``innerText``: a line
per block element or ``<br>``, inline elements run on, scripts, buttons and hidden
elements left out) with :func:`newsmodel.parse_byline` and
:func:`newsmodel.text.dates.read_date`, whose line model was built for exactly this text
(scraped byline elements with names, roles, dates, buttons and counts).

The headline is found first (the h1/h2 whose text is the page's title, else the first
h1 or h2). Among the candidates of each kind, the one whose common ancestor with the
headline is the lowest comes first (a byline sits beside its headline; related posts and
an author box at the end come later), in document order otherwise. Nothing is read
inside ``<nav>``, a page's ``<footer>``, ``<form>``, ``<figure>``, an ``<aside>`` outside
the article's header, a hidden element, or an element whose class names comments,
related or recommended articles, teasers, sidebars, menus or newsletters (other
articles' bylines and comment authors live there). Every look is bounded (candidates,
ancestors, characters), so a hostile page costs linear time.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newsmodel.text.bylines import parse_byline

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["Shown", "headline", "inner_text"]

# Elements that start and end a line of text, as a browser lays them out.
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul"
    }
)  # fmt: skip
# Elements whose text a reader does not see as part of the byline.
_UNSEEN = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "select",
        "option", "textarea", "iframe", "object", "canvas", "video", "audio", "img",
        "picture", "input"
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")

# Candidates are found with a CSS selector first (lexbor does it in C), then their
# tokens are checked here.
_AUTHOR_WORDS = (
    "byline", "by-line", "author", "autor", "auteur", "writer", "contributor", "journalist",
    "reporter", "verfasser", "creator",
)  # fmt: skip
_DATE_WORDS = ("date", "time", "publish", "posted", "stamp", "datum", "fecha")
_HINT_ATTRS = ("class", "id", "itemprop", "data-testid")


def _selector(words: tuple[str, ...]) -> str:
    return ", ".join(f"[{a}*={w} i]" for a in _HINT_ATTRS for w in words)


_AUTHOR_CSS = _selector(_AUTHOR_WORDS)
_DATE_CSS = _selector(_DATE_WORDS)
_AUTHOR_TOKEN = re.compile("|".join(w.replace("-", "-?") for w in _AUTHOR_WORDS), re.IGNORECASE)
_DATE_TOKEN = re.compile("|".join(_DATE_WORDS), re.IGNORECASE)
_UPDATE_TOKEN = re.compile(r"updat|modif|aktualisiert|edited", re.IGNORECASE)
# The last part of a token (after a BEM "__") that names a part of an author element
# which is not the byline (a photo, a bio, buttons), or a date token that is not the
# article's date (a dateline is a place) ...
_NOT_IT = re.compile(
    r"bio|avatar|image|img|photo|pic(?:ture)?s?\b|thumb|desc|about|social|follow|share|"
    r"dateline|runtime|readtime|reading-?time|timeline|timer|timezone|update-?time|"
    # the column's or section's name above a byline ("byline-column": "Deal Professor")
    r"(?:by-?line|author)[-_]?(?:column|kicker|label|heading|section)",
    re.IGNORECASE,
)
# ... and a block (the first part of a BEM token) that holds pictures: its "author" is
# the photographer ("ngart-img__cont__author").
_PICTURE_BLOCK = re.compile(r"img|image|photo|picture|caption|figure|media|gallery|video", re.I)
# Ancestors whose bylines and dates are not the article's: navigation, page furniture,
# pictures' credits, comments, lists of other articles.
_OUTSIDE_TAGS = frozenset({"nav", "footer", "form", "figure", "figcaption"})
_OUTSIDE_CLASS = re.compile(
    r"comment|related|recommend|teaser|sidebar|widget|footer|menu|newsletter|promo|"
    r"(?:^|[-_])nav(?:$|[-_]|bar|igation)|most-?read|popular|trending|more-?stories",
    re.IGNORECASE,
)
# A token that names the article itself: "post", "type-post", "c-article__info", "entry".
_ARTICLE_TOKEN = re.compile(r"^(?:[\w-]*[-_])?(?:article|post|entry|story)(?:$|[-_])", re.I)
_LAYOUT_TOKEN = re.compile(r"layout|wrapper|container|grid", re.IGNORECASE)
# A class that hides an element from readers ("screen-reader-text", "rich-snippet-hidden").
_HIDDEN_TOKEN = re.compile(
    r"(?:^|[-_])(?:hidden|sr-only|screen-reader(?:-text)?|visually-hidden|invisible|d-none)$",
    re.IGNORECASE,
)
# A class for a picture in place of text: "Avatar", "author-headshot", "byline-thumb".
_PICTURE_TOKEN = re.compile(r"avatar|headshot|mugshot|thumb", re.IGNORECASE)
# The article's own footer ("post-footer", "entry-footer-line"), where blogs put the author.
# ("story-meta-footer", "article__footer", "footer-meta" too.)
_ARTICLE_FOOTER = re.compile(
    r"(?:post|entry|article|story|meta|byline)[\w-]*footer|footer[\w-]*(?:meta|byline)",
    re.IGNORECASE,
)
# A short line that starts with a byline word, in the lines around the headline.
_BY_LINE = re.compile(
    r"^(?:by|von|par|por|door|av|af|di|written\s+by|reported\s+by|story\s+by|words\s+by|"
    r"posted\s+by|text\s+by|texte?\s+de|escrito\s+por|geschrieben\s+von)\s+\S",
    re.IGNORECASE,
)
_TRAILING_PARENS = re.compile(r"\s*\([^()]{1,20}\)\s*$")
_AROUND_BEFORE, _AROUND_AFTER = 15, 60  # elements looked at before and after the headline


# Labels of a labelled list ("<strong>Author</strong> Ben Knight", "<dt>Date</dt><dd>...").
_AUTHOR_LABELS = frozenset(
    {
        "author", "authors", "by", "written by", "posted by", "story by", "words by",
        "reporter",
        "autor", "autorin", "autoren", "autorka", "autorzy", "von", "auteur", "auteurs",
        "par", "autore", "autori", "di", "por", "door", "forfatter", "författare",
        "szerző", "yazar",
    }
)  # fmt: skip
_DATE_LABELS = frozenset(
    {
        "date", "published", "posted", "published on", "posted on", "datum",
        "veröffentlicht", "veröffentlicht am", "erschienen", "publié", "publié le",
        "date de publication", "fecha", "publicado", "publicado el", "publicado em", "data",
        "pubblicato", "pubblicato il", "gepubliceerd", "gepubliceerd op", "opublikowano",
        "publicerad", "udgivet", "publisert",
    }
)  # fmt: skip
_UPDATE_LABELS = frozenset(
    {
        "updated", "last updated", "modified", "last modified", "aktualisiert",
        "zuletzt aktualisiert", "mis à jour", "mis à jour le", "actualizado", "atualizado",
        "aggiornato", "bijgewerkt", "zaktualizowano", "uppdaterad", "opdateret", "oppdatert",
    }
)  # fmt: skip
_LABEL_TAGS = "strong, b, dt, th, label"
_MAX_TEXT = 1500  # longer "byline" elements are whole article parts, not bylines
# Bounds that keep a hostile page linear: candidates of each kind looked at (in document
# order), and ancestors walked up from one.
_MAX_CANDIDATES = 60
_MAX_DEPTH = 100


def inner_text(node: LexborNode, limit: int = _MAX_TEXT) -> str:
    """The element's text as a browser shows it: a line per block, blank lines dropped.

    White space inside text runs together as a browser shows it (the page source's line
    breaks are not lines); block elements and ``<br>`` start new lines. Walks the tree
    with an explicit stack (no recursion limit on deep pages) and stops once the text is
    longer than ``limit`` characters (callers pass over such elements), so a candidate
    that holds the whole page costs no more than its first characters.
    """
    parts: list[str] = []
    size = 0
    # A stack of nodes to visit; None marks the end of a block element.
    stack: list[LexborNode | None] = list(reversed(list(node.iter(include_text=True))))
    while stack:
        item = stack.pop()
        if item is None:
            parts.append("\n")
            continue
        tag = item.tag
        if tag == "-text":
            piece = _SPACES.sub(" ", item.text(deep=False))
            parts.append(piece)
            size += len(piece)
            if size > limit:
                break
            continue
        if tag is None or tag.startswith("-") or tag in _UNSEEN:
            continue
        if tag == "br":
            parts.append("\n")
            continue
        if _hidden(item) or _picture(item):
            continue
        if tag in _BLOCK:
            parts.append("\n")
            stack.append(None)
        stack.extend(reversed(list(item.iter(include_text=True))))
    lines = (line.strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _tokens(node: LexborNode) -> list[str]:
    attrs = node.attributes
    return [t for a in _HINT_ATTRS for t in str(attrs.get(a) or "").split()]


def _names_it(token: str, words: re.Pattern[str]) -> bool:
    """True when a class/id token names the thing ``words`` describe, not a part beside it.

    In a BEM token ("c-byline__name", "ng-sharekit__contributors--author") the part after
    the last "__" says what the element is; a block that holds pictures makes an "author"
    the photographer's.
    """
    tail = token.rsplit("__", 1)[-1]
    if not words.search(tail) or _NOT_IT.search(tail):
        return False
    return "__" not in token or not _PICTURE_BLOCK.search(token.split("__", 1)[0])


def _in_article(node: LexborNode) -> bool:
    parent = node.parent
    for _ in range(_MAX_DEPTH):
        if parent is None:
            return False
        if parent.tag == "article":
            return True
        parent = parent.parent
    return False


def _furniture(tokens: list[str]) -> bool:
    """True when an element's class tokens make it page furniture or a list of other articles.

    Not when another of its tokens names the article itself ("c-sidebar c-article__info",
    WordPress's "post type-post category-popular"), nor for the article's own footer, nor
    for WordPress's taxonomy tokens ("category-popular", "tag-menu").
    """
    outside = False
    for t in tokens:
        if t.startswith(("category-", "tag-")) or _LAYOUT_TOKEN.search(t):
            continue  # (a taxonomy; a layout: "c-fixed-sidebar-layout--140--left@lg")
        if _OUTSIDE_CLASS.search(t):
            if not _ARTICLE_FOOTER.search(t):
                outside = True
        elif _ARTICLE_TOKEN.search(t):
            return False
    return outside


def _hidden(node: LexborNode) -> bool:
    """An element hidden from readers by its attributes or a class that says so."""
    attrs = node.attributes
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    return any(_HIDDEN_TOKEN.search(t) for t in str(attrs.get("class") or "").split())


def _picture(node: LexborNode) -> bool:
    """An element that stands for a picture (an avatar's placeholder with the name in it)."""
    return any(_PICTURE_TOKEN.search(t) for t in str(node.attributes.get("class") or "").split())


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def headline(tree: LexborHTMLParser, title: str | None) -> LexborNode | None:
    """The page's headline element: the h1/h2 whose text is the title, else the first h1 or h2.

    Pages have h1s that are not the article's (a site name, a breadcrumb, a section's
    banner); the title read from the page's metadata tells which one is.
    """
    want = _normal(title) if title else None
    first: LexborNode | None = None
    second: LexborNode | None = None  # the first h2, for pages without an h1
    for node in tree.css("h1, h2")[:_MAX_CANDIDATES]:
        text = _normal(node.text(deep=True))
        if want and text and (text == want or want.startswith(text) or text.startswith(want)):
            return node
        if first is None and node.tag == "h1":
            first = node
        if second is None and node.tag == "h2" and text:
            second = node
    return first or second


def _marks_update(node: LexborNode) -> bool:
    """True when the element's class/id/itemprop says it holds an update's date."""
    return any(_UPDATE_TOKEN.search(t) for t in _tokens(node))


def _label_text(node: LexborNode) -> str:
    return _normal(node.text(deep=True)).rstrip(":：").strip()


def _short_line(node: LexborNode) -> str | None:
    text = inner_text(node, limit=100)
    return text if text and "\n" not in text and len(text) <= 100 else None


def _with_urls(bylines: list[dict[str, Any]], element: LexborNode | None) -> None:
    """Give each byline the href of a link in the element whose text is its name."""
    if element is None:
        return
    links: dict[str, str] = {}
    for a in element.css("a[href]"):
        name = _normal(a.text(deep=True))
        href = a.attributes.get("href")
        if name and href and not href.startswith(("#", "javascript:", "mailto:")):
            links.setdefault(name, href)
    for b in bylines:
        href = links.get(_normal(str(b["name"])))
        if href and "url" not in b:
            b["url"] = href


def _capitalised(bylines: list[dict[str, Any]]) -> bool:
    """True when every name's words start with a capital or a non-letter ("di" is no name)."""
    return all(
        all(not w[0].isalpha() or w[0].isupper() or len(w) <= 3 for w in str(b["name"]).split())
        and str(b["name"])[:1].isupper()
        for b in bylines
    )


class Shown:
    """What one page shows, with the lookups shared by bylines and both dates cached.

    Args:
        tree: the parsed page.
        title: the title read from the page's metadata, to find its headline element.
    """

    def __init__(self, tree: LexborHTMLParser, title: str | None = None) -> None:
        self.tree = tree
        self.anchor = headline(tree, title)
        self._out: dict[int, bool] = {}
        self._hints: dict[str, list[LexborNode]] = {}
        self._near: list[LexborNode] | None = None
        # The headline and its ancestors (mem_id -> depth, 0 = the headline), and the
        # <article> among them: the page's classes above it ("highfooter" wrappers and the
        # like) do not make its byline page furniture.
        self._anchor_chain: dict[int, int] = {}
        self._article: int | None = None
        current = self.anchor
        while current is not None:
            depth = len(self._anchor_chain)
            self._anchor_chain[current.mem_id] = depth
            if self._article is None and current.tag == "article" and depth <= _MAX_DEPTH:
                self._article = current.mem_id
            current = current.parent

    def outside(self, node: LexborNode) -> bool:
        """True when the node is or sits in page furniture, a picture, or other articles.

        An ``<aside>`` counts only outside the article's ``<header>`` (some headers keep
        the byline and date in one); what is above the ``<article>`` that holds the
        headline does not count.
        """
        key = node.mem_id
        if key not in self._out:
            self._out[key] = self._outside(node)
        return self._out[key]

    def _outside(self, node: LexborNode) -> bool:
        parent: LexborNode | None = node
        in_header = False
        asides = 0
        for _ in range(_MAX_DEPTH):  # (ancestors further up are the page's frame)
            if parent is None or parent.tag in ("body", "html", None):
                break
            if parent.mem_id == self._article:
                break
            tag = parent.tag
            if tag in _OUTSIDE_TAGS and not (tag == "footer" and _in_article(parent)):
                return True  # (an <article>'s own <footer> is the article's)
            if tag == "aside":
                asides += 1
            elif tag == "header":
                in_header = True
            if _furniture(_tokens(parent)) or _hidden(parent):
                return True
            parent = parent.parent
        return asides > 0 and not in_header

    def nearest_first(self, nodes: list[LexborNode]) -> list[LexborNode]:
        """The nodes, those sharing the lowest ancestor with the headline first, else in order.

        A byline or date sits beside its headline: the candidate whose common ancestor with
        the headline is the lowest is the article's, before another article's (related
        posts in ``<article>`` elements of their own) or an author box at the end.
        """
        if self.anchor is None:
            return nodes
        chain = self._anchor_chain

        def distance(node: LexborNode) -> int:
            current: LexborNode | None = node
            for _ in range(_MAX_DEPTH):
                if current is None:
                    break
                if current.mem_id in chain:
                    return chain[current.mem_id]
                current = current.parent
            return len(chain)

        return sorted(nodes, key=distance)  # stable: document order within a distance

    def hinted(self, css: str, words: re.Pattern[str]) -> list[LexborNode]:
        """Elements whose own class/id/itemprop/data-testid names ``words``, nearest first."""
        if css not in self._hints:
            found = [
                node
                for node in self.tree.css(css)
                if node.tag not in _UNSEEN
                and node.tag not in ("meta", "link", "body", "html")
                and any(_names_it(t, words) for t in _tokens(node))
            ]
            kept = [
                n
                for n in found[:_MAX_CANDIDATES]
                if not self.outside(n) and not self._holds_headline(n)
            ]
            self._hints[css] = self.nearest_first(kept)
        return self._hints[css]

    def _holds_headline(self, node: LexborNode) -> bool:
        """True when the node contains the headline: the article, not its byline."""
        return self.anchor is not None and node.mem_id in self._anchor_chain

    def labelled(self, labels: frozenset[str]) -> Iterator[str]:
        """The values of a labelled list's fields whose label is one of ``labels``."""
        for node in self.tree.css(_LABEL_TAGS)[: _MAX_CANDIDATES * 4]:
            if _label_text(node) not in labels or self.outside(node):
                continue
            if node.tag in ("dt", "th"):
                value = node.next
                while value is not None and not (value.tag or "").isalnum():
                    value = value.next
                if value is not None and value.tag in ("dd", "td"):
                    yield inner_text(value)
                continue
            parent = node.parent
            if parent is None:
                continue
            text = inner_text(parent)
            label = _SPACES.sub(" ", node.text(deep=True)).strip()
            if text.startswith(label):
                yield text[len(label) :].lstrip(" :：\n")

    def around(self) -> list[LexborNode]:
        """Elements near the headline in document order: a few before, more after it."""
        if self._near is None:
            self._near = []
            body = self.tree.body
            if self.anchor is not None and body is not None:
                # One walk in document order (a "body *" selector costs the depth of each
                # element on deep pages), stopping after the elements that follow it.
                key = self.anchor.mem_id
                before: deque[LexborNode] = deque(maxlen=_AROUND_BEFORE)
                after: list[LexborNode] = []
                seen = False
                for n in body.traverse():
                    if n.mem_id == body.mem_id or (n.tag or "-").startswith("-"):
                        continue  # (the body itself, comments)
                    if seen:
                        after.append(n)
                        if len(after) >= _AROUND_AFTER:
                            break
                    elif n.mem_id == key:
                        seen = True
                        after.append(n)
                    else:
                        before.append(n)
                if seen:
                    self._near = [
                        n
                        for n in (*before, *after)
                        if n.tag not in _UNSEEN and not self.outside(n)
                    ]
        return self._near

    def bylines(self) -> tuple[list[dict[str, Any]], str] | None:
        """Bylines read from what the page shows, with their source; None when none reads.

        In order: a labelled author field, the byline element nearest the headline, a short
        line beside the headline that starts with a byline word ("Von Henning Lobin").
        """
        for text in self.labelled(_AUTHOR_LABELS):
            found = [b.model_dump(exclude_defaults=True) for b in parse_byline(text)]
            if found:
                return found, "label:author"
        for node in self.hinted(_AUTHOR_CSS, _AUTHOR_TOKEN):
            text = inner_text(node)
            if not text or len(text) > _MAX_TEXT:
                continue
            found = [b.model_dump(exclude_defaults=True) for b in parse_byline(text)]
            if found:
                _with_urls(found, node)
                return found, "byline-element"
        for node in self.around():
            line = _short_line(node)
            if line is None or not _BY_LINE.match(line):
                continue
            found = [b.model_dump(exclude_defaults=True) for b in parse_byline(line)]
            if found and _capitalised(found):
                _with_urls(found, node)
                return found, "byline-line"
        return None

    def dates(self, kind: str) -> Iterator[tuple[str, str]]:
        """Date texts a reader sees, best first, with their source, for published or modified.

        The caller reads each with the date rules and keeps the first that reads to a date
        of the right kind: a labelled field, a ``<time>`` element's text, an element whose
        class names a date (for ``modified``: one that names an update), the lines with
        digits of the byline element, then short lines with digits beside the headline
        (their own text too, without a badge or link inside: "October 22, 2019 <a>report</a>").
        The ``modified`` candidates of the last two count only when their text says it is
        an update ("Updated Oct 14, 2026"): the caller checks the reading's kind.
        """
        modified = kind == "modified"
        for text in self.labelled(_UPDATE_LABELS if modified else _DATE_LABELS):
            yield "label:date", text
        times = [n for n in self.tree.css("time")[:_MAX_CANDIDATES] if not self.outside(n)]
        for node in self.nearest_first(times):
            if _marks_update(node) == modified:
                yield "time-text", inner_text(node)
        for node in self.hinted(_DATE_CSS, _DATE_TOKEN):
            if _marks_update(node) != modified:
                continue
            text = inner_text(node)
            if text and len(text) <= 300:
                yield "date-element", text
        for node in self.hinted(_AUTHOR_CSS, _AUTHOR_TOKEN)[:1]:
            text = inner_text(node)
            if len(text) <= _MAX_TEXT:
                for line in text.split("\n"):
                    if any(c.isdigit() for c in line):
                        yield "byline-element", line
        for node in self.around():
            short = _short_line(node)
            if short is not None and any(c.isdigit() for c in short):
                yield "date-line", short
            # its own text, without a badge, link or rating inside; a trailing "(ch)",
            # "(dpa)" or a leading "|" left out
            own = _SPACES.sub(" ", node.text(deep=False)).strip(" |·•,-–—")
            if len(own) > 100 or not any(c.isdigit() for c in own):
                continue
            for text in dict.fromkeys((own, _TRAILING_PARENS.sub("", own))):
                if text and text != short:
                    yield "date-line", text
