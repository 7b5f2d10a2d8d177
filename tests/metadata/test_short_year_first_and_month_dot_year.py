"""Two written forms of a post's day: a year-first language's two-digit year opening the
numbers ("24.03.05 14:20" on a Japanese or Chinese board: 5 March 2024), which a day-first
language's page keeps day first ("05.03.24 14:20", German: 5 March 2024); and a month's name,
the day, a dot and the year ("Mar 05. 2024", a blog platform's date line)."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import filler

import newsextract

URL = "https://board.example.org/read/42"


def _page(lang: str, stamp: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Harbour market</title></head>'
        '<body><main><div class="read-head"><strong class="subject">Harbour market</strong>'
        f'<div class="info"><span class="nick">seagull</span><span class="num">{stamp}</span>'
        f'<span class="num">views 41</span></div></div><div class="read-body">'
        f"{filler('market')}</div></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "stamp", "want"),
    [
        ("ja", "24.03.05 14:20", datetime(2024, 3, 5, 14, 20)),
        ("zh", "24.03.05 14:20", datetime(2024, 3, 5, 14, 20)),
        ("de", "05.03.24 14:20", datetime(2024, 3, 5, 14, 20)),
        ("en", "Mar 05. 2024", datetime(2024, 3, 5)),
        ("id", "Mar 05. 2024", datetime(2024, 3, 5)),
    ],
)
def test_the_posts_day(lang: str, stamp: str, want: datetime) -> None:
    published = newsextract.extract(_page(lang, stamp), URL).published
    assert published is not None
    assert published.replace(tzinfo=None) == want
