"""The twenty-third hostile round: a page of 40,000 paragraphs each a date line ("Published
3 March 2015 at 10:05") took 4.1 s: its blocks were judged twice (the page read again as a
thread, though no comment was read so), each given the furniture line tests, and each line
read for a byline after its date. The line tests and the byline reading stop at budgets far
above the dev pages' most; a 60 MB canonical link is no address (``MAX_URL_CHARS``). The
report of 45,000 paragraphs (``explain``) took 6.5 s: it read the page's body again."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body import extractor, first_verdicts
from newsextract.body.blocks import walk
from newsextract.explain_report import explain_blocks
from newsextract.extract import extract_with_resolution
from newsextract.metadata import labelled_lines
from newsextract.page import MAX_URL_CHARS, ParsedPage, web_address

_TEXT = (
    "<p>The council approved the depot on Monday after a two-year consultation with"
    " residents.</p><p>Work on the site near the ring road starts in the autumn.</p>"
)


def _walked(body: str) -> bool:
    page = ParsedPage(f"<html><body>{body}</body></html>")
    assert page.body is not None
    return walk(page.body, figures=True, comments=frozenset()).by_comments


def test_a_walk_says_whether_it_read_a_container_as_a_comment() -> None:
    assert not _walked(f"<article>{_TEXT}</article><div class='sidebar'>More</div>")
    assert _walked(f"<article>{_TEXT}</article><div class='comments'>{_TEXT}</div>")


def test_a_page_of_comment_boxes_alone_is_still_read_as_a_thread() -> None:
    posts = "".join(
        f"<div class='comment'><p>Post {i}: the ferry timetable changed again this week and"
        f" the early boat now leaves ten minutes sooner than the bus arrives.</p></div>"
        for i in range(4)
    )
    article = newsextract.extract(f"<html><body><div class='comments'>{posts}</div></body></html>")
    assert "ferry timetable" in article.body


def _date_lines(count: int) -> str:
    lines = "".join(
        f"<p>Published {1 + i % 28} March 2015 at 10:{i % 60:02d}</p>" for i in range(count)
    )
    return f"<html><body><article><h1>Depot</h1>{lines}{_TEXT}</article></body></html>"


def test_blocks_past_the_line_tests_budget_are_read_as_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "Published" not in newsextract.extract(_date_lines(6)).body
    monkeypatch.setattr(first_verdicts, "_LINE_TESTS", 3)
    body = newsextract.extract(_date_lines(6)).body
    assert "Published 1 March" not in body and "Published 6 March" in body
    assert "ring road" in body


def test_publication_lines_past_the_budget_are_not_read_for_a_byline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    meta = "<p>Posted on March 3, 2025 by Jane Roe</p>"
    page = f"<html lang='en'><body><article><h1>Depot</h1>{meta}{_TEXT}</article></body></html>"
    assert newsextract.extract(page).authors == ("Jane Roe",)
    monkeypatch.setattr(labelled_lines, "_MAX_DATED_TRIES", 0)
    assert newsextract.extract(page).authors == ()


def test_a_canonical_link_past_the_url_limit_is_no_address() -> None:
    href = "https://example.com/" + "a" * MAX_URL_CHARS
    page = f'<html><head><link rel="canonical" href="{href}"></head><body>{_TEXT}</body></html>'
    assert newsextract.extract(page).canonical_url is None
    assert web_address(href) is None
    short = "https://example.com/news/depot"
    assert newsextract.extract(page.replace(href, short)).canonical_url == short


# The test patches a module function: a compiled build (mypyc) calls it natively.
@pytest.mark.skipif(newsextract.compiled, reason="compiled callers call it directly")
def test_the_report_reads_the_extraction_s_body_again_not_the_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[int] = []
    read = extractor._extract_body
    monkeypatch.setattr(
        extractor, "_extract_body", lambda page, options: reads.append(1) or read(page, options)
    )
    page = f"<html><body><article><h1>Depot</h1>{_TEXT}</article></body></html>"
    listing = explain_blocks(extract_with_resolution(page, None))
    assert "+ p    The council approved" in listing
    assert len(reads) == 1
    assert extractor.extract_body(ParsedPage(page)) == extractor.extract_body(ParsedPage(page))
