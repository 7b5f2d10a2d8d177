"""The body's text is what a reader sees: no invisible characters inside its words."""

from __future__ import annotations

import newsextract

_PARAGRAPH = (
    "<p>Die Werk&shy;zeug&shy;in&shy;dus&shy;trien des Mit&shy;tel&shy;pa&shy;läo&shy;li&shy;thi"
    "&shy;kums unterscheiden sich deutlich von denen der folgenden Zeit, und die Über&shy;sicht "
    "behandelt einige Werkzeugtypen und ihre Laufzeiten.</p>"
)


def test_soft_hyphens_and_zero_width_spaces_leave_the_words_whole() -> None:
    second = _PARAGRAPH.replace("Über&shy;sicht", "Zu&#8203;sammen&#x2060;fassung")
    html = f"<html lang='de'><body><article><h1>Werkzeuge</h1>{_PARAGRAPH}{second}</article></body>"
    body = newsextract.extract(html).body
    assert "Werkzeugindustrien" in body and "Übersicht" in body and "Zusammenfassung" in body
    assert not {"\u00ad", "\u200b", "\u2060"} & set(body)


def test_an_articlebody_from_json_ld_loses_them_too() -> None:
    text = "Die Werk\u00adzeug\u00adin\u00addus\u00adtrien des Mittelpaläolithikums. " * 8
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        f'"headline": "Werkzeuge", "articleBody": "{text}"}}</script></head>'
        "<body><div id='app'></div></body></html>"
    )
    body = newsextract.extract(html).body
    assert "Werkzeugindustrien" in body and "\u00ad" not in body
