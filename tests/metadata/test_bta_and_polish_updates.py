"""The Bulgarian news agency as it writes itself, in Cyrillic ("БТА", "/БТА/" closing a
story), and Polish "ostatnia zmiana" / "ostatnia aktualizacja" (last change, last update)
labelling the date of the last update."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import article_page, check_byline_and_credit

import newsextract
from newsextract.labels import news_agencies
from newsextract.metadata.credited_sources import source_from_body

_BUDGET = (
    "<p>Правителството одобри бюджета за следващата година след дълъг дебат в парламента.</p>"
    "<p>Министърът на финансите каза, че дефицитът ще остане под три процента.</p>"
)


def test_bta_in_cyrillic_is_a_news_agency() -> None:
    assert {"БТА", "BTA"} <= news_agencies()


@pytest.mark.parametrize("credit", ["/БТА/", "(БТА)"])
def test_a_closing_bta_credit_is_the_source_and_leaves_the_body(credit: str) -> None:
    page = article_page("bg", "Бюджетът е одобрен", f"{_BUDGET}<p>{credit}</p>")
    article = newsextract.extract(page)
    assert article.source == "БТА"
    assert "БТА" not in article.body
    assert article.body.endswith("три процента.")


def test_a_bta_credit_beside_a_byline_leaves_the_author() -> None:
    check_byline_and_credit(("bg", "бюджет", "Иван Петров", "/БТА/", "Иван Петров", "БТА"))


def test_bta_in_brackets_at_the_end_of_the_text_is_the_source() -> None:
    assert source_from_body("Правителството одобри бюджета.", "(БТА)") == "БТА"


_POOL = (
    "<p>Rada miasta w poniedziałek przyjęła nowy plan zagospodarowania nabrzeża portowego.</p>"
    "<p>Budowa basenu potrwa niecałe dwa lata i kosztować będzie czternaście milionów złotych.</p>"
)


@pytest.mark.parametrize("label", ["Ostatnia zmiana", "Ostatnia aktualizacja", "ostatnia zmiana"])
@pytest.mark.parametrize("apart", [False, True], ids=["one line", "two lines"])
def test_polish_last_change_labels_the_updated_date(label: str, apart: bool) -> None:
    published, updated = "Opublikowano: 3 marca 2025, 14:20", f"{label}: 4 marca 2025, 09:15"
    if apart:  # the update first, as some pages put it
        dates = f'<div class="info">{updated}</div><div class="info">{published}</div>'
    else:
        dates = f'<div class="info">{published} | {updated}</div>'
    article = newsextract.extract(article_page("pl", "Nowy basen w mieście", dates + _POOL))
    assert article.published == datetime(2025, 3, 3, 14, 20)
    assert article.modified == datetime(2025, 3, 4, 9, 15)
