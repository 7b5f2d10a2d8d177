"""A page that shows only the opening of its text (a paywall, a "load more" button) while
its JSON-LD ``articleBody`` holds the whole: the rest of ``articleBody`` follows the page's
paragraphs. A page showing all of it, or one whose ``articleBody`` is another text, keeps
its own blocks. Invented pages."""

from __future__ import annotations

import json

import newsextract

_PARAGRAPHS = (
    "The village of Hollin will get a bypass after twelve years of planning, taking the "
    "through traffic out of its narrow main street.",
    "The county council voted 17 to 4 on Tuesday evening for the 3.2 kilometre road east "
    "of the village.",
    "The cost of about 28 million pounds is shared between the county and the government, "
    "which pays three quarters of it.",
    "Residents of the main street have complained for years about noise and fumes from the "
    "14,000 vehicles a day that pass their windows.",
    "Work is due to start in the spring of 2026 and the road should open at the end of 2028.",
)


def _extract(shown: int, article_body: str) -> newsextract.Article:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": article_body}
    paragraphs = "".join(f"<p>{text}</p>" for text in _PARAGRAPHS[:shown])
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
        f"<h1>Hollin gets its bypass</h1><div class='article-body'>{paragraphs}"
        "<div class='paywall'><p>Subscribe to read on.</p><a href='/subscribe'>Subscribe</a>"
        "</div></div></article></main></body></html>"
    )
    return newsextract.extract(html, url="https://news.example/hollin-bypass")


def test_the_rest_of_articlebody_follows_the_page_opening() -> None:
    article = _extract(2, " ".join(_PARAGRAPHS))
    body = article.body or ""
    assert body.startswith(_PARAGRAPHS[0] + "\n\n" + _PARAGRAPHS[1] + "\n\n")
    assert body.endswith(" ".join(_PARAGRAPHS[2:]))
    assert "Subscribe" not in body
    assert article.provenance["body"] == "generic+jsonld"


def test_the_rest_of_an_html_articlebody_keeps_its_paragraphs() -> None:
    body = _extract(2, "".join(f"<p>{text}</p>" for text in _PARAGRAPHS)).body
    assert body == "\n\n".join(_PARAGRAPHS)


def test_a_page_showing_the_whole_text_keeps_its_blocks() -> None:
    article = _extract(5, " ".join(_PARAGRAPHS))
    assert article.body == "\n\n".join(_PARAGRAPHS)


def test_an_articlebody_of_another_text_adds_nothing() -> None:
    other = (
        "The harbour festival returns in June with a new stage on the quay and three days of "
        "music, food stalls and boat trips around the bay for visitors of all ages. "
    ) * 3
    body = _extract(2, other).body or ""
    assert "harbour festival" not in body
