"""Dask integration (the ``dask`` extra: ``pip install 'newsmodel[dask]'``).

Read, validate and convert article files and JSON Lines shards as a :mod:`dask.bag`, on
one machine or on a ``distributed`` cluster, with the same models and rules::

    from distributed import Client
    import newsmodel.dask as nmd

    client = Client("tcp://scheduler:8786")          # or Client() for a local cluster
    articles = nmd.read_articles("s3://corpus/shards/*.jsonl.gz")
    findings = nmd.validate_bag("s3://corpus/shards/*.jsonl.gz").compute()
    frame = nmd.to_dataframe(articles)                # dask.dataframe in the Arrow schema

Paths are read through fsspec, so ``s3://``, ``gcs://``, ``abfs://`` and ``http(s)://``
work where the matching fsspec package is installed on every worker; a local path must
name the same file on every worker (a shared file system) when the cluster has more than
one machine. Findings come back as plain dicts, ready for a DataFrame or a JSON report.
"""

from __future__ import annotations

import functools
import gzip
import importlib
import io
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from newsmodel._api import decode_utf8
from newsmodel.errors import MissingDependencyError, ParseError
from newsmodel.findings import Finding
from newsmodel.formats import format_for_path
from newsmodel.models import Article
from newsmodel.streams import binary_lines, check_lines, dump_many, is_stream_path, iter_loads

if TYPE_CHECKING:
    import dask.bag as db
    import dask.dataframe as dd

__all__ = [
    "finding_dict",
    "read_articles",
    "to_dataframe",
    "to_jsonl",
    "to_parquet",
    "validate_bag",
]

FILES_PER_PARTITION = 64
"""Article files per bag partition (a JSON Lines shard is always one partition of its own)."""

PathsOrGlob = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


def _dask() -> Any:
    try:
        return importlib.import_module("dask.bag")
    except ImportError:
        raise MissingDependencyError("dask", "dask") from None


def _dask_core() -> Any:
    return importlib.import_module("dask")


def _fsspec() -> Any:
    try:
        core = importlib.import_module("fsspec.core")
    except ImportError:  # pragma: no cover - dask depends on fsspec
        raise MissingDependencyError("fsspec", "dask") from None
    return core


# ----------------------------------------------------------------------------- paths


def _is_local(fs: Any) -> bool:
    protocol = fs.protocol if isinstance(fs.protocol, tuple | list) else (fs.protocol,)
    return "file" in protocol or "local" in protocol


def _known(name: str) -> bool:
    if is_stream_path(name):
        return True
    try:
        format_for_path(name)
    except Exception:
        return False
    return True


def expand_paths(
    paths_or_glob: PathsOrGlob, *, storage_options: dict[str, Any] | None = None
) -> list[str]:
    """The files named by paths, globs and directories, in a stable order.

    A glob (``*``, ``?``, ``[``) is expanded; a directory stands for the article files and
    JSON Lines shards under it (by suffix); a plain path is kept as given. Remote paths
    keep their protocol (``s3://bucket/x.jsonl``).
    """
    core = _fsspec()
    if isinstance(paths_or_glob, str | os.PathLike):
        items = [os.fspath(paths_or_glob)]
    else:
        items = [os.fspath(p) for p in paths_or_glob]
    out: list[str] = []
    for item in items:
        fs, path = core.url_to_fs(item, **(storage_options or {}))
        local = _is_local(fs)

        def name(p: str, fs: Any = fs, local: bool = local) -> str:
            return p if local else str(fs.unstrip_protocol(p))

        if any(c in item for c in "*?["):
            out.extend(name(p) for p in sorted(fs.glob(path)) if not fs.isdir(p))
        elif fs.isdir(path):
            out.extend(name(p) for p in sorted(fs.find(path)) if _known(p))
        else:
            out.append(item)
    return out


def _open(url: str, storage_options: dict[str, Any] | None) -> io.BufferedIOBase:
    core = _fsspec()
    try:
        fs, path = core.url_to_fs(url, **(storage_options or {}))
        fh: io.BufferedIOBase = fs.open(path, "rb")
    except OSError as exc:
        raise ParseError(f"cannot read file: {exc.strerror or exc}", source=url) from None
    return fh


def _read_text(url: str, storage_options: dict[str, Any] | None) -> str:
    with _open(url, storage_options) as fh:
        try:
            data = fh.read()
        except OSError as exc:
            raise ParseError(f"cannot read file: {exc.strerror or exc}", source=url) from None
    if url.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise ParseError(f"cannot read compressed data: {exc}", source=url) from None
    return decode_utf8(data, url)


# ----------------------------------------------------------------------------- reading


