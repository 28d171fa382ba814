"""Inline Markdown: plain text and standoff marks from source, and the way back.

Reading has two paths. The fast path handles text with none of the characters that can
start CommonMark inline markup (backslash, backtick, ``*``, ``_``, brackets, ``<``, ``&``):
its plain text is the source with whitespace runs folded, and nothing else needs to run.
Every other text goes through markdown-it-py's CommonMark inline parser, so escapes,
entities, emphasis, code spans, links and autolinks mean exactly what CommonMark says.

Writing escapes text so that a CommonMark reader gives back the plain text, and wraps the
marked stretches in the matching delimiters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from newsmodel.models import Mark

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = [
    "caption_credit",
    "fold",
    "from_tokens",
    "has_markup",
    "inline",
    "mark_dicts",
    "md_parser",
    "parse_inline",
    "render_inline",
    "render_text",
    "to_marks",
    "unescape",
]

# What can start inline markup in CommonMark: backslash, backtick, emphasis delimiters, a
# link (text followed by "]("), an autolink or HTML tag ("<" and a letter, "/", "!", "?"),
# an entity or character reference. A text without any of them is plain: the fast path
# reads it without markdown-it-py.
_MARKUP_RE = re.compile(r"[\\`*_]|\]\(|<[A-Za-z/!?]|&(?:#|[A-Za-z0-9]+;)")
_WS_RUN_RE = re.compile(r"\S+")
_ESCAPABLE = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
_BACKSLASH_ESC_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ENTITY_LIKE_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
# Always escaped in running text: they open or close inline markup anywhere.
_ALWAYS = frozenset("\\`*_[]<")


def fold(text: str) -> str:
    """Fold every whitespace run (any Unicode whitespace) to one space and strip the ends."""
    # Most text is folded already: single spaces between words, no other whitespace
    # (isprintable is False for every whitespace character but the space). Two C-speed
    # scans settle that without building a list of words.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def has_markup(text: str) -> bool:
    """Whether the text has a character that may start CommonMark inline markup."""
    # A chain of substring tests runs at C speed; the full pattern only when one hits.
    if not (
        "\\" in text or "`" in text or "*" in text or "_" in text
        or "]" in text or "<" in text or "&" in text
    ):
        return False
    return _MARKUP_RE.search(text) is not None


def unescape(text: str) -> str:
    """Resolve CommonMark backslash escapes (only those; entities stay as written)."""
    if "\\" not in text:
        return text
    return _BACKSLASH_ESC_RE.sub(r"\1", text)


def _any_link(url: str) -> bool:
    return True


def _as_written(url: str) -> str:
    return url


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark")
    # CommonMark's syntax decides what is a link; markdown-it-py's validateLink then
    # refuses some schemes (javascript:, vbscript:, file:, most data:) and leaves such a
    # link as literal text. The model keeps every link as written, so that validation
    # can flag a dangerous one (NM102) and the HTML writer can neutralise it.
    md.validateLink = _any_link  # type: ignore[method-assign]
    # It would also percent-encode a destination ("Köln" -> "K%C3%B6ln") and drop an empty
    # user part ("a:@b" -> "a:b"); the model keeps a link's target as written (escapes
    # resolved), so that reading and writing change nothing.
    md.normalizeLink = _as_written  # type: ignore[method-assign]
    return md


class _Builder:
    """Collects plain text pieces and mark spans (offsets into the unfolded text)."""

    __slots__ = ("marks", "open", "parts", "size")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.marks: list[tuple[int, int, str, str | None, str | None]] = []
        self.open: list[tuple[str, int, str | None, str | None]] = []

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.size += len(text)

    def start(self, kind: str, url: str | None = None, title: str | None = None) -> None:
        self.open.append((kind, self.size, url, title))

    def end(self, kind: str) -> None:
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == kind:
                k, s, url, title = self.open.pop(i)
                self.marks.append((s, self.size, k, url, title))
                return


def _walk(tokens: Sequence[Token], b: _Builder) -> None:
    for tok in tokens:
        t = tok.type
        if t in ("text", "text_special", "html_inline"):
            b.add(tok.content)
        elif t in ("softbreak", "hardbreak"):
            b.add(" ")
        elif t == "code_inline":
            s = b.size
            b.add(tok.content)
            b.marks.append((s, b.size, "code", None, None))
        elif t == "em_open":
            b.start("emphasis")
        elif t == "em_close":
            b.end("emphasis")
        elif t == "strong_open":
            b.start("strong")
        elif t == "strong_close":
            b.end("strong")
        elif t == "s_open":
            b.start("strikethrough")
        elif t == "s_close":
            b.end("strikethrough")
        elif t == "link_open":
            href = tok.attrGet("href")
            title = tok.attrGet("title")
            b.start("link", str(href) if href is not None else "", str(title) if title else None)
        elif t == "link_close":
            b.end("link")
        elif t == "image":
            if tok.children:
                _walk(tok.children, b)
        elif tok.children:
            _walk(tok.children, b)


MarkTuple = tuple[str, int, int, "str | None", "str | None"]
"""A mark as plain data: (kind, start, end, url, title), the order of the source record's
snapshot of a mark."""


def _fold_with_marks(
    raw: str, spans: list[tuple[int, int, str, str | None, str | None]]
) -> tuple[str, list[MarkTuple]]:
    order = sorted(spans, key=lambda m: (m[0], -m[1]))
    if raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
        # Folded already (single spaces between words, no other whitespace): every offset
        # maps to itself, with no need to find the words (most paragraphs; see fold()).
        return raw, [(kind, s, max(s, e), url, title) for s, e, kind, url, title in order]
    words = [(m.start(), m.end()) for m in _WS_RUN_RE.finditer(raw)]
    if not words:
        return "", []
    starts = [w[0] for w in words]
    out_start: list[int] = []
    pos = 0
    for s, e in words:
        out_start.append(pos)
        pos += e - s + 1
    text = " ".join(raw[s:e] for s, e in words)

    def at(p: int, is_end: bool) -> int:
        k = bisect_right(starts, p) - 1
        if k >= 0 and p <= words[k][1]:
            return out_start[k] + (p - words[k][0])
        # p lies in whitespace between word k and k+1 (or before the first word)
        if is_end:
            return out_start[k] + (words[k][1] - words[k][0]) if k >= 0 else 0
        return out_start[k + 1] if k + 1 < len(words) else len(text)

    marks: list[MarkTuple] = []
    for s, e, kind, url, title in order:
        ms, me = at(s, False), at(e, True)
        if me < ms:
            me = ms
        marks.append((kind, ms, me, url, title))
    return text, marks


def to_marks(marks: Sequence[MarkTuple]) -> list[Mark]:
    """Mark models from plain marks."""
    return [Mark(kind=k, start=s, end=e, url=u, title=t) for k, s, e, u, t in marks]


def mark_dicts(marks: Sequence[MarkTuple]) -> list[dict[str, object]]:
    """Plain marks as the dicts Article.model_validate reads."""
    return [{"kind": k, "start": s, "end": e, "url": u, "title": t} for k, s, e, u, t in marks]


def inline(source: str) -> tuple[str, list[MarkTuple]]:
    """Plain text (whitespace folded) and plain marks of an inline Markdown source."""
    if not has_markup(source):
        # Fast path: no character here can start inline markup.
        return fold(source), []
    links = _links_only(source)
    if links is not None:
        return links
    return _inline_md(source)


# A link whose text is plain and whose destination has no character that CommonMark reads
# specially in a destination (space, control characters, parentheses, angle brackets,
# backslash escapes, entities) or that would make the brackets ambiguous. Read with
# normalizeLink off (see _md), markdown-it-py takes such a destination as it is.
_SIMPLE_LINK_RE = re.compile(r"\[([^\[\]\n]+)\]\(([^\s()<>\\]+)\)")
_PLAIN_DEST_RE = re.compile(r"[^\x00-\x20\x7f()<>\\\[\]&]+")


def _links_only(source: str) -> tuple[str, list[MarkTuple]] | None:
    """Text whose only markup is ``[plain text](plain-url)`` links, without markdown-it-py.

    Hand-written because markdown-it-py's inline parser costs about 30 µs for a paragraph
    with one link (the whole plain paragraph path costs a few). Everything else, and any
    doubt (a bracket left over, a title, an escape, emphasis, an image, a line break, a
    destination that link normalisation would change), returns None for the full parser;
    tests/test_markdown.py checks that both give the same on generated paragraphs.
    """
    if "\n" in source or "![" in source:
        return None
    if "\\" in source or "`" in source or "*" in source or "_" in source or "<" in source or "&" in source:
        return None
    parts: list[str] = []
    spans: list[tuple[int, int, str, str | None, str | None]] = []
    size = pos = 0
    for m in _SIMPLE_LINK_RE.finditer(source):
        before = source[pos : m.start()]
        dest = m.group(2)
        if "[" in before or "]" in before or _PLAIN_DEST_RE.fullmatch(dest) is None:
            return None
        text = m.group(1)
        parts.append(before)
        size += len(before)
        spans.append((size, size + len(text), "link", dest, None))
        parts.append(text)
        size += len(text)
        pos = m.end()
    rest = source[pos:]
    if not spans or "[" in rest or "]" in rest:
        return None
    parts.append(rest)
    return _fold_with_marks("".join(parts), spans)


def _inline_md(source: str) -> tuple[str, list[MarkTuple]]:
    """Plain text and marks of an inline source, read by markdown-it-py."""
    b = _Builder()
    for tok in _md().parseInline(source):
        if tok.children:
            _walk(tok.children, b)
    raw = "".join(b.parts)
    return _fold_with_marks(raw, b.marks)


def parse_inline(source: str) -> tuple[str, list[Mark]]:
    """Plain text (whitespace folded) and marks of an inline Markdown source."""
    text, marks = inline(source)
    return text, to_marks(marks) if marks else []


def from_tokens(children: Sequence[Token]) -> tuple[str, list[Mark]]:
    """Plain text and marks of an inline token list from markdown-it-py."""
    b = _Builder()
    _walk(children, b)
    text, marks = _fold_with_marks("".join(b.parts), b.marks)
    return text, to_marks(marks)


def md_parser() -> MarkdownIt:
    """The shared CommonMark parser (created on first use)."""
    return _md()


def _plain_trailing_strong(source: str) -> tuple[str, str] | bool | None:
    """Fast path for "plain text **plain credit**": (folded text, folded credit).

    None when the source cannot end in a strong run; False when it might, but only
    markdown-it can tell (markup elsewhere in it).
    """
    src = source.rstrip()
    if not src.endswith("**") or len(src) < 5:
        return None
    k = src.rfind("**", 0, len(src) - 2)
    if k >= 0:
        content = src[k + 2 : -2]
        before = src[:k]
        if (
            content
            and not content[0].isspace()
            and not content[-1].isspace()
            and (not before or before[-1] in " \t\n")
            and not has_markup(content)
            and not has_markup(before)
            and "[" not in content
            and "]" not in content
        ):
            return fold(before), fold(content)
    return False


def caption_credit(source: str) -> tuple[str, str] | None:
    """A caption source that ends in a ``**strong**`` run: (caption text, credit).

    The caption text is the plain text before the run (trailing whitespace dropped), the
    credit the run's plain text; None when the source does not end in a strong run
    written with asterisks (see :func:`trailing_strong`).
    """
    fast = _plain_trailing_strong(source)
    if fast is None or isinstance(fast, tuple):
        return fast
    got = trailing_strong(source)
    if got is None:
        return None
    text, at = got
    return text[:at].rstrip(), text[at:]


def trailing_strong(source: str) -> tuple[str, int] | None:
    """If the inline source ends in a ``**strong**`` run, its plain text and the run's start.

    Returns (plain text, start offset of the strong text in the plain text), or None when
    the source does not end in a strong run written with asterisks.
    """
    fast = _plain_trailing_strong(source)
    if fast is None:
        return None
    if isinstance(fast, tuple):
        cap, credit = fast
        return (f"{cap} {credit}", len(cap) + 1) if cap else (credit, 0)
    text, marks = inline(source)
    for kind, start, end, _url, _title in reversed(marks):
        if kind == "strong" and end == len(text):
            # The run must be written with asterisks and be the last thing in the source.
            return text, start
    return None


# ---------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------


def render_text(text: str, *, line_start: bool = True) -> str:
    """Escape plain text so that CommonMark reads it back as the same text."""
    out: list[str] = []
    for i, c in enumerate(text):
        if c in _ALWAYS:
            out.append("\\" + c)
        elif c == "&" and _ENTITY_LIKE_RE.match(text, i):
            out.append("\\&")
        else:
            out.append(c)
    s = "".join(out)
    if line_start and s:
        s = _escape_line_start(s)
    return s


_ORDERED_RE = re.compile(r"^([0-9]{1,9})([.)])")


def _escape_line_start(s: str) -> str:
    c = s[0]
    if c in "#>+-=~|":
        return "\\" + s
    m = _ORDERED_RE.match(s)
    if m:
        return m.group(1) + "\\" + s[m.end(1) :]
    return s


def _code_span(content: str) -> str:
    longest = run = 0
    for ch in content:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    if content.startswith(("`", " ")) or content.endswith(("`", " ")):
        return f"{fence} {content} {fence}"
    return f"{fence}{content}{fence}"


def render_url(url: str) -> str:
    """A link destination CommonMark reads back as ``url``."""
    if url and not re.search(r"[\s()<>\\]", url) and not _ENTITY_LIKE_RE.search(url):
        return url
    escaped = re.sub(r"([<>\\])", r"\\\1", url)
    escaped = escaped.replace("&", "\\&")
    return f"<{escaped}>"


def _title(title: str) -> str:
    return '"' + re.sub(r'(["\\])', r"\\\1", title).replace("&", "\\&") + '"'


_DELIM = {"emphasis": "*", "strong": "**", "strikethrough": "~~"}


def usable_marks(text: str, marks: Sequence[Mark]) -> list[Mark]:
    """The marks that can be written: non-empty and properly nested (crossing ones are left out)."""
    chosen: list[Mark] = []
    stack: list[Mark] = []
    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        if m.start >= m.end or m.end > len(text):
            continue
        if m.kind in ("emphasis", "strong", "strikethrough") and (
            text[m.start].isspace() or text[m.end - 1].isspace()
        ):
            continue
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if stack and m.end > stack[-1].end:
            continue  # crosses its parent
        if stack and stack[-1].kind == "code":
            continue  # nothing nests inside code
        chosen.append(m)
        stack.append(m)
    return chosen


def render_inline(text: str, marks: Sequence[Mark], *, strong: str = "**") -> str:
    """Markdown source for plain text with marks; CommonMark reads back text and marks."""
    if not marks:
        return render_text(text)
    ms = usable_marks(text, marks)
    out: list[str] = []

    def emit(lo: int, hi: int, sub: list[Mark], first: bool) -> None:
        pos = lo
        i = 0
        while i < len(sub):
            m = sub[i]
            if m.start > pos:
                out.append(render_text(text[pos : m.start], line_start=first and pos == 0))
            inner = [x for x in sub[i + 1 :] if x.start >= m.start and x.end <= m.end]
            j = i + 1 + len(inner)
            if m.kind == "code":
                out.append(_code_span(text[m.start : m.end]))
            elif m.kind == "link":
                out.append("[")
                emit(m.start, m.end, inner, False)
                dest = render_url(m.url or "")
                if m.title:
                    dest = f"{dest} {_title(m.title)}"
                out.append(f"]({dest})")
            else:
                d = strong if m.kind == "strong" else _DELIM[m.kind]
                out.append(d)
                emit(m.start, m.end, inner, False)
                out.append(d)
            pos = m.end
            i = j
        if pos < hi:
            out.append(render_text(text[pos:hi], line_start=first and pos == 0))

    emit(0, len(text), ms, True)
    return "".join(out)


def escape_plain(text: str) -> str:
    """Escape text for places read with backslash escapes only (alt text, link titles)."""
    return "".join("\\" + c if c in _ESCAPABLE and c in "\\[]*_`<>&" else c for c in text)
