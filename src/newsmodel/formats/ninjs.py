"""IPTC ninjs (News in JSON), versions 2.2 and 3.1; reads 1.x documents too.

``dumps(article, version="3.1")`` (or ``"2.2"``) writes a document that validates against
the official IPTC schema of that version: the headline and subtitle in ``headlines``
(roles ``main`` and ``sub``), contributors in ``by`` and as ``people`` / ``organisations``
with ``rel: "author"``, the body as HTML in ``bodies``, images as ``associations`` of type
``picture`` with a rendition and caption / creditline / alt ``descriptions``, the dates in
``firstCreated`` / ``versionCreated``, keywords and section as ``subjects``, the publisher
as an ``infoSources`` entry with role ``publisher``, the dateline text in ``located``.

ninjs has no place for some of the model: a day without a time (ninjs dates are
date-times), byline roles and affiliations, link lists, quotes, dateline parts. Unless
``extension=False``, whatever the native mapping would lose rides in one description with
role ``x-newsmodel`` (JSON text), so ``loads(dumps(a)) == a``; a day-only date also warns,
since other ninjs readers will not see it. With ``extension=False`` every such loss warns.

Reading detects the version (``standard.version``, camelCase 3.x names, lowercase 2.x
names, 1.x ``headline`` / ``body_html``). Properties that no rule reads are kept in
``Article.extra["ninjs"]`` (in 3.x spelling) and written back, so agency data is never
dropped; image associations' unread parts are kept in ``extra["ninjs_images"]``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import warnings
from html.parser import HTMLParser
from typing import Any

from newsmodel._api import LossWarning, parse_json
from newsmodel._validate import validate_article
from newsmodel.errors import FormatError, NewsModelError, ParseError
from newsmodel.models import (
    Article,
    Block,
    BlockQuote,
    Heading,
    ImageBlock,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    RawBlock,
    RelatedLink,
)

__all__ = ["CARRIES", "EXTENSION_ROLE", "VERSIONS", "detect_version", "dumps", "loads"]

CARRIES: frozenset[str] = frozenset(Article.model_fields)
"""Every field: natively where ninjs has a place, otherwise in the ``x-newsmodel`` description."""

VERSIONS = ("2.2", "3.1")
"""The versions ``dumps`` writes."""

EXTENSION_ROLE = "x-newsmodel"
"""Role of the description that carries what ninjs has no place for."""

_SCHEMA_URI = {
    "2.2": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json",
    "3.1": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
}

# camelCase names of ninjs 3.x whose 2.x spelling is all lowercase.
_CAMEL = ["representationType", "firstCreated", "versionCreated", "contentCreated", "pubStatus", "copyrightHolder", "copyrightNotice", "usageTerms", "edNote", "infoSources", "altIds", "trustIndicators", "rightsInfo", "digitalSourceType", "contentType", "charCount", "wordCount", "contactInfo", "postalCode", "sizeInBytes", "langId", "linkedRights", "encodedRights", "symbolType", "aspectRatio", "videoCodec", "frameRate", "transportProtocol", "scanType", "geoJSON", "eventDetails", "plannedCoverage", "eventStatus", "plannedCoverageStatus", "startDate", "endDate", "expectedStartDate", "expectedEndDate", "expectedDuration", "recurrenceDates", "recurrenceRules", "exclAudience", "itemCount", "rangeFrom", "rangeTo"]
_TO31 = {name.lower(): name for name in _CAMEL} | {"embargoed": "embargoedUntil"}
_TO22 = {v: k for k, v in _TO31.items()}
_TOP_22 = frozenset(
    ["uri", "type", "representationtype", "profile", "version", "firstcreated", "versioncreated", "contentcreated", "embargoed", "pubstatus", "urgency", "copyrightholder", "copyrightnotice", "usageterms", "ednote", "language", "descriptions", "bodies", "headlines", "people", "organisations", "places", "subjects", "events", "objects", "infosources", "title", "by", "slugline", "located", "renditions", "associations", "altids", "trustindicators", "standard", "genres", "expires", "rightsinfo", "digitalsourcetype"]
)
_TOP_31 = frozenset(_TO31.get(k, k) for k in _TOP_22) | {"eventDetails", "plannedCoverage"}
_V1_KEYS = frozenset({"headline", "body_text", "body_html", "description_text", "description_html"})
_HTML_TYPES = ("html", "xhtml", "xml")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_AUTHOR_RELS = frozenset({"author", "creator", "byline", "contributor"})
_IMAGE_TYPES = frozenset({"picture", "graphic"})


def _warn(message: str) -> None:
    warnings.warn(message, LossWarning, stacklevel=4)


def _is_uri(value: str | None) -> bool:
    return value is not None and _URI.match(value) is not None


# ------------------------------------------------------------------ spelling and versions


def _convert_keys(obj: Any, table: dict[str, str]) -> Any:
    if isinstance(obj, list):
        return [_convert_keys(x, table) for x in obj]
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            out[table.get(k, k)] = v if k in ("geoJSON", "geojson") else _convert_keys(v, table)
        return out
    return obj


def detect_version(doc: dict[str, Any]) -> str:
    """The ninjs major version of a document: ``"1"``, ``"2"`` or ``"3"``."""
    standard = doc.get("standard")
    if isinstance(standard, dict) and isinstance(standard.get("version"), str):
        major = str(standard["version"]).strip()[:1]
        if major in "123":
            return major
    if any(k in _TO22 and k != k.lower() for k in doc):
        return "3"
    if _V1_KEYS & set(doc) or isinstance(doc.get("associations"), dict):
        return "1"
    if any(k in _TO31 for k in doc):
        return "2"
    return "3"


def _from_v1(doc: dict[str, Any]) -> dict[str, Any]:
    out = dict(doc)

    def target(key: str) -> list[Any] | None:
        # The 2.x list a 1.x value moves into; None when the document already holds
        # something else under that name (then the 1.x value stays where it is, in extra).
        if out.get(key) is None:
            out[key] = []
        value = out[key]
        return value if isinstance(value, list) else None

    if "headline" in out and (heads := target("headlines")) is not None:
        heads.insert(0, {"role": "main", "value": out.pop("headline")})
    for key, ctype in (("body_html", "text/html"), ("body_text", "text/plain")):
        if key in out and (bodies := target("bodies")) is not None:
            bodies.append({"role": "main", "contenttype": ctype, "value": out.pop(key)})
    for key, ctype in (("description_html", "text/html"), ("description_text", "text/plain")):
        if key in out and (descs := target("descriptions")) is not None:
            descs.append({"contenttype": ctype, "value": out.pop(key)})
    for old, new in (("subject", "subjects"), ("person", "people"), ("organisation", "organisations"),
                     ("place", "places"), ("object", "objects"), ("event", "events")):
        if old in out and new not in out:
            out[new] = out.pop(old)
    for key in ("associations", "renditions"):
        value = out.get(key)
        if isinstance(value, dict):
            out[key] = [
                {"name": name, **(_from_v1(item) if key == "associations" else item)}
                if isinstance(item, dict) else item
                for name, item in value.items()
            ]
    return out


# ------------------------------------------------------------------------------ HTML body


_INLINE_TAGS = {"emphasis": "em", "strong": "strong", "code": "code", "strikethrough": "s", "link": "a"}
_TAG_KINDS = {"em": "emphasis", "i": "emphasis", "strong": "strong", "b": "strong", "code": "code",
              "s": "strikethrough", "del": "strikethrough", "strike": "strikethrough", "a": "link"}
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "col", "embed"})
_CONTAINERS = frozenset({"div", "section", "article", "main", "body", "html", "header", "footer"})


def _esc(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def _open_tag(mark: Mark) -> str:
    tag = _INLINE_TAGS[mark.kind]
    if mark.kind != "link":
        return f"<{tag}>"
    attrs = f' href="{html.escape(mark.url or "", quote=True)}"'
    if mark.title is not None:
        attrs += f' title="{html.escape(mark.title, quote=True)}"'
    return f"<a{attrs}>"


def _inline_html(text: str, marks: list[Mark]) -> str:
    order = sorted(range(len(marks)), key=lambda i: (marks[i].start, -marks[i].end, i))
    points = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[Mark] = []
    for n, p in enumerate(points):
        reopen: list[Mark] = []
        while any(m.end == p for m in stack):
            top = stack.pop()
            out.append(f"</{_INLINE_TAGS[top.kind]}>")
            if top.end != p:
                reopen.insert(0, top)
        for i in order:
            m = marks[i]
            if m.start == p == m.end:
                out.append(_open_tag(m) + f"</{_INLINE_TAGS[m.kind]}>")
        starting = [marks[i] for i in order if marks[i].start == p < marks[i].end]
        for m in reopen + starting:
            out.append(_open_tag(m))
            stack.append(m)
        if n + 1 < len(points):
            out.append(_esc(text[p : points[n + 1]]))
    return "".join(out)


def _list_html(block: ListBlock | None, items: list[ListItem], ordered: bool) -> str:
    tag = "ol" if ordered else "ul"
    start = f' start="{block.start}"' if block is not None and block.start is not None else ""
    inner = "".join(
        "<li>" + _inline_html(i.text, i.marks) + (_list_html(None, i.items, ordered) if i.items else "") + "</li>"
        for i in items
    )
    return f"<{tag}{start}>{inner}</{tag}>"


def body_html(body: list[Block]) -> str:
    """The body blocks as HTML that ``body_blocks`` reads back to the same blocks."""
    parts: list[str] = []
    for b in body:
        if isinstance(b, Paragraph):
            parts.append(f"<p>{_inline_html(b.text, b.marks)}</p>")
        elif isinstance(b, Heading):
            parts.append(f"<h{b.level}>{_inline_html(b.text, b.marks)}</h{b.level}>")
        elif isinstance(b, BlockQuote):
            inner = "".join(f"<p>{_inline_html(p.text, p.marks)}</p>" for p in b.paragraphs)
            parts.append(f"<blockquote>{inner}</blockquote>")
        elif isinstance(b, ListBlock):
            parts.append(_list_html(b, b.items, b.ordered))
        elif isinstance(b, ImageBlock):
            parts.append(f'<figure data-newsmodel-image="{b.image}"></figure>')
        elif isinstance(b, RelatedLink):
            parts.append(
                f'<aside class="related"><span class="label">{_esc(b.label)}</span> '
                f'<a href="{html.escape(b.url, quote=True)}">{_esc(b.title)}</a></aside>'
            )
        elif isinstance(b, RawBlock):
            fmt = html.escape(b.format or "", quote=True)
            parts.append(f'<div data-newsmodel-raw="{fmt}">{html.escape(b.text, quote=False)}</div>')
    return "\n".join(parts)


class _Element:
    __slots__ = ("attrs", "children", "tag")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Element | str] = []


_MAX_DEPTH = 100
"""Open HTML elements a body can nest before deeper ones are flattened."""


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = _Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(el)
        # Past _MAX_DEPTH open elements, further ones are kept as empty siblings and
        # their content goes to the deepest open element: the text is kept, and the
        # tree stays shallow enough for the recursive walks below.
        if tag not in _VOID and len(self.stack) < _MAX_DEPTH:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Element(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


class _Inline:
    """Plain text and marks collected from inline HTML.

    The text is kept as a list of pieces (joined once at the end): appending to one
    growing string would copy it each time, quadratic in a body of many small elements.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.marks: list[dict[str, Any]] = []

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def _last(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def _append(self, data: str) -> None:
        if data:
            self.parts.append(data)
            self.size += len(data)

    def _rstrip_spaces(self) -> None:
        while self.parts and self.parts[-1].endswith(" "):
            kept = self.parts[-1].rstrip(" ")
            self.size -= len(self.parts[-1]) - len(kept)
            if kept:
                self.parts[-1] = kept
                return
            self.parts.pop()

    def add(self, data: str) -> None:
        data = _SPACES.sub(" ", data)
        if data.startswith(" ") and (not self.parts or self._last() in (" ", "\n")):
            data = data[1:]
        self._append(data)

    def walk(self, node: _Element | str, skip_lists: bool = False) -> None:
        if isinstance(node, str):
            self.add(node)
            return
        if node.tag == "br":
            self._rstrip_spaces()
            self._append("\n")
            return
        if skip_lists and node.tag in ("ul", "ol"):
            return
        kind = _TAG_KINDS.get(node.tag)
        mark: dict[str, Any] | None = None
        if kind is not None:
            mark = {"kind": kind, "start": self.size}
            if kind == "link":
                mark["url"] = node.attrs.get("href", "")
                if "title" in node.attrs:
                    mark["title"] = node.attrs["title"]
            self.marks.append(mark)
        for child in node.children:
            if isinstance(child, _Element) and child.tag == "p" and self.parts and self._last() != " ":
                self.add(" ")
            self.walk(child, skip_lists)
        if mark is not None:
            mark["end"] = self.size

    def result(self) -> dict[str, Any]:
        text = self.text.rstrip(" ")
        for m in self.marks:
            m["start"] = min(m["start"], len(text))
            m["end"] = min(m["end"], len(text))
        return {"text": text, "marks": self.marks}


_SPACES = re.compile(r"[ \t\n\r\f]+")


def _inline(node: _Element, skip_lists: bool = False) -> dict[str, Any]:
    run = _Inline()
    for child in node.children:
        run.walk(child, skip_lists)
    return run.result()


def _serialize(node: _Element | str) -> str:
    if isinstance(node, str):
        return html.escape(node, quote=False)
    attrs = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in node.attrs.items())
    if node.tag in _VOID:
        return f"<{node.tag}{attrs}>"
    return f"<{node.tag}{attrs}>" + "".join(_serialize(c) for c in node.children) + f"</{node.tag}>"


