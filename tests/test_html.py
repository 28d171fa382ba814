"""HTML both ways: the article page writer, the metadata reader, real publisher pages."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

import newsmodel as nm
from newsmodel._api import LossWarning
from newsmodel.formats import format_for_path
from newsmodel.formats import html as nmhtml
from newsmodel.testing import articles

pytest.importorskip("selectolax")

FIXTURES = Path(__file__).parent / "fixtures" / "html"
UTC = dt.UTC
EDT = dt.timezone(dt.timedelta(hours=-4))


def write(article: nm.Article) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LossWarning)
        return nm.dumps(article, format="html")


def read(name: str) -> nm.Article:
    return nm.loads((FIXTURES / name).read_text(encoding="utf-8"), format="html", source=name)


def provenance(article: nm.Article) -> dict[str, str]:
    value = article.extra["provenance"]
    assert isinstance(value, dict)
    return {k: str(v) for k, v in value.items()}


# ---------------------------------------------------------------------------- round trip


def lead(article: nm.Article) -> tuple[str | None, nm.Caption | None] | None:
    return (article.images[0].src, article.images[0].caption) if article.images else None


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_written_page_reads_back_to_the_same_metadata(article: nm.Article) -> None:
    back = nm.loads(write(article), format="html")
    for name in ("title", "subtitle", "published", "modified", "url", "language", "publisher",
                 "keywords", "section"):
        assert getattr(back, name) == getattr(article, name), name
    assert [(b.name, b.kind, b.url) for b in back.bylines] == [
        (b.name, b.kind, b.url) for b in article.bylines
    ]
    assert lead(back) == lead(article)
    assert provenance(back)["title"] == "jsonld"


def test_round_trip_of_a_full_article_and_its_page() -> None:
    tz = dt.timezone(dt.timedelta(hours=2))
    article = nm.Article(
        title="Floods reach the old town",
        subtitle="What we know",
        bylines=[nm.Byline(name="Jane Doe", url="https://example.com/jane"),
                 nm.Byline(name="AFP", kind="organization")],
        published=dt.datetime(2024, 3, 7, 7, 55, tzinfo=tz),
        modified=dt.date(2024, 3, 8),
        language="de-AT",
        url="https://example.com/floods",
        publisher="Example Times",
        section="World",
        keywords=["floods", "Bavaria, Germany"],
        images=[nm.Image(src="https://example.com/a.jpg", alt="Street",
                         caption=nm.Caption(text="A street.", credit="Jane Doe / AFP"))],
        body=[nm.Paragraph(text="One.")],
    )
    page = nm.dumps(article, format="html")
    back = nm.loads(page, format="html")
    assert back.model_dump(exclude={"extra"}) == article.model_dump(exclude={"extra"})
    # what a person sees on the page
    assert '<time class="nm-published" datetime="2024-03-07T07:55:00+02:00">7 March 2024, 07:55 UTC+02:00</time>' in page
    assert '<time class="nm-modified" datetime="2024-03-08">8 March 2024</time>' in page
    assert '<span class="nm-caption">A street.</span> <small class="nm-credit">Jane Doe / AFP</small>' in page
    assert '<html lang="de-AT">' in page
    assert '<link rel="canonical" href="https://example.com/floods">' in page


def test_page_shows_the_body_with_marks_and_warns_what_does_not_read_back() -> None:
    article = nm.Article(
        title="T",
        body=[
            nm.Paragraph(text="bold and a link", marks=[nm.Mark(kind="strong", start=0, end=8),
                                                       nm.Mark(kind="link", start=5, end=15, url="https://e.com")]),
            nm.Heading(text="Sub", level=3),
            nm.ListBlock(ordered=True, start=3, items=[nm.ListItem(text="x")]),
        ],
    )
    with pytest.warns(LossWarning, match="inline mark"):
        page = nm.dumps(article, format="html")
    # overlapping marks are split so that elements nest
    assert '<p><strong>bold <a href="https://e.com">and</a></strong><a href="https://e.com"> a link</a></p>' in page
    assert "<h3>Sub</h3>" in page and '<ol start="3"><li>x</li></ol>' in page


def test_reader_notes_are_not_written_back() -> None:
    back = nm.loads(write(nm.Article(title="T", url="https://e.com/x")), format="html")
    assert set(back.extra) == {"provenance"}
    with warnings.catch_warnings():
        warnings.simplefilter("error", LossWarning)  # provenance is not a loss
        again = nm.loads(nm.dumps(back, format="html"), format="html")
    assert again.url == "https://e.com/x"


def test_registered_by_name_and_suffix() -> None:
    assert format_for_path("page.html") == "html" and format_for_path("PAGE.HTM") == "html"
    assert nm.formats.get_format("html") is nmhtml


# ---------------------------------------------------------------------------- real pages
# Expectations written from reading each page (its visible byline and dates, and its
# canonical link), not from the reader's output. Origins: tests/fixtures/html/README.md.


def test_the_verge() -> None:
    a = read("theverge.com.ios13.html")
    assert a.title == "iOS 13 will fix the FaceTime eye contact problem"
    assert [b.name for b in a.bylines] == ["Jon Porter"]
    assert a.published == dt.datetime(2019, 7, 3, 4, 22, 7, tzinfo=EDT)
    assert a.url == "https://www.theverge.com/2019/7/3/20680681/ios-13-beta-3-facetime-attention-correction-eye-contact"
    assert a.publisher == "The Verge"
    assert provenance(a)["published"] == "jsonld"


def test_heise_meta_tags_only_and_a_time_without_zone() -> None:
    a = read("heise.de.lithium.html")
    assert a.title == "Lithium aus dem Schredder"
    assert [b.name for b in a.bylines] == ["Denis Dilba"]
    # "20.06.2019 07:30 Uhr" on the page; the meta tag has no zone: the day is kept, flagged.
    assert a.published == dt.date(2019, 6, 20) and not isinstance(a.published, dt.datetime)
    assert a.extra["html"] == {"naive_time": {"published": "2019-06-20T07:30:00"}}
    assert a.url == "https://www.heise.de/newsticker/meldung/Lithium-aus-dem-Schredder-4451133.html"
    assert a.language in ("de", "de-DE")
    assert provenance(a)["published"] == "meta:date"
    assert provenance(a)["bylines"] == "meta:author"
    assert provenance(a)["url"] == "og:url"
    assert "Elektroauto" in a.keywords


def test_al_jazeera_jsonld_with_references() -> None:
    a = read("aljazeera.com.malawians.html")
    assert a.title == "Malawians and Nigerians flee South Africa amid xenophobic threats"
    assert [b.name for b in a.bylines] == ["Al Jazeera Staff"]
    assert a.published == dt.datetime(2026, 6, 11, 7, 49, 38, tzinfo=UTC)
    assert a.modified == dt.datetime(2026, 6, 12, 4, 20, 47, tzinfo=UTC)
    assert a.url == "https://www.aljazeera.com/news/2026/6/11/thousands-of-malawians-flee-homes-in-south-africa-amid-xenophobic-threats"
    assert a.publisher == "Al Jazeera"
    assert a.language == "en" and provenance(a)["language"] == "html:lang"


def test_dw_title_and_canonical() -> None:
    a = read("dw.com.colonial.html")
    # og:title appends "| DW | 19.01.2020"; the page's <h1> shows the title alone.
    assert a.title == "Berlin confronts Germany's colonial past with new initiative"
    assert a.url == "https://www.dw.com/en/berlin-confronts-germanys-colonial-past-with-new-initiative/a-52060881"
    assert a.keywords == ["Berlin", "colonialism", "German Reich", "Africa", "Wedding"]


def test_dw_author_and_date_as_shown() -> None:
    # DW names the author and date only in a labelled list in the body ("Author Ben
    # Knight", "Date 19.01.2020"); its meta author repeats the publisher's own name.
    a = read("dw.com.colonial.html")
    assert [(b.name, b.kind) for b in a.bylines] == [("Ben Knight", "person")]
    assert a.published == dt.date(2020, 1, 19)
    assert provenance(a)["bylines"] == "label:author"
    assert provenance(a)["published"] == "label:date"


# ---------------------------------------------------------------------------- sources and provenance
# Constructed pages (written by hand to show one source each).

GRAPH_PAGE = """<!doctype html><html lang="en-GB"><head>
<title>Wrong title | Site</title>
<meta property="og:title" content="Also not the title">
<meta property="article:published_time" content="2020-01-01T00:00:00Z">
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "Organization", "@id": "#org", "name": "The Daily Example"},
  {"@type": "Person", "@id": "#jane", "name": "Jane Doe", "url": "https://e.com/jane"},
  {"@type": "WebPage", "@id": "https://e.com/story"},
  {"@type": ["NewsArticle"], "headline": "Council approves the bridge",
   "author": [{"@id": "#jane"}], "publisher": {"@id": "#org"},
   "datePublished": "2021-07-28T10:00:00", "dateModified": "2021-07-29",
   "mainEntityOfPage": {"@id": "https://e.com/story"}, "keywords": "bridge, council",
   "articleSection": ["Local", "Politics"]}
]}
</script></head><body><h1>Council approves the bridge</h1></body></html>"""


def test_graph_jsonld_wins_and_naive_time_is_flagged() -> None:
    a = nm.loads(GRAPH_PAGE, format="html")
    assert a.title == "Council approves the bridge"
    assert [(b.name, b.url) for b in a.bylines] == [("Jane Doe", "https://e.com/jane")]
    assert a.publisher == "The Daily Example"
    assert a.url == "https://e.com/story"
    assert a.published == dt.date(2021, 7, 28)  # the time had no zone: the day, not a guess
    assert a.modified == dt.date(2021, 7, 29)
    assert a.keywords == ["bridge", "council"] and a.section == "Local"
    assert a.language == "en-GB"
    p = provenance(a)
    assert p["title"] == p["bylines"] == p["published"] == p["modified"] == "jsonld"
    assert p["language"] == "html:lang"
    html_notes = a.extra["html"]
    assert isinstance(html_notes, dict)
    assert html_notes["naive_time"] == {"published": "2021-07-28T10:00:00"}


MICRODATA_PAGE = """<html><head><title>x</title></head><body>
<article itemscope itemtype="https://schema.org/NewsArticle">
  <h1 itemprop="headline">Trains return to the valley</h1>
  <p itemprop="description">Service resumes after three weeks.</p>
  <p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person">
     <a itemprop="url" href="https://e.com/max"><span itemprop="name">Max Muster</span></a></span>
     and <span itemprop="author">Erika Beispiel</span></p>
  <time itemprop="datePublished" datetime="2022-02-03T08:15:00+01:00">3 Feb 2022</time>
  <meta itemprop="inLanguage" content="de">
  <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">
    <meta itemprop="name" content="Talbote"></div>
  <figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject">
    <img itemprop="contentUrl" src="https://e.com/train.jpg" alt="A train">
    <figcaption><span itemprop="caption">The first train.</span>
      <span itemprop="creditText">Photo: Talbote</span></figcaption></figure>
  <div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Not an author</span></div>
