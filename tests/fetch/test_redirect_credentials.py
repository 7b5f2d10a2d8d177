"""A redirect's target may carry credentials (``http://user:pass@host/``): its password was
shown whole in the fetch errors (only the URL asked for was masked), kept in
``Page.final_url``, ``Page.redirects`` and so ``Article.url``, the rows of ``extract`` and
``batch``, and httpx's INFO log of every request (``HTTP Request: GET …``). Now messages
mask it (``user:[secure]@``), addresses kept as data lose it, and the request carries it as
the Basic ``Authorization`` header httpx made of it, not in the URL it logs."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import logging

import pytest

from newsextract import AsyncFetcher, FetchFailure, HTTPStatusError, extract
from newsextract.cli import run_extract
from newsextract.credentials import mask_passwords, without_password

from .servers import Site, fast_options, fetch_once

SECRET = "hunter2x"


def _credentialed(site: Site, path: str) -> str:
    return f"http://robin:{SECRET}@{site.ip}:{site.port}{path}"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_page_reached_by_a_credentialed_redirect_keeps_no_password(
    make_site: type[Site], kind: str, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = make_site(), make_site()
    first.moved_to = _credentialed(second, "/page")
    with caplog.at_level(logging.DEBUG, logger="httpx"):
        page = fetch_once(kind, first.url("/moved"), fast_options())
    assert page.final_url == f"http://robin@{second.ip}:{second.port}/page"
    assert page.redirects == (first.url("/moved"),)
    assert SECRET not in extract(page.text, url=page.final_url).to_json()
    assert SECRET not in caplog.text  # httpx logs each request's URL at INFO
    sent = second.log[-1][2]["authorization"]  # the credentials still go, as a header
    assert base64.b64decode(sent.removeprefix("Basic ")) == f"robin:{SECRET}".encode()


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_an_error_after_a_credentialed_redirect_masks_the_password(
    make_site: type[Site], kind: str
) -> None:
    first, second = make_site(), make_site()
    first.moved_to = _credentialed(second, "/status/404")
    with pytest.raises(HTTPStatusError) as caught:
        fetch_once(kind, first.url("/moved"), fast_options())
    assert SECRET not in str(caught.value)
    assert f"robin:[secure]@{second.ip}" in str(caught.value)


def test_fetch_many_failures_mask_it(make_site: type[Site]) -> None:
    first, second = make_site(), make_site()
    first.moved_to = _credentialed(second, "/status/503")

    async def failures() -> list[FetchFailure | object]:
        async with AsyncFetcher(fast_options(retries=0)) as fetcher:
            return [result async for result in fetcher.fetch_many([first.url("/moved")])]

    (result,) = asyncio.run(failures())
    assert isinstance(result, FetchFailure)
    assert SECRET not in result.message


@pytest.mark.parametrize("fmt", ["jsonl", "text"])
def test_the_command_line_shows_it_nowhere(make_site: type[Site], fmt: str) -> None:
    first, second = make_site(), make_site()
    first.moved_to = _credentialed(second, "/article")
    missing = make_site()
    missing.moved_to = _credentialed(second, "/status/410")
    out, err = io.StringIO(), io.StringIO()
    run_extract(
        [first.url("/moved"), missing.url("/moved")],
        fmt,
        out,
        err,
        fetch_options=fast_options(),
    )
    assert SECRET not in out.getvalue() + err.getvalue()
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.getvalue().splitlines()]
        assert rows[0]["url"] == f"http://robin@{second.ip}:{second.port}/article"
        assert "robin:[secure]@" in rows[1]["message"]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("GET http://a:b@h/x failed", "GET http://a:[secure]@h/x failed"),
        ("'http://a:p@ss@h:8/x?y=1'", "'http://a:[secure]@h:8/x?y=1'"),
        ("https://h/x?next=http://a:b@i/ and ftp://c:d@j", None),
        ("mail me: a@b.example, http://h/a@b", "mail me: a@b.example, http://h/a@b"),
        ("http://token@h/", "http://token@h/"),
    ],
)
def test_mask_passwords(text: str, shown: str | None) -> None:
    masked = mask_passwords(text)
    if shown is None:
        assert ":b@" not in masked and ":d@" not in masked and masked.count("[secure]") == 2
    else:
        assert masked == shown


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("http://a:b@h/x", "http://a@h/x"),
        ("http://a:p@ss@h:8/x?q=c:d@e", "http://a@h:8/x?q=c:d@e"),
        ("https://:b@h", "https://h"),
        ("http://h/x@y", "http://h/x@y"),
        ("http://a@h/", "http://a@h/"),
        ("not a url: x:y@z", "not a url: x:y@z"),
    ],
)
def test_without_password(url: str, kept: str) -> None:
    assert without_password(url) == kept
