"""Scale benchmark: every figure printed beside a baseline measured in the same run.

Run from the repository root::

    python benchmarks/bench_scale.py            # full: 20,000 files, a 1 GB JSON Lines file
    python benchmarks/bench_scale.py --quick    # 2,000 files, 64 MB
    python benchmarks/bench_scale.py --files 5000 --size 256

Sections:

1. JSON load and dump (``nm.loads`` / ``nm.dumps``) against bare pydantic
   ``model_validate_json`` / ``model_dump_json`` of a *plain* model with the same fields
   and constraints but no custom validators, no cross-field checks and no
   ``validate_assignment`` (goal: within 1.3x). ``Article.model_*`` directly is shown too,
   to tell the cost of the entry point from the cost of the model.
2. Markdown parse (``nm.loads(text, "markdown")``) against
   ``MarkdownIt("commonmark").parse(text)`` on the example file and the corpus (goal: 5x faster).
3. ``newsmodel validate`` over N generated files on all cores (files/second), and the
   share of time in I/O, parsing and rules, measured on one core over a sample.
4. Peak memory (max RSS, in a fresh subprocess) streaming a generated JSON Lines file
   through ``iter_load`` against the same process before streaming (goal: under 200 MB).

Figures depend on the machine; the script prints the Python, pydantic and CPU count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Annotated, Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field, JsonValue

import newsmodel as nm

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "moscow-times-tajikistan.md"
CORPUS = SHARED / "corpus" / "articles"

# ----------------------------------------------------------------------------- the plain model

_PLAIN = ConfigDict(extra="forbid")


class PMark(BaseModel):
    model_config = _PLAIN
    kind: Literal["emphasis", "strong", "code", "link", "strikethrough"]
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    url: str | None = None
    title: str | None = None


class PParagraph(BaseModel):
    model_config = _PLAIN
    text: str
    marks: list[PMark] = Field(default_factory=list)
    type: Literal["paragraph"] = "paragraph"


class PHeading(BaseModel):
    model_config = _PLAIN
    text: str
    marks: list[PMark] = Field(default_factory=list)
    type: Literal["heading"] = "heading"
    level: int = Field(default=2, ge=1, le=6)


class PImageBlock(BaseModel):
    model_config = _PLAIN
    type: Literal["image"] = "image"
    image: int = Field(ge=0)


class PRelatedLink(BaseModel):
    model_config = _PLAIN
    type: Literal["related"] = "related"
    title: str
    url: str
    label: str = "Related article"


class PBlockQuote(BaseModel):
    model_config = _PLAIN
    type: Literal["blockquote"] = "blockquote"
    paragraphs: list[PParagraph] = Field(default_factory=list)


class PListItem(BaseModel):
    model_config = _PLAIN
    text: str
    marks: list[PMark] = Field(default_factory=list)
    items: list[PListItem] = Field(default_factory=list)


class PListBlock(BaseModel):
    model_config = _PLAIN
    type: Literal["list"] = "list"
    ordered: bool = False
    start: int | None = Field(default=None, ge=0)
    items: list[PListItem] = Field(default_factory=list)


class PRawBlock(BaseModel):
    model_config = _PLAIN
    type: Literal["raw"] = "raw"
    text: str
    format: str | None = None


PBlock = Annotated[
    PParagraph | PHeading | PImageBlock | PRelatedLink | PBlockQuote | PListBlock | PRawBlock,
    Field(discriminator="type"),
]


class PByline(BaseModel):
    model_config = _PLAIN
    name: str = Field(min_length=1)
    kind: Literal["person", "organization"] = "person"
    role: str | None = None
    url: str | None = None
    affiliation: str | None = None
    email: str | None = None


class PCaption(BaseModel):
    model_config = _PLAIN
    text: str = ""
    credit: str | None = None


class PImage(BaseModel):
    model_config = _PLAIN
    src: str | None = None
    alt: str | None = None
    width: int | None = Field(default=None, ge=1)
    height: int | None = Field(default=None, ge=1)
    caption: PCaption | None = None


class PSourceLink(BaseModel):
    model_config = _PLAIN
    url: str
    text: str | None = None
    rel: Literal["original", "canonical", "related", "inline", "citation", "source", "other"] = "inline"
    position: int | None = Field(default=None, ge=0)


class PTextPosition(BaseModel):
    model_config = _PLAIN
    paragraph: int = Field(ge=0)
    offset: int = Field(ge=0)


class PQuote(BaseModel):
    model_config = _PLAIN
    text: str
    speaker: str | None = None
    verb: str | None = None
    kind: Literal["full", "partial", "scare"] = "full"
    start: PTextPosition | None = None
    end: PTextPosition | None = None


class PDateline(BaseModel):
    model_config = _PLAIN
    text: str
    places: list[str] = Field(default_factory=list)
    date: str | None = None
    agency: str | None = None
    rest: str | None = None


class PlainArticle(BaseModel):
    """Same fields and constraints as Article; pydantic's own date types, no validators."""

    model_config = _PLAIN
    schema_version: Literal["1.0"] = "1.0"
    title: str
    subtitle: str | None = None
    bylines: list[PByline] = Field(default_factory=list)
    published: dt.datetime | dt.date | None = None
    modified: dt.datetime | dt.date | None = None
    dateline: PDateline | None = None
    language: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
    url: str | None = None
    publisher: str | None = None
    section: str | None = None
    keywords: list[str] = Field(default_factory=list)
    images: list[PImage] = Field(default_factory=list)
    body: list[PBlock] = Field(default_factory=list)
    links: list[PSourceLink] = Field(default_factory=list)
    quotes: list[PQuote] = Field(default_factory=list)
    extra: dict[str, JsonValue] = Field(default_factory=dict)


