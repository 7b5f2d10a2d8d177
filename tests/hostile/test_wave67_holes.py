"""Hostile input, wave 67: what the earlier red teams left, through the public entry points.

Expected outcome: every record of an archive meant as a page is an article or a failure row
(never passed over without one); a site rule's regex that would take the memory or crash
Python as it compiles is a ``RuleError`` naming its file and key (exit status 2 and one line
on the command line), within a second; no input gives an untyped error or a traceback."""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.batching.warcs import Record, article_html, http_response, write_warc

import newsextract
from newsextract.batching.warc import page_keys
from newsextract.errors import RuleError
from newsextract.rules.patterns import MAX_REPEAT_WEIGHT, repeat_weight

from .blind import SRC
from .third import machine_pace

URL = "https://news.example/2024/05/02/harbour-{n}"


def _page(n: int) -> Record:
    return Record(url=URL.format(n=n), block=http_response(article_html(f"Harbour {n}").encode()))


@pytest.mark.parametrize(
    "status_line",
    [b"HTTP/1.1 2", b"HTTP/1.1 20", b"HTTP/1.1 2000 OK", b"HTTP/1.1 020 OK"],
    ids=["cut-to-one-digit", "two-digits", "four-digits", "leading-zero"],
)
def test_a_response_whose_status_is_no_http_status_gives_a_row(
    status_line: bytes, tmp_path: Path
) -> None:
    # A lying Content-Length cuts the status line short ("HTTP/1.1 2"): FastWARC reads status
    # 2, which is no 2xx, and the record was passed over as an error answer, without a row.
    block = status_line + b"\r\nContent-Type: text/html\r\n\r\n" + article_html("Cut").encode()
    archive = tmp_path / "a.warc"
    offsets = write_warc(
        archive, [Record(url=URL.format(n=0), block=block), _page(1)], gzipped=False
    )
    items = list(newsextract.batch([str(archive)], workers=1))
    by_key = {item.input: item for item in items}
    assert set(by_key) == {f"{archive}#{offsets[0]}", f"{archive}#{offsets[1]}"}
    cut = by_key[f"{archive}#{offsets[0]}"].failure
    assert cut is not None and cut.stage == "read" and "no HTTP status line" in cut.message
    assert by_key[f"{archive}#{offsets[1]}"].article is not None
    assert set(page_keys(str(archive))) == set(by_key)  # --resume counts the same records


@pytest.mark.parametrize("status", [b"301 Moved", b"404 Not Found", b"999 Request denied"])
def test_a_three_digit_answer_other_than_2xx_is_still_no_page(
    status: bytes, tmp_path: Path
) -> None:
    block = b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html\r\n\r\n<p>gone</p>"
    archive = tmp_path / "a.warc"
    offsets = write_warc(
        archive, [Record(url=URL.format(n=0), block=block), _page(1)], gzipped=False
    )
    items = list(newsextract.batch([str(archive)], workers=1))
    assert [item.input for item in items] == [f"{archive}#{offsets[1]}"]


# Each was a crash as the rule loaded: the regex module writes out every copy a count asks
# for (the first two took all of a 24 GB machine's memory, the third a segmentation fault).
HUGE_COUNTS = [
    "a{9999999}",
    "x{4294967294}",
    "(?:ab|cd){1000000}",
    "((((a{20}){20}){20}){20})",
    "a{00000099999999}",  # leading zeros make no count smaller
    "a{" + "9" * 5000 + "}",  # more digits than int() reads
]


def _no_more_memory_than(megabytes: int) -> None:
    """A child's cap: a regression shows as a MemoryError or a failed run, not as a machine
    swapping."""
    cap = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


@pytest.mark.parametrize("key", ["regex", "paths"])
def test_a_rule_files_regex_of_huge_counts_is_a_rule_error_on_the_command_line(
    key: str, tmp_path: Path
) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    pattern = HUGE_COUNTS[2]
    where = f"paths = ['{pattern}']\n" if key == "paths" else ""
    field = f"regex = '{pattern}'\n" if key == "regex" else ""
    (rules / "r.toml").write_text(
        f"[rule]\nname = 'r'\ndomains = ['news.example']\n{where}"
        f"[fields.title]\nselectors = ['h1']\n{field}",
        encoding="utf-8",
    )
    page = tmp_path / "page.html"
    page.write_text(article_html("Harbour"), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "newsextract", "extract", str(page), "--rules-dir", str(rules)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        preexec_fn=lambda: _no_more_memory_than(1500),
        check=False,
    )
    assert done.returncode == 2, done.stderr[-500:]
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert "r.toml" in line and ("paths[0]" if key == "paths" else "regex") in line