def _list_items(node: _Element) -> list[dict[str, Any]]:
    items = []
    for li in node.children:
        if not isinstance(li, _Element) or li.tag != "li":
            continue
        item = _inline(li, skip_lists=True)
        item["items"] = [
            x for sub in li.children if isinstance(sub, _Element) and sub.tag in ("ul", "ol")
            for x in _list_items(sub)
        ]
        items.append(item)
    return items


def _text_of(node: _Element | str) -> str:
    if isinstance(node, str):
        return node
    return "".join(_text_of(c) for c in node.children)


def body_blocks(source: str) -> list[dict[str, Any]]:
    """Body blocks (as model data) from an HTML body."""
    builder = _TreeBuilder()
    builder.feed(source)
    builder.close()
    blocks: list[dict[str, Any]] = []
    loose = _Inline()

    def flush() -> None:
        nonlocal loose
        para = loose.result()
        if para["text"].strip():
            blocks.append({"type": "paragraph", **para})
        loose = _Inline()

    def visit(children: list[_Element | str]) -> None:
        for node in children:
            if isinstance(node, str) or node.tag in _TAG_KINDS or node.tag in ("br", "span", "sup", "sub"):
                loose.walk(node)
                continue
            flush()
            tag, attrs = node.tag, node.attrs
            if tag == "p":
                para = _inline(node)
                if para["text"].strip():
                    blocks.append({"type": "paragraph", **para})
            elif re.fullmatch(r"h[1-6]", tag):
                blocks.append({"type": "heading", "level": int(tag[1]), **_inline(node)})
            elif tag == "blockquote":
                paras = [_inline(c) for c in node.children if isinstance(c, _Element) and c.tag == "p"]
                if not paras:
                    paras = [_inline(node)]
                blocks.append({"type": "blockquote", "paragraphs": [p for p in paras if p["text"]]})
            elif tag in ("ul", "ol"):
                start = attrs.get("start")
                block: dict[str, Any] = {"type": "list", "ordered": tag == "ol", "items": _list_items(node)}
                if start and start.isdigit() and tag == "ol":
                    block["start"] = int(start)
                blocks.append(block)
            elif tag == "figure" and attrs.get("data-newsmodel-image", "").isdigit():
                blocks.append({"type": "image", "image": int(attrs["data-newsmodel-image"])})
            elif tag == "aside" and attrs.get("class") == "related":
                label = next((c for c in node.children if isinstance(c, _Element) and c.tag == "span"), None)
                link = next((c for c in node.children if isinstance(c, _Element) and c.tag == "a"), None)
                if link is not None:
                    blocks.append({
                        "type": "related", "url": link.attrs.get("href", ""),
                        "title": _text_of(link),
                        **({"label": _text_of(label)} if label is not None else {}),
                    })
                else:
                    blocks.append({"type": "raw", "format": "html", "text": _serialize(node)})
            elif tag == "div" and "data-newsmodel-raw" in attrs:
                blocks.append({"type": "raw", "format": attrs["data-newsmodel-raw"] or None,
                               "text": _text_of(node)})
            elif tag in _CONTAINERS:
                visit(node.children)
            else:
                blocks.append({"type": "raw", "format": "html", "text": _serialize(node)})
        flush()

    visit(builder.root.children)
    return blocks


