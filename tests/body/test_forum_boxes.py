"""A forum thread keeps its posts and loses the boxes around them (self-written fixture
modelled on a vBulletin 4 thread)."""

from __future__ import annotations

import json
from pathlib import Path

import newsextract

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _thread_body() -> str:
    case = FIXTURES / "body_forum_similar_threads"
    meta = json.loads(case.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = newsextract.extract(case.with_suffix(".html").read_bytes(), url=meta["url"])
    return article.body or ""


def test_a_box_of_similar_threads_is_furniture() -> None:
    body = _thread_body()
    assert "It is hungry, not dying." in body
    assert "three weeks old" in body
    for furniture in ("Similar Threads", "By flourpower in forum Bread", "Replies: 4"):
        assert furniture not in body


def test_the_poster_named_over_a_quoted_post_is_furniture() -> None:
    body = _thread_body()
    assert "Originally Posted by" not in body
    assert body.count("Is it dying, or am I feeding it wrong?") == 2  # the post, its quote


def test_posts_set_in_blockquotes_render_as_the_text_not_as_quotations() -> None:
    # vBulletin sets each post's text in <blockquote class="postcontent">: that is the
    # body, so Markdown does not open every paragraph with "> ".
    case = FIXTURES / "body_forum_similar_threads"
    meta = json.loads(case.with_suffix(".expected.json").read_text(encoding="utf-8"))
    article = newsextract.extract(case.with_suffix(".html").read_bytes(), url=meta["url"])
    markdown = article.body_markdown()
    assert markdown.startswith("My starter is three weeks old")
    assert not any(line.startswith(">") for line in markdown.splitlines())


def test_a_quotation_inside_the_text_stays_one() -> None:
    text = "".join(
        f"<p>The council met on Tuesday to discuss the new cycle lanes, item {n} of the "
        "agenda, and heard from residents on both sides of the argument.</p>"
        for n in range(1, 5)
    )
    quote = "<blockquote><p>We were never asked about the parking spaces.</p></blockquote>"
    page = f"<html><body><article><h1>Cycle lanes</h1>{text}{quote}</article></body></html>"
    markdown = newsextract.extract(page, url="https://news.example/lanes").body_markdown()
    assert "> We were never asked about the parking spaces." in markdown.splitlines()
