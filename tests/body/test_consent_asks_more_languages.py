"""An embed's ask to accept cookies set as a plain paragraph of the text, in languages whose
data lacked the words (Indonesian, Malay, Swahili, Hungarian, Romanian, Czech, Finnish), and
Tagalog's newsletter and app asks: the ask goes, the text stays. Invented pages."""

from __future__ import annotations

import pytest

import newsextract

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><title>T</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Otsikko</h1>
<div class="entry-content"><p>{first}</p><p>{ask}</p><p>{second}</p></div></article>
</main></body></html>"""


@pytest.mark.parametrize(
    ("lang", "first", "ask"),
    [
        (
            "id",
            "Harga beras medium di pasar tradisional naik menjadi Rp13.500 per kilogram pekan ini.",
            "Konten ini tidak dapat ditampilkan tanpa persetujuan cookie Anda.",
        ),
        (
            "ms",
            "Lebuh raya bertol baharu antara Kuala Selangor dan Klang dibuka minggu depan.",
            "Sila terima kuki untuk melihat kandungan ini.",
        ),
        (
            "sw",
            "Bei ya gunia la mahindi imeshuka hadi shilingi elfu sitini wiki hii.",
            "Kubali vidakuzi ili kuona maudhui haya.",
        ),
        (
            "hu",
            "A lakossági gáz ára jövő hónaptól négy százalékkal emelkedik.",
            "A tartalom megtekintéséhez fogadja el a sütiket.",
        ),
        (
            "ro",
            "Biletul de metrou se scumpește de luna viitoare de la cinci la șapte lei.",
            "Pentru a vedea acest conținut, acceptă cookie-urile.",
        ),
        (
            "cs",
            "Dodavatelé elektřiny ohlásili na příští rok pokles cen o osm procent.",
            "Pro zobrazení obsahu povolte cookies.",
        ),
        (
            "fi",
            "Seutuliikenteen kertalipun hinta laskee ensi kuussa kolmesta eurosta.",
            "Hyväksy evästeet nähdäksesi tämän sisällön.",
        ),
        (
            "tl",
            "Bubuksan sa susunod na buwan ang bagong tulay sa tabi ng ilog Pasig.",
            "Mag-subscribe sa aming newsletter para sa pinakabagong balita.",
        ),
        (
            "tl",
            "Bubuksan sa susunod na buwan ang bagong tulay sa tabi ng ilog Pasig.",
            "I-download ang aming app para sa mabilis na balita.",
        ),
    ],
)
def test_an_ask_in_the_text_goes(lang: str, first: str, ask: str) -> None:
    second = "Muut tiedot julkaistaan myöhemmin tällä viikolla, kertoo tiedote. " * 2
    html = _PAGE.format(lang=lang, first=first, ask=ask, second=second)
    body = newsextract.extract(html, url="https://news.example.org/a").body or ""
    assert first[:30] in body
    assert ask[:25] not in body


def test_a_sentence_about_cookies_stays() -> None:
    first = "Pengadilan memutuskan situs belanja itu melanggar aturan privasi pengguna."
    ask = (
        "Menurut hakim, situs tersebut memasang pelacak sebelum pengguna memberikan"
        " persetujuan apa pun, dan harus membayar denda."
    )
    html = _PAGE.format(lang="id", first=first, ask=ask, second=first)
    body = newsextract.extract(html, url="https://news.example.org/a").body or ""
    assert "memasang pelacak" in body
