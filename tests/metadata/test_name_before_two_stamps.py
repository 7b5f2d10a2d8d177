"""A meta line under the headline of a name and two labelled stamps ("Ján Novák |
Aktualizované … | Publikované …"), with no byline label or class, names the writer
(metadata/byline_openings.py ``_beside_day``)."""

from __future__ import annotations

import pytest

import newsextract

_TEXT = (
    "<p>Mestské zastupiteľstvo schválilo rozpočet na budúci rok po dlhej diskusii, ktorá "
    "trvala až do neskorých večerných hodín a zúčastnili sa jej aj obyvatelia mesta.</p>"
) * 3


def _page(line: str) -> str:
    return (
        '<html lang="sk"><head><title>Mesto schválilo rozpočet</title></head><body><article>'
        f'<h1>Mesto schválilo rozpočet</h1><div class="info">{line}</div>{_TEXT}</article>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    "line",
    [
        "Ján Novák | Aktualizované 6. 4. 2024 8:00 | Publikované 5. 4. 2024 14:20",
        "Ján Novák · Publikované 5. 4. 2024 · Aktualizované 6. 4. 2024",
    ],
)
def test_a_name_before_two_labelled_stamps_is_the_writer(line: str) -> None:
    article = newsextract.extract(_page(line), url="https://mesto.example.sk/spravy/rozpocet")
    assert article.authors == ("Ján Novák",)
    assert article.published is not None and article.published.date().isoformat() == "2024-04-05"


@pytest.mark.parametrize(
    "line",
    [
        # a section's name, not a person's, before the stamps
        "Domov | Aktualizované 6. 4. 2024 8:00 | Publikované 5. 4. 2024 14:20",
        # three parts whose last is no stamp
        "Ján Novák | Publikované 5. 4. 2024 | Bratislava",
    ],
)
def test_other_three_part_lines_name_no_one(line: str) -> None:
    article = newsextract.extract(_page(line), url="https://mesto.example.sk/spravy/rozpocet")
    assert article.authors == ()
