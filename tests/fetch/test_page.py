"""A page comes back with its URL, status, headers, bytes, decoded text and how it was decoded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import newsextract
from newsextract import Fetcher, NotHTMLError, NotHTMLResponseError, Page

from .servers import PAGE, Site, fast_options


def test_page_fields(site: Site) -> None:
    before = datetime.now(UTC)
    with Fetcher(fast_options()) as fetcher:
        page = fetcher.fetch(site.url("/page"))
    assert isinstance(page, Page)
    assert page.url == page.final_url == site.url("/page")
    assert page.status == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.content_type == "text/html"
    assert page.content == PAGE.encode()
    assert page.text == PAGE
    assert (page.encoding, page.encoding_reason) == ("utf-8", "http-header")
    assert 0 < page.elapsed < 5
    assert before <= page.fetched_at <= datetime.now(UTC)
    assert page.from_cache is False
    assert page.redirects == ()


def test_a_page_is_decoded_when_its_text_is_first_read(site: Site) -> None:
    page = newsextract.fetch(site.url("/charset/header"), fast_options())
    assert page.declared_charset == "windows-1252"  # what a worker decodes the bytes with
    assert "Café “déjà”" in page.text and page.text is page.text  # decoded once
    assert (page.encoding, page.encoding_reason) == ("cp1252", "http-header")


def test_a_fragment_stays_in_the_client(site: Site) -> None:
    with Fetcher(fast_options()) as fetcher:
        page = fetcher.fetch(site.url("/page?n=1#comments"))
    assert page.final_url == site.url("/page?n=1")
    assert [path for _, path, _ in site.log if path.startswith("/page")] == ["/page?n=1"]


def test_user_agent_and_accept_headers(site: Site) -> None:
    newsextract.fetch(site.url("/page"), fast_options())
    [headers] = [h for _, path, h in site.log if path == "/page"]
    assert headers["user-agent"].startswith(f"newsextract/{newsextract.__version__} (+https://")
    assert headers["accept"].startswith("text/html")
    assert headers["accept-encoding"].startswith("gzip, deflate")  # then br, zstd if decodable


@pytest.mark.parametrize(
    ("variant", "encoding", "reason"),
    [
        ("header", "cp1252", "http-header"),
        ("meta", "cp1252", "meta"),
        ("wrong", "utf-8", "utf-8-valid"),
        ("bom", "utf-8", "bom"),
        ("missing", "cp1252", "detected"),
    ],
)
def test_charsets_in_html_order(site: Site, variant: str, encoding: str, reason: str) -> None:
    page = newsextract.fetch(site.url(f"/charset/{variant}"), fast_options())
    assert (page.encoding, page.encoding_reason) == (encoding, reason)
    assert "Café" in page.text
    assert "\ufffd" not in page.text


@pytest.mark.parametrize("path", ["/gzip-page", "/deflate-page"])
def test_compressed_pages_are_inflated(site: Site, path: str) -> None:
    page = newsextract.fetch(site.url(path), fast_options())
    assert page.text == PAGE


def test_non_html_content_type_is_refused_before_the_body(site: Site) -> None:
    with pytest.raises(NotHTMLResponseError) as caught:
        newsextract.fetch(site.url("/pdf"), fast_options())
    assert caught.value.content_type == "application/pdf"
    assert caught.value.url == site.url("/pdf")
    assert "application/pdf, not HTML" in str(caught.value)
    assert isinstance(caught.value, NotHTMLError)  # one except clause for files and URLs


def test_binary_body_declared_as_html_is_refused(site: Site) -> None:
    with pytest.raises(NotHTMLResponseError, match="PNG image") as caught:
        newsextract.fetch(site.url("/png-as-html"), fast_options())
    assert caught.value.kind == "PNG image"


def test_missing_content_type_is_sniffed(site: Site) -> None:
    page = newsextract.fetch(site.url("/no-type"), fast_options())
    assert page.content_type is None
    assert page.text == PAGE


def test_empty_body_is_an_empty_page(site: Site) -> None:
    page = newsextract.fetch(site.url("/empty"), fast_options())
    assert (page.text, page.encoding_reason) == ("", "empty")


def test_extract_url(site: Site) -> None:
    article = newsextract.extract_url(site.url("/article"), fast_options(), body="none")
    assert article.title is not None and article.title.startswith("La métropole de Valmont")
    assert article.authors == ("Camille Lefèvre",)
    assert article.url == site.url("/article")
    assert article.body == ""


def test_extract_url_dates_a_relative_stamp_from_the_fetch(site: Site) -> None:
    """The fetched page's ``fetched_at`` is the reference of its relative stamp ("3 hours
    ago"): the publication is three hours before it, to the hour."""
    before = datetime.now(UTC)
    article = newsextract.extract_url(site.url("/relative"), fast_options(), body="none")
    after = datetime.now(UTC)
    assert article.published is not None
    assert (article.published.minute, article.published.second) == (0, 0)
    earliest = (before - timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
    assert earliest <= article.published <= after - timedelta(hours=3)
    assert article.provenance["published"] == "text:relative-stamp:hour"


def test_extract_url_checks_its_keywords_as_extract_does(site: Site) -> None:
    # Checked before any request: port 9 (discard) on loopback would refuse the connection.
    with pytest.raises(newsextract.OptionError, match="favor"):
        newsextract.extract_url("http://127.0.0.1:9/never", fast_options(), favor="fast")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="colour"):
        newsextract.extract_url(site.url("/article"), fast_options(), colour=1)  # type: ignore[call-arg]


def test_cli_extracts_urls(site: Site) -> None:
    import io
    import json

    from newsextract.cli import run_extract

    out, err = io.StringIO(), io.StringIO()
    code = run_extract(
        [site.url("/article"), site.url("/status/404")],
        "jsonl",
        out,
        err,
        fetch_options=fast_options(),
    )
    assert code == 1
    ok, failed = (json.loads(line) for line in out.getvalue().splitlines())
    assert ok["input"] == site.url("/article")
    assert ok["authors"] == ["Camille Lefèvre"]
    assert failed["error"] == "HTTPStatusError"
    assert "404" in err.getvalue()
    assert site.hits["/robots.txt"] == 1  # one fetcher for all the inputs


def test_cli_command_line_options(site: Site) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsextract.cli",
            "extract",
            site.url("/article"),
            "--format",
            "jsonl",
            "--ignore-robots",
            "--delay",
            "0",
            "--user-agent",
            "cli-test/1",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    import json

    assert json.loads(result.stdout)["language"] == "fr"
    assert site.hits["/robots.txt"] == 0
    assert site.log[0][2]["user-agent"] == "cli-test/1"
