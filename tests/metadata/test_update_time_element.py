"""A ``<time datetime>`` that is the last update's (an "Updated" label right before it, or
hAtom's class "updated") fills ``modified``: a page with no other update stamp had none."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract.metadata import html
from newsextract.page import ParsedPage

EST = timezone(timedelta(hours=-5))
_TEXT = (
    "<p>The county commission voted on Monday to fund a new bridge over the river.</p>"
    "<p>Construction should begin in the fall and last two years.</p>"
)
_PUBLISHED = '<time datetime="2025-03-03T14:20:00-05:00">Mar 3, 2025</time>'
_UPDATED = "2025-03-03T16:05:00-05:00"


@pytest.mark.parametrize(
    "meta",
    [
        f'<div class="meta">{_PUBLISHED} <span>Updated <time datetime="{_UPDATED}">4:05 pm'
        "</time></span></div>",
        f'<div class="meta">{_PUBLISHED} · Aktualisiert am <time datetime="{_UPDATED}">'
        "3.3.2025</time></div>",
        f'<div class="meta">{_PUBLISHED}<time class="updated" datetime="{_UPDATED}"></time></div>',
    ],
)
def test_the_update_time_element_fills_modified(meta: str) -> None:
    """(Which <time> is the published one is left as it was: a class "updated" holds "date",
    as publication classes do, and the dev pages' publication choice did not gain from
    leaving it out.)"""
    article = newsextract.extract(article_page("en", "County funds new bridge", meta + _TEXT))
    assert article.modified == datetime(2025, 3, 3, 16, 5, tzinfo=EST)


def test_a_time_named_published_and_updated_is_the_publication() -> None:
    """WordPress names a never-changed post's one <time> "entry-date published updated"."""
    meta = (
        '<time class="entry-date published updated" '
        'datetime="2025-03-03T14:20:00-05:00">Mar 3, 2025</time>'
    )
    article = newsextract.extract(article_page("en", "County funds new bridge", meta + _TEXT))
    assert article.published == datetime(2025, 3, 3, 14, 20, tzinfo=EST)
    assert article.modified is None


def test_times_of_comments_and_related_posts_are_passed_over() -> None:
    """A comment's update and a related post's publication come before the article's own
    <time> elements in page order: neither is read for the article."""
    body = (
        '<div class="comments"><time class="updated" datetime="2025-03-09T10:00:00-05:00">'
        "</time></div>"
        '<ul class="related-posts"><li><time pubdate datetime="2025-02-01T10:00:00-05:00">'
        "Feb 1</time></li></ul>"
        f'<div class="meta"><time pubdate datetime="2025-03-03T14:20:00-05:00">Mar 3</time>'
        f'<time class="updated" datetime="{_UPDATED}"></time></div>' + _TEXT
    )
    candidates = [
        c
        for c in html.candidates(ParsedPage(article_page("en", "County funds new bridge", body)))
        if c.field in ("published", "modified")
    ]
    assert [(c.field, c.value) for c in candidates] == [
        ("modified", datetime(2025, 3, 3, 16, 5, tzinfo=EST)),
        ("published", datetime(2025, 3, 3, 14, 20, tzinfo=EST)),
    ]