</article></body></html>"""


def test_microdata() -> None:
    a = nm.loads(MICRODATA_PAGE, format="html")
    assert a.title == "Trains return to the valley"
    assert a.subtitle == "Service resumes after three weeks."
    assert [(b.name, b.url) for b in a.bylines] == [("Max Muster", "https://e.com/max"), ("Erika Beispiel", None)]
    assert a.published == dt.datetime(2022, 2, 3, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert a.language == "de" and a.publisher == "Talbote"
    assert a.images[0].src == "https://e.com/train.jpg"
    assert a.images[0].caption == nm.Caption(text="The first train.", credit="Photo: Talbote")
    p = provenance(a)
    assert {p[k] for k in ("title", "bylines", "published", "language", "publisher", "images")} == {"microdata"}


OPENGRAPH_PAGE = """<!DOCTYPE html><html lang="fr"><head>
<title>La crue atteint la vieille ville – Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien">
<meta property="og:locale" content="fr_FR">
<meta property="og:url" content="https://e.fr/crue">
<meta property="og:image" content="https://e.fr/crue.jpg">
<meta property="og:image:alt" content="La rue inondée">
<meta property="article:published_time" content="2023-05-04T06:00:00+02:00">
<meta property="article:modified_time" content="2023-05-04">
<meta property="article:section" content="France">
<meta property="article:tag" content="crue"><meta property="article:tag" content="météo">
<meta name="author" content="Par Jeanne Dupont et Luc Martin">
<link rel="canonical" href="https://e.fr/not-this-one">
</head><body>
<figure><img src="https://e.fr/crue.jpg" alt=""><figcaption>Les sacs de sable devant une boulangerie.
<span class="credit">AFP / Jeanne Dupont</span></figcaption></figure>
</body></html>"""


def test_opengraph_and_meta_with_figure_caption() -> None:
    a = nm.loads(OPENGRAPH_PAGE, format="html")
    assert a.title == "La crue atteint la vieille ville"  # site name after the dash dropped
    assert [b.name for b in a.bylines] == ["Jeanne Dupont", "Luc Martin"]
    assert a.published == dt.datetime(2023, 5, 4, 6, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert a.modified == dt.date(2023, 5, 4)
    assert a.url == "https://e.fr/crue" and a.language == "fr-FR"
    assert a.section == "France" and a.keywords == ["crue", "météo"]
    assert a.images[0].alt == "La rue inondée"
    assert a.images[0].caption == nm.Caption(text="Les sacs de sable devant une boulangerie.",
                                             credit="AFP / Jeanne Dupont")
    assert provenance(a) == {
        "title": "title", "bylines": "meta:author", "published": "og:article:published_time",
        "modified": "og:article:modified_time", "url": "og:url", "language": "og:locale",
        "publisher": "og:site_name", "section": "og:article:section", "keywords": "og:article:tag",
        "images": "og:image", "image_caption": "figure", "image_credit": "figure",
    }


def test_last_resorts_time_rel_author_canonical_h1() -> None:
    page = """<html><head><base href="https://e.org/news/"><link rel="canonical" href="story-1">
    </head><body><h1>Small  town,  big  news</h1>
    <p>By <a rel="author" href="/people/ana">Ana Lima</a></p>
    <time class="entry-date published" datetime="2019-11-02T09:30:00-03:00">2 Nov</time>
    <time class="updated" datetime="2019-11-03">3 Nov</time></body></html>"""
    a = nm.loads(page, format="html")
    assert a.title == "Small town, big news"
    assert [(b.name, b.url) for b in a.bylines] == [("Ana Lima", "/people/ana")]
    assert a.published == dt.datetime(2019, 11, 2, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    assert a.modified == dt.date(2019, 11, 3)
    assert a.url == "https://e.org/news/story-1"
    assert provenance(a) == {"title": "h1", "bylines": "rel-author", "published": "time",
                             "modified": "time", "url": "link:canonical"}


def test_broken_jsonld_and_contradicting_dates_are_noted_not_fatal() -> None:
    page = """<html><head><script type="application/ld+json">{"@type": "NewsArticle", </script>
    <meta property="og:title" content="Still read">
    <meta property="article:published_time" content="2020-05-02">
    <meta property="article:modified_time" content="2020-05-01">
    <meta name="date" content="yesterday"></head></html>"""
    a = nm.loads(page, format="html")
    assert a.title == "Still read" and a.published == dt.date(2020, 5, 2) and a.modified is None
    notes = a.extra["html"]
    assert isinstance(notes, dict)
    unread = notes["unread"]
    assert isinstance(unread, list) and len(unread) == 2
    assert "invalid JSON-LD" in str(unread[0]) and "modified" in str(unread[1])


def test_no_title_is_a_parse_error() -> None:
    with pytest.raises(nm.ParseError, match="no title"):
        nm.loads("<html><head><meta name='author' content='A'></head></html>", format="html")


def test_missing_parser_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "selectolax.lexbor", None)
    with pytest.raises(nm.MissingDependencyError, match=r"newsmodel\[html\]"):
        nm.loads("<title>x</title>", format="html")
    # writing needs no parser
    assert "<h1>x</h1>" in write(nm.Article(title="x"))


# ---------------------------------------------------------------------------- in a browser

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def sample_article() -> nm.Article:
    return nm.Article(
        title="Floods <reach> the old town",
        subtitle="What we know",
        bylines=[nm.Byline(name="Jane Doe", url="javascript:alert(1)")],
        published=dt.date(2024, 3, 7),
        url="https://example.com/floods",
        images=[nm.Image(src="https://example.com/a.jpg", alt="Street",
                         caption=nm.Caption(text="A street.", credit="AFP"))],
        body=[nm.Paragraph(text="First <b>paragraph</b>.")],
    )


def test_rendered_dom_with_html5_parser() -> None:
    html5lib = pytest.importorskip("html5lib")
    doc = html5lib.parse(write(sample_article()), namespaceHTMLElements=False)
    h1 = doc.find(".//h1")
    assert h1 is not None and h1.text == "Floods <reach> the old town"
    assert [t.get("datetime") for t in doc.iter("time")] == ["2024-03-07"]
    cap = doc.find(".//figcaption")
    assert cap is not None and [e.text for e in cap] == ["A street.", "AFP"]
    author = doc.find(".//span[@class='nm-author']/a")
    assert author is not None and author.get("href") is None and author.get("data-nm-blocked") == "javascript"


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_rendered_dom_in_headless_chromium(tmp_path: Path) -> None:
    html5lib = pytest.importorskip("html5lib")
    page = tmp_path / "page.html"
    page.write_text(write(sample_article()), encoding="utf-8")
    assert CHROMIUM is not None
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    doc = html5lib.parse(result.stdout, namespaceHTMLElements=False)
    h1 = doc.find(".//h1")
    assert h1 is not None and h1.text == "Floods <reach> the old town"
    paragraph = doc.find(".//div[@class='nm-body']/p")
    assert paragraph is not None and paragraph.text == "First <b>paragraph</b>." and len(paragraph) == 0
    assert len(list(doc.iter("script"))) == 1
    author = doc.find(".//span[@class='nm-author']/a")
    assert author is not None and author.get("href") is None
