"""Hypothesis strategies for every model, and ``assert_roundtrip``, for users' own tests.

Example::

    from hypothesis import given
    from newsmodel.testing import articles, assert_roundtrip

    @given(articles())
    def test_my_pipeline_keeps_articles(article):
        assert_roundtrip(article, "json")

Strategies produce *valid* objects: unicode text in every script, empty and long lists,
days and aware moments with offsets from -12:00 to +14:00, consistent body positions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from newsmodel.models import (
    Article,
    Block,
    BlockQuote,
    Byline,
    Caption,
    Dateline,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    Quote,
    RawBlock,
    RelatedLink,
    SourceLink,
    TextPosition,
)

__all__ = [
    "articles",
    "assert_roundtrip",
    "bylines",
    "captions",
    "datelines",
    "images",
    "inline_text",
    "json_values",
    "paragraphs",
    "publication_dates",
    "quotes",
    "source_links",
    "timezones",
    "urls",
    "words",
]

# Letters, marks, digits, punctuation and symbols of every script; the plain space is the
# only whitespace, so that generated text is already in the folded form readers produce.
_ALPHABET = st.characters(
    categories=("L", "M", "N", "P", "S"),
    exclude_characters="\u2028\u2029",
) | st.just(" ")


def words(min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-empty unicode text, stripped, with single spaces between words."""
    return (
        st.text(_ALPHABET, min_size=min_size, max_size=max_size)
        .map(lambda s: " ".join(s.split()))
        .filter(lambda s: len(s) >= min_size)
    )


def urls() -> st.SearchStrategy[str]:
    """URL references as found in articles, including the ``#`` placeholder."""
    return st.one_of(
        st.just("#"),
        st.from_regex(
            r"https://[a-z]{1,12}\.(com|de|org|at|ru)(/[a-z0-9._~-]{1,20}){0,4}", fullmatch=True
        ),
    )


def timezones() -> st.SearchStrategy[dt.timezone]:
    """Fixed offsets from -12:00 to +14:00, in whole minutes."""
    return st.integers(min_value=-12 * 60, max_value=14 * 60).map(
        lambda m: dt.timezone(dt.timedelta(minutes=m))
    )


def publication_dates() -> st.SearchStrategy[dt.date]:
    """A day (``datetime.date``) or an aware moment (``datetime.datetime`` with an offset)."""
    return st.one_of(
        st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
        st.datetimes(
            min_value=dt.datetime(1900, 1, 2),  # noqa: DTZ001 (hypothesis bounds are naive)
            max_value=dt.datetime(2100, 12, 30),  # noqa: DTZ001
            timezones=timezones(),
        ),
    )


def bylines() -> st.SearchStrategy[Byline]:
    """Contributors: persons and organizations, with and without role, url, affiliation, email."""
    return st.builds(
        Byline,
        name=words(1, 30),
        kind=st.sampled_from(["person", "organization"]),
        role=st.none() | words(1, 20),
        url=st.none() | urls(),
        affiliation=st.none() | words(1, 20),
        email=st.none() | st.emails().map(str),
    )


def captions() -> st.SearchStrategy[Caption]:
    """Captions with and without a credit."""
    return st.builds(Caption, text=words(0, 60), credit=st.none() | words(1, 30))


def images() -> st.SearchStrategy[Image]:
    """Images, including ones with no src (only the caption left)."""
    return st.builds(
        Image,
        src=st.none() | urls(),
        alt=st.none() | words(0, 30),
        width=st.none() | st.integers(1, 10_000),
        height=st.none() | st.integers(1, 10_000),
        caption=st.none() | captions(),
    )


