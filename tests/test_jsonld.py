"""schema.org JSON-LD: the NewsArticle mapping, real publisher JSON-LD, round trips."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel._api import LossWarning
from newsmodel.testing import articles, assert_roundtrip

FIXTURES = Path(__file__).parent / "fixtures" / "jsonld"
UTC = dt.UTC

# What JSON-LD carries exactly (docs/interop/jsonld.md): plain paragraphs, dateline text,
# links with the rels citation / source / related / inline and no position, no quotes,
# extra only under "jsonld".
FIELDS = frozenset(
    {"subtitle", "bylines", "published", "modified", "dateline", "language", "url",
     "publisher", "section", "keywords", "images", "links"}
)


def representable(a: nm.Article) -> nm.Article:
    """The article reduced to what the JSON-LD mapping documents as carried."""
    bylines = [
        b.model_copy(update={"role": None, "affiliation": None}) if b.kind == "organization" else b
        for b in a.bylines
    ]
    order = ["citation", "source", "related", "inline"]  # links come back grouped by property
    links = sorted(
        (link.model_copy(update={"position": None}) for link in a.links if link.rel in order),
        key=lambda link: order.index(link.rel),
    )
    dateline = nm.Dateline(text=a.dateline.text) if a.dateline is not None else None
    return a.model_copy(update={"bylines": bylines, "links": links, "dateline": dateline})


@settings(max_examples=40)
@given(articles(fields=FIELDS, blocks=frozenset({"paragraph"}), marks=False).map(representable))
def test_roundtrip_keeps_every_carried_field(article: nm.Article) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", LossWarning)  # nothing representable may warn
        text = nm.dumps(article, format="jsonld")
    back = nm.loads(text, format="jsonld")
    for name in nm.formats.jsonld.CARRIES:
        assert getattr(back, name) == getattr(article, name), name


@settings(max_examples=40)
@given(articles(fields=FIELDS, blocks=frozenset({"paragraph"}), marks=False).map(representable))
def test_assert_roundtrip_helper(article: nm.Article) -> None:
    assert_roundtrip(article, "jsonld")


@settings(max_examples=40)
@given(articles(marks=True))
def test_any_article_writes_valid_json_and_reads_back(article: nm.Article) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LossWarning)
        text = nm.dumps(article, format="jsonld")
    data = json.loads(text)
    assert data["@type"] == "NewsArticle" and data["headline"] == article.title
    back = nm.loads(text, format="jsonld")
    assert back.title == article.title
    assert back.bylines == representable(article).bylines
    assert back.images == article.images


def test_google_shape() -> None:
    tz = dt.timezone(dt.timedelta(hours=2))
    a = nm.Article(
        title="Floods reach the old town",
        subtitle="What we know",
        url="https://news.example.org/floods",
        published=dt.date(2021, 7, 28),
        modified=dt.datetime(2021, 7, 28, 11, 40, tzinfo=tz),
        bylines=[nm.Byline(name="Ana Ruiz", url="https://news.example.org/ana", role="Reporter"),
                 nm.Byline(name="AFP", kind="organization")],
        images=[nm.Image(src="https://news.example.org/f.jpg", caption=nm.Caption(text="Water", credit="AFP"))],
        publisher="Example News",
        language="en",
        links=[nm.SourceLink(url="https://gov.example/report", text="the report", rel="citation")],
        body=[nm.Paragraph(text="One."), nm.Paragraph(text="Two.")],
    )
    data = json.loads(nm.dumps(a, format="jsonld"))
    assert data["@context"] == "https://schema.org"
    assert data["datePublished"] == "2021-07-28"
    assert data["dateModified"] == "2021-07-28T11:40:00+02:00"
    assert data["author"] == [
        {"@type": "Person", "name": "Ana Ruiz", "url": "https://news.example.org/ana", "jobTitle": "Reporter"},
        {"@type": "Organization", "name": "AFP"},
    ]
    assert data["image"] == [{"@type": "ImageObject", "contentUrl": "https://news.example.org/f.jpg",
                              "url": "https://news.example.org/f.jpg", "caption": "Water", "creditText": "AFP"}]
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": "https://news.example.org/floods"}
    assert data["publisher"] == {"@type": "Organization", "name": "Example News"}
    assert data["alternativeHeadline"] == data["description"] == "What we know"
    assert data["citation"] == [{"@type": "CreativeWork", "url": "https://gov.example/report", "name": "the report"}]
    assert data["articleBody"] == "One.\n\nTwo."


def test_losses_are_named_in_a_warning() -> None:
    a = nm.Article(
        title="T",
        body=[nm.Heading(text="H"), nm.Paragraph(text="p", marks=[nm.Mark(kind="strong", start=0, end=1)])],
        links=[nm.SourceLink(url="https://x.org", rel="original")],
        extra={"mine": 1},
    )
    with pytest.warns(LossWarning) as record:
        nm.dumps(a, format="jsonld")
    message = " ".join(str(w.message) for w in record)
    for part in ("heading", "inline mark", "rel 'original'", "extra['mine']"):
        assert part in message
    with pytest.raises(nm.ConversionError):
        nm.dumps(a.model_copy(update={"quotes": [nm.Quote(text="q")]}), format="jsonld", strict=True)


# -- real publisher pages: values written from reading the pages ----------------------


def read(name: str) -> nm.Article:
    return nm.loads((FIXTURES / name).read_text(encoding="utf-8"), format="jsonld")


def test_reuters_page() -> None:
    a = read("reuters.com.parasite.html")
    assert a.title == "'Parasite' scores historic upset at SAG awards, boosting Oscar chances"
    assert [b.name for b in a.bylines] == ["Jill Serjeant"]
    assert a.published == dt.datetime(2020, 1, 19, 12, 25, 36, tzinfo=UTC)
    assert a.modified == dt.datetime(2020, 1, 20, 9, 49, 32, tzinfo=UTC)
    assert a.publisher == "Reuters"
    assert a.url == "https://www.reuters.com/article/us-awards-sag-idUSKBN1ZI0EH"
    assert a.images[0].width == 800 and a.images[0].height == 800  # written as strings
    assert a.keywords[:3] == ["US", "AWARDS", "SAG"] and "United States" in a.keywords
    assert a.section == "Media Industry"
    assert a.extra["jsonld"]["creator"] == ["Jill Serjeant"]  # unmapped, kept


def test_spiegel_page() -> None:
    a = read("spiegel.de.albtraum.html")
    assert a.title == "Ein Albtraum"
    assert a.bylines == [nm.Byline(name="SPIEGEL ONLINE", kind="organization")]
    cet = dt.timezone(dt.timedelta(hours=1))
    assert a.published == dt.datetime(2018, 12, 22, 0, 0, tzinfo=cet)  # "+0100"
    assert a.images[0].src == "https://www.spiegel.de/images/image-1099770-galleryV9-fcbd-1099770.jpg"
    assert a.extra["jsonld"]["name"] == "d-161500790"


def test_aljazeera_page_with_several_scripts_and_id_reference() -> None:
    a = read("aljazeera.com.malawians.html")
    assert a.title == "Malawians and Nigerians flee South Africa amid xenophobic threats"
    assert a.subtitle is not None and a.subtitle.startswith("Nigeria repatriated 260 nationals")
    assert a.publisher == "Al Jazeera"  # followed {"@id": ...#Organization}
    assert [b.name for b in a.bylines] == ["Al Jazeera Staff"]
    assert a.published == dt.datetime(2026, 6, 11, 7, 49, 38, tzinfo=UTC)
    assert len(a.images) == 4 and a.images[3].width == 1200


def test_graph_document() -> None:
    a = read("constructed.graph-yoast.jsonld")
    assert a.title == "Floods reach the old town: what we know"
    assert a.bylines == [nm.Byline(name="Ana Ruiz", url="https://news.example.org/author/ana-ruiz/")]
    assert a.publisher == "Example News"
    assert a.url == "https://news.example.org/2021/07/28/floods/"
    assert a.keywords == ["floods", "weather", "old town"]
    assert a.images[0].caption == nm.Caption(text="Water in the market square on Wednesday morning.")
    assert a.language == "en-US"
    assert a.extra["jsonld"]["@type"] == ["NewsArticle", "Article"]


def test_string_authors_and_naive_time() -> None:
    with pytest.warns(LossWarning, match="no zone"):
        a = read("constructed.string-authors-naive-date.jsonld")
    assert [b.name for b in a.bylines] == ["Max Muster", "Erika Beispiel"]
    assert a.published == dt.date(2023, 3, 14)  # the day, never a guessed zone
    assert a.language == "de-DE"
    assert a.paragraphs == ["Der Stadtrat hat am Montag den Bau beschlossen.", "Die Arbeiten beginnen im Mai."]
    assert [i.src for i in a.images] == [
        "https://beispiel.example.de/img/radweg-16x9.jpg", "https://beispiel.example.de/img/radweg-4x3.jpg"]


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Jane Doe", [nm.Byline(name="Jane Doe")]),
        (["A", {"@type": "Person", "name": "B", "email": "mailto:b@x.org"}],
         [nm.Byline(name="A"), nm.Byline(name="B", email="b@x.org")]),
        ({"@type": "NewsMediaOrganization", "name": "dpa"}, [nm.Byline(name="dpa", kind="organization")]),
    ],
)
def test_author_variants(author: object, expected: list[nm.Byline]) -> None:
    doc = {"@context": "https://schema.org/", "@type": "NewsArticle", "headline": "H", "author": author}
    assert nm.loads(json.dumps(doc), format="jsonld").bylines == expected


def test_errors_have_locations() -> None:
    with pytest.raises(nm.ParseError) as exc:
        nm.loads('{"@type": "NewsArticle",\n "headline": }', format="jsonld")
    assert exc.value.line == 2
    with pytest.raises(nm.ParseError, match=r"no schema\.org article node"):
        nm.loads('{"@type": "Recipe", "name": "x"}', format="jsonld")
    with pytest.raises(nm.ValidationError):
        nm.loads('{"@type": "NewsArticle", "author": "x"}', format="jsonld")


def test_script_output_reads_back() -> None:
    a = nm.Article(title="</script> in a title")
    html = nm.formats.jsonld.dumps(a, script=True)
    assert html.count("</script>") == 1
    assert nm.loads(html, format="jsonld").title == a.title


@given(st.sampled_from(["http://schema.org", "https://schema.org/", {"@vocab": "https://schema.org/"}]))
def test_context_variants(context: object) -> None:
    doc = {"@context": context, "@type": "NewsArticle", "headline": "H", "datePublished": "2024-01-02"}
    a = nm.loads(json.dumps(doc), format="jsonld")
    assert a.published == dt.date(2024, 1, 2)
