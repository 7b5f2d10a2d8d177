"""A reference list's access dates ("Retrieved 12 May 2021", "Abgerufen am …", "consulté le
…") are the days cited pages were read, never the page's publication."""

from __future__ import annotations

import pytest

import newsextract

_REFERENCES = {
    "en": ("References", "Retrieved", "12 May 2021", "The mill stands on the river."),
    "de": ("Einzelnachweise", "Abgerufen am", "12. Mai 2021", "Die Mühle steht am Fluss."),
    "fr": ("Références", "consulté le", "12 mai 2021", "Le moulin est au bord du fleuve."),
    "es": ("Referencias", "Consultado el", "12 de mayo de 2021", "El molino está junto al río."),
}


def _wiki(language: str, *, classed: bool, iso: bool = False) -> str:
    heading, label, day, sentence = _REFERENCES[language]
    if iso:
        day = "2021-05-12"
    access = f"{label} {day}"
    if classed:
        access = f'<span class="reference-accessdate">{access}</span>'
    cites = "".join(
        f'<li><cite class="citation web">"Note {n}". <i>Example Gazette</i>. {access}.</cite></li>'
        for n in range(3)
    )
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>Fenwick</title></head>'
        '<body><div id="content" role="main"><h1 id="firstHeading">Fenwick</h1>'
        f"<p>{' '.join([sentence] * 6)}</p><p>{' '.join([sentence] * 5)}</p>"
        f'<h2>{heading}</h2><ol class="references">{cites}</ol></div></body></html>'
    )


@pytest.mark.parametrize("language", sorted(_REFERENCES))
@pytest.mark.parametrize("classed", [True, False])
def test_access_date_is_no_publication(language: str, classed: bool) -> None:
    page = _wiki(language, classed=classed)
    assert newsextract.extract(page, url="https://wiki.example.org/wiki/Fenwick").published is None


def test_access_dates_in_digits_are_not_counted() -> None:
    page = _wiki("en", classed=False, iso=True)
    assert newsextract.extract(page, url="https://wiki.example.org/wiki/Fenwick").published is None


def test_a_publication_date_beside_references_is_kept() -> None:
    page = _wiki("en", classed=True).replace(
        '<h1 id="firstHeading">Fenwick</h1>',
        '<h1 id="firstHeading">Fenwick</h1><p class="date">Published 3 March 2020</p>',
    )
    published = newsextract.extract(page, url="https://wiki.example.org/wiki/Fenwick").published
    assert published is not None and published.date().isoformat() == "2020-03-03"
