"""How ``discover`` and ``crawl`` tell what went wrong: each failure once, in true words,
and a reader that stops early (``| head``) ends the run quietly."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator

import pytest
from tests.discovery.conftest import MakeSite, StaticSite

FAST = ["--delay", "0", "--timeout", "2"]


@pytest.fixture
def broken_feed_site(make_site: MakeSite) -> StaticSite:
    page = b'<html><head><link rel="alternate" type="application/rss+xml" href="/gone.xml">'
    return make_site("127.0.0.41", {"/": (200, "text/html", page + b"</head></html>")})


@pytest.fixture
def logging_configured() -> Iterator[None]:
    """Logging set up as an application embedding the CLI (or ``--debug``) sets it up."""
    root = logging.getLogger()
    handler = logging.StreamHandler(sys.stderr)
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)


@pytest.mark.usefixtures("logging_configured")
def test_discover_prints_a_failure_once(
    broken_feed_site: StaticSite, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsextract.cli import main

    assert main(["discover", broken_feed_site.url + "/", *FAST]) == 1
    err = capsys.readouterr().err
    assert err.count("HTTP 404 Not Found for") == 1, err


def test_a_refused_connection_is_not_called_a_redirect() -> None:
    from newsextract import FetchOptions
    from newsextract.discovery import discover

    run = discover("http://127.0.0.41:9", fetch_options=FetchOptions(retries=0))
    assert list(run) == []
    [failure] = run.failures
    assert failure.error_type == "FetchConnectionError"
    assert "redirected" not in failure.message
    assert "robots.txt read before http://127.0.0.41:9" in failure.message


def _feed_site(make_site: MakeSite) -> StaticSite:
    base = "http://127.0.0.42"
    items = "".join(
        f"<item><title>t</title><link>{base}/2024/05/01/story-number-{n}-of-the-day</link></item>"
        for n in range(5000)  # more than a pipe buffer holds, so writing goes on after head
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
    return make_site("127.0.0.42", {"/feed.xml": (200, "application/rss+xml", feed.encode())})


def test_discover_into_head_ends_without_a_traceback(make_site: MakeSite) -> None:
    site = _feed_site(make_site)
    discover = subprocess.Popen(
        [sys.executable, "-m", "newsextract.cli", "discover", site.url + "/feed.xml", *FAST],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    head = subprocess.run(["head", "-1"], stdin=discover.stdout, capture_output=True, check=True)
    assert discover.stdout is not None and discover.stderr is not None
    discover.stdout.close()  # as the shell does: only head reads the pipe
    err = discover.stderr.read().decode()
    discover.stderr.close()
    assert discover.wait(timeout=60) in (0, 1)
    assert head.stdout.decode().count("\n") == 1
    assert "Traceback" not in err and "BrokenPipe" not in err, err
