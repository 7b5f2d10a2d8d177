"""Second blind red team, wave 57: the Dask path given poisoned inputs on a real
``LocalCluster`` of two worker processes: a JSONL file whose rows are of every wrong shape,
one over the size cap and one not UTF-8, a WARC archive cut short, a FIFO, a missing file, a
folder and a page beside them.

Expected outcome: ``write`` counts one row per input (or record), each input's key once in the
files, no task error out of the job; within 60 s with the cluster's start."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.batching.clusters import local_client
from tests.batching.warcs import article_html, page, write_warc

dask = pytest.importorskip("dask", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

from newsextract import dask as nd  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with local_client() as connected:
        yield connected


def _poisoned_jsonl(path: Path) -> int:
    good = article_html("Good row")
    rows = [
        json.dumps({"url": "https://e.org/1", "html": good}),
        json.dumps({"url": "https://e.org/2", "html": 5}),
        json.dumps({"url": ["https://e.org/3"], "html": good}),
        json.dumps({"url": "https://e.org/4", "html": None}),
        json.dumps({"url": "https://e.org/5", "html": ["<p>x</p>"]}),
        json.dumps(["not", "an", "object"]),
        json.dumps("a string"),
        "{not json",
        json.dumps({"url": "https://e.org/6", "html": "<p>" + "x" * 11_000_000 + "</p>"}),
        json.dumps({"url": "https://e.org/7", "html": good, "encoding": "utf-7"}),
        json.dumps({"url": "https://e.org/8"}),
        json.dumps({"url": "javascript:alert(1)", "html": good}),
        json.dumps({"html": good, "url": "https://e.org/9\ud800"}),
    ]
    data = ("\n".join(rows) + "\n").encode("utf-8", "surrogatepass")
    data += b'{"url": "https://e.org/10", "html": "\xff\xfe bad bytes"}\n'
    path.write_bytes(data)
    return len(rows) + 1


def test_poisoned_inputs_on_a_cluster_give_a_row_each(
    client: distributed.Client, tmp_path: Path
) -> None:
    inputs_dir = tmp_path / "in"
    inputs_dir.mkdir()
    rows = _poisoned_jsonl(inputs_dir / "rows.jsonl")
    archive = inputs_dir / "crawl.warc.gz"
    write_warc(
        archive,
        [page(f"https://e.org/w{i}", article_html(f"Archived {i}").encode()) for i in range(3)],
        gzipped=True,
    )
    archive.write_bytes(archive.read_bytes()[:-40])  # the last record cut short
    fifo = inputs_dir / "pipe.html"
    os.mkfifo(fifo)
    bomb = inputs_dir / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 50_000_000))
    good = inputs_dir / "good.html"
    good.write_text(article_html("Good page"))
    inputs = [
        str(inputs_dir / "rows.jsonl"),
        str(archive),
        str(fifo),
        str(bomb),
        str(good),
        str(inputs_dir / "missing.html"),
        str(tmp_path / "empty-folder"),
        "http://127.0.0.1:9/refused",
    ]
    (tmp_path / "empty-folder").mkdir()
    out = tmp_path / "out"
    counts = nd.write(inputs, str(out), format="jsonl")
    keys = []
    for part in sorted(out.glob("*.jsonl")):
        keys += [json.loads(line)["input"] for line in part.read_text().splitlines() if line]
    assert len(keys) == len(set(keys)), "an input written twice"
    assert counts["articles"] + counts["failures"] == len(keys)
    assert sum(1 for key in keys if key.startswith(str(inputs_dir / "rows.jsonl"))) == rows
    assert sum(1 for key in keys if key.startswith(str(archive))) >= 3
    for single in inputs[2:]:
        assert single in keys, single
