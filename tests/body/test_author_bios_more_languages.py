"""An author bio closing the text ("X is a reporter") in Finnish, Swahili and Tagalog: its
verb and profession are language data. The same words inside the text stay. Invented pages."""

from __future__ import annotations

import pytest

import newsextract

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><title>T</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Otsikko</h1>
<div class="entry-content">{text}<p><em>{bio}</em></p></div></article>
</main></body></html>"""

_TEXTS = {
    "fi": (
        "<p>Suomen järvien pintavesi on lämmennyt keskimäärin puolitoista astetta"
        " viidessäkymmenessä vuodessa, kertoo tuore tutkimus.</p><p>Lämpeneminen näkyy"
        " erityisesti kesäkuussa, jolloin jäiden lähtö on aikaistunut.</p>"
    ),
    "sw": (
        "<p>Mvua kubwa iliyonyesha usiku wa kuamkia leo imesababisha mafuriko katika mitaa"
        " kadhaa ya mji wa Kisiwani, kwa mujibu wa kamati ya maafa.</p><p>Kamati imesema"
        " hakuna mtu aliyejeruhiwa.</p>"
    ),
    "tl": (
        "<p>Ang electric fan ay gumagamit ng mas kaunting kuryente kaysa sa aircon, kaya mas"
        " mainam itong gamitin sa gabi ayon sa mga eksperto.</p><p>Tanggalin sa saksakan"
        " ang mga appliance na hindi ginagamit.</p>"
    ),
}


@pytest.mark.parametrize(
    ("lang", "bio"),
    [
        ("fi", "Liisa Mäki toimii tiedetoimittajana ja kirjoittaa ympäristöstä."),
        ("sw", "Amina Said ni mwandishi wa habari za mazingira wa gazeti hili."),
        ("tl", "Si Maria Cruz ay isang mamamahayag na sumusulat tungkol sa enerhiya."),
    ],
)
def test_a_closing_bio_goes(lang: str, bio: str) -> None:
    html = _PAGE.format(lang=lang, text=_TEXTS[lang], bio=bio)
    body = newsextract.extract(html, url="https://news.example.org/a").body or ""
    assert _TEXTS[lang][3:40] in body
    assert bio[:20] not in body


def test_a_profession_inside_the_text_stays() -> None:
    text = (
        "<p>Amina Said ni mwandishi wa habari aliyeshuhudia mafuriko hayo akiwa njiani"
        " kwenda kazini asubuhi.</p>" + _TEXTS["sw"]
    )
    html = _PAGE.format(lang="sw", text=text, bio="Picha: Maktaba")
    body = newsextract.extract(html, url="https://news.example.org/a").body or ""
    assert "ni mwandishi wa habari aliyeshuhudia" in body
