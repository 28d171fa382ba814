"""Reading an article file: blocks -> parts with source spans -> raw values -> Article.

The recognition rules are those of docs/format.md, in the order written there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pydantic

from newsmodel.findings import Finding
from newsmodel.formats.markdown._helpers import byline_kind, read_date
from newsmodel.formats.markdown._inline import (
    from_tokens,
    has_markup,
    md_parser,
    parse_inline,
    trailing_strong,
    unescape,
)
from newsmodel.formats.markdown._scan import Block, Line, is_blank, scan, split_lines
from newsmodel.formats.markdown._source import Part, SourceRecord, snapshot
from newsmodel.models import (
    Article,
    BlockQuote,
    Byline,
    Caption,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    RawBlock,
    RelatedLink,
    SourceLink,
)

if TYPE_CHECKING:
    from markdown_it.token import Token

__all__ = ["ReadResult", "read"]

# Link text: escapes and one level of balanced brackets ("[photo: [AP]]").
_TEXT = r"(?:[^\\\[\]]|\\.|\[(?:[^\\\[\]]|\\.)*\])*"
_IMAGE_RE = re.compile(
    r" {0,3}!\[(" + _TEXT + r")\]\("
    r"(<(?:[^<>\n\\]|\\.)*>|[^\s()<]*(?:\([^\s()]*\)[^\s()]*)*)"
    r"(?:[ \t]+(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'))?[ \t]*\)[ \t]*"
)
_RELATED_LABELS = ("Related article", "Related articles", "Related")
_RELATED_RE = re.compile(
    r" {0,3}\*\*(Related articles?|Related): \[(" + _TEXT + r")\]\("
    r"(<(?:[^<>\n\\]|\\.)*>|[^\s()<]*(?:\([^\s()]*\)[^\s()]*)*)\)\*\*[ \t]*"
)
_LINK_RE = re.compile(
    r"\[((?:[^\\\[\]]|\\.)*)\]\((<(?:[^<>\n\\]|\\.)*>|[^\s()<]*(?:\([^\s()]*\)[^\s()]*)*)\)"
)
_SEP_RE = re.compile(r"\s*(?<!\\),\s*|\s+(?:and|&)\s+")
_BYLINE_RE = re.compile(r" {0,3}By(?:[ \t]|$)")
_UPDATED_RE = re.compile(r" {0,3}Updated(?::|[ \t]|$)[ \t:]*", re.IGNORECASE)
_FOOTER_LABEL = "Original url:"
# Every character Python's str.split() folds, but the space and the line feed.
ODD_WHITESPACE = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_ODD_NEEDLES = ("  ", " \n", "\n ", *ODD_WHITESPACE)
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
    _places: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)
    _body: list[tuple[int, int]] = field(default_factory=list, repr=False)

    @property
    def errors(self) -> list[Finding]:
        """The findings of severity ``error``."""
        return [f for f in self.findings if f.severity == "error"]

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
                return self._places[p]
            m = _BODY_PATH_RE.fullmatch(p)
            if m and int(m.group(1)) < len(self._body):
                line, column = self._body[int(m.group(1))]
                return line + 1, column
            cut = max(p.rfind("."), p.rfind("["))
            if cut <= 0:
                break
            p = p[:cut]
        return self._places.get("$")


class _Reader:
    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.lines: list[Line] = split_lines(text)
        self.findings: list[Finding] = []
        self.places: dict[str, tuple[int, int]] = {}
        self.body_at: list[tuple[int, int]] = []
        self.parts: list[Part] = []
        self.images: list[Image] = []
        self.body: list[Any] = []
        self.links: list[SourceLink] = []
        # When the file has no whitespace that folding would change (a tab, a no-break
        # space, two spaces, a space at a line end or start), a one-line paragraph's
        # plain text is its source: the fast path then skips folding too.
        self.plain_ws = not (
            text.startswith(" ") or text.endswith(" ") or any(n in text for n in _ODD_NEEDLES)
        )

    # -- helpers ---------------------------------------------------------------------

    def find(self, code: str, message: str, line: int, column: int = 1, path: str | None = None) -> None:
        self.findings.append(
            Finding.of(code, message, line=line + 1, column=column, path=path, source=self.source)
        )

    def place(self, path: str, line: int, column: int = 1) -> None:
        self.places.setdefault(path, (line + 1, column))

    def span(self, first: int, last: int) -> tuple[int, int]:
        a = self.lines[first]
        b = self.lines[last]
        return a.start, b.start + len(b.text)

    def block_text(self, b: Block) -> str:
        if b.first == b.last:
            return self.lines[b.first].text
        return "\n".join(ln.text for ln in self.lines[b.first : b.last + 1])

    def col(self, line: int) -> int:
        s = self.lines[line].text
        return len(s) - len(s.lstrip()) + 1

    def part(self, key: str, b: Block, value: Any) -> Part:
        a, e = self.span(b.first, b.last)
        return Part(key, a, e, snapshot(value))

    # -- the file --------------------------------------------------------------------

    def run(self) -> ReadResult:
        blocks = scan(self.lines)
        self.place("$", 0)
        if not blocks:
            self.find("NM001", "the file is empty; expected a '# Title' line", 0)
            return self.result(None)
        first = blocks[0]
        ftext = self.lines[first.first].text
        if first.kind != "heading" or not ftext.lstrip(" ").startswith("# "):
            if first.kind == "heading" and ftext.strip() == "#":
                self.find("NM001", "the title line '#' is empty; expected '# Title'", first.first, self.col(first.first))
            else:
                self.find(
                    "NM001",
                    f"expected a '# Title' line first, found {ftext.strip()[:40]!r}",
                    first.first,
                    self.col(first.first),
                )
            return self.result(None)
        title_src = _atx_content(ftext)[1]
        title = parse_inline(title_src)[0]
        if not title:
            self.find("NM001", "the title is empty; expected '# Title'", first.first, self.col(first.first))
            return self.result(None)
        self.parts.append(self.part("title", first, title))
        self.place("$.title", first.first, self.col(first.first) + 2)

        rest = blocks[1:]
        footer_url, rest = self.footer(rest)
        i, bylines, published, modified = self.header(rest)
        rest = rest[i:]
        rest = self.lead(rest)
        self.read_body(rest)
        if footer_url is not None:
            self.links.append(SourceLink(url=footer_url, rel="original"))
            footer_part = self.parts.pop(0)
            self.parts.append(footer_part)
        article = self.build(title, bylines, published, modified, footer_url)
        return self.result(article)

    def result(self, article: Article | None) -> ReadResult:
        if article is not None:
            nl = "\n"
            for ln in self.lines:
                if ln.end:
                    nl = ln.end
                    break
            article._source = SourceRecord(self.text, self.parts, nl)
        return ReadResult(article, self.findings, self.source, self.places, self.body_at)

    def build(
        self,
        title: str,
        bylines: list[Byline],
        published: Any,
        modified: Any,
        url: str | None,
    ) -> Article | None:
        try:
            return Article(
                title=title,
                bylines=bylines,
                published=published,
                modified=modified,
                url=url,
                images=self.images,
                body=self.body,
                links=self.links,
            )
        except pydantic.ValidationError as exc:
            for err in exc.errors(include_url=False):
                loc = "".join(f"[{x}]" if isinstance(x, int) else f".{x}" for x in err["loc"])
                msg = str(err["msg"])
                problems = (err.get("ctx") or {}).get("problems")
                if problems:
                    for where, what in problems:
                        path = "$." + where
                        code = "NM101" if where == "modified" else "NM007"
                        self._model_finding(code, what, path)
                else:
                    self._model_finding("NM007", msg, "$" + loc)
            return None

    def _model_finding(self, code: str, msg: str, path: str) -> None:
        where = ReadResult(None, [], self.source, self.places, self.body_at).locate(path)
        line, column = where if where else (1, 1)
        self.findings.append(
            Finding.of(code, msg, line=line, column=column, path=path, source=self.source)
        )

    # -- footer ----------------------------------------------------------------------

    def footer(self, blocks: list[Block]) -> tuple[str | None, list[Block]]:
        if not blocks:
            return None, blocks
        last = blocks[-1]
        if last.kind == "para" and last.first == last.last:
            if self.lines[last.first].text.strip() == _FOOTER_LABEL:
                self.find(
                    "NM005",
                    "the footer 'Original url:' has no URL after it; expected a line '<https://...>'",
                    last.first,
                    self.col(last.first),
                    "$.url",
                )
                return None, [*blocks[:-1], Block("raw", last.first, last.last)]
            m = _AUTOLINK_RE.fullmatch(self.lines[last.first].text)
            if m and len(blocks) >= 2:
                label = blocks[-2]
                if (
                    label.kind == "para"
                    and label.first == label.last
                    and self.lines[label.first].text.strip() == _FOOTER_LABEL
                ):
                    url = m.group(1)
                    la, le = self.span(label.first, label.last)
                    ua, ue = self.span(last.first, last.last)
                    self.parts.insert(
                        0,
                        Part("footer", la, ue, url, [Part("label", la, le, None), Part("url", ua, ue, url)]),
                    )
                    self.place("$.url", last.first, self.col(last.first) + 1)
                    return url, blocks[:-2]
        return None, blocks

    # -- header ----------------------------------------------------------------------

    def header(self, blocks: list[Block]) -> tuple[int, list[Byline], Any, Any]:
        i = 0
        bylines: list[Byline] = []
        published: Any = None
        modified: Any = None
        if i < len(blocks) and blocks[i].kind == "para" and _BYLINE_RE.match(self.lines[blocks[i].first].text):
            b = blocks[i]
            bylines = self.byline(b)
            self.parts.append(self.part("byline", b, _byline_value(bylines)))
            i += 1
        # Up to two date lines: the publication date, then the modification date
        # ("Updated ..."); either may be missing.
        for _ in range(2):
            if not (i < len(blocks) and blocks[i].kind == "para" and blocks[i].first == blocks[i].last):
                break
            line = self.lines[blocks[i].first].text
            upd = _UPDATED_RE.match(line) is not None
            got, is_mod = self.date_line(line, blocks[i].first, upd)
            if got is False or (not is_mod and (published is not None or modified is not None)):
                break
            if is_mod:
                if modified is not None:
                    break
                modified = got
                self.parts.append(self.part("updated", blocks[i], modified))
            else:
                published = got
                self.parts.append(self.part("date", blocks[i], published))
            i += 1
        return i, bylines, published, modified

    def date_line(self, text: str, line: int, updated: bool) -> tuple[Any, bool]:
        """The date a header line holds (None: unreadable, False: not a date line) and
        whether it is the modification date."""
        s = text.strip()
        if not _DATE_CHARS_RE.fullmatch(s) or not any(c.isdigit() for c in s):
            return False, False
        col = self.col(line)
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
                line,
                col,
                path,
            )
            self.place(path, line, col)
            return None, is_mod
        if got.naive:
            self.find(
                "NM203",
                f"the time in {s!r} has no time zone; only the day {got.value.isoformat()} is kept "
                "(add an offset such as '+00:00' to keep the time)",
                line,
                col,
                path,
            )
        self.place(path, line, col)
        return got.value, is_mod

    def byline(self, b: Block) -> list[Byline]:
        line = b.first
        text = self.block_text(b)
        m = _BYLINE_RE.match(text)
        assert m is not None
        base = m.end()
        rest = text[base:]
        out: list[Byline] = []
        pieces = _split_byline(rest)
        empty = not rest.strip()
        for name, url, off in pieces:
            if not name:
                empty = True
                continue
            col = base + off + 1
            self.place(f"$.bylines[{len(out)}]", line, col)
            out.append(Byline(name=name, url=url, kind=byline_kind(name)))
        if empty:
            self.find(
                "NM003",
                "the byline names nobody; expected 'By Name' or 'By [Name](url)'",
                line,
                self.col(line) + (len(text) - len(text.lstrip())) + 2,
                "$.bylines",
            )
        self.place("$.bylines", line, self.col(line))
        return out

    # -- lead image ------------------------------------------------------------------

    def lead(self, blocks: list[Block]) -> list[Block]:
        if not blocks or blocks[0].kind != "para":
            return blocks
        b = blocks[0]
        src = self.block_text(b)
        if _IMAGE_RE.fullmatch(src) or _RELATED_RE.fullmatch(src):
            return blocks
        ts = trailing_strong(src)
        if ts is None:
            return blocks
        text, _marks, at = ts
        cap = text[:at].rstrip()
        credit = text[at:]
        k = len(self.images)
        path = f"$.images[{k}]"
        if not cap:
            self.find(
                "NM004",
                f"the credit **{credit}** has no caption text before it and no image line above it; "
                "expected 'Caption text **Credit**' or an image line '![alt](src)' before it",
                b.first,
                self.col(b.first),
                path + ".caption.credit",
            )
        image = Image(src=None, alt=None, caption=Caption(text=cap, credit=credit))
        self.images.append(image)
        self.place(path, b.first, self.col(b.first))
        self.place(path + ".caption", b.first, self.col(b.first))
        self.place(path + ".caption.credit", b.first, _credit_col(self.lines[b.last].text))
        self.parts.append(self.part("lead", b, image))
        return blocks[1:]

    # -- body ------------------------------------------------------------------------

    def read_body(self, blocks: list[Block]) -> None:
        i = 0
        n = len(blocks)
        while i < n:
            b = blocks[i]
            idx = len(self.body)
            if b.kind == "heading":
                level, content = _atx_content(self.lines[b.first].text)
                text, marks = parse_inline(content)
                self.add(Heading(text=text, marks=marks, level=level), b)
                self.inline_links(marks, text)
                i += 1
                continue
            if b.kind == "fence":
                raw = RawBlock(text=self.slice_block(b), format="markdown")
                if b.unclosed:
                    self.find(
                        "NM005",
                        "a fenced code block is not closed; expected a closing fence line",
                        b.first,
                        self.col(b.first),
                        f"$.body[{idx}]",
                    )
                self.add(raw, b)
                i += 1
                continue
            if b.kind == "raw":
                self.add(RawBlock(text=self.slice_block(b), format="markdown"), b)
                i += 1
                continue
            if b.kind == "complex":
                self.complex(b)
                i += 1
                continue
            src = self.block_text(b)
            m = _IMAGE_RE.fullmatch(src) if b.first == b.last else None
            if m:
                i = self.image(m, blocks, i)
                continue
            r = _RELATED_RE.fullmatch(src) if b.first == b.last else None
            if r:
                title = parse_inline(r.group(2))[0]
                url = _dest(r.group(3))
                if title:
                    block = RelatedLink(title=title, url=url, label=r.group(1))
                    self.add(block, b)
                    self.links.append(SourceLink(url=url, text=title, rel="related", position=idx))
                    self.place(f"$.body[{idx}].title", b.first, self.col(b.first) + len(r.group(1)) + 5)
                    i += 1
                    continue
            if self.plain_ws and b.first == b.last and not has_markup(src):
                # Fast path for plain paragraphs: no inline markup, nothing to fold.
                self.add(Paragraph(text=src), b)
                i += 1
                continue
            text, marks = parse_inline(src)
            if marks:
                self.add(Paragraph(text=text, marks=marks), b)
                self.inline_links(marks, text)
            else:
                self.add(Paragraph(text=text), b)
            i += 1

    def slice_block(self, b: Block) -> str:
        a, e = self.span(b.first, b.last)
        return self.text[a:e]

    def add(self, block: Any, b: Block) -> None:
        self.body.append(block)
        self.parts.append(self.part("block", b, block))
        self.body_at.append((b.first, 1 + len(self.lines[b.first].text) - len(self.lines[b.first].text.lstrip())))

    def inline_links(self, marks: Sequence[Any], text: str) -> None:
        idx = len(self.body) - 1
        for mk in marks:
            if mk.kind == "link" and mk.url is not None:
                self.links.append(
                    SourceLink(url=mk.url, text=text[mk.start : mk.end] or None, rel="inline", position=idx)
                )

    def image(self, m: re.Match[str], blocks: list[Block], i: int) -> int:
        b = blocks[i]
        alt = unescape(m.group(1))
        src = _dest(m.group(2))
        k = len(self.images)
        path = f"$.images[{k}]"
        self.place(path, b.first, self.col(b.first))
        self.body_at.append((b.first, self.col(b.first)))
        ia, ie = self.span(b.first, b.last)
        subs = [Part("image", ia, ie, (src, alt))]
        caption: Caption | None = None
        end = ie
        nxt = i + 1
        if nxt < len(blocks) and blocks[nxt].kind == "para":
            c = blocks[nxt]
            csrc = self.block_text(c)
            if not (
                c.first == c.last
                and (_IMAGE_RE.fullmatch(csrc) or _RELATED_RE.fullmatch(csrc))
            ):
                ts = trailing_strong(csrc)
                if ts is not None:
                    text, _mk, at = ts
                    caption = Caption(text=text[:at].rstrip(), credit=text[at:])
                    self.place(path + ".caption.credit", c.last, _credit_col(self.lines[c.last].text))
                else:
                    caption = Caption(text=parse_inline(csrc)[0])
                self.place(path + ".caption", c.first, self.col(c.first))
                ca, ce = self.span(c.first, c.last)
                subs.append(Part("caption", ca, ce, snapshot(caption)))
                end = ce
                nxt += 1
        image = Image(src=src, alt=alt, caption=caption)
        self.images.append(image)
        block = ImageBlock(image=k)
        self.body.append(block)
        self.parts.append(Part("block", ia, end, snapshot((block, image)), subs))
        return nxt

    # -- lists, quotes, code, HTML: markdown-it-py, region by region -------------------

    def complex(self, b: Block) -> None:
        region = [ln.text for ln in self.lines[b.first : b.last + 1]]
        tokens = md_parser().parse("\n".join(region))
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
            text = "\n".join(region[lo:hi])
            pieces.append((lo, hi, _block_from_tokens(tokens[k : close + 1], text)))
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
            sub = Block("complex", b.first + lo, b.first + hi - 1)
            if isinstance(block, RawBlock):
                block = RawBlock(text=self.slice_block(sub), format=block.format)
            self.add(block, sub)
            for mk, text in _block_marks(block):
                self.inline_links([mk], text)


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


def _byline_value(bylines: list[Byline]) -> tuple[tuple[str, str | None], ...]:
    return tuple((b.name, b.url) for b in bylines)


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
        name = parse_inline(m.group(1))[0]
        out.append((name, _dest(m.group(2)), m.start()))
        pos = m.end()
    return out


def _plain(rest: str, a: int, b: int, out: list[tuple[str, str | None, int]]) -> None:
    seg = rest[a:b]
    pos = 0
    for m in _SEP_RE.finditer(seg):
        _plain_name(seg[pos : m.start()], a + pos, out)
        pos = m.end()
    _plain_name(seg[pos:], a + pos, out)


def _plain_name(s: str, offset: int, out: list[tuple[str, str | None, int]]) -> None:
    if not s.strip():
        # Between two linked names, or around a separator: nothing is missing unless the
        # whole byline is empty (checked by the caller).
        return
    lead = len(s) - len(s.lstrip())
    out.append((parse_inline(s)[0], None, offset + lead))


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