# ---------------------------------------------------------------------------- reading


def loads(text: str, *, source: str = "<string>", **options: Any) -> Article:
    """Read an Article from a ninjs document (1.x, 2.x or 3.x).

    Args:
        text: The ninjs JSON text.
        source: The name of the input, for error messages.
        **options: Unused; accepted for a uniform signature.

    Raises:
        ParseError: the text is not JSON (with line and column) or not a JSON object.
        ValidationError: what was read does not fit the model.
    """
    doc = parse_json(text, source=source)
    if not isinstance(doc, dict):
        raise ParseError("a ninjs document is a JSON object", line=1, column=1, source=source)
    version = detect_version(doc)
    if version == "1":
        doc = _convert_keys(_from_v1(doc), _TO31)
    elif version == "2":
        doc = _convert_keys(doc, _TO31)
    data, ext = _read_native(doc)
    if ext is not None:
        data.update(ext)
    return validate_article(data, source=source)


def _read_date(value: Any, name: str, extra: dict[str, Any]) -> dt.date | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        _warn(f"{name} {value!r} is not an ISO 8601 date; it is kept in extra['ninjs']")
        extra[name] = value
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        _warn(f"{name} {value!r} has a time but no zone; only the day is kept (NM203)")
        return moment.date()
    return moment


