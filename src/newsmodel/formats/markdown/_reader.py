"""Reading an article file: blocks -> parts with source spans -> plain data -> Article.

The recognition rules are those of docs/format.md, in the order written there.

Speed (the reader runs once per article of a corpus): the text is cut into blocks by
offsets (``_scan``), each body block becomes plain data (dicts and tuples), and the whole
Article is validated once with ``Article.model_validate``, so that pydantic-core builds
the nested models in Rust instead of one Python call per block. The source record keeps
offsets and immutable snapshots, not copies of the text; its ``Part`` objects are made
only when the article is written. Line numbers are worked out only for findings and for
``ReadResult.locate``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pydantic

from newsmodel._gc import THRESHOLD as GC_THRESHOLD
from newsmodel._gc import gc_paused
from newsmodel._validate import translate
from newsmodel.findings import Finding
from newsmodel.formats.markdown._helpers import byline_kind, is_role, lead_dateline, read_date
from newsmodel.formats.markdown._inline import (
    MarkTuple,
    caption_credit,
    from_tokens,
    inline,
    mark_dicts,
    md_parser,
    unescape,
)
from newsmodel.formats.markdown._scan import PARA_KINDS, Block, is_blank, scan
from newsmodel.formats.markdown._source import RawPart, SourceRecord, snapshot
from newsmodel.models import (
    Article,
    BlockQuote,
    Heading,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    RawBlock,
)

if TYPE_CHECKING:
    from markdown_it.token import Token

__all__ = ["ODD_WHITESPACE", "ReadResult", "read"]

# Link text: escapes and one level of balanced brackets ("[photo: [AP]]"). Possessive
# quantifiers: every alternative starts with a different character, so there is never
# anything to give back, and runs of ordinary characters go by in one step.
_TEXT = r"(?:[^\\\[\]]++|\\.|\[(?:[^\\\[\]]++|\\.)*+\])*+"
_DEST = r"(<(?:[^<>\n\\]++|\\.)*+>|[^\s()<]*+(?:\([^\s()]*+\)[^\s()]*+)*+)"
_IMAGE_RE = re.compile(
    r" {0,3}!\[(" + _TEXT + r")\]\(" + _DEST
    + r"(?:[ \t]+(\"(?:[^\"\\]++|\\.)*+\"|'(?:[^'\\]++|\\.)*+'))?[ \t]*\)[ \t]*"
)
_RELATED_LABELS = ("Related article", "Related articles", "Related")
_RELATED_RE = re.compile(
    r" {0,3}\*\*(Related articles?|Related): \[(" + _TEXT + r")\]\(" + _DEST + r"\)\*\*[ \t]*"
)
_LINK_RE = re.compile(r"\[((?:[^\\\[\]]++|\\.)*+)\]\(" + _DEST + r"\)")
# ", and" / ", &" (the serial comma: "A, B, and C") is one separator, not a comma
# followed by a name "and C".
_SEP_RE = re.compile(r"\s*(?<!\\),(?:\s+(?:and|&)(?=\s))?\s*|\s+(?:and|&)\s+")
# Matched in place on a block's first line (MULTILINE: "$" is the end of that line).
_BYLINE_RE = re.compile(r" {0,3}By(?:[ \t]|$)", re.MULTILINE)
_UPDATED_RE = re.compile(r" {0,3}Updated(?::|[ \t]|$)[ \t:]*", re.IGNORECASE)
_FOOTER_LABEL = "Original url:"
# Every character Python's str.split() folds, but the space and the line feed. None of
# them is printable (str.isprintable), which is what the plain-paragraph fast path tests.
ODD_WHITESPACE = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# A level-1 ATX heading line (the title): "#" then a space or a tab (CommonMark).
_TITLE_RE = re.compile(r" {0,3}#[ \t]")
_BODY_PATH_RE = re.compile(r"\$\.body\[([0-9]+)\]")
_AUTOLINK_RE = re.compile(r" {0,3}<([^<>\s]*)>[ \t]*")
_DATE_CHARS_RE = re.compile(r"[\w .,:/+\-]{4,64}")
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|maerz|mai|juni|juli|"
    "oktober|dezember"
)
_STRONG_DATE_RE = re.compile(
    rf"^(?:[0-9]{{4}}-[0-9]{{1,2}}-[0-9]{{1,2}}|[0-9]{{1,2}}[./-][0-9]{{1,2}}[./-][0-9]{{2,4}}$|"
    rf".*\b(?:{_MONTHS})[a-zä]*\.?\b.*[0-9]|[0-9].*\b(?:{_MONTHS})[a-zä]*\b)",
    re.IGNORECASE,
)
_CRLF_RE = re.compile(r"\r\n")
_NL_RE = re.compile(r"\n")


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in _NL_RE.finditer(text))]


_LEAD_RE = re.compile(r"[^\S\n]*+")


def _lead(text: str, start: int) -> int:
    """How much whitespace opens the line that starts at ``start`` (no copy of the line)."""
    # Hand-written shortcut: most lines start with their text, and one character test is
    # a fraction of a regular expression match (called several times an article).
    c = text[start : start + 1]
    if c == "\n" or not c.isspace():
        return 0
    m = _LEAD_RE.match(text, start)
    return m.end() - start if m is not None else 0


@dataclass
class ReadResult:
    """What reading a file gave: the article (None when it could not be built) and findings.

    Attributes:
        article: The Article, or None when the file has no title or what it holds does
            not fit the model.
        findings: Problems found, each with a rule code, a line and a column.
        source: The file name or ``<string>``.
    """

    article: Article | None
    findings: list[Finding]
    source: str = "<string>"
    # Places of model values as offsets into the read text (line ends as "\n"); lines and
    # columns are worked out when asked for.
    _places: dict[str, int] = field(default_factory=dict, repr=False)
    _body: list[int] = field(default_factory=list, repr=False)
    _text: str = field(default="", repr=False)
    _starts: list[int] | None = field(default=None, repr=False)

    @property
    def errors(self) -> list[Finding]:
        """The findings of severity ``error``."""
        if not self.findings:
            return []
        return [f for f in self.findings if f.severity == "error"]

    def _line_col(self, off: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = _line_starts(self._text)
        k = bisect_right(self._starts, off) - 1
        return k + 1, off - self._starts[k] + 1

    def locate(self, path: str) -> tuple[int, int] | None:
        """Line and column (1-based) in the file of a value, by its JSON path.

        ``$.body[3].text``, ``$.images[0].caption.credit``, ``$.bylines[1]``. A path below
        a known place (``$.body[3].marks[0].start``) gives the place of its nearest parent.
        """
        p = path.strip()
        if not p.startswith("$"):
            p = "$." + p
        while p:
            if p in self._places:
                return self._line_col(self._places[p])
            m = _BODY_PATH_RE.fullmatch(p)
            if m and int(m.group(1)) < len(self._body):
                off = self._body[int(m.group(1))]
                line, _ = self._line_col(off)
                return line, _lead(self._text, off) + 1
            cut = max(p.rfind("."), p.rfind("["))
            if cut <= 0:
                break
            p = p[:cut]
        if "$" in self._places:
            return self._line_col(self._places["$"])
        return None


def _snap_marks(marks: Sequence[MarkTuple]) -> tuple[MarkTuple, ...]:
    return tuple(marks)


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.orig = text
        self.source = source
        # The reader works on the text with "\n" line ends; offsets go back to the
        # original text through the CRLF positions (a lone CR is one character either way).
        # A leading byte order mark is kept in the source (written back as it was) and
        # read past: every offset from 0 on is one further in the original.
        self.crlf: list[int] | None = None
        bom = text.startswith("\ufeff")
        if bom:
            text = text[1:]
        if "\r" in text:
            self.crlf = [m.start() - k + 1 for k, m in enumerate(_CRLF_RE.finditer(text))]
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if bom:
            self.crlf = [0, *(self.crlf or ())]
        self.text = text
        self.findings: list[Finding] = []
        self.places: dict[str, int] = {}
        self.body_at: list[int] = []
        self.parts: list[RawPart] = []
        self.images: list[dict[str, Any]] = []
        self.body: list[Any] = []
        self.links: list[dict[str, Any]] = []

    # -- helpers ---------------------------------------------------------------------

    def find(self, code: str, message: str, at: int, column: int = 1, path: str | None = None) -> None:
        """A finding on the line that holds offset ``at``."""
        line = self.text.count("\n", 0, at) + 1
        self.findings.append(
            Finding.of(code, message, line=line, column=column, path=path, source=self.source)
        )

    def place(self, path: str, at: int) -> None:
        self.places.setdefault(path, at)

    def col(self, start: int) -> int:
        """The 1-based column of the first non-blank character of the line at ``start``."""
        return _lead(self.text, start) + 1

    def first_line(self, b: Block) -> str:
        e = self.text.find("\n", b[1], b[2])
        return self.text[b[1] : b[2] if e < 0 else e]

    def last_line_start(self, b: Block) -> int:
        return self.text.rfind("\n", b[1], b[2]) + 1 or b[1]

    def orig_slice(self, a: int, e: int) -> str:
        """The original text between two offsets of the normalized text."""
        if self.crlf is None:
            return self.text[a:e]
        crlf = self.crlf
        return self.orig[a + bisect_right(crlf, a) : e + bisect_right(crlf, e)]

    # -- the file --------------------------------------------------------------------

    def run(self) -> ReadResult:
        text = self.text
        blocks = scan(text)
        self.place("$", 0)
        if not blocks:
            self.find("NM001", "the file is empty; expected a '# Title' line", 0)
            return self.result(None)
        first = blocks[0]
        ftext = self.first_line(first)
        if first[0] != "heading" or not _TITLE_RE.match(ftext):
            if first[0] == "heading" and ftext.strip() == "#":
                self.find("NM001", "the title line '#' is empty; expected '# Title'", first[1], self.col(first[1]))
            else:
                self.find(
                    "NM001",
                    f"expected a '# Title' line first, found {ftext.strip()[:40]!r}",
                    first[1],
                    self.col(first[1]),
                )
            return self.result(None)
        title = inline(_atx_content(ftext)[1])[0]
        if not title:
            self.find("NM001", "the title is empty; expected '# Title'", first[1], self.col(first[1]))
            return self.result(None)
        self.parts.append(("title", first[1], first[2], title, None))
        self.place("$.title", first[1] + self.col(first[1]) + 1)

        rest = blocks[1:]
        footer, rest = self.footer(rest)
        i, bylines, published, modified = self.header(rest)
        rest = rest[i:]
        rest = self.lead(rest)
        self.read_body(rest)
        url = None
        if footer is not None:
            url = footer[3]
            self.links.append({"url": url, "rel": "original"})
            self.parts.append(footer)
        article = self.build(title, bylines, published, modified, url)
        return self.result(article)

    def result(self, article: Article | None) -> ReadResult:
        if article is not None:
            nl = "\n"
            if self.crlf is not None:
                orig = self.orig
                cr = orig.find("\r")
                lf = orig.find("\n")
                if cr >= 0 and (lf < 0 or cr < lf):
                    nl = "\r\n" if orig.startswith("\r\n", cr) else "\r"
            # Straight to the property's setter: the same as ``article._source = ...``
            # without pydantic's __setattr__ dispatch in between.
            object.__setattr__(article, "_source", SourceRecord(self.orig, self.parts, nl, self.crlf))
        return ReadResult(article, self.findings, self.source, self.places, self.body_at, self.text)

    def build(
        self,
        title: str,
        bylines: list[dict[str, Any]],
        published: Any,
        modified: Any,
        url: str | None,
    ) -> Article | None:
        # One validation of plain data: pydantic-core builds every nested model. Straight
        # to the validator model_validate calls (with the same defaults), without its
        # Python-level wrapper (~0.5 us an article).
        try:
            return Article.__pydantic_validator__.validate_python(  # type: ignore[no-any-return]
                {
                    "title": title,
                    "bylines": bylines,
                    "published": published,
                    "modified": modified,
                    "url": url,
                    "images": self.images,
                    "body": self.body,
                    "links": self.links,
                    "dateline": lead_dateline(self.body),
                }
            )
        except pydantic.ValidationError as exc:
            for d in translate(exc, source=self.source).errors:
                code = "NM101" if d.code == "cross_field" and d.path == "$.modified" else "NM007"
                self._model_finding(code, d.message, d.path)
            return None

    def _model_finding(self, code: str, msg: str, path: str) -> None:
        where = ReadResult(None, [], self.source, self.places, self.body_at, self.text).locate(path)
        line, column = where if where else (1, 1)
        self.findings.append(
            Finding.of(code, msg, line=line, column=column, path=path, source=self.source)
        )

    # -- footer ----------------------------------------------------------------------

    def footer(self, blocks: list[Block]) -> tuple[RawPart | None, list[Block]]:
        if not blocks:
            return None, blocks
        text = self.text
        last = blocks[-1]
        if last[0] in PARA_KINDS and "\n" not in text[last[1] : last[2]]:
            line = text[last[1] : last[2]]
            if line.strip() == _FOOTER_LABEL:
                self.find(
                    "NM005",
                    "the footer 'Original url:' has no URL after it; expected a line '<https://...>'",
                    last[1],
                    self.col(last[1]),
                    "$.url",
                )
                return None, [*blocks[:-1], ("raw", last[1], last[2], False)]
            m = _AUTOLINK_RE.fullmatch(line)
            if m and len(blocks) >= 2:
                label = blocks[-2]
                ltext = text[label[1] : label[2]]
                if label[0] in PARA_KINDS and "\n" not in ltext and ltext.strip() == _FOOTER_LABEL:
                    url = m.group(1)
                    la, le = label[1], label[2]
                    ua, ue = last[1], last[2]
                    part: RawPart = ("footer", la, ue, url, [("label", la, le, None, None), ("url", ua, ue, url, None)])
                    self.place("$.url", last[1] + self.col(last[1]))
                    return part, blocks[:-2]
        return None, blocks

    # -- header ----------------------------------------------------------------------

    def header(self, blocks: list[Block]) -> tuple[int, list[dict[str, Any]], Any, Any]:
        i = 0
        text = self.text
        bylines: list[dict[str, Any]] = []
        published: Any = None
        modified: Any = None
        if i < len(blocks) and blocks[i][0] in PARA_KINDS and _BYLINE_RE.match(text, blocks[i][1], blocks[i][2]):
            b = blocks[i]
            bylines = self.byline(b)
            self.parts.append(("byline", b[1], b[2], tuple([(x["name"], x["url"], x.get("role")) for x in bylines]), None))
            i += 1
        # Up to two date lines: the publication date, then the modification date
        # ("Updated ..."); either may be missing.
        # A date line that cannot be read still takes its place (None, with NM002).
        seen_pub = seen_mod = False
        for _ in range(2):
            if i >= len(blocks):
                break
            b = blocks[i]
            line = text[b[1] : b[2]]
            if "\n" in line:
                break
            if b[0] not in PARA_KINDS and not (b[0] == "complex" and line.lstrip(" ")[:1].isdigit()):
                # "28. Juli 2021" opens an ordered list in CommonMark, but docs/format.md
                # names it as a date line: in the header, a one-line block that starts
                # with a digit is tried as a date line (and stays a list if it is none).
                break
            upd = _UPDATED_RE.match(line) is not None
            got, is_mod = self.date_line(line, b[1], upd)
            if got is False or (not is_mod and (seen_pub or seen_mod)):
                break
            if is_mod:
                if seen_mod:
                    break
                seen_mod = True
                modified = got
                self.parts.append(("updated", b[1], b[2], snapshot(modified), None))
            else:
                seen_pub = True
                published = got
                self.parts.append(("date", b[1], b[2], snapshot(published), None))
            i += 1
        return i, bylines, published, modified

    def date_line(self, text: str, start: int, updated: bool) -> tuple[Any, bool]:
        """The date a header line holds (None: unreadable, False: not a date line) and
        whether it is the modification date."""
        s = text.strip()
        if not _DATE_CHARS_RE.fullmatch(s) or not any(map(str.isdigit, s)):
            return False, False
        col = self.col(start)
        got = read_date(s)
        is_mod = updated or got.modified
        path = "$.modified" if is_mod else "$.published"
        if got.value is None:
            m = _UPDATED_RE.match(s)
            rest = s[m.end() :] if m else s
            if not (updated or _STRONG_DATE_RE.match(rest)):
                return False, False
            self.find(
                "NM002",
                f"cannot read the date {s!r} ({got.error}); expected a date such as "
                "'July 28, 2021', '28 July 2021' or '2021-07-28T10:00:00+02:00'",
                start,
                col,
                path,
            )
            self.place(path, start + col - 1)
            return None, is_mod
        if got.naive:
            self.find(
                "NM203",
                f"the time in {s!r} has no time zone; only the day {got.value.isoformat()} is kept "
                "(add an offset such as '+00:00' to keep the time)",
                start,
                col,
                path,
            )
        self.place(path, start + col - 1)
        return got.value, is_mod

    def byline(self, b: Block) -> list[dict[str, Any]]:
        text = self.text[b[1] : b[2]]
        # Matched on the first line: "By" may end it, the names going on below.
        m = _BYLINE_RE.match(self.text, b[1], b[2])
        base = m.end() - b[1] if m is not None else 0
        rest = text[base:]
        out: list[dict[str, Any]] = []
        pieces = _split_byline(rest)
        empty = not rest.strip()
        for name, url, off in pieces:
            if not name:
                empty = True
                continue
            if url is None and out and "role" not in out[-1] and is_role(name):
                # "By Jane Doe, Staff Writer": a role, not a second contributor.
                out[-1]["role"] = name
                continue
            self.place(f"$.bylines[{len(out)}]", b[1] + base + off)
            out.append({"name": name, "url": url, "kind": byline_kind(name)})
        if empty:
            self.find(
                "NM003",
                "the byline names nobody; expected 'By Name' or 'By [Name](url)'",
                b[1],
                self.col(b[1]) + (len(text) - len(text.lstrip())) + 2,
                "$.bylines",
            )
        self.place("$.bylines", b[1] + self.col(b[1]) - 1)
        return out

    # -- lead image ------------------------------------------------------------------

    def lead(self, blocks: list[Block]) -> list[Block]:
        if not blocks or blocks[0][0] != "para":
            return blocks  # a plain paragraph has no strong run
        b = blocks[0]
        src = self.text[b[1] : b[2]]
        if not src.rstrip().endswith("**"):
            return blocks
        if _IMAGE_RE.fullmatch(src) or _RELATED_RE.fullmatch(src):
            return blocks
        got = caption_credit(src)
        if got is None:
            return blocks
        cap, credit = got
        k = len(self.images)
        path = f"$.images[{k}]"
        col = self.col(b[1])
        if not cap:
            self.find(
                "NM004",
                f"the credit **{credit}** has no caption text before it and no image line above it; "
                "expected 'Caption text **Credit**' or an image line '![alt](src)' before it",
                b[1],
                col,
                path + ".caption.credit",
            )
        self.images.append({"src": None, "alt": None, "caption": {"text": cap, "credit": credit}})
        self.place(path, b[1] + col - 1)
        self.place(path + ".caption", b[1] + col - 1)
        ls = self.last_line_start(b)
        self.place(path + ".caption.credit", ls + _credit_col(self.text[ls : b[2]]) - 1)
        self.parts.append(("lead", b[1], b[2], ("img", None, None, None, None, ("caption", cap, credit)), None))
        return blocks[1:]

    # -- body ------------------------------------------------------------------------

    def read_body(self, blocks: list[Block]) -> None:
        text = self.text
        body = self.body
        parts = self.parts
        body_at = self.body_at
        i = 0
        n = len(blocks)
        while i < n:
            b = blocks[i]
            kind, start, end, extra = b
            if kind == "plain":
                # The plain paragraph (see _scan): its text is its source. The scan's
                # tuple is its source part as it is (_source.SourceRecord reads it).
                body.append({"type": "paragraph", "text": extra})
                parts.append(b)
                body_at.append(start)
                i += 1
                continue
            if kind == "para":
                src = text[start:end]
                if "\n" not in src:
                    c = src.lstrip(" ")[:1]
                    if c == "!":
                        m = _IMAGE_RE.fullmatch(src)
                        if m:
                            i = self.image(m, blocks, i)
                            continue
                    elif c == "*" and self.related(src, b):
                        i += 1
                        continue
                ptext, marks = inline(src)
                if marks:
                    self.add(
                        {"type": "paragraph", "text": ptext, "marks": mark_dicts(marks)},
                        b,
                        ("p", ptext, _snap_marks(marks)),
                    )
                    self.inline_links(marks, ptext)
                else:
                    self.add({"type": "paragraph", "text": ptext}, b, ("p", ptext))
                i += 1
                continue
            idx = len(body)
            if kind == "heading":
                level, content = _atx_content(self.first_line(b))
                htext, marks = inline(content)
                block: dict[str, Any] = {"type": "heading", "text": htext, "level": level}
                if marks:
                    block["marks"] = mark_dicts(marks)
                self.add(block, b, ("h", htext, level, _snap_marks(marks)))
                if marks:
                    self.inline_links(marks, htext)
            elif kind == "fence":
                raw = RawBlock(text=self.orig_slice(start, end), format="markdown")
                if extra:
                    self.find(
                        "NM005",
                        "a fenced code block is not closed; expected a closing fence line",
                        start,
                        self.col(start),
                        f"$.body[{idx}]",
                    )
                self.add(raw, b, snapshot(raw))
            elif kind == "raw":
                raw = RawBlock(text=self.orig_slice(start, end), format="markdown")
                self.add(raw, b, snapshot(raw))
            else:
                self.complex(b)
            i += 1

    def related(self, src: str, b: Block) -> bool:
        r = _RELATED_RE.fullmatch(src)
        if not r:
            return False
        title = inline(r.group(2))[0]
        if not title:
            return False
        url = _dest(r.group(3))
        label = r.group(1)
        idx = len(self.body)
        self.add(
            {"type": "related", "title": title, "url": url, "label": label},
            b,
            ("related", title, url, label),
        )
        self.links.append({"url": url, "text": title, "rel": "related", "position": idx})
        self.place(f"$.body[{idx}].title", b[1] + self.col(b[1]) + len(label) + 4)
        return True

    def add(self, block: Any, b: Block, snap: Any) -> None:
        start = b[1]
        self.body.append(block)
        self.parts.append(("block", start, b[2], snap, None))
        self.body_at.append(start)

    def inline_links(self, marks: Sequence[MarkTuple], text: str) -> None:
        idx = len(self.body) - 1
        for kind, start, end, url, _title in marks:
            if kind == "link" and url is not None:
                self.links.append(
                    {"url": url, "text": text[start:end] or None, "rel": "inline", "position": idx}
                )

    def image(self, m: re.Match[str], blocks: list[Block], i: int) -> int:
        text = self.text
        places = self.places
        _, ia, ie, _ = blocks[i]
        alt = unescape(m.group(1))
        src = _dest(m.group(2))
        k = len(self.images)
        path = f"$.images[{k}]"
        places.setdefault(path, ia + _lead(text, ia))
        self.body_at.append(ia)
        subs: list[RawPart] = [("image", ia, ie, (src, alt), None)]
        caption: dict[str, Any] | None = None
        cap_snap: Any = None
        end = ie
        nxt = i + 1
        if nxt < len(blocks):
            ckind, ca, ce, cextra = blocks[nxt]
            if ckind == "plain":
                # A caption with no credit and no markup: its text is its source.
                caption = {"text": cextra, "credit": None}
                places.setdefault(path + ".caption", ca)
                cap_snap = ("caption", cextra, None)
            elif ckind == "para":
                csrc = text[ca:ce]
                one_line = "\n" not in csrc
                # Not a caption: another image line or a related link (both start with
                # "!" or "*" after up to three spaces).
                if one_line and csrc.lstrip(" ")[:1] in ("!", "*") and (
                    _IMAGE_RE.fullmatch(csrc) or _RELATED_RE.fullmatch(csrc)
                ):
                    pass
                else:
                    got = caption_credit(csrc)
                    if got is not None:
                        caption = {"text": got[0], "credit": got[1]}
                        ls = ca if one_line else self.last_line_start(blocks[nxt])
                        line = csrc if one_line else text[ls:ce]
                        places.setdefault(path + ".caption.credit", ls + _credit_col(line) - 1)
                    else:
                        caption = {"text": inline(csrc)[0], "credit": None}
                    places.setdefault(path + ".caption", ca + _lead(text, ca))
                    cap_snap = ("caption", caption["text"], caption["credit"])
            if cap_snap is not None:
                subs.append(("caption", ca, ce, cap_snap, None))
                end = ce
                nxt += 1
        self.images.append({"src": src, "alt": alt, "caption": caption})
        self.body.append({"type": "image", "image": k})
        self.parts.append(("block", ia, end, (("imageblock",), ("img", src, alt, None, None, cap_snap)), subs))
        return nxt

    # -- lists, quotes, code, HTML: markdown-it-py, region by region -------------------

    def complex(self, b: Block) -> None:
        rtext = self.text[b[1] : b[2]]
        region = rtext.split("\n")
        starts: list[int] = []
        pos = b[1]
        for ln in region:
            starts.append(pos)
            pos += len(ln) + 1
        tokens = md_parser().parse(rtext)
        covered = [False] * len(region)
        pieces: list[tuple[int, int, Any]] = []
        k = 0
        while k < len(tokens):
            tok = tokens[k]
            if tok.level != 0 or tok.map is None:
                k += 1
                continue
            close = k
            if tok.nesting == 1:
                depth = 0
                for close in range(k, len(tokens)):
                    depth += tokens[close].nesting
                    if depth == 0:
                        break
            lo, hi = tok.map
            while hi > lo + 1 and is_blank(region[hi - 1]):
                hi -= 1
            for x in range(lo, hi):
                covered[x] = True
            piece = "\n".join(region[lo:hi])
            pieces.append((lo, hi, _block_from_tokens(tokens[k : close + 1], piece)))
            k = close + 1
        # Lines no token covers (link reference definitions): kept as raw blocks.
        x = 0
        while x < len(region):
            if covered[x] or is_blank(region[x]):
                x += 1
                continue
            y = x
            while y < len(region) and not covered[y] and not is_blank(region[y]):
                y += 1
            pieces.append((x, y, RawBlock(text="\n".join(region[x:y]), format="markdown")))
            x = y
        pieces.sort(key=lambda p: p[0])
        for lo, hi, block in pieces:
            sub: Block = ("complex", starts[lo], starts[hi - 1] + len(region[hi - 1]), False)
            if isinstance(block, RawBlock):
                block = RawBlock(text=self.orig_slice(sub[1], sub[2]), format=block.format)
            self.add(block, sub, snapshot(block))
            for mk, mtext in _block_marks(block):
                self.inline_links([(mk.kind, mk.start, mk.end, mk.url, mk.title)], mtext)


def _block_from_tokens(toks: list[Token], source: str) -> Any:
    t = toks[0]
    try:
        if t.type == "paragraph_open":
            text, marks = from_tokens(toks[1].children or [])
            return Paragraph(text=text, marks=marks)
        if t.type == "heading_open":
            text, marks = from_tokens(toks[1].children or [])
            return Heading(text=text, marks=marks, level=int(t.tag[1]))
        if t.type == "blockquote_open":
            paras: list[Paragraph] = []
            inner = toks[1:-1]
            j = 0
            while j < len(inner):
                if inner[j].type != "paragraph_open":
                    raise _Unsupported
                text, marks = from_tokens(inner[j + 1].children or [])
                paras.append(Paragraph(text=text, marks=marks))
                j += 3
            return BlockQuote(paragraphs=paras)
        if t.type in ("bullet_list_open", "ordered_list_open"):
            items, _ = _items(toks, 1)
            start = None
            if t.type == "ordered_list_open":
                s = t.attrGet("start")
                start = int(s) if s is not None and int(s) != 1 else None
            return ListBlock(ordered=t.type == "ordered_list_open", start=start, items=items)
    except (_Unsupported, IndexError, ValueError, pydantic.ValidationError):
        pass
    return RawBlock(text=source, format="html" if t.type == "html_block" else "markdown")


class _Unsupported(Exception):
    pass


def _items(toks: list[Token], j: int) -> tuple[list[ListItem], int]:
    """List items from toks[j] (just after a list open) up to the list close."""
    items: list[ListItem] = []
    while j < len(toks) and toks[j].type == "list_item_open":
        j += 1
        text = ""
        marks: list[Mark] = []
        children: list[ListItem] = []
        seen_para = False
        while toks[j].type != "list_item_close":
            tt = toks[j].type
            if tt == "paragraph_open" and not seen_para and not children:
                text, marks = from_tokens(toks[j + 1].children or [])
                seen_para = True
                j += 3
            elif tt in ("bullet_list_open", "ordered_list_open") and not children:
                if tt == "ordered_list_open":
                    raise _Unsupported  # a nested numbered list is not in the model
                children, j = _items(toks, j + 1)
                j += 1  # the list close
            else:
                raise _Unsupported
        items.append(ListItem(text=text, marks=marks, items=children))
        j += 1
    return items, j


def _block_marks(block: Any) -> list[tuple[Any, str]]:
    out: list[tuple[Any, str]] = []
    if isinstance(block, (Paragraph, Heading)):
        out += [(m, block.text) for m in block.marks]
    elif isinstance(block, BlockQuote):
        for p in block.paragraphs:
            out += [(m, p.text) for m in p.marks]
    elif isinstance(block, ListBlock):
        stack = list(block.items)
        while stack:
            it = stack.pop(0)
            out += [(m, it.text) for m in it.marks]
            stack = list(it.items) + stack
    return out


def _atx_content(line: str) -> tuple[int, str]:
    s = line.lstrip(" ")
    level = len(s) - len(s.lstrip("#"))
    content = s[level:].strip(" \t")
    # an optional closing sequence of #s preceded by a space
    stripped = content.rstrip("#")
    if stripped != content and (not stripped or stripped[-1] in " \t"):
        content = stripped.rstrip(" \t")
    return level, content


def _dest(d: str) -> str:
    if d.startswith("<") and d.endswith(">"):
        d = d[1:-1]
    return unescape(d)


def _credit_col(line: str) -> int:
    s = line.rstrip()
    k = s.rfind("**", 0, len(s) - 2)
    return k + 3 if k >= 0 else 1


def _split_byline(rest: str) -> list[tuple[str, str | None, int]]:
    """(name, url, offset) for each contributor of a byline after "By".

    Linked names ``[Name](url)`` are taken whole; the text between them and the plain
    names are split at the separators of the format: ``,``, ``and``, ``&``.
    """
    out: list[tuple[str, str | None, int]] = []
    pos = 0
    n = len(rest)
    while pos < n:
        m = _LINK_RE.search(rest, pos)
        end = m.start() if m else n
        _plain(rest, pos, end, out)
        if m is None:
            break
        name = inline(m.group(1))[0]
        out.append((name, _dest(m.group(2)), m.start()))
        pos = m.end()
    return out


def _plain(rest: str, a: int, b: int, out: list[tuple[str, str | None, int]]) -> None:
    seg = rest[a:b]
    if "," not in seg and "and" not in seg and "&" not in seg:
        # No separator can match (each needs "," or "and" or "&"): skip _SEP_RE, whose
        # leading \s* is tried at every position of the name.
        _plain_name(seg, a, out)
        return
    pos = 0
    # An escaped backslash before a comma ("\\,") leaves the comma a separator: pairs of
    # backslashes are masked (same length, so offsets hold) before _SEP_RE's "(?<!\\),".
    masked = seg.replace("\\\\", "\0\0") if "\\\\" in seg else seg
    for m in _SEP_RE.finditer(masked):
        _plain_name(seg[pos : m.start()], a + pos, out)
        pos = m.end()
    _plain_name(seg[pos:], a + pos, out)


def _plain_name(s: str, offset: int, out: list[tuple[str, str | None, int]]) -> None:
    if not s.strip():
        # Between two linked names, or around a separator: nothing is missing unless the
        # whole byline is empty (checked by the caller).
        return
    lead = len(s) - len(s.lstrip())
    out.append((inline(s)[0], None, offset + lead))


def read(text: str, *, source: str = "<string>") -> ReadResult:
    """Read an article file, collecting findings instead of raising.

    Args:
        text: The Markdown text.
        source: The file name, for findings.

    Returns:
        The article (None when it cannot be built) with every finding, each with a line
        and a column; ``locate(json_path)`` places a model value on a line.
    """
    try:
        if len(text) <= GC_THRESHOLD:
            # gc_paused leaves the collector alone below its threshold anyway; skipping
            # the context manager saves its generator set-up (~1 us an article).
            return _Reader(text, source).run()
        with gc_paused(len(text)):  # linear time on huge documents (see newsmodel._gc)
            return _Reader(text, source).run()
    except RecursionError:
        f = Finding.of(
            "NM005",
            "the file nests too deeply to be read",
            line=1,
            column=1,
            source=source,
        )
        return ReadResult(None, [f], source)
