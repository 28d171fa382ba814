"""IPTC ninjs 2.2 / 3.1: schema-valid output, round trips, the official examples."""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

import newsmodel as nm
from newsmodel._api import LossWarning
from newsmodel.formats import ninjs
from newsmodel.testing import articles, assert_roundtrip

FIXTURES = Path(__file__).parent / "fixtures" / "ninjs"
UTC = dt.UTC
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _checker() -> jsonschema.FormatChecker:
    # The uri and date-time checks need optional packages; these do the same job here.
    checker = jsonschema.FormatChecker()
    checker.checks("uri")(lambda v: not isinstance(v, str) or bool(_URI.match(v)))
    checker.checks("date-time")(lambda v: not isinstance(v, str) or bool(_DATETIME.match(v)))
    return checker


VALIDATORS = {
    v: jsonschema.Draft202012Validator(
        json.loads((FIXTURES / f"ninjs-schema_{v}.json").read_text(encoding="utf-8")),
        format_checker=_checker(),
    )
    for v in ("2.2", "3.1")
}


def dump(article: nm.Article, **options: Any) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LossWarning)
        return nm.dumps(article, format="ninjs", **options)


def assert_valid(text: str, version: str) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in VALIDATORS[version].iter_errors(json.loads(text))]
    assert not errors, errors


@settings(max_examples=40)
@given(articles())
def test_output_validates_against_both_schemas_and_round_trips(article: nm.Article) -> None:
    for version in ("2.2", "3.1"):
        text = dump(article, version=version)
        assert_valid(text, version)
        assert nm.loads(text, format="ninjs") == article


@settings(max_examples=30)
@given(articles())
def test_assert_roundtrip_helper(article: nm.Article) -> None:
    assert_roundtrip(article, "ninjs")


