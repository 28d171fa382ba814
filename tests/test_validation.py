"""Validation rules: nm.validate on files and texts, check_article on Articles built in code."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

import pytest

from newsmodel import (
    Article,
    BlockQuote,
    Byline,
    Caption,
    Image,
    ListBlock,
    ListItem,
    Mark,
    Paragraph,
    ParseError,
    RelatedLink,
    SourceLink,
)
from newsmodel.findings import RULES, Finding
from newsmodel.validation import (
    OPT_IN_RULES,
    RuleSelectionError,
    check_article,
    json_locator,
    select_rules,
    url_problem,
    validate,
)

BROKEN = Path(__file__).parent / "fixtures" / "broken"
EXAMPLES = Path(__file__).parent.parent / "examples"

# One problem per file; code, line, column and path read off the files by hand.
BROKEN_FILES = {
    "modified-before-published.json": ("NM101", 4, 3, "$.modified"),
    "malformed-url.json": ("NM102", 3, 3, "$.url"),
    "trailing-comma.json": ("NM006", 3, 1, None),
    "missing-title.json": ("NM007", 1, 1, "$.title"),
    "role-only-byline.json": ("NM204", 3, 15, "$.bylines[0]"),
    "duplicate-paragraph.json": ("NM206", 6, 27, "$.body[2].text"),
    "caption-without-credit.json": ("NM202", 4, 51, "$.images[0].caption"),
    "not-utf8.json": ("NM005", 2, 16, None),
    "no-title.md": ("NM001", 1, 1, None),
    "unreadable-date.md": ("NM002", 5, 1, "$.published"),
    "caption-without-credit.md": ("NM202", 9, 1, "$.images[0].caption"),
    "duplicate-paragraph.md": ("NM206", 11, 1, "$.body[2].text"),
    "role-only-byline.md": ("NM204", 3, 4, "$.bylines[0]"),
    "malformed-url.md": ("NM102", 7, 1, "$.body[0].marks[0].url"),
}


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


@pytest.mark.parametrize("name", sorted(BROKEN_FILES))
def test_broken_file_gives_one_located_finding(name: str) -> None:
    code, line, column, path = BROKEN_FILES[name]
    findings = validate(BROKEN / name)
    assert len(findings) == 1, findings
    f = findings[0]
    assert (f.code, f.line, f.column, f.path) == (code, line, column, path)
    assert f.severity == RULES[code].severity
    assert f.source == str(BROKEN / name)
    assert f.message


def test_every_fixture_is_labelled() -> None:
    assert {p.name for p in BROKEN.iterdir()} == set(BROKEN_FILES)


def test_str_naming_a_file_is_read_as_file() -> None:
    path = str(BROKEN / "malformed-url.json")
    assert codes(validate(path)) == ["NM102"]


def test_text_is_sniffed_as_json() -> None:
    text = (BROKEN / "modified-before-published.json").read_text(encoding="utf-8")
    [f] = validate(text)
    assert (f.code, f.line, f.column, f.source) == ("NM101", 4, 3, "<string>")


def test_nm101_in_json_still_runs_the_other_rules() -> None:
    text = '{"title": "T", "published": "2024-05-14", "modified": "2024-05-01",\n "url": "ftp//x y"}'
    assert sorted(codes(validate(text))) == ["NM101", "NM102"]


def test_missing_path_like_raises_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="cannot read file"):
        validate(tmp_path / "nowhere.json")


def test_mistyped_path_string_raises_rather_than_being_read_as_text() -> None:
    with pytest.raises(ParseError, match="no such file"):
        validate("articles/nowhere.md")


def test_json_schema_errors_are_all_reported_with_paths() -> None:
    text = '{\n  "title": 3,\n  "bylines": [{"nam": "x"}]\n}'
    found = validate(text)
    assert {(f.code, f.path, f.line) for f in found} == {
        ("NM007", "$.title", 2),
        ("NM007", "$.bylines[0].name", 3),
        ("NM007", "$.bylines[0].nam", 3),
    }
    assert all("$." in f.message for f in found)


def test_naive_datetime_in_json_is_a_schema_error() -> None:
    [f] = validate('{"title": "T", "published": "2024-05-14T10:00:00"}')
    assert (f.code, f.path) == ("NM007", "$.published")


# --------------------------------------------------------------------------- selection


def test_default_selection_leaves_out_opt_in_rules() -> None:
    assert select_rules() == frozenset(RULES) - OPT_IN_RULES
    assert "NM201" in OPT_IN_RULES


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        (["NM201"], None, {"NM201"}),
        (["placeholder-link"], None, {"NM201"}),
        (["nm20"], ["NM201", "duplicate-paragraph"], {"NM202", "NM203", "NM204", "NM205", "NM207"}),
        (["ALL"], ["NM0", "NM1"], {"NM201", "NM202", "NM203", "NM204", "NM205", "NM206", "NM207"}),
    ],
)
def test_select_and_ignore(select: list[str], ignore: list[str] | None, expected: set[str]) -> None:
    assert select_rules(select, ignore) == expected


def test_extend_select_keeps_the_default_set() -> None:
    assert select_rules(extend_select=["NM201"]) == frozenset(RULES)


@pytest.mark.parametrize("bad", ["NM999", "XY", "no-such-rule"])
def test_unknown_selector_is_refused(bad: str) -> None:
    with pytest.raises(RuleSelectionError, match=bad):
        select_rules([bad])


def test_validate_applies_select_and_ignore() -> None:
    text = '{"title": "T", "bylines": [{"name": "Staff", "url": "#"}], "url": "#"}'
    assert codes(validate(text)) == ["NM204"]
    assert sorted(codes(validate(text, select=["ALL"]))) == ["NM201", "NM201", "NM204"]
    assert codes(validate(text, select=["ALL"], ignore=["NM2"])) == []


# --------------------------------------------------------------------------- model rules


def article(**fields: object) -> Article:
    return Article(title="Harbour ferry returns", **fields)


def by_code(findings: list[Finding]) -> dict[str, list[str | None]]:
    out: dict[str, list[str | None]] = {}
    for f in findings:
        out.setdefault(f.code, []).append(f.path)
    return out


def test_clean_article_has_no_findings() -> None:
    a = article(
        bylines=[Byline(name="Jane Doe", role="Staff Writer")],
        published=dt.date(2024, 5, 14),
        modified=dt.datetime(2024, 5, 15, 9, 0, tzinfo=dt.UTC),
        url="https://news.example.org/ferry",
        images=[Image(src="/img/f.jpg", caption=Caption(text="Ferry", credit="AP"))],
        body=[Paragraph(text="One."), Paragraph(text="Two.")],
    )
    assert check_article(a) == []


def test_blank_title() -> None:
    assert by_code(check_article(Article(title="  "))) == {"NM001": ["$.title"]}


def test_modified_before_published_on_a_constructed_article() -> None:
    a = Article.model_construct(
        title="T", published=dt.date(2024, 5, 14), modified=dt.date(2024, 5, 1), bylines=[],
        images=[], body=[], links=[], quotes=[],
    )
    assert by_code(check_article(a)) == {"NM101": ["$.modified"]}


def test_naive_time() -> None:
    a = Article.model_validate(
        {"title": "T", "published": "2024-05-14T10:00:00"}, context={"allow_naive": True}
    )
    [f] = check_article(a)
    assert (f.code, f.severity, f.path) == ("NM203", "warning", "$.published")


def test_urls_everywhere_are_checked() -> None:
    a = article(
        url="www.example.org/ferry",
        bylines=[Byline(name="Jane Doe", url="javascript:alert(1)")],
        images=[Image(src="https://exa mple.org/a.jpg")],
        body=[
            Paragraph(text="see this", marks=[Mark(kind="link", start=4, end=8, url="http:/x")]),
            RelatedLink(title="Older story", url="#"),
            BlockQuote(paragraphs=[Paragraph(text="q", marks=[Mark(kind="link", start=0, end=1, url="#")])]),
            ListBlock(items=[ListItem(text="i", items=[ListItem(text="j", marks=[Mark(kind="link", start=0, end=1, url="htp://a.org")])])]),
        ],
        links=[SourceLink(url="https://news.example.org/older", rel="related")],
    )
    assert by_code(check_article(a)) == {
        "NM102": [
            "$.url",
            "$.bylines[0].url",
            "$.images[0].src",
            "$.body[0].marks[0].url",
            "$.body[3].items[0].items[0].marks[0].url",
        ],
        "NM201": ["$.body[1].url", "$.body[2].paragraphs[0].marks[0].url"],
    }


@pytest.mark.parametrize(
    "url",
    ["https://news.example.org/a?b=1#c", "http://localhost:8000/", "https://[::1]/x", "/2021/07/story",
     "page.html", "#section", "//cdn.example.org/x.jpg", "mailto:desk@example.org", "https://bücher.example/"],
)
def test_usable_urls(url: str) -> None:
    assert url_problem(url) is None


@pytest.mark.parametrize(
    "url",
    ["", "htp://example.org", "http:/example.org", "https://", "https://example", "www.example.org/x",
     "https://exa mple.org", "https://example.org:99999/", "javascript:void(0)", "mailto:", "https://a_b!.org/"],
)
def test_malformed_urls(url: str) -> None:
    assert url_problem(url)


def test_caption_without_credit() -> None:
    a = article(images=[Image(caption=Caption(text="The ferry.")), Image(caption=Caption(text="", credit=None))])
    assert by_code(check_article(a)) == {"NM202": ["$.images[0].caption"]}


@pytest.mark.parametrize("name", ["Staff Writer", "Redaktion", "Foreign Correspondent", "Our Political Editor"])
def test_role_only_bylines(name: str) -> None:
    assert by_code(check_article(article(bylines=[Byline(name=name)]))) == {"NM204": ["$.bylines[0]"]}


@pytest.mark.parametrize("name", ["Jane Doe", "AFP", "Anna Redakteurová", "Editor Smith"])
def test_named_bylines_pass(name: str) -> None:
    assert check_article(article(bylines=[Byline(name=name)])) == []


def test_byline_equal_to_its_role_and_byline_without_letters() -> None:
    a = article(bylines=[Byline(name="Photographer X", role="photographer x"), Byline(name="—")])
    assert by_code(check_article(a)) == {"NM204": ["$.bylines[0]"], "NM003": ["$.bylines[1].name"]}


def test_empty_and_duplicate_paragraphs() -> None:
    a = article(
        body=[
            Paragraph(text="The ferry is back."),
            Paragraph(text="  "),
            BlockQuote(paragraphs=[Paragraph(text="The  ferry is\nback.")]),
            Paragraph(text="The ferry is back."),
        ]
    )
    found = check_article(a)
    assert by_code(found) == {
        "NM205": ["$.body[1].text"],
        "NM206": ["$.body[2].paragraphs[0].text", "$.body[3].text"],
    }
    assert all("$.body[0]" in f.message for f in found if f.code == "NM206")


def test_locator_places_findings() -> None:
    places = {"$.bylines[0]": (3, 5)}
    [f] = check_article(article(bylines=[Byline(name="Staff Writer")]), places.get, source="x.md")
    assert (f.line, f.column, f.source) == (3, 5, "x.md")


def test_locator_falls_back_to_the_nearest_ancestor() -> None:
    places = {"$.images[0]": (7, 1)}
    [f] = check_article(article(images=[Image(caption=Caption(text="c"))]), places.get)
    assert (f.path, f.line, f.column) == ("$.images[0].caption", 7, 1)


def test_json_locator() -> None:
    text = '{\n  "a": [1, {"b c": "x\\"y"}],\n  "d": {"e": null}\n}'
    locate = json_locator(text)
    assert locate("$") == (1, 1)
    assert locate("$.a") == (2, 3)
    assert locate("$.a[0]") == (2, 9)
    assert locate("$.a[1]['b c']") == (2, 13)
    assert locate("$.d.e") == (3, 9)
    assert locate("$.zzz") is None


def test_findings_pickle_for_worker_processes() -> None:
    f = Finding.of("NM205", "paragraph has no text", line=2, column=1, path="$.body[0].text")
    assert pickle.loads(pickle.dumps(f)) == f


# --------------------------------------------------------------------------- Markdown


def test_shipped_example_is_clean() -> None:
    for path in sorted(EXAMPLES.glob("*.md")):
        assert validate(path) == [], path


def test_shipped_example_has_placeholder_links_when_selected() -> None:
    found = validate(EXAMPLES / "moscow-times-tajikistan.md", select=["NM201"])
    assert found, "the example writes its links as [text](#)"
    assert all(f.code == "NM201" and f.line is not None for f in found)


# --------------------------------------------------------------------------- other formats


def test_what_a_jsonld_reader_could_not_map_is_a_finding_not_a_warning() -> None:
    from newsmodel.validation import check_text

    page = (
        '{"@type": "NewsArticle", "headline": "H", "datePublished": "2023-03-14T09:30:00",'
        ' "dateModified": "next Tuesday", "author": [{"@type": "Person"}]}'
    )
    # pytest turns an escaping warning into an error: none may escape here
    findings = check_text(page, format="jsonld", source="page.jsonld", rules=frozenset(RULES))
    got = sorted((f.code, f.severity) for f in findings)
    assert got == [("NM203", "warning"), ("NM207", "warning"), ("NM207", "warning")]
    naive = next(f for f in findings if f.code == "NM203")
    assert "2023-03-14T09:30:00" in naive.message and not naive.message.endswith("(NM203)")
    assert any("next Tuesday" in f.message for f in findings if f.code == "NM207")
    assert all(f.source == "page.jsonld" for f in findings)
