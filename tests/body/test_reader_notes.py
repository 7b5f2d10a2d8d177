"""A note closing the text that opens by addressing the reader ("Dear reader - we need your
support", "Liebe Leserinnen und Leser, …") is the publisher's ask or notice, not the
article's: the body drops it, in any language its data file lists (``reader_notes``). A
letter to the readers that opens so keeps its closing address. Invented pages."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.about_lines import is_reader_note

_PAGE = (
    "<html lang='{lang}'><head><title>{title}</title></head><body><main><article>"
    "<h1>{title}</h1><div class='entry-content'>{paras}"
    "<div class='box' style='background:#123;color:#fff'>{note}</div>"
    "</div></article></main></body></html>"
)

_CASES = {
    "de": (
        "Stadtrat beschließt neue Radwege",
        "Der Stadtrat hat am Dienstagabend beschlossen, bis 2027 zwölf Kilometer neue Radwege "
        "anzulegen. Die Kosten liegen bei rund acht Millionen Euro.|Die Opposition kritisierte, "
        "dass Parkplätze in der Innenstadt wegfallen.|Die ersten Abschnitte sollen im Frühjahr "
        "entstehen, zunächst entlang der Ringstraße.",
        "Liebe Leserinnen und Leser, guter Lokaljournalismus kostet Geld. <a href='/hilfe'>"
        "Werden Sie jetzt Unterstützerin oder Unterstützer</a> – schon ab fünf Euro im Monat.",
    ),
    "fr": (
        "Le festival de jazz attire un public record",
        "Plus de quarante mille spectateurs se sont pressés ce week-end sur les quais pour la "
        "vingtième édition du festival.|Les organisateurs se félicitent d'une programmation "
        "variée.|La prochaine édition est déjà annoncée pour la fin juin.",
        "Chers lecteurs, notre rédaction est indépendante et ne vit que grâce à vous. "
        "<a href='/soutenir'>Soutenez notre travail en faisant un don</a>, merci !",
    ),
    "pl": (
        "Nowy most połączy dwie dzielnice",
        "Budowa nowego mostu na rzece rozpocznie się jesienią i połączy dwie dzielnice.|Koszt "
        "inwestycji szacowany jest na sto dwadzieścia milionów złotych.|Mieszkańcy od lat "
        "apelowali o nową przeprawę.",
        "Drodzy Czytelnicy, niezależne dziennikarstwo lokalne wymaga wsparcia. "
        "<a href='/wspieraj'>Wesprzyj naszą redakcję</a>. Dziękujemy!",
    ),
    "ja": (
        "市立図書館が全面改装へ",
        "市は、開館から四十年を迎える市立図書館を来年度から全面改装すると発表した。|改装後は学習"
        "スペースを倍に広げ、子ども向けの読み聞かせ室も新設する。|市の担当者は「誰もが長く過ごせる"
        "場所にしたい」と話している。",
        "読者の皆様へ：当サイトは皆様のご支援によって運営されています。"
        "<a href='/support'>ご寄付はこちらから</a>お願いいたします。",
    ),
}


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_a_closing_note_to_the_reader_goes(lang: str) -> None:
    title, paras, note = _CASES[lang]
    html = _PAGE.format(
        lang=lang,
        title=title,
        paras="".join(f"<p>{p}</p>" for p in paras.split("|")),
        note=note,
    )
    body = newsextract.extract(html, url=f"https://blatt.example/{lang}/1").body
    assert body is not None
    assert paras.split("|")[-1] in body
    assert note[:6] not in body


def test_a_letter_to_the_readers_keeps_its_closing_address() -> None:
    html = (
        "<html lang='en'><body><main><article><h1>A letter to our readers</h1>"
        "<div class='entry-content'><p>Dear readers, after forty-two years in print, this is "
        "the last weekly edition of the Gazette that will land on your doorstep.</p><p>We did "
        "not take this decision lightly: paper and delivery costs have tripled since 2020."
        "</p><p>Our reporters are not going anywhere, and the council meetings will be covered "
        "as closely as before.</p><p>Dear readers, thank you for forty-two years of letters, "
        "tips and corrections.</p></div></article></main></body></html>"
    )
    body = newsextract.extract(html, url="https://gazette.example/letter").body
    assert body is not None
    assert body.endswith("thank you for forty-two years of letters, tips and corrections.")


def test_an_address_is_a_whole_opening() -> None:
    assert is_reader_note("Dear reader - the enemies of freedom are choking us.", [])
    assert not is_reader_note("Dear readership numbers fell last year.", [])
    assert not is_reader_note("Our dear readers wrote in.", [])
    assert not is_reader_note("Dear readers, thank you.", ["Dear readers, this is our last."])
