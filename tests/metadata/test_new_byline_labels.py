"""Byline labels added to the language data: Serbian plural "Аутори"/"Autori", Polish
"oprac."/"opr." (prepared by) with their dot."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Аутори: Драган Илић и Јелена Марић", ["Драган Илић", "Јелена Марић"]),
        ("Autori: Dragan Ilić i Jelena Marić", ["Dragan Ilić", "Jelena Marić"]),
        ("oprac. Katarzyna Nowak", ["Katarzyna Nowak"]),
        ("Opr. Katarzyna Nowak", ["Katarzyna Nowak"]),
    ],
)
def test_plural_and_abbreviated_labels(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


_PL_PAGE = """<!doctype html><html lang="pl"><head><title>Nowy most otwarty</title></head>
<body><article><h1>Nowy most otwarty</h1>
<span class="authorName">oprac. Katarzyna Nowak</span>
<p>Nowy most na Wiśle został w piątek otwarty dla ruchu. Przeprawa skraca dojazd do centrum
o kilkanaście minut i ma osobne pasy dla rowerzystów.</p>
<p>Budowa trwała dwa lata i kosztowała mniej, niż zakładano w pierwotnym kosztorysie
przygotowanym przez miasto.</p></article></body></html>"""


def test_a_polish_oprac_byline_on_a_page() -> None:
    article = newsextract.extract(_PL_PAGE, url="https://wiadomosci.example/most")
    assert article.authors == ("Katarzyna Nowak",)
