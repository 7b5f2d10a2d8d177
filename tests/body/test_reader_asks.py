"""Newsletter sign-ups, paywall teasers, donation asks and app promotions set inside the
article's text, in a box named by nothing but its words ("sc-d9w"), go in the languages the
dev sets lack: their ``prompts`` hold the phrases that ask the reader to act ("wesprzyj
niezależne", "только для подписчиков", "ニュースレターに登録"), not the words a report on
journalism or newsletters uses."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.patterns import is_furniture_line
from newsextract.body.prompts import is_box_prompt


@pytest.mark.parametrize(
    "ask",
    [
        "Wesprzyj niezależne dziennikarstwo. Każda złotówka się liczy.",
        "Podpořte nezávislou žurnalistiku ještě dnes.",
        "Támogassa a független újságírást, legyen a támogatónk!",
        "Stöd oberoende journalistik – bli supporter.",
        "Tue riippumatonta journalismia ja ryhdy kuukausilahjoittajaksi.",
        "Поддержите независимую журналистику — оформите регулярное пожертвование.",
        "Материал доступен только для подписчиков.",
        "Цей матеріал доступний лише для передплатників.",
        "Bu içerik sadece abonelerimize özeldir.",
        "Το περιεχόμενο είναι μόνο για συνδρομητές.",
        "Artikel ini khusus untuk pelanggan premium.",
        "Bài viết dành riêng cho thành viên VIP.",
        "הכתבה למנויים בלבד.",
        "این گزارش فقط برای مشترکان در دسترس است.",
        "ニュースレターに登録して最新情報を受け取る",
        "뉴스레터를 구독하고 소식을 받아보세요.",
        "订阅我们的新闻简报",
        "Iratkozzon fel hírlevelünkre!",
        "Zapisz się na nasz newsletter i bądź na bieżąco.",
        "Pobierz naszą aplikację mobilną.",
        "Support independent journalism: become a member today.",
    ],
)
def test_a_reader_ask_is_a_prompt(ask: str) -> None:
    assert is_box_prompt(ask)


@pytest.mark.parametrize(
    "line",
    [
        "Niezależne dziennikarstwo w Polsce przeżywa trudny okres, mówią eksperci.",
        "Независимая журналистика в регионе переживает трудные времена.",
        "Rząd zapowiedział nowe przepisy dotyczące subskrypcji usług cyfrowych.",
        "Aplikacja banku przestała działać w poniedziałek rano.",
        "政府は報道の自由について議論した。",
    ],
)
def test_a_report_naming_the_same_things_is_no_prompt(line: str) -> None:
    assert not is_box_prompt(line)


def test_the_brazilian_ad_break_line_is_furniture() -> None:
    assert is_furniture_line("Continua após a publicidade")


_PAGE = """<!DOCTYPE html><html lang="pl"><head><title>Strefa czystego transportu</title></head>
<body><div class="sc-a8f3k"><h1>Kraków zamyka centrum dla starszych samochodów</h1>
<div class="sc-b7q">
<p>Od lipca przyszłego roku do centrum Krakowa nie wjadą samochody z silnikami benzynowymi
wyprodukowanymi przed 2005 rokiem, zdecydowali radni.</p>
<p>Mieszkańcy, którzy płacą podatki w Krakowie, dostaną trzyletni okres przejściowy, a
właściciele zabytkowych aut będą mogli ubiegać się o zwolnienie.</p>
<div class="sc-d9w"><h3>Wspieram</h3><p>Wesprzyj niezależne dziennikarstwo. Wpłać dowolną
kwotę już dziś.</p><a href="/wsparcie">Wspieram</a></div>
<p>Przeciwnicy uchwały zapowiadają skargę do sądu administracyjnego i zbierają podpisy pod
wnioskiem o referendum w tej sprawie.</p>
<div class="sc-pw2"><p>Ten artykuł jest dostępny tylko dla subskrybentów. Wykup dostęp, aby
czytać dalej.</p><a href="/sub">Subskrybuj</a></div>
</div></div></body></html>"""


def test_the_asks_leave_the_text_and_the_text_stays() -> None:
    body = newsextract.extract(_PAGE, url="https://example.org/krakow").body or ""
    assert "o referendum w tej sprawie." in body
    assert "Wesprzyj" not in body
    assert "Wspieram" not in body
    assert "subskrybentów" not in body


def test_a_report_on_paid_members_is_no_japanese_prompt() -> None:
    # "有料会員" alone named the members a report counts; the asks name the reader's step.
    report = "同社によると、電子版の有料会員数は昨年比で二割増え、三十万人を超えた。"
    assert not is_box_prompt(report)
    assert is_box_prompt("この記事は有料会員限定です。")
    assert is_box_prompt("続きは有料会員登録でお読みいただけます。")
