"""Format modules: each has ``loads(text, **options) -> Article`` and ``dumps(article, **options) -> str``.

A format module also names the Article fields it carries in ``CARRIES``; converting an
article with other fields set to such a format warns (or fails with ``strict=True``).
Modules are imported on first use, so optional dependencies cost nothing until needed.
"""

from __future__ import annotations

import importlib
from pathlib import PurePath
from types import ModuleType

from newsmodel.errors import FormatError

__all__ = ["FORMATS", "format_for_path", "get_format"]

FORMATS: dict[str, str] = {
    "json": "newsmodel.formats.json",
    "markdown": "newsmodel.formats.markdown",
    "jsonld": "newsmodel.formats.jsonld",
    "ninjs": "newsmodel.formats.ninjs",
    "frontmatter": "newsmodel.formats.frontmatter",
    "html": "newsmodel.formats.html",
}
"""Format name -> module that implements it."""

_SUFFIXES: dict[str, str] = {
    ".json": "json",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonld": "jsonld",
    ".ninjs.json": "ninjs",
    ".html": "html",
    ".htm": "html",
}


_LOADED: dict[str, ModuleType] = {}


def get_format(name: str) -> ModuleType:
    """The module of a format, by name (``"json"``, ``"markdown"``...)."""
    loaded = _LOADED.get(name)
    if loaded is not None:
        return loaded
    module = FORMATS.get(name)
    if module is None:
        known = ", ".join(sorted(FORMATS))
        raise FormatError(f"unknown format {name!r}; known formats: {known}")
    loaded = _LOADED[name] = importlib.import_module(module)
    return loaded


def format_for_path(path: str | PurePath) -> str:
    """The format name a file name implies (``x.md`` -> ``markdown``)."""
    name = PurePath(path).name.lower()
    for suffix in sorted(_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return _SUFFIXES[suffix]
    known = ", ".join(sorted(_SUFFIXES))
    raise FormatError(
        f"cannot tell the format of {str(path)!r} from its name; "
        f"use one of the suffixes {known} or pass format=..."
    )