# ----------------------------------------------------------------------------- helpers


def best(fn: Callable[[], object], *, repeat: int, number: int) -> float:
    """Best time of one call, in seconds (min over ``repeat`` runs of ``number`` calls)."""
    return min(timeit.repeat(fn, repeat=repeat, number=number)) / number


def _dump_nl(model: pydantic.BaseModel) -> str:
    return model.model_dump_json(indent=2) + "\n"


def _each(fn: Callable[[str], object], items: list[str]) -> None:
    for item in items:
        fn(item)


def ratio_line(label: str, ours: float, base: float, unit: str = "µs", goal: str = "") -> str:
    scale = 1e6 if unit == "µs" else 1e3
    r = ours / base if base else float("inf")
    return f"  {label:<44} {ours * scale:10.1f} {unit}  baseline {base * scale:10.1f} {unit}  ratio {r:5.2f}x  {goal}"


def generated_article(i: int, rng: random.Random) -> nm.Article:
    """A realistic article: 3 bylines, 2 images, 14 paragraphs with marks, links, quotes."""
    words = ["market", "minister", "said", "on", "Tuesday", "the", "government", "report",
             "Gemeinde", "président", "города", "投资", "growth", "percent", "港口", "election"]

    def sentence(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    paras = []
    for _ in range(14):
        text = " ".join(sentence(rng.randint(8, 20)) for _ in range(rng.randint(2, 4)))
        marks = [nm.Mark(kind="link", start=0, end=5, url=f"https://example.com/ref/{i}")]
        paras.append(nm.Paragraph(text=text, marks=marks))
    body: list[Any] = [paras[0], nm.ImageBlock(image=1), *paras[1:7],
                       nm.Heading(text=sentence(5)), *paras[7:],
                       nm.RelatedLink(title=sentence(6), url=f"https://example.com/rel/{i}")]
    tz = dt.timezone(dt.timedelta(hours=rng.choice([-5, 0, 1, 2, 9])))
    published = dt.datetime(2024, 1, 1, 8, 0, tzinfo=tz) + dt.timedelta(hours=i)
    return nm.Article(
        title=f"{sentence(8)} ({i})",
        subtitle=sentence(20),
        bylines=[nm.Byline(name="Jane Doe", role="Staff Writer"),
                 nm.Byline(name="John Roe"), nm.Byline(name="AFP", kind="organization")],
        published=published,
        modified=published + dt.timedelta(hours=3),
        language="en",
        url=f"https://news.example.com/2024/{i}",
        publisher="Example News",
        section="World",
        keywords=["economy", "politics", "asia"],
        images=[nm.Image(src=f"https://img.example.com/{i}/{k}.jpg", alt=sentence(5),
                         width=1200, height=800,
                         caption=nm.Caption(text=sentence(10), credit="Reuters"))
                for k in range(2)],
        body=body,
        links=[nm.SourceLink(url=f"https://news.example.com/2024/{i}", rel="original")],
        quotes=[nm.Quote(text=sentence(10), speaker="the minister", verb="said",
                         start=nm.TextPosition(paragraph=2, offset=0),
                         end=nm.TextPosition(paragraph=2, offset=10))],
    )


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.md")) if CORPUS.is_dir() else []


# ----------------------------------------------------------------------------- 1. JSON


def bench_json(quick: bool) -> None:
    print("1. JSON load and dump vs bare pydantic on the same payload (goal: within 1.3x)")
    payloads: list[tuple[str, str]] = []
    rng = random.Random(1)
    payloads.append(("generated article (14 paragraphs)", nm.dumps(generated_article(0, rng))))
    if EXAMPLE.is_file():
        payloads.append(("example article (from Markdown)", nm.dumps(nm.load(EXAMPLE))))
    corpus = []
    for path in corpus_files():
        try:
            corpus.append(nm.dumps(nm.load(path)))
        except nm.NewsModelError:
            continue
    repeat, number = (3, 200) if quick else (5, 1000)
    for label, text in payloads:
        art = nm.loads(text)
        plain = PlainArticle.model_validate_json(text)
        assert plain.model_dump_json(indent=2) + "\n" == text, "plain model must write the same JSON"
        print(f" {label}: {len(text.encode()):,} bytes")
        t_plain = best(partial(PlainArticle.model_validate_json, text), repeat=repeat, number=number)
        t_load = best(partial(nm.loads, text), repeat=repeat, number=number)
        t_model = best(partial(nm.Article.model_validate_json, text), repeat=repeat, number=number)
        t_fast = best(
            partial(nm.loads, text, check_duplicates=False), repeat=repeat, number=number
        )
        print(ratio_line("load  nm.loads(text)  [duplicate-key check]", t_load, t_plain,
                         goal="(vs PlainArticle.model_validate_json)"))
        print(ratio_line("load  nm.loads(text, check_duplicates=False)", t_fast, t_plain))
        print(ratio_line("load  Article.model_validate_json(text)", t_model, t_plain))
        t_pdump = best(partial(_dump_nl, plain), repeat=repeat, number=number)
        t_dump = best(partial(nm.dumps, art), repeat=repeat, number=number)
        t_mdump = best(partial(_dump_nl, art), repeat=repeat, number=number)
        print(ratio_line("dump  nm.dumps(article)", t_dump, t_pdump, goal="(vs PlainArticle.model_dump_json)"))
        print(ratio_line("dump  Article.model_dump_json(indent=2)", t_mdump, t_pdump))
    if corpus:
        plain_all = [PlainArticle.model_validate_json(t) for t in corpus]
        arts = [nm.loads(t) for t in corpus]
        n = 3 if quick else 10
        t_plain = best(lambda: [PlainArticle.model_validate_json(t) for t in corpus], repeat=3, number=n)
        t_load = best(lambda: [nm.loads(t) for t in corpus], repeat=3, number=n)
        t_pdump = best(lambda: [p.model_dump_json(indent=2) for p in plain_all], repeat=3, number=n)
        t_dump = best(lambda: [nm.dumps(a) for a in arts], repeat=3, number=n)
        print(f" corpus: {len(corpus)} articles as JSON, {sum(len(t) for t in corpus):,} chars (times per corpus)")
        print(ratio_line("load  nm.loads, whole corpus", t_load, t_plain, unit="ms"))
        print(ratio_line("dump  nm.dumps, whole corpus", t_dump, t_pdump, unit="ms"))
    print()


# ----------------------------------------------------------------------------- 2. Markdown


def bench_markdown(quick: bool) -> None:
    print("2. Markdown parse vs MarkdownIt('commonmark').parse() of the same text (goal: >= 5x faster)")
    try:
        from markdown_it import MarkdownIt

        import newsmodel.formats.markdown  # noqa: F401
    except ImportError as exc:
        print(f"  skipped: {exc}\n")
        return
    md = MarkdownIt("commonmark")
    texts: list[tuple[str, list[str]]] = []
    if EXAMPLE.is_file():
        texts.append(("example file", [EXAMPLE.read_text(encoding="utf-8")]))
    corpus = [p.read_text(encoding="utf-8") for p in corpus_files()]
    good = []
    for t in corpus:
        try:
            nm.loads(t, "markdown")
            good.append(t)
        except nm.NewsModelError:
            continue
    if good:
        texts.append((f"corpus ({len(good)} files, {sum(len(t) for t in good):,} chars)", good))
    if not texts:
        print("  skipped: ../shared is absent\n")
        return
    for label, items in texts:
        number = (20 if quick else 100) if len(items) == 1 else (1 if quick else 3)
        t_base = best(partial(_each, md.parse, items), repeat=3, number=number)
        t_ours = best(partial(_each, partial(nm.loads, format="markdown"), items), repeat=3, number=number)
        unit = "µs" if len(items) == 1 else "ms"
        speed = t_base / t_ours
        print(ratio_line(f"{label}", t_ours, t_base, unit=unit, goal=f"-> {speed:.2f}x the speed of markdown-it"))
    print()


# ----------------------------------------------------------------------------- 3. validate


def _write_files(directory: Path, n: int) -> list[Path]:
    rng = random.Random(3)
    pool = [generated_article(i, rng) for i in range(50)]
    has_md = True
    try:
        import newsmodel.formats.markdown  # noqa: F401
    except ImportError:
        has_md = False
    texts_json = [nm.dumps(a) for a in pool]
    texts_md: list[str] = []
    if has_md:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", nm.LossWarning)
            texts_md = [nm.dumps(a, "markdown") for a in pool]
    paths = []
    for i in range(n):
        if texts_md and i % 2:
            p = directory / f"a{i:06d}.md"
            p.write_text(texts_md[i % len(texts_md)], encoding="utf-8")
        else:
            p = directory / f"a{i:06d}.json"
            p.write_text(texts_json[i % len(texts_json)], encoding="utf-8")
        paths.append(p)
    return paths


def bench_validate(n: int) -> None:
    cores = os.cpu_count() or 1
    print(f"3. newsmodel validate over {n:,} generated files on all cores ({cores})")
    try:
        from newsmodel import validation
        from newsmodel.cli import main as _main  # noqa: F401
    except ImportError as exc:
        print(f"  skipped: validation or the CLI is not there yet ({exc})\n")
        return
    with tempfile.TemporaryDirectory(prefix="nm-bench-") as tmp:
        d = Path(tmp)
        paths = _write_files(d, n)
        kinds = sorted({p.suffix for p in paths})
        exe = shutil.which("newsmodel") or ""
        cmd = [exe] if exe else [sys.executable, "-m", "newsmodel"]
        runs = {}
        for jobs in (cores, 1):
            t0 = time.perf_counter()
            proc = subprocess.run([*cmd, "validate", str(d), "--no-progress", "--no-config", "-q", "-j", str(jobs)],
                                  capture_output=True, text=True, check=False)
            runs[jobs] = time.perf_counter() - t0
            if proc.returncode not in (0, 1):
                print(f"  the CLI failed ({proc.returncode}): {proc.stderr.strip()[:300]}")
                return
        print(f"  files: {n:,} ({', '.join(kinds)}), {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB")
        print(f"  -j {cores}: {runs[cores]:7.2f} s  {n / runs[cores]:8.0f} files/s   "
              f"baseline -j 1: {runs[1]:7.2f} s  {n / runs[1]:8.0f} files/s   speed-up {runs[1] / runs[cores]:.2f}x")
        # Where the time goes, on one core over a sample (the same steps check_file takes).
        sample = paths[: min(n, 2000)]
        t_io = t_parse = t_rules = 0.0
        from newsmodel._api import decode_utf8 as _decode
        from newsmodel.formats import format_for_path

        rules = validation.select_rules()
        per: dict[str, list[float]] = {s: [0.0, 0.0, 0.0, 0.0] for s in kinds}
        for p in sample:
            t0 = time.perf_counter()
            text = _decode(p.read_bytes(), str(p))
            t1 = time.perf_counter()
            article, found, locate = validation._read(text, format_for_path(p), str(p))
            t2 = time.perf_counter()
            if article is not None:
                found += validation.check_article(article, locate, source=str(p))
            validation._filter(found, rules)
            t3 = time.perf_counter()
            t_io += t1 - t0
            t_parse += t2 - t1
            t_rules += t3 - t2
            per[p.suffix] = [a + b for a, b in zip(per[p.suffix], (1, t1 - t0, t2 - t1, t3 - t2), strict=True)]
        total = t_io + t_parse + t_rules
        print(f"  one core, {len(sample):,} files: {len(sample) / total:8.0f} files/s; time in "
              f"I/O {t_io / total:5.1%}, parsing {t_parse / total:5.1%}, rules {t_rules / total:5.1%}")
        for suffix, (k, io_, parse, rule) in sorted(per.items()):
            print(f"    {suffix:<6} {k:5.0f} files, per file: I/O {io_ / k * 1e6:7.0f} µs, "
                  f"parsing {parse / k * 1e6:7.0f} µs, rules {rule / k * 1e6:7.0f} µs")
    print()


# ----------------------------------------------------------------------------- 4. memory

_CHILD = r"""
import json, resource, sys, time
from newsmodel.streams import iter_load
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
n = 0
for article in iter_load(sys.argv[1]):
    n += 1
dt = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"articles": n, "seconds": dt, "base_kb": base, "peak_kb": peak}))
"""


def bench_memory(size_mb: int) -> None:
    print(f"4. peak memory streaming a {size_mb:,} MB JSON Lines file through iter_load (goal: < 200 MB)")
    rng = random.Random(5)
    pool = [generated_article(i, rng).model_dump_json() for i in range(200)]
    target = size_mb * 1_000_000
    with tempfile.TemporaryDirectory(prefix="nm-bench-") as tmp:
        path = Path(tmp) / "big.jsonl"
        written = 0
        with path.open("w", encoding="utf-8") as fh:
            i = 0
            while written < target:
                line = pool[i % len(pool)].replace('"title":"', f'"title":"#{i} ', 1) + "\n"
                fh.write(line)
                written += len(line.encode("utf-8"))
                i += 1
        proc = subprocess.run([sys.executable, "-c", _CHILD, str(path)],
                              capture_output=True, text=True, check=True)
        r = json.loads(proc.stdout)
    # ru_maxrss is in KiB on Linux and in bytes on macOS
    div = 1024 * 1024 if sys.platform == "darwin" else 1024
    peak, base = r["peak_kb"] / div, r["base_kb"] / div
    print(f"  {written / 1e6:,.0f} MB, {r['articles']:,} articles in {r['seconds']:.1f} s "
          f"({written / 1e6 / r['seconds']:.0f} MB/s, {r['articles'] / r['seconds']:.0f} articles/s)")
    print(f"  peak RSS {peak:7.1f} MiB   baseline (same process after imports) {base:7.1f} MiB   "
          f"streaming adds {peak - base:6.1f} MiB")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: 2,000 files, 64 MB, fewer repeats")
    ap.add_argument("--files", type=int, help="files for the validate run (default 20,000; quick 2,000)")
    ap.add_argument("--size", type=int, help="JSON Lines size in MB (default 1,000; quick 64)")
    ap.add_argument("--only", choices=["json", "markdown", "validate", "memory"], action="append")
    args = ap.parse_args()
    files = args.files or (2000 if args.quick else 20_000)
    size = args.size or (64 if args.quick else 1000)
    print(f"newsmodel {nm.__version__}, Python {platform.python_version()}, pydantic {pydantic.VERSION}, "
          f"{os.cpu_count()} cores, {platform.machine()}\n")
    only = set(args.only or ["json", "markdown", "validate", "memory"])
    if "json" in only:
        bench_json(args.quick)
    if "markdown" in only:
        bench_markdown(args.quick)
    if "validate" in only:
        bench_validate(files)
    if "memory" in only:
        bench_memory(size)


if __name__ == "__main__":
    main()
