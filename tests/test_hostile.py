"""Hostile input: a bad-input corpus with expected outcomes, huge generated inputs, and no data loss.

The small inputs live in ``tests/hostile/`` and their expected outcomes in
``tests/hostile/cases.json`` (written from reading each file). Huge inputs (10 MB lines,
100,000-character runs, 10,000-deep nesting) are generated here, never committed. Every
parse runs under a time limit, so a hang fails the test instead of stalling the suite.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

import newsmodel as nm
from newsmodel import cli
from newsmodel._api import LossWarning
from newsmodel.errors import ConversionError, NewsModelError, ParseError, ValidationError
from newsmodel.models import Article, Paragraph, RawBlock

HOSTILE = Path(__file__).parent / "hostile"
CASES: list[dict[str, Any]] = json.loads((HOSTILE / "cases.json").read_text(encoding="utf-8"))["cases"]
FORMATS = ("json", "markdown", "jsonld", "ninjs", "frontmatter")
LIMIT = float(os.environ.get("NEWSMODEL_HOSTILE_SECONDS", "30"))
"""Seconds one parse of a huge input may take before it counts as a hang."""

T = TypeVar("T")


class Hang(AssertionError):
    """A parse ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise Hang in the block once ``seconds`` have passed (SIGALRM; a no-op off Unix)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def fire(signum: int, frame: object) -> None:
        raise Hang(f"did not finish within {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def bounded(fn: Callable[[], T], seconds: float = LIMIT) -> T:
    with time_limit(seconds):
        return fn()


def _cases(key: str) -> list[Any]:
    """The cases that have ``key``, with those marked ``xfail`` (known reader bugs) as strict xfails."""
    return [
        pytest.param(c, id=c["file"], marks=[pytest.mark.xfail(reason=c["xfail"], strict=True)] if key in c.get("xfail_in", ()) else [])
        for c in CASES
        if key in c
    ]


def _load(case: dict[str, Any]) -> list[Article]:
    path = HOSTILE / case["file"]
    if case["format"] == "jsonl":
        return list(nm.iter_load(path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LossWarning)
        return [nm.load(path, case["format"])]


# --------------------------------------------------------------------------- the corpus


def test_every_corpus_file_has_a_case() -> None:
    named = {c["file"] for c in CASES}
    files = {p.name for p in HOSTILE.iterdir() if p.name != "cases.json"}
    assert files == named


@pytest.mark.parametrize("case", _cases("error"))
def test_bad_input_gives_the_expected_located_error(case: dict[str, Any]) -> None:
    want = case["error"]
    read: list[str] = []
    with pytest.raises(NewsModelError) as info:
        if case["format"] == "jsonl":
            for article in nm.iter_load(HOSTILE / case["file"]):
                read.append(article.title)
        else:
            bounded(lambda: _load(case))
    exc = info.value
    assert type(exc).__name__ == want["type"], str(exc)
    if isinstance(exc, ParseError):
        assert exc.line is not None, f"no line in {exc}"
        assert exc.line == want.get("line", exc.line), str(exc)
        assert exc.column == want.get("column", exc.column), str(exc)
        assert exc.column is None or exc.column >= 1
        assert exc.source.endswith(case["file"])
    if isinstance(exc, ValidationError):
        assert [d.path for d in exc.errors] == want["paths"]
    if "message" in want:
        assert want["message"].lower() in str(exc).lower()
    assert read == case.get("read_before_error", [])


@pytest.mark.parametrize("case", _cases("parse"))
def test_tolerated_input_parses_cleanly(case: dict[str, Any]) -> None:
    [article] = bounded(lambda: _load(case))
    want = case["parse"]
    if "title" in want:
        assert article.title == want["title"]
    if "paragraphs" in want:
        assert article.paragraphs == want["paragraphs"]
    if "caption_contains" in want:
        captions = [i.caption.text for i in article.images if i.caption is not None]
        assert any(want["caption_contains"] in c for c in captions), captions
    if "link" in want:
        assert want["link"] in [link.url for link in article.links]
    if "extra_kept" in want:
        value: Any = article.extra
        for key in want["extra_kept"]:
            value = value[key]
        assert value


@pytest.mark.parametrize("case", _cases("roundtrip"))
def test_markdown_round_trip_keeps_the_bytes(case: dict[str, Any]) -> None:
    data = (HOSTILE / case["file"]).read_bytes()
    text = data.decode("utf-8")
    article = bounded(lambda: nm.loads(text, case["format"]))
    assert nm.dumps(article, case["format"]).encode("utf-8") == data


@pytest.mark.parametrize("case", _cases("kept-or-reported"))
def test_a_bom_is_kept_or_reported_never_dropped(case: dict[str, Any]) -> None:
    text = (HOSTILE / case["file"]).read_text(encoding="utf-8")
    want = case["kept-or-reported"]
    try:
        article = nm.loads(text, case["format"])
    except ParseError as exc:
        assert exc.line == want["line"]
        return
    assert article.title == want["title"]
    assert nm.dumps(article, case["format"]) == text


@pytest.mark.parametrize("case", _cases("finding") + _cases("findings"))
def test_validate_reports_located_findings(case: dict[str, Any]) -> None:
    findings = nm.validate(HOSTILE / case["file"], format=case["format"])
    if "finding" in case:
        want = case["finding"]
        hits = [f for f in findings if f.code == want["code"]]
        assert hits, findings
        assert hits[0].line == want["line"]
        assert want["message"] in hits[0].message
    if "findings" in case:
        assert [[f.code, f.line] for f in findings] == case["findings"]


def test_html_in_values_is_escaped_in_html_bodies() -> None:
    article = nm.load(HOSTILE / "script-in-title.json")
    doc = json.loads(nm.dumps(article, "ninjs"))
    body = next(b["value"] for b in doc["bodies"] if "html" in b["contentType"])
    assert "<script>" not in body
    assert "&lt;/script&gt;&lt;script&gt;x()&lt;/script&gt;" in body
    assert nm.loads(nm.dumps(article, "ninjs"), "ninjs").paragraphs == article.paragraphs


# --------------------------------------------------------------------------- huge inputs

BASE_MD = "# Title\n\nBy Jane Roe\n\nJuly 28, 2021\n\n{body}\n\nOriginal url:\n\n<https://example.com/a>\n"


def _markdown_cases() -> dict[str, str]:
    n = 100_000
    return {
        "10 MB single line": BASE_MD.format(body="word " * 2_000_000 + "end."),
        "100,000 '*'": BASE_MD.format(body="x " + "*" * n),
        "100,000 '['": BASE_MD.format(body="x " + "[" * n),
        "100,000 '>'": BASE_MD.format(body=">" * n + " x"),
        "100,000 '`'": BASE_MD.format(body="x " + "`" * n),
        "100,000 '\\'": BASE_MD.format(body="x " + "\\" * n),
        "100,000 quotes": BASE_MD.format(body="x " + '"' * n + "\u201c" * n),
        "nested brackets": BASE_MD.format(body="[" * 50_000 + "x" + "](u)" * 50_000),
        "nested emphasis": BASE_MD.format(body="*_" * 25_000 + "x" + "_*" * 25_000),
        "nested list 1,000 deep": BASE_MD.format(body="\n".join("  " * i + "- item" for i in range(1_000))),
        "nested quote 1,000 deep": BASE_MD.format(body="> " * 1_000 + "deep"),
        "100,000 blank lines": BASE_MD.format(body="First." + "\n" * n + "Second."),
        "long word": BASE_MD.format(body="x" * 1_000_000),
    }


MARKDOWN_CASES = _markdown_cases()


@pytest.mark.parametrize("name", list(MARKDOWN_CASES))
def test_huge_markdown_parses_or_fails_located_in_time(name: str) -> None:
    text = MARKDOWN_CASES[name]
    try:
        article = bounded(lambda: nm.loads(text, "markdown"))
    except ParseError as exc:
        assert exc.line is not None, str(exc)
        return
    assert article.title == "Title"
    assert bounded(lambda: nm.dumps(article, "markdown")) == text


def test_blank_lines_do_not_make_paragraphs() -> None:
    article = bounded(lambda: nm.loads(MARKDOWN_CASES["100,000 blank lines"], "markdown"))
    assert article.paragraphs == ["First.", "Second."]


def test_a_10_mb_line_keeps_every_word() -> None:
    article = bounded(lambda: nm.loads(MARKDOWN_CASES["10 MB single line"], "markdown"))
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].count("word") == 2_000_000


DEEP = 10_000


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("json", '{"title": "T", "extra": {"x": ' + "[" * DEEP + "]" * DEEP + "}}"),
        ("json", "[" * DEEP + "]" * DEEP),
        ("jsonld", '{"@type": "NewsArticle", "headline": "T", "x": ' + "[" * DEEP + "]" * DEEP + "}"),
        ("jsonld", '{"a":' * DEEP + "1" + "}" * DEEP),
        ("ninjs", '{"headlines": [{"role": "main", "value": "T"}], "x": ' + "[" * DEEP + "]" * DEEP + "}"),
        ("frontmatter", "---\ntitle: T\nx: " + "[" * DEEP + "]" * DEEP + "\n---\n\nBody.\n"),
        ("frontmatter", "---\ntitle: T\n" + "".join(" " * i + f"k{i}:\n" for i in range(300)) + "---\n"),
    ],
    ids=["json", "json-array", "jsonld", "jsonld-objects", "ninjs", "frontmatter-flow", "frontmatter-block"],
)
def test_deep_nesting_is_a_located_parse_error(fmt: str, text: str) -> None:
    with pytest.raises(ParseError) as info:
        bounded(lambda: nm.loads(text, fmt))
    assert info.value.line is not None
    assert info.value.column is not None
    assert "deep" in str(info.value) or "recursion" in str(info.value)


