"""A byline's label and name with the story's first sentence run on after them, closed by a
full stop of a script without letter case ("记者 李明 报道：…。"): the sentence is text, where
the credit alone is furniture."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.body.furniture_lines import is_furniture_line

RUN_ON = [
    "记者 李明 报道：全市冬季义诊活动今天在人民广场启动。",
    "記者 山田太郎 市役所の窓口は年末年始に休業する。",
]

CREDITS = [
    "记者 李明 报道",
    "記者 山田太郎",
    # Latin's "." closes initials: the credit stays one.
    "By J. R. Smith Jr.",
]


@pytest.mark.parametrize("line", RUN_ON)
def test_a_credit_run_on_into_a_sentence_is_text(line: str) -> None:
    assert not is_furniture_line(line)


@pytest.mark.parametrize("line", CREDITS)
def test_a_credit_alone_is_furniture(line: str) -> None:
    assert is_furniture_line(line)


def test_a_chinese_story_keeps_its_first_paragraph_after_the_credit() -> None:
    texts = (
        "记者 李明 报道：全市冬季义诊活动今天在人民广场启动。",
        "来自十家医院的一百多名医生为市民免费看病。",
        "活动将持续到月底，每周六在不同社区举行。",
    )
    html = (
        "<html lang='zh-CN'><head><title>冬季义诊活动启动</title></head><body><article><h1>"
        "冬季义诊活动启动</h1><div class='detail-content'>"
        + "".join(f"<p>{t}</p>" for t in texts)
        + "</div></article></body></html>"
    )
    body = newsextract.extract(html, url="https://ribao.example/2026/12/yizhen.html").body or ""
    assert all(text in body for text in texts)
