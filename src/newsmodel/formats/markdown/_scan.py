"""The block scanner: an article file's text cut into blocks, each with its source span.

Blocks are found with offsets, never with per-line objects: one precompiled regular
expression finds each run of non-blank lines (blank lines separate blocks), and its first
alternative settles the usual case, a one-line run that cannot open anything but a
paragraph, at once (its text comes out of the match, with no Python-level search). Only the lines of runs with more than one line, and of runs that start with a
character that can open a CommonMark block (``#``, a fence, ``>``, a list marker, a
thematic break, ``<``, an indent), are looked at one by one. Constructs that CommonMark
gives rich block structure (block quotes, lists, indented code, HTML blocks, setext
headings) are marked ``complex`` and handed to markdown-it-py, region by region, by the
reader.

Why not markdown-it-py's own block parser for the whole file: it builds a token per line
and block (and its state machine runs per line in Python), which alone costs about as much
as the whole reader's budget; this scanner needs only the block boundaries and their kind,
and every region whose structure is not a plain paragraph, heading or fence still goes to
markdown-it-py.

The text given to :func:`scan` has ``\\n`` line ends only (the reader normalizes CR and
CRLF first and maps offsets back).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["PARA_KINDS", "Block", "is_blank", "last_line_end", "scan"]


Block = tuple[str, int, int, Any]
"""A run of source lines that form one block: ``(kind, start, end, extra)``.

``kind`` is ``plain`` (a one-line paragraph with no inline markup and no whitespace that
folding would change: ``extra`` is its text, which is also its plain text), ``para`` (a
run of paragraph lines), ``heading``, ``fence`` (fenced code: ``extra`` is True when the
closing fence is missing), ``complex`` (needs markdown-it-py: lists, quotes, setext
headings, HTML, indented code) or ``raw`` (set by the reader: kept verbatim); ``start``
is the offset of the start of the first line, ``end`` the offset just past the last
character of the last line (line end excluded). Plain tuples: an article has dozens of
blocks and a tuple costs a fraction of an object.
"""

PARA_KINDS = ("plain", "para")
"""The kinds of paragraph blocks."""


def is_blank(s: str) -> bool:
    """A line of only spaces and tabs (CommonMark's blank line)."""
    return not s.strip(" \t")


# First characters of a line that may open something other than a paragraph (after up to
# three spaces; a space or a tab itself may start an indented code block).
_SPECIAL_FIRST = frozenset(" \t#`~>-+*_<0123456789")
# A run of non-blank lines: from the start of a line holding a character other than a
# space or a tab, through every following such line. Possessive quantifiers keep the search
# linear: a blank line fails at its first non-space character, with no backtracking. The
# first alternative is the usual block, a line of its own whose first character is not in
# _SPECIAL_FIRST (it can only be a paragraph); its text is group 1, so that no Python code
# has to look for its end or cut it out. Either way the match spans the whole run.
_RUN_RE = re.compile(
    r"^(?:([^ \t\n#`~>\-+*_<0-9][^\n]*+)(?!\n[ \t]*+[^ \t\n])"
    r"|[ \t]*+[^ \t\n][^\n]*+(?:\n[ \t]*+[^ \t\n][^\n]*+)*+)",
    re.MULTILINE,
)

_ATX_RE = re.compile(r" {0,3}(#{1,6})(?:[ \t]|$)")
_FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})")
_THEMATIC_RE = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_BULLET_RE = re.compile(r" {0,3}[-+*](?:[ \t]|$)")
_ORDERED_RE = re.compile(r" {0,3}([0-9]{1,9})[.)](?:[ \t]|$)")
_SETEXT_RE = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_HTML_BLOCK_RE = re.compile(
    r" {0,3}(?:<(?:script|pre|style|textarea)(?:[ \t>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[|"
    r"</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    r"details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|"
    r"head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|"
    r"option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)"
    r"(?:[ \t>]|/>|$))",
    re.IGNORECASE,
)
_HTML7_RE = re.compile(
    r" {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*\s*/?>"
    r"|</[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$"
)
_AUTOLINK_START_RE = re.compile(r"<[A-Za-z][A-Za-z0-9+.\-]{1,31}:")
_CLOSING_FENCES: dict[tuple[str, int], re.Pattern[str]] = {}