def test_deep_html_body_in_ninjs_keeps_its_text() -> None:
    body = "<div>" * DEEP + "<p>deep text</p>" + "</div>" * DEEP
    doc = {"headlines": [{"role": "main", "value": "T"}], "bodies": [{"role": "main", "contentType": "text/html", "value": body}]}
    article = bounded(lambda: nm.loads(json.dumps(doc), "ninjs"))
    assert article.paragraphs == ["deep text"]


def test_deep_json_line_in_a_stream() -> None:
    lines = ['{"title": "ok"}', '{"title": "T", "extra": {"x": ' + "[" * DEEP + "]" * DEEP + "}}"]
    with pytest.raises(ParseError) as info:
        bounded(lambda: list(nm.iter_loads("\n".join(lines), source="s.jsonl")))
    assert info.value.line == 2


def test_a_10_mb_json_string() -> None:
    title = "t" * 10_000_000
    article = bounded(lambda: nm.loads(json.dumps({"title": title}), "json"))
    assert article.title == title


def test_a_huge_integer_is_a_located_error_not_a_valueerror() -> None:
    digits = "9" * 5_000
    for fmt, text in [
        ("jsonld", '{"@type": "NewsArticle", "headline": "T", "n": ' + digits + "}"),
        ("ninjs", '{"headlines": [{"role": "main", "value": "T"}], "n": ' + digits + "}"),
        ("json", '{"title": "T", "extra": {"n": ' + digits + "}}"),
    ]:
        with pytest.raises(ParseError) as info:
            nm.loads(text, fmt)
        assert info.value.line == 1, fmt
        assert info.value.column is not None, fmt


