"""``newsextract.dask`` with what can go wrong on a worker: a partition whose ``batch`` fails
part-way still yields a row for each of its inputs (the job, and every other partition's
rows, went down with it), and an output path that cannot be written is an ``OptionError``,
not a FileExistsError or IsADirectoryError out of the whole job."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsextract import OptionError

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
pytest.importorskip("pyarrow.parquet", reason="the dask extra is not installed")

from newsextract import dask as nd  # noqa: E402
from newsextract.batching.runner import batch  # noqa: E402

from .warcs import article_html  # noqa: E402


@pytest.fixture(autouse=True)
def _synchronous() -> Iterator[None]:
    with dask.config.set(scheduler="synchronous"):
        yield


def _pages(folder: Path, count: int) -> list[str]:
    names = []
    for index in range(count):
        path = folder / f"page-{index}.html"
        path.write_text(article_html(f"Story {index}"))
        names.append(str(path))
    return names


def test_a_partition_that_fails_part_way_yields_a_row_for_every_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def breaks_after_one(group: tuple[str, ...], **kwargs: Any) -> Iterator[Any]:
        items = batch(group, **kwargs)
        yield next(items)
        items.close()
        raise MemoryError("the worker ran short")

    monkeypatch.setattr(nd, "batch", breaks_after_one)
    names = _pages(tmp_path, 5)
    items = nd.to_bag(names, per_partition=2).compute()
    assert sorted(item.input for item in items) == sorted(names)
    failures = [item.failure for item in items if item.failure is not None]
    assert len(failures) == 2  # three partitions, one answered input each
    assert {(f.stage, f.error_type, f.message) for f in failures} == {
        ("extract", "MemoryError", "the worker ran short")
    }


def test_write_counts_the_rows_of_a_partition_that_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails_at_once(group: tuple[str, ...], **kwargs: Any) -> Iterator[Any]:
        raise RuntimeError("broken")
        yield  # a generator, as batch is

    monkeypatch.setattr(nd, "batch", fails_at_once)
    names = _pages(tmp_path, 3)
    counts = nd.write(names, tmp_path / "out", format="jsonl", per_partition=8)
    assert counts == {"articles": 0, "failures": 3, "files": 1}
    text = (tmp_path / "out" / "part-00000.jsonl").read_text()
    rows = [json.loads(line) for line in text.splitlines()]
    assert [row["error"] for row in rows] == ["RuntimeError"] * 3


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_an_output_path_that_cannot_be_written_is_an_option_error(tmp_path: Path, fmt: str) -> None:
    names = _pages(tmp_path, 1)
    taken = tmp_path / "taken"
    taken.write_text("a file")
    with pytest.raises(OptionError, match="File exists") as raised:
        nd.write(names, taken, format=fmt)  # type: ignore[arg-type]
    assert raised.value.field == "path"
    (tmp_path / "out" / f"part-00000.{fmt}").mkdir(parents=True)
    with pytest.raises(OptionError, match="Is a directory"):
        nd.write(names, tmp_path / "out", format=fmt)  # type: ignore[arg-type]
    with pytest.raises(OptionError, match="nosuchscheme"):
        nd.write(names, "nosuchscheme://bucket/out", format=fmt)  # type: ignore[arg-type]
