"""Outputs flushed as they go, and resuming from them after a crash at any byte."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsextract import Article, BatchItem, Failure, OptionError
from newsextract.batching.results import columns
from newsextract.batching.resume import KeySet, done_keys
from newsextract.batching.writers import format_of, journal_path, open_writer

pyarrow = pytest.importorskip("pyarrow")
import pyarrow.parquet as pq  # noqa: E402

TRICKY = 'quotes " and, commas\nnew lines\r\n, unicode é 中文 and a tab\t'


def items(count: int, *, prefix: str = "in") -> list[BatchItem]:
    out = []
    for i in range(count):
        key = f"{prefix}/{i}.html"
        if i % 4 == 3:
            failure = Failure(input=key, stage="decode", error_type="NotHTMLError", message=TRICKY)
            out.append(BatchItem(input=key, failure=failure))
        else:
            article = Article(
                url=f"https://e.org/{i}",
                title=f"Title {i} {TRICKY}" if i % 2 else None,
                authors=("A B", "C D") if i % 3 == 0 else (),
                body=TRICKY * (i % 3),
                provenance={"title": "html:h1"} if i % 2 else {},
            )
            out.append(BatchItem(input=key, article=article))
    return out


def write_all(path: Path, batch: list[BatchItem]) -> None:
    writer = open_writer(path)
    for item in batch:
        writer.write(item)
    writer.close()


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv", "out.parquet"])
def test_outputs_round_trip(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    batch = items(9)
    write_all(path, batch)
    done = done_keys(path)
    assert len(done) == 9 and all(item.input in done for item in batch)
    if name.endswith(".csv"):
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        assert list(rows[0]) == list(columns())
        assert json.loads(rows[0]["authors"]) == ["A B", "C D"]
        assert rows[3]["error"] == "NotHTMLError" and rows[3]["message"] == TRICKY
    elif name.endswith(".parquet"):
        table = pq.read_table(path)
        assert table.column_names == list(columns())
        assert table.column("authors").to_pylist()[0] == ["A B", "C D"]
        assert table.column("is_paywalled").type == pyarrow.bool_()
        assert not journal_path(path).exists()
    else:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert rows[1]["title"] == f"Title 1 {TRICKY}"
        assert rows[3]["message"] == TRICKY


def test_parquet_resume_keeps_the_earlier_rows(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    write_all(path, items(5))
    write_all(path, items(3, prefix="more"))
    assert pq.read_table(path).num_rows == 8
    assert len(done_keys(path)) == 8


def test_a_killed_parquet_run_resumes_from_its_journal(tmp_path: Path) -> None:
    path = tmp_path / "out.parquet"
    writer = open_writer(path)
    for item in items(4):
        writer.write(item)
    # killed here: no close, so no Parquet file yet, only the journal
    assert not path.exists()
    assert len(done_keys(path)) == 4
    writer.close()
    assert pq.read_table(path).num_rows == 4


def test_format_of() -> None:
    assert format_of("x.ndjson") == "jsonl"
    with pytest.raises(OptionError, match="format") as raised:  # also a ValueError
        format_of("x.xlsx")
    assert raised.value.field == "format" and "parquet" in raised.value.allowed


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), name=st.sampled_from(["out.jsonl", "out.csv"]))
def test_a_cut_at_any_byte_loses_only_the_torn_record(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject, name: str
) -> None:
    path = tmp_path_factory.mktemp("cut") / name
    batch = items(6)
    write_all(path, batch)
    whole = path.read_bytes()
    cut = data.draw(st.integers(min_value=0, max_value=len(whole)))
    path.write_bytes(whole[:cut])
    # The records that were complete at the cut, by writing them again one by one.
    complete = 0
    for count in range(len(batch) + 1):
        probe = path.with_name(f"probe-{count}-{name}")
        write_all(probe, batch[:count])
        if len(probe.read_bytes()) <= cut:
            complete = count
        probe.unlink()
    done = done_keys(path)
    assert len(done) == complete
    assert all(item.input in done for item in batch[:complete])
    # The torn tail is gone: appending the rest gives a file like an uninterrupted run.
    write_all(path, [item for item in batch if item.input not in done])
    fresh = path.with_name("fresh-" + name)
    write_all(fresh, batch)
    assert path.read_bytes() == fresh.read_bytes()


def test_damage_in_the_middle_of_a_csv_is_not_cut_off(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_all(path, items(5))
    lines = path.read_bytes().split(b"\n")
    lines[2] = b'"broken'
    path.write_bytes(b"\n".join(lines))
    size = path.stat().st_size
    with pytest.raises(ValueError, match="malformed"):
        done_keys(path)
    assert path.stat().st_size == size


def test_key_set() -> None:
    keys = KeySet(["a", "b#1"])
    keys.add("c:2")
    assert "b#1" in keys and "c:2" in keys and "z" not in keys and 3 not in keys
    assert len(keys) == 3


def test_a_parquet_output_of_an_older_version_is_resumed_in_todays_columns(
    tmp_path: Path,
) -> None:
    """Rows written before the ``status`` column existed are kept, their status told by
    ``error``, when a resumed run rewrites the file."""
    out = tmp_path / "out.parquet"
    write_all(out, items(4))
    older = pq.read_table(out).drop_columns(["status"])
    pq.write_table(older, out)
    assert done_keys(out)  # its keys still count as done
    write_all(out, items(2, prefix="new"))
    table = pq.read_table(out)
    assert tuple(table.column_names) == columns()
    assert table.column("status").to_pylist() == ["ok", "ok", "ok", "error", "ok", "ok"]


def test_a_csv_output_of_an_older_version_is_not_appended_to(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    older = [name for name in columns() if name != "status"]
    out.write_text(",".join(older) + "\n" + ",".join("x" for _ in older) + "\n")
    with pytest.raises(OptionError, match="other columns than this version writes") as raised:
        done_keys(out)
    assert raised.value.field == "resume"
