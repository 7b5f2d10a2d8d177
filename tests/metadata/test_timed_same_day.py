"""A day written alone (a site bar's date the top-bar test misses) takes its time of day
from a later written date of the same day: the byline's "3 март 2025, 14:20 ч."."""

from __future__ import annotations

from datetime import datetime

from tests.metadata.pages import article_page

import newsextract

_BAR = (
    '<table class="top"><tr><td><a href="/">Вестник</a></td>'
    '<td class="date">Понеделник, 3 март 2025</td></tr></table>'
)
_TEXT = (
    "<p>Общинският съвет реши учениците да пътуват безплатно в градския транспорт.</p>"
    "<p>Мярката ще обхване над 40 000 деца от първи до дванадесети клас.</p>"
)


def _page(article_date: str) -> str:
    page = article_page(
        "bg",
        "Безплатен транспорт за ученици",
        f'<div class="news-info"><span class="news-date">{article_date}</span></div>{_TEXT}',
    )
    return page.replace("<body>", "<body>" + _BAR)


def test_a_day_alone_takes_the_time_of_the_same_day_written_later() -> None:
    article = newsextract.extract(_page("3 март 2025, 14:20 ч."))
    assert article.published == datetime(2025, 3, 3, 14, 20)


def test_a_time_of_another_day_is_not_taken() -> None:
    article = newsextract.extract(_page("2 март 2025, 14:20 ч."))
    assert article.published not in (datetime(2025, 3, 3, 14, 20), None)
