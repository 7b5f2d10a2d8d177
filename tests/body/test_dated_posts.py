"""Issue 11, wave 57: readers' messages after the text in a list named by no comment word
(SPIP's "forum", a guest book), each an element of one template with a stamp naming its
year, a poster's line and a short text, go whatever their language. A chronology's dated
entries (a date and its text, no poster) stay, as do a thread's replies after its opening
post (``test_comment_sections``) and a page that is mostly its dated entries."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<div class='tekst'><p>Most nad rzeką w Dolnej Wsi zamknięto w poniedziałek dla "
    "samochodów ciężarowych, bo w filarach znaleziono pęknięcia.</p><p>Ciężarówki jadą "
    "teraz objazdem przez Górki, co wydłuża drogę do tartaku o dwadzieścia kilometrów.</p><p>"
    "Gmina zapowiada, że remont zacznie się jesienią i potrwa co najmniej pół roku.</p></div>"
)


def _body(after: str, text: str = _TEXT) -> str:
    html = (
        "<html lang='pl'><body><div id='strona'><div id='naglowek'><a href='/'>Notatnik "
        "Doliny</a></div><div id='glowna'><h1>Most zamknięty dla ciężarówek</h1>"
        f"{text}{after}</div></div></body></html>"
    )
    return newsextract.extract(html, url="https://notatnik.example.pl/most").body or ""


def _message(title: str, stamp: str, text: str, name: str) -> str:
    return (
        f"<li><div class='wpis-naglowek'><span class='tytul'>{title}</span> <span>({stamp})"
        f"</span></div><div class='wpis-tekst'><p>{text}</p></div><div "
        f"class='wpis-autor'>{name}</div></li>"
    )


def test_dated_messages_after_the_text_go() -> None:
    messages = (
        "<ul class='wpisy'>"
        + _message("Objazd", "3 marca 2026, 10:15", "Objazd przez Górki jest za wąski.", "Jan")
        + _message("Remont", "3 marca 2026, 12:40", "Pół roku to stanowczo za długo.", "Ewa")
        + "</ul>"
    )
    body = _body(messages)
    assert "remont zacznie się jesienią" in body
    assert "za wąski" not in body
    assert "stanowczo za długo" not in body


def test_a_chronology_after_the_text_stays() -> None:
    chronology = (
        "<ul class='kalendarium'><li><div class='data'>3 marca 2026</div><p>Zamknięcie mostu "
        "dla ciężarówek.</p></li><li><div class='data'>1 października 2026</div><p>Początek "
        "remontu filarów.</p></li></ul>"
    )
    body = _body(chronology)
    assert "Początek remontu filarów." in body
