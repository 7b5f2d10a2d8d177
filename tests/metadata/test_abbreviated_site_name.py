"""A host that abbreviates the site's name ("naz.de", "wsj.com", "bsv-club.de") names the
title part whose words' initials it spells ("Nordstädter Abend Zeitung", "The Wall Street
Journal"): that part is the site's decoration. Words under three letters ("e.V.", "of")
do not count, and a part of fewer than three words, or of other initials, is kept."""

from __future__ import annotations

import pytest

from newsextract.metadata.site_names import site_names_from_url, strip_site_name


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (
            "Die Wahl in Bern | Nordstädter Abend Zeitung",
            "https://www.naz.de/a",
            "Die Wahl in Bern",
        ),
        ("Markets rally - Wall Street Journal", "https://www.wsj.com/a", "Markets rally"),
        (
            "Liga Schach e.V. - Das Turnier",
            "https://liga.example/a",
            "Liga Schach e.V. - Das Turnier",
        ),
        ("Berliner Schach Verein e.V. - Das Turnier", "http://bsv-club.de/a", "Das Turnier"),
        (
            "Neue Autos zum Winter | Börse",
            "https://www.naz.de/a",
            "Neue Autos zum Winter | Börse",
        ),
        ("Die Wahl | Neue Zeitung", "https://www.naz.de/a", "Die Wahl | Neue Zeitung"),
    ],
)
def test_a_name_the_host_abbreviates(title: str, url: str, expected: str) -> None:
    assert strip_site_name(title, site_names_from_url(url)) == expected
