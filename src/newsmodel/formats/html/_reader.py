"""Reading the metadata of an article page into an Article, with each value's provenance."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from newsmodel._api import LossWarning
from newsmodel._validate import validate_article
from newsmodel.errors import MissingDependencyError, NewsModelError, ParseError
from newsmodel.formats import jsonld
from newsmodel.formats.html._visible import Shown
from newsmodel.models import Article
from newsmodel.text.bylines import parse_byline
from newsmodel.text.dates import DateParseError, read_date

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["loads"]

_LANG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
_SPACE = re.compile(r"\s+")
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " •")
_PLACEHOLDER = "\ufffenewsmodel-no-headline"
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|author", re.IGNORECASE)
# The words of an author link to the author's page: "View all posts by", "More from".
_MORE_BY = re.compile(
    r"^(?:(?:view|see|read|browse|show)\s+)?(?:all\s+|more\s+)?(?:posts|articles|stories|"
    r"entries|news|content|beiträge|artikel|articles\s+de)?\s*(?:by|from|von|de|par)\s+(?=\S)",
    re.IGNORECASE,
)
_CREDIT_PROPS = frozenset({"copyrightHolder", "creditText", "author", "copyrightNotice", "creator"})

# meta names read for each field, after JSON-LD and microdata, in order of trust.
# Keys of OpenGraph (og:*) and its article:* properties are recorded as "og:<key>",
# the rest as "meta:<key>".
_META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "title", "sailthru.title", "parsely-title", "dc.title"),
    "subtitle": ("og:description", "description", "twitter:description", "dc.description"),
    "bylines": (
        "author",
        "article:author",
        "byl",
        "parsely-author",
        "sailthru.author",
        "dc.creator",
        "dcterms.creator",
    ),
    "published": (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "publishdate",
        "publish-date",
        "pubdate",
        "parsely-pub-date",
        "sailthru.date",
        "dc.date.issued",
        "dcterms.issued",
        "dcterms.created",
        "dc.date",
        "date",
    ),
    "modified": (
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "last-modified",
        "dcterms.modified",
    ),
    "url": ("og:url",),
    "language": ("og:locale", "content-language", "language", "dc.language"),
    "publisher": ("og:site_name", "publisher", "dc.publisher", "application-name"),
    "keywords": ("article:tag", "news_keywords", "keywords", "parsely-tags"),
    "section": ("article:section", "section", "parsely-section"),
}


def _tree(text: str) -> LexborHTMLParser:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:
        raise MissingDependencyError("selectolax", "html") from None
    return LexborHTMLParser(text)


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = _SPACE.sub(" ", text).strip()
    return text or None


def _source_key(key: str) -> str:
    """The provenance name of a meta key: og:title, og:article:published_time, meta:author."""
    if key.startswith("og:"):
        return key
    if key.startswith("article:"):
        return "og:" + key
    return "meta:" + key


@dataclass
class _Page:
    """What the reader collected from one page."""

    tree: LexborHTMLParser
    meta: list[tuple[str, str]] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)
    ours: bool = False

    def metas(self, key: str) -> list[str]:
        return [v for k, v in self.meta if k == key]

    def note(self, message: str) -> None:
        self.notes.setdefault("unread", []).append(message)


def _collect_meta(page: _Page) -> None:
    for node in page.tree.css("meta"):
        attrs = node.attributes
        key = (
            attrs.get("property")
            or attrs.get("name")
            or attrs.get("http-equiv")
            or attrs.get("itemprop")
        )
        value = attrs.get("content")
        if key and value is not None and "itemscope" not in attrs:
            if _inside_itemscope(node) and "property" not in attrs and "name" not in attrs:
                continue  # microdata of an item, read with that item
            page.meta.append((key.strip().lower(), value))
    page.ours = "newsmodel" in page.metas("generator")


def _inside_itemscope(node: LexborNode) -> bool:
    return _scope_of(node) is not None


# ---------------------------------------------------------------------------- JSON-LD


def _jsonld_documents(page: _Page) -> list[Any]:
    docs: list[Any] = []
    for number, node in enumerate(page.tree.css("script"), start=1):
        kind = (node.attributes.get("type") or "").split(";")[0].strip().lower()
        if kind != "application/ld+json":
            continue
        text = (node.text(deep=True) or "").strip()
        for head, tail in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
            if text.startswith(head) and text.endswith(tail):
                text = text[len(head) : -len(tail)].strip()
        if not text:
            continue
        try:
            docs.append(json.loads(text))
        except json.JSONDecodeError as exc:
            page.note(
                f"script {number}: invalid JSON-LD ({exc.msg} at line {exc.lineno}, column {exc.colno})"
            )
    return docs


def _unescape_entities(value: Any) -> Any:
    """Character references that some CMSes leave in JSON-LD strings ("Germany&#39;s")."""
    if isinstance(value, str):
        return html.unescape(value) if _ENTITY.search(value) else value
    if isinstance(value, list):
        return [_unescape_entities(v) for v in value]
    if isinstance(value, dict):
        return {k: _unescape_entities(v) for k, v in value.items()}
    return value


def _read_node(
    node: dict[str, Any], others: list[dict[str, Any]], page: _Page, what: str
) -> Article | None:
    """An Article from one schema.org node through the JSON-LD reader (other nodes for @id)."""
    patched = dict(node)
    if not any(isinstance(patched.get(k), str | list | dict) for k in ("headline", "name")):
        patched["headline"] = _PLACEHOLDER
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", LossWarning)  # dates are read again below
            return jsonld.loads(json.dumps([patched, *others]), source=what)
    except NewsModelError as exc:
        page.note(f"{what}: {exc}")
        return None


def _from_jsonld(page: _Page) -> tuple[Article | None, dict[str, Any]]:
    docs = _jsonld_documents(page)
    if not page.ours:
        docs = _unescape_entities(docs)
    nodes = [n for doc in docs for n in jsonld._flatten(doc)]
    node = jsonld._pick_article(nodes)
    if node is None:
        return None, {}
    others = [n for n in nodes if n is not node]
    raw = {jsonld._key(k): v for k, v in node.items()}
    return _read_node(node, others, page, "JSON-LD"), raw


# ---------------------------------------------------------------------------- microdata


def _itemtypes(node: LexborNode) -> list[str]:
    raw = node.attributes.get("itemtype") or ""
    return [t.rstrip("/").rsplit("/", 1)[-1] for t in raw.split()]


def _scope_of(node: LexborNode) -> LexborNode | None:
    parent = node.parent
    while parent is not None:
        if "itemscope" in parent.attributes:
            return parent
        parent = parent.parent
    return None


def _prop_value(node: LexborNode) -> Any:
    if "itemscope" in node.attributes:
        return _item(node)
    attrs = node.attributes
    tag = node.tag
    if tag == "meta":
        return attrs.get("content")
    if tag == "a" and set((attrs.get("itemprop") or "").split()) & {"author", "creator"}:
        # <a itemprop="author" href="/author/dennis/">Dennis Z.</a>: a microdata value is
        # the href, but the person is the link's text (the href is their page)
        name = _clean(node.text(deep=True, separator=" "))
        if name:
            return {"@type": "Person", "name": name, "url": attrs.get("href")}
    if tag in ("a", "link", "area"):
        return attrs.get("href")
    if tag in ("img", "audio", "video", "source", "iframe", "embed", "track"):
        return attrs.get("src")
    if tag == "object":
        return attrs.get("data")
    if tag in ("data", "meter"):
        return attrs.get("value")
    if tag == "time" and attrs.get("datetime"):
        return attrs.get("datetime")
    if attrs.get("content") is not None:
        return attrs.get("content")
    return _clean(node.text(deep=True, separator=" "))


def _item(scope: LexborNode) -> dict[str, Any]:
    types = _itemtypes(scope)
    item: dict[str, Any] = {"@type": types or ["Thing"]}
    for node in scope.css("[itemprop]"):
        owner = _scope_of(node)
        if owner is None or owner.mem_id != scope.mem_id:
            continue
        value = _prop_value(node)
        if value is None:
            continue
        for name in (node.attributes.get("itemprop") or "").split():
            if name in item:
                previous = item[name]
                item[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
            else:
                item[name] = value
    return item


def _microdata_authors(value: Any) -> Any:
    """Author values that are an element's text read as bylines, repeats dropped.

    ``<span itemprop="author">Martin Untersinger (avec Damien Leloup et Morgane Tual)</span>``
    is a byline as the page shows it, not one name; a second ``itemprop="author"`` in an
    author box ("... Journaliste au Monde Suivre ...") adds only names of a few words.
    """
    values = value if isinstance(value, list) else [value]
    out: list[Any] = []
    names: set[str] = set()
    for v in values:
        if not isinstance(v, str):
            out.append(v)
            continue
        for b in parse_byline(v):
            if len(b.name.split()) > 6 or b.name.casefold() in names:
                continue
            names.add(b.name.casefold())
            item: dict[str, Any] = {
                "@type": "Organization" if b.kind == "organization" else "Person",
                "name": b.name,
            }
            if b.role:
                item["jobTitle"] = b.role
            if b.email:
                item["email"] = b.email
            out.append(item)
    return out


def _from_microdata(page: _Page) -> tuple[Article | None, dict[str, Any]]:
    wanted = set(jsonld.ARTICLE_TYPES) - {"WebPage"}
    for scope in page.tree.css("[itemscope][itemtype]"):
        if set(_itemtypes(scope)) & wanted and _scope_of(scope) is None:
            node = _item(scope)
            node["@type"] = next(t for t in _itemtypes(scope) if t in wanted)
            if "author" not in node and "creator" in node:
                node["author"] = node.pop("creator")  # schema.org's wider property
            if "author" in node:
                node["author"] = _microdata_authors(node["author"])
            if isinstance(node.get("headline"), list):
                node["headline"] = node["headline"][0]
            return _read_node(node, [], page, "microdata"), node
    return None, {}


# ---------------------------------------------------------------------------- dates


@dataclass(frozen=True)
class _When:
    value: dt.date
    naive: str | None = None


def _read_when(text: str | None, where: str, page: _Page) -> _When | None:
    text = _clean(text)
    if text is None:
        return None
    try:
        if len(text) == 10:
            return _When(dt.date.fromisoformat(text))
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        try:
            reading = read_date(text)
        except DateParseError as exc:
            page.note(f"{where}: {exc.reason}: {text!r}")
            return None
        return _When(reading.value, text if reading.naive_time else None)
    if moment.tzinfo is None or moment.utcoffset() is None:
        return _When(moment.date(), text)
    return _When(moment)


def _time_elements(page: _Page, kind: str) -> Iterator[tuple[str, str]]:
    """``<time datetime>`` values for published/modified, best first, with their source key."""
    hints = ("updated", "modified") if kind == "modified" else ("publish", "posted", "created")
    prop = "dateModified" if kind == "modified" else "datePublished"
    times = [n for n in page.tree.css("time[datetime]") if n.attributes.get("datetime")]
    hinted = []
    for node in times:
        attrs = node.attributes
        label = " ".join(str(attrs.get(a) or "") for a in ("class", "id", "itemprop")).lower()
        if (
            prop.lower() in label
            or any(h in label for h in hints)
            or (kind == "published" and "pubdate" in attrs)
        ):
            hinted.append(node)
    for node in hinted:
        yield "time", str(node.attributes.get("datetime"))
    if kind == "published" and not hinted:
        for node in times:
            attrs = node.attributes
            label = " ".join(str(attrs.get(a) or "") for a in ("class", "itemprop")).lower()
            if not any(h in label for h in ("updated", "modified")):  # (dateModified too)
                yield "time", str(node.attributes.get("datetime"))
                return


def _visible_date(page: _Page, kind: str, shown: Shown) -> tuple[str, _When] | None:
    """The first date the page shows (see ``_visible``) that reads, of the right kind.

    A text that does not read is passed over without a note: most candidates are not dates.
    """
    for where, text in shown.dates(kind):
        try:
            reading = read_date(text)
        except DateParseError:
            continue
        if kind == "published" and reading.kind == "modified":
            continue
        if (
            kind == "modified"
            and where in ("byline-element", "date-line")
            and reading.kind != "modified"
        ):
            continue  # a date beside the headline is an update only when it says so
        return where, _When(reading.value, _clean(text) if reading.naive_time else None)
    return None


_Bylines = tuple[list[dict[str, Any]], str]  # bylines and their provenance


def _page_bylines(
    page: _Page, data: dict[str, Any], provenance: dict[str, str]
) -> _Bylines | None:
    """Bylines from meta tags or ``<a rel="author">`` links; else the site-name placeholder.

    A meta author that only repeats the site's own name (DW's ``<meta name="author"
    content="Deutsche Welle (www.dw.com)">`` beside the same ``publisher``) names no
    writer: it is returned, as an organization, for use only when what the page shows
    (read later, once the title is known) gives no byline either.
    """
    site = {
        v.strip().casefold()
        for k in (*_META_KEYS["publisher"], "og:site_name")
        for v in page.metas(k)
        if v.strip()
    }
    if isinstance(data.get("publisher"), str):
        site.add(data["publisher"].strip().casefold())
    placeholder: _Bylines | None = None
    for key in _META_KEYS["bylines"]:
        values = [v for v in page.metas(key) if v.strip()]
        if values and site and all(v.strip().casefold() in site for v in values):
            if placeholder is None:
                placeholder = (
                    [{"name": _clean(v), "kind": "organization"} for v in dict.fromkeys(values)],
                    _source_key(key),
                )
            continue
        bylines = _meta_bylines(key, values)
        if bylines:
            data["bylines"], provenance["bylines"] = bylines, _source_key(key)
            return None
    bylines = _rel_author_bylines(page)
    if bylines:
        data["bylines"], provenance["bylines"] = bylines, "rel-author"
        return None
    return placeholder


def _shown(
    page: _Page,
    data: dict[str, Any],
    provenance: dict[str, str],
    naive: dict[str, str],
    placeholder: _Bylines | None,
) -> None:
    """The last resort, once the title is known: the bylines and dates the page shows."""
    missing = [n for n in ("bylines", "published", "modified") if n not in data]
    if not missing:
        return
    shown = None if page.ours else Shown(page.tree, data["title"])
    if "bylines" in missing:
        seen = shown.bylines() if shown is not None else None
        if seen is None:
            seen = placeholder
        if seen is not None:
            data["bylines"], provenance["bylines"] = seen
    if shown is None:
        return
    for name in ("published", "modified"):
        when_seen = _visible_date(page, name, shown) if name in missing else None
        if when_seen is not None:
            where, when = when_seen
            data[name] = when.value
            provenance[name] = where
            if when.naive is not None:
                naive[name] = when.naive


# ---------------------------------------------------------------------------- merging


def _is_set(value: Any) -> bool:
    return value not in (None, [], "", {})


def _title_from(text: str, page: _Page, publisher: str | None) -> str:
    """A meta or <title> title without the site name a publisher appends (when provable)."""
    h1 = page.tree.css_first("h1")
    heading = _clean(h1.text(deep=True, separator=" ")) if h1 is not None else None
    if heading and text != heading and text.startswith(heading):
        rest = text[len(heading) :]
        if rest.startswith(_TITLE_SEPARATORS):
            return heading
    names = [
        n for n in (publisher, *page.metas("og:site_name"), *page.metas("application-name")) if n
    ]
    for sep in _TITLE_SEPARATORS:
        head, found, tail = text.rpartition(sep)
        if found and head and any(tail.strip().lower() == n.strip().lower() for n in names):
            return head.strip()
    return text


def _split_list(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        for part in v.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _meta_bylines(key: str, values: list[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for value in values:
        value = value.strip()
        if not value or re.match(r"^[a-z][a-z0-9+.\-]*://", value, re.IGNORECASE):
            continue  # article:author is often a profile URL, not a name
        for b in parse_byline(value):
            out.append(b.model_dump(exclude_defaults=True))
    return out


def _rel_author_bylines(page: _Page) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for node in page.tree.css("a[rel]"):
        if "author" not in (node.attributes.get("rel") or "").lower().split():
            continue
        name = _clean(node.text(deep=True, separator=" "))
        if not name:
            continue
        name = _MORE_BY.sub("", name)  # "View all posts by Daniel Lemire"
        read = parse_byline(name)  # "By Ana Lima"
        if len(read) == 1:
            name = read[0].name
        byline: dict[str, Any] = {"name": name}
        href = node.attributes.get("href")
        if href:
            byline["url"] = href
        if byline not in out:
            out.append(byline)
    return out


def _language(value: str | None) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    value = value.split(",")[0].strip().replace("_", "-")
    return value if _LANG.match(value) else None


def _lead_caption(page: _Page, src: str | None) -> tuple[str | None, str | None]:
    """Caption and credit of the page's <figure> whose image is ``src``."""
    if not src:
        return None, None
    for figure in page.tree.css("figure"):
        img = figure.css_first("img")
        cap = figure.css_first("figcaption")
        if img is None or cap is None:
            continue
        sources = {img.attributes.get(a) for a in ("src", "data-src", "data-original")}
        srcset = img.attributes.get("srcset") or ""
        sources |= {part.strip().split(" ")[0] for part in srcset.split(",") if part.strip()}
        if src not in sources:
            continue
        credit_nodes = [
            n
            for n in cap.css("*")
            if _CREDIT_CLASS.search(str(n.attributes.get("class") or ""))
            or set(str(n.attributes.get("itemprop") or "").split()) & _CREDIT_PROPS
        ]
        credit = _clean(credit_nodes[0].text(deep=True, separator=" ")) if credit_nodes else None
        full = cap.text(deep=True, separator=" ")
        if credit_nodes:
            full = full.replace(credit_nodes[0].text(deep=True, separator=" "), " ", 1)
        return _clean(full), credit
    return None, None


