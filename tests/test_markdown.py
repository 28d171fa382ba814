"""The Markdown article format: the example, lossless writing, minimal diffs, errors, canonical output."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import newsmodel as nm
from newsmodel.errors import NewsModelError, ParseError
from newsmodel.formats import markdown as md
from newsmodel.formats.markdown._helpers import byline_kind
from newsmodel.formats.markdown._inline import render_inline
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
)
from newsmodel.testing import articles, paragraphs
from newsmodel.validation import check_text

FIXTURES = Path(__file__).parent / "fixtures" / "markdown"
EXAMPLE = FIXTURES / "moscow-times-tajikistan.md"
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


def _text(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def _changed(old: str, new: str) -> list[tuple[list[str], list[str]]]:
    """The (old lines, new lines) of every change between two texts."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [(a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


# -- the example -------------------------------------------------------------------------


def test_example_fields() -> None:
    a = nm.loads(_text(EXAMPLE), format="markdown")
    assert a.title == "Russia to Boost Tajikistan Army Amid Afghanistan 'Deterioration'"
    assert [(b.name, b.kind, b.url) for b in a.bylines] == [("AFP", "organization", "#")]
    assert a.published == dt.date(2021, 7, 28)
    assert type(a.published) is dt.date
    assert a.images == [
        Image(
            src=None,
            alt=None,
            caption=Caption(
                text="The Taliban claims to control 90% of Afghanistan's borders.",
                credit="Russian Defence Ministry / TASS",
            ),
        )
    ]
    related = [(i, b) for i, b in enumerate(a.body) if isinstance(b, RelatedLink)]
    assert len(related) == 1
    pos, block = related[0]
    assert block.title == "Russia to Hold Central Asia Army Drills Near Afghan Border"
    assert block.url == "#"
    # It stands after the paragraph that ends "... base in the country."
    assert isinstance(a.body[pos - 1], Paragraph)
    assert a.body[pos - 1].text.endswith("referring to Moscow's base in the country.")
    rel_links = [ln for ln in a.links if ln.rel == "related"]
    assert [(ln.url, ln.position) for ln in rel_links] == [("#", pos)]
    url = (
        "https://www.themoscowtimes.com/2021/07/28/"
        "russia-to-boost-tajikistan-army-amid-afghanistan-deterioration-a74636"
    )
    assert a.url == url
    assert [ln.url for ln in a.links if ln.rel == "original"] == [url]
    assert a.paragraphs[0].startswith("Russia will bolster Central Asian ally")
    assert len(a.paragraphs) == 14  # lines 13-21 and 25-41 of the file


def test_load_picks_markdown_by_suffix(tmp_path: Path) -> None:
    p = tmp_path / "x.md"
    p.write_bytes(EXAMPLE.read_bytes())
    a = nm.load(p)
    assert a.published == dt.date(2021, 7, 28)
    nm.dump(a, p)
    assert p.read_bytes() == EXAMPLE.read_bytes()


# -- lossless ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t,
        lambda t: t.replace("\n", "\r\n"),
        lambda t: t.replace("\n", "\r"),
        lambda t: t.rstrip("\n"),
        lambda t: t + "\n\n\n",
        lambda t: t.replace(".\n", ".   \n"),
        lambda t: "\n\n\n" + t.replace("\n\n", "\n\n \t\n\n"),
        lambda t: t.replace("July 28, 2021", "  July 28, 2021\t"),
    ],
    ids=["as-is", "crlf", "cr", "no-final-newline", "trailing-blank-lines", "trailing-spaces",
         "odd-gaps", "indented-date"],
)
def test_byte_exact_round_trip(variant: object) -> None:
    text = variant(_text(EXAMPLE))  # type: ignore[operator]
    a = md.loads(text)
    assert a.published == dt.date(2021, 7, 28)
    assert md.dumps(a) == text


def test_unchanged_article_after_model_copy_keeps_bytes() -> None:
    text = _text(EXAMPLE)
    a = md.loads(text)
    a.bylines[0].role = None  # assigning the same value changes nothing
    assert md.dumps(a) == text


# -- minimal diffs -----------------------------------------------------------------------


