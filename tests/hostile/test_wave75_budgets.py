"""Hostile input, wave 75: issue 14's budgets inside ``extract`` and discovery's addresses.

A page of 99,000 ``<p>`` took 3.7 s of CPU, 99,000 ``<td>`` 2.5 s and 50,000 ``<p>`` 2.7 s on
a loaded machine: under the tag limit, every stage that reads each element paid 35-65 µs for
it. Such a page is now cut before its element number ``MAX_ELEMENTS + 1`` and the cut is
recorded in the Article's provenance (``page``). These tests check the cut is made (and not
made under the budget) on pages a few MB long; none is timed. ``benchmarks/big_pages.py``
and ``benchmarks/fifty_mb_pages.py`` time the shapes.

Discovery listed ``https://user:pass@host/`` with its user, and hosts no browser opens
("a..b", "1.2.3.4.5", "<script>"): the user goes, such an address is not listed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import newsextract
from newsextract.discovery.feeds import parse_feed
from newsextract.discovery.urls import MAX_HOST_CHARS, normalize_url
from newsextract.page_limits import MAX_ELEMENTS, within_element_budget

EXTRACT = sys.modules["newsextract.extract"]  # the module, which the package's function hides
WORDS = "Harbour works resumed on Monday after the strike ended."


def _page(body: str) -> str:
    return f"<html><head><title>Harbour works</title></head><body>{body}</body></html>"


@pytest.mark.parametrize(
    "shape",
    [
        "".join(f"<p>{i} {WORDS}</p>" for i in range(MAX_ELEMENTS + 500)),
        "".join(f"<p>{i} {WORDS}" for i in range(MAX_ELEMENTS + 500)),  # left open
        "<ul>" + "".join(f"<li>{i} {WORDS}</li>" for i in range(MAX_ELEMENTS + 500)) + "</ul>",
        "<table><tr>" + f"<td>{WORDS}</td>" * (MAX_ELEMENTS + 500) + "</tr></table>",
        f"<p>{WORDS}" + "<br>" * (MAX_ELEMENTS + 500) + "</p>",
        "<p>" + " ".join(f"<a href='/t{i}'>t{i}</a>" for i in range(MAX_ELEMENTS + 500)) + "</p>",
    ],
    ids=["p", "open-p", "li", "td", "br", "a"],
)
def test_a_page_over_the_element_budget_is_cut_and_says_so(shape: str) -> None:
    article = newsextract.extract(_page(shape))
    assert article.provenance["page"].startswith(f"cut:elements:{MAX_ELEMENTS}-of-")
    assert f"{MAX_ELEMENTS + 1}" not in article.body  # nothing past the budget was read
    assert len(article.body_blocks) < MAX_ELEMENTS


def test_the_cut_counts_the_elements_it_left() -> None:
    html = _page("<p>x</p>" * (MAX_ELEMENTS + 10))
    cut, elements = within_element_budget(html, html.count("<"))
    assert elements == MAX_ELEMENTS + 10 + 3  # <html>, <head>, <body>: a title is raw text
    assert cut.count("<p>") + 3 == MAX_ELEMENTS
    assert newsextract.extract(html).provenance["page"] == (
        f"cut:elements:{MAX_ELEMENTS}-of-{elements}"
    )


@pytest.mark.parametrize(
    "body",
    [
        "".join(f"<p>{i} {WORDS}</p>" for i in range(MAX_ELEMENTS - 10)),
        # many end tags and "<" in text: only start tags count
        "<p>" + "a < b </i> " * (2 * MAX_ELEMENTS) + "</p>",
    ],
    ids=["under", "end-tags-and-text"],
)
def test_a_page_under_the_budget_is_read_whole(body: str) -> None:
    html = _page(body)
    assert within_element_budget(html, html.count("<")) == (html, 0)
    assert "page" not in newsextract.extract(html).provenance


def test_the_budget_is_searched_only_past_the_tag_count(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page with fewer "<" than the budget (every dev page) pays no search."""
    from newsextract import page_limits

    class Refusing:
        @property
        def compiled(self) -> object:
            raise AssertionError("searched a page under the budget")

    monkeypatch.setattr(page_limits, "_ELEMENT_OPENING", Refusing())
    html = _page(f"<p>{WORDS}</p>" * 100)
    assert newsextract.extract(html).body


def test_the_budget_holds_for_bytes_too() -> None:
    html = _page("".join(f"<p>{i} {WORDS}</p>" for i in range(MAX_ELEMENTS + 100)))
    article = newsextract.extract(html.encode("utf-8"))
    assert article.provenance["page"].startswith("cut:elements:")


@pytest.mark.parametrize(
    "head",
    [
        '<script type="application/ld+json">{"@type":"WebPage","name":"x"}</script>' * 30_000,
        "<style>p { color: red }</style>" * 30_000,
        "<!-- <p>a</p> -->" * 30_000,
        '<script type="application/ld+json">{"s":"' + "<p>a</p>" * 30_000 + '"}</script>',
        "<script>" + "<p>a</p>" * 30_000,  # never closed: read as a script to the end
    ],
    ids=["ld-json", "styles", "comments", "markup-in-json", "unclosed-script"],
)
def test_scripts_styles_and_comments_are_not_counted(head: str) -> None:
    html = f"<html><head>{head}</head><body>" + f"<p>{WORDS}</p>" * 50 + "</body></html>"
    assert within_element_budget(html, html.count("<")) == (html, 0)


