"""Variant sweep: realistic variants of every corpus file, each with what its parse must give.

Another publisher's articles, converted by the same tool, differ from the corpus in the
forms its header takes (date layouts, bylines with roles, agencies, several names,
non-Latin scripts), in the images, captions, related links and body markup they hold, and
in their bytes (CRLF or CR line ends, no final newline, trailing spaces, a byte order
mark). Each variant here is one corpus file with one such change; its expected parse is
the original file's parse with the changed fields replaced by values written down below
from reading the Markdown (docs/format.md, CommonMark), never from the reader's output.

Every variant must read without findings other than the expected ones, give back its
text byte for byte from ``dumps``, and parse to the expected view.

The corpus lives in ``../shared/corpus/articles`` (the files under
``tests/fixtures/markdown`` are used when it is absent).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from newsmodel.errors import NewsModelError
from newsmodel.formats import markdown as md
from newsmodel.models import (
    Article,
    BlockQuote,
    Heading,
    ImageBlock,
    ListBlock,
    ListItem,
    Paragraph,
    RawBlock,
    RelatedLink,
)

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "articles"
FIXTURES = HERE / "fixtures" / "markdown"

View = dict[str, Any]

# -- the view of a parse ----------------------------------------------------------------------


def _date(v: Any) -> Any:
    if v is None:
        return None
    return (type(v).__name__, v.isoformat())


def _items(items: list[ListItem], depth: int = 0) -> tuple[Any, ...]:
    out: list[Any] = []
    for it in items:
        out.append((depth, it.text))
        out.extend(_items(it.items, depth + 1))
    return tuple(out)


def _raw(text: str) -> str:
    # Line ends and trailing spaces of a raw block follow the file's bytes (CRLF,
    # trailing spaces): the view compares its lines.
    return "\n".join(line.rstrip() for line in text.splitlines())


def view(a: Article) -> View:
    """Every field a variant can change, as plain data."""
    body: list[Any] = []
    placed: set[int] = set()
    for b in a.body:
        if isinstance(b, Paragraph):
            body.append(("p", b.text))
        elif isinstance(b, Heading):
            body.append(("h", b.level, b.text))
        elif isinstance(b, ImageBlock):
            im = a.images[b.image]
            placed.add(b.image)
            cap = im.caption
            body.append(("img", im.src, im.alt, cap.text if cap else None, cap.credit if cap else None))
        elif isinstance(b, RelatedLink):
            body.append(("rel", b.title, b.url, b.label))
        elif isinstance(b, BlockQuote):
            body.append(("quote", tuple(p.text for p in b.paragraphs)))
        elif isinstance(b, ListBlock):
            body.append(("list", b.ordered, b.start, _items(b.items)))
        elif isinstance(b, RawBlock):
            body.append(("raw", b.format, _raw(b.text)))
        else:  # pragma: no cover - every block kind is listed above
            body.append(("?", type(b).__name__))
    lead = None
    loose = [i for i in range(len(a.images)) if i not in placed]
    if loose:
        im = a.images[loose[0]]
        assert loose == [0] and im.src is None and im.caption is not None
        lead = (im.caption.text, im.caption.credit)
    return {
        "title": a.title,
        "bylines": [(b.name, b.url, b.role) for b in a.bylines],
        "published": _date(a.published),
        "modified": _date(a.modified),
        "lead": lead,
        "body": body,
        "url": a.url,
    }


def links_view(a: Article) -> list[tuple[str, str | None, int | None]]:
    return [(x.rel, x.url, x.position) for x in a.links]


# -- a corpus file cut into its parts --------------------------------------------------------


@dataclass
class Doc:
    """A corpus file as lines, with the line of each header part and of the footer."""

    name: str
    lines: list[str]
    base: View
    codes: list[str]
    title: int
    byline: int | None
    date: int | None
    updated: int | None
    lead: int | None
    body: int  # the first line of the first body block (or of the footer / the end)
    footer: int | None  # the line "Original url:"

    def text(self, lines: list[str] | None = None) -> str:
        return "\n".join(self.lines if lines is None else lines) + "\n"


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip(" \t"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip(" \t"):
            j += 1
        out.append((i, j))
        i = j
    return out


def _doc(path: Path) -> Doc | None:
    with path.open(encoding="utf-8", newline="") as fh:
        text = fh.read()
    if "\r" in text or text.startswith("\ufeff"):
        return None  # the variants start from "\n" files
    result = md.read(text, source=path.name)
    assert result.article is not None
    base = view(result.article)
    lines = text.rstrip("\n").split("\n")
    blocks = _blocks(lines)
    k = 1
    starts: dict[str, int | None] = {"byline": None, "date": None, "updated": None, "lead": None}
    for key, present in (
        ("byline", bool(base["bylines"]) or lines[blocks[1][0]].startswith("By")),
        ("date", base["published"] is not None),
        ("updated", base["modified"] is not None),
        ("lead", base["lead"] is not None),
    ):
        if present:
            if blocks[k][1] - blocks[k][0] != 1:
                return None  # a header part on several lines: not a template for variants
            starts[key] = blocks[k][0]
            k += 1
    footer = None
    if base["url"] is not None:
        footer = blocks[-2][0]
    body = blocks[k][0] if k < len(blocks) else len(lines)
    return Doc(
        path.name,
        lines,
        base,
        [f.code for f in result.findings],
        blocks[0][0],
        starts["byline"],
        starts["date"],
        starts["updated"],
        starts["lead"],
        body,
        footer,
    )


# -- variants ---------------------------------------------------------------------------------

Variant = tuple[str, str, View, list[str]]
"""(kind, text, expected view, expected finding codes)."""


def _exp(doc: Doc, **changes: Any) -> View:
    out = copy.deepcopy(doc.base)
    out.update(changes)
    return out


def _replace(doc: Doc, at: int | None, new: list[str] | None, before: int | None = None) -> list[str]:
    """The lines with the one-line block at ``at`` replaced by ``new`` (None: removed), or
    with ``new`` inserted as blocks before the line ``before``."""
    lines = list(doc.lines)
    if at is not None:
        if new is None:
            del lines[at : at + 2]  # the line and the blank line after it
        else:
            lines[at : at + 1] = new
        return lines
    assert before is not None and new is not None
    lines[before:before] = [*new, ""]
    return lines


# Date lines: (text, value). Written down from the calendar, not from the reader.
DATES: list[tuple[str, Any, list[str]]] = [
    ("July 28, 2021", ("date", "2021-07-28"), []),
    ("28 July 2021", ("date", "2021-07-28"), []),
    ("2021-07-28", ("date", "2021-07-28"), []),
    ("2021-07-28T10:00:00+02:00", ("datetime", "2021-07-28T10:00:00+02:00"), []),
    ("2021-07-28T10:00:00-04:00", ("datetime", "2021-07-28T10:00:00-04:00"), []),
    ("2021-07-28T10:00:00.123456+02:00", ("datetime", "2021-07-28T10:00:00.123456+02:00"), []),
    ("2021-07-28T10:00:00.123+02:00", ("datetime", "2021-07-28T10:00:00.123000+02:00"), []),
    ("2021-07-28T10:00:00Z", ("datetime", "2021-07-28T10:00:00+00:00"), []),
    ("2021-07-28T10:00:00.5Z", ("datetime", "2021-07-28T10:00:00.500000+00:00"), []),
    ("2021-07-28T10:00+02:00", ("datetime", "2021-07-28T10:00:00+02:00"), []),
    ("2021-07-28T10:00:00", ("date", "2021-07-28"), ["NM203"]),
    ("2021-07-28T10:00:00.250", ("date", "2021-07-28"), ["NM203"]),
    ("January 5, 2024", ("date", "2024-01-05"), []),
    ("5 January 2024", ("date", "2024-01-05"), []),
    ("December 31, 1999", ("date", "1999-12-31"), []),
    ("28. Juli 2021", ("date", "2021-07-28"), []),
    ("Mittwoch, 28. Juli 2021", ("date", "2021-07-28"), []),
    ("Wednesday, July 28, 2021", ("date", "2021-07-28"), []),
    ("Jul. 28, 2021", ("date", "2021-07-28"), []),
    ("Sept. 5, 2021", ("date", "2021-09-05"), []),
    ("28.07.2021", ("date", "2021-07-28"), []),
    ("2021/07/28", ("date", "2021-07-28"), []),
    ("2021-07-28T10:00:00+0200", ("datetime", "2021-07-28T10:00:00+02:00"), []),
    ("July 28, 2021 10:00 AM", ("date", "2021-07-28"), ["NM203"]),
]
# Modification lines (published is 2021-07-28, these are later).
UPDATES: list[tuple[str, Any]] = [
    ("Updated July 29, 2021", ("date", "2021-07-29")),
    ("Updated: July 29, 2021", ("date", "2021-07-29")),
    ("Updated 29 July 2021", ("date", "2021-07-29")),
    ("Updated 2021-07-29T08:30:00+02:00", ("datetime", "2021-07-29T08:30:00+02:00")),
    ("Updated: 2021-07-29T08:30:00Z", ("datetime", "2021-07-29T08:30:00+00:00")),
]


def date_variants(doc: Doc) -> Iterator[Variant]:
    for line, value, codes in DATES:
        if doc.date is not None:
            lines = _replace(doc, doc.date, [line])
        else:
            after = doc.byline + 2 if doc.byline is not None else doc.title + 2
            lines = _replace(doc, None, [line], before=after)
        # The modification date stays, unless it would come before the new date.
        exp = _exp(doc, published=value)
        if doc.updated is not None:
            if line.startswith("December 31, 1999"):
                pass
            else:
                continue  # the file's own "Updated" line may be earlier than this date
        yield "date", doc.text(lines), exp, codes
    if doc.date is not None and doc.updated is None:
        for line, value in UPDATES:
            lines = _replace(doc, doc.date, ["July 28, 2021", "", line])
            exp = _exp(doc, published=("date", "2021-07-28"), modified=value)
            yield "updated", doc.text(lines), exp, []
        # Only a modification date.
        lines = _replace(doc, doc.date, ["Updated: July 29, 2021"])
        yield "updated-only", doc.text(lines), _exp(doc, published=None, modified=("date", "2021-07-29")), []
        # No date line at all.
        lines = _replace(doc, doc.date, None)
        yield "no-date", doc.text(lines), _exp(doc, published=None), []


# Byline lines and the contributors they name: (name, url, role).
BYLINES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    ("By [Jane Doe](https://example.com/authors/jane-doe)", [("Jane Doe", "https://example.com/authors/jane-doe", None)]),
    ("By [AFP](#)", [("AFP", "#", None)]),
    ("By AFP", [("AFP", None, None)]),
    ("By Reuters", [("Reuters", None, None)]),
    ("By Jane Doe", [("Jane Doe", None, None)]),
    ("By Jane Doe, Staff Writer", [("Jane Doe", None, "Staff Writer")]),
    ("By [Jane Doe](#), Staff Writer", [("Jane Doe", "#", "Staff Writer")]),
    ("By Jane Doe and John Roe", [("Jane Doe", None, None), ("John Roe", None, None)]),
    ("By Jane Doe & John Roe", [("Jane Doe", None, None), ("John Roe", None, None)]),
    (
        "By Jane Doe, John Roe and Max Mustermann",
        [("Jane Doe", None, None), ("John Roe", None, None), ("Max Mustermann", None, None)],
    ),
    (
        "By Jane Doe, John Roe, and Max Mustermann",
        [("Jane Doe", None, None), ("John Roe", None, None), ("Max Mustermann", None, None)],
    ),
    (
        "By [Jane Doe](#), [John Roe](#), and [Max Mustermann](#)",
        [("Jane Doe", "#", None), ("John Roe", "#", None), ("Max Mustermann", "#", None)],
    ),
    (
        "By [Jane Doe](#), [John Roe](#) and [Max Mustermann](#)",
        [("Jane Doe", "#", None), ("John Roe", "#", None), ("Max Mustermann", "#", None)],
    ),
    ("By [Jane Doe](#) & [John Roe](#)", [("Jane Doe", "#", None), ("John Roe", "#", None)]),
    ("By [Jane Doe](#) and John Roe", [("Jane Doe", "#", None), ("John Roe", None, None)]),
    ("By Jane Doe and [John Roe](https://e.com/jr)", [("Jane Doe", None, None), ("John Roe", "https://e.com/jr", None)]),
    ("By Андрей Колесников", [("Андрей Колесников", None, None)]),
    ("By [김혜진](#)", [("김혜진", "#", None)]),
    ("By 大渡 美咲", [("大渡 美咲", None, None)]),
    ("By [牛镛](#) and [岳弘彬](#)", [("牛镛", "#", None), ("岳弘彬", "#", None)]),
    ("By दैनिक भास्कर", [("दैनिक भास्कर", None, None)]),
    ("By Jane O'Neil", [("Jane O'Neil", None, None)]),
    ("By Jean-Luc Picard", [("Jean-Luc Picard", None, None)]),
    ("By Alexander Sandberg", [("Alexander Sandberg", None, None)]),
    ("By Jane Doe\\, Jr.", [("Jane Doe, Jr.", None, None)]),
    ("By [Jane \\[JD\\] Doe](#)", [("Jane [JD] Doe", "#", None)]),
    ("By [Jane *Doe*](#)", [("Jane Doe", "#", None)]),
    ("By [Jane Doe](https://e.com/a?b=1&c=2)", [("Jane Doe", "https://e.com/a?b=1&c=2", None)]),
    ("By [Jane Doe](<https://e.com/a b>)", [("Jane Doe", "https://e.com/a b", None)]),
    ("By [Jane Doe](https://e.com/jane_(writer))", [("Jane Doe", "https://e.com/jane_(writer)", None)]),
    ("By [ndr.de](#)", [("ndr.de", "#", None)]),
    ("By   Jane Doe  ", [("Jane Doe", None, None)]),
    ("By [AFP](#) and [dpa](#)", [("AFP", "#", None), ("dpa", "#", None)]),
]


def byline_variants(doc: Doc) -> Iterator[Variant]:
    for line, names in BYLINES:
        if doc.byline is not None:
            lines = _replace(doc, doc.byline, [line])
        else:
            lines = _replace(doc, None, [line], before=doc.title + 2)
        yield "byline", doc.text(lines), _exp(doc, bylines=names), list(doc.codes)
    if doc.byline is not None:
        lines = _replace(doc, doc.byline, None)
        yield "no-byline", doc.text(lines), _exp(doc, bylines=[]), list(doc.codes)


TITLES: list[tuple[str, str]] = [
    ("# A \\*starred\\* \\[bracketed\\] title", "A *starred* [bracketed] title"),
    ("# A title with *emphasis* and `code`", "A title with emphasis and code"),
    ("# A closed title ##", "A closed title"),
    ("# C# and F# \\#1", "C# and F# #1"),
    ("#\tA tabbed title", "A tabbed title"),
    ("#   Spaced   title   ", "Spaced title"),
    ("   # Indented title", "Indented title"),
    ("# Tom &amp; Jerry &copy; 2024", "Tom & Jerry © 2024"),
    ("# „Anführung“ und «Guillemets» — 100 %", "„Anführung“ und «Guillemets» — 100 %"),
    ("# Title with a [link](https://e.com)", "Title with a link"),
]


def title_variants(doc: Doc) -> Iterator[Variant]:
    for line, title in TITLES:
        yield "title", doc.text(_replace(doc, doc.title, [line])), _exp(doc, title=title), list(doc.codes)


# Body snippets: Markdown lines and the body blocks they read as. ``open`` marks a snippet
# that ends in an image with no caption (a paragraph after it would be its caption).
@dataclass
class Snippet:
    name: str
    lines: list[str]
    blocks: list[Any]
    open: bool = False


IMG = "https://example.com/img/photo.jpg"
SNIPPETS: list[Snippet] = [
    Snippet("image+caption+credit", [f"![A protest in Kyiv]({IMG})", "", "Protesters in Kyiv. **Photo: AP / Jane Doe**"],
            [("img", IMG, "A protest in Kyiv", "Protesters in Kyiv.", "Photo: AP / Jane Doe")]),
    Snippet("image no alt, caption no credit", [f"![]({IMG})", "", "Protesters in Kyiv on Monday."],
            [("img", IMG, "", "Protesters in Kyiv on Monday.", None)]),
    Snippet("image alt brackets", [f"![Photo [AP]: a crowd]({IMG})", "", "A crowd. **AP**"],
            [("img", IMG, "Photo [AP]: a crowd", "A crowd.", "AP")]),
    Snippet("image alt escapes", [f"![A \\[b\\] \\*c\\* d\\_e]({IMG})", "", "Caption. **Credit**"],
            [("img", IMG, "A [b] *c* d_e", "Caption.", "Credit")]),
    Snippet("image credit only", [f"![x]({IMG})", "", "**dpa**"], [("img", IMG, "x", "", "dpa")]),
    Snippet("image src parens", ["![x](https://e.com/a_(1).jpg)", "", "C. **D**"],
            [("img", "https://e.com/a_(1).jpg", "x", "C.", "D")]),
    Snippet("image src angle", ["![x](<https://e.com/a b.jpg>)", "", "C. **D**"],
            [("img", "https://e.com/a b.jpg", "x", "C.", "D")]),
    Snippet("image title", [f'![x]({IMG} "A title")', "", "C. **D**"], [("img", IMG, "x", "C.", "D")]),
    Snippet("image query", ["![x](https://e.com/i.jpg?w=1200&h=800&q=75)", "", "C. **D**"],
            [("img", "https://e.com/i.jpg?w=1200&h=800&q=75", "x", "C.", "D")]),
    Snippet("image trailing spaces", [f"![x]({IMG})  ", "", "C. **D**  "], [("img", IMG, "x", "C.", "D")]),
    Snippet("image indented", [f"  ![x]({IMG})", "", "C. **D**"], [("img", IMG, "x", "C.", "D")]),
    Snippet("caption with link", [f"![x]({IMG})", "", "Seen at [the fair](https://e.com/fair). **Jane Doe/dpa**"],
            [("img", IMG, "x", "Seen at the fair.", "Jane Doe/dpa")]),
    Snippet("caption with emphasis", [f"![x]({IMG})", "", "The *Titanic* in 1912. **Getty Images**"],
            [("img", IMG, "x", "The Titanic in 1912.", "Getty Images")]),
    Snippet("caption two lines", [f"![x]({IMG})", "", "A caption", "on two lines. **Credit**"],
            [("img", IMG, "x", "A caption on two lines.", "Credit")]),
    Snippet("caption credit with escapes", [f"![x]({IMG})", "", "C. **Foto: J\\. Doe \\[AP\\]**"],
            [("img", IMG, "x", "C.", "Foto: J. Doe [AP]")]),
    Snippet("two images in a row", [f"![a]({IMG})", "", "![b](https://e.com/2.jpg)", "", "Second. **B**"],
            [("img", IMG, "a", None, None), ("img", "https://e.com/2.jpg", "b", "Second.", "B")]),
    Snippet("image then related", [f"![a]({IMG})", "", "**Related article: [Other story](https://e.com/o)**"],
            [("img", IMG, "a", None, None), ("rel", "Other story", "https://e.com/o", "Related article")]),
    Snippet("image then heading", [f"![a]({IMG})", "", "## After the image"],
            [("img", IMG, "a", None, None), ("h", 2, "After the image")]),
    Snippet("image no caption", [f"![a]({IMG})"], [("img", IMG, "a", None, None)], open=True),
    Snippet("image empty src", ["![](<>)", "", "C. **D**"], [("img", "", "", "C.", "D")]),
    Snippet("related brackets", ["**Related article: [Title with [brackets] inside](https://e.com/x)**"],
            [("rel", "Title with [brackets] inside", "https://e.com/x", "Related article")]),
    Snippet("related quotes", ['**Related article: ["Quoted" and \'single\' title](#)**'],
            [("rel", "\"Quoted\" and 'single' title", "#", "Related article")]),
    Snippet("related escapes", ["**Related article: [A \\*star\\* \\[x\\] a\\_b](#)**"],
            [("rel", "A *star* [x] a_b", "#", "Related article")]),
    Snippet("related typographic", ["**Related article: [„Wir sind bereit“ – sagt der Minister](#)**"],
            [("rel", "„Wir sind bereit“ – sagt der Minister", "#", "Related article")]),
    Snippet("related label Related", ["**Related: [Short](https://e.com/s)**"],
            [("rel", "Short", "https://e.com/s", "Related")]),
    Snippet("related label articles", ["**Related articles: [Many](https://e.com/m)**"],
            [("rel", "Many", "https://e.com/m", "Related articles")]),
    Snippet("related url parens", ["**Related article: [P](https://e.com/a_(b))**"],
            [("rel", "P", "https://e.com/a_(b)", "Related article")]),
    Snippet("related url percent", ["**Related article: [P](https://e.com/f%C3%BCr?x=1&y=2)**"],
            [("rel", "P", "https://e.com/f%C3%BCr?x=1&y=2", "Related article")]),
    Snippet("related emphasis", ["**Related article: [An *emphasised* title](#)**"],
            [("rel", "An emphasised title", "#", "Related article")]),
    Snippet("related trailing", ["**Related article: [T](#)**  "], [("rel", "T", "#", "Related article")]),
    Snippet("inline link", ["Read [the report](https://e.com/report \"Report\") for more."],
            [("p", "Read the report for more.")]),
    Snippet("emphasis", ["Some *emphasis*, **strong** and _under_ __scores__ and `code`."],
            [("p", "Some emphasis, strong and under scores and code.")]),
    Snippet("escapes", ["Prices rose 5\\*; the \\[draft\\] said 1\\_000 \\# \\\\ ok."],
            [("p", "Prices rose 5*; the [draft] said 1_000 # \\ ok.")]),
    Snippet("entities", ["Tom &amp; Jerry &mdash; &#169; 2024 &notanentity; a & b"],
            [("p", "Tom & Jerry — © 2024 &notanentity; a & b")]),
    Snippet("autolink", ["See <https://e.com/x> now."], [("p", "See https://e.com/x now.")]),
    Snippet("snake case", ["The file_name_here and 2*3*4 stay."], [("p", "The file_name_here and 234 stay.")]),
    Snippet("multi-line", ["A paragraph", "that goes on", "over three lines."],
            [("p", "A paragraph that goes on over three lines.")]),
    Snippet("hard breaks", ["A line  ", "and a\\", "break."], [("p", "A line and a break.")]),
    Snippet("ends in strong", ["A body paragraph that ends in **bold**"],
            [("p", "A body paragraph that ends in bold")]),
    Snippet("starts By", ["By the way, this is body text."], [("p", "By the way, this is body text.")]),
    Snippet("looks like a date", ["July 28, 2021"], [("p", "July 28, 2021")]),
    Snippet("starts Updated", ["Updated July 29, 2021"], [("p", "Updated July 29, 2021")]),
    Snippet("heading", ["## A subheading"], [("h", 2, "A subheading")]),
    Snippet("heading h3 markup", ["### A *marked* \\#3 heading ###"], [("h", 3, "A marked #3 heading")]),
    Snippet("setext h2", ["A setext heading", "---"], [("h", 2, "A setext heading")]),
    Snippet("setext h1", ["A setext", "heading", "==="], [("h", 1, "A setext heading")]),
    Snippet("thematic after paragraph", ["Text before a rule.", "- - -"], [("p", "Text before a rule."), ("raw", "markdown", "- - -")]),
    Snippet("heading h1 in body", ["# A level-one heading"], [("h", 1, "A level-one heading")]),
    Snippet("blockquote", ["> A quoted sentence."], [("quote", ("A quoted sentence.",))]),
    Snippet("blockquote two", ["> First quoted.", ">", "> Second *quoted*."],
            [("quote", ("First quoted.", "Second quoted."))]),
    Snippet("blockquote lazy", ["> A quote that", "goes on lazily."], [("quote", ("A quote that goes on lazily.",))]),
    Snippet("bullet list", ["- One", "- Two [link](https://e.com)", "- Three"],
            [("list", False, None, ((0, "One"), (0, "Two link"), (0, "Three")))]),
    Snippet("star list", ["* One", "* Two"], [("list", False, None, ((0, "One"), (0, "Two")))]),
    Snippet("ordered list", ["1. One", "2. Two"], [("list", True, None, ((0, "One"), (0, "Two")))]),
    Snippet("ordered list start", ["3) Three", "4) Four"], [("list", True, 3, ((0, "Three"), (0, "Four")))]),
    Snippet("nested list", ["- One", "  - One a", "- Two"],
            [("list", False, None, ((0, "One"), (1, "One a"), (0, "Two")))]),
    Snippet("fence", ["```", "code *here*", "```"], [("raw", "markdown", "```\ncode *here*\n```")]),
    Snippet("html", ["<div class=\"x\">Hi</div>"], [("raw", "html", "<div class=\"x\">Hi</div>")]),
    Snippet("thematic break", ["---"], [("raw", "markdown", "---")]),
    Snippet("pipe table", ["| a | b |", "| - | - |", "| 1 | 2 |"], [("p", "| a | b | | - | - | | 1 | 2 |")]),
]


def _find_paragraph_line(doc: Doc) -> tuple[int, int] | None:
    """(line, body index) of a middle body paragraph written on one line of its own."""
    body = doc.base["body"]
    candidates = [k for k, b in enumerate(body) if b[0] == "p"]
    if len(candidates) < 2:
        return None
    for k in candidates[len(candidates) // 2 :]:
        text = body[k][1]
        hits = [i for i, line in enumerate(doc.lines) if line == text]
        if len(hits) != 1:
            continue
        i = hits[0]
        if i < doc.body or not (doc.lines[i - 1] == "" and i + 1 < len(doc.lines) and doc.lines[i + 1] == ""):
            continue
        return i, k
    return None


def body_variants(doc: Doc) -> Iterator[Variant]:
    base_body = doc.base["body"]
    mid = _find_paragraph_line(doc)
    last = base_body[-1] if base_body else None
    end_line = doc.footer if doc.footer is not None else len(doc.lines)
    for sn in SNIPPETS:
        if mid is not None and not sn.open:
            i, k = mid
            lines = list(doc.lines)
            lines[i + 1 : i + 1] = ["", *sn.lines]
            body = [*base_body[: k + 1], *sn.blocks, *base_body[k + 1 :]]
            yield "body-mid", doc.text(lines), _exp(doc, body=body), list(doc.codes)
        # At the end of the body, before the footer (or at the end of the file).
        if last is not None and last[0] == "img" and last[3] is None:
            continue  # the snippet would be the image's caption
        if last is not None and last[0] == "list" and sn.blocks[0][0] == "list":
            continue  # two lists one blank line apart are one list
        if doc.footer is not None:
            lines = _replace(doc, None, sn.lines, before=end_line)
            text = doc.text(lines)
        else:
            text = doc.text() + "\n" + "\n".join(sn.lines)  # and no final newline
        yield "body-end", text, _exp(doc, body=[*base_body, *sn.blocks]), list(doc.codes)
    # At the start of the body, right after the header.
    if doc.lead is None:
        first = base_body[0] if base_body else None
        for sn in SNIPPETS[:3]:
            lines = _replace(doc, None, sn.lines, before=doc.body)
            yield "body-start", doc.text(lines), _exp(doc, body=[*sn.blocks, *base_body]), list(doc.codes)
        # A lost lead image: a caption with a credit and no image line.
        lines = _replace(doc, None, ["Flags at the border. **Jane Doe / AFP**"], before=doc.body)
        yield "lead", doc.text(lines), _exp(doc, lead=("Flags at the border.", "Jane Doe / AFP")), list(doc.codes)
        if first is None or first[0] != "p":
            pass
        else:
            # An image line at the start of the body takes the first paragraph as caption.
            lines = _replace(doc, None, [f"![Lead]({IMG})"], before=doc.body)
            body = [("img", IMG, "Lead", first[1], None), *base_body[1:]]
            yield "lead-image", doc.text(lines), _exp(doc, body=body), list(doc.codes)
    else:
        # An image line put back above the lost lead image's caption: now its caption.
        cap, credit = doc.base["lead"]
        lines = _replace(doc, None, [f"![Lead]({IMG})"], before=doc.lead)
        body = [("img", IMG, "Lead", cap, credit), *base_body]
        yield "lead-restored", doc.text(lines), _exp(doc, lead=None, body=body), list(doc.codes)


FOOTER_URLS = [
    "https://example.com/2021/07/28/a-story-a74636",
    "https://example.com/a?b=1&c=2",
    "https://example.com/a_(b)_c",
    "https://example.com/f%C3%BCr-alle",
    "http://example.com/x#frag",
]


def footer_variants(doc: Doc) -> Iterator[Variant]:
    for url in FOOTER_URLS:
        if doc.footer is not None:
            lines = list(doc.lines)
            lines[doc.footer + 2] = f"<{url}>"
        else:
            lines = [*doc.lines, "", "Original url:", "", f"<{url}>"]
        yield "footer", doc.text(lines), _exp(doc, url=url), list(doc.codes)
    if doc.footer is not None:
        lines = doc.lines[: doc.footer]
        while lines and not lines[-1]:
            lines.pop()
        yield "no-footer", doc.text(lines), _exp(doc, url=None), list(doc.codes)
        lines = list(doc.lines)
        lines[doc.footer] = "Original url:  "
        lines[doc.footer + 2] = lines[doc.footer + 2] + " "
        yield "footer-trailing", doc.text(lines), _exp(doc), list(doc.codes)


def _bytes_variants(text: str) -> Iterator[tuple[str, str]]:
    yield "crlf", text.replace("\n", "\r\n")
    yield "cr", text.replace("\n", "\r")
    yield "no-final-newline", text.rstrip("\n")
    yield "crlf-no-final-newline", text.rstrip("\n").replace("\n", "\r\n")
    yield "extra-final-newlines", text + "\n\n"
    yield "bom", "\ufeff" + text
    yield "bom-crlf", "\ufeff" + text.replace("\n", "\r\n")
    yield "leading-blank-lines", "\n\n\n" + text
    yield "trailing-spaces", "\n".join(line + "  " if line else line for line in text.split("\n"))
    yield "trailing-tab", "\n".join(line + "\t" if line else line for line in text.split("\n"))
    yield "blank-lines-with-spaces", "\n".join(line or "   " for line in text.split("\n")[:-1]) + "\n"
    yield "double-blank-lines", text.replace("\n\n", "\n\n\n")


def bytes_variants(doc: Doc) -> Iterator[Variant]:
    text = doc.text()
    for kind, t in _bytes_variants(text):
        yield kind, t, _exp(doc), list(doc.codes)


def indent_variants(doc: Doc) -> Iterator[Variant]:
    """Header, image, related and footer lines indented by one to three spaces."""
    lines = list(doc.lines)
    at = [x for x in (doc.title, doc.byline, doc.date, doc.updated, doc.lead) if x is not None]
    if doc.footer is not None:
        at += [doc.footer, doc.footer + 2]
    for i, line in enumerate(doc.lines):
        if i >= doc.body and (line.startswith("![") or line.startswith("**Related")) and (
            doc.footer is None or i < doc.footer
        ):
            at.append(i)
    for n, i in enumerate(sorted(at)):
        lines[i] = " " * (n % 3 + 1) + lines[i]
    yield "indent", doc.text(lines), _exp(doc), list(doc.codes)


def combined_variants(doc: Doc) -> Iterator[Variant]:
    """A header with everything: linked names, an ISO date, an update, CRLF line ends."""
    lines = list(doc.lines)
    header = [
        "By [Jane Doe](https://e.com/jd), John Roe, and [AFP](#)",
        "",
        "2024-03-07T07:55:25.000+01:00",
        "",
        "Updated: 2024-03-08T09:00:00Z",
    ]
    start = doc.byline if doc.byline is not None else doc.date if doc.date is not None else None
    if start is None:
        return
    stop = max(x for x in (doc.byline, doc.date, doc.updated) if x is not None) + 1
    lines[start:stop] = header
    exp = _exp(
        doc,
        bylines=[("Jane Doe", "https://e.com/jd", None), ("John Roe", None, None), ("AFP", "#", None)],
        published=("datetime", "2024-03-07T07:55:25+01:00"),
        modified=("datetime", "2024-03-08T09:00:00+00:00"),
    )
    t = doc.text(lines)
    yield "combined", t, exp, []
    yield "combined-crlf", t.replace("\n", "\r\n").rstrip("\r\n"), exp, []


GENERATORS: list[Callable[[Doc], Iterator[Variant]]] = [
    date_variants,
    byline_variants,
    title_variants,
    body_variants,
    footer_variants,
    bytes_variants,
    indent_variants,
    combined_variants,
]


def check_variant(kind: str, text: str, expected: View, codes: list[str]) -> list[str]:
    """The ways a variant's parse differs from what it must give (empty: none)."""
    try:
        result = md.read(text)
    except NewsModelError as exc:  # pragma: no cover - read collects findings
        return [f"{kind}: read raised {exc!r}"]
    got_codes = [f.code for f in result.findings]
    if got_codes != codes or result.article is None:
        return [f"{kind}: findings {[(f.code, f.line, f.message) for f in result.findings]}, expected {codes}"]
    a = result.article
    problems: list[str] = []
    got = view(a)
    for key, value in expected.items():
        if got[key] != value:
            if key == "body":
                diffs = [
                    (i, g, e)
                    for i, (g, e) in enumerate(zip(got[key], value, strict=False))
                    if g != e
                ][:2]
                problems.append(f"{kind}: body differs: {diffs} (len {len(got[key])} vs {len(value)})")
            else:
                problems.append(f"{kind}: {key} = {got[key]!r}, expected {value!r}")
    try:
        out = md.dumps(a)
    except NewsModelError as exc:
        return [*problems, f"{kind}: dumps raised {exc!r}"]
    if out != text:
        problems.append(f"{kind}: round trip differs")
    # Links follow the body: one related link per related line at its position, the
    # original link when the footer is there.
    rel = [(("related"), b[2], i) for i, b in enumerate(got["body"]) if b[0] == "rel"]
    if [x for x in links_view(a) if x[0] == "related"] != rel:
        problems.append(f"{kind}: related links {links_view(a)}")
    if ([x[1] for x in links_view(a) if x[0] == "original"] or [None]) != [got["url"]]:
        problems.append(f"{kind}: original link {links_view(a)}")
    return problems