def _starts_complex(s: str) -> bool:
    """Whether a line opens a block that needs the full CommonMark block parser."""
    c = s.lstrip(" ")[:1]
    if not c:
        return False
    if s.startswith("    ") or s.startswith("\t"):
        return True
    if c == ">":
        return True
    if c in "-+*" and (_BULLET_RE.match(s) or _THEMATIC_RE.match(s)):
        return True
    if c == "_" and _THEMATIC_RE.match(s):
        return True
    if c.isdigit() and _ORDERED_RE.match(s):
        return True
    return c == "<" and bool(_HTML_BLOCK_RE.match(s) or _HTML7_RE.match(s))


def _interrupts(s: str) -> bool:
    """Whether a line ends the paragraph before it (CommonMark's interruption rules)."""
    c = s.lstrip(" ")[:1]
    if not c or s.startswith("    "):
        return False
    if c == "#":
        return _ATX_RE.match(s) is not None
    if c in "`~":
        return _FENCE_RE.match(s) is not None
    if c == ">":
        return True
    if c in "-+*":
        if _THEMATIC_RE.match(s):
            return True
        m = _BULLET_RE.match(s)
        return m is not None and not is_blank(s[m.end() :])
    if c == "_":
        return _THEMATIC_RE.match(s) is not None
    if c.isdigit():
        m = _ORDERED_RE.match(s)
        return m is not None and m.group(1) == "1" and not is_blank(s[m.end() :])
    if c == "<":
        return _HTML_BLOCK_RE.match(s) is not None
    return False


def last_line_end(text: str) -> int:
    """The end of the last line's content: a final line end does not open another line."""
    return len(text) - 1 if text.endswith("\n") else len(text)


def scan(text: str) -> list[Block]:
    """Cut ``\\n``-separated text into blocks. Linear in the length of the text."""
    blocks: list[Block] = []
    append = blocks.append
    find = text.find
    pos = 0
    for m in _RUN_RE.finditer(text):
        s, e = m.span()
        if s < pos:
            # A fence ended inside this run: go on after its closing line.
            if e <= pos:
                continue
            s = pos + 1
        elif (src := m.group(1)) is not None:
            # The usual block: one line that can only be a paragraph line. It is plain
            # when it holds no character that may start inline markup (those of
            # _inline.has_markup; the reader looks closer at a line that has one:
            # images, related links, captions, links) and its whitespace is
            # single spaces between words (str.isprintable is False for every whitespace
            # character but the space; the first character is not a space here). A few
            # C-speed substring scans: a regular expression, or markdown-it-py, would
            # cost several times more per character, and this is most of the text.
            if (
                "\\" not in src
                and "`" not in src
                and "*" not in src
                and "_" not in src
                and "]" not in src
                and "<" not in src
                and "&" not in src
                and src.isprintable()
                and src[-1] != " "
                and "  " not in src
            ):
                append(("plain", s, e, src))
            else:
                append(("para", s, e, False))
            continue
        elif (c := text[s]) == "#" and find("\n", s, e) < 0 and _ATX_RE.match(text, s, e):
            append(("heading", s, e, False))  # a one-line heading, the next most usual
            continue
        elif (
            c == "<" and find("\n", s, e) < 0 and _AUTOLINK_START_RE.match(text, s)
        ) or (
            c == "*"
            and text[s + 1 : s + 2] == "*"
            and text[s + 2 : s + 3] not in ("*", " ", "\t")
            and find("\n", s, e) < 0
        ):
            # Two one-line paragraphs every file has, settled here without _run's tests
            # (about 3 us an article): the footer's "<https://...>" and the related link
            # "**Related article: ...**". A "<" and a URL scheme with its colon cannot open
            # an HTML block (each of those needs a space, a tab, ">" or "/" right after a
            # tag name, or "!", "?", "/" after the "<"); "**" and a character other than
            # "*", a space or a tab open neither a list item nor a thematic break.
            append(("para", s, e, False))
            continue
        pos = _run(text, s, e, blocks)
        while pos < e:  # a fence closed inside the run: the lines after it
            pos = _run(text, pos + 1, e, blocks)
    return blocks


