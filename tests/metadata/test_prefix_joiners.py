"""Hebrew "ו" and Arabic "و" ("and") are written as the first letter of the second name: a
byline of two names of two words or more each is split there; a name that starts with the
letter ("وليد", "ולדימיר") is not cut."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        ("נועה לוין ואבי מזרחי", "he", ["נועה לוין", "אבי מזרחי"]),
        ("מאת נועה לוין ואבי מזרחי", "he", ["נועה לוין", "אבי מזרחי"]),
        ("נועה לוין ואבי מזרחי", None, ["נועה לוין", "אבי מזרחי"]),
        ("بقلم: سارة الخطيب وعمر يوسف", "ar", ["سارة الخطيب", "عمر يوسف"]),
        ("وليد خالد وعمر يوسف", "ar", ["وليد خالد", "عمر يوسف"]),
        # one side of one word: a name holding a word that starts with the letter
        ("عمر وليد الخطيب", "ar", ["عمر وليد الخطيب"]),
        ("סשה ולדימירוב", "he", ["סשה ולדימירוב"]),
    ],
)
def test_a_joining_letter_glued_to_the_second_name(
    byline: str, language: str | None, names: list[str]
) -> None:
    assert split_byline(byline, language) == names


_PAGE = """<!doctype html><html lang="he" dir="rtl"><head><title>נפתח גשר חדש</title></head>
<body><article><h1>נפתח גשר חדש</h1><div class="author-name">נועה לוין ואבי מזרחי</div>
<p>הגשר החדש מעל הנחל נפתח היום לתנועה, והוא צפוי לקצר את הנסיעה למרכז העיר בכרבע שעה.</p>
<p>לדברי העירייה, העבודות הסתיימו חודשיים לפני המועד שנקבע ובעלות נמוכה מהמתוכנן.</p>
</article></body></html>"""


def test_a_hebrew_page_byline_gives_two_authors() -> None:
    article = newsextract.extract(_PAGE, url="https://hadashot.example.co.il/bridge")
    assert article.authors == ("נועה לוין", "אבי מזרחי")
