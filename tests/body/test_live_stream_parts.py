"""A live blog's stream of entries outside the box of its intro joins the body (the page's
``LiveBlogPosting`` names the entries' headlines), and the share prompt under each entry in
the languages that name it for a post, not an article ("Beitrag teilen", "Deel dit bericht",
"Dela inlägget", "Bu gönderiyi paylaş"), is a share line (wave 73, blind73f)."""

from __future__ import annotations

import json

import pytest

import newsextract
from newsextract.body.share_lines import is_share_line


@pytest.mark.parametrize(
    "line", ["Beitrag teilen", "Deel dit bericht", "Dela inlägget", "Bu gönderiyi paylaş"]
)
def test_post_share_prompts(line: str) -> None:
    assert is_share_line(line)


def _live_page(entries_box: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Harbour fire: live",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "headline": "Crews reach the warehouse"},
            {"@type": "BlogPosting", "headline": "Road to the quay closed"},
        ],
    }
    return (
        "<html lang='en'><head><script type='application/ld+json'>"
        f"{json.dumps(data)}</script></head><body><main><article><h1>Harbour fire: live</h1>"
        "<div class='body'><p>A fire broke out in a warehouse on the east quay of the harbour "
        "early on Tuesday, and smoke could be seen across the town.</p><p>Fire crews from "
        "three stations were sent, and people nearby were told to keep windows shut.</p>"
        f"</div></article>{entries_box}<aside><h3>Most read</h3><ul><li><a href='/a'>Ferry "
        "times</a></li></ul></aside></main></body></html>"
    )


_ENTRIES = (
    "<div id='stream'><div class='post'><time>10:40</time><h3>Crews reach the warehouse</h3>"
    "<p>The first crews reached the warehouse at twenty to eleven and began to cool the "
    "roof of the building next door.</p></div><div class='post'><time>10:05</time><h3>Road "
    "to the quay closed</h3><p>Police closed the road to the quay so that the fire engines "
    "could get through without delay.</p></div></div>"
)


def test_stream_after_the_article_joins() -> None:
    body = newsextract.extract(_live_page(_ENTRIES), url="https://example.com/live").body or ""
    assert "A fire broke out in a warehouse" in body
    assert "Crews reach the warehouse" in body
    assert "Police closed the road to the quay" in body
    assert "Ferry times" not in body


def test_one_headline_outside_is_no_stream() -> None:
    teaser = (
        "<div class='latest'><h3>Crews reach the warehouse</h3><p>The first crews reached the "
        "warehouse at twenty to eleven and began to cool the roof next door.</p></div>"
    )
    body = newsextract.extract(_live_page(teaser), url="https://example.com/live").body or ""
    assert "A fire broke out in a warehouse" in body
    assert "Crews reach the warehouse" not in body