def _run(text: str, s: int, e: int, blocks: list[Block]) -> int:
    """Blocks from a run of non-blank lines [s, e); return where to search on from.

    Fences, lists and indented code may go on past the run (over blank lines).
    """
    while s < e:
        le = text.find("\n", s, e)
        if le < 0:
            le = e
        line = text[s:le]
        c = line.lstrip(" ")[:1]
        if c == "#" and _ATX_RE.match(line):
            blocks.append(("heading", s, le, False))
            s = le + 1
            continue
        if c in "`~":
            m = _FENCE_RE.match(line)
            if m and not (m.group(1)[0] == "`" and "`" in line[m.end() :]):
                return _fence(text, s, le, m.group(1), blocks)
        if _starts_complex(line):
            return _complex(text, s, e, line, blocks)
        # A paragraph run: up to the end of the run or an interrupting line.
        setext = False
        last = le
        while last < e:
            a = last + 1
            b = text.find("\n", a, e)
            if b < 0:
                b = e
            t = text[a:b]
            if _SETEXT_RE.match(t):
                # The underline of a setext heading ends the paragraph as a heading
                # (checked before _interrupts: "---" is also a thematic break).
                setext = True
                last = b
                break
            if _interrupts(t):
                break
            last = b
        blocks.append(("complex" if setext else "para", s, last, False))
        s = last + 1
    return e


def _fence(text: str, s: int, le: int, fence: str, blocks: list[Block]) -> int:
    """A fenced code block from the line [s, le): through its closing fence or the end."""
    key = (fence[0], len(fence))
    closing = _CLOSING_FENCES.get(key)
    if closing is None:
        # A line of the fence character (at least as many as opened), spaces and tabs,
        # after any number of spaces.
        ch = re.escape(fence[0])
        closing = re.compile(rf"^ *{ch}{{{len(fence)}}}[ \t{ch}]*$", re.MULTILINE)
        _CLOSING_FENCES[key] = closing
    m = None if le >= len(text) else closing.search(text, le + 1)
    if m is None:
        end = last_line_end(text)
        blocks.append(("fence", s, max(end, le), True))
        return len(text)
    blocks.append(("fence", s, m.end(), False))
    return m.end()


def _indent(s: str) -> int:
    return len(s) - len(s.lstrip(" "))


def _complex(text: str, s: int, e: int, line: str, blocks: list[Block]) -> int:
    """A region that starts with a list, quote, code or HTML line; return where it ends."""
    listy = bool(_BULLET_RE.match(line) or _ORDERED_RE.match(line)) and not _THEMATIC_RE.match(line)
    code = line.startswith(("    ", "\t"))
    last = e
    # Lists and indented code go on over blank lines while what follows belongs to them.
    while listy or code:
        m = _RUN_RE.search(text, last)
        if m is None:
            break
        k, ke = m.span()
        b = text.find("\n", k, ke)
        t = text[k : ke if b < 0 else b]
        belongs = _indent(t) >= 4 if code else (
            _indent(t) >= 2 or bool(_BULLET_RE.match(t) or _ORDERED_RE.match(t))
        ) and not _THEMATIC_RE.match(t)
        if not belongs:
            break
        last = ke
    blocks.append(("complex", s, last, False))
    return last
