"""Round 13b (issue 11): the closing line after a text, in a wrapper of its own, is one
sentence of at least a few words; its words are counted as its script writes them, so a
Japanese, Chinese or Thai sentence (no spaces between its words) closes the text too, and a
label in those scripts ("戻る") still does not."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsextract

_FIXTURE = Path(__file__).parent.parent / "fixtures" / "ja_status_closing_line.html"


def _page(closing: str) -> str:
    return _FIXTURE.read_text(encoding="utf-8").replace(
        "この障害は次の機能に影響しました：API および管理画面。", closing
    )


def test_a_japanese_closing_sentence_joins_the_text() -> None:
    body = newsextract.extract(_FIXTURE.read_text(encoding="utf-8")).body or ""
    assert "処理待ちの件数が減っている" in body
    assert body.endswith("この障害は次の機能に影響しました：API および管理画面。")


def test_a_thai_closing_sentence_joins_the_text() -> None:
    closing = "เหตุขัดข้องนี้ส่งผลต่อระบบชำระเงินและหน้าจัดการ"
    body = newsextract.extract(_page(closing + "。")).body or ""
    assert body.endswith(closing + "。")


@pytest.mark.parametrize("label", ["戻る。", "一覧へ"])
def test_a_short_label_stays_out(label: str) -> None:
    body = newsextract.extract(_page(label)).body or ""
    assert label not in body
    assert "処理待ちの件数が減っている" in body
