"""Pages of one token repeated, which made a scan over the page cost the square of its size
(or more): each must cost about what its size costs, or be refused."""

from __future__ import annotations

import json

from tests.hang_guard import finishes

import newsextract
from newsextract.body.jsonld_body import MAX_BODY_LINES, body_blocks
from newsextract.page_limits import flatten_markup

TEXT = "The council voted on the new harbour plan after a long debate on costs. "


def test_flattening_a_page_of_unclosed_tag_openings_is_one_pass() -> None:
    # "<a" 190,000 times (380 KB, under the tag limit) took 24 s in extract(): the tag search
    # ran from every "<" to the page's end for a ">". Here beyond the page limit, where the
    # old search would run for minutes.
    page = "<div><p>" + TEXT + "</p></div>" + "<a" * 600_000
    flat = finishes(lambda: flatten_markup(page))
    assert flat == page
    article = finishes(lambda: newsextract.extract("<p>" + TEXT + "</p>" + "<a" * 190_000))
    assert article.body is None or "harbour" in article.body


def test_flattening_still_drops_what_is_too_deep() -> None:
    page = "<div>" * 600 + TEXT + "</div>" * 600 + "<a"
    assert flatten_markup(page, max_depth=5).count("<div>") == 5


def test_a_plain_article_body_is_read_to_a_bounded_number_of_lines() -> None:
    # 3 million one-letter lines (a 9 MB page) were 3 million blocks: 26 s, 0.8 GB.
    assert len(body_blocks("a\n" * 3 * MAX_BODY_LINES)) == MAX_BODY_LINES
    assert len(body_blocks("a\r\n" * MAX_BODY_LINES + "b")) == MAX_BODY_LINES
    lines = ["one", "two\r\nthree", "four\x1cfive\u2028six"]
    words = ["one", "two", "three", "four", "five", "six"]
    assert [b.text for b in body_blocks("\n".join(lines))] == words


def test_an_article_body_of_many_lines_gives_a_bounded_body() -> None:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Harbour", "articleBody": "a\n" * 50_000})
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        "<body><h1>Harbour</h1></body></html>"
    )
    article = newsextract.extract(page)
    assert len(article.body_blocks) <= MAX_BODY_LINES


def test_an_article_body_is_matched_on_a_bounded_prefix() -> None:
    from newsextract.body.jsonld_body import MAX_MATCHED_CHARS, BodyMatch

    match = BodyMatch([], "word " * (MAX_MATCHED_CHARS // 2))
    assert len(match.body_norm) <= MAX_MATCHED_CHARS
