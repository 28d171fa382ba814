"""Coverage-guided fuzzing of every reader with atheris (optional; exits cleanly without it).

Run from the repository root::

    pip install atheris
    python fuzz/atheris_harness.py --seconds 300            # every format, 5 minutes
    python fuzz/atheris_harness.py --seconds 60 --format ninjs

The first input byte picks the format (unless ``--format`` is given); the rest is the
document, decoded as UTF-8 with ``surrogateescape`` so every byte string is a text. The
property is the one of tests/test_fuzz.py: the only exceptions that may escape are
NewsModelErrors, and each carries a location (a line for a ParseError, a JSON path for
every failure of a ValidationError). Anything else is a crash that atheris saves as
``crash-*`` for replay (``python fuzz/atheris_harness.py crash-...``). The seed corpus is
``tests/fixtures/markdown/*.md`` and the same articles converted to the other formats.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from pathlib import Path

import newsmodel as nm
from newsmodel.errors import NewsModelError, ParseError, ValidationError
from newsmodel.formats import get_format

FORMATS = ("json", "markdown", "jsonld", "ninjs", "frontmatter")
ROOT = Path(__file__).resolve().parent.parent


def check_one(data: bytes, fmt: str | None = None) -> None:
    """Read ``data`` in one format; raise AssertionError if the property breaks."""
    if fmt is None:
        if not data:
            return
        fmt, data = FORMATS[data[0] % len(FORMATS)], data[1:]
    text = data.decode("utf-8", "surrogateescape")
    try:
        get_format(fmt).loads(text, source="atheris")
    except ParseError as exc:
        if exc.line is None:
            raise AssertionError(f"ParseError without a line: {exc}") from exc
    except ValidationError as exc:
        if not exc.errors or not all(d.path.startswith("$") for d in exc.errors):
            raise AssertionError(f"ValidationError without paths: {exc}") from exc
    except NewsModelError:
        pass


def _seed_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="newsmodel-seeds-"))
    md = sorted((ROOT / "tests" / "fixtures" / "markdown").glob("*.md"))
    for i, path in enumerate(p for p in md if p.name != "README.md"):
        text = path.read_text(encoding="utf-8")
        article = nm.loads(text, "markdown")
        for k, fmt in enumerate(FORMATS):
            body = text if fmt == "markdown" else nm.dumps(article, fmt)
            (folder / f"{i}-{fmt}").write_bytes(bytes([k]) + body.encode("utf-8"))
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long to fuzz (default 60)")
    parser.add_argument("--format", choices=FORMATS, help="fuzz one format only")
    args, rest = parser.parse_known_args(argv)
    try:
        import atheris  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        print("atheris is not installed (pip install atheris); nothing to do", file=sys.stderr)
        return 0
    warnings.simplefilter("ignore")
    fmt = args.format

    def target(data: bytes) -> None:
        check_one(data, fmt)

    atheris.instrument_all()
    corpus = [] if any(not a.startswith("-") for a in rest) else [str(_seed_dir())]
    atheris.Setup([sys.argv[0], f"-max_total_time={args.seconds}", "-timeout=10", *rest, *corpus], target)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