def test_native_mapping() -> None:
    tz = dt.timezone(dt.timedelta(hours=1))
    a = nm.Article(
        title="Costa Concordia captain on trial",
        subtitle="The hearing was postponed",
        url="https://agency.example/items/1",
        published=dt.datetime(2013, 7, 9, 10, 37, tzinfo=tz),
        modified=dt.datetime(2013, 7, 9, 11, 0, tzinfo=tz),
        language="en",
        bylines=[nm.Byline(name="Paulo Santalucia", email="ps@agency.example"), nm.Byline(name="AP", kind="organization")],
        dateline=nm.Dateline(text="GROSSETO, Italy"),
        publisher="The Agency",
        section="World",
        keywords=["trial", "Italy"],
        images=[nm.Image(src="https://agency.example/p.jpg", width=429, height=281, alt="The ship",
                         caption=nm.Caption(text="The ship on its side", credit="AP Photo"))],
        body=[nm.Paragraph(text="The trial has begun.", marks=[nm.Mark(kind="emphasis", start=4, end=9)]),
              nm.ImageBlock(image=0)],
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        text = nm.dumps(a, format="ninjs")
    doc = json.loads(text)
    assert "descriptions" not in doc  # everything native: no x-newsmodel extension
    assert doc["uri"] == "https://agency.example/items/1"
    assert doc["headlines"] == [{"role": "main", "value": a.title}, {"role": "sub", "value": a.subtitle}]
    assert doc["by"] == "Paulo Santalucia and AP"
    assert doc["people"] == [{"name": "Paulo Santalucia", "rel": "author",
                              "contactInfo": [{"type": "email", "value": "ps@agency.example"}]}]
    assert doc["organisations"] == [{"name": "AP", "rel": "author"}]
    assert doc["firstCreated"] == "2013-07-09T10:37:00+01:00"
    assert doc["located"] == "GROSSETO, Italy"
    assert doc["infoSources"] == [{"name": "The Agency", "role": "publisher"}]
    assert doc["subjects"][0] == {"name": "World", "rel": "section"}
    assert doc["bodies"][0]["value"].startswith("<p>The <em>trial</em> has begun.</p>")
    assoc = doc["associations"][0]
    assert assoc["type"] == "picture" and assoc["renditions"][0]["href"] == "https://agency.example/p.jpg"
    assert {"role": "creditline", "value": "AP Photo"} in assoc["descriptions"]
    assert nm.loads(text, format="ninjs") == a
    text22 = nm.dumps(a, format="ninjs", version="2.2")
    assert '"versioncreated"' in text22 and '"contentType"' not in text22
    assert_valid(text22, "2.2")
    assert nm.loads(text22, format="ninjs") == a


def test_day_only_date_is_kept_in_the_extension_and_warned() -> None:
    a = nm.Article(title="T", published=dt.date(2021, 7, 28))
    with pytest.warns(LossWarning, match="2021-07-28"):
        text = nm.dumps(a, format="ninjs")
    doc = json.loads(text)
    assert "firstCreated" not in doc  # no invented midnight
    ext = [d for d in doc["descriptions"] if d["role"] == "x-newsmodel"]
    assert json.loads(ext[0]["value"]) == {"published": "2021-07-28"}
    assert nm.loads(text, format="ninjs").published == dt.date(2021, 7, 28)
    with pytest.warns(LossWarning, match="published"):
        plain = nm.dumps(a, format="ninjs", extension=False)
    assert "descriptions" not in json.loads(plain)


def test_unknown_version_is_refused() -> None:
    with pytest.raises(nm.FormatError):
        nm.dumps(nm.Article(title="T"), format="ninjs", version="1.4")


# -- the official IPTC examples; expected values read from the example files ----------

EXAMPLES = {
    "001_simple_example.json": 1,
    "004_simple_text_article.json": 4,
    "005_complex_text_article.json": 4,
    "006_photo_only.json": 0,
}


@pytest.mark.parametrize(("name", "paragraphs"), sorted(EXAMPLES.items()))
def test_official_examples(name: str, paragraphs: int) -> None:
    text = (FIXTURES / "examples" / name).read_text(encoding="utf-8")
    a = nm.loads(text, format="ninjs")
    photo = name.startswith("006")
    assert a.title == ("Costa Concordia cruise ship" if photo else "Captain of wrecked cruise ship on trial in Italy")
    assert [b.name for b in a.bylines] == (
        ["Paulo Santalucia"] if photo else ["Paulo Santalucia", "Frances d'Emilio"])
    assert a.modified == (dt.datetime(2013, 7, 8, 8, 12, tzinfo=UTC) if photo
                          else dt.datetime(2013, 7, 9, 10, 37, tzinfo=UTC))
    assert len(a.paragraphs) == paragraphs
    if paragraphs:
        assert a.paragraphs[0].startswith("GROSSETO, Italy (AP) -- The trial of the captain")
        assert a.paragraphs[-1].endswith("Schettino has denied wrongdoing.")
    # Nothing is dropped: writing it back keeps every property of the original.
    for version in ("2.2", "3.1"):
        out = dump(a, version=version)
        assert_valid(out, version)
        assert nm.loads(out, format="ninjs") == a
    original = json.loads(text)
    again = json.loads(dump(a))
    for key in original:
        if key not in ("by",):
            assert key in again, key


def test_complex_example_keeps_unmodelled_fields() -> None:
    a = nm.loads((FIXTURES / "examples" / "005_complex_text_article.json").read_text(encoding="utf-8"), format="ninjs")
    assert a.language == "en"
    assert a.dateline == nm.Dateline(text="Grossetto, Italy")
    kept = a.extra["ninjs"]
    assert kept["profile"] == "text-only"
    assert kept["people"] == [{"name": "Francesco Schettino", "rel": "about", "uri": "http://www.wikidata.org/entity/Q4421821"}]
    assert [p["name"] for p in kept["places"]] == ["Grossetto", "Tuscany", "Italy"]


def test_photo_example_keeps_renditions() -> None:
    a = nm.loads((FIXTURES / "examples" / "006_photo_only.json").read_text(encoding="utf-8"), format="ninjs")
    assert a.extra["ninjs"]["type"] == "picture"
    assert len(a.extra["ninjs"]["renditions"]) == 2


def test_version_1_and_agency_association() -> None:
    doc = {
        "uri": "urn:newsml:agency.example:20240101:abc",
        "type": "text",
        "headline": "Storm closes ports",
        "byline": "By Jane Roe",
        "by": "By Jane Roe",
        "versioncreated": "2024-01-01T06:00:00",
        "body_html": "<p>Ports <b>closed</b> at dawn.</p><table><tr><td>1</td></tr></table>",
        "associations": {
            "featureimage": {
                "type": "picture", "uri": "urn:img:1",
                "renditions": {"baseImage": {"href": "https://agency.example/1.jpg", "width": 2048, "height": 1365},
                               "thumb": {"href": "https://agency.example/1t.jpg", "width": 200, "height": 133}},
                "description_text": "Waves at the harbour wall",
            }
        },
    }
    with pytest.warns(LossWarning, match="no zone"):
        a = nm.loads(json.dumps(doc), format="ninjs")
    assert a.title == "Storm closes ports"
    assert a.bylines == [nm.Byline(name="Jane Roe")]
    assert a.extra["ninjs"]["by"] == "By Jane Roe"
    assert a.modified == dt.date(2024, 1, 1)
    assert a.paragraphs == ["Ports closed at dawn."]
    assert a.body[0].marks == [nm.Mark(kind="strong", start=6, end=12)]  # type: ignore[union-attr]
    assert a.body[1].type == "raw"
    assert a.images[0].src == "https://agency.example/1.jpg"
    assert a.images[0].caption == nm.Caption(text="Waves at the harbour wall")
    assert a.extra["ninjs_images"][0]["renditions"][0]["name"] == "thumb"
    out = dump(a)
    assert_valid(out, "3.1")
    assert json.loads(out)["uri"] == "urn:newsml:agency.example:20240101:abc"


def test_errors_have_locations() -> None:
    with pytest.raises(nm.ParseError) as exc:
        nm.loads('{\n "uri": }', format="ninjs")
    assert exc.value.line == 2
    with pytest.raises(nm.ParseError):
        nm.loads("[]", format="ninjs")
    with pytest.raises(nm.ValidationError):
        nm.loads('{"uri": "urn:x"}', format="ninjs")


def test_html_body_round_trip_of_nested_marks() -> None:
    p = nm.Paragraph(text="a bold link here", marks=[
        nm.Mark(kind="link", start=2, end=11, url="https://x.org/?a=1&b=2", title='say "hi"'),
        nm.Mark(kind="strong", start=2, end=6)])
    html = ninjs.body_html([p])
    assert html == '<p>a <a href="https://x.org/?a=1&amp;b=2" title="say &quot;hi&quot;"><strong>bold</strong> link</a> here</p>'
    assert [nm.Paragraph.model_validate(b) for b in ninjs.body_blocks(html)] == [p]
