"""The block scanner: lines of an article file grouped into blocks, each with its source span.

A hand-written line scanner (no regular expression runs over the whole text, each line is
looked at a bounded number of times): blank lines separate blocks, a run of non-blank lines
is one block, and a handful of first-character tests tell which kind. Constructs that
CommonMark gives rich block structure (block quotes, lists, fenced and indented code, HTML
blocks, setext headings) are marked ``complex`` and handed to markdown-it-py, region by
region, by the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Block", "Line", "scan", "split_lines"]


@dataclass(slots=True)
class Line:
    """One line: where it starts, its text without the line end, and the line end."""

    start: int
    text: str
    end: str  # "\n", "\r\n", "\r" or "" (last line without a line end)


@dataclass(slots=True)
class Block:
    """A run of source lines that form one block.

    Attributes:
        kind: ``heading``, ``para`` (a run of paragraph lines), ``fence`` (fenced code),
            ``complex`` (needs markdown-it-py: lists, quotes, setext headings, HTML, code).
        first: Index of the first line.
        last: Index of the last line (inclusive).
        unclosed: For fences: the closing fence is missing.
    """

    kind: str
    first: int
    last: int
    unclosed: bool = False


def split_lines(text: str) -> list[Line]:
    """Split text at ``\\n``, ``\\r\\n`` and ``\\r``, keeping each line's end."""
    lines: list[Line] = []
    if not text:
        return lines
    if "\r" not in text:
        pos = 0
        parts = text.split("\n")
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            if last and part == "":
                break
            lines.append(Line(pos, part, "" if last else "\n"))
            pos += len(part) + 1
        return lines
    for m in re.finditer(r"([^\r\n]*)(\r\n|\r|\n|$)", text):
        if m.start() == len(text):
            break
        lines.append(Line(m.start(), m.group(1), m.group(2)))
    return lines


def is_blank(s: str) -> bool:
    """A line of only spaces and tabs (CommonMark's blank line)."""
    return not s or (s.isspace() and not s.strip(" \t"))


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


def scan(lines: list[Line]) -> list[Block]:
    """Group lines into blocks. Linear: every line is visited once or twice."""
    blocks: list[Block] = []
    n = len(lines)
    i = 0
    while i < n:
        s = lines[i].text
        if is_blank(s):
            i += 1
            continue
        c = s.lstrip(" ")[:1]
        if c == "#" and _ATX_RE.match(s):
            blocks.append(Block("heading", i, i))
            i += 1
            continue
        if c in "`~":
            m = _FENCE_RE.match(s)
            if m and not (m.group(1)[0] == "`" and "`" in s[m.end() :]):
                fence = m.group(1)
                j = i + 1
                while j < n:
                    t = lines[j].text.strip(" ")
                    if t.startswith(fence[0] * len(fence)) and not t.strip(fence[0] + " \t"):
                        break
                    j += 1
                if j >= n:
                    blocks.append(Block("fence", i, n - 1, unclosed=True))
                    i = n
                else:
                    blocks.append(Block("fence", i, j))
                    i = j + 1
                continue
        if _starts_complex(s):
            i = _complex(lines, i, blocks)
            continue
        # A paragraph run: up to a blank line or an interrupting line.
        j = i + 1
        setext = False
        while j < n:
            t = lines[j].text
            if is_blank(t):
                break
            if _SETEXT_RE.match(t):
                setext = True
            if _interrupts(t):
                break
            j += 1
        blocks.append(Block("complex" if setext else "para", i, j - 1))
        i = j
    return blocks


def _indent(s: str) -> int:
    return len(s) - len(s.lstrip(" "))


def _complex(lines: list[Line], i: int, blocks: list[Block]) -> int:
    """Take a region that starts with a list, quote, code or HTML line; return the next line."""
    n = len(lines)
    s = lines[i].text
    listy = bool(_BULLET_RE.match(s) or _ORDERED_RE.match(s)) and not _THEMATIC_RE.match(s)
    code = s.startswith(("    ", "\t"))
    j = i + 1
    while j < n and not is_blank(lines[j].text):
        j += 1
    last = j - 1
    # Lists and indented code go on over blank lines while what follows belongs to them.
    while (listy or code) and j < n:
        k = j
        while k < n and is_blank(lines[k].text):
            k += 1
        if k >= n:
            break
        t = lines[k].text
        belongs = _indent(t) >= 4 if code else (
            _indent(t) >= 2 or bool(_BULLET_RE.match(t) or _ORDERED_RE.match(t))
        ) and not _THEMATIC_RE.match(t)
        if not belongs:
            break
        j = k + 1
        while j < n and not is_blank(lines[j].text):
            j += 1
        last = j - 1
    blocks.append(Block("complex", i, last))
    return last + 1
