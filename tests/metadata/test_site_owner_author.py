"""A person's own site: the owner its copyright notice names, when the host spells the name,
writes a post that no byline credits (invented pages)."""

from __future__ import annotations

import newsextract

_TEXT = "<p>" + "Ein Absatz mit genug Worten, um als Text der Seite zu gelten. " * 6 + "</p>"


def _page(notice: str, byline: str = "") -> str:
    return (
        '<html lang="de"><head><meta charset="utf-8"><title>Jonas Becker | Die neue Brücke'
        f"</title></head><body><h2>Die neue Brücke</h2>{byline}{_TEXT}"
        f'<div id="footer"><p>{notice}</p></div></body></html>'
    )


def test_owner_of_a_personal_site_writes_its_posts() -> None:
    article = newsextract.extract(_page("© 2024 Jonas Becker"), url="https://jonas-becker.de/a")
    assert article.authors == ("Jonas Becker",)


def test_open_span_of_years() -> None:
    article = newsextract.extract(
        _page("Copyright (c) 2012- Jonas Becker. Alle Rechte."), url="https://jonasbecker.de/a"
    )
    assert article.authors == ("Jonas Becker",)


def test_a_byline_wins_over_the_owner() -> None:
    html = _page("© 2024 Jonas Becker", '<p class="byline">Von Lena Hartmann</p>')
    assert newsextract.extract(html, url="https://jonas-becker.de/a").authors == ("Lena Hartmann",)


def test_a_name_the_host_does_not_spell_is_no_owner() -> None:
    article = newsextract.extract(_page("© 2024 Jonas Becker"), url="https://brueckenblog.de/a")
    assert article.authors == ()


def test_a_site_name_that_is_no_person_is_no_owner() -> None:
    html = _page("© 2024 Riverside Courier")
    assert newsextract.extract(html, url="https://riversidecourier.com/a").authors == ()
