"""One small article page per added language: its byline, credit and tag labels at work.

The golden pages in ``tests/fixtures`` hold full layouts for nine of these languages; this
checks the three labels that decide ``authors``, ``source`` and ``tags`` in every language
added for pages the evaluation sets lack, on the same plain layout: a byline under the
headline, the text, a credit line, tag links after a label (links and classes that say
nothing, so only the label tells them apart).
"""

from __future__ import annotations

import pytest

import newsextract

_TEXT = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do. " * 4 + "</p>"

# language: (byline as printed, the name in it, credit line, the source, tag label)
PAGES = {
    "bg": ("Автор: Иван Петров", "Иван Петров", "Източник: БТА", "БТА", "Етикети:"),
    "bs": ("Piše: Amra Hodžić", "Amra Hodžić", "Izvor: Fena", "Fena", "Tagovi:"),
    "ca": ("Autora: Joana Puig", "Joana Puig", "Font: ACN", "ACN", "Etiquetes:"),
    "et": ("Autor: Mari Tamm", "Mari Tamm", "Allikas: ERR", "ERR", "Sildid:"),
    "fa": ("نویسنده: علی رضایی", "علی رضایی", "منبع: ایرنا", "ایرنا", "برچسب‌ها:"),
    "gl": (
        "Texto: Uxía Romero",
        "Uxía Romero",
        "Fonte: Europa Press",
        "Europa Press",
        "Etiquetas:",
    ),
    "he": ("מאת: דוד כהן", "דוד כהן", "מקור: וואלה", "וואלה", "תגיות:"),
    "hr": ("Piše: Ivan Horvat", "Ivan Horvat", "Izvor: Hina", "Hina", "Oznake:"),
    "is": ("Höfundur: Jón Jónsson", "Jón Jónsson", "Heimild: RÚV", "RÚV", "Efnisorð:"),
    "lv": ("Autors: Jānis Bērziņš", "Jānis Bērziņš", "Avots: LETA", "LETA", "Birkas:"),
    "mk": ("Пишува: Марија Петровска", "Марија Петровска", "Извор: МИА", "МИА", "Тагови:"),
    "ms": ("Oleh Ahmad Ismail", "Ahmad Ismail", "Sumber: Bernama", "Bernama", "Tag:"),
    "sk": ("Autor: Ján Novák", "Ján Novák", "Zdroj: TASR", "TASR", "Štítky:"),
    "sr": ("Аутор: Марко Марковић", "Марко Марковић", "Извор: Танјуг", "Танјуг", "Тагови:"),
    "th": ("โดย สมชาย ใจดี", "สมชาย ใจดี", "ที่มา: มติชน", "มติชน", "แท็ก:"),
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_byline_credit_and_tag_labels(language: str) -> None:
    byline, name, credit, source, tag_label = PAGES[language]
    page = (
        f'<html lang="{language}"><head><title>Headline - Site</title></head><body><article>'
        f"<h1>Headline</h1><div>{byline}</div>{_TEXT * 3}<p>{credit}</p>"
        f'<div>{tag_label} <a href="/t/1">Alpha</a> <a href="/t/2">Beta</a></div>'
        "</article></body></html>"
    )
    article = newsextract.extract(page, url="https://example.org/news/story-1")
    assert (article.authors, article.source, article.tags) == ((name,), source, ("Alpha", "Beta"))
