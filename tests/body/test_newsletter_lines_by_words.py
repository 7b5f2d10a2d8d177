"""An archived e-mail newsletter whose template names no cell: its line over the text ("not
displaying correctly?") and its footer ("you are receiving this e-mail because…") are
known by their words (the ``prompts`` of the language data), as a sign-up box is. An
article that writes about newsletters in prose keeps its sentences. Invented pages."""

from __future__ import annotations

import pytest

import newsextract


def _mail(lang: str, top: str, texts: tuple[str, ...], bottom: str) -> str:
    rows = "".join(f"<tr><td style='padding:12px'><p>{text}</p></td></tr>" for text in texts)
    return (
        f"<html lang='{lang}'><head><title>Letter</title></head><body><table width='640'>"
        f"<tr><td style='font-size:11px'>{top}</td></tr>{rows}<tr><td "
        f"style='font-size:11px'>{bottom}</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "top", "texts", "bottom"),
    [
        (
            "fr",
            "Cet e-mail ne s'affiche pas correctement ? <a href='/w'>Cliquez ici</a>",
            (
                "Le marché de Noël ouvre le 28 novembre sur la place de l'église.",
                "Cette année, quarante exposants viennent de toute la vallée.",
                "La chorale de l'école chantera le samedi à dix-sept heures.",
            ),
            "Vous recevez cet e-mail car vous êtes adhérent. <a href='/d'>Se désabonner</a>",
        ),
        (
            "pl",
            "Wiadomość nie wyświetla się poprawnie? <a href='/w'>Kliknij tutaj</a>",
            (
                "W grudniu biblioteka będzie otwarta także w niedziele.",
                "Zapraszamy na spotkanie autorskie z poetką z Krakowa.",
                "Nowe książki dla dzieci czekają już na półkach.",
            ),
            "Otrzymujesz tę wiadomość, ponieważ zapisałeś się na listę. <a href='/u'>Wypisz</a>",
        ),
    ],
)
def test_unnamed_newsletter_lines_go(
    lang: str, top: str, texts: tuple[str, ...], bottom: str
) -> None:
    body = newsextract.extract(_mail(lang, top, texts, bottom), url="https://x.example/m/1").body
    assert all(text in (body or "") for text in texts)
    # the top line's words before its link, the footer's opening words
    assert top.split("<")[0].strip() not in (body or "")
    assert " ".join(bottom.split()[:3]) not in (body or "")


def test_an_article_about_newsletters_keeps_its_prose() -> None:
    html = (
        "<html lang='de'><head><title>Datenschutz</title></head><body><article><h1>"
        "Datenschutz</h1><p>Verbraucherschützer raten, einen Newsletter abzubestellen, wenn "
        "man ihn nicht mehr liest, statt die Mails ungeöffnet zu löschen.</p><p>Viele "
        "Händler verstecken den Link dazu am Ende der Mail in grauer Schrift.</p><p>Wer "
        "sich beschwert, bekommt meist innerhalb von zwei Wochen eine Antwort.</p>"
        "</article></body></html>"
    )
    body = newsextract.extract(html, url="https://news.example/datenschutz").body or ""
    assert "einen Newsletter abzubestellen, wenn man ihn nicht mehr liest" in body
    assert "am Ende der Mail in grauer Schrift" in body
