"""Furniture written as a paragraph of sentences inside the article's container, named on the
paragraph itself (a consent notice, a promotion, an accessibility notice, a pointer to the
paper's standards), and a translation note in Dutch and Hebrew: none of them is the text
(blind probe set ``prosefurniture``, round 60). Every name and sentence is invented."""

from __future__ import annotations

import pytest

import newsextract

_STORY = (
    "Die Stadt Fernau hat am Montag ihre neue Stadtbibliothek eröffnet, die in einer alten "
    "Tuchfabrik am Fluss untergebracht ist und dreimal so viele Bücher fasst wie bisher.",
    "Die Bibliothek ist künftig auch sonntags geöffnet, betreut von ehrenamtlichen Helfern aus "
    "den Vereinen der Stadt, die sich dafür in einer Liste eintragen können.",
)


def _page(insert: str, lang: str = "de") -> str:
    first, second = _STORY
    return (
        f"<html lang='{lang}'><head><title>Neue Bibliothek</title></head><body><main><article>"
        f"<h1>Neue Bibliothek eröffnet</h1><div class='article-body'><p>{first}</p>{insert}"
        f"<p>{second}</p></div></article></main></body></html>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://fernau.example.de/kultur/bibliothek").body


@pytest.mark.parametrize(
    ("cls", "text"),
    [
        (
            "cookie-text",
            "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie "
            "weiter surfen, stimmen Sie unserer Datenschutzerklärung zu.",
        ),
        (
            "embed-placeholder",
            "Dieser Inhalt ist blockiert, weil Sie der Nutzung externer Dienste nicht "
            "zugestimmt haben. Mit einem Klick laden Sie das Video nachträglich.",
        ),
        (
            "promo-box",
            "Kommen Sie zu unserem Lesertreffen am Donnerstag um 19 Uhr im Rathaussaal, wir "
            "sprechen mit der Bürgermeisterin über die Zukunft der Innenstadt.",
        ),
        (
            "a11y-note",
            "Wir arbeiten an der Barrierefreiheit unserer Seite. Wenn Sie mit einem "
            "Screenreader Probleme beim Lesen dieses Artikels haben, schreiben Sie uns.",
        ),
        (
            "editorial-standards",
            "Unsere Redaktion prüft alle Informationen vor der Veröffentlichung. Wie wir "
            "arbeiten und Fehler korrigieren, lesen Sie auf unserer Seite zu den Standards.",
        ),
        (
            "aviso-afiliados",
            "Dieser Beitrag enthält Links zu Händlern. Kaufen Sie darüber ein, erhalten wir "
            "eine kleine Provision, für Sie ändert sich am Preis nichts.",
        ),
        (
            "mail-unsubscribe",
            "Sie erhalten diese Ausgabe, weil Sie sich eingetragen haben. Um sich abzumelden, "
            "klicken Sie hier.",
        ),
    ],
)
def test_a_paragraph_named_as_furniture_goes(cls: str, text: str) -> None:
    body = _body(_page(f"<p class='{cls}'>{text}</p>"))
    assert all(line in body for line in _STORY)
    assert text not in body


def test_a_paragraph_named_otherwise_stays() -> None:
    """A word that merely starts like one ("promotion-date", "consentement" is no class
    word), a story's own paragraph, stays."""
    text = (
        "Zur Eröffnung kamen mehr als dreihundert Menschen, darunter viele Schulklassen, die "
        "sich Bibliotheksausweise ausstellen ließen."
    )
    body = _body(_page(f"<p class='promotional-lead'>{text}</p>"))
    assert text in body


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        (
            "nl",
            "Dit artikel is oorspronkelijk in het Duits verschenen en met behulp van "
            "kunstmatige intelligentie vertaald. De redactie heeft de vertaling nagelezen.",
        ),
        ("he", "כתבה זו תורגמה מגרמנית באמצעות בינה מלאכותית ונבדקה על ידי עורך."),
    ],
)
def test_a_translation_note_goes(lang: str, note: str) -> None:
    body = _body(_page(f"<p><em>{note}</em></p>", lang))
    assert all(line in body for line in _STORY)
    assert note not in body


_RELEASE = (
    "Nordwerk Logistik hat am Dienstag einen neuen Standort in Halden eröffnet, an dem "
    "zunächst zweihundert Menschen arbeiten sollen.",
    "Der Bau hat achtzehn Monate gedauert; das Dach trägt eine Solaranlage, die einen Teil "
    "des Stroms für die Kühlhallen liefert.",
)


def _release(closing: str) -> str:
    first, second = _RELEASE
    return (
        "<html lang='de'><head><title>Neuer Standort</title></head><body><main><article>"
        f"<h1>Nordwerk eröffnet Standort in Halden</h1><div class='article-body'><p>{first}</p>"
        f"<p>{second}</p>{closing}</div></article></main></body></html>"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "<p><strong>Über Nordwerk Logistik:</strong> Nordwerk Logistik ist ein führender "
        "Anbieter von Lager- und Transportlösungen in Mitteleuropa mit 3.000 Beschäftigten.</p>",
        "<p>Nordwerk Lojistik Hakkında: Nordwerk, Orta Avrupa'nın önde gelen lojistik "
        "şirketlerinden biridir ve üç bin kişiyi istihdam etmektedir.</p>",
        # the name with a joining word after its first (blind74s); the label a bold line
        # over a <br>, with no colon
        "<p><strong>Über Nordwerk der Logistik:</strong> Nordwerk Logistik ist ein führender "
        "Anbieter von Lager- und Transportlösungen in Mitteleuropa.</p>",
        "<p><strong>Über Nordwerk Logistik</strong><br>Nordwerk Logistik ist ein führender "
        "Anbieter von Lager- und Transportlösungen in Mitteleuropa.</p>",
    ],
)
def test_a_closing_about_the_company_boilerplate_goes(closing: str) -> None:
    """A company's "about" boilerplate closing a release, under its capitalised name."""
    body = _body(_release(closing))
    assert all(line in body for line in _RELEASE)
    assert "führender" not in body and "istihdam" not in body


def test_a_closing_note_about_the_study_stays() -> None:
    """ "Über die Studie:" names no company (its words are not all capitalised): a story's
    own note on its method, kept."""
    note = (
        "Über die Studie: Befragt wurden 1.200 Beschäftigte aus der Logistikbranche im Herbst, "
        "online und telefonisch."
    )
    body = _body(_release(f"<p>{note}</p>"))
    assert note in body


@pytest.mark.parametrize("heading", ["Über die Studie", "Über das Projekt Nordwerk"])
def test_a_closing_section_about_a_common_noun_stays(heading: str) -> None:
    """A bold line opening on an article before a German noun (capitalised as every noun
    is) names no company: the paragraph it heads stays (blind74s's joining words come after
    a name's word, never first)."""
    note = (
        "Befragt wurden 1.200 Beschäftigte aus der Logistikbranche im Herbst, online und "
        "telefonisch."
    )
    body = _body(_release(f"<p><strong>{heading}</strong><br>{note}</p>"))
    assert note in body


def test_a_reporter_card_after_the_text_goes() -> None:
    """A reporter's card named "reporter-info" after the text, the author box by another word."""
    bio = (
        "박서연 기자는 경제부에서 부동산과 금융 정책을 취재하고 있습니다. "
        "제보는 이메일로 보내주세요."
    )
    html = _page(f"<div class='reporter-info'><img src='/r.jpg' alt=''><p>{bio}</p></div>", "ko")
    body = _body(html)
    assert all(line in body for line in _STORY)
    assert bio not in body
