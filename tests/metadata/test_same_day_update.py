"""An update's time written alone after the publication date ("· Aangepast om 11:05") is the
update's time on the same day: newsrooms leave the day out when it has not changed."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract.dates import find_text_dates

TEXT = "<p>" + "The council met on Tuesday and agreed the budget after a long debate. " * 4 + "</p>"


def page(language: str, date_line: str) -> str:
    return article_page(language, "Council agrees the budget for next year", date_line + TEXT)


@pytest.mark.parametrize(
    ("language", "date_line"),
    [
        ("nl", "<div class='article-date'>vr 14 mrt 2025 om 09:30 · Aangepast om 11:05</div>"),
        ("de", "<p class='date'>14.03.2025, 09:30 Uhr, aktualisiert um 11:05 Uhr</p>"),
        ("fr", "<p class='date'>Publié le 14 mars 2025 à 09h30, mis à jour à 11h05</p>"),
        ("nb", "<div class='published'>Publisert 14.03.2025 09:30 Oppdatert 11:05</div>"),
    ],
)
def test_an_update_time_alone_is_modified_on_the_same_day(language: str, date_line: str) -> None:
    article = newsextract.extract(page(language, date_line), "https://news.example/2025/budget")
    assert article.published == datetime(2025, 3, 14, 9, 30)
    assert article.modified == datetime(2025, 3, 14, 11, 5)


def test_the_update_keeps_the_zone_written_after_its_time() -> None:
    line = (
        "<div class='dateline'>Published March 14, 2025 9:30 a.m. EST | "
        "Updated 11:05 a.m. EST</div>"
    )
    article = newsextract.extract(page("en", line), "https://news.example/2025/budget")
    assert article.modified is not None
    assert article.modified.isoformat() == "2025-03-14T11:05:00-05:00"


@pytest.mark.parametrize(
    "date_line",
    [
        "<div class='date'>March 14, 2025 · 3 min read</div>",
        "<div class='date'>March 14, 2025, 9:30 · Kick-off 15:00</div>",  # no update label
    ],
)
def test_a_time_alone_without_an_update_label_is_no_date(date_line: str) -> None:
    article = newsextract.extract(page("en", date_line), "https://news.example/2025/budget")
    assert article.modified is None
    assert article.published is not None and article.published.date().isoformat() == "2025-03-14"


def test_lone_times_are_found_only_when_asked_for() -> None:
    text = "14 mrt 2025 om 09:30 · Aangepast om 11:05"
    assert [d.span for d in find_text_dates(text)] == ["14 mrt 2025 om 09:30"]
    found = list(find_text_dates(text, same_day_times=True))
    assert [(d.span, d.same_day) for d in found] == [
        ("14 mrt 2025 om 09:30", False),
        ("14 mrt 2025 11:05", True),
    ]
    assert found[1].label == " · Aangepast om "
