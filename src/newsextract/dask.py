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
Whatever scheduler is active runs them: a ``distributed.Client`` if one was created. With
a client, a partition whose task fails (a page that kills its worker) is run again in pieces
until every input has its row (``dask_recovery``); to_bag and to_dataframe then extract at
once, holding the partitions on the workers.

Each takes the ``options``, or the ``rules`` and ``default_rules``, of ``batch``. They are
checked on the client and travel to the workers inside the pickled ``ExtractOptions`` (a list
of ``SiteRule`` or a ``RuleRegistry`` both pickle; Dask's cloudpickle takes a rule's Python
hooks too), so a worker needs no rules folder of its own.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import sys
from collections.abc import Container, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs
import dask
import dask.bag as db
from dask.base import compute, get_scheduler
from dask.delayed import delayed

from newsextract.batching.inputs import iter_sources, kind_of
from newsextract.batching.results import BatchItem, Failure, columns
from newsextract.batching.runner import batch
from newsextract.batching.writers import ROW_GROUP_ROWS, cells, parquet_schema
from newsextract.dask_recovery import Outside, Piece, Recovery, concatenated
from newsextract.errors import OptionError
from newsextract.options import ExtractOptions, options_from

if TYPE_CHECKING:
    import dask.dataframe as dd
    from distributed import Client, Future

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
    thousands of pages, prefer ``write``, which streams. With a ``distributed`` client, the
    partitions are extracted now, as ``persist`` would, and the bag holds them on the
    workers: a partition whose task fails (a page that kills its worker) is then run again
    in pieces, and a page that fails alone gets its failure row (``dask_recovery``).
    """
    chosen = options_from(options, rules=rules, default_rules=default_rules)
    groups = partitions(inputs, per_partition=per_partition)
    client = _cluster_client()
    if client is not None and groups:
        parts = _parts_on_cluster(client, groups, _Job(chosen, fetch_options, skip))
        return cast(db.Bag, db.from_delayed(_holding(parts)))
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
    Parquet output of ``newsextract batch``. With a ``distributed`` client, the partitions
    are extracted now, as for ``to_bag``.
    """
    import dask.dataframe as dd
    import pandas as pd

    meta = pd.DataFrame({name: pd.Series([], dtype=object) for name in columns()})
    chosen = options_from(options, rules=rules, default_rules=default_rules)
    groups = partitions(inputs, per_partition=per_partition)
    client = _cluster_client()
    if client is not None and groups:
        # Frames made on the workers, from the partitions' futures.
        parts = _parts_on_cluster(client, groups, _Job(chosen, fetch_options, skip))
        frames = _holding([client.submit(_frame, part, pure=False) for part in parts])
        with dask.config.set({"dataframe.convert-string": False}):
            return cast("dd.DataFrame", dd.from_delayed(frames, meta=meta, verify_meta=False))
    bag = to_bag(
        inputs,
        options=chosen,
        fetch_options=fetch_options,
        skip=skip,
        per_partition=per_partition,
    )
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

    With a ``distributed`` client, a partition whose task fails (a page that kills its
    worker) is run again in pieces, each written to a file of its own
    (``part-00003-0.parquet``, ...), and its torn file is removed: every input's row is
    written once, a page that fails alone as a failure row (``dask_recovery``).
    """
    if format not in ("parquet", "jsonl"):
        raise OptionError(
            f"unknown format {format!r}: parquet or jsonl", field="format", allowed="parquet, jsonl"
        )
    chosen = options_from(options, rules=rules, default_rules=default_rules)
    root = os.fspath(path).rstrip("/")
    _makedirs(root)
    groups = partitions(inputs, per_partition=per_partition)
    client = _cluster_client()
    if client is not None:
        return _write_on_cluster(client, groups, root, format, _Job(chosen, fetch_options, skip))
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


# ---------------------------------------------------------------- on a distributed cluster


@attrs.frozen
class _Job:
    """What every task of a job shares. Each task carries its own copy, as the graph of the
    local path does: a copy held on a worker (``scatter``) dies with that worker."""

    options: ExtractOptions | None
    fetch_options: FetchOptions | None
    skip: Container[str]


def _cluster_client() -> Client | None:
    """The ``distributed`` client that computes this job, if the active scheduler is one."""
    if "distributed" not in sys.modules:  # no client can have been made
        return None
    from distributed import default_client

    try:
        client = default_client()
    except ValueError:
        return None
    return client if get_scheduler() == client.get else None


def _holding(futures: list[Future[Any]]) -> list[Any]:
    """Delayed values that hold ``futures``. A collection made from the futures themselves
    (``from_delayed``) does not keep them (dask 2026.8): once Python collects them, the
    scheduler forgets their results and computing the collection fails ("lost
    dependencies"). A task that takes a future as its argument keeps it."""
    return [delayed(_same, pure=False)(future) for future in futures]


def _same(value: Any) -> Any:
    return value


def _parts_on_cluster(
    client: Client, groups: list[tuple[str, ...]], job: _Job
) -> list[Future[list[BatchItem]]]:
    """The futures of the partitions' items, each complete (``dask_recovery``)."""
    recovery: Recovery[Future[Any]] = Recovery(
        client,
        groups,
        job.skip,
        submit=lambda piece, group: client.submit(_piece_items, group, piece.keys, job, pure=False),
        keep=lambda future: future,
        hold=True,
    )
    parts = []
    for resolved in recovery.run():
        if len(resolved.kept) == 1 and not resolved.failed:
            parts.append(resolved.kept[0])
        else:
            rows = [item for _, item in resolved.failed]
            parts.append(client.submit(concatenated, *resolved.kept, rows, pure=False))
    return parts


def _write_on_cluster(
    client: Client, groups: list[tuple[str, ...]], root: str, fmt: OutputFormat, job: _Job
) -> dict[str, int]:
    def path(piece: Piece) -> str:
        return f"{root}/part-{piece.name}.{fmt}"

    recovery: Recovery[dict[str, int]] = Recovery(
        client,
        groups,
        job.skip,
        submit=lambda piece, group: client.submit(
            _write_piece, group, piece.keys, path(piece), fmt, job, pure=False
        ),
        keep=lambda future: cast("dict[str, int]", future.result()),
        discard=lambda piece: _remove(path(piece)),
    )
    counts: list[dict[str, int]] = []
    rows: list[Future[dict[str, int]]] = []
    for resolved in recovery.run():
        counts.extend(resolved.kept)
        for piece, item in resolved.failed:
            rows.append(client.submit(_write_items, [item], path(piece), fmt, pure=False))
    counts.extend(client.gather(rows))
    return {
        "articles": sum(c["articles"] for c in counts),
        "failures": sum(c["failures"] for c in counts),
        "files": len(counts),
    }


def _remove(path: str) -> None:
    """Remove ``path`` if it is there: a failed piece's torn file, whose rows its pieces
    write again."""
    import fsspec

    fs, inner = fsspec.core.url_to_fs(path)
    if fs.exists(inner):
        fs.rm(inner)


# ---------------------------------------------------------------- on the workers


def _piece_items(
    group: tuple[str, ...], keys: tuple[str, ...] | None, job: _Job
) -> list[BatchItem]:
    return list(_group_items(group, job.options, job.fetch_options, job.skip, keys))


def _write_piece(
    group: tuple[str, ...], keys: tuple[str, ...] | None, path: str, fmt: OutputFormat, job: _Job
) -> dict[str, int]:
    return _write_partition(group, path, fmt, job.options, job.fetch_options, job.skip, keys)


def _frame(items: list[BatchItem]) -> Any:
    """A partition's rows as a pandas frame of ``to_dataframe``'s columns (object dtype)."""
    import pandas as pd

    rows = [cells(item) for item in items]
    return pd.DataFrame(
        {name: pd.Series([row[name] for row in rows], dtype=object) for name in columns()}
    )


def _write_items(items: list[BatchItem], path: str, fmt: OutputFormat) -> dict[str, int]:
    return _write_stream(iter(items), path, fmt)


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
    keys: tuple[str, ...] | None = None,
) -> Iterator[BatchItem]:
    """The items of one partition's inputs, or of those of its input ``keys`` (a piece of
    it run again). ``batch`` gives each input a row whatever fails; should it fail itself
    part-way (a bug, memory), the inputs it had not answered get a failure row each (an
    archive: one for the rest of it), and the task still succeeds: the failure of one
    partition took the job, and every other partition's rows, with it."""
    if keys is not None:
        skip = Outside(keys)  # (the job's skip left those keys out already)
    answered: set[str] = set()
    try:
        for item in batch(
            group, workers=1, options=options, fetch_options=fetch_options, skip=skip
        ):
            answered.add(item.input)
            yield item
    except Exception as exc:
        logger.exception("a partition failed part-way: its unanswered inputs are failure rows")
        for name in group if keys is None else keys:
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
    keys: tuple[str, ...] | None = None,
) -> dict[str, int]:
    return _write_stream(_group_items(group, options, fetch_options, skip, keys), path, fmt)


