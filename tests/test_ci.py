"""CI runs exactly the test command written in README.md."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_command() -> str:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("<!-- test-command -->")
    assert lines[start + 1] == "```sh"
    end = lines.index("```", start + 2)
    return "\n".join(lines[start + 2 : end])


def test_ci_runs_the_readme_test_command() -> None:
    command = _readme_command()
    assert "pytest" in command and "mypy --strict" in command and "ruff check" in command
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in ci_lines
