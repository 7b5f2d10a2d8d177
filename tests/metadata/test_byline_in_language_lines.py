"""A byline label a language reads on its own pages only (Catalan "Per") finds the byline
line anywhere in the article, as the labels of every language do, not only inside a
byline-classed box."""

from __future__ import annotations

import newsextract

_PAGE = """<!doctype html><html lang="{lang}"><head><title>Obre la nova biblioteca</title></head>
<body><article><h1>Obre la nova biblioteca</h1>
<div class="cos"><p>La nova biblioteca del barri obre les portes aquest dissabte amb més de
vint mil volums, una sala d'estudi i un espai per als infants.</p>
<p>{opening} la seva banda, l'Ajuntament ha anunciat que l'horari s'ampliarà durant els
mesos d'exàmens fins a la mitjanit.</p></div>
<div class="noticia-peu">{line}</div></article></body></html>"""


def _authors(lang: str, line: str, opening: str = "Per") -> tuple[str, ...]:
    html = _PAGE.format(lang=lang, line=line, opening=opening)
    return newsextract.extract(html, url="https://diari.example/biblioteca").authors


def test_a_catalan_per_line_after_the_body_is_the_byline() -> None:
    line = "Per <strong>Núria Ferrer</strong> i <strong>Pau Soler</strong>"
    assert _authors("ca", line) == ("Núria Ferrer", "Pau Soler")


def test_per_is_no_label_on_a_page_in_another_language() -> None:
    line = "Per <strong>Núria Ferrer</strong> i <strong>Pau Soler</strong>"
    assert _authors("it", line) == ()


def test_a_sentence_opening_with_per_is_no_byline() -> None:
    assert _authors("ca", "Per a més informació, consulteu el web municipal.") == ()