def _write_stream(items: Iterator[BatchItem], path: str, fmt: OutputFormat) -> dict[str, int]:
    counts = {"articles": 0, "failures": 0}

    def counted(items: Iterator[BatchItem]) -> Iterator[BatchItem]:
        for item in items:
            counts["articles" if item.ok else "failures"] += 1
            yield item

    items = counted(items)
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
    from fsspec.implementations.local import LocalFileSystem

    filesystem, inner = fsspec.core.url_to_fs(path)
    if isinstance(filesystem, LocalFileSystem):
        return _LocalOutput(inner)
    return fsspec.open(path, "wb")


@attrs.frozen
class _LocalOutput:
    """A local partition file, opened as a file of its own: a symbolic link planted in its
    place is replaced, not written through (it wrote wherever the link led), and a FIFO or
    device there is refused (a FIFO held the worker in ``open`` for ever)."""

    path: str

    def open(self) -> Any:
        link = Path(self.path)
        if link.is_symlink():
            link.unlink()
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        descriptor = os.open(self.path, flags, 0o666)
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                raise OSError(errno.EINVAL, "not a regular file", self.path)
            os.set_blocking(descriptor, True)
        except BaseException:
            os.close(descriptor)
            raise
        return os.fdopen(descriptor, "wb")


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
