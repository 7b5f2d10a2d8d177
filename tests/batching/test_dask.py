"""``newsextract.dask`` on a real ``LocalCluster`` of worker processes."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsextract

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the dask extra is not installed")

from newsextract import dask as nd  # noqa: E402
from newsextract.batching.results import columns  # noqa: E402

from .clusters import local_client  # noqa: E402
from .warcs import article_html, page, write_warc  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with local_client() as connected:
        yield connected


@pytest.fixture
def inputs(pages: Path, tmp_path: Path) -> list[str]:
    archive = tmp_path / "crawl.warc.gz"
    records = [page(f"https://e.org/{i}", article_html(f"Archived {i}").encode()) for i in range(5)]
    write_warc(archive, records, gzipped=True)
    return [str(pages), str(archive), str(tmp_path / "nothing-*.html")]


def test_partitions(inputs: list[str]) -> None:
    groups = nd.partitions(inputs, per_partition=5)
    assert [len(g) for g in groups] == [5, 5, 1, 3]
    assert groups[2] == (inputs[1],)  # an archive stands alone


def test_a_bag_holds_what_batch_yields(client: distributed.Client, inputs: list[str]) -> None:
    bag = nd.to_bag(inputs, per_partition=4)
    assert bag.npartitions == 5
    on_cluster = {item.input: item for item in bag.compute()}
    local = {item.input: item for item in newsextract.batch(inputs, workers=1)}
    assert on_cluster == local
    assert len(on_cluster) == 12 + 5 + 1


def test_a_bag_and_a_dataframe_keep_their_results_until_computed(
    client: distributed.Client, inputs: list[str]
) -> None:
    """The partitions' futures live as long as the collection: a collection made from bare
    futures lost them once Python collected them, and computing it later failed."""
    bag = nd.to_bag(inputs, per_partition=4)
    frame = nd.to_dataframe(inputs, per_partition=4)
    gc.collect()
    client.run_on_scheduler(lambda: None)  # the releases, had any been sent, have arrived
    assert len(bag.compute()) == 18
    assert len(frame.compute()) == 18


def test_a_dataframe_of_rows(client: distributed.Client, inputs: list[str]) -> None:
    frame = nd.to_dataframe(inputs).compute()
    assert list(frame.columns) == list(columns())
    assert len(frame) == 18
    assert set(frame["stage"].dropna()) == {"read"}
    assert frame.set_index("input").loc[inputs[2], "error"] == "FileNotFoundError"


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_write_one_file_per_partition(
    client: distributed.Client, inputs: list[str], tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / "out"
    counts = nd.write(inputs, out, format=fmt, per_partition=4)  # type: ignore[arg-type]
    assert counts == {"articles": 17, "failures": 1, "files": 5}
    files = sorted(out.iterdir())
    assert [f.name for f in files] == [f"part-{i:05d}.{fmt}" for i in range(5)]
    if fmt == "parquet":
        table = pq.read_table(out)
        assert table.num_rows == 18 and table.column_names == list(columns())
    else:
        lines = [json.loads(line) for f in files for line in f.read_text().splitlines()]
        assert len({row["input"] for row in lines}) == 18


def test_skip_on_the_cluster(client: distributed.Client, inputs: list[str], pages: Path) -> None:
    from newsextract.batching.resume import KeySet

    skip = KeySet([str(pages / "p00.html")])
    keys = {item.input for item in nd.to_bag(inputs, skip=skip).compute()}
    assert str(pages / "p00.html") not in keys and len(keys) == 17


def test_rules_reach_the_workers(client: distributed.Client, tmp_path: Path) -> None:
    """The rules travel inside the pickled options: a lambda hook too (Dask's cloudpickle)."""
    from newsextract import FieldRule, SiteRule

    from .test_batch_rules import KICKER, rows

    hooked = SiteRule(
        name="hooked", domains=("example.org",), fields={"title": FieldRule(hook=lambda p: "H")}
    )
    source = str(rows(tmp_path, 3))
    bag = nd.to_bag([source], rules=[hooked], default_rules=False)
    assert {(i.article.title, i.article.rule) for i in bag.compute() if i.article} == {
        ("H", "hooked")
    }
    out = tmp_path / "out"
    assert nd.write([source], out, format="jsonl", rules=[KICKER])["articles"] == 3
    lines = [json.loads(line) for line in (out / "part-00000.jsonl").read_text().splitlines()]
    assert {(row["title"], row["rule"]) for row in lines} == {("By rule", "kicker")}
    frame = nd.to_dataframe([source], rules=[KICKER]).compute()
    assert set(frame["title"]) == {"By rule"}


def test_a_bad_option_on_a_worker_reaches_the_client_as_itself(client: distributed.Client) -> None:
    with pytest.raises(newsextract.OptionError, match="favor") as raised:
        client.submit(newsextract.ExtractOptions, favor="fast").result()
    assert raised.value.field == "favor"


def test_an_unknown_format_is_an_option_error(tmp_path: Path) -> None:
    with pytest.raises(newsextract.OptionError, match="csv") as raised:
        nd.write([], tmp_path / "out", format="csv")  # type: ignore[arg-type]
    assert raised.value.field == "format"
