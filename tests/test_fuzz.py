"""Fuzzing every reader: whatever the input, only located NewsModelErrors escape, and nothing hangs.

Inputs: arbitrary text and bytes, arbitrary JSON values built from each format's own
vocabulary, and mutations of real files (lines dropped, duplicated, swapped, truncated,
characters inserted) seeded with ``tests/fixtures/markdown/*.md`` and those articles
converted to every other format.

Run length: short by default (the module runs in well under a minute);
``HYPOTHESIS_PROFILE=long`` (tests/conftest.py) runs the profile's example count, and
``NEWSMODEL_FUZZ_EXAMPLES=N`` sets the count per test directly. Each parse runs under a
time limit (``NEWSMODEL_FUZZ_SECONDS``, default 10 s), so a hang fails with the input.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel as nm
from newsmodel import cli
from newsmodel._api import LossWarning
from newsmodel.errors import NewsModelError, ParseError, ValidationError
from newsmodel.formats import get_format
from test_hostile import time_limit

FIXTURES = Path(__file__).parent / "fixtures"
FORMATS = ("json", "markdown", "jsonld", "ninjs", "frontmatter")


def _examples() -> int:
    explicit = os.environ.get("NEWSMODEL_FUZZ_EXAMPLES")
    if explicit:
        return int(explicit)
    if os.environ.get("HYPOTHESIS_PROFILE") == "long":
        return settings().max_examples
    return 40


EXAMPLES = _examples()
SECONDS = float(os.environ.get("NEWSMODEL_FUZZ_SECONDS", "10"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)


# --------------------------------------------------------------------------- the property


def _located(exc: NewsModelError) -> None:
    """A reading error must say where: a line (ParseError) or a JSON path (ValidationError)."""
    if isinstance(exc, ParseError):
        assert exc.line is not None and exc.line >= 1, f"ParseError without a line: {exc}"
        assert exc.column is None or exc.column >= 1, f"ParseError with column {exc.column}: {exc}"
    elif isinstance(exc, ValidationError):
        assert exc.errors, f"ValidationError without failures: {exc}"
        for d in exc.errors:
            assert d.path.startswith("$"), f"failure without a JSON path: {d}"
    else:
        raise AssertionError(f"unexpected {type(exc).__name__} on input: {exc}")


def check(read: Callable[[], Any]) -> Any:
    """Run one read under the time limit; only a located NewsModelError may escape."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LossWarning)
        try:
            with time_limit(SECONDS):
                return read()
        except NewsModelError as exc:
            _located(exc)
            return None


def read_direct(fmt: str, text: str) -> Any:
    """The format module itself (not the nm.loads safety net), so its own bugs show."""
    return check(lambda: get_format(fmt).loads(text, source="fuzz"))


# --------------------------------------------------------------------------- seeds


def _seeds() -> dict[str, list[str]]:
    md = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "markdown").glob("*.md")) if p.name != "README.md"]
    out: dict[str, list[str]] = {"markdown": md}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LossWarning)
        articles = [nm.loads(t, "markdown") for t in md]
        for fmt in ("json", "jsonld", "ninjs", "frontmatter"):
            out[fmt] = [nm.dumps(a, fmt) for a in articles]
    out["ninjs"] += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "ninjs" / "examples").glob("*.json"))]
    out["jsonld"] += [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "jsonld").glob("*")) if p.suffix != ".md"]
    return out


SEEDS = _seeds()

HOSTILE_CHARS = st.sampled_from(
    [*'*_[]()>`\\"\u201c\u201d#-!<>&:\r\n\t \x00\ufeff\u2028\x0c{},', "\r\n", "\n\n", "---\n", "\ud7ff", "\U0001f600"]
)
INSERT = st.one_of(HOSTILE_CHARS, st.characters(), st.text(max_size=8))


@st.composite
def mutated(draw: st.DrawFn, fmt: str) -> str:
    """A seed file of ``fmt`` with a few line- and character-level mutations."""
    text = draw(st.sampled_from(SEEDS[fmt]))
    for _ in range(draw(st.integers(1, 4))):
        lines = text.splitlines(keepends=True) or [""]
        op = draw(st.sampled_from(["drop", "dup", "swap", "truncate", "insert", "insert", "delete"]))
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        text = "".join(lines)
        k = draw(st.integers(0, len(text)))
        if op == "truncate":
            text = text[:k]
        elif op == "insert":
            text = text[:k] + draw(INSERT) + text[k:]
        elif op == "delete":
            text = text[:k] + text[k + draw(st.integers(1, 5)) :]
    return text