@st.composite
def _marks(draw: st.DrawFn, text: str) -> list[Mark]:
    """Non-overlapping marks over whole words of the text."""
    if not text:
        return []
    # word boundaries: offsets where a word starts or ends
    starts = [i for i, c in enumerate(text) if c != " " and (i == 0 or text[i - 1] == " ")]
    ends = [i + 1 for i, c in enumerate(text) if c != " " and (i + 1 == len(text) or text[i + 1] == " ")]
    count = draw(st.integers(0, min(3, len(starts))))
    chosen = sorted(draw(st.lists(st.integers(0, len(starts) - 1), min_size=count, max_size=count, unique=True)))
    marks: list[Mark] = []
    last_end = -1
    for w in chosen:
        start = starts[w]
        if start <= last_end:
            continue
        end = ends[w]
        kind = draw(st.sampled_from(["emphasis", "strong", "code", "link"]))
        url = draw(urls()) if kind == "link" else None
        marks.append(Mark(kind=kind, start=start, end=end, url=url))
        last_end = end
    return marks


@st.composite
def inline_text(draw: st.DrawFn, min_size: int = 1, max_size: int = 200, marks: bool = True) -> tuple[str, list[Mark]]:
    """Plain text and inline marks over it."""
    text = draw(words(min_size, max_size))
    return text, (draw(_marks(text)) if marks else [])


@st.composite
def paragraphs(draw: st.DrawFn, marks: bool = True) -> Paragraph:
    """Body paragraphs with inline marks."""
    text, m = draw(inline_text(marks=marks))
    return Paragraph(text=text, marks=m)


def json_values() -> st.SearchStrategy[Any]:
    """JSON values (as kept in ``Article.extra``)."""
    return st.recursive(
        st.none()
        | st.booleans()
        | st.integers(-(2**53), 2**53)
        | st.floats(allow_nan=False, allow_infinity=False)
        | words(0, 20),
        lambda children: st.lists(children, max_size=4)
        | st.dictionaries(words(1, 10), children, max_size=4),
        max_leaves=8,
    )


def datelines() -> st.SearchStrategy[Dateline]:
    """Datelines with places, dates and agencies."""
    return st.builds(
        Dateline,
        text=words(1, 40),
        places=st.lists(words(1, 20), max_size=3),
        date=st.none() | words(1, 15),
        agency=st.none() | words(1, 10),
        rest=st.none(),
    )


def source_links(max_position: int = 0) -> st.SearchStrategy[SourceLink]:
    """Links with rel and, where the body has blocks, a position in it."""
    position = st.none() | st.integers(0, max_position - 1) if max_position > 0 else st.none()
    return st.builds(
        SourceLink,
        url=urls(),
        text=st.none() | words(1, 40),
        rel=st.sampled_from(["original", "canonical", "related", "inline", "citation", "source", "other"]),
        position=position,
    )


@st.composite
def quotes(draw: st.DrawFn, paragraph_texts: list[str]) -> Quote:
    """A quote whose positions lie inside the given paragraphs."""
    start = end = None
    text = draw(words(1, 60))
    nonempty = [i for i, t in enumerate(paragraph_texts) if t]
    if len(nonempty) > 0 and draw(st.booleans()):
        p1 = draw(st.sampled_from(nonempty))
        p2 = draw(st.sampled_from([i for i in nonempty if i >= p1]))
        o1 = draw(st.integers(0, len(paragraph_texts[p1])))
        lo = o1 if p2 == p1 else 0
        o2 = draw(st.integers(lo, len(paragraph_texts[p2])))
        start, end = TextPosition(paragraph=p1, offset=o1), TextPosition(paragraph=p2, offset=o2)
    return Quote(
        text=text,
        speaker=draw(st.none() | words(1, 30)),
        verb=draw(st.none() | st.sampled_from(["said", "told", "according to", "sagte", "a déclaré"])),
        kind=draw(st.sampled_from(["full", "partial", "scare"])),
        start=start,
        end=end,
    )


_ALL_BLOCKS = frozenset({"paragraph", "heading", "image", "related", "blockquote", "list", "raw"})


