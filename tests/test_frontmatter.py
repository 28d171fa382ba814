"""Front-matter Markdown: valid YAML whatever the title holds, round trips, aliases."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel._api import LossWarning
from newsmodel.testing import articles, assert_roundtrip, words


@settings(max_examples=60)
@given(articles())
def test_roundtrip_keeps_every_field(article: nm.Article) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", LossWarning)
        text = nm.dumps(article, format="frontmatter")
    assert nm.loads(text, format="frontmatter") == article


@settings(max_examples=30)
@given(articles())
def test_assert_roundtrip_helper(article: nm.Article) -> None:
    assert_roundtrip(article, "frontmatter")


TRICKY_TITLES = [
    "Breaking: minister resigns",  # trafilatura #814: ": " broke the YAML
    'He said "no" and left',
    "It's 'quoted'",
    "# not a comment",
    "* not an alias or a list",
    "&anchor and *alias",
    "- leading dash",
    "Line one\nline two",
    "yes",
    "2021-07-28",
    "null",
    "key: value # comment",
    "[not, a, list]",
    "{not: a map}",
    "---",
    "trailing colon:",
    "  spaces around  ",
    "tab\there",
    "%YAML directive",
    "@at and `backtick`",
]


@pytest.mark.parametrize("title", TRICKY_TITLES)
def test_yaml_is_valid_whatever_the_title(title: str) -> None:
    a = nm.Article(title=title, subtitle=title, keywords=[title], section=title)
    text = nm.dumps(a, format="frontmatter")
    head = text.split("---\n")[1]
    meta = yaml.safe_load(head)
    assert meta["title"] == title and meta["tags"] == [title]
    assert nm.loads(text, format="frontmatter") == a


@given(st.text(min_size=1, max_size=60))
def test_any_unicode_title_survives(title: str) -> None:
    a = nm.Article(title=title)
    assert nm.loads(nm.dumps(a, format="frontmatter"), format="frontmatter").title == title


def test_layout() -> None:
    tz = dt.timezone(dt.timedelta(hours=2))
    a = nm.Article(
        title="Floods: what we know",
        bylines=[nm.Byline(name="Ana Ruiz"), nm.Byline(name="AFP", kind="organization")],
        published=dt.date(2021, 7, 28),
        modified=dt.datetime(2021, 7, 28, 11, 40, tzinfo=tz),
        keywords=["floods"],
        body=[nm.Heading(text="Where"), nm.Paragraph(text="In the *old* town.",
                                                     marks=[nm.Mark(kind="strong", start=3, end=6)])],
    )
    text = nm.dumps(a, format="frontmatter")
    assert text.startswith("---\ntitle: 'Floods: what we know'\n")
    assert "authors:\n- Ana Ruiz\n- name: AFP\n  kind: organization\n" in text
    assert "date: '2021-07-28'\nlastmod: '2021-07-28T11:40:00+02:00'\n" in text
    assert text.endswith("---\n\n## Where\n\nIn **the** \\*old\\* town\\.\n")


def test_hugo_style_file_with_aliases() -> None:
    text = (
        "---\n"
        "title: Radweg kommt\n"
        "description: Der Stadtrat stimmt zu\n"
        "date: 2023-03-14T09:30:00+01:00\n"
        "author: Max Muster\n"
        "tags: [Verkehr, Stadtrat]\n"
        "draft: false\n"
        "---\n"
        "Der Stadtrat hat *am Montag* entschieden.\n\n- eins\n- zwei\n"
    )
    a = nm.loads(text, format="frontmatter")
    assert a.title == "Radweg kommt" and a.subtitle == "Der Stadtrat stimmt zu"
    assert a.published == dt.datetime(2023, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert a.bylines == [nm.Byline(name="Max Muster")]
    assert a.keywords == ["Verkehr", "Stadtrat"]
    assert a.extra == {"draft": False}
    assert a.paragraphs == ["Der Stadtrat hat am Montag entschieden."]
    assert a.body[1] == nm.ListBlock(items=[nm.ListItem(text="eins"), nm.ListItem(text="zwei")])


def test_naive_time_keeps_the_day() -> None:
    with pytest.warns(LossWarning, match="no zone"):
        a = nm.loads("---\ntitle: T\ndate: 2023-03-14 09:30:00\n---\n", format="frontmatter")
    assert a.published == dt.date(2023, 3, 14)


def test_errors_have_locations() -> None:
    with pytest.raises(nm.ParseError) as exc:
        nm.loads("---\ntitle: a: b\n---\n", format="frontmatter")
    assert exc.value.line == 2
    with pytest.raises(nm.ParseError, match="start with"):
        nm.loads("title: x\n", format="frontmatter")
    with pytest.raises(nm.ParseError, match="not closed"):
        nm.loads("---\ntitle: x\n", format="frontmatter")
    with pytest.raises(nm.ValidationError) as verr:
        nm.loads("---\ntitle: x\ndate: someday\n---\n", format="frontmatter")
    assert verr.value.errors[0].path == "$.published"


@given(words(1, 40))
def test_markdown_special_characters_in_paragraphs(text: str) -> None:
    a = nm.Article(title="T", body=[nm.Paragraph(text="1. " + text), nm.Paragraph(text="# " + text + " *_`[")])
    assert nm.loads(nm.dumps(a, format="frontmatter"), format="frontmatter") == a