def test_minimal_diff_published() -> None:
    text = _text(EXAMPLE)
    a = md.loads(text)
    a.published = dt.date(2021, 7, 29)
    out = md.dumps(a)
    assert _changed(text, out) == [(["July 28, 2021\n"], ["July 29, 2021\n"])]
    assert md.loads(out).published == dt.date(2021, 7, 29)


def test_minimal_diff_credit_of_lost_lead_image() -> None:
    text = _text(EXAMPLE)
    a = md.loads(text)
    assert a.images[0].caption is not None
    a.images[0].caption.credit = "TASS"
    out = md.dumps(a)
    assert _changed(text, out) == [
        (
            ["The Taliban claims to control 90% of Afghanistan's borders. **Russian Defence Ministry / TASS**\n"],
            ["The Taliban claims to control 90% of Afghanistan's borders. **TASS**\n"],
        )
    ]


def test_minimal_diff_add_credit_to_image_caption() -> None:
    path = FIXTURES / "it_Tageszeitung_2025_04_16.md"
    text = _text(path)
    a = md.loads(text)
    assert a.images[1].caption is not None and a.images[1].caption.credit is None
    a.images[1].caption.credit = "Foto: SÜGAM"
    out = md.dumps(a)
    changes = _changed(text, out)
    assert len(changes) == 1
    (old,), (new,) = changes[0]
    assert new == old.rstrip("\n") + " **Foto: SÜGAM**\n"
    assert md.loads(out).images[1].caption == Caption(text=a.images[1].caption.text, credit="Foto: SÜGAM")


def test_minimal_diff_rename_author() -> None:
    text = _text(EXAMPLE)
    a = md.loads(text)
    a.bylines[0].name = "Agence France-Presse"
    out = md.dumps(a)
    assert _changed(text, out) == [(["By [AFP](#)\n"], ["By [Agence France-Presse](#)\n"])]


def test_minimal_diff_paragraph_edit_insert_delete() -> None:
    text = _text(EXAMPLE)
    a = md.loads(text)
    a.body[1] = Paragraph(text="A new second paragraph.")
    out = md.dumps(a)
    changes = _changed(text, out)
    assert len(changes) == 1
    assert changes[0][1] == ["A new second paragraph.\n"]
    assert changes[0][0][0].startswith("Russia, Tajikistan and Uzbekistan")

    b = md.loads(text)
    b.body.insert(2, Paragraph(text="Inserted."))
    out = md.dumps(b)
    changes = _changed(text, out)
    assert len(changes) == 1
    assert changes[0][0] == [] and sorted(changes[0][1]) == ["\n", "Inserted.\n"]

    c = md.loads(text)
    del c.body[0]
    out = md.dumps(c)
    changes = _changed(text, out)
    assert len(changes) == 1 and changes[0][1] == []
    assert any(line.startswith("Russia will bolster") for line in changes[0][0])
    assert all(line.startswith("Russia will bolster") or line == "\n" for line in changes[0][0])


def test_minimal_diff_url_changes_only_url_line() -> None:
    text = _text(EXAMPLE)
    a = md.loads(text)
    a.url = "https://example.org/a"
    out = md.dumps(a)
    changes = _changed(text, out)
    assert len(changes) == 1
    assert changes[0][1] == ["<https://example.org/a>"]


# -- errors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        ("", "NM001", 1, 1),
        ("\n\nJust text\n", "NM001", 3, 1),
        ("# T\n\nBy \n\nJuly 28, 2021\n\nBody.\n", "NM003", 3, 3),
        ("# T\n\nBy AFP\n\n2021-13-45\n\nBody.\n", "NM002", 5, 1),
        ("# T\n\nBy AFP\n\nJuly 28, 2021\n\n**Only a credit**\n\nBody.\n", "NM004", 7, 1),
        ("# T\n\nBody.\n\n```\ncode\n", "NM005", 5, 1),
        ("# T\n\nBody.\n\nOriginal url:\n", "NM005", 5, 1),
        ("# T\n\nJuly 28, 2021\n\nUpdated July 1, 2021\n\nBody.\n", "NM101", 5, 1),
    ],
)
def test_error_findings(text: str, code: str, line: int, column: int) -> None:
    result = md.read(text, source="f.md")
    codes = [(f.code, f.line, f.column) for f in result.errors]
    assert codes[0] == (code, line, column)
    assert result.errors[0].message
    with pytest.raises(ParseError) as info:
        md.loads(text, source="f.md")
    assert (info.value.line, info.value.column) == (line, column)
    assert code in str(info.value)


