"""A definition list of key facts (an event's place and tickets) gives its date and time as
facts too: read under their terms ("Data", "Ora") they look like a page's stamp, yet beside
two kept facts that are no dates they are the event's. A post's meta list (a date, an author,
a category) still loses its date. Invented pages."""

from __future__ import annotations

import newsextract

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head><body>
<header><nav><a href="/">Acasă</a> <a href="/evenimente">Evenimente</a></nav></header>
<main><h1>{title}</h1><div class="event-details"><dl>{facts}</dl></div>
<p>Organistul Matei Rusu cântă lucrări de Bach și Buxtehude pe orga restaurată anul trecut,
un instrument din 1839 cu peste două mii de tuburi.</p>
<p>Concertul face parte din seria de vară a parohiei, iar încasările merg la repararea
acoperișului.</p></main><footer><p>© 2025 Parohia Valea Sură</p></footer></body></html>"""


def _body(facts: list[tuple[str, str]], lang: str = "ro") -> str:
    rows = "".join(f"<dt>{term}</dt><dd>{value}</dd>" for term, value in facts)
    html = _PAGE.format(lang=lang, title="Concert de orgă", facts=rows)
    return newsextract.extract(html, url="https://parohie.example.org/concert").body or ""


def test_an_events_date_and_time_are_its_facts() -> None:
    body = _body(
        [
            ("Data", "14 iunie 2025"),
            ("Ora", "19:00"),
            ("Locul", "Biserica Evanghelică, Valea Sură"),
            ("Bilete", "40 lei, la intrare"),
        ]
    )
    assert "14 iunie 2025" in body
    assert "19:00" in body
    assert "40 lei, la intrare" in body


def test_a_date_beside_one_fact_is_still_a_stamp() -> None:
    body = _body([("Data", "14 iunie 2025"), ("Locul", "Biserica Evanghelică, Valea Sură")])
    assert "14 iunie 2025" not in body
    assert "orga restaurată" in body


def test_a_posts_meta_list_loses_its_date() -> None:
    body = _body(
        [("Publicat", "12 martie 2025"), ("Autor", "Ion Popescu"), ("Categorie", "Cultură")]
    )
    assert "12 martie 2025" not in body
    assert "orga restaurată" in body