def _split_by(by: str) -> list[str]:
    text = re.sub(r"^\s*by\s+", "", by, flags=re.IGNORECASE).strip()
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+und\s+", text)
    return [p.strip() for p in parts if p.strip()]


def join_names(names: list[str]) -> str:
    """Names as a ``by`` line: ``A``, ``A and B``, ``A, B and C``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _pop_items(doc: dict[str, Any], key: str, take: Any) -> list[dict[str, Any]]:
    """Remove and return the items of list ``doc[key]`` for which ``take(item)`` holds."""
    items = doc.get(key)
    if not isinstance(items, list):
        return []
    taken = [i for i in items if isinstance(i, dict) and take(i)]
    rest = [i for i in items if not (isinstance(i, dict) and take(i))]
    if rest:
        doc[key] = rest
    else:
        del doc[key]
    return taken


def _is_html(ctype: Any) -> bool:
    return isinstance(ctype, str) and any(t in ctype.lower() for t in _HTML_TYPES)


def _read_native(source_doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Model data from a ninjs 3.x-spelled document, and the x-newsmodel extension if any."""
    doc = json.loads(json.dumps(source_doc))  # a deep copy we consume
    data: dict[str, Any] = {}
    extra: dict[str, Any] = {}

    ext_items = _pop_items(doc, "descriptions", lambda d: d.get("role") == EXTENSION_ROLE)
    ext: dict[str, Any] | None = None
    if ext_items:
        try:
            loaded = json.loads(ext_items[0].get("value", ""))
            ext = loaded if isinstance(loaded, dict) else None
        except json.JSONDecodeError:
            ext = None
        if ext is None:
            extra.setdefault("descriptions", []).extend(ext_items)

    uri = doc.pop("uri", None)
    if isinstance(uri, str) and uri.startswith(("http://", "https://")):
        data["url"] = uri
    elif isinstance(uri, str) and not uri.startswith("urn:newsmodel:"):
        extra["uri"] = uri
    if doc.get("type") == "text":
        del doc["type"]
    doc.pop("standard", None)

    heads = _pop_items(doc, "headlines", lambda h: h.get("role") in (None, "main", "sub", "subheadline"))
    for h in heads:
        if h.get("role") in (None, "main") and "title" not in data:
            data["title"] = h.get("value")
        elif h.get("role") in ("sub", "subheadline") and "subtitle" not in data:
            data["subtitle"] = h.get("value")
        else:
            extra.setdefault("headlines", []).append(h)
    if "title" not in data and isinstance(doc.get("title"), str):
        data["title"] = doc.pop("title")

    bylines: list[dict[str, Any]] = []
    for key, kind in (("people", "person"), ("organisations", "organization")):
        for p in _pop_items(doc, key, _is_byline_entry):
            b: dict[str, Any] = {"name": p["name"], "kind": kind}
            if "uri" in p:
                b["url"] = p["uri"]
            if "contactInfo" in p:
                b["email"] = p["contactInfo"][0]["value"]
            bylines.append(b)
    by = doc.pop("by", None)
    if isinstance(by, str):
        names = [b["name"] for b in bylines]
        if not bylines:
            bylines = [{"name": n} for n in _split_by(by)]
            names = [b["name"] for b in bylines]
        if by != join_names(names):
            extra["by"] = by
    data["bylines"] = bylines

    for key, field in (("firstCreated", "published"), ("versionCreated", "modified")):
        if key in doc:
            data[field] = _read_date(doc.pop(key), key, extra)

    located = doc.pop("located", None)
    if isinstance(located, str) and located.strip():
        data["dateline"] = {"text": located}
    lang = doc.pop("language", None)
    if isinstance(lang, str):
        if _LANG.match(lang.replace("_", "-")):
            data["language"] = lang.replace("_", "-")
        else:
            extra["language"] = lang
    pubs = _pop_items(doc, "infoSources", lambda s: s.get("role") == "publisher" and set(s) == {"name", "role"})
    if pubs:
        data["publisher"] = pubs[0]["name"]
        if len(pubs) > 1:
            extra.setdefault("infoSources", []).extend(pubs[1:])
    sections = _pop_items(doc, "subjects", lambda s: s.get("rel") == "section" and set(s) == {"name", "rel"})
    if sections:
        data["section"] = sections[0]["name"]
        if len(sections) > 1:
            extra.setdefault("subjects", []).extend(sections[1:])
    keywords = _pop_items(doc, "subjects", lambda s: s.get("rel") == "keyword" and set(s) == {"name", "rel"})
    data["keywords"] = [k["name"] for k in keywords]

    bodies = doc.get("bodies") if isinstance(doc.get("bodies"), list) else []
    chosen = next(
        (b for b in bodies if isinstance(b, dict) and _is_html(b.get("contentType")) and isinstance(b.get("value"), str)),
        None,
    )
    if chosen is None:
        chosen = next((b for b in bodies if isinstance(b, dict) and isinstance(b.get("value"), str)), None)
    if chosen is not None:
        _pop_items(doc, "bodies", lambda b: b is chosen)
        value = chosen.get("value", "")
        if _is_html(chosen.get("contentType")):
            data["body"] = body_blocks(value)
        else:
            data["body"] = [{"type": "paragraph", "text": p} for p in _plain_paragraphs(value)]

    images: list[dict[str, Any]] = []
    image_rest: list[dict[str, Any] | None] = []
    for a in _pop_items(doc, "associations", _is_image_association):
        image, rest = _read_image(a, len(images))
        images.append(image)
        image_rest.append(rest or None)
    data["images"] = images
    if any(image_rest):
        data.setdefault("extra", {})["ninjs_images"] = image_rest

    for key, value in doc.items():
        if key in extra and isinstance(extra[key], list) and isinstance(value, list):
            extra[key] = value + extra[key]
        else:
            extra[key] = value
    if extra:
        data.setdefault("extra", {})["ninjs"] = extra
    return data, ext


