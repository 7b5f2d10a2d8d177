"""A date line that shows the update before the publication ("Updated <time> Published
<time>"): the <time> its update label names fills ``modified`` and the other <time> of the
same line is the publication, in any language with update labels; a page whose only article
<time> is the update's keeps it as the publication (a teaser's <time> lower down does not
replace it)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

CET = timezone(timedelta(hours=1))
_UPDATED = "2024-05-07T10:05:00+01:00"
_PUBLISHED = "2024-05-05T08:30:00+01:00"


@pytest.mark.parametrize(
    ("language", "updated", "published", "word"),
    [
        ("en", "Updated", "Published", "harbour"),
        ("ar", "آخر تحديث", "نشر في", "المدينة"),
        ("uk", "Оновлено", "Опубліковано", "місто"),
    ],
)
def test_the_publication_beside_an_update_shown_first(
    language: str, updated: str, published: str, word: str
) -> None:
    line = (
        f'<div class="dates"><span>{updated}</span> <time datetime="{_UPDATED}">7.5.2024</time>'
        f' <span>{published}</span> <time datetime="{_PUBLISHED}">5.5.2024</time></div>'
    )
    article = newsextract.extract(
        article_page(language, f"{word} {word} {word}", line + filler(word))
    )
    assert article.published == datetime(2024, 5, 5, 8, 30, tzinfo=CET)
    assert article.modified == datetime(2024, 5, 7, 10, 5, tzinfo=CET)


def test_an_update_time_alone_in_its_line_stays_the_publication() -> None:
    line = f'<p class="meta"><span>Updated</span> <time datetime="{_UPDATED}">May 7</time></p>'
    teaser = (
        '<ul class="more"><li><a href="/other">Another story</a> '
        '<time datetime="2024-05-09T09:00:00+01:00">May 9</time></li></ul>'
    )
    page = article_page("en", "Council funds the bridge", line + filler("bridge")).replace(
        "</article>", "</article>" + teaser
    )
    article = newsextract.extract(page)
    assert article.published == datetime(2024, 5, 7, 10, 5, tzinfo=CET)


def test_an_update_label_without_a_publication_label_keeps_its_day() -> None:
    """A page that shows only how current it is ("Stand - 12.11.2021") gives that day."""
    line = '<span class="heading-meta">Stand - 12.11.2021 (gültig seit: 05.11.2021)</span>'
    article = newsextract.extract(
        article_page("de", "Hinweise für Reisende", line + filler("Reise"))
    )
    assert article.published is not None and article.published.date().isoformat() == "2021-11-12"