def test_naive_time_keeps_day_and_warns() -> None:
    result = md.read("# T\n\nBy AFP\n\n2024-04-25T14:07:00\n\nBody.\n")
    assert result.article is not None
    assert result.article.published == dt.date(2024, 4, 25)
    assert [(f.code, f.severity, f.line) for f in result.findings] == [("NM203", "warning", 5)]
    assert md.loads("# T\n\n2024-04-25T14:07:00+02:00\n\nBody.\n").published == dt.datetime(
        2024, 4, 25, 14, 7, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )


def test_updated_line_fills_modified() -> None:
    a = md.loads("# T\n\nJuly 28, 2021\n\nUpdated July 29, 2021\n\nBody.\n")
    assert (a.published, a.modified) == (dt.date(2021, 7, 28), dt.date(2021, 7, 29))
    assert a.paragraphs == ["Body."]


def test_locate_paths() -> None:
    r = md.read(_text(EXAMPLE))
    assert r.locate("$.title") == (3, 3)
    assert r.locate("$.bylines[0]") == (5, 4)
    assert r.locate("$.published") == (7, 1)
    assert r.locate("$.images[0].caption") == (11, 1)
    assert r.locate("$.images[0].caption.credit") == (11, 63)
    assert r.locate("$.body[0].text") == (13, 1)
    assert r.locate("$.body[3].marks[0].start") == (19, 1)
    assert r.locate("$.url") == (45, 2)
    assert r.locate("$.nothing") == (1, 1)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.text(max_size=300)
    | st.lists(
        st.sampled_from(
            ["# ", "#", "By ", "\n", "\r\n", "\r", "![a](b)", "**x**", "**Related article: [a](b)**",
             "Original url:", "<http://x>", "> ", "- ", "1. ", "```", "    ", "July 28, 2021", "[",
             "]", "(", ")", "*", "_", "\\", "`", "<div>", "&amp;", " ", "\t", "Updated ",
             "2024-13-45", "---", "===", "x", "\x00"]
        )
    ).map("".join)
)
def test_any_text_only_newsmodel_errors(text: str) -> None:
    result = md.read(text)
    if result.article is not None:
        assert md.dumps(result.article) == text
    with contextlib.suppress(NewsModelError):
        md.loads(text)


# -- blocks beyond paragraphs ------------------------------------------------------------


def test_lists_quotes_code_and_raw() -> None:
    text = (
        "# T\n\nBy AFP\n\nJuly 28, 2021\n\nIntro.\n\n> quoted *one*\n>\n> two\n\n"
        "- a\n- b\n  - c\n\n3. x\n4. y\n\n```\ncode\n```\n\n<div>\nhtml\n</div>\n\n## Sub\n"
    )
    a = md.loads(text)
    assert a.body[1] == BlockQuote(
        paragraphs=[
            Paragraph(text="quoted one", marks=[Mark(kind="emphasis", start=7, end=10)]),
            Paragraph(text="two"),
        ]
    )
    assert a.body[2] == ListBlock(
        items=[ListItem(text="a"), ListItem(text="b", items=[ListItem(text="c")])]
    )
    assert a.body[3] == ListBlock(ordered=True, start=3, items=[ListItem(text="x"), ListItem(text="y")])
    assert a.body[4] == RawBlock(text="```\ncode\n```", format="markdown")
    assert a.body[5] == RawBlock(text="<div>\nhtml\n</div>", format="html")
    assert a.body[6] == Heading(text="Sub", level=2)
    assert md.dumps(a) == text


def test_inline_markup_and_links() -> None:
    a = md.loads("# T\n\nSee [the *report*](https://x.org/r) and `x_y`, \\*not\\* &amp; more.\n")
    p = a.body[0]
    assert isinstance(p, Paragraph)
    assert p.text == "See the report and x_y, *not* & more."
    assert [(m.kind, p.text[m.start : m.end]) for m in p.marks] == [
        ("link", "the report"),
        ("emphasis", "report"),
        ("code", "x_y"),
    ]
    assert [(ln.rel, ln.url, ln.position) for ln in a.links] == [("inline", "https://x.org/r", 0)]


