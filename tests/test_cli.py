"""The command line, called in-process through main(argv), plus the installed script once."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import sysconfig
import types
from pathlib import Path

import pytest

import newsmodel
from newsmodel import cli
from newsmodel.cli import main

ROOT = Path(__file__).parent.parent
BROKEN = Path(__file__).parent / "fixtures" / "broken"
EXAMPLES = ROOT / "examples"

# Hand-read labels: file -> (code, line, column); one problem per file.
BROKEN_LABELS = {
    "caption-without-credit.json": ("NM202", 4, 51),
    "duplicate-paragraph.json": ("NM206", 6, 27),
    "malformed-url.json": ("NM102", 3, 3),
    "missing-title.json": ("NM007", 1, 1),
    "modified-before-published.json": ("NM101", 4, 3),
    "not-utf8.json": ("NM005", 2, 16),
    "role-only-byline.json": ("NM204", 3, 15),
    "trailing-comma.json": ("NM006", 3, 1),
    "caption-without-credit.md": ("NM202", 9, 1),
    "duplicate-paragraph.md": ("NM206", 11, 1),
    "malformed-url.md": ("NM102", 7, 1),
    "no-title.md": ("NM001", 1, 1),
    "role-only-byline.md": ("NM204", 3, 4),
    "unreadable-date.md": ("NM002", 5, 1),
}

CLEAN_JSON = '{\n  "title": "Harbour ferry returns",\n  "published": "2024-05-14"\n}\n'


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test from an empty directory so that no pyproject.toml above is read."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def copy_broken(dest: Path) -> Path:
    target = dest / "broken"
    shutil.copytree(BROKEN, target)
    return target


# --------------------------------------------------------------------------- validate


def test_broken_directory_exits_1_with_one_located_finding_per_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "validate", str(BROKEN), "--no-config")
    assert status == 1
    lines = out.splitlines()
    assert len(lines) == len(BROKEN_LABELS)
    for line, (name, (code, row, col)) in zip(lines, sorted(BROKEN_LABELS.items()), strict=True):
        assert line.startswith(f"{BROKEN / name}:{row}:{col}: {code} "), line
    assert "Found 14 findings (8 errors, 6 warnings) in 14 files" in err


def test_clean_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ok.json").write_text(CLEAN_JSON, encoding="utf-8")
    status, out, err = run(capsys, "validate", str(tmp_path / "ok.json"))
    assert (status, out) == (0, "")
    assert "no findings" in err
    assert run(capsys, "validate", "-q", str(tmp_path / "ok.json")) == (0, "", "")


def test_shipped_examples_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "validate", str(EXAMPLES))
    assert (status, out) == (0, "")


def test_placeholder_links_are_reported_when_selected(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "validate", str(EXAMPLES), "--extend-select", "NM201")
    assert status == 1
    assert out and all(" NM201 " in line for line in out.splitlines())


def test_missing_path_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "validate", "no/such/dir", str(BROKEN))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("newsmodel: error: ") and "no/such/dir" in err


@pytest.mark.parametrize(
    "argv",
    [["validate"], ["validate", "x.json", "--format", "xml"], ["frobnicate"], ["convert"], []],
)
def test_usage_errors_exit_2_without_traceback(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, *argv)
    assert status == 2
    assert "Traceback" not in err


def test_unknown_rule_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "validate", str(BROKEN), "--select", "NM999")
    assert status == 2
    assert err.count("\n") == 1 and "NM999" in err


def test_file_with_unknown_suffix_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    status, _, err = run(capsys, "validate", str(tmp_path / "notes.txt"))
    assert status == 2 and "cannot tell the format" in err


def test_glob_and_select_ignore(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "validate", f"{BROKEN}/m*.json", "--select", "NM1,NM0", "--ignore", "NM102")
    assert status == 1
    assert [line.split()[1] for line in out.splitlines()] == ["NM007", "NM101"]
    status, out, err = run(capsys, "validate", f"{BROKEN}/*.nothing")
    assert status == 2 and "no files match" in err


def test_fail_on_error_lets_warnings_pass(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(BROKEN / "role-only-byline.json")
    status, out, _ = run(capsys, "validate", path, "--fail-on", "error")
    assert status == 0 and " NM204 " in out
    assert run(capsys, "validate", path)[0] == 1


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "validate", str(BROKEN / "modified-before-published.json"), "--format", "json")
    assert status == 1 and err == ""
    assert json.loads(out) == [
        {
            "file": str(BROKEN / "modified-before-published.json"),
            "line": 4,
            "column": 3,
            "code": "NM101",
            "rule": "modified-before-published",
            "severity": "error",
            "message": "modified (2024-05-01) is before published (2024-05-14)",
            "path": "$.modified",
        }
    ]


def test_github_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dest = copy_broken(tmp_path)
    status, out, _ = run(capsys, "validate", "--format", "github", str(dest / "malformed-url.json"), str(dest / "role-only-byline.json"))
    assert status == 1
    first, second = out.splitlines()
    assert first.startswith(f"::error file={dest / 'malformed-url.json'},line=3,col=3,title=NM102 malformed-url::")
    assert "malformed URL 'htp%3A//" not in first  # the message part escapes only %, CR and LF
    assert second.startswith("::warning ") and "title=NM204 role-only-byline::" in second


def test_github_escapes_property_values() -> None:
    f = newsmodel.findings.Finding.of("NM205", "a\nb 100%", line=1, column=2, source="a,b:c.json")
    assert cli._github_line(f) == "::warning file=a%2Cb%3Ac.json,line=1,col=2,title=NM205 empty-paragraph::a%0Ab 100%25"


def test_config_in_nearest_pyproject(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    nested = project / "sub" / "dir"
    nested.mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        '[tool.newsmodel]\nignore = ["NM2"]\nexclude = ["trailing-*"]\n', encoding="utf-8"
    )
    data = copy_broken(project)
    monkeypatch.chdir(nested)
    status, out, _ = run(capsys, "validate", str(data))
    found = {line.split()[1] for line in out.splitlines()}
    assert status == 1
    assert found == {"NM001", "NM002", "NM005", "NM007", "NM101", "NM102"}  # no warnings, no NM006
    # the command line adds to the configured ignore list and can replace select
    status, out, _ = run(capsys, "validate", str(data), "--ignore", "NM0,NM1")
    assert (status, out) == (0, "")
    status, out, _ = run(capsys, "validate", str(data), "--no-config", "--select", "NM006")
    assert [line.split()[1] for line in out.splitlines()] == ["NM006"]


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('slect = ["NM1"]', "unknown key 'slect'"),
        ('select = "NM1"', "must be a list of strings"),
        ('fail-on = "never"', "must be one of"),
        ("select = [", "invalid TOML"),
    ],
)
def test_bad_config_exits_2(table: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    Path("pyproject.toml").write_text(f"[tool.newsmodel]\n{table}\n", encoding="utf-8")
    status, _, err = run(capsys, "validate", str(BROKEN))
    assert status == 2 and message in err and err.count("\n") == 1


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = (BROKEN / "malformed-url.json").read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    status, out, _ = run(capsys, "validate", "-")
    assert status == 1 and out.startswith("-:3:3: NM102 ")


def _many_files(dest: Path, n: int) -> list[str]:
    for i in range(n):
        body = CLEAN_JSON if i % 3 else (BROKEN / "malformed-url.json").read_text(encoding="utf-8")
        (dest / f"a{i:03d}.json").write_text(body, encoding="utf-8")
    return sorted(str(p) for p in dest.glob("*.json"))


def test_many_files_in_worker_processes_keep_the_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _many_files(tmp_path, cli.PARALLEL_THRESHOLD + 12)
    single = run(capsys, "validate", str(tmp_path), "-j", "1")
    parallel = run(capsys, "validate", str(tmp_path), "-j", "2")
    assert single[0] == parallel[0] == 1
    assert single[1] == parallel[1]
    assert single[1].count("\n") == (cli.PARALLEL_THRESHOLD + 12 + 2) // 3


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _many_files(tmp_path, 5)
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0.0)
    _, _, err = run(capsys, "validate", str(tmp_path), "-q")
    assert err == ""  # piped: silent
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["validate", str(tmp_path), "-q"]) == 1
    assert "/5 files" in tty.getvalue()
    assert tty.getvalue().endswith("\r\x1b[K")
    quiet = _Tty()
    monkeypatch.setattr(sys, "stderr", quiet)
    main(["validate", str(tmp_path), "-q", "--no-progress"])
    assert quiet.getvalue() == ""


# --------------------------------------------------------------------------- convert


def test_convert_json_to_stdout_and_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.json"
    src.write_text(CLEAN_JSON, encoding="utf-8")
    status, out, err = run(capsys, "convert", str(src), "--to", "json")
    assert status == 0 and err == ""
    assert newsmodel.loads(out) == newsmodel.loads(CLEAN_JSON)
    status, _, _ = run(capsys, "convert", str(src), "-o", str(tmp_path / "out.json"))
    assert status == 0
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == out
    assert not list(tmp_path.glob(".*.tmp"))


def test_convert_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CLEAN_JSON.encode())))
    status, out, _ = run(capsys, "convert", "-", "--to", "json", "-o", "-")
    assert status == 0 and json.loads(out)["title"] == "Harbour ferry returns"


def test_convert_markdown_example_to_json_and_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    example = EXAMPLES / "moscow-times-tajikistan.md"
    status, _, _ = run(capsys, "convert", str(example), "-o", str(tmp_path / "a.json"))
    assert status == 0
    assert newsmodel.load(tmp_path / "a.json") == newsmodel.load(example)


def test_convert_bad_input_keeps_the_existing_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    out.write_text("precious\n", encoding="utf-8")
    status, stdout, err = run(capsys, "convert", str(BROKEN / "missing-title.json"), "-o", str(out))
    assert status == 2 and stdout == ""
    assert err.count("\n") == 1 and "field required" in err and "$.title" in err
    assert out.read_text(encoding="utf-8") == "precious\n"
    status, _, err = run(capsys, "convert", str(BROKEN / "trailing-comma.json"), "--to", "json")
    assert status == 2 and ":3:1:" in err


@pytest.fixture
def lossy_format(monkeypatch: pytest.MonkeyPatch) -> str:
    """A format that carries only the title, registered for the test."""
    module = types.ModuleType("newsmodel_test_titleonly")
    module.CARRIES = frozenset({"title", "schema_version"})  # type: ignore[attr-defined]
    module.dumps = lambda article, **_: article.title + "\n"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(newsmodel.FORMATS, "titleonly", module.__name__)
    monkeypatch.setattr(cli, "FORMATS", newsmodel.FORMATS)
    return "titleonly"


def test_lossy_conversion_warns_and_strict_fails(tmp_path: Path, lossy_format: str, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.json"
    src.write_text(CLEAN_JSON, encoding="utf-8")
    status, out, err = run(capsys, "convert", str(src), "--to", lossy_format)
    assert (status, out) == (0, "Harbour ferry returns\n")
    assert err.startswith("newsmodel: warning: ") and "published" in err
    target = tmp_path / "out.txt"
    target.write_text("old\n", encoding="utf-8")
    status, out, err = run(capsys, "convert", str(src), "--to", lossy_format, "-o", str(target), "--strict")
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "published" in err
    assert target.read_text(encoding="utf-8") == "old\n"


def test_convert_needs_a_target_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "convert", str(BROKEN / "malformed-url.json"))
    assert status == 2 and "--to" in err


def test_convert_missing_input_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "convert", "nowhere.json", "--to", "json")
    assert status == 2 and err.count("\n") == 1 and "nowhere.json" in err


# --------------------------------------------------------------------------- schema, docs, version


def test_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "schema")
    assert status == 0 and json.loads(out) == newsmodel.json_schema()
    assert run(capsys, "schema", "-o", str(tmp_path / "s.json"))[0] == 0
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8")) == newsmodel.json_schema()


def test_docs_writes_and_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "ref"
    status, _, err = run(capsys, "docs", str(target))
    assert status == 0 and "wrote" in err
    assert (target / "article.md").is_file() and (target / "schema.md").is_file()
    assert run(capsys, "docs", str(target), "--check")[0] == 0
    (target / "byline.md").write_text("edited\n", encoding="utf-8")
    status, _, err = run(capsys, "docs", str(target), "--check")
    assert status == 1 and "byline.md" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert (status, out.strip()) == (0, f"newsmodel {newsmodel.__version__}")


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    for command in ("validate", "convert", "schema", "docs"):
        assert command in out


def test_internal_errors_are_one_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("unexpected\nstate")

    monkeypatch.setattr(cli, "json_schema", boom)
    status, _, err = run(capsys, "schema")
    assert status == 2 and err.count("\n") == 1 and "RuntimeError" in err


# --------------------------------------------------------------------------- installed command


def _console_script() -> Path | None:
    names = ["newsmodel.exe", "newsmodel"] if sys.platform == "win32" else ["newsmodel"]
    for folder in {Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))}:
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


def test_installed_command_in_a_subprocess(tmp_path: Path) -> None:
    script = _console_script()
    if script is None:
        pytest.skip("the newsmodel console script is not installed next to this Python")
    ok = tmp_path / "ok.json"
    ok.write_text(CLEAN_JSON, encoding="utf-8")
    clean = subprocess.run([str(script), "validate", str(ok)], capture_output=True, text=True, timeout=60, check=False)
    assert clean.returncode == 0, clean.stderr
    broken = subprocess.run([str(script), "validate", str(BROKEN)], capture_output=True, text=True, timeout=60, check=False)
    assert broken.returncode == 1
    assert len(broken.stdout.splitlines()) == len(BROKEN_LABELS)
    missing = subprocess.run([str(script), "validate", str(tmp_path / "nope")], capture_output=True, text=True, timeout=60, check=False)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and missing.stdout == ""
    module = subprocess.run([sys.executable, "-m", "newsmodel", "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert (module.returncode, module.stdout.strip()) == (0, f"newsmodel {newsmodel.__version__}")
