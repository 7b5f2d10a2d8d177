"""Tag and update labels the language files lacked: Slovak and Czech "Tagy" (WordPress's
own label on their pages), Latvian "Atjaunots" and "Papildināts" (updated)."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import article_page

import newsextract

_TEXT = (
    "<p>Mesto v pondelok otvorilo nový krytý plavecký bazén na sídlisku Nad jazerom.</p>"
    "<p>Stavba bazéna trvala necelé dva roky a stála štrnásť miliónov eur.</p>"
)


@pytest.mark.parametrize("language", ["sk", "cs"])
def test_tagy_labels_the_tags(language: str) -> None:
    links = '<div class="box">Tagy: <a href="/t/bazen">bazén</a> <a href="/t/mesto">mesto</a></div>'
    article = newsextract.extract(article_page(language, "Nový bazén v meste", _TEXT + links))
    assert article.tags == ("bazén", "mesto")


@pytest.mark.parametrize("label", ["Atjaunots", "Papildināts"])
def test_latvian_update_labels(label: str) -> None:
    dates = f'<div class="info">Publicēts: 03.03.2025 14:20 {label}: 03.03.2025 16:05</div>'
    article = newsextract.extract(article_page("lv", "Rīgā atklāj velojoslas", dates + _TEXT))
    assert article.published == datetime(2025, 3, 3, 14, 20)
    assert article.modified == datetime(2025, 3, 3, 16, 5)
