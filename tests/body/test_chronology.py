"""A chronology's dates are its text: a timeline's entries each open with the date they
happened (under a container named "date", which elsewhere marks a page's stamp)."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<p>The valley railway was planned, abandoned and revived more than once before the first "
    "train ran, and the story of the line is still told in every village along it.</p>"
)
_ENTRIES = [
    ("1887", "Surveyors mark out the line along the river, though the money runs out in a year."),
    ("May 1902", "Work starts again under a new company, with the bridge at Holm built first."),
    ("3 July 1911", "The first passenger train reaches the upper valley, four hours from town."),
]


def _page(entry: str) -> str:
    items = "".join(entry.format(date=d, text=t) for d, t in _ENTRIES)
    article = f"<article><h1>The line</h1>{_TEXT}<ul>{items}</ul>{_TEXT}</article>"
    return f"<html><body>{article}</body></html>"


def test_the_dates_of_a_chronology_are_kept() -> None:
    entry = (
        '<li class="event"><div class="event-date">{date}</div>'
        '<div class="event-text"><p>{text}</p></div></li>'
    )
    body = newsextract.extract(_page(entry)).body
    assert "May 1902" in body and "3 July 1911" in body


def test_a_date_after_other_furniture_in_its_entry_is_a_stamp() -> None:
    entry = (
        '<li class="post"><div class="post-author">Ann Lee</div><div class="post-date">{date}</div>'
        '<div class="post-text"><p>{text}</p></div></li>'
    )
    body = newsextract.extract(_page(entry)).body
    assert "Work starts again" in body and "May 1902" not in body


def test_a_list_items_own_date_before_its_paragraph_is_kept() -> None:
    entry = "<li><time>{date}</time><p>{text}</p></li>"
    body = newsextract.extract(_page(entry)).body
    assert "May 1902" in body and "3 July 1911" in body