def _load_file(url: str, format: str | None, storage_options: dict[str, Any] | None) -> list[Article]:
    from newsmodel._api import loads

    if format is None and is_stream_path(url):
        with _open(url, storage_options) as fh:
            lines = binary_lines(fh, source=url, gzipped=url.lower().endswith(".gz"))
            return list(iter_loads(lines, source=url))
    fmt = format or format_for_path(url)
    return [loads(_read_text(url, storage_options), fmt, source=url)]


def _partitions(urls: list[str], files_per_partition: int) -> list[list[str]]:
    """Shards alone, article files in groups: the unit of work of one task."""
    parts: list[list[str]] = []
    group: list[str] = []
    for url in urls:
        if is_stream_path(url):
            parts.append([url])
            continue
        group.append(url)
        if len(group) >= files_per_partition:
            parts.append(group)
            group = []
    if group:
        parts.append(group)
    return parts


def _bag_of_files(
    paths_or_glob: PathsOrGlob,
    files_per_partition: int,
    storage_options: dict[str, Any] | None,
) -> db.Bag:
    bag_mod = _dask()
    urls = expand_paths(paths_or_glob, storage_options=storage_options)
    parts = _partitions(urls, max(1, files_per_partition))
    if not parts:
        empty: db.Bag = bag_mod.from_sequence([], npartitions=1)
        return empty
    # One partition per group: the bag holds lists of file names, flattened by the loaders.
    bag: db.Bag = bag_mod.from_sequence(parts, npartitions=len(parts))
    return bag


def read_articles(
    paths_or_glob: PathsOrGlob,
    *,
    format: str | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
    storage_options: dict[str, Any] | None = None,
) -> db.Bag:
    """A bag of Articles from article files and JSON Lines shards.

    Args:
        paths_or_glob: A path, glob or directory, or a list of them (local or fsspec URLs).
        format: Read every file in this format (default: from each file name; ``.jsonl``
            and ``.jsonl.gz`` files are shards of many articles).
        files_per_partition: Article files per partition; each shard is its own partition.
        storage_options: Options for the fsspec file system (credentials, endpoint).

    Returns:
        A lazy ``dask.bag.Bag`` of :class:`~newsmodel.Article`. Computing it raises the
        first ParseError or ValidationError met; use :func:`validate_bag` to gather them.

    Raises:
        MissingDependencyError: dask is not installed.
        FormatError: a named file has no known format.
    """
    if format is None:
        for url in expand_paths(paths_or_glob, storage_options=storage_options):
            if not is_stream_path(url):
                format_for_path(url)  # fail now, on the client, for a file of no format
    files: Any = _bag_of_files(paths_or_glob, files_per_partition, storage_options)
    loader = functools.partial(_load_group, format=format, storage_options=storage_options)
    bag: db.Bag = files.map(loader).flatten()
    return bag


def _load_group(
    urls: list[str], *, format: str | None, storage_options: dict[str, Any] | None
) -> list[Article]:
    out: list[Article] = []
    for url in urls:
        out.extend(_load_file(url, format, storage_options))
    return out


