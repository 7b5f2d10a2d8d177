"""Round 17 (issue 11): a list article's numbered headings as Chinese and Japanese number them
("1、", "2．", "（3）", "四、", "1.白鹭河": no space after the mark), and entries whose names
are short: "3、<a>镜湖湿地</a>" is more than ``_LINKED_HEADING`` linked where "1、<a>红枫谷</a>"
is not, so the linked numbered headings are counted kept or not (two at least, each over kept
text). The page ``body_zh_numbered_linked_entries`` renders as its expected Markdown."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.linked_lists import NUMBERED


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("1、红枫谷", True),
        ("2．駅前広場", True),
        ("（3）古茶道", True),
        ("四、参与方式", True),
        ("1.白鹭河", True),
        ("1. Salt Houses", True),
        ("12月3日的安排", False),  # a date
        ("2026年的计划", False),
        ("1.5 kg of flour", False),
        ("第一阶段", False),
    ],
)
def test_numbering_forms(text: str, numbered: bool) -> None:
    assert (NUMBERED.match(text) is not None) is numbered


def test_a_list_articles_entries_with_short_and_long_linked_names_all_stay() -> None:
    entries = [("Rome", "The forum opens at eight."), ("Florence", "Book the gallery early.")]
    entries += [("Siena", "The square fills at dusk."), ("Lucca", "Walk the walls by bike.")]
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'><title>T</title>"
        "</head><body><article><h1>Four towns for a long weekend</h1>"
        "<p>Four towns within a train ride of each other, each worth a day of its own.</p>"
        + "".join(
            f"<h2>{n}. <a href='/town/{name.lower()}'>{name}</a></h2><p>{text} It is worth the"
            f" trip in any season, and the trains run every hour from the main station.</p>"
            for n, (name, text) in enumerate(entries, 1)
        )
        + "</article></body></html>"
    )
    body = newsextract.extract(html, url="https://trips.example.com/four-towns").body or ""
    for n, (name, _) in enumerate(entries, 1):
        assert f"{n}. {name}" in body
