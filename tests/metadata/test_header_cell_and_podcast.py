"""A byline or date labelled in a table's header cell ("<th>Author</th><td>NAME</td>"), and a
podcast episode's date from its JSON-LD (no article node on such a page)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import newsextract

TEXT = (
    "<p>The committee met on Monday to review the plans for the new library, and agreed to "
    "open the building to the public in the spring after the last inspections.</p>"
    "<p>Members asked for more seats in the reading room and longer opening hours on "
    "weekends, which the director promised to consider before the opening.</p>"
)


def test_a_header_cell_labels_the_author_and_the_date() -> None:
    html = (
        "<html lang='en'><body><article><h1>Library plans approved</h1>"
        "<table class='meta'><tr><th>Author</th><td>Harriet Cole</td></tr>"
        "<tr><th>Published</th><td>4 March 2025</td></tr></table>"
        f"{TEXT}</article></body></html>"
    )
    article = newsextract.extract(html, "https://council.example.org/news/library")
    assert article.authors == ("Harriet Cole",)
    assert article.published is not None and article.published.date().isoformat() == "2025-03-04"


def test_a_podcast_episode_dates_itself_in_json_ld() -> None:
    html = (
        "<html lang='en'><head><script type='application/ld+json'>"
        '{"@context": "https://schema.org", "@type": "PodcastEpisode", "name": "Episode 12",'
        ' "datePublished": "2025-02-26T06:00:00-08:00",'
        ' "partOfSeries": {"@type": "PodcastSeries", "name": "Library Talk"}}'
        "</script></head><body><article><h1>Episode 12: the new library</h1>"
        f"<p>26 Feb 2025</p>{TEXT}</article></body></html>"
    )
    article = newsextract.extract(html, "https://podcast.example.org/episodes/12")
    assert article.published == datetime(2025, 2, 26, 6, 0, tzinfo=timezone(timedelta(hours=-8)))
