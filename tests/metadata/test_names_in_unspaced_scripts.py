"""Bylines in Chinese, Japanese and Korean that the language probes found read wrong: two
names joined by a word written without spaces ("と", "和"), a katakana name's middle dot, a
translator's credit after the writer, an honorific after the name, and a desk named for its
site ("…編集部", "해안신문 편집부"), which names no one; a credit label's full-width colon
("来源：新华社", the source) and an agency's reporter ("新华社记者 王小明")."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_placeholders import staff_credit


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


def _page(credit: str, language: str) -> str:
    return (
        f'<html lang="{language}"><head><title>公園</title></head><body><article><h1>公園</h1>'
        f'<span class="author">{credit}</span><p>{"市は火曜日、川沿いに新しい公園を開いた。" * 6}'
        "</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("credit", "language", "authors", "source"),
    [
        # a credit label's colon, full width as in a Latin script's "Source: Reuters": the
        # story's source, no author and no byline
        ("来源：新华社", "zh", (), "新华社"),
        ("出典：共同通信", "ja", (), "共同通信"),
        # an agency's reporter: the reporter is the author, the agency the source
        ("新华社记者 王小明", "zh", ("王小明",), "新华社"),
        ("共同通信記者 山田太郎", "ja", ("山田太郎",), "共同通信"),
        # a paper's own reporter ("本报记者", a byline label): no source
        ("本报记者 王小明", "zh", ("王小明",), None),
        # an agency credited whole in Turkish is the source too
        ("Anadolu Ajansı", "tr", ("Anadolu Ajansı",), "Anadolu Ajansı"),
    ],
)
def test_agencies_and_credits(
    credit: str, language: str, authors: tuple[str, ...], source: str | None
) -> None:
    article = newsextract.extract(_page(credit, language), url="https://example.net/2024/03/a")
    assert (article.authors, article.source) == (authors, source)
