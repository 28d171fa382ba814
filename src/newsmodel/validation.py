"""Validation: every rule of ``newsmodel.findings.RULES`` applied to a file, a text or an Article.

Three layers, each usable on its own:

* :func:`validate` reads a file or a text and returns located findings (the library face
  of ``newsmodel validate``);
* :func:`check_text` does the same for text whose format is known;
* :func:`check_article` applies the model-level rules (``NM1xx``, ``NM2xx``) to an Article
  built in code or read by any format.

Every finding has a rule code, a severity, a message, a JSON path where the problem has
one, and a line and column where the source text is known. Reading problems (``NM0xx``)
come from the format readers: JSON syntax errors are ``NM006``, values that do not fit the
model are ``NM007`` (or ``NM101`` when the modified date is before the published date).

Rule selection follows ruff: ``select`` lists codes, code prefixes (``NM2``), rule names
(``placeholder-link``) or ``ALL``; ``ignore`` removes from that. Without ``select`` every
rule is on except those in :data:`OPT_IN_RULES`.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import datetime as dt
import json
import os
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol, cast
from urllib.parse import urlsplit

from newsmodel._api import LossWarning, decode_utf8
from newsmodel._validate import json_path
from newsmodel.errors import (
    ErrorDetail,
    MissingDependencyError,
    NewsModelError,
    ParseError,
    ValidationError,
)
from newsmodel.findings import RULES, Finding
from newsmodel.formats import format_for_path, get_format
from newsmodel.models import (
    Article,
    Block,
    BlockQuote,
    Heading,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    RelatedLink,
    SourceLink,
)

__all__ = [
    "OPT_IN_RULES",
    "Locator",
    "RuleSelectionError",
    "check_article",
    "check_file",
    "check_text",
    "json_locator",
    "select_rules",
    "url_problem",
    "validate",
]

OPT_IN_RULES: frozenset[str] = frozenset({"NM201"})
"""Rules that run only when selected by name, code, prefix or ``ALL``.

``NM201`` (placeholder link) is opt-in because the article file layout uses ``#`` on
purpose for a link whose target was removed: the shipped examples and most real files
have such links, and flagging them by default would drown the findings that matter.
"""

Locator = Callable[[str], "tuple[int, int] | None"]
"""Maps a JSON path such as ``$.body[3].text`` to a 1-based (line, column) in the source."""


class RuleSelectionError(NewsModelError, ValueError):
    """A ``select`` or ``ignore`` entry that names no rule."""


class _ReadResult(Protocol):
    """What a format's ``read(text, source=)`` returns (the Markdown reader has one)."""

    @property
    def article(self) -> Article | None: ...

    @property
    def findings(self) -> Sequence[Finding]: ...

    def locate(self, path: str) -> tuple[int, int] | None: ...


# --------------------------------------------------------------------------- selection


def _matches(selector: str, code: str) -> bool:
    sel = selector.strip()
    if sel.upper() == "ALL":
        return True
    if code.startswith(sel.upper()):
        return True
    return RULES[code].name == sel.lower()


def _check_selectors(selectors: Iterable[str]) -> list[str]:
    out = []
    for raw in selectors:
        sel = raw.strip()
        if not sel:
            continue
        if not any(_matches(sel, code) for code in RULES):
            raise RuleSelectionError(
                f"{raw!r} names no rule; use a code such as NM201, a prefix such as NM2, "
                "a rule name such as placeholder-link, or ALL"
            )
        out.append(sel)
    return out


def select_rules(
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    extend_select: Iterable[str] | None = None,
) -> frozenset[str]:
    """The rule codes that are on for a selection.

    Args:
        select: Codes, code prefixes, rule names or ``ALL``; ``None`` means every rule
            except the opt-in ones (:data:`OPT_IN_RULES`).
        ignore: Entries of the same kinds, turned off after selection.
        extend_select: Entries added to the selection (to turn on an opt-in rule while
            keeping the default set).

    Raises:
        RuleSelectionError: an entry names no rule.
    """
    if select is None:
        on = {code for code in RULES if code not in OPT_IN_RULES}
    else:
        sels = _check_selectors(select)
        on = {code for code in RULES if any(_matches(s, code) for s in sels)}
    for sel in _check_selectors(extend_select or ()):
        on |= {code for code in RULES if _matches(sel, code)}
    for sel in _check_selectors(ignore or ()):
        on -= {code for code in RULES if _matches(sel, code)}
    return frozenset(on)


