"""Agencies a byline credits in forms beyond "Name/AGENCY": written in lower case after a
comma ("Von Katharina Vogel, dpa": the source, though no name in form), in brackets after a
joining word ("Élodie Fabre (avec AFP)"), and in a dateline set in the byline's box, a place
and the agency ("القاهرة (رويترز)", "Cairo (Reuters)"), where the place is no author."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page, filler

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_agencies import byline_agency

URL = "https://news.example/2025/04/port"


@pytest.mark.parametrize(
    ("language", "word", "byline", "authors", "source"),
    [
        ("de", "Hafen", "Von Katharina Vogel, dpa", ("Katharina Vogel",), "dpa"),
        # after a joining word, in lower case too: the writer, then the agency whose copy helped
        ("de", "Hafen", "Von Katharina Vogel mit dpa", ("Katharina Vogel",), "dpa"),
        (
            "de",
            "Hafen",
            "Von Katharina Vogel und Jonas Brandt mit dpa",
            ("Katharina Vogel", "Jonas Brandt"),
            "dpa",
        ),
        ("fr", "port", "Élodie Fabre (avec AFP)", ("Élodie Fabre",), "AFP"),
        ("en", "port", "Jane Roe (with AP)", ("Jane Roe",), "AP"),
        ("ar", "ميناء", "القاهرة (رويترز)", (), "رويترز"),
        ("en", "port", "Cairo (Reuters)", (), "Reuters"),
        ("ru", "порт", "Анна Смирнова (ТАСС)", ("Анна Смирнова",), "ТАСС"),
        # "with" and the agency, one rule in every language whose file lists its "with"
        ("ro", "port", "De Mihai Ionescu cu AFP", ("Mihai Ionescu",), "AFP"),
        ("ro", "port", "Mihai Ionescu, cu AFP", ("Mihai Ionescu",), "AFP"),
        ("sv", "hamn", "Av Anna Berg med TT", ("Anna Berg",), "TT"),
        ("da", "havn", "Af Mette Holm med Ritzau", ("Mette Holm",), "Ritzau"),
        ("ca", "port", "Per Jordi Puig amb EFE", ("Jordi Puig",), "EFE"),
        ("id", "pelabuhan", "Oleh Budi Santoso dengan Antara", ("Budi Santoso",), "Antara"),
        ("nl", "haven", "Door Eva de Vries met ANP", ("Eva de Vries",), "ANP"),
    ],
)
def test_the_agency_a_byline_credits(
    language: str, word: str, byline: str, authors: tuple[str, ...], source: str
) -> None:
    inner = f'<div class="author">{byline}</div>{filler(word)}'
    article = newsextract.extract(article_page(language, f"{word} {word}", inner), URL)
    assert article.authors == authors
    assert article.source == source


def test_an_ethiopic_colon_closes_a_label() -> None:
    inner = f'<p class="author">ዘጋቢ፡ ሰላም ተስፋዬ</p>{filler("ሆስፒታል")}'
    article = newsextract.extract(article_page("am", "አዲስ ሆስፒታል", inner), URL)
    assert article.authors == ("ሰላም ተስፋዬ",)


@pytest.mark.parametrize(
    ("byline", "names", "source"),
    [
        ("Por Rui Martins, da Lusa", ["Rui Martins", "Lusa"], "Lusa"),
        ("Jane Doe, from AP", ["Jane Doe", "AP"], "AP"),
        ("作者：陈静 来源：新华社", ["陈静"], "新华社"),
        ("Jane Doe Source: Reuters", ["Jane Doe"], "Reuters"),
        ("Maria da Silva", ["Maria da Silva"], None),
    ],
)
def test_an_agency_after_a_preposition_or_a_credit_label(
    byline: str, names: list[str], source: str | None
) -> None:
    found = split_byline(byline)
    assert found == names
    assert byline_agency(found, byline) == source


def test_a_korean_credits_place_before_the_reporter() -> None:
    assert split_byline("부산=박서준 기자 park@busan.example") == ["박서준"]
