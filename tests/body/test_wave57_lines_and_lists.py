"""Issue 11, wave 57: three misses of the technical and platform probes, each shown on a page
of its own in another language.

- A definition list named by the word "tag" alone (mandoc's ``Bl-tag``) whose definitions
  are unlinked text is the text's list of terms, not a box of tags; a tag box of links
  stays furniture.
- A reading-time line's separators ("·", "/") are no words of it: "Lekce 2 / 7 · 6 min
  čtení" is a stamp, as "6 min čtení" is.
- An author card's role line under the writer's linked name and over the date line goes.
"""

from __future__ import annotations

import newsextract
from newsextract.body.furniture_lines import is_furniture_line


def _page(lang: str, inner: str) -> str:
    return (
        f"<html lang='{lang}'><body><header><a href='/'>Esimerkki</a></header><main><article>"
        f"{inner}</article></main><footer><p>© 2026</p></footer></body></html>"
    )


_OPTIONS_TEXT = (
    "<h1>siivoa(1)</h1><p>Komento siivoa poistaa hakemistosta tiedostot, joita ei ole "
    "muutettu annetun ajan kuluessa, ja kertoo lopuksi, montako tiedostoa poistui.</p><p>"
    "Valitsimet ovat seuraavat:</p>"
)


def test_a_tagged_definition_list_of_text_is_read() -> None:
    options = (
        "<dl class='Bl-tag'><dt>-p</dt><dd>Kysyy ennen jokaisen tiedoston poistamista.</dd>"
        "<dt>-d päivät</dt><dd>Poistaa vain tätä vanhemmat tiedostot.</dd></dl>"
    )
    body = newsextract.extract(_page("fi", _OPTIONS_TEXT + options)).body or ""
    assert "Kysyy ennen jokaisen tiedoston poistamista." in body
    assert "Poistaa vain tätä vanhemmat tiedostot." in body


def test_a_tag_box_of_links_stays_out() -> None:
    tags = (
        "<dl class='post-tags'><dt>Avainsanat</dt><dd><a href='/t/a'>komennot</a>, <a "
        "href='/t/b'>tiedostot</a></dd></dl>"
    )
    body = newsextract.extract(_page("fi", _OPTIONS_TEXT + tags)).body or ""
    assert "komennot" not in body


def test_a_reading_time_line_with_separators_is_a_stamp() -> None:
    assert is_furniture_line("Lekce 2 / 7 · 6 min čtení")
    assert is_furniture_line("6 min čtení")
    assert not is_furniture_line("Lekce 2 / 7 · Jak se pracuje s gitem ve třídě a doma")


_POST = "".join(
    f"<div class='absatz'><p>{line}</p></div>"
    for line in (
        "Seit zwei Jahren gilt in unserer Werkstatt die Gleitzeit.",
        "Die Aufträge werden trotzdem pünktlich fertig.",
        "Jedes Team plant seine Woche selbst.",
    )
)


def _card_page(card: str) -> str:
    return _page(
        "de",
        f"<div class='kopf'><h1>Gleitzeit in der Werkstatt</h1>{card}</div><div "
        f"class='inhalt'>{_POST}</div>",
    )


def test_an_author_cards_role_line_goes() -> None:
    card = (
        "<div class='karte'><a href='/in/jonas-berger'>Jonas Berger</a><p>Werkstattleiter "
        "bei Beispiel Metallbau</p><time>Veröffentlicht: 3. März 2026</time><a "
        "class='folgen'>+ Folgen</a></div>"
    )
    body = newsextract.extract(_card_page(card)).body or ""
    assert "pünktlich fertig" in body
    assert "Werkstattleiter" not in body