def _is_byline_entry(p: dict[str, Any]) -> bool:
    if p.get("rel") != "author" or not isinstance(p.get("name"), str) or not p["name"].strip():
        return False
    if not set(p) <= {"name", "rel", "uri", "contactInfo"}:
        return False
    if "uri" in p and not isinstance(p["uri"], str):
        return False
    info = p.get("contactInfo")
    return info is None or (
        isinstance(info, list)
        and len(info) == 1
        and isinstance(info[0], dict)
        and set(info[0]) == {"type", "value"}
        and info[0]["type"] == "email"
        and isinstance(info[0]["value"], str)
    )


def _plain_paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").strip()
    parts = re.split(r"\n[ \t]*\n", text) if re.search(r"\n[ \t]*\n", text) else text.split("\n")
    return [" ".join(p.split()) for p in parts if p.strip()]


def _is_image_association(a: dict[str, Any]) -> bool:
    if a.get("type") in _IMAGE_TYPES:
        return True
    rends = a.get("renditions")
    return "type" not in a and isinstance(rends, list) and any(
        isinstance(r, dict) and str(r.get("contentType", "")).startswith("image/") for r in rends
    )


def _number(value: Any) -> int | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 1 and float(value).is_integer():
        return int(value)
    return None


def _read_image(a: dict[str, Any], index: int) -> tuple[dict[str, Any], dict[str, Any]]:
    rest = dict(a)
    image: dict[str, Any] = {}
    rends = [r for r in rest.pop("renditions", []) if isinstance(r, dict)]
    chosen = next((r for r in rends if r.get("name") == "original"), None)
    if chosen is None and rends:
        chosen = max(rends, key=lambda r: (_number(r.get("width")) or 0) * (_number(r.get("height")) or 0))
    if chosen is not None:
        rends.remove(chosen)
        image["src"] = chosen.get("href")
        image["width"] = _number(chosen.get("width"))
        image["height"] = _number(chosen.get("height"))
        leftover = {k: v for k, v in chosen.items() if k not in ("href", "width", "height")}
        if leftover != {"name": "original"}:
            rest["rendition"] = leftover
    if rends:
        rest["renditions"] = rends
    uri = rest.pop("uri", None)
    if "src" not in image and isinstance(uri, str) and not uri.startswith("urn:newsmodel:"):
        image["src"] = uri
    elif uri is not None and uri != image.get("src") and uri != f"urn:newsmodel:image:{index + 1}":
        rest["uri"] = uri
    if rest.get("name") == f"image{index + 1}":
        del rest["name"]
    if rest.get("type") == "picture":
        del rest["type"]
    descs = [d for d in rest.pop("descriptions", []) if isinstance(d, dict)]
    caption: dict[str, Any] | None = None
    kept = []
    for d in descs:
        role, value = d.get("role"), d.get("value")
        if not isinstance(value, str) or _is_html(d.get("contentType")):
            kept.append(d)
        elif role in (None, "caption", "text") and caption is None:
            caption = {"text": value}
        elif role in ("creditline", "credit") and "credit" not in (caption or {}):
            caption = {"text": "", **(caption or {}), "credit": value}
        elif role in ("alt", "alttext") and "alt" not in image:
            image["alt"] = value
        else:
            kept.append(d)
    if caption is not None:
        image["caption"] = caption
    if kept:
        rest["descriptions"] = kept
    return image, rest