# -- canonical output --------------------------------------------------------------------


def test_canonical_layout() -> None:
    a = Article(
        title="A *Title*",
        bylines=[Byline(name="Jane Doe", url="#"), Byline(name="Smith, Jr."), Byline(name="AFP")],
        published=dt.date(2021, 7, 28),
        url="https://example.org/a",
        images=[
            Image(caption=Caption(text="Lost lead.", credit="Agency")),
            Image(src="https://example.org/i.jpg", alt="An image", caption=Caption(text="Cap", credit="Me")),
        ],
        body=[
            Paragraph(text="1. Not a list", marks=[]),
            ImageBlock(image=1),
            Heading(text="Sub"),
            RelatedLink(title="Other [story]", url="https://example.org/o"),
        ],
    )
    expected = (
        "\n\n# A \\*Title\\*\n\nBy [Jane Doe](#), Smith\\, Jr. and AFP\n\nJuly 28, 2021\n\n"
        "Lost lead. **Agency**\n\n1\\. Not a list\n\n![An image](https://example.org/i.jpg)\n\n"
        "Cap **Me**\n\n## Sub\n\n**Related article: [Other \\[story\\]](https://example.org/o)**\n\n"
        "Original url:\n\n<https://example.org/a>\n"
    )
    out = md.dumps(a)
    assert out == expected
    back = md.loads(out)
    assert [b.name for b in back.bylines] == ["Jane Doe", "Smith, Jr.", "AFP"]
    assert back.images == a.images
    assert back.body == a.body


def test_first_paragraph_is_not_read_as_header() -> None:
    a = Article(
        title="T",
        body=[
            Paragraph(text="By the way, 12 March 2021", marks=[]),
            Paragraph(text="x"),
        ],
    )
    assert md.loads(md.dumps(a)).body == a.body
    b = Article(title="T", bylines=[Byline(name="A")], body=[Paragraph(text="July 28, 2021")])
    assert md.loads(md.dumps(b)).body == b.body
    c = Article(
        title="T",
        body=[Paragraph(text="Ends in bold", marks=[Mark(kind="strong", start=8, end=12)])],
    )
    back = md.loads(md.dumps(c))
    assert back.body == c.body and back.images == []


@SETTINGS
@given(paragraphs())
def test_commonmark_agrees_with_rendered_paragraphs(p: Paragraph) -> None:
    """markdown-it-py's CommonMark reading of a rendered paragraph is the model's plain text."""
    src = render_inline(p.text, p.marks)
    tokens = MarkdownIt("commonmark").parse(src)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    out: list[str] = []

    def walk(children: list) -> None:  # type: ignore[type-arg]
        for c in children:
            assert c.type != "html_inline"
            if c.type in ("text", "code_inline"):
                out.append(c.content)
            elif c.type in ("softbreak", "hardbreak"):
                out.append(" ")
            elif c.children:
                walk(c.children)

    walk(tokens[1].children or [])
    assert "".join(out) == p.text
    header = "# T\n\nBy A\n\nJuly 28, 2021\n\nIntro.\n\n"
    assert md.loads(header + src + "\n").body == [Paragraph(text="Intro."), p]


_BLOCKS = frozenset({"paragraph", "heading", "image", "related", "blockquote", "list"})
_FIELDS = frozenset({"bylines", "published", "modified", "url", "images"})


def _representable(a: Article) -> Article:
    """The article as the layout can carry it (docs/format.md, "What the layout cannot carry")."""
    bylines = [Byline(name=b.name, url=b.url, kind=byline_kind(b.name)) for b in a.bylines]
    placed = {b.image for b in a.body if isinstance(b, ImageBlock)}
    keep: list[tuple[int, Image]] = []
    for k, img in enumerate(a.images):
        cap = img.caption if img.caption and (img.caption.text or img.caption.credit) else None
        if k in placed:
            keep.append((k, Image(src=img.src or "", alt=img.alt or "", caption=cap)))
        elif k == 0 and cap and cap.text and cap.credit:
            keep.append((k, Image(caption=cap)))
    for n, b in enumerate(a.body[:-1]):
        if isinstance(b, ImageBlock) and isinstance(a.body[n + 1], Paragraph):
            for i, (old, img) in enumerate(keep):
                if old == b.image and img.caption is None:
                    keep[i] = (old, img.model_copy(update={"caption": Caption(credit="Credit")}))
    remap = {old: new for new, (old, _) in enumerate(keep)}
    body = [ImageBlock(image=remap[b.image]) if isinstance(b, ImageBlock) else b for b in a.body]
    out = Article.model_validate(
        a.model_copy(update={"bylines": bylines, "images": [i for _, i in keep], "body": body}).model_dump()
    )
    return out.model_copy(update={"links": md.derived_links(out)})


