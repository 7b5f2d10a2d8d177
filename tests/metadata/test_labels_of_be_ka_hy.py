"""Belarusian, Georgian and Armenian labels as data; a Georgian name (Mkhedruli, which
Python calls lower case and names are not capitalised in) reads as a name; the Armenian
label's colon "՝" ends a byline label."""

from __future__ import annotations

import pytest
from tests.metadata.pages import article_page

import newsextract
from newsextract.metadata.authors import looks_like_name, split_byline

_TEXT = "<p>{0} {0} {0} {0} {0} {0} {0} {0} {0} {0} {0}.</p><p>{0} {0} {0} {0} {0} {0} {0} {0}.</p>"


@pytest.mark.parametrize(
    ("language", "word", "byline", "credit", "tags", "author", "source", "tag_list"),
    [
        (
            "be", "Горад", "Аўтар: Іван Шамякін", "Крыніца: БелТА",
            'Тэгі: <a href="/t/1">Мінск</a> <a href="/t/2">транспарт</a>',
            "Іван Шамякін", "БелТА", ("Мінск", "транспарт"),
        ),
        (
            "ka", "ქალაქი", "ავტორი: ნინო ბერიძე", "წყარო: ინტერპრესნიუსი",
            'თეგები: <a href="/t/1">თბილისი</a> <a href="/t/2">ტრანსპორტი</a>',
            "ნინო ბერიძე", "ინტერპრესნიუსი", ("თბილისი", "ტრანსპორტი"),
        ),
        (
            "hy", "Քաղաք", "Հեղինակ՝ Արամ Պետրոսյան", "Աղբյուր: Արմենպրես",
            'Պիտակներ: <a href="/t/1">Երևան</a> <a href="/t/2">տրանսպորտ</a>',
            "Արամ Պետրոսյան", "Արմենպրես", ("Երևան", "տրանսպորտ"),
        ),
    ],
)  # fmt: skip
def test_byline_credit_and_tags_of_the_language(
    language: str,
    word: str,
    byline: str,
    credit: str,
    tags: str,
    author: str,
    source: str,
    tag_list: tuple[str, ...],
) -> None:
    page = article_page(
        language,
        f"{word} {word} {word}",
        f'<div class="author">{byline}</div>{_TEXT.format(word.lower())}'
        f'<p class="source">{credit}</p><div class="tags">{tags}</div>',
    )
    article = newsextract.extract(page)
    assert article.authors == (author,)
    assert article.source == source
    assert article.tags == tag_list


def test_a_georgian_name_reads_as_a_name() -> None:
    assert looks_like_name("ნინო ბერიძე")
    assert not looks_like_name("jane doe")  # unchanged: a Latin name is capitalised


def test_the_armenian_colon_ends_a_byline_label() -> None:
    assert split_byline("Հեղինակ՝ Արամ Պետրոսյան", "hy") == ["Արամ Պետրոսյան"]
