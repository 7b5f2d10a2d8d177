"""Dates on pages that are not news, as the fifth blind date probe found them missed: a
listing's "Eingestellt am" (posted on) after its event's "Termin", a docs page's "Última
edição" and a wiki's "senest redigeret" (last edited), a Finnish board's "Lähetetty" (posted)
with its time, a Hindi notice's "दिनांक" (date) beside its last date, a notice's deadline
("Valid until", "Ważne do") before its day of issue, and an event's day in an element named
for it inside the date line. Every site, name and text here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import article_page, filler

import newsextract


def _extract(page: str) -> newsextract.Article:
    return newsextract.extract(page, url="https://portal.example.org/seite/42")


def test_eingestellt_am_is_the_posting_day_not_the_events() -> None:
    lines = (
        '<div class="meta"><p>Termin: 12.05.2024, 18:00 Uhr</p>'
        "<p>Eingestellt am 02.04.2024</p></div>"
    )
    article = _extract(article_page("de", "Flohmarkt im Hof", lines + filler("Flohmarkt")))
    assert article.published == datetime(2024, 4, 2)


def test_ultima_edicao_labels_a_docs_pages_update() -> None:
    inner = filler("configuração") + '<p class="edited">Última edição em 9 de abril de 2024</p>'
    article = _extract(article_page("pt", "Configuração do servidor", inner))
    assert article.modified is not None and article.modified.date() == datetime(2024, 4, 9).date()


def test_senest_redigeret_in_a_wiki_footer_is_the_update() -> None:
    page = article_page("da", "Vandtårnet", filler("vandtårnet")).replace(
        "</article>",
        "</article><footer><p>Denne side blev senest redigeret den 3. april 2024 kl. "
        "10:15.</p></footer>",
    )
    article = _extract(page)
    assert article.modified is not None and article.modified.date() == datetime(2024, 4, 3).date()


def test_lahetetty_labels_a_forum_posts_day_and_time() -> None:
    inner = '<p class="author">Lähetetty: 09.04.2024 klo 20.45</p>' + filler("vene")
    article = _extract(article_page("fi", "Veneen talvisäilytys", inner))
    assert article.published == datetime(2024, 4, 9, 20, 45)


def test_dinank_is_a_notices_day_and_antim_tithi_its_deadline() -> None:
    inner = "<p>दिनांक: 11/04/2024</p><p>आवेदन की अंतिम तिथि: 30/04/2024</p>" + filler("सूचना")
    article = _extract(article_page("hi", "जल आपूर्ति की सूचना", inner))
    assert article.published == datetime(2024, 4, 11)


@pytest.mark.parametrize(
    ("language", "deadline", "issued", "want"),
    [
        ("en", "Valid until 30 April 2024", "Issued 5 April 2024", datetime(2024, 4, 5)),
        ("pl", "Ważne do 30.04.2024 r.", "Lipowo, 05.04.2024 r.", datetime(2024, 4, 5)),
        ("hi", "अंतिम तिथि 30/04/2024", "जारी 05/04/2024", datetime(2024, 4, 5)),
    ],
)
def test_a_deadline_before_the_day_of_issue_is_no_publication(
    language: str, deadline: str, issued: str, want: datetime
) -> None:
    inner = f"<p>{deadline}</p><p>{issued}</p>" + filler("notice")
    article = _extract(article_page(language, "Notice", inner))
    assert article.published == want


def test_an_events_day_inside_the_date_line_is_not_the_pages() -> None:
    inner = (
        '<div class="entry-meta"><p class="event-date">Dátum: 22. júna 2024 o 9:00</p>'
        "<p>Miesto: kaštieľ</p></div>" + filler("koncert")
    )
    assert _extract(article_page("sk", "Letný koncert", inner)).published is None
