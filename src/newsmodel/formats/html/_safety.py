"""URL checks for the HTML writer: which link and image URLs a browser may follow.

An allow-list, not a deny-list: a URL is safe when it has no scheme (a relative reference,
``#fragment``, ``//host/path``) or one of the schemes below. Before the scheme is read the
URL is brought to the form a browser would act on, and then some:

* character references are decoded (``&#106;avascript:``, ``javascript&colon;``), repeatedly;
* leading and trailing C0 controls and spaces are removed, as the URL parser does;
* tabs, line breaks and every other C0 control inside the URL are removed
  (``java\\tscript:``, ``java\\x00script:``);
* the scheme is compared case-insensitively (``JaVaScRiPt:``).

Image sources may also be ``data:`` URLs of raster images (PNG, GIF, JPEG, WebP); SVG is
refused because it can carry script.
"""

from __future__ import annotations

import html
import re

__all__ = ["LINK_SCHEMES", "blocked_scheme", "is_safe_href", "is_safe_src", "scheme_of"]

LINK_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto", "tel", "ftp"})
"""Schemes a link (``href``) may use."""

_IMAGE_SCHEMES = frozenset({"http", "https"})
_CONTROLS = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_DATA_IMAGE = re.compile(r"data:image/(png|gif|jpeg|webp)[;,]", re.IGNORECASE)


def _normalise(url: str) -> str:
    text = url
    for _ in range(4):  # nested references: &amp;#106; -> &#106; -> j
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    # Controls and spaces go everywhere: a browser strips them at the ends and drops tabs
    # and newlines inside; dropping the rest too only makes the check stricter.
    return _CONTROLS.sub("", text)


def scheme_of(url: str) -> str | None:
    """The scheme of a URL as a browser would read it, lower-cased; None for a relative URL."""
    m = _SCHEME.match(_normalise(url))
    return m.group(1).lower() if m else None


def is_safe_href(url: str) -> bool:
    """True when a link to ``url`` cannot run script: relative, or http(s)/mailto/tel/ftp."""
    scheme = scheme_of(url)
    return scheme is None or scheme in LINK_SCHEMES


def is_safe_src(url: str) -> bool:
    """True when ``url`` may be an image source: relative, http(s), or a raster data: image."""
    scheme = scheme_of(url)
    if scheme is None or scheme in _IMAGE_SCHEMES:
        return True
    return scheme == "data" and _DATA_IMAGE.match(_normalise(url)) is not None


def blocked_scheme(url: str) -> str:
    """A short name for the refused scheme, to show in a ``data-nm-blocked`` attribute."""
    scheme = scheme_of(url) or "unknown"
    return re.sub(r"[^a-z0-9+.\-]", "", scheme)[:20]