def test_a_cut_page_keeps_its_metadata() -> None:
    head = '<meta property="og:title" content="Harbour works resume">'
    html = f"<html><head>{head}</head><body><h1>Harbour works resume</h1>"
    html += f"<p>{WORDS}</p>" * (MAX_ELEMENTS + 100) + "</body></html>"
    article = newsextract.extract(html)
    assert article.title == "Harbour works resume"
    assert article.provenance["page"].startswith("cut:elements:")


# --- discovery's addresses -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("https://desk:Hunter2@news.example/ferry", "https://news.example/ferry"),
        ("https://desk@News.example:8443/ferry", "https://news.example:8443/ferry"),
        ("https://:pw@news.example/ferry", "https://news.example/ferry"),
        ("https://a@b@news.example/ferry", "https://news.example/ferry"),
    ],
)
def test_the_userinfo_is_dropped(url: str, normal: str) -> None:
    assert normalize_url(url) == normal


@pytest.mark.parametrize(
    "url",
    [
        "http://a..b/x",
        "http://.news.example/x",
        "http://exa mple.example/x",
        "http://exa%20mple.example/x",
        "http://<script>/x",
        'http://a"b.example/x',
        "http://a{b}.example/x",
        "http://1.2.3.4.5/x",
        "http://999.1.1.1/x",
        "http://[::1]x/",
        "http://[zz::1]/",
        "http://" + "a" * 64 + ".example/x",
        "http://" + "a." * 130 + "example/x",
    ],
)
def test_a_malformed_host_is_not_listed(url: str) -> None:
    assert normalize_url(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "http://news.example/x",
        "http://news-desk.example/x",
        "http://my_blog.news.example/x",
        "http://news.example./x",
        "http://1.2.3.4/x",
        "http://[::1]:8080/x",
        "http://localhost/x",
        "http://bücher.example/x",
        "http://" + "a" * 63 + ".example/x",
    ],
)
def test_a_well_formed_host_is_listed(url: str) -> None:
    assert normalize_url(url) is not None


def test_the_fast_path_takes_no_long_host() -> None:
    host = ".".join(["a" * 63] * 4)  # 255 characters: labels fit, the name does not
    assert len(host) > MAX_HOST_CHARS
    assert normalize_url(f"http://{host}/x") is None


def test_a_feed_lists_no_malformed_host_and_no_user() -> None:
    feed = (
        b"<rss><channel><item><title>A</title><link>https://u:p@news.example/a</link></item>"
        b"<item><title>B</title><link>http://a..b/b</link></item>"
        b"<item><title>C</title><link>http://1.2.3.4.5/c</link></item></channel></rss>"
    )
    pages = parse_feed(feed, "https://news.example/feed")
    assert [page.url for page in pages] == ["https://news.example/a"]


@pytest.mark.parametrize("filler", ["a" * 2000, "a." * 1000, "-" * 2000, "1." * 1000])
def test_the_host_checks_are_linear(filler: str) -> None:
    """Long hostile hosts (addresses are cut at 2,048 bytes before): answered, not hung."""
    assert normalize_url(f"http://{filler}/x") is None


# --- WARC: empty records ----------------------------------------------------------------------


def _empty_records(count: int, content_type: str = "") -> bytes:
    typed = f"Content-Type: {content_type}\r\n" if content_type else ""
    record = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:x>\r\n"
        f"{typed}Content-Length: 0\r\n\r\n\r\n\r\n"
    )
    return record.encode() * count


def test_empty_records_ask_the_reader_for_one_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each read asked for ``MAX_PAGE_BYTES + 1``, which FastWARC sets aside: a million
    empty records took 40 s. The ask is now one past the record's stated length."""
    from newsextract.batching import warc

    asked: list[int] = []
    limit = warc._read_limit

    def spy(record: object) -> int:
        asked.append(limit(record))  # type: ignore[arg-type]
        return asked[-1]

    monkeypatch.setattr(warc, "_read_limit", spy)
    path = tmp_path / "empty.warc"
    path.write_bytes(_empty_records(50))
    items = list(warc.read_warc(str(path)))
    assert len(items) == 50
    assert asked and max(asked) == 1


@pytest.mark.parametrize(
    ("content_type", "row"),
    [("", "PageTask"), ("text/html", "PageTask"), ("application/http", "Failure")],
)
def test_an_empty_record_gives_the_row_it_gave(tmp_path: Path, content_type: str, row: str) -> None:
    """Passing over the rebuilding of an empty block changes no row: an empty page is a page
    (the decoder refuses it), an empty HTTP answer has no status line."""
    from newsextract.batching.warc import read_warc

    path = tmp_path / "empty.warc"
    path.write_bytes(_empty_records(3, content_type))
    assert [type(item).__name__ for item in read_warc(str(path))] == [row] * 3


def test_the_read_limit_is_the_stated_length_or_the_cap() -> None:
    from newsextract.batching.warc import MAX_PAGE_BYTES, _read_limit

    class Stated:
        def __init__(self, length: int) -> None:
            self.content_length = length

    assert _read_limit(Stated(0)) == 1  # type: ignore[arg-type]
    assert _read_limit(Stated(500)) == 501  # type: ignore[arg-type]
    assert _read_limit(Stated(10 * MAX_PAGE_BYTES)) == MAX_PAGE_BYTES + 1  # type: ignore[arg-type]