# ---------------------------------------------------------------------------- writing


def dumps(
    article: Article,
    *,
    version: str = "3.1",
    extension: bool = True,
    indent: int | None = 2,
    **options: Any,
) -> str:
    """Write an Article as a ninjs document.

    Args:
        article: The article.
        version: ``"3.1"`` (default) or ``"2.2"``.
        extension: Carry what ninjs cannot hold in an ``x-newsmodel`` description
            (default); with False, such losses are warned about and left out.
        indent: JSON indentation (None for one line).
        **options: Unused.

    Raises:
        FormatError: an unknown version.
    """
    if version not in VERSIONS:
        raise FormatError(f"unknown ninjs version {version!r}; use one of {', '.join(VERSIONS)}")
    doc = _write_native(article, version)
    for field in ("published", "modified"):
        value = getattr(article, field)
        if value is not None and not isinstance(value, dt.datetime):
            where = "kept in the x-newsmodel description" if extension else "left out"
            warnings.warn(
                f"ninjs dates are date-times; the day {value.isoformat()} ({field}) has no time, "
                f"so it is {where}",
                LossWarning,
                stacklevel=3,
            )
    try:
        native, _ = _read_native(doc)
        back: Article | None = validate_article(native)
    except NewsModelError:
        back = None
    differ = [
        name for name in Article.model_fields
        if back is None or getattr(back, name) != getattr(article, name)
    ]
    if differ:
        if extension:
            ext = {name: article.model_dump(mode="json", include={name})[name] for name in differ}
            desc = {"role": EXTENSION_ROLE, "contentType": "application/json",
                    "value": json.dumps(ext, ensure_ascii=False, sort_keys=True)}
            doc.setdefault("descriptions", []).append(desc)
        else:
            warnings.warn(f"ninjs cannot carry: {', '.join(differ)}", LossWarning, stacklevel=3)
    if version == "2.2":
        doc = _convert_keys(doc, _TO22)
    return json.dumps(doc, ensure_ascii=False, indent=indent) + ("\n" if indent is not None else "")


