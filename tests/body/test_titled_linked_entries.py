"""A list of the text's own entries under a heading of its own, each a linked name and what
the text says of it ("<a>Name</a> – vocals", "<a>Album</a> (2001)"), is kept whole: a band's
members, a discography. A list of links alone, or with a teaser's date, stays out.
Invented page (modelled on an encyclopedic page in Portuguese)."""

from __future__ import annotations

import newsextract


def _page(members: str, albums: str) -> str:
    return (
        "<html lang='pt'><head><title>Banda Exemplo</title></head><body><main><h1>Banda "
        "Exemplo (grupo musical)</h1><p>A Banda Exemplo é um grupo de forró fundado em "
        "Caruaru em 1998, conhecido pelas apresentações nas festas juninas.</p>"
        f"<h2>Integrantes</h2><ul>{members}</ul><h2>Discografia</h2><ul>{albums}</ul>"
        "<h2>Ver também</h2><ul><li><a href='/w/forro'>Forró</a></li>"
        "<li><a href='/w/caruaru'>Caruaru</a></li></ul></main></body></html>"
    )


def _items(entries: tuple[tuple[str, str], ...]) -> str:
    return "".join(f"<li><a href='/w/{n}'>{n}</a>{tail}</li>" for n, tail in entries)


_MEMBERS = (("Zé Lima", " – sanfona"), ("Maria Rocha", " – vocal"), ("Tonho Alves", " – zabumba"))
_ALBUMS = (
    ("Noite de São João", " (2001)"),
    ("Poeira da Estrada", " (2005)"),
    ("Forró pra Sempre", " (2012)"),
)


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://wiki.example.org/wiki/Banda_Exemplo").body


def test_members_and_discography_are_kept_whole() -> None:
    body = _body(_page(_items(_MEMBERS), _items(_ALBUMS)))
    assert "Maria Rocha – vocal" in body and "Tonho Alves – zabumba" in body
    assert "Discografia\n\nNoite de São João (2001)" in body
    assert "Forró pra Sempre (2012)" in body
    assert "Caruaru\n" not in body and not body.endswith("Caruaru")


def test_a_list_of_links_with_dates_stays_out() -> None:
    dated = (("Show em Recife", " – 12.03.2025"), ("Nova turnê", " – 02.02.2025"),
             ("Entrevista", " – 15.01.2025"))  # fmt: skip
    body = _body(_page(_items(_MEMBERS), _items(dated)))
    assert "Show em Recife" not in body
