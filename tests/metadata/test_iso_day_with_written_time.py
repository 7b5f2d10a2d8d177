"""An ISO day followed by a time written for people ("2025-03-03 kl. 14.20", Nordic pages)
or by a zone keeps the time and the zone: the ISO form alone read it as the day's midnight."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract.dates import parse_text_date

CET = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("2025-03-03 kl. 14.20", "sv", datetime(2025, 3, 3, 14, 20)),
        ("2025-03-03, 14:20", None, datetime(2025, 3, 3, 14, 20)),
        ("2025-03-03 | 14:20", "da", datetime(2025, 3, 3, 14, 20)),
        ("2025-03-03 14:20 CET", "de", datetime(2025, 3, 3, 14, 20, tzinfo=CET)),
        # unchanged: a whole ISO form, and an ISO day whose rest is no time
        ("2025-03-03T14:20:00+01:00", None, datetime(2025, 3, 3, 14, 20, tzinfo=CET)),
        ("2025-03-03 +0100", None, datetime(2025, 3, 3, tzinfo=CET)),
        ("2025-03-03 nr 3", "sv", datetime(2025, 3, 3)),
    ],
)
def test_an_iso_day_keeps_the_written_time_after_it(
    text: str, language: str | None, expected: datetime
) -> None:
    parsed = parse_text_date(text, language)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == expected.utcoffset()


def test_a_swedish_publication_line_keeps_its_time() -> None:
    page = article_page(
        "sv",
        "Ny bussdepå byggs i Luleå",
        '<div class="byline"><span>Anna Berg</span>'
        '<div class="date">Publicerad 2025-03-03 kl. 14.20</div>'
        '<div class="date">Uppdaterad 2025-03-03 kl. 16.05</div></div>'
        "<p>Kommunen har valt en plats för den nya bussdepån vid hamnen i Luleå.</p>"
        "<p>Bygget ska vara klart om två år och rymma sextio bussar.</p>",
    )
    article = newsextract.extract(page)
    assert article.published == datetime(2025, 3, 3, 14, 20)
    assert article.modified == datetime(2025, 3, 3, 16, 5)