# --------------------------------------------------------------------------- entry points


def validate(
    path_or_text: str | os.PathLike[str],
    *,
    format: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Check an article file or text and return its findings, in source order.

    A ``PathLike``, or a ``str`` naming an existing file, is read as a file whose format
    comes from its name (unless ``format`` is given). Any other ``str`` is the article text
    itself, in ``format`` or, without it, JSON when it starts with ``{`` and Markdown
    otherwise. A one-line ``str`` that ends in a known suffix such as ``.md`` but names no
    file is taken for a mistyped path and raises rather than being read as an article.

    Args:
        path_or_text: A file path or the text of an article.
        format: The format name (``"markdown"``, ``"json"``...).
        select: Rules to run (codes, prefixes, names or ``ALL``); default: all but opt-in.
        ignore: Rules not to run.

    Returns:
        Findings with code, severity, message, line, column, JSON path and source.

    Raises:
        ParseError: the file cannot be read (missing, unreadable).
        FormatError: the format is unknown or cannot be told from the file name.
        RuleSelectionError: ``select`` or ``ignore`` names no rule.
    """
    rules = select_rules(select, ignore)
    path = _as_path(path_or_text)
    if path is not None:
        return check_file(path, format=format, rules=rules)
    text = str(path_or_text)
    return check_text(text, format=format or _sniff(text), rules=rules)


def _as_path(value: str | os.PathLike[str]) -> Path | None:
    if not isinstance(value, str):
        return Path(value)
    if "\n" in value or len(value) > 4096:
        return None
    try:
        if Path(value).is_file():
            return Path(value)
    except (OSError, ValueError):
        return None
    stripped = value.strip()
    if stripped and not stripped.startswith(("{", "#")):
        try:
            format_for_path(stripped)
        except NewsModelError:
            return None
        raise ParseError("cannot read file: no such file", source=stripped)
    return None


def _sniff(text: str) -> str:
    return "json" if text.lstrip("\ufeff \t\r\n").startswith("{") else "markdown"


def check_file(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    rules: frozenset[str] | None = None,
    source: str | None = None,
) -> list[Finding]:
    """Read a file and check it; the format comes from the file name unless given.

    Raises:
        ParseError: the file cannot be read from disk.
        FormatError: the format cannot be told.
    """
    p = Path(path)
    fmt = format or format_for_path(p)
    name = source if source is not None else str(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}", source=name) from None
    try:
        text = decode_utf8(data, name)
    except ParseError as exc:
        return _filter([_from_parse_error(exc, name, "NM005")], rules)
    return check_text(text, format=fmt, source=name, rules=rules)


def check_text(
    text: str,
    *,
    format: str,
    source: str = "<string>",
    rules: frozenset[str] | None = None,
) -> list[Finding]:
    """Read an article text in a known format and check it.

    Args:
        text: The document.
        format: Its format name.
        source: The name used in findings.
        rules: The rule codes to report (default: :func:`select_rules` with no arguments).
    """
    article, findings, locate = _read(text, format, source)
    if article is not None:
        done = {f.code for f in findings}
        for f in check_article(article, locate, source=source):
            if f.code in {"NM001", "NM203"} and f.code in done:
                continue  # the reader already reported it, located in the source
            findings.append(f)
    return _filter(_dedupe(findings), rules)


def _filter(findings: list[Finding], rules: frozenset[str] | None) -> list[Finding]:
    on = rules if rules is not None else select_rules()
    kept = [f for f in findings if f.code in on]
    kept.sort(key=lambda f: (f.line or 0, f.column or 0))
    return kept


def _dedupe(findings: list[Finding]) -> list[Finding]:
    # One value can appear twice in the model (a related link is a body block and a
    # link); a problem at one place in the source is reported once.
    seen: set[tuple[str, int, int]] = set()
    out = []
    for f in findings:
        if f.line is not None:
            key = (f.code, f.line, f.column or 0)
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out


# --------------------------------------------------------------------------- readers


def _read(
    text: str, fmt: str, source: str
) -> tuple[Article | None, list[Finding], Locator | None]:
    if fmt == "json":
        return _read_json(text, source)
    module = get_format(fmt)
    reader = getattr(module, "read", None)
    if callable(reader):
        result = cast(_ReadResult, reader(text, source=source))
        found = [dataclasses.replace(f, source=source) for f in result.findings]
        return result.article, found, result.locate
    # The readers of other formats say what they could not map onto the model with a
    # LossWarning; here each becomes a finding, instead of a Python warning on stderr.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LossWarning)
        try:
            article: Article = module.loads(text, source=source)
        except MissingDependencyError:
            raise
        except ParseError as exc:
            return None, [_from_parse_error(exc, source, "NM006")], None
        except ValidationError as exc:
            return None, [_from_detail(d, source, None) for d in exc.errors], None
    found = []
    for w in caught:
        if issubclass(w.category, LossWarning):
            found.append(_from_warning(str(w.message), source))
        else:  # not ours to turn into a finding: pass it on
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return article, found, None


_CODE_IN_MESSAGE = re.compile(r"\s*\((NM\d{3})\)$")


def _from_warning(message: str, source: str) -> Finding:
    """A reader's LossWarning as a finding: its own code when it names one, else NM207."""
    m = _CODE_IN_MESSAGE.search(message)
    if m is not None and m.group(1) in RULES:
        return Finding.of(m.group(1), message[: m.start()], source=source)
    return Finding.of("NM207", message, source=source)


def _read_json(text: str, source: str) -> tuple[Article | None, list[Finding], Locator | None]:
    from newsmodel.formats import json as json_format

    locate = json_locator(text)
    try:
        article = json_format.loads(text, source=source)
    except ParseError as exc:
        return None, [_from_parse_error(exc, source, "NM006")], None
    except ValidationError as exc:
        found = [_from_detail(d, source, locate) for d in exc.errors]
        if all(f.code == "NM101" for f in found):
            # Only the dates disagree: check the rest of the article without "modified".
            return _without_modified(text, source), found, locate
        return None, found, locate
    return article, [], locate


def _without_modified(text: str, source: str) -> Article | None:
    try:
        data = json.loads(text)
        data.pop("modified", None)
        return Article.model_validate(data)
    except (ValueError, AttributeError, TypeError):
        return None


def _from_parse_error(exc: ParseError, source: str, code: str) -> Finding:
    return Finding.of(code, exc.message, line=exc.line, column=exc.column, source=source)


def _from_detail(detail: ErrorDetail, source: str, locate: Locator | None) -> Finding:
    code = "NM007"
    message = f"{detail.message} at {detail.path}"
    if detail.code == "cross_field" and detail.path == "$.modified":
        code, message = "NM101", detail.message
    line, column = detail.line, detail.column
    if line is None and locate is not None:
        line, column = _locate(locate, detail.path) or (None, None)
    return Finding.of(code, message, line=line, column=column, path=detail.path, source=source)


_LAST_STEP = re.compile(r"(\.[^.\[]+|\[[^\]]*\])$")


def _locate(locate: Locator, path: str) -> tuple[int, int] | None:
    """The place of ``path``, or of its nearest ancestor that has one."""
    while True:
        try:
            where = locate(path)
        except Exception:  # a locator is best effort; a finding never fails for it
            where = None
        if where is not None:
            return where
        shorter = _LAST_STEP.sub("", path)
        if shorter == path or not shorter:
            return None
        path = shorter


# --------------------------------------------------------------------------- JSON positions


_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]|\\.)*"')
_WS = re.compile(r"[ \t\r\n]*")


