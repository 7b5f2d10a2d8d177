"""A date line whose update is relative and whose publication is written ("Updated 3 days
ago · Published March 1, 2024"): both labels stand before the one date, and the nearer one,
the publication's, names it. It was read as the update's, the publication's time lost
(issue 12). Every text here is invented."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract

_TEXT = (
    "The town library opens its new reading room on the second floor, with long tables, "
    "quiet booths and a shelf of local newspapers going back a century."
)


def _page(lang: str, line: str) -> str:
    body = "".join(f"<p>{_TEXT} {_TEXT}</p>" for _ in range(3))
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>Reading room | Post</title>'
        f'</head><body><main><article><h1>Reading room opens</h1><div class="meta">{line}'
        f"</div>{body}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "line", "published"),
    [
        ("en", "Updated 3 days ago · Published March 1, 2024", datetime(2024, 3, 1)),
        ("en", "Updated: 5 hours ago | Published: March 1, 2024 10:00", datetime(2024, 3, 1, 10)),
        ("en", "Updated yesterday · Published March 1, 2024", datetime(2024, 3, 1)),
    ],
)
def test_the_label_nearer_the_date_names_it(lang: str, line: str, published: datetime) -> None:
    article = newsextract.extract(_page(lang, line), url="https://post.example.com/n/1")
    assert article.published == published
    assert article.modified is None


def test_an_update_label_nearer_the_date_still_names_it() -> None:
    page = _page("en", "Published March 4, 2024 9:00 · Updated March 5, 2024 12:00")
    article = newsextract.extract(page, url="https://post.example.com/n/2")
    assert article.published == datetime(2024, 3, 4, 9)
    assert article.modified == datetime(2024, 3, 5, 12)