# --------------------------------------------------------------------------- nothing lost


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _article(**fields: Any) -> Article:
    return nm.Article(title="T", body=[Paragraph(text="Body text.")], **fields)


def test_convert_onto_its_own_input_keeps_it_when_reading_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.json"
    data = b'{"title": "A", "title": "B"}\n'
    src.write_bytes(data)
    status, _, err = _run(capsys, "convert", str(src), "-o", str(src))
    assert status == 2
    assert "duplicate key" in err
    assert src.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_convert_onto_its_own_input_replaces_it_whole_and_keeps_its_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.json"
    src.write_text('{"title": "A", "bylines": [{"name": "Jane Roe"}]}', encoding="utf-8")
    src.chmod(0o640)
    status, _, _ = _run(capsys, "convert", str(src), "-o", str(src))
    assert status == 0
    assert nm.load(src).bylines[0].name == "Jane Roe"
    assert stat.S_IMODE(src.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_failing_write_leaves_the_old_output_and_no_temporary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "a.json"
    nm.dump(_article(), src)
    out = tmp_path / "out.md"
    out.write_bytes(b"precious\n")

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(out))

    monkeypatch.setattr(os, "fsync", full_disk)
    status, _, err = _run(capsys, "convert", str(src), "-o", str(out))
    assert status == 2
    assert "No space left on device" in err
    assert out.read_bytes() == b"precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "out.md"]


def test_an_existing_output_survives_a_failed_strict_conversion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.json"
    nm.dump(_article(keywords=["economy"]), src)
    out = tmp_path / "out.md"
    out.write_bytes(b"precious\n")
    status, _, err = _run(capsys, "convert", str(src), "-o", str(out), "--strict")
    assert status == 1
    assert "keywords" in err
    assert out.read_bytes() == b"precious\n"


