"""Golden tests: every corpus article parses to its ``.expected.json`` and writes back byte for byte.

The corpus lives in ``../shared/corpus/articles`` beside the checkout (skipped when it is
absent); a handful of its files are copied to ``tests/fixtures/markdown`` so that part of
the golden test always runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from markdown_golden import article_view, expected_view
from newsmodel.formats import markdown as md

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures" / "markdown"
CORPUS = HERE.parent.parent / "shared" / "corpus" / "articles"

FIXTURE_FILES = sorted(p.name for p in FIXTURES.glob("*.expected.json"))
CORPUS_FILES = sorted(p.name for p in CORPUS.glob("*.expected.json")) if CORPUS.is_dir() else []


def _read_text(path: Path) -> str:
    # newline="" keeps CRLF and lone CR as they are: the round trip is byte for byte.
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def _check(path: Path) -> None:
    text = _read_text(path.with_name(path.name.replace(".expected.json", ".md")))
    expected = expected_view(json.loads(path.read_text(encoding="utf-8")))
    result = md.read(text, source=path.name)
    assert result.errors == []
    assert result.article is not None
    got = article_view(result.article)
    for field, value in expected.items():
        assert got[field] == value, f"{path.name}: {field}"
    # A naive time in the file: only the day is kept, and a warning says so.
    raw = json.loads(path.read_text(encoding="utf-8")).get("published") or ""
    if "T" in raw and "+" not in raw[10:] and "-" not in raw[10:] and not raw.endswith("Z"):
        assert [f.code for f in result.findings] == ["NM203"]
    assert md.dumps(result.article) == text


@pytest.mark.parametrize("name", FIXTURE_FILES)
def test_fixture_golden(name: str) -> None:
    _check(FIXTURES / name)


@pytest.fixture
def corpus() -> Path:
    if not CORPUS_FILES:
        pytest.skip("../shared/corpus/articles is not there")
    return CORPUS


@pytest.mark.parametrize("name", CORPUS_FILES or ["-"])
def test_corpus_golden(corpus: Path, name: str) -> None:
    _check(corpus / name)


def test_corpus_is_complete(corpus: Path) -> None:
    assert len(CORPUS_FILES) == 186