# ----------------------------------------------------------------------------- validating


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A finding as a plain dict: path (the file: ``finding.source``), code, severity,
    message, line, column, json_path (``finding.path``)."""
    return {
        "path": finding.source,
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message,
        "line": finding.line,
        "column": finding.column,
        "json_path": finding.path,
    }


def _check_url(
    url: str, format: str | None, rules: frozenset[str], storage_options: dict[str, Any] | None
) -> Iterator[Finding]:
    from newsmodel.validation import check_text

    try:
        if format is None and is_stream_path(url):
            with _open(url, storage_options) as fh:
                lines = binary_lines(fh, source=url, gzipped=url.lower().endswith(".gz"))
                yield from check_lines(lines, source=url, rules=rules)
            return
        text = _read_text(url, storage_options)
    except ParseError as exc:
        if "NM005" in rules:
            yield Finding.of("NM005", exc.message, line=exc.line, column=exc.column, source=url)
        return
    yield from check_text(text, format=format or format_for_path(url), source=url, rules=rules)


def _check_group(
    urls: list[str],
    *,
    format: str | None,
    rules: frozenset[str],
    storage_options: dict[str, Any] | None,
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for url in urls:
        out.extend(finding_dict(f) for f in _check_url(url, format, rules, storage_options))
    return out


def _check_one(article: Article, rules: frozenset[str]) -> list[dict[str, Any]]:
    from newsmodel.validation import check_article

    # An Article in a bag has no file: its findings have no path.
    return [{**finding_dict(f), "path": None} for f in check_article(article) if f.code in rules]


def validate_bag(
    source: PathsOrGlob | db.Bag,
    *,
    format: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    files_per_partition: int = FILES_PER_PARTITION,
    storage_options: dict[str, Any] | None = None,
) -> db.Bag:
    """Validate article files, shards or a bag of Articles; a bag of findings as plain dicts.

    Each finding is ``{"path", "code", "severity", "message", "line", "column",
    "json_path"}``: ``path`` is the file (None for a bag of Articles), ``line`` and
    ``column`` the place in it (in a shard, the line of the article), ``json_path`` the
    value concerned inside the article. A file that cannot be read is an ``NM005``
    finding, not a failed job.

    Args:
        source: Paths, globs, directories (as :func:`read_articles`), or a ``Bag`` of
            Articles (checked with the model-level rules only).
        format: The format of every file (default: from each name).
        select: Rules to run (codes, prefixes, names or ``ALL``); default: all but opt-in.
        ignore: Rules not to run.
        files_per_partition: Article files per partition.
        storage_options: Options for the fsspec file system.

    Raises:
        MissingDependencyError: dask is not installed.
        RuleSelectionError: ``select`` or ``ignore`` names no rule.
    """
    bag_mod = _dask()
    from newsmodel.validation import select_rules

    rules = select_rules(select, ignore)
    if isinstance(source, bag_mod.Bag):
        articles: Any = source
        bag: db.Bag = articles.map(functools.partial(_check_one, rules=rules)).flatten()
        return bag
    files: Any = _bag_of_files(cast(PathsOrGlob, source), files_per_partition, storage_options)
    checker = functools.partial(
        _check_group, format=format, rules=rules, storage_options=storage_options
    )
    bag = files.map(checker).flatten()
    return bag


# ----------------------------------------------------------------------------- converting


def _frame(articles: list[Article]) -> Any:
    pd = importlib.import_module("pandas")

    from newsmodel.arrow import to_arrow

    return to_arrow(articles).to_pandas(types_mapper=pd.ArrowDtype)


def to_dataframe(bag: db.Bag) -> dd.DataFrame:
    """A ``dask.dataframe`` of a bag of Articles, one column per field, in the Arrow schema.

    Columns hold ``pandas.ArrowDtype`` values (structs and lists as in
    :func:`newsmodel.arrow.arrow_schema`), so nested bylines and body blocks stay whole.

    Raises:
        MissingDependencyError: dask[dataframe] or pyarrow is not installed.
    """
    _dask()
    try:
        dask = _dask_core()
        ddf = importlib.import_module("dask.dataframe")
        pd = importlib.import_module("pandas")
    except ImportError:
        raise MissingDependencyError("dask[dataframe]", "dask") from None
    from newsmodel.arrow import arrow_schema

    meta = arrow_schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)
    parts = [dask.delayed(_frame)(p) for p in cast(Any, bag).to_delayed()]
    frame: dd.DataFrame = ddf.from_delayed(parts, meta=meta, verify_meta=False)
    return frame


def _write_jsonl(articles: list[Article], path: str) -> str:
    dump_many(articles, path)
    return path


def _write_parquet(articles: list[Article], path: str) -> str:
    from newsmodel.arrow import write_parquet

    write_parquet(articles, path)
    return path


def _write_parts(bag: db.Bag, directory: str | os.PathLike[str], suffix: str, writer: Any) -> list[str]:
    dask = _dask_core()
    Path(directory).mkdir(parents=True, exist_ok=True)
    tasks = [
        dask.delayed(writer)(part, str(Path(directory) / f"part-{i:05d}{suffix}"))
        for i, part in enumerate(cast(Any, bag).to_delayed())
    ]
    return list(dask.compute(*tasks))


def to_jsonl(bag: db.Bag, directory: str | os.PathLike[str], *, compress: bool = True) -> list[str]:
    """Write a bag of Articles as JSON Lines shards, one per partition; returns their paths.

    ``directory`` must be reachable by every worker at the same path (a shared file system
    on a multi-machine cluster). Shards are named ``part-00000.jsonl.gz`` (or ``.jsonl``).
    """
    _dask()
    return _write_parts(bag, directory, ".jsonl.gz" if compress else ".jsonl", _write_jsonl)


def to_parquet(bag: db.Bag, directory: str | os.PathLike[str]) -> list[str]:
    """Write a bag of Articles as Parquet files, one per partition; returns their paths.

    The files share :func:`newsmodel.arrow.arrow_schema`, so the directory reads as one
    dataset (``read_parquet('dir/*.parquet')`` in DuckDB). For object stores, use
    ``to_dataframe(bag).to_parquet("s3://...")`` instead.
    """
    _dask()
    return _write_parts(bag, directory, ".parquet", _write_parquet)