def test_a_lossy_conversion_warns_and_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.json"
    nm.dump(_article(keywords=["economy"]), src)
    status, out, err = _run(capsys, "convert", str(src), "--to", "markdown")
    assert status == 0
    assert "warning" in err
    assert "keywords" in err
    assert nm.loads(out, "markdown").paragraphs == ["Body text."]


def test_strict_fails_on_a_loss_inside_a_field() -> None:
    # JSON-LD carries the body as plain text: inline marks are lost (a warning inside the writer).
    article = nm.loads("# T\n\nSome *emphasis* here.\n", "markdown")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nm.dumps(article, "jsonld")
    assert any(issubclass(w.category, LossWarning) for w in caught)
    with pytest.raises(ConversionError):
        nm.dumps(article, "jsonld", strict=True)


def test_output_through_a_symlink_replaces_the_target_and_keeps_the_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.json"
    nm.dump(_article(), src)
    target = tmp_path / "real.md"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    status, _, _ = _run(capsys, "convert", str(src), "-o", str(link))
    assert status == 0
    assert link.is_symlink()
    assert nm.load(target).paragraphs == ["Body text."]


UNKNOWN = {"x-vendor": {"id": 7, "tags": ["a", "b"]}, "flag": True}


def test_unknown_fields_and_blocks_survive_json() -> None:
    article = _article(extra=UNKNOWN)
    article.body.append(RawBlock(format="html", text="<table><tr><td>1</td></tr></table>"))
    assert nm.loads(nm.dumps(article, "json"), "json") == article


def test_unknown_blocks_survive_markdown() -> None:
    text = (
        "# T\n\nBody text.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div class=\"embed\">x</div>\n\n"
        "Term\n: definition\n\n[^1]: A footnote.\n"
    )
    article = nm.loads(text, "markdown")
    assert nm.dumps(article, "markdown") == text
    assert any(isinstance(b, RawBlock) for b in article.body)
    # Through JSON and back, the unknown blocks are still there and still written.
    again = nm.loads(nm.dumps(article, "json"), "json")
    assert again == article
    assert "| 1 | 2 |" in nm.dumps(again, "markdown")


def test_unknown_properties_survive_jsonld() -> None:
    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "T",
           "wordCount": 812, "isAccessibleForFree": False, "x-vendor": {"id": 7}}
    article = nm.loads(json.dumps(doc), "jsonld")
    back = json.loads(nm.dumps(article, "jsonld"))
    for key in ("wordCount", "isAccessibleForFree", "x-vendor"):
        assert back[key] == doc[key]
    assert nm.loads(json.dumps(back), "jsonld") == article


def test_unknown_properties_survive_ninjs() -> None:
    doc = {"headlines": [{"role": "main", "value": "T"}], "edNote": "Embargoed", "x-vendor": {"id": 7},
           "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>x</p><table><tr><td>1</td></tr></table>"}]}
    article = nm.loads(json.dumps(doc), "ninjs")
    back = json.loads(nm.dumps(article, "ninjs"))
    assert back["edNote"] == "Embargoed"  # a ninjs property: written in place
    again = nm.loads(json.dumps(back), "ninjs")  # a foreign one rides in the x-newsmodel description
    assert again == article
    kept = again.extra["ninjs"]
    assert isinstance(kept, dict)
    assert kept["x-vendor"] == {"id": 7}
    tables = [b for b in again.body if isinstance(b, RawBlock) and "<table>" in b.text]
    assert len(tables) == 1


def test_unknown_keys_survive_front_matter() -> None:
    text = "---\ntitle: T\ndraft: true\nweight: 3\nparams: {x: [1, 2]}\n---\n\nBody text.\n\n<div>raw</div>\n"
    article = nm.loads(text, "frontmatter")
    again = nm.loads(nm.dumps(article, "frontmatter"), "frontmatter")
    assert again == article
    assert again.extra["draft"] is True
    assert again.extra["params"] == {"x": [1, 2]}


def test_unknown_fields_survive_json_lines(tmp_path: Path) -> None:
    articles = [_article(extra=UNKNOWN), _article(extra={"n": 1})]
    path = tmp_path / "a.jsonl"
    assert nm.dump_many(articles, path) == 2
    assert list(nm.iter_load(path)) == articles


def test_nan_is_refused_rather_than_written_as_null() -> None:
    yaml_nan = "---\ntitle: T\nscore: .nan\n---\n\nBody.\n"
    with pytest.raises(ValidationError) as info:
        nm.loads(yaml_nan, "frontmatter")
    assert [d.path for d in info.value.errors] == ["$.extra.score"]
