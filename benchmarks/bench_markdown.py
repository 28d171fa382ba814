"""Benchmark: parse the example and the whole corpus with the Markdown article reader.

Prints microseconds per article for ``newsmodel.formats.markdown.loads`` and for
``MarkdownIt("commonmark").parse()`` on the same texts in the same run, and their ratio;
then the time per kilobyte for the corpus repeated 1, 2, 4 and 8 times in one file, to
show that parse time grows linearly with input size.

Run: python benchmarks/bench_markdown.py [--rounds N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from markdown_it import MarkdownIt

from newsmodel.formats import markdown as md

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "moscow-times-tajikistan.md"
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"
FIXTURES = ROOT / "tests" / "fixtures" / "markdown"


def _texts() -> list[str]:
    paths = [EXAMPLE]
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.md"))
    else:
        paths += sorted(p for p in FIXTURES.glob("*.md") if p.name != "README.md")
    return [p.read_text(encoding="utf-8") for p in paths]


def _best(fn: object, texts: list[str], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)  # type: ignore[operator]
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    texts = _texts()
    mdi = MarkdownIt("commonmark")
    # warm up both (imports, caches)
    for t in texts:
        md.loads(t)
        mdi.parse(t)
    ours = _best(md.loads, texts, args.rounds)
    base = _best(mdi.parse, texts, args.rounds)
    n = len(texts)
    kb = sum(len(t.encode()) for t in texts) / 1024
    print(f"articles: {n} ({kb:.0f} KiB)")
    print(f"newsmodel markdown loads : {ours / n * 1e6:9.1f} us/article")
    print(f"MarkdownIt('commonmark') : {base / n * 1e6:9.1f} us/article")
    print(f"ratio (markdown-it / ours): {base / ours:.1f}x faster")
    dumps_t = _best(lambda t: md.dumps(md.loads(t)), texts, max(1, args.rounds // 2))
    print(f"loads + dumps (unchanged) : {dumps_t / n * 1e6:9.1f} us/article")
    # Linearity: one long file made of the corpus bodies repeated k times.
    body = "\n\n".join(t.split("\n\n", 3)[-1].rsplit("Original url:", 1)[0] for t in texts)
    for k in (1, 2, 4, 8):
        doc = "\n\n# Title\n\n" + "\n\n".join([body] * k)
        size = len(doc.encode()) / 1024
        t = _best(md.loads, [doc], 3)
        print(f"size x{k}: {size:8.0f} KiB  {t * 1e3:8.1f} ms  {t / size * 1e6:6.1f} us/KiB")


if __name__ == "__main__":
    main()