@st.composite
def _list_items(draw: st.DrawFn, depth: int, marks: bool) -> list[ListItem]:
    items = []
    for _ in range(draw(st.integers(1, 4))):
        text, m = draw(inline_text(max_size=60, marks=marks))
        children = draw(_list_items(depth - 1, marks)) if depth > 0 and draw(st.booleans()) else []
        items.append(ListItem(text=text, marks=m, items=children))
    return items


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    blocks: frozenset[str] = _ALL_BLOCKS,
    fields: frozenset[str] | None = None,
    marks: bool = True,
    max_blocks: int = 12,
) -> Article:
    """Valid articles.

    Args:
        blocks: The body block types to use.
        fields: Only set these optional fields (all when None); the others keep their defaults.
        marks: Whether paragraphs carry inline marks.
        max_blocks: The most body blocks.
    """

    def want(name: str) -> bool:
        return fields is None or name in fields

    lead = draw(st.lists(images(), max_size=2)) if want("images") else []
    body: list[Block] = []
    body_images: list[Image] = []
    kinds = sorted(blocks)
    for _ in range(draw(st.integers(0, max_blocks))):
        kind = draw(st.sampled_from(kinds))
        if kind == "paragraph":
            body.append(draw(paragraphs(marks=marks)))
        elif kind == "heading":
            text, m = draw(inline_text(max_size=60, marks=marks))
            body.append(Heading(text=text, marks=m, level=draw(st.integers(2, 6))))
        elif kind == "image" and want("images"):
            body_images.append(draw(images()))
            body.append(ImageBlock(image=len(lead) + len(body_images) - 1))
        elif kind == "related":
            body.append(RelatedLink(title=draw(words(1, 60)), url=draw(urls())))
        elif kind == "blockquote":
            body.append(BlockQuote(paragraphs=draw(st.lists(paragraphs(marks=marks), min_size=1, max_size=3))))
        elif kind == "list":
            body.append(
                ListBlock(
                    ordered=draw(st.booleans()),
                    items=draw(_list_items(1, marks)),
                )
            )
        elif kind == "raw":
            body.append(RawBlock(text=draw(words(1, 60)), format=draw(st.none() | st.just("html"))))
    published = draw(st.none() | publication_dates()) if want("published") else None
    modified = None
    if want("modified") and draw(st.booleans()):
        if published is None:
            modified = draw(publication_dates())
        else:
            modified = published + dt.timedelta(days=draw(st.integers(0, 400)))
    para_texts = [b.text for b in body if isinstance(b, Paragraph)]
    return Article(
        title=draw(words(1, 120)),
        subtitle=draw(st.none() | words(1, 200)) if want("subtitle") else None,
        bylines=draw(st.lists(bylines(), max_size=4)) if want("bylines") else [],
        published=published,
        modified=modified,
        dateline=draw(st.none() | datelines()) if want("dateline") else None,
        language=draw(st.none() | st.sampled_from(["en", "de", "de-AT", "fr-CA", "zh-Hant-TW", "ru"]))
        if want("language")
        else None,
        url=draw(st.none() | urls()) if want("url") else None,
        publisher=draw(st.none() | words(1, 40)) if want("publisher") else None,
        section=draw(st.none() | words(1, 30)) if want("section") else None,
        keywords=draw(st.lists(words(1, 20), max_size=5)) if want("keywords") else [],
        images=lead + body_images,
        body=body,
        links=draw(st.lists(source_links(len(body)), max_size=4)) if want("links") else [],
        quotes=draw(st.lists(quotes(para_texts), max_size=3)) if want("quotes") else [],
        extra=draw(st.dictionaries(words(1, 15), json_values(), max_size=3)) if want("extra") else {},
    )


def assert_roundtrip(article: Article, format: str = "json", **options: Any) -> Article:
    """Assert that writing ``article`` in ``format`` and reading it back keeps every field the format carries.

    Returns the article read back. Raises AssertionError naming the first field that differs.
    """
    import warnings

    from newsmodel._api import LossWarning, dumps, loads
    from newsmodel.formats import get_format

    carries: frozenset[str] = get_format(format).CARRIES
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LossWarning)
        text = dumps(article, format, **options)
    back = loads(text, format)
    for name in Article.model_fields:
        if name not in carries:
            continue
        mine, theirs = getattr(article, name), getattr(back, name)
        if mine != theirs:
            raise AssertionError(
                f"{format} round trip changed {name}:\n  before: {mine!r}\n  after:  {theirs!r}\n"
                f"--- text ---\n{text}"
            )
    return back