@SETTINGS
@given(articles(blocks=_BLOCKS, fields=_FIELDS))
def test_round_trip_generated_articles(a: Article) -> None:
    a = _representable(a)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = md.dumps(a)
    back = md.loads(text)
    for name in md.CARRIES:
        assert getattr(back, name) == getattr(a, name), name
    assert md.dumps(back) == text


def test_loss_is_warned() -> None:
    a = Article(title="T", images=[Image(src="x.jpg", width=10)], body=[ImageBlock(image=0)])
    with pytest.warns(nm.LossWarning, match="size of image 0"):
        md.dumps(a)


def test_fast_path_knows_every_folded_whitespace() -> None:
    from newsmodel.formats.markdown._reader import ODD_WHITESPACE

    folded = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert set(ODD_WHITESPACE) == folded - {" ", "\n"}
    # The plain-paragraph fast path relies on str.isprintable refusing every one of them.
    assert not any(c.isprintable() for c in ODD_WHITESPACE)
    text = "# T\n\nBody\u3000with\xa0odd  spaces.\n"
    assert md.loads(text).paragraphs == ["Body with odd spaces."]
    for odd in ODD_WHITESPACE:
        got = md.loads(f"# T\n\nOne{odd}two{odd}\n\nThree  four\n\nfive \n").paragraphs
        assert got == ["One two", "Three four", "five"], repr(odd)


# -- the byline fast path ------------------------------------------------------------------


def _vocabulary_words() -> list[str]:
    from newsmodel.formats.markdown._helpers import _byline_vocabulary

    vocab = _byline_vocabulary()
    assert vocab is not None
    return sorted(w for w in vocab if w.isalpha() and len(w) > 1)


_NAME_WORDS = ["Birgit", "Baumann", "Anne-Marie", "Slaughter", "André", "Schmidt", "Zoë", "Müller",
               "Jervis-Bardy", "Oliveira", "Staff", "Reporter", "Stand", "Von", "Und", "Press"]


def _kind_by_parse(name: str) -> str:
    from newsmodel.text.bylines import parse_byline

    found = parse_byline(name)
    if found and all(b.kind == "organization" for b in found):
        return "organization"
    return "person"


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.sampled_from(_NAME_WORDS) | st.sampled_from(_vocabulary_words()).map(str.capitalize),
        min_size=1,
        max_size=5,
    ).map(" ".join)
)
def test_plain_person_fast_path_agrees_with_parse_byline(name: str) -> None:
    from newsmodel.formats.markdown._helpers import plain_person
    from newsmodel.text.bylines import parse_byline

    if plain_person(name):
        assert [(b.name, b.kind, b.role, b.affiliation) for b in parse_byline(name)] == [
            (name, "person", None, None)
        ]
    assert byline_kind(name) == _kind_by_parse(name)


def test_plain_person_on_known_names() -> None:
    from newsmodel.formats.markdown._helpers import plain_person

    for name in ("Birgit Baumann", "Anne-Marie Slaughter", "André Schmidt", "Anna Giulia Fink"):
        assert plain_person(name)
        assert byline_kind(name) == "person"
    # Words the byline rules know, other scripts, initials, capitals: the full reader.
    for name in ("Associated Press", "Staff Reporter", "Von Trier", "Le Monde", "AFP", "Dr. Max Kolter",
                 "Bill MCCARTHY", "Chus del Pino", "박준석 기자", "Andreas"):
        assert not plain_person(name)
    assert byline_kind("Associated Press") == "organization"
    assert byline_kind("Le Monde") == "organization"


