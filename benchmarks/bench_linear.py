"""Linear time on adversarial input: every parser at size n and 10n, and the ratio of the times.

Run from the repository root::

    python benchmarks/bench_linear.py                 # every parser, every pattern
    python benchmarks/bench_linear.py --n 20000       # a larger base size
    python benchmarks/bench_linear.py --only markdown --only json

For each parser (markdown, json, jsonld, ninjs, frontmatter, jsonl, and the text helpers
parse_byline, parse_date, parse_dateline, extract_quotes) and each adversarial pattern
(long runs of ``* [ > ` \\ " “``, nested brackets, many blank lines, a very long line, a
long word...), the input is built at size n and 10n and parsed; the time is the best of a
few runs. The goal (issue 9): 10x the input within 12x the time. A run that takes longer
than ``--limit`` seconds is stopped and reported as such (a ratio of at least limit/t(n)).
A parse that fails with a NewsModelError is timed like a success: rejecting bad input
must be linear too.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import newsmodel as nm
from newsmodel.errors import NewsModelError

GOAL = 12.0

# Each pattern maps a size to a string of about that many characters.
PATTERNS: dict[str, Callable[[int], str]] = {
    "*": lambda n: "*" * n,
    "[": lambda n: "[" * n,
    ">": lambda n: ">" * n,
    "`": lambda n: "`" * n,
    "\\": lambda n: "\\" * n,
    '"': lambda n: '"' * n,
    "\u201c": lambda n: "\u201c" * n,
    "_a": lambda n: "_a" * (n // 2),
    "*a ": lambda n: "*a " * (n // 3),
    "[a](": lambda n: "[a](" * (n // 4),
    "<b>": lambda n: "<b>x" * (n // 4),
    "&amp;": lambda n: "&amp;" * (n // 5),
    "nested []": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "nested ()": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "nested “”": lambda n: "\u201c" * (n // 2) + "\u201d" * (n // 2),
    "blank lines": lambda n: "a" + "\n" * n + "b",
    "long line": lambda n: "word " * (n // 5),
    "long word": lambda n: "x" * n,
    "digits": lambda n: "1" * n,
    "By and": lambda n: "By " + "A and " * (n // 6),
    "spaces": lambda n: "a" + " " * n + "b",
    # For the HTML reader's look at what a page shows: nested and repeated byline and date
    # elements, labels and headlines.
    "nested byline": lambda n: '<div class="byline">' * (n // 40) + "By Ann Lee" + "</div>" * (n // 40),
    "many authors": lambda n: '<span class="author">By Ann Lee</span>' * (n // 36),
    "many dates": lambda n: '<p><time>3 May 2025</time> <b>Date</b> 3.5.2025</p>' * (n // 52),
    "nested h1": lambda n: "<h1>" * (n // 8) + "T" + "</h1>" * (n // 8),
}

BASE_MD = "# Title\n\nBy Jane Roe\n\nJuly 28, 2021\n\n{body}\n\nOriginal url:\n\n<https://example.com/a>\n"


def _md(p: str) -> str:
    return BASE_MD.format(body=p)


def _json(p: str) -> str:
    return json.dumps({"title": "T", "body": [{"type": "paragraph", "text": p}]})


def _jsonld(p: str) -> str:
    return json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "T",
                       "author": {"@type": "Person", "name": p[:200]}, "articleBody": p})


def _ninjs(p: str) -> str:
    return json.dumps({"headlines": [{"role": "main", "value": "T"}],
                       "bodies": [{"role": "main", "contentType": "text/html", "value": f"<p>{p}</p>"}]})


def _frontmatter(p: str) -> str:
    return "---\ntitle: T\n---\n\n" + p + "\n"


def _jsonl(p: str) -> str:
    line = json.dumps({"title": "T", "body": [{"type": "paragraph", "text": p[:1000]}]})
    return "\n".join([line] * max(1, len(p) // 1000))


def _loads(fmt: str, build: Callable[[str], str]) -> tuple[Callable[[str], str], Callable[[str], Any]]:
    return build, lambda text: nm.loads(text, fmt)


def _html(p: str) -> str:
    return f"<html><head><title>T</title></head><body><article><h1>T</h1>{p}</article></body></html>"


def _article(p: str) -> nm.Article:
    return nm.Article(title="T", body=[nm.Paragraph(text=p)])


PARSERS: dict[str, tuple[Callable[[str], Any], Callable[[Any], Any]]] = {
    "markdown": _loads("markdown", _md),
    "json": _loads("json", _json),
    "jsonld": _loads("jsonld", _jsonld),
    "ninjs": _loads("ninjs", _ninjs),
    "frontmatter": _loads("frontmatter", _frontmatter),
    "jsonl": (_jsonl, lambda text: list(nm.iter_loads(text))),
    "html": _loads("html", _html),
    "parse_byline": (lambda p: p, nm.parse_byline),
    "parse_date": (lambda p: p, nm.parse_date),
    "parse_dateline": (lambda p: p + " \u2014 The story begins.", nm.parse_dateline),
    "extract_quotes": (_article, nm.extract_quotes),
}


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def _limit(seconds: float) -> Iterator[None]:
    def fire(signum: int, frame: object) -> None:
        raise _Timeout

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _time(fn: Callable[[Any], Any], arg: Any, repeat: int, limit: float) -> float | None:
    """Best time of ``repeat`` runs, or None when one run passes ``limit`` seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            # Rejecting bad input is timed like reading good input.
            with _limit(limit), contextlib.suppress(NewsModelError, ValueError):
                fn(arg)
        except _Timeout:
            return None
        best = min(best, time.perf_counter() - start)
    return best


