"""Hostile input, wave 71: every failure a user sees is one of newsextract's errors.

The hostile round found rows and messages that named Python's errors, not the project's: a
JSONL row with no ``html`` string (``KeyError``) or no JSON (``JSONDecodeError``), a damaged
WARC record (``EOFError``, ``ValueError``), a row key past the file's end (``LookupError``),
a gzip input that is none (``BadGzipFile``), ``rules test`` of a broken golden file
(``JSONDecodeError``, ``RecursionError``). A cache file another process holds locked made
each lookup wait out SQLite's 5 s busy timeout (a robots.txt fetch then ran out its 5 s
total timeout) and hishel's logged traceback reached a caller with no logging configured.
A canonical link on port 0 was kept where one on port 65536 was dropped.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.batching.test_deep_json import RULE  # one golden case: page.html, page.json
from tests.batching.warcs import article_html, page, write_warc

import newsextract
from newsextract import (
    CorruptInputError,
    MalformedRowError,
    NewsExtractError,
    RecordNotFoundError,
    TruncatedRecordError,
    UnreadableRecordError,
)
from newsextract.fetching.transport import CACHE_FILE

from .second import cli, run
from .test_blind_fetch import PAGE, RawServer, head, options, robotless_server, send

WORDS = "The council met on Tuesday to debate the harbour plan and its costs for the town."
STORY = "".join(f"<p>{WORDS} Paragraph {n} adds its own detail.</p>" for n in range(5))


def _failures(inputs: list[str]) -> dict[str, tuple[str, str]]:
    items = list(newsextract.batch(inputs, workers=1))
    return {i.input: (i.failure.error_type, i.failure.message) for i in items if i.failure}


def _project_error(name: str) -> bool:
    return isinstance(getattr(newsextract, name, None), type) and issubclass(
        getattr(newsextract, name), NewsExtractError
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (b'{"url": "https://news.example/a"}', 'no "html" string'),
        (b'{"html": 5}', 'no "html" string'),
        (b"[1, 2]", 'no "html" string'),
        (b"{not json", "not JSON"),
        (b"\xff\xfe{}", "not JSON"),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_a_jsonl_row_that_is_no_page_is_a_malformed_row(
    line: bytes, said: str, tmp_path: Path
) -> None:
    rows = tmp_path / "rows.jsonl"
    good = json.dumps({"url": "https://news.example/b", "html": f"<h1>Quay</h1>{STORY}"})
    rows.write_bytes(line + b"\n" + good.encode() + b"\n")
    failures = _failures([str(rows)])
    assert list(failures) == [f"{rows}:1"]
    error_type, message = failures[f"{rows}:1"]
    assert error_type == MalformedRowError.__name__ and said in message


def test_a_row_key_past_the_end_is_a_record_not_found(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"html": f"<h1>Quay</h1>{STORY}"}) + "\n")
    failures = _failures([f"{rows}:7"])
    assert failures[f"{rows}:7"][0] == RecordNotFoundError.__name__


@pytest.mark.parametrize(
    "data", [b"plain text, named .gz", gzip.compress(b'{"html": "<p>x</p>"}\n' * 50)[:-30]]
)
def test_a_gzip_input_that_is_none_or_cut_short_is_corrupt(data: bytes, tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl.gz"
    rows.write_bytes(data)
    assert [error for error, _ in _failures([str(rows)]).values()] == [CorruptInputError.__name__]


def test_damaged_warc_records_name_the_project_s_errors(tmp_path: Path) -> None:
    archive = tmp_path / "cut.warc"
    write_warc(archive, [page("https://e.org/1", article_html("One").encode())], gzipped=False)
    archive.write_bytes(archive.read_bytes()[:-40])
    bogus = tmp_path / "bogus.warc"
    bogus.write_bytes(b"no archive at all\r\n" * 20)
    failures = _failures([str(archive), str(bogus), f"{archive}#5"])
    assert failures[f"{archive}#0"][0] == TruncatedRecordError.__name__
    assert all(_project_error(error) for error, _ in failures.values()), failures


def test_a_record_with_no_http_status_line_is_unreadable(tmp_path: Path) -> None:
    block = b"<html><body><p>no head</p></body></html>"
    archive = tmp_path / "headless.warc"
    archive.write_bytes(
        b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://e.org/a\r\n"
        b"WARC-Date: 2024-01-02T03:04:05Z\r\nContent-Type: application/http; msgtype=response\r\n"
        b"Content-Length: %d\r\n\r\n" % len(block) + block + b"\r\n\r\n"
    )
    failures = _failures([str(archive)])
    assert failures[f"{archive}#0"][0] == UnreadableRecordError.__name__


@pytest.mark.parametrize(
    ("golden", "said"),
    [
        (b"{not json", "is not JSON"),
        (b"[" * 100_000, "nested too deeply"),
        ("{}".encode("utf-16"), "not UTF-8"),
        (b"[1, 2]", "a JSON object of fields"),
    ],
)
def test_rules_test_of_a_broken_golden_file_names_a_rule_error(
    golden: bytes, said: str, tmp_path: Path
) -> None:
    (tmp_path / "page.html").write_text(f"<html><body><h1>Quay</h1>{STORY}</body></html>")
    (tmp_path / "page.json").write_bytes(golden)
    (tmp_path / "deep.toml").write_text(RULE)
    status, out, err = cli("rules", "test", "--rules-dir", str(tmp_path))
    assert status == 1 and "Traceback" not in err
    assert "error: RuleError: " in out and said in out, out
    assert "JSONDecodeError" not in out and "RecursionError" not in out


@pytest.mark.parametrize("port", ["0", "00", "65536", "99999"])
def test_a_content_url_on_a_port_no_connection_can_use_is_no_address(port: str) -> None:
    html = (
        f'<html><head><link rel="canonical" href="https://news.example:{port}/x">'
        f'<meta property="og:image" content="https://news.example:{port}/i.jpg"></head>'
        f"<body><article><h1>Quay</h1>{STORY}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example/d/p")
    assert article.canonical_url == "https://news.example/d/p"
    assert article.image is None
    assert newsextract.extract(html, url=f"https://news.example:{port}/d/p").url is None


def test_a_content_url_on_a_usable_port_keeps_it() -> None:
    html = (
        '<html><head><link rel="canonical" href="https://news.example:8443/x"></head>'
        f"<body><article><h1>Quay</h1>{STORY}</article></body></html>"
    )
    article = newsextract.extract(html, url="https://news.example/d/p")
    assert article.canonical_url == "https://news.example:8443/x"


@pytest.fixture
def server() -> Iterator[RawServer]:
    yield from robotless_server()


# A child with no logging configured, as a library caller's script is: what Python's
# last-resort handler prints reaches its stderr.
FETCH = """
import sys, time
import newsextract
options = newsextract.FetchOptions(
    cache_dir=sys.argv[1], per_host_delay=0.0, connect_timeout=2.0, read_timeout=2.0,
    total_timeout=5.0, backoff_base=0.01, backoff_cap=0.05, trust_env=False,
)
started = time.monotonic()
if sys.argv[3] == "sync":
    page = newsextract.fetch(sys.argv[2], options=options)
else:
    import asyncio
    async def main():
        async with newsextract.AsyncFetcher(options) as fetcher:
            return await fetcher.fetch(sys.argv[2])
    page = asyncio.run(main())
print(round(time.monotonic() - started, 2), len(page.text))
"""


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_cache_file_locked_by_another_process_is_read_around_quietly(
    kind: str, server: RawServer, tmp_path: Path
) -> None:
    server.routes["/a"] = send(
        head("200 OK", "Cache-Control: max-age=3600", length=len(PAGE)) + PAGE
    )
    server.routes["/b"] = server.routes["/a"]
    newsextract.fetch(server.url("/a"), options=options(cache_dir=tmp_path))  # the tables made
    holder = sqlite3.connect(tmp_path / CACHE_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process's long write transaction
    try:
        status, out, err = run(["-c", FETCH, str(tmp_path), server.url("/b"), kind], seconds=60)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert status == 0, err
    took, length = out.split()
    assert int(length) > 0
    # Each lookup waited SQLite's 5 s busy timeout (the robots.txt one ran out its 5 s
    # total timeout); a short wait per lookup and write, fetched from the network.
    assert float(took) < 4, out
    assert "Traceback" not in err and "hishel" not in err, err