class _JsonScanner:
    """Records where each value of a JSON document starts (member values: at their key)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.where: dict[str, int] = {}

    def scan(self) -> dict[str, int]:
        # On a problem, keep what was found before it.
        with contextlib.suppress(ValueError, IndexError, RecursionError):
            self._value(self._ws(0), [])
        return self.where

    def _ws(self, i: int) -> int:
        m = _WS.match(self.text, i)
        return m.end() if m else i

    def _string(self, i: int) -> tuple[str, int]:
        m = _STRING.match(self.text, i)
        if not m:
            raise ValueError("expected a string")
        return str(json.loads(m.group())), m.end()

    def _value(self, i: int, loc: list[int | str], at: int | None = None) -> int:
        self.where[json_path(loc)] = i if at is None else at
        c = self.text[i]
        if c == "{":
            i = self._ws(i + 1)
            if self.text[i] == "}":
                return i + 1
            while True:
                key_at = i
                key, i = self._string(i)
                i = self._ws(i)
                if self.text[i] != ":":
                    raise ValueError("expected ':'")
                i = self._value(self._ws(i + 1), [*loc, key], key_at)
                i = self._ws(i)
                if self.text[i] == "}":
                    return i + 1
                i = self._ws(i + 1)
        if c == "[":
            i = self._ws(i + 1)
            if self.text[i] == "]":
                return i + 1
            n = 0
            while True:
                i = self._ws(self._value(i, [*loc, n]))
                n += 1
                if self.text[i] == "]":
                    return i + 1
                i = self._ws(i + 1)
        if c == '"':
            return self._string(i)[1]
        for word in ("true", "false", "null"):
            if self.text.startswith(word, i):
                return i + len(word)
        m = _NUMBER.match(self.text, i)
        if not m:
            raise ValueError("not a JSON value")
        return m.end()


def json_locator(text: str) -> Locator:
    """A locator for a JSON text: JSON path -> 1-based (line, column) of the value.

    A member of an object is placed at its key. The text is scanned on first use only.
    """
    cache: dict[str, int] | None = None
    starts: list[int] = []

    def locate(path: str) -> tuple[int, int] | None:
        nonlocal cache
        if cache is None:
            cache = _JsonScanner(text).scan()
            starts.extend(m.end() for m in re.finditer("\n", text))
        offset = cache.get(path)
        if offset is None:
            return None
        line = bisect.bisect_right(starts, offset)
        line_start = starts[line - 1] if line else 0
        return line + 1, offset - line_start + 1

    return locate


# --------------------------------------------------------------------------- model rules


def check_article(
    article: Article, locate: Locator | None = None, *, source: str = "<string>"
) -> list[Finding]:
    """Apply the model-level rules to an Article and return every finding (no selection).

    Args:
        article: The article, read from any format or built in code.
        locate: Maps a JSON path to a (line, column) in the source, where there is one.
        source: The name used in findings.

    Returns:
        Findings of the rules NM001 (blank title), NM003 (byline naming nobody), NM101,
        NM102, NM201-NM206, each with its JSON path, in model order.
    """
    out: list[Finding] = []

    def add(code: str, message: str, path: str) -> None:
        where = _locate(locate, path) if locate is not None else None
        line, column = where or (None, None)
        out.append(Finding.of(code, message, line=line, column=column, path=path, source=source))

    if not article.title.strip():
        add("NM001", "the title is empty", "$.title")
    _check_dates(article, add)
    for i, byline in enumerate(article.bylines):
        _check_byline_name(byline.name, byline.role, f"$.bylines[{i}]", add)
    for path, url in _urls(article):
        _check_url(url, path, add)
    for i, image in enumerate(article.images):
        cap = image.caption
        if cap is not None and cap.text.strip() and not (cap.credit or "").strip():
            add("NM202", "caption has no credit; name who made or supplied the image",
                f"$.images[{i}].caption")
    _check_paragraphs(article, add, locate)
    return out


_Add = Callable[[str, str, str], None]


def _check_dates(article: Article, add: _Add) -> None:
    for name in ("published", "modified"):
        value = getattr(article, name)
        if isinstance(value, dt.datetime) and value.utcoffset() is None:
            add("NM203", f"{name} time {value.isoformat()} has no time zone; add an offset "
                "such as +00:00 or give only the day", f"$.{name}")
    pub, mod = article.published, article.modified
    if pub is not None and mod is not None and _before(mod, pub):
        add("NM101", f"modified ({mod.isoformat()}) is before published ({pub.isoformat()})",
            "$.modified")


def _before(a: Any, b: Any) -> bool:
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        if (a.utcoffset() is None) != (b.utcoffset() is None):
            return bool(a.replace(tzinfo=None) < b.replace(tzinfo=None))
        return bool(a < b)
    da = a.date() if isinstance(a, dt.datetime) else a
    db = b.date() if isinstance(b, dt.datetime) else b
    return bool(da < db)


def _words(text: str) -> list[str]:
    return text.split()


# Words that make a credit a role rather than a name, in the languages of the corpus.
_ROLE_WORDS = frozenset(
    _words(
    """
    staff writer writers reporter reporters correspondent correspondents editor editors
    editorial board team desk newsroom photographer photographers photo photos photography
    contributor contributors columnist author authors journalist journalists producer
    analyst illustrator illustration graphics videographer anchor host
    redaktion redakteur redakteurin redakteure autor autorin autoren korrespondent
    korrespondentin korrespondenten gastautor gastautorin fotograf fotografin
    mitarbeiter mitarbeiterin reporterin journalistin chefredakteur chefredakteurin
    volontär volontärin kolumnist kolumnistin
    rédaction rédacteur rédactrice correspondant correspondante envoyé envoyée
    redacción redactor redactora corresponsal periodista fotógrafo
    redazione redattore corrispondente giornalista
    """
    )
)
_ROLE_MODIFIERS = frozenset(
    _words(
    """
    a an the our and of for by with at in from senior chief special foreign political
    business sports sport economics science health tech technology culture guest
    contributing associate managing deputy executive freelance video news online digital
    staff local national international world
    der die das und von für freier freie unser unsere stellvertretender stellvertretende
    leitender leitende
    le la les de du des et notre spécial spéciale
    el los las del y nuestro
    il lo dei e nostro
    """
    )
)


def _check_byline_name(name: str, role: str | None, path: str, add: _Add) -> None:
    words = re.findall(r"\w+", name.casefold())
    if not words:
        add("NM003", f"byline {name!r} names nobody", f"{path}.name")
        return
    if role is not None and name.strip().casefold() == role.strip().casefold():
        add("NM204", f"byline {name!r} gives only a role, no name", path)
        return
    if all(w in _ROLE_WORDS or w in _ROLE_MODIFIERS for w in words) and any(
        w in _ROLE_WORDS for w in words
    ):
        add("NM204", f"byline {name!r} gives only a role, no name", path)


def _urls(article: Article) -> Iterator[tuple[str, str]]:
    if article.url is not None:
        yield "$.url", article.url
    for i, b in enumerate(article.bylines):
        if b.url is not None:
            yield f"$.bylines[{i}].url", b.url
    for i, img in enumerate(article.images):
        if img.src is not None:
            yield f"$.images[{i}].src", img.src
    for i, block in enumerate(article.body):
        yield from _block_urls(block, f"$.body[{i}]")
    for i, link in enumerate(article.links):
        if not _link_shown_elsewhere(article, link):
            yield f"$.links[{i}].url", link.url


def _link_shown_elsewhere(article: Article, link: SourceLink) -> bool:
    """True when the link repeats a URL checked at its own place (the body, ``url``)."""
    if link.rel in ("original", "canonical") and link.url == article.url:
        return True
    if link.position is None or link.position >= len(article.body):
        return False
    block = article.body[link.position]
    return any(url == link.url for _, url in _block_urls(block, "$"))


def _block_urls(block: Block, base: str) -> Iterator[tuple[str, str]]:
    if isinstance(block, RelatedLink):
        yield f"{base}.url", block.url
    elif isinstance(block, Paragraph | Heading):
        yield from _mark_urls(block.marks, base)
    elif isinstance(block, BlockQuote):
        for j, p in enumerate(block.paragraphs):
            yield from _mark_urls(p.marks, f"{base}.paragraphs[{j}]")
    elif isinstance(block, ListBlock):
        yield from _item_urls(block.items, f"{base}.items")


def _mark_urls(marks: list[Mark], base: str) -> Iterator[tuple[str, str]]:
    for k, m in enumerate(marks):
        if m.kind == "link" and m.url is not None:
            yield f"{base}.marks[{k}].url", m.url


def _item_urls(items: list[ListItem], base: str) -> Iterator[tuple[str, str]]:
    for k, item in enumerate(items):
        yield from _mark_urls(item.marks, f"{base}[{k}]")
        yield from _item_urls(item.items, f"{base}[{k}].items")


_SCHEMES_WITHOUT_HOST = frozenset({"mailto", "tel", "data", "urn"})
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)*\.?")
_BAD_CHARS = re.compile(r"[\s<>\"{}|\\^`\x00-\x1f\x7f]")


def url_problem(url: str) -> str | None:
    """Why ``url`` is malformed, or ``None`` when it is a ``#`` placeholder or a usable URL.

    Usable: an absolute ``http``/``https`` URL with a host, a ``mailto:``/``tel:``/
    ``data:``/``urn:`` URI, or a relative reference (``/path``, ``page.html``, ``#part``).
    """
    if url == "#":
        return None
    if not url.strip():
        return "the URL is empty"
    m = _BAD_CHARS.search(url)
    if m:
        return f"character {m.group()!r} at position {m.start() + 1} must be percent-encoded"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a malformed port)
    except ValueError as exc:
        return f"cannot be read as a URL ({exc})"
    scheme = parts.scheme.lower()
    if not scheme:
        if url.startswith("//"):
            return None if parts.netloc else "a '//' reference needs a host"
        first = url.split("/", 1)[0]
        if first.lower().startswith("www.") or re.fullmatch(r"[\w-]+(\.[\w-]+)*\.(com|org|net)", first):
            return "looks like a host name without a scheme; add https://"
        return None
    if scheme in {"http", "https"}:
        host = parts.hostname
        if not host:
            return f"an {scheme} URL needs a host, as in {scheme}://example.com/"
        if ":" in host:  # an IPv6 literal
            return None
        if not _HOST.fullmatch(host):
            return f"host {host!r} is not a valid host name"
        if "." not in host and host != "localhost":
            return f"host {host!r} has no domain"
        return None
    if scheme in _SCHEMES_WITHOUT_HOST:
        return None if parts.path else f"a {scheme}: URI needs something after the colon"
    return f"scheme {scheme!r} is not allowed; use http or https"


def _check_url(url: str, path: str, add: _Add) -> None:
    if url == "#":
        add("NM201", "link target is the '#' placeholder", path)
        return
    problem = url_problem(url)
    if problem:
        add("NM102", f"malformed URL {url!r}: {problem}", path)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _check_paragraphs(article: Article, add: _Add, locate: Locator | None) -> None:
    seen: dict[str, str] = {}
    for path, text in _paragraph_texts(article):
        folded = _fold(text)
        if not folded:
            add("NM205", "paragraph has no text", path)
            continue
        first = seen.get(folded)
        if first is None:
            seen[folded] = path
            continue
        where = _locate(locate, first) if locate is not None else None
        ref = f"the paragraph at line {where[0]}" if where else first.removesuffix(".text")
        add("NM206", f"paragraph repeats {ref} word for word", path)


def _paragraph_texts(article: Article) -> Iterator[tuple[str, str]]:
    for i, block in enumerate(article.body):
        if isinstance(block, Paragraph):
            yield f"$.body[{i}].text", block.text
        elif isinstance(block, BlockQuote):
            for j, p in enumerate(block.paragraphs):
                yield f"$.body[{i}].paragraphs[{j}].text", p.text

