"""The ``newsmodel`` command: validate, convert, print the schema, write the model reference.

``main(argv)`` returns the exit status and never raises: every error becomes one line on
stderr. Exit statuses: 0 clean, 1 findings (or a lossy conversion under ``--strict``),
2 a usage, configuration or I/O error.
"""

from __future__ import annotations

import argparse
import dataclasses
import fnmatch
import glob
import json
import multiprocessing
import os
import sys
import time
import tomllib
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NoReturn, TextIO

from newsmodel import __version__, streams
from newsmodel._api import LossWarning, decode_utf8, dumps, loads, write_atomic
from newsmodel.errors import ConversionError, NewsModelError, ValidationError
from newsmodel.findings import RULES, Finding
from newsmodel.formats import FORMATS, format_for_path
from newsmodel.schema import json_schema
from newsmodel.validation import check_file, check_text, select_rules

__all__ = ["PARALLEL_THRESHOLD", "main"]

PROG = "newsmodel"
PARALLEL_THRESHOLD = 48
"""From this many files on, ``validate`` checks them in worker processes."""
PROGRESS_DELAY = 1.0
"""Seconds a run must last before the progress bar appears (on a terminal only)."""

_SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__"})
_GLOB_CHARS = frozenset("*?[")


class _UsageError(Exception):
    """A command line that cannot be run; reported in one line with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


# --------------------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsmodel`` command line and return its exit status.

    Args:
        argv: The arguments without the program name; ``None`` reads ``sys.argv[1:]``.

    Returns:
        0 when clean, 1 when findings were reported (or ``convert --strict`` would lose
        fields), 2 on a usage, configuration or I/O error.
    """
    parser = _build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except _UsageError as exc:
        _error(str(exc))
        return 2
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = args.run(args)
    except _UsageError as exc:
        _error(str(exc))
        return 2
    except ConversionError as exc:
        _error(_one_line(exc))
        return 1
    except ValidationError as exc:
        _error(_validation_line(exc))
        return 2
    except (NewsModelError, OSError) as exc:
        _error(_one_line(exc))
        return 2
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except Exception as exc:  # a bug: still one line, never a traceback
        if os.environ.get("NEWSMODEL_DEBUG"):
            raise
        _error(f"internal error, please report it: {type(exc).__name__}: {_one_line(exc)}")
        return 2
    return status


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    return " ".join(str(exc).split()) or type(exc).__name__


def _validation_line(exc: ValidationError) -> str:
    first = exc.errors[0] if exc.errors else None
    more = len(exc.errors) - 1
    text = f"{exc.source}: {first}" if first else f"{exc.source}: invalid article"
    if more > 0:
        text += f" (and {more} more; 'newsmodel validate {exc.source}' lists them all)"
    return " ".join(text.split())


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Validate and convert news article files.",
        epilog="Exit status: 0 clean, 1 findings, 2 usage or I/O error.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    v = sub.add_parser(
        "validate",
        help="check article files and print located findings",
        description="Check article files (files, directories, globs) and print one line per finding.",
    )
    v.add_argument("paths", nargs="+", metavar="PATH", help="files, directories (searched recursively) or globs; '-' reads stdin")
    v.add_argument("--select", action="append", metavar="RULES", help="comma-separated codes, prefixes (NM2), names or ALL to run instead of the default set")
    v.add_argument("--extend-select", action="append", metavar="RULES", help="rules to run on top of the selection (e.g. NM201)")
    v.add_argument("--ignore", action="append", metavar="RULES", help="rules not to run")
    v.add_argument("--exclude", action="append", metavar="PATTERN", help="glob of file names or paths to skip when searching directories")
    v.add_argument("--format", dest="output_format", choices=["text", "json", "github"], help="output format (default: text)")
    v.add_argument("--fail-on", choices=["warning", "error"], help="lowest severity that makes the exit status 1 (default: warning)")
    v.add_argument("--stdin-format", choices=sorted(FORMATS), help="format of the text read from '-' (default: sniffed)")
    v.add_argument("--config", metavar="PYPROJECT", help="read [tool.newsmodel] from this file instead of the nearest pyproject.toml")
    v.add_argument("--no-config", action="store_true", help="ignore pyproject.toml")
    v.add_argument("-j", "--jobs", type=int, metavar="N", help="worker processes for large runs (default: all cores; 1 disables)")
    v.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    v.add_argument("-q", "--quiet", action="store_true", help="do not print the summary line")
    v.set_defaults(run=_cmd_validate)

    c = sub.add_parser(
        "convert",
        help="convert an article file to another format",
        description="Read an article and write it in another format; '-' is stdin or stdout.",
    )
    c.add_argument("input", metavar="IN", help="input file, or '-' for stdin")
    c.add_argument("--to", metavar="FORMAT", choices=sorted(FORMATS), help="output format (default: from the name of OUT)")
    c.add_argument("--from", dest="from_format", metavar="FORMAT", choices=sorted(FORMATS), help="input format (default: from the name of IN, or sniffed on stdin)")
    c.add_argument("-o", "--output", metavar="OUT", help="output file (written atomically), or '-' for stdout (default)")
    c.add_argument("--strict", action="store_true", help="fail with exit status 1 instead of warning when the target format cannot carry a field")
    c.set_defaults(run=_cmd_convert)

    s = sub.add_parser("schema", help="print the JSON Schema of an article", description="Print the JSON Schema (draft 2020-12) of newsmodel JSON.")
    s.add_argument("-o", "--output", metavar="OUT", help="write to this file (atomically) instead of stdout")
    s.set_defaults(run=_cmd_schema)

    d = sub.add_parser("docs", help="write the model reference pages", description="Write the model reference (Markdown pages generated from the models) into DIR.")
    d.add_argument("directory", metavar="DIR", help="directory to write the pages to (created if missing)")
    d.add_argument("--check", action="store_true", help="write nothing; exit 1 if the pages in DIR differ from what would be written")
    d.set_defaults(run=_cmd_docs)
    return parser


