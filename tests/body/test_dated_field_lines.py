"""An event's dated field line ("Datum: 12. května 2026") is kept beside its kept sibling
fields, whether its box is named for its date or its label reads as a stamp's; a lone pair,
a post's meta lines and a bare date line stay out."""

from __future__ import annotations

import newsextract

_PROSE = (
    "<p>Pěvecký sbor zve na jarní koncert, na kterém zazní lidové písně v nových úpravách i "
    "skladby mladých autorů z regionu.</p><p>Po koncertě následuje posezení s muzikou ve foyer "
    "kulturního domu a prodej nahrávek sboru.</p>"
)


def _body(fields: str) -> str:
    html = (
        "<html lang='cs'><head><title>Jarní koncert</title></head><body><main><article>"
        f"<h1>Jarní koncert</h1><div class='content'>{fields}{_PROSE}</div></article></main>"
        "</body></html>"
    )
    return newsextract.extract(html).body


def _fields(*lines: tuple[str, str]) -> str:
    return "".join(f"<div class='event-{name}'>{text}</div>" for name, text in lines)


def test_a_dated_field_beside_two_kept_fields_is_kept() -> None:
    body = _body(
        _fields(
            ("date", "Datum: 12. května 2026"),
            ("place", "Místo: Kulturní dům"),
            ("price", "Vstupné: 150 Kč"),
        )
    )
    assert "Datum: 12. května 2026" in body


def test_a_date_labelled_line_in_an_unnamed_box_is_kept_too() -> None:
    body = _body(
        _fields(
            ("when", "Datum: 12. května 2026"),
            ("place", "Místo: Kulturní dům"),
            ("price", "Vstupné: 150 Kč"),
        )
    )
    assert "Datum: 12. května 2026" in body


def test_a_lone_pair_stays_out() -> None:
    body = _body(_fields(("date", "Datum: 12. května 2026"), ("place", "Místo: Kulturní dům")))
    assert "Datum: 12. května 2026" not in body


def test_a_posts_meta_lines_stay_out() -> None:
    body = _body(
        _fields(
            ("date", "Datum: 12. května 2026"),
            ("author", "Autor: Jana Nováková"),
            ("place", "Místo: Kulturní dům"),
            ("price", "Vstupné: 150 Kč"),
        )
    )
    assert "Datum: 12. května 2026" not in body


def test_a_bare_date_line_stays_out() -> None:
    body = _body(
        _fields(
            ("date", "12. května 2026"),
            ("place", "Místo: Kulturní dům"),
            ("price", "Vstupné: 150 Kč"),
        )
    )
    assert "12. května 2026" not in body