def measure(parser: str, pattern: str, n: int, repeat: int, limit: float) -> tuple[float | None, float | None]:
    build, run = PARSERS[parser]
    make = PATTERNS[pattern]
    small, big = build(make(n)), build(make(10 * n))
    with contextlib.suppress(NewsModelError, ValueError):
        run(build(make(10)))  # warm up imports and caches
    return _time(run, small, repeat, limit), _time(run, big, max(1, repeat - 1), limit)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="base size in characters (default 10,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best counts")
    parser.add_argument("--limit", type=float, default=30.0, help="seconds before a run counts as stalled")
    parser.add_argument("--only", action="append", choices=sorted(PARSERS), help="parsers to run")
    parser.add_argument("--pattern", action="append", choices=sorted(PATTERNS), help="patterns to run")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(10_000)

    n = args.n
    print(f"n = {n:,} characters; 10x the input should take at most {GOAL:g}x the time\n")
    print(f"{'parser':<15}{'pattern':<13}{'t(n)':>10}{'t(10n)':>11}{'ratio':>9}  verdict")
    failures = 0
    worst: dict[str, float] = {}
    for name in args.only or PARSERS:
        for pattern in args.pattern or PATTERNS:
            t1, t10 = measure(name, pattern, n, args.repeat, args.limit)
            if t1 is None or t10 is None:
                shown = "stalled"
                ratio = float("inf")
                verdict = f"STALLED (> {args.limit:g} s)"
            else:
                # Below a millisecond the clock and the fixed costs dominate: compare
                # against 1 ms so that noise on tiny inputs does not count as growth.
                ratio = t10 / max(t1, 1e-3)
                shown = f"{ratio:.1f}x"
                verdict = "ok" if ratio <= GOAL else "SUPERLINEAR"
            failures += verdict != "ok"
            worst[name] = max(worst.get(name, 0.0), ratio)
            f1 = "-" if t1 is None else f"{t1 * 1e3:.1f} ms"
            f10 = "-" if t10 is None else f"{t10 * 1e3:.1f} ms"
            print(f"{name:<15}{pattern:<13}{f1:>10}{f10:>11}{shown:>9}  {verdict}", flush=True)
    print("\nworst ratio per parser: " + ", ".join(f"{k} {v:.1f}x" for k, v in worst.items()))
    runs = len(args.only or PARSERS) * len(args.pattern or PATTERNS)
    print(f"{failures} of {runs} runs over the {GOAL:g}x goal")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
