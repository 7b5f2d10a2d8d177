"""Byline labels written after the name (``byline_after`` in the language files: "X
द्वारा", "X tarafından", "X által", "X 著"): cut from the names with what follows them,
and a short line of names and such a label read as the byline. The pages are invented; the
language probes (``language_probes``) hold more."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.labels import byline_labels_after
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_after_names import label_after_line, without_label_after


def test_the_labels_are_data() -> None:
    assert {"द्वारा", "tarafından", "által", "দ্বারা", "著"} <= set(byline_labels_after())


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("प्रिया सक्सेना द्वारा", ["प्रिया सक्सेना"]),
        ("अमित जोशी और नेहा पांडे द्वारा लिखित", ["अमित जोशी", "नेहा पांडे"]),
        ("Zeynep Karaca tarafından yazıldı", ["Zeynep Karaca"]),
        ("Mert Aydın ve Elif Şahin tarafından", ["Mert Aydın", "Elif Şahin"]),
        ("Kiss Gábor által, 2024. március 5.", ["Kiss Gábor"]),
        ("Dilnoza Karimova tomonidan", ["Dilnoza Karimova"]),
        ("中村美咲 著", ["中村美咲"]),
    ],
)
def test_the_label_and_what_follows_are_cut(byline: str, names: list[str]) -> None:
    assert split_byline(byline) == names


def test_a_label_opening_the_text_is_no_label_after_a_name() -> None:
    assert without_label_after("tarafından") == "tarafından"
    assert (
        without_label_after("村上春樹の著") == "村上春樹の著"
    )  # a particle, not a name, before it


@pytest.mark.parametrize(
    "line",
    [
        "Belediye tarafından yapılan açıklama",  # one word: the town hall, no writer's name
        "Görsel: Deniz Kaya tarafından çekildi.",  # a photo's credit
        "Az önkormányzat által közzétett adatok szerint az uszoda két évig zárva volt",
        "この本は有名な著",  # "著" after a particle closes prose
    ],
)
def test_lines_that_are_no_byline(line: str) -> None:
    assert not label_after_line(line)


def _story(lang: str, credit: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>T</title></head><body><article><h1>Yeni park açıldı'
        "</h1><p>Belediye salı günü nehir kıyısında yeni bir halk parkı açtı. Yapımı yaklaşık "
        "iki yıl süren parkta bisiklet yolları ve çocuk oyun alanları bulunuyor.</p>"
        f"{credit}<p>Mahalle sakinleri açılışı memnuniyetle karşıladı.</p></article>"
        "</body></html>"
    )


def test_a_line_of_names_and_the_label_after_the_text_is_the_byline() -> None:
    article = newsextract.extract(_story("tr", "<p>Mert Aydın tarafından hazırlandı.</p>"))
    assert article.authors == ("Mert Aydın",)
    assert article.byline == "Mert Aydın tarafından hazırlandı."


def test_a_sentence_naming_its_agent_is_no_byline() -> None:
    article = newsextract.extract(_story("tr", "<p>Karar belediye tarafından alındı.</p>"))
    assert article.authors == ()
    hindi = "<p>यह फैसला नगर निगम द्वारा लिया गया।</p>"  # "decided by the municipality."
    assert newsextract.extract(_story("hi", hindi)).authors == ()


def test_a_sidebar_card_before_the_article_is_passed_over() -> None:
    card = '<aside class="sidebar"><p>Deniz Kaya tarafından</p></aside>'
    html = _story("tr", "<p>Mert Aydın tarafından hazırlandı.</p>").replace(
        "<article>", card + "<article>"
    )
    assert newsextract.extract(html).authors == ("Mert Aydın",)


def test_a_page_in_a_language_without_such_labels_is_not_scanned() -> None:
    """An English page's line ending in a Turkish "by" is not looked for (the scan of every
    short text is the cost of a page that has a label before its byline or none)."""
    article = newsextract.extract(_story("en", "<p>Mert Aydın tarafından hazırlandı.</p>"))
    assert article.authors == ()
