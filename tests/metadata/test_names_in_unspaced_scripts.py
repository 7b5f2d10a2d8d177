"""Bylines in Chinese, Japanese and Korean that the language probes found read wrong: two
names joined by a word written without spaces ("と", "和"), a katakana name's middle dot, a
translator's credit after the writer, an honorific after the name, and a desk named for its
site ("…編集部", "해안신문 편집부"), which names no one."""

from __future__ import annotations

import pytest

from newsextract.metadata.authors import split_byline, staff_credit


@pytest.mark.parametrize(
    ("byline", "language", "names"),
    [
        # two Han names either side of a joining word
        ("文：佐藤健と山田花子", "ja", ["佐藤健", "山田花子"]),
        ("作者：王小明和李华", "zh", ["王小明", "李华"]),
        ("作者：王小明和李华", None, ["王小明", "李华"]),
        # a joiner beside one Han character is the name's own ("王和平", a name)
        ("作者：王和平", "zh", ["王和平"]),
        # a name in kana may hold "と" ("さとみ"): not split
        ("文：山田さとみ", "ja", ["山田さとみ"]),
        # a katakana name's middle dot parts its given and family names; between Han names
        # it joins two writers
        ("文：エマ・ジョンソン", "ja", ["エマ・ジョンソン"]),
        ("佐藤健・山田花子", "ja", ["佐藤健", "山田花子"]),
        # the translator's credit after the writer
        ("文：エマ・ジョンソン　翻訳：山田花子", "ja", ["エマ・ジョンソン"]),
        ("文／陈志明　翻译／刘小梅", "zh", ["陈志明"]),
        # an honorific after the name
        ("寄稿：田中一郎氏", "ja", ["田中一郎"]),
        ("글: 박서연 씨", "ko", ["박서연"]),
        # a desk named for its site, run together or after a space
        ("文：まちのニュース編集部", "ja", []),
        ("해안신문 편집부", "ko", []),
        ("بقلم: فريق التحرير", "ar", []),
    ],
)
def test_names(byline: str, language: str | None, names: list[str]) -> None:
    assert split_byline(byline, language) == names


def test_a_paper_named_for_its_press_stays_the_sites_credit() -> None:
    # "Presse" is a desk's word and closes papers' names: in a cased script the name stands
    assert split_byline("Talheimer Presse", "de") == ["Talheimer Presse"]


@pytest.mark.parametrize(
    ("byline", "desk"),
    [("文：まちのニュース編集部", True), ("文：佐藤健", False), ("Von Redaktion", True)],
)
def test_a_desk_is_the_byline_as_written(byline: str, desk: bool) -> None:
    assert staff_credit(byline) is desk
