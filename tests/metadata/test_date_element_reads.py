"""The page search reads each date element's text once a page (issue 14): step 5's days of
the elements' texts are kept for the first comment's day, which reads the same elements again
(a thread's hundreds of comment dates each read twice, 12 % of a page's instructions on the
``htmldate`` set's slowest pages). The answers stay the first comment's day."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.test_date_probes_beyond_news import blog, comments

import newsextract
from newsextract.metadata import page_dates
from newsextract.page import ParsedPage

# An undated post under a thread of readers' comments, each dated, and a later stamp in a
# script: the page is published before its first comment, whose day answers.
_THREAD = [(f"2022-03-{day:02d}T08:00:00+01:00", f"{day} marzo 2022") for day in range(4, 16)]
_PAGE = blog("it", "Un orto sul balcone", "di Marta", after=comments(*_THREAD)).replace(
    "</body>", '<script>var captured = "2023-09-01T10:00:00";</script></body>'
)


@pytest.mark.skipif(newsextract.compiled, reason="compiled callers call it directly")
def test_a_comment_date_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    day_of = page_dates.element_day

    def counted(text: str, language: str | None = None) -> datetime | None:
        read.append(text)
        return day_of(text, language)

    monkeypatch.setattr(page_dates, "element_day", counted)
    page = ParsedPage(_PAGE)
    found = page_dates.find_page_day(page, _PAGE)
    assert found == (datetime(2022, 3, 4), page_dates.FIRST_COMMENT)
    for _, shown in _THREAD:
        assert read.count(shown) == 1, shown
