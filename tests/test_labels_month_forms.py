"""A language file's ``[month_forms]``: forms of months' names dateparser's data lacks
(Latvian "martā", "in March"; Basque "martxoaren", "of March"), read beside its names."""

from __future__ import annotations

import pytest

from newsextract import labels, language_files
from newsextract.dating.words import month_numbers


def test_forms_join_dateparser_names() -> None:
    assert month_numbers("lv")["martā"] == 3
    assert month_numbers("lv")["marts"] == 3  # dateparser's own
    assert month_numbers()["martxoaren"] == 3  # every language's table too


def test_every_file_form_is_a_month() -> None:
    for code in language_files.languages():
        assert all(1 <= n <= 12 for n in labels.month_forms(code).values()), code


@pytest.mark.parametrize("table", [{"martā": 13}, {"martā": "3"}, ["martā"]])
def test_a_bad_table_is_refused(table: object) -> None:
    with pytest.raises(ValueError, match="month_forms"):
        language_files._month_table("lv", table)


def test_slovenian_genitive_months_date_a_byline() -> None:
    """Slovenian newsrooms write the day's month in the genitive ("8. aprila 2024"), which
    dateparser's data (nominative "april") lacks."""
    import newsextract

    assert month_numbers("sl")["aprila"] == 4
    assert month_numbers("sl")["avgusta"] == 8
    html = (
        '<html lang="sl"><body><h1>Nova brv čez Dravo</h1><div class="node__submitted">'
        "Mojca Kranjc, 8. aprila 2024 ob 9.15</div><p>"
        + "Mestni svet je potrdil načrt za novo brv čez reko. " * 12
        + "</p></body></html>"
    )
    published = newsextract.extract(html, url="https://novice.example.si/a").published
    assert published is not None and published.date().isoformat() == "2024-04-08"
