"""Dask on a distributed LocalCluster: read, validate and convert a generated corpus."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsmodel as nm
from newsmodel.streams import dump_many, iter_load

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
nmd = pytest.importorskip("newsmodel.dask")

GOOD_FILES = 35
SHARD_SIZE = 5


def _article(i: int) -> nm.Article:
    return nm.Article(
        title=f"Story number {i}",
        url=f"https://news.example.com/{i}",
        publisher="Example News",
        published=dt.date(2024, 1, 1) + dt.timedelta(days=i),
        bylines=[nm.Byline(name=f"Reporter {i % 4}")],
        body=[nm.Paragraph(text=f"Paragraph one of story {i}."),
              nm.Paragraph(text=f"Paragraph two of story {i}.")],
    )


class Corpus:
    """A generated corpus: article files, JSON Lines shards, and three planted broken files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.good: list[Path] = []
        for i in range(GOOD_FILES):
            path = root / f"article-{i:03d}.json"
            nm.dump(_article(i), path)
            self.good.append(path)
        self.shards = [root / "shard-a.jsonl", root / "shard-b.jsonl.gz"]
        n = GOOD_FILES
        for shard in self.shards:
            dump_many([_article(n + k) for k in range(SHARD_SIZE)], shard)
            n += SHARD_SIZE
        self.articles = GOOD_FILES + 2 * SHARD_SIZE
        # planted: a file that is not JSON, one whose article has no title, and a shard
        # whose third line has a modified date before the published one
        syntax = root / "broken-syntax.json"
        syntax.write_text('{"title": "Unfinished", "bylines": [\n', encoding="utf-8")
        schema = root / "broken-schema.json"
        schema.write_text(json.dumps({"subtitle": "no title here"}), encoding="utf-8")
        dates = root / "broken-dates.jsonl"
        lines = [_article(100).model_dump_json(), _article(101).model_dump_json(),
                 json.dumps({"title": "Time travel", "published": "2024-05-02",
                             "modified": "2024-05-01"})]
        dates.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.broken = {str(syntax), str(schema), str(dates)}

    def all_files(self) -> list[Path]:
        return sorted(p for p in self.root.iterdir() if p.is_file())


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        assert len(c.scheduler_info()["workers"]) == 2
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return Corpus(tmp_path_factory.mktemp("corpus"))


def test_corpus_has_forty_files(corpus: Corpus) -> None:
    assert len(corpus.all_files()) == 40


def test_validate_bag_finds_exactly_the_planted_files(client: object, corpus: Corpus) -> None:
    bag = nmd.validate_bag(str(corpus.root / "*"), files_per_partition=8)
    assert bag.npartitions > 2
    findings = bag.compute()
    errors = [f for f in findings if f["severity"] == "error"]
    assert {f["path"] for f in errors} == corpus.broken
    by_file = {Path(f["path"]).name: f for f in errors}
    assert by_file["broken-syntax.json"]["code"] == "NM006"
    assert by_file["broken-schema.json"]["code"] == "NM007"
    assert by_file["broken-schema.json"]["json_path"] == "$.title"
    assert (by_file["broken-dates.jsonl"]["code"], by_file["broken-dates.jsonl"]["line"]) == ("NM101", 3)
    assert set(findings[0]) == {"path", "code", "severity", "message", "line", "column", "json_path"}


def test_validate_bag_of_directory_matches_glob(client: object, corpus: Corpus) -> None:
    from_dir = nmd.validate_bag(corpus.root, select=["NM0", "NM1"]).compute()
    assert {f["path"] for f in from_dir} == corpus.broken


def test_unreadable_file_is_a_finding_not_a_failed_job(client: object, corpus: Corpus) -> None:
    missing = str(corpus.root / "gone.json")
    findings = nmd.validate_bag([str(corpus.good[0]), missing]).compute()
    assert [(f["path"], f["code"]) for f in findings] == [(missing, "NM005")]


def test_read_articles_from_files_and_shards(client: object, corpus: Corpus) -> None:
    paths = [str(p) for p in [*corpus.good, *corpus.shards]]
    bag = nmd.read_articles(paths, files_per_partition=10)
    got = bag.compute()
    assert len(got) == corpus.articles
    assert sorted(a.title for a in got) == sorted(
        f"Story number {i}" for i in range(corpus.articles)
    )
    assert all(isinstance(a, nm.Article) for a in got)


def test_read_articles_raises_the_located_error(client: object, corpus: Corpus) -> None:
    with pytest.raises(nm.ValidationError) as info:
        nmd.read_articles(str(corpus.root / "broken-dates.jsonl")).compute()
    assert info.value.source.endswith("broken-dates.jsonl:3")


def test_validate_a_bag_of_articles(client: object) -> None:
    db: Any = pytest.importorskip("dask.bag")
    bad = nm.Article(title="x", links=[nm.SourceLink(url="ht!tp://bad url")])
    findings = nmd.validate_bag(db.from_sequence([_article(1), bad], npartitions=2)).compute()
    assert [f["code"] for f in findings if f["severity"] == "error"] == ["NM102"]
    assert findings[0]["path"] is None


def test_to_dataframe_keeps_nested_columns(client: object, corpus: Corpus) -> None:
    pytest.importorskip("pyarrow")
    pytest.importorskip("dask.dataframe")
    bag = nmd.read_articles([str(p) for p in corpus.good[:12]], files_per_partition=4)
    frame = nmd.to_dataframe(bag)
    assert list(frame.columns) == list(nm.Article.model_fields)
    local = frame.compute()
    assert len(local) == 12
    assert sorted(local["title"]) == sorted(f"Story number {i}" for i in range(12))
    first = local[local["title"] == "Story number 0"].iloc[0]
    assert first["bylines"][0]["name"] == "Reporter 0"
    assert first["published"]["iso"] == "2024-01-01"


def test_convert_to_shards_and_parquet(client: object, corpus: Corpus, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from newsmodel.arrow import read_parquet

    bag = nmd.read_articles([str(p) for p in corpus.good], files_per_partition=10)
    expected = sorted(bag.compute(), key=lambda a: a.title)
    shards = nmd.to_jsonl(bag, tmp_path / "jsonl")
    assert len(shards) == bag.npartitions
    again = [a for s in shards for a in iter_load(s)]
    assert sorted(again, key=lambda a: a.title) == expected
    parts = nmd.to_parquet(bag, tmp_path / "parquet")
    from_parquet = [a for p in parts for a in read_parquet(p)]
    assert sorted(from_parquet, key=lambda a: a.title) == expected


def test_worker_processes_validate_the_corpus(corpus: Corpus) -> None:
    # The same code on workers in other processes, as on other machines: the functions,
    # arguments and findings cross process boundaries by pickling, as they would by network.
    import os

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        pids = set(c.run(os.getpid).values())
        assert len(pids) == 2 and os.getpid() not in pids
        bag = nmd.validate_bag(str(corpus.root / "*"), files_per_partition=8)
        findings = c.compute(bag).result()
        assert {f["path"] for f in findings if f["severity"] == "error"} == corpus.broken
        articles = c.compute(nmd.read_articles(str(corpus.root / "article-*.json"))).result()
        assert sorted(a.title for a in articles) == sorted(_article(i).title for i in range(GOOD_FILES))