def _meta_image(page: _Page) -> dict[str, Any] | None:
    src = next(
        iter(
            page.metas("og:image") + page.metas("og:image:url") + page.metas("og:image:secure_url")
        ),
        None,
    )
    key = "og:image"
    if src is None:
        src = next(iter(page.metas("twitter:image") + page.metas("twitter:image:src")), None)
        key = "meta:twitter:image"
    if not src:
        return None
    image: dict[str, Any] = {"src": src.strip(), "_source": key}
    alt = next(iter(page.metas("og:image:alt") + page.metas("twitter:image:alt")), None)
    if alt:
        image["alt"] = alt.strip()
    for name in ("width", "height"):
        raw = next(iter(page.metas(f"og:image:{name}")), "")
        if raw.strip().isdigit() and int(raw) > 0:
            image[name] = int(raw)
    return image


def loads(text: str, *, source: str = "<string>", **options: Any) -> Article:
    """Read the metadata of an HTML article page into an Article (see the package docstring)."""
    page = _Page(_tree(text))
    _collect_meta(page)
    provenance: dict[str, str] = {}
    data: dict[str, Any] = {}

    ld_article, ld_raw = _from_jsonld(page)
    md_article, md_raw = _from_microdata(page)
    structured = [
        (a, raw, name)
        for a, raw, name in ((ld_article, ld_raw, "jsonld"), (md_article, md_raw, "microdata"))
        if a is not None
    ]

    # Fields the JSON-LD reader knows, from the most trusted structured source that has them.
    simple = (
        "subtitle",
        "bylines",
        "url",
        "language",
        "publisher",
        "section",
        "keywords",
        "images",
    )
    for name in ("title", *simple):
        for article, _raw, where in structured:
            value = getattr(article, name)
            if name == "title" and value == _PLACEHOLDER:
                continue
            if _is_set(value):
                data[name] = (
                    [v.model_dump() for v in value] if name in ("bylines", "images") else value
                )
                provenance[name] = where
                break
    if ld_article is not None:  # the rest of what JSON-LD carries comes along
        for name in ("dateline", "body", "links", "extra"):
            value = getattr(ld_article, name)
            if _is_set(value):
                data[name] = (
                    value.model_dump()
                    if name == "dateline" and value is not None
                    else [v.model_dump() for v in value]
                    if isinstance(value, list)
                    else value
                )
                if name != "extra":
                    provenance[name] = "jsonld"

    # Dates: read here from the raw values, so that a naive time is flagged per field.
    naive: dict[str, str] = {}
    for name, prop in (("published", "datePublished"), ("modified", "dateModified")):
        candidates: list[tuple[str, Any]] = [
            (where, raw.get(prop)) for _a, raw, where in structured
        ]
        candidates += [(_source_key(k), v) for k in _META_KEYS[name] for v in page.metas(k)]
        candidates += list(_time_elements(page, name))
        for where, value in candidates:
            if isinstance(value, list):
                value = value[0] if value else None
            if isinstance(value, dict):
                value = value.get("@value")
            if not isinstance(value, str):
                continue
            when = _read_when(value, where, page)
            if when is None:
                continue
            data[name] = when.value
            provenance[name] = where
            if when.naive is not None:
                naive[name] = when.naive
            break

    # The rest of the page's metadata, for what structured data did not give.
    publisher = data.get("publisher")
    for name in ("title", "subtitle", "url", "language", "publisher", "section"):
        if name in data:
            continue
        for key in _META_KEYS[name]:
            values = [v for v in page.metas(key) if v.strip()]
            if not values:
                continue
            chosen = _clean(values[0])
            if name == "title" and chosen is not None:
                chosen = _title_from(chosen, page, publisher)
            if name == "language":
                chosen = _language(chosen)
            if chosen:
                data[name] = chosen
                provenance[name] = _source_key(key)
                break
    placeholder = _page_bylines(page, data, provenance) if "bylines" not in data else None
    if "keywords" not in data:
        for key in _META_KEYS["keywords"]:
            keywords = _split_list(page.metas(key))
            if keywords:
                data["keywords"] = keywords
                provenance["keywords"] = _source_key(key)
                break
    if "url" not in data:
        link = next(
            (
                n
                for n in page.tree.css("link[rel][href]")
                if "canonical" in (n.attributes.get("rel") or "").lower().split()
            ),
            None,
        )
        href = _clean(link.attributes.get("href")) if link is not None else None
        if href:
            base = page.tree.css_first("base[href]")
            if base is not None and base.attributes.get("href"):
                href = urljoin(str(base.attributes.get("href")), href)
            data["url"] = href
            provenance["url"] = "link:canonical"
    if "language" not in data:
        root = page.tree.css_first("html")
        lang = (
            _language(root.attributes.get("lang") or root.attributes.get("xml:lang"))
            if root is not None
            else None
        )
        if lang:
            data["language"] = lang
            provenance["language"] = "html:lang"
    if "title" not in data:
        for where, getter in _TITLE_ELEMENTS:
            found = getter(page)
            if found:
                data["title"] = _title_from(found, page, publisher) if where == "title" else found
                provenance["title"] = where
                break
    if "title" not in data:
        raise ParseError(
            "no title: the page has no JSON-LD or microdata headline, og:title, <meta name=title>, "
            "<h1> or <title>",
            source=source,
        )
    _shown(page, data, provenance, naive, placeholder)
    if "images" not in data:
        image = _meta_image(page)
        if image is not None:
            provenance["images"] = image.pop("_source")
            data["images"] = [image]
    images = data.get("images") or []
    if images and not images[0].get("caption") and not page.ours:
        caption, credit = _lead_caption(page, images[0].get("src"))
        if caption or credit:
            images[0]["caption"] = {"text": caption or "", "credit": credit}
            if caption:
                provenance["image_caption"] = "figure"
            if credit:
                provenance["image_credit"] = "figure"
    _check_dates(data, provenance, page)

    extra = dict(data.get("extra") or {})
    extra["provenance"] = provenance
    if naive:
        page.notes["naive_time"] = naive
    if page.notes:
        extra["html"] = page.notes
    data["extra"] = extra
    return validate_article(data, source=source)


def _h1(page: _Page) -> str | None:
    node = page.tree.css_first("h1")
    return _clean(node.text(deep=True, separator=" ")) if node is not None else None


def _title_tag(page: _Page) -> str | None:
    node = page.tree.css_first("title")
    return _clean(node.text(deep=True)) if node is not None else None


_TITLE_ELEMENTS: tuple[tuple[str, Callable[[_Page], str | None]], ...] = (
    ("h1", _h1),
    ("title", _title_tag),
)


def _day(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _check_dates(data: dict[str, Any], provenance: dict[str, str], page: _Page) -> None:
    """Drop a modified date that comes before the published one (sources disagree)."""
    published, modified = data.get("published"), data.get("modified")
    if published is None or modified is None:
        return
    if isinstance(published, dt.datetime) and isinstance(modified, dt.datetime):
        before = modified < published
    else:
        before = _day(modified) < _day(published)
    if before:
        page.note(
            f"modified ({modified.isoformat()}, from {provenance['modified']}) is before "
            f"published ({published.isoformat()}, from {provenance['published']}); modified is left out"
        )
        del data["modified"]
        del provenance["modified"]
