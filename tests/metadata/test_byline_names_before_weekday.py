"""A list of names before a date opening with its weekday after a dash ("Oleh Rizky Pratama
dan Sari Wulandari - Kamis, 14 Maret 2024"): the dash goes with the date, so the last name
reads as one and the list is split at its joining word (probe meta27: the line gave no
author at all)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline

from .pages import article_page, filler

CASES = [
    (
        "id",
        "Oleh Rizky Pratama dan Sari Wulandari - Kamis, 14 Maret 2024 10:15 WIB",
        ("Rizky Pratama", "Sari Wulandari"),
    ),
    (
        "en",
        "By Nadia Ferro and Tomas Brink - Thursday, 14 March 2024",
        ("Nadia Ferro", "Tomas Brink"),
    ),
    (
        "en",
        "By Nadia Ferro and Tomas Brink | Thursday 14 March 2024",
        ("Nadia Ferro", "Tomas Brink"),
    ),
    (
        "de",
        "Von Lea Sommer und Jonas Ried – Donnerstag, 14. März 2024",
        ("Lea Sommer", "Jonas Ried"),
    ),
]


@pytest.mark.parametrize(("language", "line", "names"), CASES)
def test_names_split_before_a_weekday(language: str, line: str, names: tuple[str, ...]) -> None:
    assert tuple(split_byline(line, language)) == names


@pytest.mark.parametrize(("language", "line", "names"), CASES)
def test_page_credits_both(language: str, line: str, names: tuple[str, ...]) -> None:
    inner = f'<div class="meta">{line}</div>{filler("kota")}'
    article = newsextract.extract(article_page(language, "Pelabuhan kota dibangun lagi", inner))
    assert article.authors == names


def test_one_name_unchanged() -> None:
    assert split_byline("By Nadia Ferro - Thursday, 14 March 2024", "en") == ["Nadia Ferro"]
