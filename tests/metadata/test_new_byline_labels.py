"""Byline labels added to the language data: Serbian plural "Аутори"/"Autori", Polish
"oprac."/"opr." (prepared by) with their dot; Amharic and Tagalog (Filipino, "fil") files,
Tagalog's "ni" and "at" read on its own pages only."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.dateparser_words import calendar_words
from newsextract.metadata.authors import split_byline
from newsextract.metadata.usable_values import language_code


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


_AM_PAGE = """<!doctype html><html lang="am"><head><title>አዲስ ድልድይ ተከፈተ</title></head>
<body><article><h1>አዲስ ድልድይ ተከፈተ</h1><span class="byline">ዘጋቢ: ሰላም ታደሰ</span>
<p>በከተማው መሃል የተገነባው አዲስ ድልድይ ዛሬ ለትራፊክ ክፍት ሆኗል። ድልድዩ የጉዞ ጊዜን በግማሽ ይቀንሳል ተብሏል።</p>
<p>የከተማው አስተዳደር እንዳስታወቀው ግንባታው ከታቀደለት ጊዜ ቀድሞ የተጠናቀቀ ሲሆን ወጪውም ከበጀቱ በታች ነው።</p>
<p class="source">ምንጭ: ኢዜአ</p></article></body></html>"""


def test_an_amharic_byline_and_source() -> None:
    article = newsextract.extract(_AM_PAGE, url="https://zena.example.et/bridge")
    assert article.authors == ("ሰላም ታደሰ",)
    assert article.source == "ኢዜአ"


_TL_PAGE = """<!doctype html><html lang="fil-PH"><head><title>Bagong tulay, bukas na</title>
<meta name="author" content="Balita Ngayon"><meta property="og:site_name" content="Balita Ngayon">
</head>
<body><article><h1>Bagong tulay, bukas na</h1>
<div class="story-credit">Ni <a href="/a/1">Jose dela Paz</a> at <a href="/a/2">Liza Reyes</a></div>
<p>Binuksan na sa publiko ang bagong tulay na nag-uugnay sa dalawang bayan, ayon sa mga opisyal
ng lalawigan nitong Lunes ng umaga.</p>
<p>Inaasahang mababawasan nang kalahati ang oras ng biyahe ng mga motorista at komyuter.</p>
</article></body></html>"""


def test_a_tagalog_byline_on_a_filipino_page() -> None:
    article = newsextract.extract(_TL_PAGE, url="https://balita.example.ph/tulay")
    assert article.language == "tl"
    assert article.authors == ("Jose dela Paz", "Liza Reyes")


def test_tagalog_at_joins_names_on_tagalog_pages_only() -> None:
    assert split_byline("Jose dela Paz at Liza Reyes", "tl") == ["Jose dela Paz", "Liza Reyes"]
    assert split_byline("Jane Doe at Reuters", "en") == ["Jane Doe"]
    assert split_byline("Jane Doe at Reuters") == ["Jane Doe"]


def test_filipino_is_tagalog_with_dateparsers_months() -> None:
    assert language_code("fil-PH") == "tl"
    assert language_code("fil") == "tl"
    assert "marso" in calendar_words("tl")
