"""How well the HTML reader's last resort reads the byline and date a page shows.

Run: ``python benchmarks/bench_html_visible.py [--misses]`` (needs the ``html`` extra).

Two measures:

1. **Real pages**: ``tests/fixtures/html/visible/``, excerpts of publisher pages saved by
   the trafilatura project (the article header, plus other author-classed elements of the
   page), with the authors and dates a person reads on them (``labels.json``). Each is read
   with ``loads(..., format="html")``; the excerpts carry no metadata, so what comes out
   is what the fallback found. Printed: pages whose author names are exactly right (names
   in order), whose published day is right, and the share of each.
2. **Scraped byline elements as markup**: every string of the scraped-element held-out sets
   (the byline element's text, one line per child element) is put back into a page as a
   ``<div class="byline">`` with a ``<div>`` per line inside an ``<article>``; the reader
   must find it and give the labeled bylines. Printed beside ``parse_byline`` on the bare
   string, to show what the HTML path adds or loses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import newsmodel as nm
from newsmodel.text import parse_byline

ROOT = Path(__file__).resolve().parent.parent
VISIBLE = ROOT / "tests" / "fixtures" / "html" / "visible"
# The batches in the order they were labeled: visible (tuned in round 1), visible2 (labeled
# before round 2), visible3 (before round 3), visible4 and visible5 (Mozilla Readability's
# test pages, before round 4), visible6 (left-over pages, measured after round 5 and kept
# unseen), visible7 and visible8 (newspaper4k's test pages, labeled before round 6).
BATCHES = tuple(
    sorted(
        (p for p in VISIBLE.parent.glob("visible*") if (p / "labels.json").is_file()),
        key=lambda p: int(p.name.removeprefix("visible") or 1),
    )
)
LABELS = ROOT / "tests" / "labels"
# The held-out sets whose bylines are scraped byline elements, not clean strings.
SCRAPED_SETS = (
    "heldout21", "heldout23", "heldout24", "heldout25", "heldout26", "heldout28", "heldout29",
    "heldout31", "heldout33",
)  # fmt: skip
_FIELDS = ("name", "kind", "role", "affiliation", "email")


def _page(fragment: str) -> str:
    if "<html" in fragment.lower():
        return fragment
    return f"<!doctype html><html><head><title>Excerpt</title></head><body>{fragment}</body></html>"


def _day(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return None


@dataclass
class PageScore:
    """What the reader got right on one folder of excerpts (``tests/fixtures/html/visible*``)."""

    pages: int = 0
    authors_right: int = 0
    with_date: int = 0
    dates_right: int = 0
    misses: list[str] = field(default_factory=list)
    seconds: float = 0.0  # the second, warm pass over the pages


def score_pages(folder: Path) -> PageScore:
    """Read every excerpt of ``folder`` and compare with its ``labels.json``.

    Authors are right when the names, in order, are the labeled ones; the published date
    when its day is the labeled one. The pages are read twice and the second pass timed.
    """
    rows: list[dict[str, Any]] = json.loads((folder / "labels.json").read_text("utf-8"))
    pages = [_page((folder / row["file"]).read_text("utf-8")) for row in rows]
    for page in pages:  # a first pass loads the place list and warms the caches
        nm.loads(page, format="html")
    score = PageScore(pages=len(rows))
    for row, page in zip(rows, pages, strict=True):
        start = time.perf_counter()
        article = nm.loads(page, format="html")
        score.seconds += time.perf_counter() - start
        got = [b.name for b in article.bylines]
        if got == row["authors"]:
            score.authors_right += 1
        else:
            score.misses.append(f"  {row['file']}: authors {got} want {row['authors']}")
        if row.get("published"):
            score.with_date += 1
            want = str(row["published"])[:10]
            if _day(article.published) == want:
                score.dates_right += 1
            else:
                score.misses.append(f"  {row['file']}: published {article.published} want {want}")
    return score


def real_pages(misses: bool, folder: Path = VISIBLE) -> dict[str, float]:
    if not (folder / "labels.json").is_file():
        print(f"no real excerpts ({folder / 'labels.json'})")
        return {}
    score = score_pages(folder)
    if misses and score.misses:
        print("\n".join(score.misses))
    n = score.pages
    return {
        "pages": n,
        "authors_exact": score.authors_right / n if n else 0.0,
        "pages_with_date": score.with_date,
        "published_day_right": score.dates_right / score.with_date if score.with_date else 0.0,
        "us_per_page_warm": score.seconds / n * 1e6 if n else 0.0,
    }


def _as_markup(text: str) -> str:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    inner = "".join(f"<div>{html.escape(line)}</div>" for line in lines)
    return (
        "<!doctype html><html><head><title>t</title></head><body><article><h1>Headline</h1>"
        f'<div class="byline">{inner}</div><p>Body text.</p></article></body></html>'
    )


def scraped_as_markup(misses: bool) -> dict[str, float]:
    rows: list[dict[str, Any]] = []
    for name in SCRAPED_SETS:
        path = LABELS / name / "bylines.json"
        if path.is_file():
            rows += json.loads(path.read_text("utf-8"))
    page_right = bare_right = agree = 0
    for row in rows:
        want = [tuple(e.get(f) for f in _FIELDS) for e in row["expected"]]
        article = nm.loads(_as_markup(row["text"]), format="html")
        got = [tuple(getattr(b, f) for f in _FIELDS) for b in article.bylines]
        bare = [tuple(getattr(b, f) for f in _FIELDS) for b in parse_byline(row["text"])]
        page_right += got == want
        bare_right += bare == want
        agree += got == bare
        if misses and got != want and bare == want:
            print(f"  lost in markup: {row['text']!r}\n    got {got}\n    want {want}")
    n = len(rows)
    return {
        "strings": n,
        "exact_from_page": page_right / n if n else 0.0,
        "exact_parse_byline": bare_right / n if n else 0.0,
        "same_as_parse_byline": agree,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list what came out wrong")
    parser.add_argument(
        "--batch", action="append", help="only these excerpt folders (visible, visible2, ...)"
    )
    args = parser.parse_args(argv)
    for folder in BATCHES:
        if args.batch and folder.name not in args.batch:
            continue
        print(f"== real page excerpts ({folder.relative_to(ROOT)})")
        for key, value in real_pages(args.misses, folder).items():
            print(f"{key:24} {value:.3f}" if isinstance(value, float) else f"{key:24} {value}")
    print("== scraped byline elements as markup (" + ", ".join(SCRAPED_SETS) + ")")
    for key, value in scraped_as_markup(args.misses).items():
        print(f"{key:24} {value:.3f}" if isinstance(value, float) else f"{key:24} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
