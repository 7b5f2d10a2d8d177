"""Batch extraction on a Dask cluster: the inputs of ``batch``, as a bag or a dataframe.

Needs the ``dask`` extra (``pip install 'newsextract[dask]'``; add ``s3fs`` or ``gcsfs`` for
remote archives). The inputs are expanded here, on the client (folders listed, globs matched,
locally or through fsspec), and grouped into partitions: each WARC archive and each JSONL file
is one partition, page files and URLs go ``per_partition`` to one. The workers then read,
fetch and extract their partitions themselves, through the same code as ``batch``, so on a
cluster every worker reads its archives straight from object storage.

``to_bag`` gives a bag of ``BatchItem``, ``to_dataframe`` a dataframe of output rows
(``newsextract.batching.results.columns()``), and ``write`` streams every partition to its own
file (``part-00000.parquet``, ...) without holding a partition's articles in memory.
Whatever scheduler is active runs them: a ``distributed.Client`` if one was created.

Each takes the ``options``, or the ``rules`` and ``default_rules``, of ``batch``. They are
checked on the client and travel to the workers inside the pickled ``ExtractOptions`` (a list
of ``SiteRule`` or a ``RuleRegistry`` both pickle; Dask's cloudpickle takes a rule's Python
hooks too), so a worker needs no rules folder of its own.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Container, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, cast

import dask
import dask.bag as db
from dask.base import compute
from dask.delayed import delayed

from newsextract.batching.inputs import iter_sources, kind_of
from newsextract.batching.results import BatchItem, Failure, columns
from newsextract.batching.runner import batch
from newsextract.batching.writers import ROW_GROUP_ROWS, cells, parquet_schema
from newsextract.errors import OptionError
from newsextract.options import ExtractOptions, options_from

if TYPE_CHECKING:
    import dask.dataframe as dd

    from newsextract.fetching import FetchOptions
    from newsextract.rules.model import SiteRule
    from newsextract.rules.registry import RuleRegistry

__all__ = ["partitions", "to_bag", "to_dataframe", "write"]

OutputFormat = Literal["parquet", "jsonl"]

logger = logging.getLogger(__name__)


def partitions(
    inputs: Iterable[str | os.PathLike[str]], *, per_partition: int = 64
) -> list[tuple[str, ...]]:
    """The inputs grouped as the partitions of a Dask job, in a stable order.

    Each WARC archive and JSONL file stands alone; page files and URLs are grouped
    ``per_partition`` at a time. An input that cannot be expanded (a glob matching nothing)
    is kept as it is: its partition yields its failure.
    """
    groups: list[tuple[str, ...]] = []
    pending: list[str] = []
    for source in iter_sources(inputs):
        name = source if isinstance(source, str) else source.input
        if isinstance(source, str) and kind_of(source) in ("warc", "jsonl"):
            groups.append((name,))
            continue
        pending.append(name)
        if len(pending) >= per_partition:
            groups.append(tuple(pending))
            pending = []
    if pending:
        groups.append(tuple(pending))
    return groups


def to_bag(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    options: ExtractOptions | None = None,
    rules: Iterable[SiteRule] | RuleRegistry | None = None,
    default_rules: bool | None = None,
    fetch_options: FetchOptions | None = None,
    skip: Container[str] = (),
    per_partition: int = 64,
) -> db.Bag:
    """A bag of ``BatchItem``, one per input, computed by the active Dask scheduler.

    A partition's items are held in memory on its worker: for archives of tens of
    thousands of pages, prefer ``write``, which streams.
    """
    chosen = options_from(options, rules=rules, default_rules=default_rules)
    groups = partitions(inputs, per_partition=per_partition)
    bag = db.from_sequence(groups, npartitions=max(1, len(groups)))
    return cast(db.Bag, bag.map_partitions(_extract_partition, chosen, fetch_options, skip))


def to_dataframe(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    options: ExtractOptions | None = None,
    rules: Iterable[SiteRule] | RuleRegistry | None = None,
    default_rules: bool | None = None,
    fetch_options: FetchOptions | None = None,
    skip: Container[str] = (),
    per_partition: int = 64,
) -> dd.DataFrame:
    """A dataframe of output rows (the columns of ``results.columns()``), one per input.

    Lists stay lists, the provenance is JSON text and dates are ISO 8601 strings, as in the
    Parquet output of ``newsextract batch``.
    """
    import pandas as pd

    bag = to_bag(
        inputs,
        options=options,
        rules=rules,
        default_rules=default_rules,
        fetch_options=fetch_options,
        skip=skip,
        per_partition=per_partition,
    )
    meta = pd.DataFrame({name: pd.Series([], dtype=object) for name in columns()})
    with dask.config.set({"dataframe.convert-string": False}):
        return cast("dd.DataFrame", bag.map(cells).to_dataframe(meta=meta))


def write(
    inputs: Iterable[str | os.PathLike[str]],
    path: str | os.PathLike[str],
    *,
    format: OutputFormat = "parquet",
    options: ExtractOptions | None = None,
    rules: Iterable[SiteRule] | RuleRegistry | None = None,
    default_rules: bool | None = None,
    fetch_options: FetchOptions | None = None,
    skip: Container[str] = (),
    per_partition: int = 64,
) -> dict[str, int]:
    """Extract every input on the cluster into ``path``, one file per partition.

    ``path`` is a folder, local or remote (``s3://bucket/news/2024-01/``); partition ``i``
    goes to ``part-{i:05d}.parquet`` (the schema of ``newsextract batch``'s Parquet output) or
    ``part-{i:05d}.jsonl``. Each worker streams its partition to its file. Returns the counts
    of ``articles``, ``failures`` and ``files``.
    """
    if format not in ("parquet", "jsonl"):
        raise OptionError(
            f"unknown format {format!r}: parquet or jsonl", field="format", allowed="parquet, jsonl"
        )
    chosen = options_from(options, rules=rules, default_rules=default_rules)
    root = os.fspath(path).rstrip("/")
    _makedirs(root)
    groups = partitions(inputs, per_partition=per_partition)
    tasks = [
        delayed(_write_partition)(
            group, f"{root}/part-{index:05d}.{format}", format, chosen, fetch_options, skip
        )
        for index, group in enumerate(groups)
    ]
    counts: tuple[dict[str, int], ...] = compute(*tasks)
    return {
        "articles": sum(c["articles"] for c in counts),
        "failures": sum(c["failures"] for c in counts),
        "files": len(counts),
    }


# ---------------------------------------------------------------- on the workers


def _items(
    groups: Iterable[tuple[str, ...]],
    options: ExtractOptions | None,
    fetch_options: FetchOptions | None,
    skip: Container[str],
) -> Iterator[BatchItem]:
    for group in groups:
        yield from _group_items(group, options, fetch_options, skip)


def _group_items(
    group: tuple[str, ...],
    options: ExtractOptions | None,
    fetch_options: FetchOptions | None,
    skip: Container[str],
) -> Iterator[BatchItem]:
    """The items of one partition's inputs. ``batch`` gives each input a row whatever fails;
    should it fail itself part-way (a bug, memory), the inputs it had not answered get a
    failure row each (an archive: one for the rest of it), and the task still succeeds:
    the failure of one partition took the job, and every other partition's rows, with it."""
    answered: set[str] = set()
    try:
        for item in batch(
            group, workers=1, options=options, fetch_options=fetch_options, skip=skip
        ):
            answered.add(item.input)
            yield item
    except Exception as exc:
        logger.exception("a partition failed part-way: its unanswered inputs are failure rows")
        for name in group:
            if name not in answered and name not in skip:
                failure = Failure.from_exception(name, "extract", exc)
                yield BatchItem(input=name, failure=failure)


def _extract_partition(
    groups: Iterable[tuple[str, ...]],
    options: ExtractOptions | None,
    fetch_options: FetchOptions | None,
    skip: Container[str],
) -> list[BatchItem]:
    return list(_items(groups, options, fetch_options, skip))


def _write_partition(
    group: tuple[str, ...],
    path: str,
    fmt: OutputFormat,
    options: ExtractOptions | None,
    fetch_options: FetchOptions | None,
    skip: Container[str],
) -> dict[str, int]:
    counts = {"articles": 0, "failures": 0}

    def counted(items: Iterator[BatchItem]) -> Iterator[BatchItem]:
        for item in items:
            counts["articles" if item.ok else "failures"] += 1
            yield item

    items = counted(_items([group], options, fetch_options, skip))
    with _opened(path) as out:
        if fmt == "jsonl":
            from newsextract.batching.results import dumps

            for item in items:
                out.write((dumps(item.to_dict()) + "\n").encode())
        else:
            _write_parquet(items, out)
    return counts


def _write_parquet(items: Iterator[BatchItem], out: Any) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict[str, Any]] = []
        for item in items:
            rows.append(cells(item))
            if len(rows) >= ROW_GROUP_ROWS:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def _open_output(path: str) -> Any:
    import fsspec

    return fsspec.open(path, "wb")


@contextlib.contextmanager
def _opened(path: str) -> Iterator[Any]:
    """``path`` open for writing; ``OptionError`` when it cannot be (a folder of that name),
    not an IsADirectoryError out of the whole job."""
    try:
        out = _open_output(path).open()
    except (OSError, ValueError) as exc:
        raise _path_error(path, exc) from None
    with out:
        yield out


def _makedirs(root: str) -> None:
    """The output folder, made if missing; ``OptionError`` when it cannot be (a file of that
    name, a scheme fsspec does not know), not a FileExistsError or ValueError."""
    import fsspec

    try:
        fs, inner = fsspec.core.url_to_fs(root)
        fs.makedirs(inner, exist_ok=True)
    except (OSError, ValueError, ImportError) as exc:
        raise _path_error(root, exc) from None


def _path_error(path: str, exc: BaseException) -> OptionError:
    allowed = "a folder, local or remote, that can be made and written"
    problem = getattr(exc, "strerror", None) or str(exc)
    return OptionError(
        f"invalid option path={path!r}: {problem}; path takes {allowed}",
        field="path",
        allowed=allowed,
    )
