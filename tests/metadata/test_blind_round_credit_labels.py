"""Bylines found by the blind probe's second round (issue 12): Thai news credits written as
one word, "ข่าวโดย" (news by) and "รายงานโดย" (reported by), and the photo credit "ภาพโดย"
(photo by) after them, another contributor's, glued as Thai writes it; Sinhala's column
label "ලියන්නේ" (the one writing), Burmese "စာရေးသူ" (writer) and Nepali "प्रस्तुति"
(presented by). Every site, name and text here is invented."""

from __future__ import annotations

import pytest
from tests.metadata.test_blind_meta_probes import story

import newsextract


@pytest.mark.parametrize(
    ("lang", "byline", "authors"),
    [
        ("th", "ข่าวโดย สมชาย ใจดี", ("สมชาย ใจดี",)),
        ("th", "รายงานโดย สมชาย ใจดี", ("สมชาย ใจดี",)),
        ("th", "ข่าวโดย สมชาย ใจดี ภาพโดย วิชัย ดีมาก", ("สมชาย ใจดี",)),
        ("th", "ภาพโดย วิชัย ดีมาก", ()),
        ("si", "ලියන්නේ: නිමල් පෙරේරා", ("නිමල් පෙරේරා",)),
        ("si", "ලියන්නේ: නිමල් පෙරේරා සහ කමල් සිල්වා", ("නිමල් පෙරේරා", "කමල් සිල්වා")),
        ("my", "စာရေးသူ - ကိုအောင်", ("ကိုအောင်",)),
        ("ne", "प्रस्तुति: राम शर्मा", ("राम शर्मा",)),
    ],
)
def test_a_credit_label_of_the_language(lang: str, byline: str, authors: tuple[str, ...]) -> None:
    page = story(
        lang,
        "Headline | Site",
        "Headline",
        site="Site",
        today="",
        meta_line=f'<span class="author">{byline}</span> <span class="date">2024-03-12</span>',
    )
    article = newsextract.extract(page, url="https://news.example.org/2024/story-4471")
    assert article.authors == authors
