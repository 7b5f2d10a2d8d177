"""Round 13b (issue 11): a consent prompt set where an embed would load, in a box named by
nothing but its words ("video-wrap"), goes in the languages of this round too: their
``prompts`` hold the phrases that ask the reader to accept cookies to see the content
("ยอมรับการใช้คุกกี้", "cookieの使用に同意", "쿠키 사용에 동의"), not the word cookie alone (a
recipe's "cookies" stays text)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract
from newsextract.body.prompts import is_box_prompt

_FIXTURE = Path(__file__).parent.parent / "fixtures" / "th_embed_consent.html"


def test_a_thai_embeds_consent_prompt_goes() -> None:
    body = newsextract.extract(_FIXTURE.read_text(encoding="utf-8")).body or ""
    assert body.startswith("กรุงเทพมหานครเปิดใช้สะพานใหม่")
    assert "วันละกว่า 50,000 คัน" in body
    assert "คุกกี้" not in body
    assert "แสดงวิดีโอ" not in body


@pytest.mark.parametrize(
    "prompt",
    [
        "YouTubeの動画を表示するには、Cookieの使用に同意してください。",
        "如需观看此视频，请同意使用第三方Cookie。",
        "이 동영상을 보려면 쿠키 사용에 동의해 주세요.",
        "Để xem nội dung này, vui lòng chấp nhận cookie của bên thứ ba.",
        "Για να δείτε αυτό το περιεχόμενο, αποδεχτείτε τα cookies τρίτων.",
        "لعرض هذا المحتوى، يرجى الموافقة على ملفات تعريف الارتباط.",
        "כדי לצפות בתוכן זה יש לאשר שימוש בעוגיות.",
        "इस वीडियो को देखने के लिए कृपया कुकीज़ स्वीकार करें।",
        "Щоб переглянути цей вміст, прийміть файли cookie сторонніх сервісів.",
    ],
)
def test_consent_prompts_of_the_round_are_prompts(prompt: str) -> None:
    assert is_box_prompt(prompt)


@pytest.mark.parametrize(
    "line",
    ["クッキーの焼き方を紹介します。", "오늘은 쿠키를 구웠다.", "Μπισκότα (cookies) με σοκολάτα."],
)
def test_a_line_only_naming_cookies_is_no_prompt(line: str) -> None:
    assert not is_box_prompt(line)