# Arbitrary JSON, keyed with each format's own vocabulary so the readers go deep.
KEYS = st.sampled_from([
    "title", "subtitle", "bylines", "name", "kind", "role", "url", "published", "modified", "body", "type",
    "text", "marks", "start", "end", "images", "src", "alt", "caption", "credit", "links", "rel", "extra",
    "items", "ordered", "level", "image", "paragraphs", "quotes", "dateline", "keywords",
    "@context", "@type", "@id", "@graph", "@value", "headline", "author", "datePublished", "dateModified",
    "articleBody", "mainEntityOfPage", "publisher", "citation", "isBasedOn", "contentUrl", "ImageObject",
    "uri", "headlines", "bodies", "value", "contentType", "associations", "renditions", "href", "by",
    "people", "organisations", "firstCreated", "versionCreated", "descriptions", "subjects", "standard",
    "version", "headline", "body_html", "located", "language", "infoSources",
])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["NewsArticle", "Person", "Organization", "text/html", "main", "picture", "2024-03-07",
                     "2024-03-07T07:55:25+00:00", "2024-03-07T07:55", "https://example.com/a", "#", "paragraph",
                     "heading", "list", "image", "raw", "related", "blockquote", "link", "x-newsmodel",
                     "<p>a <b>b</b></p>", "<ul><li>x<ul><li>y</li></ul></li></ul>", "{\"extra\": 1}", "3.1", "2.2"]),
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=6),
    max_leaves=30,
)
JSON_DOCS = st.dictionaries(KEYS, JSON_VALUES, max_size=10)


# --------------------------------------------------------------------------- every loads


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(text=st.text(max_size=400))
def test_arbitrary_text(fmt: str, text: str) -> None:
    read_direct(fmt, text)


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes(fmt: str, data: bytes) -> None:
    check(lambda: nm.loads(data, fmt, source="fuzz"))


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(data=st.data())
def test_mutated_files(fmt: str, data: st.DataObject) -> None:
    text = data.draw(mutated(fmt))
    read_direct(fmt, text)


@pytest.mark.parametrize("fmt", ["json", "jsonld", "ninjs"])
@FUZZ
@given(doc=JSON_DOCS)
def test_arbitrary_json_documents(fmt: str, doc: dict[str, Any]) -> None:
    read_direct(fmt, json.dumps(doc))


@FUZZ
@given(doc=JSON_DOCS)
def test_arbitrary_front_matter(doc: dict[str, Any]) -> None:
    import yaml

    read_direct("frontmatter", "---\n" + yaml.safe_dump(doc) + "---\n\nBody.\n")


@FUZZ
@given(data=st.data())
def test_markdown_round_trip_keeps_the_bytes(data: st.DataObject) -> None:
    """Where a mutated file still reads, writing it back gives the same text, byte for byte."""
    text = data.draw(mutated("markdown"))
    article = read_direct("markdown", text)
    if article is not None:
        with time_limit(SECONDS):
            assert nm.dumps(article, "markdown") == text


# --------------------------------------------------------------------------- streams, validate, CLI


@FUZZ
@given(lines=st.lists(st.one_of(mutated("json").map(lambda t: " ".join(t.split())), st.text(max_size=50)), max_size=4))
def test_json_lines(lines: list[str]) -> None:
    blob = "\n".join(lines).encode("utf-8", "surrogatepass")
    check(lambda: list(nm.iter_loads(blob, source="fuzz.jsonl")))
    with time_limit(SECONDS):
        for f in nm.streams.check_lines(blob.split(b"\n"), source="fuzz.jsonl"):
            assert f.line is not None


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(data=st.data())
def test_validate_never_raises_on_text(fmt: str, data: st.DataObject) -> None:
    text = data.draw(st.one_of(mutated(fmt), st.text(max_size=200)))
    try:
        with time_limit(SECONDS), warnings.catch_warnings():
            warnings.simplefilter("ignore", LossWarning)  # readers that warn while reading (JSON-LD)
            findings = nm.validate(text, format=fmt)
    except ParseError as exc:  # only for a one-line text that names a missing file
        assert "\n" not in text and exc.source
        return
    for f in findings:
        if f.code.startswith("NM0"):  # reading problems: a line, or the JSON path of the value
            assert f.line is not None or (f.path or "").startswith("$"), f


CLI_EXAMPLES = max(5, EXAMPLES // 4)


@pytest.mark.parametrize("suffix", [".md", ".json", ".jsonld", ".ninjs.json", ".jsonl"])
@settings(FUZZ, max_examples=CLI_EXAMPLES)
@given(data=st.binary(max_size=200) | st.sampled_from(SEEDS["json"]).map(lambda t: t[: len(t) // 2].encode()))
def test_cli_never_crashes(suffix: str, data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("cli")
    src = folder / f"in{suffix}"
    src.write_bytes(data)
    out = folder / "out.json"
    out.write_bytes(b"keep")
    for argv in (["validate", "--no-config", "-q", str(src)], ["convert", str(src), "-o", str(out)]):
        err = io.StringIO()
        with time_limit(SECONDS), contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            status = cli.main(argv)
        assert status in (0, 1, 2)
        assert "internal error" not in err.getvalue(), err.getvalue()
    if status != 0:
        assert out.read_bytes() == b"keep"
    assert src.read_bytes() == data
