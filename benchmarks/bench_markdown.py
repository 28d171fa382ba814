"""Benchmark: parse the example and the whole corpus with the Markdown article reader.

Prints microseconds per article for ``newsmodel.formats.markdown.loads`` and for
``MarkdownIt("commonmark").parse()`` on the same texts in the same run, and their ratio;
then the time per KiB for the corpus bodies repeated 1, 2, 4, 8 and 16 times in one file, to
show that parse time grows linearly with input size (and the same with Python's cyclic
garbage collector paused, which shows how much of any creep is the collector walking the
model objects of one huge article: four tracked objects per paragraph, all made by pydantic).

Honest figures: the reader's caches (the byline-kind cache in ``_helpers``) are cleared
before every timed round, so no round profits from the rounds before it. Rounds of the
two parsers alternate, so that load on a shared machine falls on both alike; the best
round of each is compared (and the medians are printed too).

Run: python benchmarks/bench_markdown.py [--rounds N]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt

from newsmodel.formats import markdown as md
from newsmodel.formats.markdown._helpers import clear_caches

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "moscow-times-tajikistan.md"
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
FIXTURES = ROOT / "tests" / "fixtures" / "markdown"


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def _texts() -> list[str]:
    paths = [EXAMPLE]
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.md"))
    else:
        paths += sorted(p for p in FIXTURES.glob("*.md") if p.name != "README.md")
    return [_read(p) for p in paths]


def _round(fn: Callable[[str], object], texts: list[str]) -> float:
    clear_caches()
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def _dump_round(texts: list[str]) -> float:
    clear_caches()
    t0 = time.perf_counter()
    for t in texts:
        md.dumps(md.loads(t))
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=9)
    args = ap.parse_args()
    texts = _texts()
    mdi = MarkdownIt("commonmark")
    for t in texts:  # warm up both (imports, compiled patterns)
        md.loads(t)
        mdi.parse(t)
    ours: list[float] = []
    base: list[float] = []
    for _ in range(args.rounds):
        ours.append(_round(md.loads, texts))
        base.append(_round(mdi.parse, texts))
    n = len(texts)
    kib = sum(len(t.encode()) for t in texts) / 1024
    us = 1e6 / n
    print(f"articles: {n} ({kib:.0f} KiB), {args.rounds} rounds, caches cleared before each")
    print(f"newsmodel markdown loads  : best {min(ours) * us:7.1f}  median {statistics.median(ours) * us:7.1f} us/article")
    print(f"MarkdownIt('commonmark')  : best {min(base) * us:7.1f}  median {statistics.median(base) * us:7.1f} us/article")
    print(
        f"ratio (markdown-it / ours): best {min(base) / min(ours):.1f}x  "
        f"median {statistics.median(base) / statistics.median(ours):.1f}x faster"
    )
    dumps_t = min(_dump_round(texts) for _ in range(max(1, args.rounds // 3)))
    print(f"loads + dumps (unchanged) : best {dumps_t * us:7.1f} us/article")
    # Linearity: one long file made of the corpus bodies repeated k times.
    body = "\n\n".join(t.split("\n\n", 3)[-1].rsplit("Original url:", 1)[0] for t in texts)
    print("linearity (one file of the corpus bodies repeated k times, best of 3;")
    print("           last column: the same with Python's cyclic GC paused during the call):")
    first = first_nogc = 0.0
    for k in (1, 2, 4, 8, 16):
        doc = "\n\n# Title\n\n" + "\n\n".join([body] * k)
        size = len(doc.encode()) / 1024
        secs = min(_round(md.loads, [doc]) for _ in range(3))
        per = secs / size * 1e6
        first = first or per
        gc.disable()
        try:
            t2 = min(_round(md.loads, [doc]) for _ in range(3))
        finally:
            gc.enable()
        per2 = t2 / size * 1e6
        first_nogc = first_nogc or per2
        print(
            f"  x{k}: {size:8.0f} KiB  {secs * 1e3:8.1f} ms  {per:6.1f} us/KiB  ({per / first:.2f} of x1)"
            f"   no GC: {per2:6.1f} us/KiB ({per2 / first_nogc:.2f} of x1)"
        )


if __name__ == "__main__":
    main()