def test_corpus_bylines_agree_with_parse_byline() -> None:
    corpus = Path(__file__).parent.parent.parent / "shared" / "corpus" / "articles"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus/articles is not there")
    names = {b.name for p in sorted(corpus.glob("*.md")) for b in md.loads(_text(p)).bylines}
    assert len(names) > 100
    for name in names:
        assert byline_kind(name) == _kind_by_parse(name), name


# -- reading edge cases --------------------------------------------------------------------


def test_byline_with_names_on_the_next_line() -> None:
    r = md.read("# T\n\nBy\nJane Doe\n\nBody.\n")
    assert r.article is not None
    assert [b.name for b in r.article.bylines] == ["Jane Doe"]
    assert r.locate("$.bylines[0]") == (4, 1)


def test_two_unreadable_date_lines_round_trip() -> None:
    text = "# T\n\n2024-13-45\n\nJuly 28, 2021\n\nBody.\n"
    r = md.read(text)
    assert [f.code for f in r.errors] == ["NM002"]
    assert r.article is not None
    assert r.article.published is None
    assert r.article.paragraphs == ["July 28, 2021", "Body."]
    assert md.dumps(r.article) == text


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
def test_line_ends_kept_in_raw_blocks_and_edits(nl: str) -> None:
    text = nl.join(
        ["# T", "", "By AFP", "", "July 28, 2021", "", "Intro.", "", "```", "code  x", "", "```",
         "after", "", "- one", "- two", "", "    indented", "", "Last.", "", "Original url:", "",
         "<https://example.org/a>", ""]
    )
    a = md.loads(text)
    raws = [b for b in a.body if isinstance(b, RawBlock)]
    assert raws[0].text == nl.join(["```", "code  x", "", "```"])
    assert a.paragraphs == ["Intro.", "after", "Last."]
    assert md.dumps(a) == text
    a.published = dt.date(2021, 7, 29)
    a.body[-1] = Paragraph(text="Final.")
    out = md.dumps(a)
    assert out == text.replace("July 28, 2021", "July 29, 2021").replace("Last.", "Final.")


# --------------------------------------------------------------------------- hostile input (issue 9)


@pytest.mark.parametrize("nl", ["\n", "\r\n"])
def test_a_leading_bom_is_kept_and_read_past(nl: str) -> None:
    text = nl.join(["\ufeff# T", "", "By Jane Roe", "", "July 28, 2021", "", "Body.", ""])
    a = md.loads(text)
    assert a.title == "T"
    assert [b.name for b in a.bylines] == ["Jane Roe"]
    assert a.published == dt.date(2021, 7, 28)
    assert a.paragraphs == ["Body."]
    assert md.dumps(a) == text
    a.title = "New"
    assert md.dumps(a) == text.replace("# T", "# New")  # the BOM stays in front
    # Lines and columns count from the first character after the BOM.
    r = md.read("\ufeff# T\n\nBy\n")
    assert [(f.code, f.line) for f in r.errors] == [("NM003", 3)]


def test_a_tab_after_the_title_hash_is_a_title() -> None:
    text = "#\tT\n\nBody.\n"
    a = md.loads(text)
    assert a.title == "T"
    assert a.paragraphs == ["Body."]
    assert md.dumps(a) == text
    tokens = MarkdownIt("commonmark").parse(text)
    assert tokens[0].type == "heading_open" and tokens[1].content == "T"


def test_a_javascript_link_is_read_as_a_link_so_validation_can_flag_it() -> None:
    text = "# T\n\nSee [x](javascript:alert(1)) now.\n"
    a = md.loads(text)
    [p] = a.body
    assert isinstance(p, Paragraph)
    assert p.text == "See x now."
    assert [(m.kind, m.start, m.end, m.url) for m in p.marks] == [("link", 4, 5, "javascript:alert(1)")]
    assert [(link.url, link.text, link.rel, link.position) for link in a.links] == [
        ("javascript:alert(1)", "x", "inline", 0)
    ]
    assert md.dumps(a) == text
    flagged = [f for f in check_text(text, format="markdown") if f.code == "NM102"]
    assert flagged and flagged[0].line == 3
    assert "javascript" in flagged[0].message


