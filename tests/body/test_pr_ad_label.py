""" "PR" alone on a line, bracketed or not, in half- or full-width letters, is the label
Japanese sites set on an ad slot between the paragraphs: furniture, not the article's."""

from __future__ import annotations

import pytest

import newsextract

_PARA = (
    "<p>市の教育委員会は１５日、来年度から全ての小学校で放課後の学習教室を開くと発表した。"
    "地域の大学生が講師を務め、希望する児童は無料で参加できるという。</p>"
)
_MORE = (
    "<p>教室は週に二回、午後四時から六時まで開かれる予定で、保護者からは共働きの家庭にとって"
    "心強いとの声が上がっている。</p>"
)


@pytest.mark.parametrize("label", ["[PR]", "PR", "［ＰＲ］"])
def test_an_ad_slots_pr_label_is_left_out(label: str) -> None:
    page = (
        "<html lang='ja'><body><article><h1>放課後の学習教室、全小学校で</h1>"
        f"<div class='AdMod'><div id='slot_rect'></div><span>{label}</span></div>"
        f"{_PARA}{_MORE}</article></body></html>"
    )
    body = newsextract.extract(page, url="https://shinbun.example/articles/1").body or ""
    assert "放課後の学習教室を開く" in body
    assert "PR" not in body and "ＰＲ" not in body


def test_pr_inside_a_sentence_stays() -> None:
    page = (
        "<html lang='ja'><body><article><h1>放課後の学習教室、全小学校で</h1>"
        f"{_PARA}<p>市はPR動画も作り、駅や図書館で流す。</p>{_MORE}</article></body></html>"
    )
    body = newsextract.extract(page, url="https://shinbun.example/articles/1").body or ""
    assert "PR動画" in body