@pytest.mark.parametrize("pattern", HUGE_COUNTS)
def test_a_python_rules_regex_of_huge_counts_is_a_rule_error(pattern: str) -> None:
    with pytest.raises(RuleError, match="copies"):
        newsextract.FieldRule(selectors=("h1",), regex=pattern)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d{4}",
        r"^/(?:news|sport)/\d{4}/\d{2}/",
        r"\p{L}{2,40}",
        r"[{]{9}",  # a brace in a set, and escaped ones, are no count
        r"\{99999999\}",
        r"[^\]{9999999}]",
        "(?:a{10}){100}",
    ],
)
def test_real_and_literal_counts_stay_under_the_cap(pattern: str) -> None:
    assert repeat_weight(pattern) <= MAX_REPEAT_WEIGHT
    newsextract.FieldRule(selectors=("h1",), regex=pattern)


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize(
    ("content_type", "http"),
    [
        ("APPLICATION/HTTP;MSGTYPE=RESPONSE", True),  # media types are caseless
        ("application/http ; msgtype=response", True),
        ("text/html; charset=utf-8", False),  # the page itself, as a resource record holds it
        ("text/html", True),  # a type that names the payload's, before an HTTP head
        ("", True),  # no type at all
    ],
)
def test_a_response_record_fastwarc_does_not_read_as_http_is_still_a_page(
    content_type: str, http: bool, gzipped: bool, tmp_path: Path
) -> None:
    page = article_html("Quay").encode()
    odd = Record(
        url=URL.format(n=0),
        content_type=content_type,
        block=http_response(page) if http else page,
    )
    dns = Record(url="dns:news.example", content_type="text/dns", block=b"news.example. 60 IN A 1")
    archive = tmp_path / ("a.warc.gz" if gzipped else "a.warc")
    offsets = write_warc(archive, [odd, dns, _page(1)], gzipped=gzipped)
    items = list(newsextract.batch([str(archive)], workers=1))
    by_key = {item.input: item for item in items}
    assert set(by_key) == {f"{archive}#{offsets[0]}", f"{archive}#{offsets[2]}"}
    article = by_key[f"{archive}#{offsets[0]}"].article
    assert article is not None and article.title == "Quay"
    assert article.url == URL.format(n=0) and "HTTP/1.1" not in article.body
    assert set(page_keys(str(archive))) == set(by_key)


def test_such_a_record_cut_short_is_a_row_and_the_next_page_is_read(tmp_path: Path) -> None:
    odd = Record(
        url=URL.format(n=0),
        content_type="APPLICATION/HTTP",
        block=http_response(article_html("Quay").encode()),
    )
    archive = tmp_path / "a.warc"
    data = odd.to_bytes()
    cut = data.replace(b"Content-Length: ", b"Content-Length: 1", 1)  # claims ten times more
    archive.write_bytes(cut + _page(1).to_bytes())
    items = list(newsextract.batch([str(archive)], workers=1))
    assert [item.failure.error_type for item in items if item.failure] == ["TruncatedRecordError"]
    assert [item.article.title for item in items if item.article] == ["Harbour 1"]
    assert {item.input for item in items} == set(page_keys(str(archive)))


@pytest.mark.parametrize("headline", ["Quay", "Quai d\u00e9sert", "Quay \ud800"])
def test_a_jsonl_file_opening_with_a_bom_reads_its_first_row(headline: str, tmp_path: Path) -> None:
    # json.dumps escapes every non-ASCII character ("\u00e9"): the row took another path,
    # which kept the BOM and failed with "Unexpected UTF-8 BOM" where an ASCII row was read.
    rows = tmp_path / "rows.jsonl"
    first = {"url": URL.format(n=0), "html": article_html(headline)}
    second = {"url": URL.format(n=1), "html": article_html("Harbour 1")}
    rows.write_bytes(
        b"\xef\xbb\xbf" + (json.dumps(first) + "\n" + json.dumps(second) + "\n").encode()
    )
    items = list(newsextract.batch([str(rows)], workers=1))
    assert [item.input for item in items] == [f"{rows}:1", f"{rows}:2"]
    assert all(item.article is not None for item in items)
    assert items[0].article is not None and items[0].article.title.startswith("Qua")


def test_a_gzipped_jsonl_file_of_millions_of_blank_lines_is_read_fast(tmp_path: Path) -> None:
    # 5 million line breaks gzip to 5 KB; read a line at a time they took 2.5 s (100
    # million, 50 s): a 10 MB file would have held a batch for hours.
    rows = tmp_path / "rows.jsonl.gz"
    first = json.dumps({"url": URL.format(n=0), "html": article_html("Quay")})
    with gzip.open(rows, "wb", compresslevel=9) as out:
        out.write(first.encode() + b"\n")
        for _ in range(5):
            out.write(b"\n \r\n\t\n" * 333_333 + b"\n")
        out.write(first.encode() + b"\n")
    started = time.process_time()
    items = list(newsextract.batch([str(rows)], workers=1))
    assert time.process_time() - started < 1.2 * machine_pace()  # 0.36 s here, two pages
    assert [item.input for item in items] == [f"{rows}:1", f"{rows}:{2 + 5 * 1_000_000}"]
    assert all(item.article is not None for item in items)


@pytest.mark.parametrize("line", [2, 3, 9])
def test_a_jsonl_key_naming_a_blank_line_or_none_is_a_row(line: int, tmp_path: Path) -> None:
    # A key naming a blank line gave no row at all: a batch of one input and none out.
    rows = tmp_path / "rows.jsonl"
    first = json.dumps({"url": URL.format(n=0), "html": article_html("Quay")})
    rows.write_text(f"{first}\n\n  \n{first}\n", encoding="utf-8")
    (item,) = newsextract.batch([f"{rows}:{line}"], workers=1)
    assert item.input == f"{rows}:{line}"
    assert item.failure is not None and item.failure.error_type == "RecordNotFoundError"
    assert f"no row at line {line}" in item.failure.message
