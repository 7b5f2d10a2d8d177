"""A wiki's "last edited" footer fills ``modified`` in Slovak, Ukrainian (its time written
first), Hebrew and Tagalog, and in a footer laid out as ``<div id="footer">`` (no
``role=contentinfo``, no ``<footer>``). Invented wiki pages."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract

_TEXT = {
    "sk": "Most cez rieku v obci Zelená Lúka bol postavený v roku 1931 a opravený po povodni.",
    "uk": "Набережна Зеленого Яру була збудована у 1960-х роках і відремонтована після повені.",
    "he": "הספרייה העירונית של גבעת הדקל נוסדה בשנת 1952 ושופצה לאחר השיטפון.",
    "tl": "Ang pamilihang bayan ng Malinaw ay itinayo noong 1931 at inayos matapos ang baha.",
}


def _wiki(lang: str, footer: str, footer_attrs: str = 'id="footer" role="contentinfo"') -> bytes:
    text = _TEXT[lang]
    return f"""<html lang="{lang}"><head><title>Wiki</title></head><body>
<div id="content" class="mw-body"><h1 id="firstHeading">Wiki</h1><div class="mw-parser-output">
<p>{text}</p><p>{text}</p><p>{text}</p></div></div>
<div {footer_attrs}><ul id="footer-info"><li id="footer-info-lastmod">{footer}</li>
<li id="footer-info-copyright">CC BY-SA 4.0</li></ul></div></body></html>""".encode()


@pytest.mark.parametrize(
    ("lang", "footer", "expected"),
    [
        ("sk", "Táto stránka bola naposledy upravená 3. júna 2023 o 10:12.", (2023, 6, 3, 10, 12)),
        ("uk", "Цю сторінку востаннє відредаговано о 10:12, 3 червня 2023.", (2023, 6, 3, 10, 12)),
        ("he", "דף זה נערך לאחרונה ב־3 ביוני 2023, בשעה 10:12.", (2023, 6, 3, 10, 12)),
        # the time after three words ("sa oras na", at the hour of) is not joined: the day
        (
            "tl",
            "Huling binago ang pahinang ito noong 3 Hunyo 2023, sa oras na 10:12.",
            (2023, 6, 3),
        ),
    ],
)
def test_a_wiki_footer_fills_modified(lang: str, footer: str, expected: tuple[int, ...]) -> None:
    article = newsextract.extract(_wiki(lang, footer), url="https://wiki.example.org/wiki/Page")
    assert article.modified == datetime(*expected)


def test_a_footer_div_named_by_its_id_is_the_footer() -> None:
    footer = "Táto stránka bola naposledy upravená 3. júna 2023 o 10:12."
    page = _wiki("sk", footer, footer_attrs='id="footer"')
    article = newsextract.extract(page, url="https://wiki.example.org/wiki/Page")
    assert article.modified == datetime(2023, 6, 3, 10, 12)
