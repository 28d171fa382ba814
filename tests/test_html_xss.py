"""XSS: text and URLs that carry script come out of the HTML writer inert.

Every page is parsed with html5lib (a real HTML5 parser, independent of the writer and of
the reader's parser) and checked for: exactly one script element (the JSON-LD one), no
``on*`` event-handler attributes, no element that can run or load active content, and no
``href``/``src`` whose scheme a browser would run. The URL check here is written from the
WHATWG URL rules, not imported from the writer.
"""

from __future__ import annotations

import json
import re
import warnings
from typing import Any

import pytest

import newsmodel as nm
from newsmodel._api import LossWarning
from newsmodel.formats import html as nmhtml

html5lib = pytest.importorskip("html5lib")

NS = "{http://www.w3.org/1999/xhtml}"

TEXT_PAYLOADS = [
    "<script>alert(1)</script>",
    "</script><script>alert(1)</script>",
    "<!--<script>alert(1)</script>-->",
    '"><img src=x onerror=alert(1)>',
    "' onmouseover='alert(1)",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "</title><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\u2028</script>\u2029",
]

URL_PAYLOADS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\x01javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml,<svg onload=alert(1)>",
    '" onerror="alert(1)',
    "https://example.com/\"><script>alert(1)</script>",
]

SAFE_LINK_SCHEMES = {"http", "https", "mailto", "tel", "ftp"}
ACTIVE_ELEMENTS = {"iframe", "object", "embed", "frame", "frameset", "applet", "base", "form",
                   "svg", "math", "link", "meta", "style", "script", "template"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster",
                  "background", "data", "codebase", "cite", "ping"}


def browser_scheme(value: str) -> str | None:
    """The scheme a browser reads from an attribute value (already entity-decoded by the parser)."""
    value = value.strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11"
                        "\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    value = re.sub(r"[\t\n\r]", "", value)
    m = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*):", value)
    return m.group(1).lower() if m else None


def assert_inert(page: str) -> dict[str, Any]:
    """Parse the page as a browser would and check it can run nothing; return its JSON-LD."""
    doc = html5lib.parse(page, namespaceHTMLElements=True)
    scripts = list(doc.iter(f"{NS}script"))
    assert len(scripts) == 1, [s.text for s in scripts]
    assert scripts[0].get("type") == "application/ld+json"
    assert not scripts[0].get("src")
    head = doc.find(f"{NS}head")
    assert head is not None
    head_children = set(id(e) for e in head)
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue  # comments
        tag = el.tag.removeprefix(NS)
        if tag in ACTIVE_ELEMENTS:
            # The page's own head elements only: one stylesheet, meta tags, the canonical link.
            assert id(el) in head_children, f"<{tag}> outside <head>"
            if tag == "link":
                assert el.get("rel") == "canonical"
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"event handler {name}={value!r} on <{tag}>"
            assert name.lower() != "style", f"style attribute on <{tag}>"
            if name in URL_ATTRIBUTES:
                scheme = browser_scheme(value)
                if tag == "img" and name == "src" and scheme == "data":
                    assert re.match(r"data:image/(png|gif|jpeg|webp)[;,]", value.strip(), re.I), value
                else:
                    assert scheme is None or scheme in SAFE_LINK_SCHEMES, f"<{tag} {name}={value!r}>"
    data: dict[str, Any] = json.loads(scripts[0].text or "")
    return data


def write(article: nm.Article) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LossWarning)
        return nm.dumps(article, format="html")


def article_with(text: str, url: str) -> nm.Article:
    """An article that carries ``text`` and ``url`` in every place the page shows them."""
    return nm.Article(
        title=text,
        subtitle=text,
        section=text,
        publisher=text,
        keywords=[text],
        url=url,
        bylines=[
            nm.Byline(name=text, url=url, role=text, affiliation=text, email=f"{text}@example.com"),
            nm.Byline(name=text, kind="organization", url=url),
        ],
        dateline=nm.Dateline(text=text),
        images=[
            nm.Image(src=url, alt=text, caption=nm.Caption(text=text, credit=text)),
            nm.Image(src=url, alt=text, caption=nm.Caption(text=text, credit=text)),
            nm.Image(src=url, alt=text),
        ],
        body=[
            nm.Paragraph(
                text=f"a {text} b",
                marks=[
                    nm.Mark(kind="link", start=0, end=1, url=url, title=text),
                    nm.Mark(kind="emphasis", start=2, end=2 + len(text)),
                ],
            ),
            nm.Heading(text=text),
            nm.ImageBlock(image=1),
            nm.RelatedLink(title=text, url=url, label=text),
            nm.BlockQuote(paragraphs=[nm.Paragraph(text=text)]),
            nm.ListBlock(items=[nm.ListItem(text=text, items=[nm.ListItem(text=text)])]),
            nm.RawBlock(text=f"<div onclick=alert(1)>{text}</div>", format="html"),
        ],
        links=[
            nm.SourceLink(url=url, text=text, rel=rel)
            for rel in ("related", "citation", "source", "original", "other", "inline")
        ],
    )


