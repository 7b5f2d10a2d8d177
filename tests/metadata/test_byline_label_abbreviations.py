"""A byline label's word with a full stop after it is an abbreviation of another word, not
the label (metadata/line_labels.py ``_label_start_of``): Polish "Por." ("compare") opening a
footnote is not Spanish "por"."""

from __future__ import annotations

import newsextract

_BODY = (
    "<p>Reporter radiowy musi opisać to, czego słuchacz nie widzi<sup>1</sup>. Dlatego w "
    "relacjach z tamtych lat tak wiele jest porównań do życia codziennego.</p>"
    "<p>Późniejsze relacje telewizyjne przejęły część tego słownika<sup>2</sup>.</p>"
)


def _page(language: str, closing: str) -> str:
    return (
        f'<html lang="{language}"><head><title>Język reportażu</title></head><body>'
        f"<article><h1>Język reportażu</h1>{_BODY}{closing}</article></body></html>"
    )


def test_a_footnote_opening_with_an_abbreviation_names_no_author() -> None:
    notes = "<h2>Przypisy</h2><ol><li>Por. J. Mazur, <em>Głos z trybun</em>, s. 17.</li></ol>"
    article = newsextract.extract(_page("pl", notes), url="https://www.example.pl/a/jezyk")
    assert article.authors == ()
    assert article.byline is None


def test_the_label_itself_still_opens_a_byline() -> None:
    closing = "<p>Por Juan Pérez Molina</p>"
    article = newsextract.extract(_page("es", closing), url="https://www.example.es/a/lengua")
    assert article.authors == ("Juan Pérez Molina",)