def test_dateline_of_the_lead_paragraph_is_read() -> None:
    t = "# T\n\nBy AP\n\nMarch 3, 2024\n\nDUSHANBE, Tajikistan (AP) — The minister said.\n"
    a = md.loads(t)
    assert a.dateline is not None
    assert (a.dateline.places, a.dateline.agency, a.dateline.rest) == (["DUSHANBE", "Tajikistan"], "AP", None)
    assert a.paragraphs[0].startswith("DUSHANBE, Tajikistan (AP) — ")  # the paragraph keeps its text
    assert md.dumps(a) == t
    assert md.loads("# T\n\nPlain lead - with a dash.\n").dateline is None


def test_changed_dateline_is_a_loss_but_derived_fields_are_not() -> None:
    t = "# T\n\nMOSCOW — \"We will help,\" Sergei Shoigu said.\n"
    a = nm.loads(t, format="markdown", quotes=True)
    assert a.quotes and a.dateline is not None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert nm.dumps(a, format="markdown") == t  # quotes and dateline are derived: no loss
    a.dateline = nm.Dateline(text="KYIV", places=["KYIV"])  # not what the text says
    with pytest.warns(nm.LossWarning, match="dateline"):
        nm.dumps(a, format="markdown")


def test_role_after_a_name_is_its_role() -> None:
    t = "# T\n\nBy [John Smith](#), Senior Reporter and Jane Doe, Staff Writer\n\nText.\n"
    a = md.loads(t)
    assert [(b.name, b.role) for b in a.bylines] == [("John Smith", "Senior Reporter"), ("Jane Doe", "Staff Writer")]
    assert md.dumps(a) == t
    a.bylines[1].role = "Photographer"
    assert md.dumps(a).splitlines()[2] == "By [John Smith](#), Senior Reporter and Jane Doe, Photographer"
    built = Article(title="X", bylines=[nm.Byline(name="Jane Doe", role="Staff Writer")])
    assert [(b.name, b.role) for b in md.loads(md.dumps(built)).bylines] == [("Jane Doe", "Staff Writer")]


# --- the hand-written path for paragraphs whose only markup is links --------------------

# Mostly what the fast path takes (so that it is exercised), sometimes what it must refuse.
_LINK_TEXT = st.one_of(
    st.text(alphabet="ab éü港 .,;:!?()'\"-/#%", max_size=12),
    st.text(alphabet="ab éü港 .,;:!?()'\"-/#%[]", max_size=12),
)
_LINK_DEST = st.one_of(
    st.text(alphabet="aZ09:/.?#=%-_~+*@!$,;'Feé港\xa0", min_size=1, max_size=14),
    st.text(alphabet="aZ09:/.?#=%&()'\"{|}é -_~+*@!$,;[]<>\\", max_size=14),
)


@st.composite
def _link_paragraphs(draw: st.DrawFn) -> str:
    pieces = []
    for _ in range(draw(st.integers(1, 4))):
        pieces.append(draw(_LINK_TEXT))
        pieces.append(f"[{draw(_LINK_TEXT)}]({draw(_LINK_DEST)})")
    pieces.append(draw(_LINK_TEXT))
    return "".join(pieces)


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(_link_paragraphs())
def test_link_fast_path_reads_as_markdown_it_does(source: str) -> None:
    from newsmodel.formats.markdown._inline import _inline_md, _links_only

    fast = _links_only(source)
    if fast is not None:
        assert fast == _inline_md(source)


@pytest.mark.parametrize(
    "source",
    [
        "[Said ](https://example.com/ref/0)gemeinde on election",
        "a [b (c)](http://x.y/z?q=1#f) d [e](/rel) f, wow!",
        "[A](https://example.com/a%20b;c=1) and [B](HTTP://Example.COM:8080/p?q=1#F)",
    ],
)
def test_link_fast_path_takes_plain_links(source: str) -> None:
    from newsmodel.formats.markdown._inline import _inline_md, _links_only

    assert _links_only(source) is not None
    assert _links_only(source) == _inline_md(source)


def test_link_targets_are_kept_as_written() -> None:
    # markdown-it-py would percent-encode "Köln" and drop the empty user part of "a:@b"
    from newsmodel.formats.markdown._inline import _inline_md, _links_only, inline

    source = "[x](a:@b) and [y](https://de.wikipedia.org/wiki/Köln)"
    assert [m[3] for m in inline(source)[1]] == ["a:@b", "https://de.wikipedia.org/wiki/Köln"]
    assert _links_only(source) == _inline_md(source)
    assert [m[3] for m in inline("[z](<a b>) [w](a\\)b)")[1]] == ["a b", "a)b"]


