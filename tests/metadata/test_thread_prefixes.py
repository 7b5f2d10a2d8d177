"""A forum's or a mail archive's marks before a thread's title ("Re:", "AW:", "Odp:",
"Thema:"), the language files' ``thread_prefixes``: the title is what follows them
(title.py ``without_thread_prefix``)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract import labels
from newsextract.metadata.title_cleanup import without_thread_prefix

TEXT = "<p>" + "My old bike squeaks every time I brake after it rained the night before. " * 4


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Re: Which compost bin?", "Which compost bin?"),
        ("AW: Re: Bremse quietscht", "Bremse quietscht"),
        ("RE[2]: Garden pond pump", "Garden pond pump"),
        ("Odp: Jaki rower na zimę?", "Jaki rower na zimę?"),
        ("Ynt: Kış lastiği önerisi", "Kış lastiği önerisi"),
        ("Thema: Heizung klopft nachts", "Heizung klopft nachts"),
        # not a mark: a word that starts like one, a mark alone, no space after the colon
        ("Reise: Drei Tage in Rom", "Reise: Drei Tage in Rom"),
        ("Re:", "Re:"),
        ("Re:Which", "Re:Which"),
    ],
)
def test_thread_prefixes_are_cut(title: str, expected: str) -> None:
    assert without_thread_prefix(title) == expected


def test_every_prefix_is_lower_case_and_listed_once() -> None:
    words = labels.thread_prefixes()
    assert words and all(w == w.lower() and ":" not in w for w in words)
    assert len(words) == len(set(words))


@pytest.mark.parametrize(
    ("title", "lang", "expected"),
    [
        ("Re: Which compost bin? - Garden Forum", "en", "Which compost bin?"),
        ("AW: Bremse quietscht nach Regen - Technik", "de", "Bremse quietscht nach Regen"),
        ("Odp: Jaki rower na zimę? - Forum Rowerowe", "pl", "Jaki rower na zimę?"),
    ],
)
def test_a_reply_pages_title_is_the_threads(title: str, lang: str, expected: str) -> None:
    page = (
        f'<html lang="{lang}"><head><title>{title}</title>'
        f"<meta property='og:site_name' content='{title.split(' - ')[1]}'></head><body>"
        f"<div class='post'><div class='subject'>{title.split(' - ')[0]}</div>{TEXT}</p></div>"
        "</body></html>"
    )
    assert newsextract.extract(page, url="https://forum.example.com/t/88").title == expected