@pytest.mark.parametrize("text", TEXT_PAYLOADS)
def test_text_payloads_are_inert_and_kept(text: str) -> None:
    article = article_with(text, "https://example.com/a")
    page = write(article)
    data = assert_inert(page)
    # The JSON-LD still holds the exact values: escaping kept them, it did not mangle them.
    assert data["headline"] == text
    assert data["image"][0]["caption"] == text and data["image"][0]["creditText"] == text
    assert [a["name"] for a in data["author"]] == [text, text]
    # and the visible text says the same as the data: the parser sees the title as text.
    doc = html5lib.parse(page, namespaceHTMLElements=False)
    h1 = doc.find(".//h1")
    assert h1 is not None and "".join(h1.itertext()) == text
    title = doc.find(".//title")
    assert title is not None and title.text == text


@pytest.mark.parametrize("url", URL_PAYLOADS)
def test_unsafe_urls_are_neutralised(url: str) -> None:
    page = write(article_with("text", url))
    data = assert_inert(page)
    assert data["url"] == url  # kept as data in the JSON-LD, never as a link
    doc = html5lib.parse(page, namespaceHTMLElements=False)
    blocked = [el for el in doc.iter() if el.get("data-nm-blocked") is not None]
    if browser_scheme(url) not in (None, "https"):
        # every link and image that carried the URL is marked, with no href/src
        assert blocked
        assert all(el.get("href") is None and el.get("src") is None for el in blocked)
        assert doc.find(".//head/link[@rel='canonical']") is None


def test_entity_obfuscated_url_does_not_become_a_link_scheme() -> None:
    # Written as text, "&#106;avascript:" would be decoded by the browser; the writer
    # escapes "&", so the browser sees the characters as written, and refuses it anyway.
    page = write(article_with("x", "&#106;avascript:alert(1)"))
    assert "&#106;avascript" not in page.split('<script type="application/ld+json">')[0]
    assert_inert(page)


@pytest.mark.parametrize(
    "src",
    [
        "data:image/png;base64,iVBORw0KGgo=",
        "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
        "DATA:IMAGE/JPEG;base64,/9j/4AAQ",
        "data:image/webp;base64,UklGRg==",
    ],
)
def test_raster_data_images_are_kept(src: str) -> None:
    page = write(nm.Article(title="t", images=[nm.Image(src=src, alt="a")]))
    assert_inert(page)
    doc = html5lib.parse(page, namespaceHTMLElements=False)
    img = doc.find(".//img")
    assert img is not None and img.get("src") == src


def test_safe_urls_stay_links() -> None:
    page = write(article_with("x", "https://example.com/a?b=1&c=2"))
    assert_inert(page)
    doc = html5lib.parse(page, namespaceHTMLElements=False)
    hrefs = {a.get("href") for a in doc.iter("a") if a.get("href")}
    assert "https://example.com/a?b=1&c=2" in hrefs
    assert doc.find(".//head/link[@rel='canonical']") is not None


def test_jsonld_cannot_end_its_script_early() -> None:
    text = "</script><!--<script>"
    page = write(nm.Article(title=text, subtitle="</SCRIPT >"))
    script = page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script and "&" not in script
    assert json.loads(script)["headline"] == text
    assert_inert(page)


def test_safety_helpers_agree_with_the_browser_rules() -> None:
    for url in URL_PAYLOADS:
        scheme = browser_scheme(url.replace("&#106;", "j").replace("&#x6A;", "j").replace("&colon;", ":"))
        if scheme is not None and scheme not in SAFE_LINK_SCHEMES:
            assert not nmhtml.is_safe_href(url), url
            assert not nmhtml.is_safe_src(url), url
    for url in ("https://example.com/", "/relative/path", "#", "?q=1", "//cdn.example.com/x.png"):
        assert nmhtml.is_safe_href(url) and nmhtml.is_safe_src(url)
    assert nmhtml.is_safe_href("mailto:a@example.com") and not nmhtml.is_safe_src("mailto:a@example.com")


@pytest.mark.parametrize(
    "bad",
    [
        '<script type="application/ld+json">{}</script><script>alert(1)</script>',
        '<script type="application/ld+json">{}</script><img src=x onerror=alert(1)>',
        '<script type="application/ld+json">{}</script><a href=" JaVa&#x09;ScRiPt:alert(1)">x</a>',
        '<script type="application/ld+json">{}</script><img src="data:text/html,x">',
        '<script type="application/ld+json">{}</script><iframe src="https://example.com"></iframe>',
        '<script type="application/ld+json">{"a": "</script><script>alert(1)</script>"}</script>',
    ],
)
def test_the_checker_catches_unsafe_pages(bad: str) -> None:
    # The checker itself must fail on pages that are not inert, or the tests above prove nothing.
    with pytest.raises((AssertionError, json.JSONDecodeError)):
        assert_inert(f"<!DOCTYPE html><html><head><title>t</title></head><body>{bad}</body></html>")