@pytest.mark.parametrize(
    "url",
    ["https://de.wikipedia.org/wiki/Köln", "a b", "a)b", "a:@b", "x<y>", "https://x.y/?a=1&b=2",
     "https://x.y/%C3%B6", "a\\b"],
)
def test_an_inline_link_target_survives_writing_and_reading(url: str) -> None:
    a = nm.Article(title="T", body=[nm.Paragraph(text="see here", marks=[
        nm.Mark(kind="link", start=4, end=8, url=url)])])
    back = nm.loads(nm.dumps(a, format="markdown"), format="markdown")
    assert back.body[0].marks[0].url == url  # type: ignore[union-attr]


# --- bugs found by the variant sweep (tests/test_markdown_variants.py) ------------------


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe, John Roe, and Max Mustermann",
        "By Jane Doe, John Roe, & Max Mustermann",
        "By [Jane Doe](#), [John Roe](#), and [Max Mustermann](#)",
    ],
)
def test_byline_serial_comma_is_one_separator(line: str) -> None:
    # Was: a fourth contributor "and" (linked names) or a name "and Max Mustermann".
    text = f"# T\n\n{line}\n\nJuly 28, 2021\n\nBody.\n"
    a = nm.loads(text, format="markdown")
    assert [b.name for b in a.bylines] == ["Jane Doe", "John Roe", "Max Mustermann"]
    assert nm.dumps(a, format="markdown") == text


def test_byline_name_starting_with_and_is_not_split() -> None:
    a = nm.loads("# T\n\nBy Jane Doe, andrea Roe\n", format="markdown")
    assert [b.name for b in a.bylines] == ["Jane Doe", "andrea Roe"]


def test_dotted_day_date_line_is_a_date_not_a_list() -> None:
    # "28. Juli 2021" opens an ordered list in CommonMark; docs/format.md names it as a
    # date line. Was: published None, a ListBlock(start=28) first in the body, and the
    # lost lead image after it read as a plain paragraph.
    text = "# T\n\nBy X\n\n28. Juli 2021\n\nBildtext. **dpa**\n\nBody.\n"
    a = nm.loads(text, format="markdown")
    assert a.published == dt.date(2021, 7, 28)
    assert [(i.src, i.caption) for i in a.images] == [(None, Caption(text="Bildtext.", credit="dpa"))]
    assert a.body == [Paragraph(text="Body.")]
    assert nm.dumps(a, format="markdown") == text
    # A one-line numbered list in the header that is no date stays a list.
    b = nm.loads("# T\n\nBy X\n\n3. Punkt drei\n", format="markdown")
    assert b.published is None
    assert isinstance(b.body[0], ListBlock) and b.body[0].start == 3


def test_list_opening_the_body_that_looks_like_a_date_round_trips() -> None:
    one = ListBlock(ordered=True, start=28, items=[ListItem(text="Juli 2021")])
    for body in ([one], [one, one, Paragraph(text="x")]):
        a = Article(title="T", body=body)
        text = nm.dumps(a, format="markdown")
        assert "\n28) Juli 2021\n" in text
        assert nm.loads(text, format="markdown") == a


def test_setext_heading_with_dashes_is_a_heading() -> None:
    # Was: a paragraph and a raw "---" block ("---" was taken as a thematic break).
    text = "# T\n\nBy X\n\nBody.\n\nA setext heading\n---\n\nAfter.\n"
    a = nm.loads(text, format="markdown")
    assert a.body == [
        Paragraph(text="Body."),
        Heading(text="A setext heading", level=2),
        Paragraph(text="After."),
    ]
    assert nm.dumps(a, format="markdown") == text


def test_escaped_backslash_before_a_byline_comma_round_trips() -> None:
    # Found by the generated round trip: "By \\, 0 and 0" read the comma as escaped.
    a = Article(
        title="T",
        bylines=[
            Byline(name="\\", kind="person"),
            Byline(name="0", kind="person"),
            Byline(name="0", kind="person"),
        ],
    )
    text = nm.dumps(a, format="markdown")
    assert nm.loads(text, format="markdown").bylines == a.bylines