def _files() -> list[Path]:
    if CORPUS.is_dir():
        return sorted(CORPUS.glob("*.md"))
    return sorted(FIXTURES.glob("*.md"))


def all_variants(path: Path) -> Iterator[Variant]:
    doc = _doc(path)
    if doc is None:
        return
    for gen in GENERATORS:
        yield from gen(doc)


def sweep(paths: list[Path]) -> tuple[int, dict[str, int], list[str]]:
    """Run every variant of every file: (count, count per kind, problems)."""
    count = 0
    kinds: dict[str, int] = {}
    problems: list[str] = []
    for path in paths:
        for kind, text, exp, codes in all_variants(path):
            count += 1
            kinds[kind] = kinds.get(kind, 0) + 1
            problems += [f"{path.name}: {p}" for p in check_variant(kind, text, exp, codes)]
    return count, kinds, problems


@pytest.fixture(scope="module")
def files() -> list[Path]:
    found = _files()
    if not found:
        pytest.skip("no corpus and no fixtures")
    return found


def test_variants(files: list[Path]) -> None:
    count, _kinds, problems = sweep(files)
    assert count > 1000
    assert problems == [], "\n".join(problems[:40])


if __name__ == "__main__":  # pragma: no cover - a manual run prints the figures
    import sys
    import time

    t0 = time.perf_counter()
    n, per_kind, found = sweep([Path(p) for p in sys.argv[1:]] or _files())
    print(f"{n} variants in {time.perf_counter() - t0:.1f} s; {len(found)} problems")
    for k, v in sorted(per_kind.items()):
        print(f"  {k}: {v}")
    for p in found:
        print(p)
