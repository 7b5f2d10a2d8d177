"""A box of key facts set as rows of two <div>s keeps a value that is a bare date or time
("Avgang" "22:04"); a post's meta rows ("Publicado" "22:04") and a lone pair stay out."""

from __future__ import annotations

import newsextract

_PROSE = " ".join(
    ["Le train de nuit quitte la capitale chaque soir et rejoint la côte avant l'aube."] * 4
)


def _body(box: str) -> str:
    html = (
        "<html><head><title>Train de nuit</title></head><body><article><h1>Train de nuit</h1>"
        f"<p>{_PROSE}</p>{box}<p>{_PROSE} Encore.</p></article></body></html>"
    )
    return newsextract.extract(html).body


def _rows(*pairs: tuple[str, str]) -> str:
    rows = "".join(
        f"<div class='row'><div class='k'>{k}</div><div class='v'>{v}</div></div>" for k, v in pairs
    )
    return f"<div class='facts'>{rows}</div>"


def test_a_fact_rows_times_are_kept() -> None:
    body = _body(_rows(("Avgang", "22:04"), ("Ankomst", "06:15"), ("Operatør", "Kystbanen")))
    assert "Avgang\n\n22:04\n\nAnkomst\n\n06:15" in body


def test_a_date_value_is_kept() -> None:
    body = _body(_rows(("Fecha del viaje", "14.06.2025"), ("Plazas", "Cuarenta")))
    assert "14.06.2025" in body


def test_a_posts_stamp_under_its_label_stays_out() -> None:
    body = _body(_rows(("Publicado", "22:04"), ("Actualizado", "23:10")))
    assert "22:04" not in body
    assert "23:10" not in body


def test_a_lone_pair_stays_out() -> None:
    body = _body(_rows(("Politik", "22:04")))
    assert "22:04" not in body