def _fallback_uri(article: Article) -> str:
    digest = hashlib.sha256(article.model_dump_json().encode("utf-8")).hexdigest()[:32]
    return f"urn:newsmodel:{digest}"


def _write_native(article: Article, version: str) -> dict[str, Any]:
    """The 3.1-spelled document (2.2 output is converted afterwards)."""
    ninjs_extra = article.extra.get("ninjs")
    extra: dict[str, Any] = dict(ninjs_extra) if isinstance(ninjs_extra, dict) else {}
    allowed = _TOP_31 if version == "3.1" else frozenset(_TO31.get(k, k) for k in _TOP_22)
    doc: dict[str, Any] = {}
    if isinstance(extra.get("uri"), str):
        doc["uri"] = extra.pop("uri")
    elif _is_uri(article.url) and str(article.url).startswith(("http://", "https://")):
        doc["uri"] = article.url
    else:
        doc["uri"] = _fallback_uri(article)
    doc["type"] = extra.pop("type", "text")
    doc["standard"] = {"name": "ninjs", "version": version, "schema": _SCHEMA_URI[version]}
    extra.pop("standard", None)
    if isinstance(article.published, dt.datetime):
        doc["firstCreated"] = article.published.isoformat()
    if isinstance(article.modified, dt.datetime):
        doc["versionCreated"] = article.modified.isoformat()
    if article.language is not None:
        doc["language"] = article.language
    heads = [{"role": "main", "value": article.title}]
    if article.subtitle is not None:
        heads.append({"role": "sub", "value": article.subtitle})
    doc["headlines"] = heads
    if isinstance(extra.get("by"), str):
        doc["by"] = extra.pop("by")
    elif article.bylines:
        doc["by"] = join_names([b.name for b in article.bylines])
    for key, kind in (("people", "person"), ("organisations", "organization")):
        entries = []
        for b in article.bylines:
            if b.kind != kind:
                continue
            entry: dict[str, Any] = {"name": b.name, "rel": "author"}
            if _is_uri(b.url):
                entry["uri"] = b.url
            if b.email is not None:
                entry["contactInfo"] = [{"type": "email", "value": b.email}]
            entries.append(entry)
        if entries:
            doc[key] = entries
    if article.dateline is not None:
        doc["located"] = article.dateline.text
    if article.publisher is not None:
        doc["infoSources"] = [{"name": article.publisher, "role": "publisher"}]
    subjects = [{"name": article.section, "rel": "section"}] if article.section is not None else []
    subjects += [{"name": k, "rel": "keyword"} for k in article.keywords]
    if subjects:
        doc["subjects"] = subjects
    if article.body:
        doc["bodies"] = [{"role": "main", "contentType": "text/html", "value": body_html(article.body)}]
    rests = article.extra.get("ninjs_images")
    rest_list: list[dict[str, Any]] = [
        r if isinstance(r, dict) else {}
        for r in (rests if isinstance(rests, list) and len(rests) == len(article.images) else [])
    ]
    if article.images:
        doc["associations"] = [
            _write_image(img, i, rest_list[i] if rest_list else {}, version)
            for i, img in enumerate(article.images)
        ]
    for key, value in extra.items():
        if key not in allowed:
            continue
        if key in doc and isinstance(doc[key], list) and isinstance(value, list):
            doc[key] = doc[key] + value
        elif key not in doc:
            doc[key] = value
    return doc