# --------------------------------------------------------------------------- configuration


@dataclasses.dataclass
class _Config:
    select: list[str] | None = None
    extend_select: list[str] = dataclasses.field(default_factory=list)
    ignore: list[str] = dataclasses.field(default_factory=list)
    exclude: list[str] = dataclasses.field(default_factory=list)
    fail_on: str = "warning"
    output_format: str = "text"
    path: Path | None = None


_CONFIG_KEYS = {
    "select": "list",
    "extend-select": "list",
    "ignore": "list",
    "exclude": "list",
    "fail-on": ("warning", "error"),
    "output-format": ("text", "json", "github"),
}


def find_config(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start`` that has a ``[tool.newsmodel]`` table."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            table = _read_table(candidate)
            if table is not None:
                return candidate
    return None


def _read_table(path: Path) -> dict[str, Any] | None:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise _UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise _UsageError(f"{path}: invalid TOML: {exc}") from None
    table = data.get("tool", {}).get("newsmodel")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise _UsageError(f"{path}: [tool.newsmodel] must be a table")
    return table


def _load_config(args: argparse.Namespace) -> _Config:
    config = _Config()
    if args.no_config:
        return config
    path = Path(args.config) if args.config else find_config(Path.cwd())
    if path is None:
        return config
    table = _read_table(path)
    if args.config and table is None:
        raise _UsageError(f"{path}: no [tool.newsmodel] table")
    config.path = path
    for key, value in (table or {}).items():
        kind = _CONFIG_KEYS.get(key)
        if kind is None:
            known = ", ".join(sorted(_CONFIG_KEYS))
            raise _UsageError(f"{path}: unknown key {key!r} in [tool.newsmodel]; known keys: {known}")
        if kind == "list":
            if not (isinstance(value, list) and all(isinstance(x, str) for x in value)):
                raise _UsageError(f"{path}: [tool.newsmodel] {key} must be a list of strings")
        elif value not in kind:
            raise _UsageError(f"{path}: [tool.newsmodel] {key} must be one of {', '.join(kind)}")
        setattr(config, key.replace("-", "_"), value)
    return config


def _split(values: list[str] | None) -> list[str]:
    return [part.strip() for v in values or () for part in v.split(",") if part.strip()]


# --------------------------------------------------------------------------- validate


@dataclasses.dataclass(frozen=True)
class _Job:
    path: str
    format: str | None = None


def _cmd_validate(args: argparse.Namespace) -> int:
    config = _load_config(args)
    select = _split(args.select) if args.select else config.select
    rules = select_rules(
        select,
        ignore=[*config.ignore, *_split(args.ignore)],
        extend_select=[*config.extend_select, *_split(args.extend_select)],
    )
    output_format = args.output_format or config.output_format
    fail_on = args.fail_on or config.fail_on
    exclude = [*config.exclude, *_split(args.exclude)]

    jobs = _collect(args.paths, exclude)
    results: list[list[Finding]] = []
    io_errors: list[str] = []
    stdin_findings: list[Finding] | None = None
    if "-" in args.paths:
        text = _read_stdin()
        fmt = args.stdin_format or ("json" if text.lstrip().startswith("{") else "markdown")
        stdin_findings = check_text(text, format=fmt, source="-", rules=rules)
    for findings, err in _run(jobs, rules, args):
        results.append(findings)
        if err:
            io_errors.append(err)
    if stdin_findings is not None:
        results.append(stdin_findings)

    all_findings = [f for group in results for f in group]
    out = sys.stdout
    if output_format == "json":
        out.write(json.dumps([_finding_dict(f) for f in all_findings], indent=2, ensure_ascii=False) + "\n")
    elif output_format == "github":
        for f in all_findings:
            out.write(_github_line(f) + "\n")
    else:
        for f in all_findings:
            out.write(_text_line(f) + "\n")
    for err in io_errors:
        _error(err)
    checked = len(results)
    if output_format == "text" and not args.quiet:
        print(_summary(all_findings, checked), file=sys.stderr)
    if io_errors:
        return 2
    failing = {"warning": {"warning", "error"}, "error": {"error"}}[fail_on]
    return 1 if any(f.severity in failing for f in all_findings) else 0


def _read_stdin() -> str:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return decode_utf8(buffer.read(), "-")
    return sys.stdin.read()


def _collect(paths: Sequence[str], exclude: Sequence[str]) -> list[_Job]:
    """Expand the command-line paths into files, in a stable order, each once."""
    jobs: list[_Job] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.normpath(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            jobs.append(_Job(path))

    for arg in paths:
        if arg == "-":
            continue
        p = Path(arg)
        if p.is_dir():
            for found in _walk(p, exclude):
                add(found)
        elif p.exists():
            if not streams.is_stream_path(p):
                format_for_path(p)  # an explicit file must have a known format
            add(arg)
        elif _GLOB_CHARS & set(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise _UsageError(f"{arg}: no files match")
            for m in matches:
                if Path(m).is_dir():
                    for found in _walk(Path(m), exclude):
                        add(found)
                elif _known_format(m) and not _excluded(m, exclude):
                    add(m)
        else:
            raise _UsageError(f"{arg}: no such file or directory")
    return jobs


def _walk(root: Path, exclude: Sequence[str]) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root)
            if _known_format(name) and not _excluded(rel, exclude):
                yield path


def _known_format(name: str) -> bool:
    if streams.is_stream_path(name):
        return True
    try:
        format_for_path(name)
    except NewsModelError:
        return False
    return True


def _excluded(path: str, patterns: Sequence[str]) -> bool:
    posix = Path(path).as_posix()
    name = Path(path).name
    return any(fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(posix, pat) for pat in patterns)


def _check_job(job: _Job, rules: frozenset[str]) -> tuple[list[Finding], str | None]:
    """Check one file; an I/O problem comes back as a message, not an exception."""
    try:
        if job.format is None and streams.is_stream_path(job.path):
            return list(streams.check_stream(job.path, rules=rules, source=job.path)), None
        return check_file(job.path, format=job.format, rules=rules, source=job.path), None
    except NewsModelError as exc:
        return [], _one_line(exc)


def _check_jobs(batch: list[_Job], rules: frozenset[str]) -> list[tuple[list[Finding], str | None]]:
    return [_check_job(job, rules) for job in batch]


def _run(
    jobs: list[_Job], rules: frozenset[str], args: argparse.Namespace
) -> Iterator[tuple[list[Finding], str | None]]:
    """Check the files, in worker processes for large runs; results come in input order."""
    progress = _Progress(len(jobs), sys.stderr, enabled=not args.no_progress)
    workers = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if workers < 1:
        raise _UsageError("--jobs must be at least 1")
    try:
        if len(jobs) < PARALLEL_THRESHOLD or workers == 1:
            for job in jobs:
                yield _check_job(job, rules)
                progress.advance(1)
            return
        size = max(1, min(64, len(jobs) // (workers * 4)))
        batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
        with ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context()) as pool:
            for batch, results in zip(
                batches, pool.map(_check_jobs, batches, [rules] * len(batches)), strict=True
            ):
                yield from results
                progress.advance(len(batch))
    finally:
        progress.close()


def _mp_context() -> Any:
    # fork starts workers in milliseconds where it is the platform's own default (Linux
    # before Python 3.14); elsewhere the platform default (spawn, forkserver) is kept.
    if sys.platform == "linux" and sys.version_info < (3, 14):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


class _Progress:
    """A one-line progress bar on a terminal, shown once a run has lasted a while."""

    def __init__(self, total: int, stream: TextIO, *, enabled: bool = True) -> None:
        isatty = getattr(stream, "isatty", None)
        self.enabled = enabled and total > 1 and callable(isatty) and bool(isatty())
        self.total = total
        self.done = 0
        self.stream = stream
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def advance(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.start < PROGRESS_DELAY or now - self.last < 0.1:
            return
        self.last = now
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} files")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _text_line(f: Finding) -> str:
    message = " ".join(f.message.split())
    return f"{f.source}:{f.line or 1}:{f.column or 1}: {f.code} {message}"


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "file": f.source,
        "line": f.line,
        "column": f.column,
        "code": f.code,
        "rule": RULES[f.code].name if f.code in RULES else None,
        "severity": f.severity,
        "message": f.message,
        "path": f.path,
    }


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def _github_line(f: Finding) -> str:
    """A GitHub Actions workflow command that annotates the file at the finding."""
    level = "error" if f.severity == "error" else "warning"
    name = RULES[f.code].name if f.code in RULES else f.code
    props = [f"file={_gh_prop(f.source)}", f"line={f.line or 1}", f"col={f.column or 1}"]
    props.append(f"title={_gh_prop(f'{f.code} {name}')}")
    return f"::{level} {','.join(props)}::{_gh_data(f.message)}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(findings: list[Finding], checked: int) -> str:
    if not findings:
        return f"Checked {_plural(checked, 'file')}: no findings."
    errors = sum(1 for f in findings if f.severity == "error")
    files = len({f.source for f in findings})
    return (
        f"Found {_plural(len(findings), 'finding')} ({_plural(errors, 'error')}, "
        f"{_plural(len(findings) - errors, 'warning')}) in {_plural(files, 'file')}; "
        f"checked {_plural(checked, 'file')}."
    )


# --------------------------------------------------------------------------- convert


def _cmd_convert(args: argparse.Namespace) -> int:
    out = args.output
    to = args.to
    into_stream = out not in (None, "-") and streams.is_stream_path(out)
    if (args.input != "-" and streams.is_stream_path(args.input)) or into_stream:
        return _convert_stream(args, into_stream)
    if to is None:
        if out is None or out == "-":
            raise _UsageError(f"{PROG} convert: give --to FORMAT (or an output file name with a known suffix)")
        to = format_for_path(out)
    if args.input == "-":
        text = _read_stdin()
        source = "<stdin>"
        fmt = args.from_format or ("json" if text.lstrip().startswith("{") else "markdown")
    else:
        fmt = args.from_format or format_for_path(args.input)
        source = args.input
        try:
            data = Path(args.input).read_bytes()
        except OSError as exc:
            raise _UsageError(f"{args.input}: cannot read: {exc.strerror or exc}") from None
        text = decode_utf8(data, source)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LossWarning)
        article = loads(text, fmt, source=source)
        read_losses = [w for w in caught if issubclass(w.category, LossWarning)]
        if read_losses and args.strict:
            # Reading already dropped something (a time without a zone...): fail before writing.
            raise ConversionError(fmt, [" ".join(str(w.message).split()) for w in read_losses])
        result = dumps(article, to, strict=args.strict)
    for w in caught:
        if issubclass(w.category, LossWarning):
            print(f"{PROG}: warning: {' '.join(str(w.message).split())}", file=sys.stderr)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    if out is None or out == "-":
        sys.stdout.write(result)
        sys.stdout.flush()
    else:
        write_atomic(Path(out), result)
    return 0


def _convert_stream(args: argparse.Namespace, into_stream: bool) -> int:
    """JSON Lines in or out: shard -> shard (re-validated, (de)compressed), file -> shard, shard -> stdout."""
    src = args.input
    if src != "-" and streams.is_stream_path(src):
        articles: Iterator[Any] = streams.iter_load(src)
    else:
        text = _read_stdin() if src == "-" else decode_utf8(_read_input(src), src)
        fmt = args.from_format or (format_for_path(src) if src != "-" else "json")
        articles = iter([loads(text, fmt, source=src)])
    if into_stream:
        count = streams.dump_many(articles, args.output)
        print(f"{PROG}: wrote {_plural(count, 'article')} to {args.output}", file=sys.stderr)
        return 0
    if args.to not in (None, "json"):
        raise _UsageError(f"{PROG} convert: a JSON Lines input is written as JSON Lines; "
                          "give -o NAME.jsonl[.gz], or --to json for lines on stdout")
    for article in articles:
        sys.stdout.write(streams.dumps_line(article))
    sys.stdout.flush()
    return 0


def _read_input(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None


# --------------------------------------------------------------------------- schema, docs


def _cmd_schema(args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.output is None or args.output == "-":
        sys.stdout.write(text)
    else:
        write_atomic(Path(args.output), text)
    return 0


def _cmd_docs(args: argparse.Namespace) -> int:
    from newsmodel import docgen

    directory = Path(args.directory)
    if args.check:
        stale = docgen.check(directory)
        if stale:
            _error(
                f"the model reference in {directory} is stale ({', '.join(stale)}); "
                f"run '{PROG} docs {directory}'"
            )
            return 1
        print(f"{directory}: the model reference is up to date", file=sys.stderr)
        return 0
    written = docgen.write(directory)
    print(f"{directory}: wrote {_plural(len(written), 'page')}", file=sys.stderr)
    return 0
