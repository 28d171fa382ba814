"""The documentation: generated reference up to date, rule and CLI pages true to the code,
and the MkDocs site building in strict mode."""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsmodel import docgen
from newsmodel.cli import _build_parser
from newsmodel.errors import MissingDependencyError
from newsmodel.findings import RULES
from newsmodel.formats import FORMATS, get_format
from newsmodel.validation import OPT_IN_RULES

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"


def _all_format_deps_installed() -> bool:
    for name in FORMATS:
        try:
            get_format(name)
        except MissingDependencyError:
            return False
        except ImportError:
            continue
    return True


def test_reference_is_not_stale(tmp_path: Path) -> None:
    if not _all_format_deps_installed():
        pytest.skip("an optional format dependency is missing; the formats page would differ")
    fresh = tmp_path / "reference"
    docgen.write(fresh)
    generated = {p.name: p.read_text(encoding="utf-8") for p in fresh.glob("*.md")}
    committed = {
        p.name: p.read_text(encoding="utf-8")
        for p in REFERENCE.glob("*.md")
        if p.read_text(encoding="utf-8").startswith(docgen.MARKER)
    }
    stale = sorted(n for n in generated.keys() | committed.keys() if generated.get(n) != committed.get(n))
    assert not stale, f"docs/reference is stale ({', '.join(stale)}): run 'newsmodel docs docs/reference'"


def test_every_field_is_documented_with_its_docstring() -> None:
    pages = docgen.render()
    for page, (_, _, models) in docgen.PAGES.items():
        text = pages[page]
        for model in models:
            assert f"## {model.__name__}\n" in text
            for name, field in model.model_fields.items():
                assert field.description, f"{model.__name__}.{name} has no docstring"
                rows = [line for line in text.splitlines() if line.startswith(f"| `{name}` |")]
                first_words = " ".join(field.description.split()[:4])
                assert any(first_words in row for row in rows), (model.__name__, name)


def test_write_removes_only_its_own_stale_pages(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("mine\n", encoding="utf-8")
    (tmp_path / "old.md").write_text(f"{docgen.MARKER}\n\n# Old\n", encoding="utf-8")
    docgen.write(tmp_path)
    assert (tmp_path / "notes.md").read_text(encoding="utf-8") == "mine\n"
    assert not (tmp_path / "old.md").exists()
    assert docgen.check(tmp_path) == []


def test_example_article_survives_every_format() -> None:
    article = docgen.example_article()
    text = docgen.render()["formats.md"]
    assert article.title in text
    assert "## json" in text


def test_rules_page_matches_rules() -> None:
    text = (DOCS / "rules.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (NM\d{3}) (\S+)$", text, flags=re.MULTILINE)
    assert [code for code, _ in headings] == list(RULES)
    for code, name in headings:
        rule = RULES[code]
        assert name == rule.name
        section = text.split(f"## {code} {name}\n", 1)[1].split("\n## ", 1)[0]
        assert f"Severity: **{rule.severity}**" in section, code
        assert ("opt-in" in section) == (code in OPT_IN_RULES), code


def _options(parser: argparse.ArgumentParser) -> set[str]:
    found = set()
    for action in parser._actions:
        found |= {o for o in action.option_strings if o.startswith("--")}
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _options(sub)
    return found


def test_cli_page_lists_every_option_and_command() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = sorted(o for o in _options(_build_parser()) if f"`{o}" not in text)
    assert not missing, f"docs/cli.md does not mention {missing}"
    for command in ("validate", "convert", "schema", "docs"):
        assert f"## newsmodel {command}" in text


def _nav_files(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [f for item in node for f in _nav_files(item)]
    if isinstance(node, dict):
        return [f for value in node.values() for f in _nav_files(value)]
    return []


def test_nav_lists_every_page() -> None:
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = _nav_files(config["nav"])
    pages = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
    assert sorted(nav) == pages


def test_site_build_command_is_documented() -> None:
    assert "mkdocs build --strict" in (DOCS / "index.md").read_text(encoding="utf-8")


def test_mkdocs_build_strict(tmp_path: Path) -> None:
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mkdocstrings") is None:
        pytest.skip("mkdocs and mkdocstrings are not installed (pip install 'newsmodel[docs]')")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "site" / "reference" / "article" / "index.html").is_file()