def _write_image(image: Any, index: int, rest: dict[str, Any], version: str) -> dict[str, Any]:
    rest = dict(rest)
    out: dict[str, Any] = {
        "name": rest.pop("name", f"image{index + 1}"),
        "uri": rest.pop("uri", image.src if _is_uri(image.src) else f"urn:newsmodel:image:{index + 1}"),
        "type": rest.pop("type", "picture"),
    }
    rendition: dict[str, Any] = dict(rest.pop("rendition", {"name": "original"}))
    if _is_uri(image.src):
        rendition["href"] = image.src
    if image.width is not None:
        rendition["width"] = image.width
    if image.height is not None:
        rendition["height"] = image.height
    renditions = [rendition] if len(rendition) > 1 or rest.get("renditions") else []
    renditions += [r for r in rest.pop("renditions", []) if isinstance(r, dict)]
    if renditions:
        out["renditions"] = renditions
    descs: list[dict[str, Any]] = []
    if image.caption is not None:
        descs.append({"role": "caption", "value": image.caption.text})
        if image.caption.credit is not None:
            descs.append({"role": "creditline", "value": image.caption.credit})
    if image.alt is not None:
        descs.append({"role": "alt", "value": image.alt})
    descs += [d for d in rest.pop("descriptions", []) if isinstance(d, dict)]
    if descs:
        out["descriptions"] = descs
    for key, value in rest.items():
        if key not in out and (version == "3.1" or key != "rel"):
            out[key] = value
    return out
