"""A script state's update stamp (``script_state_dates``) and a publication attribute's time
(``attribute_stamps``): the record read is the story's, the day never moves (wave 74d)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import newsextract

_TEXT = (
    "The town library opens its new reading room on the second floor, with long tables, "
    "quiet booths and a shelf of local newspapers going back a century. "
)


def _page(meta: str, scripts: str = "", head: str = "") -> str:
    return (
        f"<html><head><title>Reading room | Daily</title>{head}</head><body><article>"
        f"<h1>Reading room</h1>{meta}<p>{_TEXT * 3}</p><p>{_TEXT * 2}</p></article>"
        f"{scripts}</body></html>"
    )


def _state(data: object) -> str:
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'


def test_related_story_of_the_same_day_listed_first_is_passed_over() -> None:
    related = {"publishedAt": "2024-03-05T07:00:00Z", "updatedAt": "2024-03-06T08:00:00Z"}
    own = {"publishedAt": "2024-03-05T09:00:00Z", "updatedAt": "2024-03-07T16:20:00Z"}
    html = _page(
        "",
        _state({"related": [related], "article": own}),
        head='<meta property="article:published_time" content="2024-03-05T09:00:00Z">',
    )
    article = newsextract.extract(html, url="https://daily.example.com/a/reading-room")
    assert article.modified == datetime(2024, 3, 7, 16, 20, tzinfo=UTC)


def test_a_nested_blocks_update_is_not_the_records() -> None:
    own = {"publishedAt": "2024-03-05T09:00:00Z", "body": {"updatedAt": "2024-03-09T10:00:00Z"}}
    html = _page("<p class='date'>March 5, 2024</p>", _state({"article": own}))
    article = newsextract.extract(html, url="https://daily.example.com/a/reading-room")
    assert article.modified is None


def test_a_state_of_another_day_gives_no_update() -> None:
    own = {"publishedAt": "2023-11-02T09:00:00Z", "updatedAt": "2024-03-07T16:20:00Z"}
    html = _page("<p class='date'>March 5, 2024</p>", _state({"article": own}))
    article = newsextract.extract(html, url="https://daily.example.com/a/reading-room")
    assert article.modified is None


def test_a_publication_attribute_gives_the_day_its_time() -> None:
    html = _page('<div class="meta" data-publish-date="2024-03-05T17:40:00+01:00"></div>')
    article = newsextract.extract(html, url="https://daily.example.com/a/reading-room")
    assert article.published == datetime(2024, 3, 5, 17, 40, tzinfo=timezone(timedelta(hours=1)))


def test_an_update_attribute_gives_no_time() -> None:
    html = _page(
        '<p class="date">March 5, 2024</p>'
        '<div class="meta" data-updated="2024-03-05T17:40:00+01:00"></div>'
    )
    article = newsextract.extract(html, url="https://daily.example.com/a/reading-room")
    assert article.published == datetime(2024, 3, 5)


def test_the_attribute_scan_is_asked_only_of_a_source_writing_the_day() -> None:
    from newsextract.metadata import attribute_stamps

    day = datetime(2024, 3, 5)
    stamped = '<div data-publish-date="2024-03-05T17:40:00+01:00"></div><input id=x>'
    assert attribute_stamps.attribute_time(stamped, day) == datetime(
        2024, 3, 5, 17, 40, tzinfo=timezone(timedelta(hours=1))
    )
    hidden = '<INPUT type=hidden name="pubDate" value="2024-03-05 08:15:00">'
    assert attribute_stamps.attribute_time(hidden, day) == datetime(2024, 3, 5, 8, 15)
    # another day's stamp only: the source does not write the day, nothing is scanned
    assert attribute_stamps.attribute_time(stamped.replace("03-05", "03-04"), day) is None
    # a stamp in other digits than ASCII is no machine's (and would dodge the day's search)
    arabic = '<div data-publish-date="٢٠٢٤-٠٣-٠٥T17:40:00"></div> 2024-03-05'
    assert attribute_stamps.attribute_time(arabic, day) is None


def test_a_state_in_a_script_of_no_type_and_inside_noscript_is_read() -> None:
    own = {"publishedAt": "2024-03-05T09:00:00Z", "updatedAt": "2024-03-07T16:20:00Z"}
    head = '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
    for script in (
        f"<script>window.__ARTICLE__ = {json.dumps(own)};</script>",
        f"<noscript><script>window.__ARTICLE__ = {json.dumps(own)};</script></noscript>",
    ):
        article = newsextract.extract(
            _page("", script, head=head), url="https://daily.example.com/a/reading-room"
        )
        assert article.modified == datetime(2024, 3, 7, 16, 20, tzinfo=UTC)
    ld = f'<script type="application/ld+json">{json.dumps({"x": own})}</script>'
    article = newsextract.extract(_page("", ld, head=head), url="https://daily.example.com/a/b")
    assert article.modified is None  # JSON-LD is a source of its own, not a state
