"""schema.org JSON-LD: a ``NewsArticle`` as Google's news-article structured data describes it.

Writing gives one JSON object (``@context`` https://schema.org, ``@type`` NewsArticle)
with headline, alternativeHeadline/description, author (Person or Organization), the
dates, dateline, image (ImageObject list), url and mainEntityOfPage, inLanguage,
publisher, articleSection, keywords, articleBody and the links as citation /
isBasedOn / relatedLink / mentions.

Reading takes what publishers really write: a single object, a list of nodes, an
``@graph`` document, or an HTML page (every ``<script type="application/ld+json">`` is
read); ``@id`` references are followed; author as a string, a list or an object; image as
a URL, a list or an ImageObject; dates with or without a zone (a time without a zone
keeps only its day and warns; a zone is never guessed). Properties of the article node
that no rule reads are kept in ``Article.extra["jsonld"]`` and written back.

What does not survive a round trip (each is warned about when writing): body structure
(``articleBody`` is plain text: paragraphs joined by blank lines), inline marks, the
parts of a dateline other than its text, link positions and the rels original /
canonical / other, role and affiliation of an organization byline, ``extra`` keys other
than ``"jsonld"``, and quotes. See docs/interop/jsonld.md.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from collections.abc import Iterator
from typing import Any

from newsmodel._api import LossWarning, parse_json
from newsmodel._validate import validate_article
from newsmodel.errors import ParseError
from newsmodel.models import (
    Article,
    BlockQuote,
    Heading,
    ImageBlock,
    ListBlock,
    ListItem,
    Paragraph,
    RawBlock,
    RelatedLink,
)

__all__ = ["ARTICLE_TYPES", "CARRIES", "dumps", "loads"]

CARRIES: frozenset[str] = frozenset(
    {
        "title",
        "subtitle",
        "bylines",
        "published",
        "modified",
        "dateline",
        "language",
        "url",
        "publisher",
        "section",
        "keywords",
        "images",
        "body",
        "links",
        "extra",
    }
)
"""Fields with a place in a NewsArticle (body, dateline, links and extra in part)."""

ARTICLE_TYPES: tuple[str, ...] = (
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "LiveBlogPosting",
    "Article",
    "BlogPosting",
    "SatiricalArticle",
    "Report",
    "TechArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
    "WebPage",
)
"""Node types read as an article, in order of preference."""

_ORG_TYPES = frozenset(
    {"Organization", "NewsMediaOrganization", "Corporation", "NGO", "GovernmentOrganization"}
)
_LINK_PROPS: dict[str, str] = {
    "citation": "citation",
    "isBasedOn": "source",
    "relatedLink": "related",
    "mentions": "inline",
}
_REL_PROPS = {rel: prop for prop, rel in _LINK_PROPS.items()}
_LINK_TYPES = frozenset({"CreativeWork", "WebPage", "Article", "NewsArticle", "WebSite"})
_MODELED = frozenset(
    {
        "@context",
        "headline",
        "name",
        "alternativeHeadline",
        "description",
        "author",
        "datePublished",
        "dateModified",
        "dateline",
        "inLanguage",
        "url",
        "mainEntityOfPage",
        "publisher",
        "articleSection",
        "keywords",
        "image",
        "articleBody",
        *_LINK_PROPS,
    }
)
_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)
_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


# ---------------------------------------------------------------------------- reading


def loads(text: str, *, source: str = "<string>", **options: Any) -> Article:
    """Read an Article from schema.org JSON-LD (or from an HTML page holding JSON-LD).

    Args:
        text: A JSON-LD document, or HTML with ``<script type="application/ld+json">`` tags.
        source: The name of the input, for error messages.
        **options: Unused; accepted for a uniform signature.

    Raises:
        ParseError: the JSON is invalid (with line and column), or no article node is found.
        ValidationError: the article read does not fit the model.
    """
    nodes = [n for doc in _documents(text, source) for n in _flatten(doc)]
    index = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    node = _pick_article(nodes)
    if node is None:
        seen = sorted({t for n in nodes for t in _types(n)})
        raise ParseError(
            "no schema.org article node (NewsArticle, Article, BlogPosting...) found"
            + (f"; node types seen: {', '.join(seen)}" if seen else ""),
            line=1,
            column=1,
            source=source,
        )
    return _read_node({_key(k): v for k, v in node.items()}, index, source)


def _documents(text: str, source: str) -> Iterator[Any]:
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("<"):
        found = False
        for m in _SCRIPT.finditer(text):
            found = True
            body = m.group(1)
            offset = m.start(1)
            cleaned = body.strip()
            # Some pages wrap the JSON in an HTML comment or CDATA section.
            for head, tail in (("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")):
                if cleaned.startswith(head) and cleaned.endswith(tail):
                    cleaned = cleaned[len(head) : -len(tail)]
                    body = cleaned
                    offset = m.start(1) + m.group(1).find(cleaned)
            if not body.strip():
                continue
            yield _parse_json(body, source, text[:offset])
        if not found:
            raise ParseError(
                'no <script type="application/ld+json"> tag in this HTML', line=1, column=1, source=source
            )
        return
    yield _parse_json(text, source, "")


def _parse_json(text: str, source: str, before: str) -> Any:
    try:
        return parse_json(text, source=source)
    except ParseError as exc:
        if not before or exc.line is None:
            raise
        line0 = before.count("\n")
        col0 = len(before) - (before.rfind("\n") + 1)
        line = line0 + exc.line
        column = exc.column + (col0 if exc.line == 1 else 0) if exc.column is not None else None
        raise ParseError(exc.message, line=line, column=column, source=source) from None


def _flatten(doc: Any) -> Iterator[dict[str, Any]]:
    if isinstance(doc, list):
        for item in doc:
            yield from _flatten(item)
    elif isinstance(doc, dict):
        if "@graph" in doc:
            yield from _flatten(doc["@graph"])
            rest = {k: v for k, v in doc.items() if k not in ("@graph", "@context")}
            if "@type" in rest:
                yield rest
        else:
            yield doc


def _key(name: str) -> str:
    for prefix in ("http://schema.org/", "https://schema.org/", "schema:"):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def _types(node: dict[str, Any]) -> list[str]:
    raw = node.get("@type", node.get("type", []))
    items = raw if isinstance(raw, list) else [raw]
    return [_key(t) for t in items if isinstance(t, str)]


def _pick_article(nodes: list[dict[str, Any]]) -> dict[str, Any] | None:
    for wanted in ARTICLE_TYPES:
        for node in nodes:
            if wanted in _types(node) and (wanted != "WebPage" or "headline" in node):
                return node
    return None


def _resolve(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict):
        if set(value) <= {"@id", "@type"} and value.get("@id") in index:
            value = index[value["@id"]]
        if "@value" in value:
            return value["@value"]
        return {_key(k): v for k, v in value.items()}
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value", value.get("name", value.get("text")))
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _warn(message: str) -> None:
    warnings.warn(message, LossWarning, stacklevel=4)


def read_date(value: Any, name: str) -> dt.date | str | None:
    """A date value as a day or an aware moment; a naive time keeps its day and warns.

    Returns the original text when it is not ISO 8601 (the caller keeps it in ``extra``).
    """
    text = _text(value)
    if text is None:
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        _warn(f"{name} {text!r} is not an ISO 8601 date; it is kept in extra['jsonld']")
        return text
    if moment.tzinfo is None or moment.utcoffset() is None:
        _warn(f"{name} {text!r} has a time but no zone; only the day is kept (NM203)")
        return moment.date()
    return moment


def _read_node(node: dict[str, Any], index: dict[str, dict[str, Any]], source: str) -> Article:
    data: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    title = _text(node.get("headline"))
    if title is None:
        title = _text(node.get("name"))
    elif "name" in node:
        extra["name"] = node["name"]
    if title is not None:
        data["title"] = title
    alt = _text(node.get("alternativeHeadline"))
    desc = _text(node.get("description"))
    data["subtitle"] = alt or desc
    if alt and desc and desc != alt:
        extra["description"] = node["description"]

    data["bylines"] = _read_authors(node.get("author"), index, extra)

    for prop, field in (("datePublished", "published"), ("dateModified", "modified")):
        value = read_date(node.get(prop), prop)
        if isinstance(value, str):
            extra[prop] = node[prop]
        else:
            data[field] = value

    dateline = _text(node.get("dateline"))
    if dateline:
        data["dateline"] = {"text": dateline}

    lang = _text(_resolve(node.get("inLanguage"), index))
    if lang:
        lang = lang.replace("_", "-")
        if _LANG.match(lang):
            data["language"] = lang
        else:
            extra["inLanguage"] = node["inLanguage"]

    url = _text(node.get("url"))
    page = _resolve(node.get("mainEntityOfPage"), index)
    page_url = page.get("@id") or page.get("url") if isinstance(page, dict) else page
    if url is None and isinstance(page_url, str):
        url = page_url
    elif page is not None and page_url != url:
        extra["mainEntityOfPage"] = node["mainEntityOfPage"]
    data["url"] = url

    publisher = _resolve(node.get("publisher"), index)
    data["publisher"] = _text(publisher.get("name")) if isinstance(publisher, dict) else _text(publisher)

    sections = [s for s in (_text(x) for x in _as_list(node.get("articleSection"))) if s]
    if sections:
        data["section"] = sections[0]
        if len(sections) > 1:
            extra["articleSection"] = node["articleSection"]

    data["keywords"] = _read_keywords(node.get("keywords"))
    data["images"] = _read_images(node.get("image"), index)
    body = node.get("articleBody")
    if isinstance(body, str):
        data["body"] = [{"type": "paragraph", "text": p} for p in split_paragraphs(body)]

    links: list[dict[str, Any]] = []
    for prop, rel in _LINK_PROPS.items():
        if prop not in node:
            continue
        read = _read_links(node[prop], rel, index)
        if read is None:
            extra[prop] = node[prop]
        else:
            links.extend(read)
    data["links"] = links

    for key, value in node.items():
        if key not in _MODELED:
            extra[key] = value
    if extra.get("@type") == "NewsArticle":
        del extra["@type"]
    if extra:
        data["extra"] = {"jsonld": extra}
    return validate_article(data, source=source)


def _read_authors(
    value: Any, index: dict[str, dict[str, Any]], extra: dict[str, Any]
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    unread = False
    for item in _as_list(value):
        item = _resolve(item, index)
        if isinstance(item, str):
            if item.strip():
                out.append({"name": item.strip()})
            continue
        if not isinstance(item, dict):
            unread = True
            continue
        name = _text(item.get("name"))
        if name is None:
            given, family = _text(item.get("givenName")), _text(item.get("familyName"))
            name = " ".join(p for p in (given, family) if p) or None
        if name is None:
            unread = True
            continue
        byline: dict[str, Any] = {"name": name}
        if set(_types(item)) & _ORG_TYPES:
            byline["kind"] = "organization"
        url = _text(item.get("url"))
        if url:
            byline["url"] = url
        role = _text(item.get("jobTitle"))
        if role:
            byline["role"] = role
        aff = _resolve(item.get("affiliation") or item.get("worksFor"), index)
        aff_name = _text(aff.get("name")) if isinstance(aff, dict) else _text(aff)
        if aff_name:
            byline["affiliation"] = aff_name
        email = _text(item.get("email"))
        if email:
            byline["email"] = email.removeprefix("mailto:")
        out.append(byline)
    if unread:
        extra["author"] = value
        _warn("an author without a name cannot be a byline; the author value is kept in extra['jsonld']")
    return out


def _read_keywords(value: Any) -> list[str]:
    out: list[str] = []

    def add(item: Any) -> None:
        if isinstance(item, list):
            for x in item:
                add(x)
        elif isinstance(item, str):
            parts = item.split(",") if not isinstance(value, list) else [item]
            out.extend(p.strip() for p in parts if p.strip())
        elif isinstance(item, dict):
            name = _text(item.get("name"))
            if name:
                out.append(name)

    add(value)
    return out


def _size(value: Any) -> int | None:
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and value >= 1 and float(value).is_integer():
        return int(value)
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+)\s*(px)?\s*", value)
        if m and int(m.group(1)) >= 1:
            return int(m.group(1))
    return None


def _read_images(value: Any, index: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in _as_list(value):
        item = _resolve(item, index)
        if isinstance(item, str):
            out.append({"src": item})
            continue
        if not isinstance(item, dict):
            continue
        image: dict[str, Any] = {
            "src": _text(item.get("contentUrl")) or _text(item.get("url")),
            "width": _size(item.get("width")),
            "height": _size(item.get("height")),
        }
        if isinstance(item.get("description"), str):
            image["alt"] = item["description"].strip()
        caption = item.get("caption")
        credit = _text(item.get("creditText"))
        if caption is not None or credit is not None:
            text = caption if isinstance(caption, str) else _text(caption) or ""
            image["caption"] = {"text": text.strip(), "credit": credit}
        out.append(image)
    return out


def _read_links(
    value: Any, rel: str, index: dict[str, dict[str, Any]]
) -> list[dict[str, Any]] | None:
    """Links from a citation-like property, or None when an item is not a link to a page."""
    out: list[dict[str, Any]] = []
    for item in _as_list(value):
        item = _resolve(item, index)
        if isinstance(item, str):
            out.append({"url": item, "rel": rel})
            continue
        if not isinstance(item, dict):
            return None
        url = _text(item.get("url")) or _text(item.get("@id"))
        types = set(_types(item))
        if url is None or (types and not types & _LINK_TYPES):
            return None
        out.append({"url": url, "text": _text(item.get("name")), "rel": rel})
    return out


def split_paragraphs(body: str) -> list[str]:
    """Paragraphs of a plain-text body: split at blank lines, else at line breaks."""
    text = body.replace("\r\n", "\n").strip()
    if not text:
        return []
    parts = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    return [" ".join(p.split()) for p in parts if p.strip()]


# ---------------------------------------------------------------------------- writing


def dumps(article: Article, *, indent: int | None = 2, **options: Any) -> str:
    """Write an Article as a schema.org NewsArticle JSON-LD object.

    Args:
        article: The article.
        indent: JSON indentation (None for one line).
        **options: ``script=True`` wraps the JSON in a ``<script type="application/ld+json">`` tag.

    Anything set on the article that the mapping cannot carry is named in one
    ``LossWarning`` (see the module docstring).
    """
    lost: list[str] = []
    node: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    node["headline"] = article.title
    if article.subtitle is not None:
        node["alternativeHeadline"] = article.subtitle
        node["description"] = article.subtitle
    if article.url is not None:
        node["url"] = article.url
        node["mainEntityOfPage"] = {"@type": "WebPage", "@id": article.url}
    if article.published is not None:
        node["datePublished"] = article.published.isoformat()
    if article.modified is not None:
        node["dateModified"] = article.modified.isoformat()
    if article.bylines:
        node["author"] = [_write_byline(b, lost) for b in article.bylines]
    if article.dateline is not None:
        node["dateline"] = article.dateline.text
        d = article.dateline
        if d.places or d.date or d.agency or d.rest:
            lost.append("dateline places/date/agency (only the dateline text is written)")
    if article.language is not None:
        node["inLanguage"] = article.language
    if article.publisher is not None:
        node["publisher"] = {"@type": "Organization", "name": article.publisher}
    if article.section is not None:
        node["articleSection"] = article.section
    if article.keywords:
        node["keywords"] = list(article.keywords)
    if article.images:
        node["image"] = [_write_image(i) for i in article.images]
    if article.body:
        node["articleBody"] = _write_body(article, lost)
    _write_links(article, node, lost)
    for key, value in article.extra.items():
        if key == "jsonld" and isinstance(value, dict):
            for k, v in value.items():
                if k not in node or k == "@type":
                    node[k] = v
                else:
                    lost.append(f"extra['jsonld'][{k!r}] (the article's own value is written)")
        else:
            lost.append(f"extra[{key!r}]")
    if lost:
        warnings.warn(
            "JSON-LD cannot carry: " + "; ".join(lost), LossWarning, stacklevel=3
        )
    text = json.dumps(node, ensure_ascii=False, indent=indent)
    if options.get("script"):
        # "</" cannot appear inside a script element.
        text = text.replace("</", "<\\/")
        return f'<script type="application/ld+json">\n{text}\n</script>\n'
    return text + "\n"


def _write_byline(b: Any, lost: list[str]) -> dict[str, Any]:
    org = b.kind == "organization"
    out: dict[str, Any] = {"@type": "Organization" if org else "Person", "name": b.name}
    if b.url is not None:
        out["url"] = b.url
    if b.email is not None:
        out["email"] = b.email
    if org:
        if b.role is not None or b.affiliation is not None:
            lost.append(f"role/affiliation of organization byline {b.name!r}")
        return out
    if b.role is not None:
        out["jobTitle"] = b.role
    if b.affiliation is not None:
        out["affiliation"] = {"@type": "Organization", "name": b.affiliation}
    return out


def _write_image(image: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "ImageObject"}
    if image.src is not None:
        out["contentUrl"] = image.src
        out["url"] = image.src
    if image.width is not None:
        out["width"] = image.width
    if image.height is not None:
        out["height"] = image.height
    if image.caption is not None:
        out["caption"] = image.caption.text
        if image.caption.credit is not None:
            out["creditText"] = image.caption.credit
    if image.alt is not None:
        out["description"] = image.alt
    return out


def _item_texts(items: list[ListItem]) -> Iterator[ListItem]:
    for item in items:
        yield item
        yield from _item_texts(item.items)


def _write_body(article: Article, lost: list[str]) -> str:
    paragraphs: list[str] = []
    dropped: dict[str, int] = {}
    marks = 0

    def note(kind: str) -> None:
        dropped[kind] = dropped.get(kind, 0) + 1

    for block in article.body:
        if isinstance(block, Paragraph):
            paragraphs.append(block.text)
            marks += len(block.marks)
            if not block.text.strip() or "\n" in block.text or block.text != block.text.strip():
                lost.append("paragraph whitespace (blank paragraphs, line breaks)")
        elif isinstance(block, Heading):
            paragraphs.append(block.text)
            marks += len(block.marks)
            note("heading (written as a paragraph)")
        elif isinstance(block, BlockQuote):
            paragraphs.extend(p.text for p in block.paragraphs)
            marks += sum(len(p.marks) for p in block.paragraphs)
            note("block quote (written as paragraphs)")
        elif isinstance(block, ListBlock):
            for item in _item_texts(block.items):
                paragraphs.append(item.text)
                marks += len(item.marks)
            note("list (items written as paragraphs)")
        elif isinstance(block, ImageBlock):
            note("image placement")
        elif isinstance(block, RelatedLink):
            note("related link")
        elif isinstance(block, RawBlock):
            note("raw block")
    if marks:
        lost.append(f"{marks} inline mark(s) (articleBody is plain text)")
    for kind, count in dropped.items():
        lost.append(f"{count} {kind}")
    return "\n\n".join(paragraphs)


def _write_links(article: Article, node: dict[str, Any], lost: list[str]) -> None:
    positions = 0
    for link in article.links:
        prop = _REL_PROPS.get(link.rel)
        if prop is None:
            lost.append(f"link {link.url!r} with rel {link.rel!r}")
            continue
        if link.position is not None:
            positions += 1
        item: dict[str, Any] = {"@type": "CreativeWork", "url": link.url}
        if link.text is not None:
            item["name"] = link.text
        node.setdefault(prop, []).append(item)
    if positions:
        lost.append(f"the body position of {positions} link(s)")
