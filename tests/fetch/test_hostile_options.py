"""Fetch options that cannot work are an ``OptionError`` when made, not a failure mid-run:
a wait no clock can sleep (``inf``, ``nan``, 1e12 s), header text httpx cannot send (a
letter outside ASCII, CR LF that would split the header), a cache folder that is a file.
Validators a server sent that cannot be sent back are left out of the conditional fetch."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsextract import FetchOptions, OptionError
from newsextract.fetching import AsyncFetcher, Fetcher, Page, Validators

from .servers import PAGE, Site, fast_options, fetch_once


@pytest.mark.parametrize(
    "change",
    [
        {"per_host_delay": float("inf")},
        {"per_host_delay": 1e12},
        {"total_timeout": float("nan")},
        {"connect_timeout": float("inf")},
        {"max_crawl_delay": float("-inf")},
        {"backoff_cap": 1e300},
        {"max_bytes": "many"},
        {"retries": -1},
        {"user_agent": "caf\u00e9-reader/1.0"},
        {"user_agent": "reader/1.0\r\nX-Injected: 1"},
        {"user_agent": "reader\x00"},
        {"headers": {"X-Note": "line one\nline two"}},
        {"headers": {"X-Note\r\n": "v"}},
    ],
)
def test_options_no_fetch_can_carry_out_are_refused_when_made(change: dict[str, Any]) -> None:
    [field] = change
    with pytest.raises(OptionError, match=f"invalid option {field}=") as raised:
        FetchOptions(**change)
    assert raised.value.field == field


def test_ordinary_options_still_go() -> None:
    options = FetchOptions(
        user_agent="", headers={"Range": "bytes=0-99", "X-Tab": "a\tb"}, per_host_delay=0
    )
    assert options.per_host_delay == 0
    assert FetchOptions(total_timeout=3600, max_crawl_delay=86_400).total_timeout == 3600


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_cache_folder_that_is_a_file_is_an_option_error(tmp_path: Path, kind: str) -> None:
    taken = tmp_path / "cache"
    taken.write_text("a file, not a folder")
    with pytest.raises(OptionError, match="cache_dir") as raised:
        fetch_once(kind, "http://127.0.0.1:9/", fast_options(cache_dir=taken))
    assert raised.value.field == "cache_dir"
    assert taken.read_text() == "a file, not a folder"


def test_a_cache_folder_is_still_made(site: Site, tmp_path: Path) -> None:
    with Fetcher(fast_options(cache_dir=tmp_path / "new" / "cache")) as fetcher:
        assert fetcher.fetch(site.url("/fresh")).text == PAGE
    assert (tmp_path / "new" / "cache").is_dir()


@pytest.mark.parametrize(
    "arguments",
    [
        ["--delay", "inf"],
        ["--timeout", "1e309"],
        ["--user-agent", "reader\r\nX-Injected: 1"],
        ["--cache-dir", "{file}"],
    ],
)
@pytest.mark.parametrize("command", ["extract", "batch"])
def test_the_commands_end_such_options_in_one_line(
    tmp_path: Path, command: str, arguments: list[str]
) -> None:
    taken = tmp_path / "taken"
    taken.write_text("x")
    arguments = [a.replace("{file}", str(taken)) for a in arguments]
    out = ["-o", str(tmp_path / "out.jsonl")] if command == "batch" else []
    run = subprocess.run(
        [sys.executable, "-m", "newsextract.cli", command, *arguments, *out, "http://127.0.0.1:9/"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    [line] = run.stderr.splitlines()
    assert "OptionError: invalid option" in line


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "validators",
    [
        Validators(etag='"v1\xff"'),  # obs-text a server may send; httpx cannot send it back
        Validators(last_modified="mardi, 3 mars 2026 10:00:00 GMT\u00e9"),
        Validators(etag='"v1"\r\nX-Injected: 1'),
        Validators(etag='"' + "v" * 100_000 + '"'),  # sent back: HTTP 431 on every fetch
    ],
)
def test_validators_that_cannot_be_sent_back_leave_the_fetch_unconditional(
    site: Site, kind: str, validators: Validators
) -> None:
    """They are the server's own header values, kept in a store between crawls: before, a
    non-ASCII ETag made every later fetch of the page raise UnicodeEncodeError."""
    assert validators.request_headers() == {}
    if kind == "sync":
        with Fetcher(fast_options()) as fetcher:
            page = fetcher.fetch(site.url("/etag"), validators=validators)
    else:

        async def fetch() -> Page:
            async with AsyncFetcher(fast_options()) as fetcher:
                return await fetcher.fetch(site.url("/etag"), validators=validators)

        page = asyncio.run(fetch())
    assert (page.status, page.text) == (200, PAGE)
    [(_, _, headers)] = [entry for entry in site.log if entry[1] == "/etag"]
    assert "if-none-match" not in headers and "if-modified-since" not in headers


def test_a_sendable_validator_is_still_sent(site: Site) -> None:
    with Fetcher(fast_options()) as fetcher:
        first = fetcher.fetch(site.url("/etag"))
        again = fetcher.fetch(site.url("/etag"), validators=first.validators)
    assert again.not_modified
