"""A CMS may write the publication's day and its time of day in two metas named alike
("publish_date" 2024-03-05 and "publish_time" 14:30, "pubdate" and "pubtime"): the day is
read at that time. A time meta that is no bare time of day leaves the day alone."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import article_page, filler

import newsextract

URL = "https://lokal.example.de/nachrichten/hafenmarkt"


def _page(metas: str) -> str:
    html = article_page("de", "Hafenmarkt öffnet früher", filler("Markt"))
    return html.replace("</head>", f"{metas}</head>", 1)


@pytest.mark.parametrize(
    ("day_key", "time_key", "time", "want"),
    [
        ("publish_date", "publish_time", "14:30", datetime(2024, 3, 5, 14, 30)),
        ("pubdate", "pubtime", "09:05:30", datetime(2024, 3, 5, 9, 5, 30)),
        ("publish-date", "publish-time", "9:05", datetime(2024, 3, 5, 9, 5)),
        # a time meta holding more than a time of day: the day alone
        ("publish_date", "publish_time", "nachmittags", datetime(2024, 3, 5)),
    ],
)
def test_a_day_meta_is_read_at_its_time_metas_time(
    day_key: str, time_key: str, time: str, want: datetime
) -> None:
    metas = f'<meta name="{day_key}" content="2024-03-05"><meta name="{time_key}" content="{time}">'
    published = newsextract.extract(_page(metas), URL).published
    assert published is not None
    assert published.replace(tzinfo=None) == want
