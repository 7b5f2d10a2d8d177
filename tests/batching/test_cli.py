"""``newsextract batch`` (``python -m newsextract.batching``): outputs, resume, kill and resume."""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsextract.batching.cli import add_arguments, add_batch_command, main, run_batch

from .conftest import Server
from .process_groups import output_lines, wait_for_group_to_end
from .warcs import article_html, page, write_warc


def rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def run(argv: list[str], stdin: str = "") -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    err = io.StringIO()
    code = run_batch(parser.parse_args(argv), stdin=io.StringIO(stdin), stderr=err)
    return code, err.getvalue()


def test_jsonl_output_and_summary(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    missing = str(tmp_path / "missing.html")
    code, err = run([str(pages), missing, "-o", str(out), "-j", "2"])
    assert code == 1  # some inputs failed, each in its row
    written = rows(out)
    assert len(written) == 13
    assert [{k: v for k, v in r.items() if v is not None} for r in written if r["error"]] == [
        {
            "input": missing,
            "status": "error",
            "stage": "read",
            "error": "FileNotFoundError",
            "message": f"No such file or directory: {missing}",
        }
    ]
    assert "13 inputs" in err and "12 articles, 1 failures (read 1)" in err


def test_an_existing_output_needs_resume_or_overwrite(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert run([str(pages / "p00.html"), "-o", str(out)])[0] == 0
    code, err = run([str(pages), "-o", str(out)])
    assert code == 2 and "--resume" in err
    assert len(rows(out)) == 1
    assert run([str(pages), "-o", str(out), "--resume"])[0] == 0
    assert sorted(r["input"] for r in rows(out)) == sorted(str(p) for p in pages.rglob("*.htm*"))
    assert run([str(pages / "p01.html"), "-o", str(out), "--overwrite"])[0] == 0
    assert [r["input"] for r in rows(out)] == [str(pages / "p01.html")]


def test_failures_can_go_to_their_own_file(pages: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"%PDF-1.4")
    assert run([str(pages), str(bad), "-o", str(out), "--errors", str(errors)])[0] == 1
    assert len(rows(out)) == 12 and all(r["status"] == "ok" for r in rows(out))
    [failure] = rows(errors)
    assert (failure["input"], failure["stage"], failure["error"]) == (
        str(bad),
        "decode",
        "NotHTMLError",
    )
    code, err = run([str(pages), str(bad), "-o", str(out), "--errors", str(errors), "--resume"])
    assert code == 0 and "0 inputs" in err and "13 inputs were already done" in err


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_table_outputs(pages: Path, tmp_path: Path, suffix: str) -> None:
    if suffix == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"out.{suffix}"
    assert run([str(pages), "-o", str(out), "-j", "1"])[0] == 0
    assert run([str(pages / "p00.html"), "-o", str(out), "--resume"])[0] == 0
    if suffix == "csv":
        assert out.read_text(encoding="utf-8").startswith(
            "input,status,url,retrieved,stage,error,message,"
        )
    else:
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows == 12


@pytest.mark.parametrize("command", ["batch", "crawl"])
def test_help_is_plain_text(command: str) -> None:
    """argparse prints a description verbatim: no reStructuredText markup may reach it."""
    done = subprocess.run(
        [sys.executable, "-m", "newsextract.cli", command, "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "``" not in done.stdout and ":func:" not in done.stdout, done.stdout


def test_usage_errors(tmp_path: Path) -> None:
    code, err = run(["x.html", "-o", str(tmp_path / "out.xlsx")])
    assert code == 2 and "--format" in err
    code, err = run(["-o", str(tmp_path / "out.jsonl")])
    assert code == 2 and "no inputs" in err
    code, err = run(["x.html", "-o", str(tmp_path / "o.jsonl"), "--errors", "e.csv"])
    assert code == 2 and ".jsonl" in err


def test_inputs_from_a_file_and_stdin(pages: Path, tmp_path: Path) -> None:
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"# saved pages\n{pages / 'p00.html'}\n\n{pages / 'p01.html'}\n")
    out = tmp_path / "out.jsonl"
    stdin = f"{pages / 'p02.html'}\n"
    assert run(["-i", str(listing), "-i", "-", "-o", str(out)], stdin=stdin)[0] == 0
    assert sorted(r["input"] for r in rows(out)) == [str(pages / f"p0{i}.html") for i in range(3)]


def test_a_listed_name_that_is_not_utf8_is_a_failure_row_not_the_end_of_the_run(
    pages: Path, tmp_path: Path
) -> None:
    listing = tmp_path / "inputs.txt"
    listing.write_bytes(
        os.fsencode(pages / "p00.html") + b"\n" + os.fsencode(pages) + b"/p\xff.html\n"
        b"https://example.com/a\xffb\n"
    )
    out = tmp_path / "out.jsonl"
    assert run(["-i", str(listing), "-o", str(out)])[0] == 1
    by_input = {row["input"]: row["error"] for row in rows(out)}
    assert by_input == {
        str(pages / "p00.html"): None,
        f"{pages}/p\\xff.html": "InputNameError",
        "https://example.com/a\\xffb": "InputNameError",
    }


def test_url_inputs_with_fetch_options(server: Server, tmp_path: Path) -> None:
    server.routes["/news/1"] = (200, "text/html", article_html("Fetched").encode())
    out = tmp_path / "out.jsonl"
    urls = [server.url("/news/1"), server.url("/gone")]
    code, _ = run([*urls, "-o", str(out), "--per-host-delay", "0", "--no-robots"])
    assert code == 1
    by_input = {row["input"]: row for row in rows(out)}
    assert by_input[urls[0]]["title"] == "Fetched"
    assert (by_input[urls[1]]["stage"], by_input[urls[1]]["error"]) == ("fetch", "HTTPStatusError")


def test_progress_bar(pages: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    _, err = run([str(pages), missing, "-o", str(tmp_path / "o.jsonl"), "--progress"])
    assert "page/s" in err and "failures=1" in err


def test_add_batch_command() -> None:
    parser = argparse.ArgumentParser(prog="newsextract")
    add_batch_command(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["batch", "a.warc.gz", "-o", "out.jsonl", "-j", "3"])
    assert (args.command, args.handler, args.inputs, args.workers) == (
        "batch",
        run_batch,
        ["a.warc.gz"],
        3,
    )


def test_main(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(pages / "p00.html"), "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "1 articles" in capsys.readouterr().err


def test_python_dash_m(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(
        archive, [page("https://e.org/1", article_html("From a WARC").encode())], gzipped=True
    )
    out = tmp_path / "out.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "newsextract.batching", str(archive), "-o", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "1 articles" in result.stderr
    [row] = rows(out)
    assert (row["title"], row["url"], row["retrieved"]) == (
        "From a WARC",
        "https://e.org/1",
        "2024-01-02T03:04:05+00:00",
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes and signals")
def test_killed_with_sigkill_then_resumed_every_input_once(tmp_path: Path) -> None:
    """Kill the batch process mid-way (as the OOM killer would), resume, count every key.

    The first run reads its input list from a named pipe that is fed 250 of the 300 inputs
    and then left open, so it cannot finish before it is killed.
    """
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(300):
        (folder / f"p{i:03d}.html").write_text(article_html(f"Story {i}", paragraphs=20))
    expected = sorted(str(p) for p in folder.iterdir())
    listing = tmp_path / "inputs.txt"
    listing.write_text("\n".join(expected) + "\n")
    pipe = tmp_path / "inputs.fifo"
    os.mkfifo(pipe)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsextract.batching", "-o", str(out), "-j", "2"]

    first = subprocess.Popen(
        [*command, "-i", str(pipe)], stderr=subprocess.DEVNULL, start_new_session=True
    )
    feed = pipe.open("w")  # opens once the batch process opens the pipe to read it
    try:
        feed.write("\n".join(expected[:250]) + "\n")
        feed.flush()
        deadline = time.monotonic() + 60
        while output_lines(out) < 100 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert output_lines(out) >= 100
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
        with contextlib.suppress(BrokenPipeError):
            feed.close()
    assert output_lines(out) < 300
    wait_for_group_to_end(first.pid)  # the workers end themselves when the parent dies

    resumed = subprocess.run(
        [*command, "-i", str(listing), "--resume"], capture_output=True, text=True, timeout=120
    )
    assert resumed.returncode == 0, resumed.stderr
    counts = collections.Counter(row["input"] for row in rows(out))
    assert sorted(counts) == expected
    assert set(counts.values()) == {1}
