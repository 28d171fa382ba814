"""Writing an Article as a standalone, readable HTML page with embedded JSON-LD."""

from __future__ import annotations

import datetime as dt
import html
import itertools
import warnings
from typing import Any

from newsmodel._api import LossWarning
from newsmodel.formats import jsonld
from newsmodel.formats.html._safety import blocked_scheme, is_safe_href, is_safe_src
from newsmodel.models import (
    Article,
    BlockQuote,
    Byline,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    RawBlock,
    RelatedLink,
)
from newsmodel.text.dates import MONTH_NAMES

__all__ = ["READER_KEYS", "dumps", "escape_json_for_script"]

READER_KEYS: frozenset[str] = frozenset({"provenance", "html"})
"""``extra`` keys the HTML reader writes about the page it read; not written back."""

_STYLE = """\
:root{color-scheme:light;--ink:#1a1a1a;--muted:#5f6368;--rule:#d9d9d9;--accent:#0b57d0}
*{box-sizing:border-box}
body{margin:0;background:#fafaf7;color:var(--ink);font:1.125rem/1.6 Georgia,"Times New Roman",serif}
.nm-article{max-width:42rem;margin:2.5rem auto;padding:0 1.25rem}
.nm-section{margin:0 0 .5rem;color:var(--accent);font:600 .8rem/1.2 system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase}
h1{margin:0 0 .75rem;font-size:2.4rem;line-height:1.15;letter-spacing:-.01em}
.nm-subtitle{margin:0 0 1rem;color:#333;font-size:1.3rem;line-height:1.4}
.nm-meta{margin:0 0 1.5rem;padding-bottom:1rem;border-bottom:1px solid var(--rule);color:var(--muted);font:.9rem/1.5 system-ui,sans-serif}
.nm-meta p{margin:.15rem 0}.nm-author{color:var(--ink);font-weight:600}
a{color:var(--accent)}a:not([href]){color:inherit;text-decoration:underline dotted}
figure{margin:1.5rem 0}figure img{display:block;max-width:100%;height:auto;background:#eee}
figcaption{margin-top:.4rem;color:var(--muted);font:.85rem/1.45 system-ui,sans-serif}
.nm-credit{display:block;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em}
.nm-dateline{font-weight:700;text-transform:uppercase;font-size:.95em}
blockquote{margin:1.5rem 0;padding-left:1rem;border-left:3px solid var(--rule);color:#333;font-style:italic}
.nm-related-link{margin:1.5rem 0;padding:.75rem 1rem;border-left:3px solid var(--accent);background:#f0f4fb;font:.95rem/1.4 system-ui,sans-serif}
.nm-label{display:block;color:var(--muted);font-size:.75rem;text-transform:uppercase;letter-spacing:.06em}
.nm-raw{white-space:pre-wrap;background:#f3f3f3;padding:.75rem;font-size:.85rem}
.nm-footer{margin-top:2.5rem;padding-top:1rem;border-top:1px solid var(--rule);font:.9rem/1.5 system-ui,sans-serif;color:var(--muted)}
.nm-footer h2{margin:1rem 0 .3rem;color:var(--ink);font-size:.8rem;text-transform:uppercase;letter-spacing:.06em}
.nm-tags{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.3rem 0}
.nm-tags li{padding:.1rem .55rem;border:1px solid var(--rule);border-radius:1rem;font-size:.8rem}
code{font-size:.9em;background:#f0f0f0;padding:0 .2em}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def escape_json_for_script(text: str) -> str:
    r"""Make JSON text safe inside ``<script>``: ``<``, ``>`` and ``&`` become ``\u003c`` etc.

    The result is the same JSON value: the escapes are valid in JSON strings, and these
    characters occur only inside strings. No ``</script>`` or ``<!--`` can remain.
    """
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _href(url: str, extra: str = "") -> str:
    """The attributes of a link to ``url``: ``href`` when safe, else none and a blocked marker."""
    if is_safe_href(url):
        return f' href="{_e(url)}"{extra}'
    return f' class="nm-blocked" data-nm-blocked="{_e(blocked_scheme(url))}"'


def _human_date(value: dt.date) -> str:
    text = f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"
    if isinstance(value, dt.datetime):
        offset = value.strftime("%z")
        zone = "UTC" if offset in ("+0000", "") else f"UTC{offset[:3]}:{offset[3:5]}"
        text += f", {value:%H:%M} {zone}"
    return text


def _time(value: dt.date, cls: str) -> str:
    return f'<time class="{cls}" datetime="{_e(value.isoformat())}">{_e(_human_date(value))}</time>'


# ---------------------------------------------------------------------------- inline marks

_TAGS = {"emphasis": "em", "strong": "strong", "code": "code", "strikethrough": "s"}


def _open(mark: Mark, in_link: bool) -> tuple[str, str]:
    """The opening tag of a mark and the name of the element it opens."""
    if mark.kind == "link":
        if in_link or mark.url is None:  # <a> cannot nest
            return '<span class="nm-link">', "span"
        title = f' title="{_e(mark.title)}"' if mark.title is not None else ""
        return f"<a{_href(mark.url, title)}>", "a"
    tag = _TAGS[mark.kind]
    return f"<{tag}>", tag


def render_inline(text: str, marks: list[Mark]) -> str:
    """Plain text with standoff marks as properly nested, escaped HTML.

    Overlapping marks are split at each other's edges so that elements nest; a link inside
    a link becomes a ``<span>``; marks of zero width are left out.
    """
    marks = [m for m in marks if m.end > m.start]
    if not marks:
        return _e(text)
    order = sorted(range(len(marks)), key=lambda i: (marks[i].start, -marks[i].end, i))
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (mark index, element name)
    for a, b in itertools.pairwise(bounds):
        if a >= b:
            continue
        active = [i for i in order if marks[i].start <= a and marks[i].end >= b]
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep][0] == active[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(f"</{stack.pop()[1]}>")
        for i in active[keep:]:
            in_link = any(tag == "a" for _, tag in stack)
            tag_text, name = _open(marks[i], in_link)
            out.append(tag_text)
            stack.append((i, name))
        out.append(_e(text[a:b]))
    while stack:
        out.append(f"</{stack.pop()[1]}>")
    return "".join(out)


# ---------------------------------------------------------------------------- pieces


_REL_AUTHOR = ' rel="author"'


def _byline(b: Byline) -> str:
    name = _e(b.name)
    if b.url is not None:
        name = f"<a{_href(b.url, _REL_AUTHOR)}>{name}</a>"
    out = f'<span class="nm-author" data-kind="{b.kind}">{name}</span>'
    details = [x for x in (b.role, b.affiliation) if x]
    if details:
        out += f' <span class="nm-role">({_e(", ".join(details))})</span>'
    if b.email is not None:
        out += f' <a class="nm-email"{_href("mailto:" + b.email)}>{_e(b.email)}</a>'
    return out


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _figure(image: Image, index: int, cls: str) -> str:
    parts = [f'<figure class="{cls}" data-nm-image="{index}">']
    if image.src is not None and is_safe_src(image.src):
        attrs = f' src="{_e(image.src)}" alt="{_e(image.alt or "")}"'
        if image.width is not None:
            attrs += f' width="{image.width}"'
        if image.height is not None:
            attrs += f' height="{image.height}"'
        parts.append(f'<img{attrs} loading="lazy">')
    elif image.src is not None:
        parts[0] = (
            f'<figure class="{cls}" data-nm-image="{index}" '
            f'data-nm-blocked="{_e(blocked_scheme(image.src))}">'
        )
        if image.alt:
            parts.append(f'<p class="nm-alt">{_e(image.alt)}</p>')
    if image.caption is not None and (image.caption.text or image.caption.credit):
        cap = f'<span class="nm-caption">{_e(image.caption.text)}</span>'
        if image.caption.credit is not None:
            cap += f' <small class="nm-credit">{_e(image.caption.credit)}</small>'
        parts.append(f"<figcaption>{cap}</figcaption>")
    parts.append("</figure>")
    return "".join(parts)


def _items(items: list[ListItem]) -> str:
    out = []
    for item in items:
        nested = f"<ul>{_items(item.items)}</ul>" if item.items else ""
        out.append(f"<li>{render_inline(item.text, item.marks)}{nested}</li>")
    return "".join(out)


def _body(article: Article) -> str:
    out: list[str] = []
    dateline = article.dateline
    first_paragraph = True
    for block in article.body:
        if isinstance(block, Paragraph):
            lead = ""
            if first_paragraph and dateline is not None:
                lead = f'<span class="nm-dateline">{_e(dateline.text)}</span> — '
            first_paragraph = False
            out.append(f"<p>{lead}{render_inline(block.text, block.marks)}</p>")
        elif isinstance(block, Heading):
            level = max(2, block.level)
            out.append(f"<h{level}>{render_inline(block.text, block.marks)}</h{level}>")
        elif isinstance(block, ImageBlock):
            out.append(_figure(article.images[block.image], block.image, "nm-figure"))
        elif isinstance(block, RelatedLink):
            out.append(
                f'<aside class="nm-related-link"><span class="nm-label">{_e(block.label)}</span>'
                f"<a{_href(block.url)}>{_e(block.title)}</a></aside>"
            )
        elif isinstance(block, BlockQuote):
            paras = "".join(f"<p>{render_inline(p.text, p.marks)}</p>" for p in block.paragraphs)
            out.append(f"<blockquote>{paras}</blockquote>")
        elif isinstance(block, ListBlock):
            tag = "ol" if block.ordered else "ul"
            start = f' start="{block.start}"' if block.ordered and block.start is not None else ""
            out.append(f"<{tag}{start}>{_items(block.items)}</{tag}>")
        elif isinstance(block, RawBlock):
            fmt = f' data-format="{_e(block.format)}"' if block.format else ""
            out.append(f'<pre class="nm-raw"{fmt}>{_e(block.text)}</pre>')
    if first_paragraph and dateline is not None:
        out.insert(0, f'<p><span class="nm-dateline">{_e(dateline.text)}</span></p>')
    return "\n".join(out)


_LINK_GROUPS = (
    ("related", "Related", ("related",)),
    ("sources", "Sources", ("citation", "source")),
    ("links", "Links", ("inline", "other", "canonical")),
)


def _footer(article: Article) -> str:
    out: list[str] = []
    for cls, heading, rels in _LINK_GROUPS:
        items = [
            f"<li><a{_href(link.url)}>{_e(link.text or link.url)}</a></li>"
            for link in article.links
            if link.rel in rels and not (link.rel == "inline" and link.position is not None)
        ]
        if items:
            out.append(
                f'<section class="nm-{cls}"><h2>{heading}</h2><ul>{"".join(items)}</ul></section>'
            )
    if article.keywords:
        tags = "".join(f"<li>{_e(k)}</li>" for k in article.keywords)
        out.append(
            f'<section class="nm-keywords"><h2>Tags</h2><ul class="nm-tags">{tags}</ul></section>'
        )
    originals = [link.url for link in article.links if link.rel == "original"]
    if article.url is not None:
        originals.insert(0, article.url)
    seen: list[str] = []
    for url in originals:
        if url not in seen:
            seen.append(url)
    if seen or article.publisher:
        by = (
            f' by <span class="nm-publisher">{_e(article.publisher)}</span>'
            if article.publisher
            else ""
        )
        links = " · ".join(f'<a class="nm-original"{_href(u)}>{_e(u)}</a>' for u in seen)
        where = f" at {links}" if links else ""
        out.append(f'<p class="nm-source">Originally published{by}{where}.</p>')
    if not out:
        return ""
    return '<footer class="nm-footer">\n' + "\n".join(out) + "\n</footer>"


def _head_meta(article: Article) -> list[str]:
    out: list[str] = []

    def meta(attr: str, key: str, value: str) -> None:
        out.append(f'<meta {attr}="{key}" content="{_e(value)}">')

    if article.subtitle is not None:
        meta("name", "description", article.subtitle)
    if article.bylines:
        meta("name", "author", ", ".join(b.name for b in article.bylines))
    if article.url is not None and is_safe_href(article.url):
        out.append(f'<link rel="canonical" href="{_e(article.url)}">')
        meta("property", "og:url", article.url)
    meta("property", "og:type", "article")
    meta("property", "og:title", article.title)
    if article.subtitle is not None:
        meta("property", "og:description", article.subtitle)
    if article.publisher is not None:
        meta("property", "og:site_name", article.publisher)
    lead = next((i for i in article.images if i.src is not None and is_safe_src(i.src)), None)
    if lead is not None and lead.src is not None:
        meta("property", "og:image", lead.src)
        if lead.alt:
            meta("property", "og:image:alt", lead.alt)
    if article.published is not None:
        meta("property", "article:published_time", article.published.isoformat())
    if article.modified is not None:
        meta("property", "article:modified_time", article.modified.isoformat())
    if article.section is not None:
        meta("property", "article:section", article.section)
    for keyword in article.keywords:
        meta("property", "article:tag", keyword)
    return out


def _embedded_jsonld(article: Article) -> str:
    own = {k: v for k, v in article.extra.items() if k not in READER_KEYS}
    source = article if own == article.extra else article.model_copy(update={"extra": own})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LossWarning)
        text = jsonld.dumps(source, indent=1)
    lost = [str(w.message).removeprefix("JSON-LD cannot carry: ") for w in caught]
    if lost:
        warnings.warn(
            "the HTML page shows the whole article, but reading it back recovers only its "
            "JSON-LD, which cannot carry: " + "; ".join(lost),
            LossWarning,
            stacklevel=4,
        )
    return escape_json_for_script(text.strip())


def dumps(article: Article, **options: Any) -> str:
    """Write an Article as a standalone HTML page (see the package docstring)."""
    lang = f' lang="{_e(article.language)}"' if article.language else ""
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newsmodel">',
        f"<title>{_e(article.title)}</title>",
        *_head_meta(article),
        f"<style>\n{_STYLE}</style>",
        f'<script type="application/ld+json">\n{_embedded_jsonld(article)}\n</script>',
    ]
    header = []
    if article.section is not None:
        header.append(f'<p class="nm-section">{_e(article.section)}</p>')
    header.append(f"<h1>{_e(article.title)}</h1>")
    if article.subtitle is not None:
        header.append(f'<p class="nm-subtitle">{_e(article.subtitle)}</p>')
    meta_lines = []
    if article.bylines:
        meta_lines.append(
            f'<p class="nm-byline">By {_join([_byline(b) for b in article.bylines])}</p>'
        )
    dates = []
    if article.published is not None:
        dates.append("Published " + _time(article.published, "nm-published"))
    if article.modified is not None:
        dates.append("Updated " + _time(article.modified, "nm-modified"))
    if dates:
        meta_lines.append(f'<p class="nm-dates">{" · ".join(dates)}</p>')
    if meta_lines:
        header.append('<div class="nm-meta">' + "".join(meta_lines) + "</div>")
    placed = {b.image for b in article.body if isinstance(b, ImageBlock)}
    loose = [i for i in range(len(article.images)) if i not in placed]
    if loose:
        header.append(_figure(article.images[loose[0]], loose[0], "nm-figure nm-lead"))
    gallery = "".join(_figure(article.images[i], i, "nm-figure") for i in loose[1:])
    parts = [
        "<!DOCTYPE html>",
        f"<html{lang}>",
        "<head>",
        *head,
        "</head>",
        "<body>",
        '<article class="nm-article">',
        "<header>",
        *header,
        "</header>",
        '<div class="nm-body">',
        _body(article),
        "</div>",
    ]
    if gallery:
        parts.append(f'<section class="nm-gallery">{gallery}</section>')
    footer = _footer(article)
    if footer:
        parts.append(footer)
    parts += ["</article>", "</body>", "</html>"]
    return "\n".join(p for p in parts if p) + "\n"
