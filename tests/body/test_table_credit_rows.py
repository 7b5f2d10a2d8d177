"""A data table's row crediting its figures ("Source: …", in its ``<tfoot>``) is the
table's own: kept in the body, and not the article's credited source
(body/first_verdicts.py ``_credits``, metadata/visible.py ``_in_table``)."""

from __future__ import annotations

import newsextract

_PROSE = (
    "<p>The county published its school results for the year on Monday, with every district "
    "improving on the year before and two of them by more than five points.</p>"
)
_TABLE = (
    "<table><thead><tr><th>District</th><th>Pass rate</th><th>Change</th></tr></thead>"
    "<tbody><tr><td>North</td><td>81 %</td><td>+3</td></tr>"
    "<tr><td>River</td><td>77 %</td><td>+6</td></tr></tbody>"
    "<tfoot><tr><td colspan='3'>Source: County Education Office</td></tr></tfoot></table>"
)


def _page(after: str = "") -> str:
    return (
        '<html lang="en"><head><title>School results rise</title></head><body><article>'
        f"<h1>School results rise</h1>{_PROSE * 3}{_TABLE}{after}</article></body></html>"
    )


def test_the_tables_source_row_stays_in_the_body() -> None:
    article = newsextract.extract(_page(), url="https://news.example.com/schools/results")
    assert "Source: County Education Office" in article.body
    assert article.source is None


def test_the_articles_own_credit_line_is_still_its_source() -> None:
    article = newsextract.extract(
        _page("<p>Source: Press Association</p>"), url="https://news.example.com/schools/results"
    )
    assert article.source == "Press Association"
    assert "Source: County Education Office" in article.body
