"""``explain``: each field's value and source, then every other candidate and why it lost."""

from __future__ import annotations

from newsextract.extract import extract, extract_with_resolution
from newsextract.rules.tooling import explain

PAGE = """<html lang="en"><head><title>Storm hits the coast | Riverside Courier</title>
<meta property="og:site_name" content="Riverside Courier">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Riverside Courier",
 "datePublished": "2024-03-05", "author": {"@type": "Organization", "name": "Riverside Courier"}}
</script></head><body><article><h1>Storm hits the coast</h1><p class="byline">By Jane Doe</p>
<time datetime="2024-03-05T10:30:00+01:00">5 March, 10:30</time>
<p>The storm came in the night and the rain did not stop for many hours, flooding streets
across the town and leaving many homes without power until the morning.</p>
<p>People were told to stay at home. (AFP)</p></article></body></html>"""
URL = "https://www.riversidecourier.com/2024/03/05/storm"


def test_extract_is_the_article_of_extract_with_resolution() -> None:
    assert extract_with_resolution(PAGE, URL).article == extract(PAGE, URL)


def test_explain_lists_every_candidate_and_why_it_lost() -> None:
    text = explain(extract_with_resolution(PAGE, URL))
    lines = text.splitlines()
    title = next(i for i, line in enumerate(lines) if line.startswith("title"))
    assert "html:h1" in lines[title] and "Storm hits the coast" in lines[title]
    assert "x jsonld:headline" in text and "the site's name, not the article's" in text
    assert "x jsonld:author" in text and "a site name, not a person" in text
    assert "x jsonld:datePublished" in text and "same day without time" in text
    assert "source        text:dateline" in text


def test_explain_of_an_article_alone_shows_only_the_chosen_sources() -> None:
    text = explain(extract(PAGE, URL))
    assert "html:h1" in text and "x " not in text
