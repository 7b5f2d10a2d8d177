"""More labels of languages the dev sets lack, found by a third batch of probe pages (issue
12): byline labels over two names and "written by" ("Kirjoittajat:", "Avtorja:", "Skrevet
af"), Slovenian "in" joining names on Slovenian pages, keyword labels in two words or with a
hyphen, Turkish "Güncellenme" before the update's date."""

from __future__ import annotations

from datetime import datetime

import pytest
from tests.metadata.pages import article_page, byline_page, filler

import newsextract


@pytest.mark.parametrize(
    ("language", "byline", "authors"),
    [
        ("fi", "Kirjoittajat: Jussi Laine ja Anna Mäkinen", ("Jussi Laine", "Anna Mäkinen")),
        ("sl", "Avtorja: Petra Zupan in Luka Kos", ("Petra Zupan", "Luka Kos")),
        ("da", "Skrevet af Anders Møller og Karen Holm", ("Anders Møller", "Karen Holm")),
        ("no", "Skrevet av Ingrid Berg", ("Ingrid Berg",)),
    ],
)
def test_byline_labels(language: str, byline: str, authors: tuple[str, ...]) -> None:
    assert newsextract.extract(byline_page(language, "ord", byline)).authors == authors


def test_slovenian_in_joins_names_on_slovenian_pages_only() -> None:
    page = byline_page("en", "word", "By Jane Doe in Ljubljana")
    assert newsextract.extract(page).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("el", "Λέξεις-κλειδιά"),
        ("lt", "Raktiniai žodžiai"),
        ("no", "Nøkkelord"),
        ("th", "คำสำคัญ"),
        ("uk", "Ключові слова"),
    ],
)
def test_keyword_labels(language: str, label: str) -> None:
    tags = f'<div class="tags">{label}: <a href="/t/1">Alpha</a> <a href="/t/2">Beta</a></div>'
    page = byline_page(language, "ord", "", tags)
    assert newsextract.extract(page).tags == ("Alpha", "Beta")


def test_turkish_updated_label() -> None:
    dates = "<p>Yayınlanma: 06 Mart 2024 14:20 Güncellenme: 06 Mart 2024 16:05</p>"
    article = newsextract.extract(byline_page("tr", "haber", "Yazan: Ahmet Yılmaz", dates))
    assert article.published == datetime(2024, 3, 6, 14, 20)
    assert article.modified == datetime(2024, 3, 6, 16, 5)


@pytest.mark.parametrize(
    ("language", "byline", "authors"),
    [
        ("ca", "Redacció: Laia Serra i Pau Font", ("Laia Serra", "Pau Font")),
        ("ca", "Redacció", ()),  # alone, the newsroom: no one
        ("eu", "Erredakzioa: Miren Etxeberria", ("Miren Etxeberria",)),
    ],
)
def test_the_newsroom_label_before_names(
    language: str, byline: str, authors: tuple[str, ...]
) -> None:
    assert newsextract.extract(byline_page(language, "paraula", byline)).authors == authors


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("vi", "Từ khoá"),
        ("id", "Topik Terkait"),
        ("th", "คำค้น"),
        ("ro", "Taguri"),
        ("sl", "Značke"),
        ("sv", "Etiketter"),
        ("fa", "کلید واژه ها"),
        ("fa", "تگ‌ها"),
        ("gl", "Palabras chave"),
        ("et", "Võtmesõnad"),
    ],
)
def test_more_keyword_labels(language: str, label: str) -> None:
    tags = f'<div class="tags">{label}: <a href="/t/1">Alpha</a> <a href="/t/2">Beta</a></div>'
    page = byline_page(language, "ord", "", tags)
    assert newsextract.extract(page).tags == ("Alpha", "Beta")


@pytest.mark.parametrize(("language", "word"), [("cs", "Téma"), ("no", "Tema"), ("uk", "Тема")])
def test_a_one_topic_word_is_no_tag_label(language: str, word: str) -> None:
    """A section of the site's menu is called so ("Téma" on a Czech news site's menu): not a
    label of the tag links."""
    tags = f'<div class="tags">{word}: <a href="/t/1">Alpha</a> <a href="/t/2">Beta</a></div>'
    assert newsextract.extract(byline_page(language, "ord", "", tags)).tags == ()


@pytest.mark.parametrize(
    ("language", "byline"),
    [
        ("id", "Ditulis oleh Ana Maria Lopes"),
        ("id", "Reporter: Ana Maria Lopes"),
        ("ms", "Ditulis oleh Ana Maria Lopes"),
        ("vi", "Nhóm phóng viên: Ana Maria Lopes"),
        ("th", "เขียนโดย: Ana Maria Lopes"),
        ("th", "เขียนโดย Ana Maria Lopes"),
        ("el", "Συντάκτρια: Ana Maria Lopes"),
        ("uk", "Підготувала: Ana Maria Lopes"),
        ("cs", "Napsala: Ana Maria Lopes"),
        ("sk", "Napísal: Ana Maria Lopes"),
        ("hr", "Napisao: Ana Maria Lopes"),
        ("sl", "Napisala: Ana Maria Lopes"),
        ("bg", "Подготви: Ana Maria Lopes"),
        ("lv", "Sagatavoja: Ana Maria Lopes"),
        ("lt", "Rašo: Ana Maria Lopes"),
        ("et", "Kirjutas: Ana Maria Lopes"),
        ("sv", "Skriven av Ana Maria Lopes"),
        # a short label before a colon ("Av: …", "Af: …") as before a name of two words
        ("sv", "Av: Ana Maria Lopes"),
        ("da", "Af: Ana Maria Lopes"),
        ("no", "Av: Ana Maria Lopes"),
    ],
)
def test_more_byline_labels(language: str, byline: str) -> None:
    article = newsextract.extract(byline_page(language, "ord", byline))
    assert article.authors == ("Ana Maria Lopes",)


def test_a_short_label_before_a_colon_and_one_word_is_no_byline() -> None:
    # "Av: Olsen": a short label counts before a name of two words or more, colon or not
    assert newsextract.extract(byline_page("sv", "ord", "Av: Olsen")).authors == ()


@pytest.mark.parametrize(
    ("language", "published", "updated"),
    [
        ("vi", "Ngày đăng", "Sửa đổi"),
        ("th", "โพสต์", "ปรับปรุง"),
        ("hu", "Létrehozva", "Módosítva"),
        ("ro", "Data publicării", "Ultima actualizare"),
        ("hr", "Objavljeno", "Zadnja izmjena"),
        ("tl", "Nai-publish", "Binago"),
        ("ur", "اشاعت", "اپ ڈیٹ"),
        ("ta", "வெளியிடப்பட்டது", "புதுப்பிப்பு"),
        ("tr", "Oluşturulma", "Güncelleme"),
    ],
)
def test_date_labels_after_the_body(language: str, published: str, updated: str) -> None:
    """A dated line after the body is read by its labels only (an unlabelled date there may
    be a comment's)."""
    line = f"<p>{published}: 05.03.2024 10:30 | {updated}: 05.03.2024 12:15</p>"
    article = newsextract.extract(byline_page(language, "ord", "", line))
    assert article.published == datetime(2024, 3, 5, 10, 30)
    assert article.modified == datetime(2024, 3, 5, 12, 15)


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("id", "Sumber berita"),
        ("vi", "Nguồn tin"),
        ("th", "ข้อมูลจาก"),
        ("hi", "इनपुट"),
        ("hr", "Izvori"),
    ],
)
def test_more_credit_labels(language: str, label: str) -> None:
    article = newsextract.extract(
        byline_page(language, "ord", "", f"<p>{label}: Agencia Norte</p>")
    )
    assert article.source == "Agencia Norte"


@pytest.mark.parametrize(
    ("language", "byline", "authors"),
    [
        ("hi", "लेखक: राहुल शर्मा व प्रिया सिंह", ("राहुल शर्मा", "प्रिया सिंह")),
        ("ro", "Autori: Ana Lopes, Ivo Berg şi Eva Marin", ("Ana Lopes", "Ivo Berg", "Eva Marin")),
        ("gl", "Autores: Ana Lopes e Ivo Berg", ("Ana Lopes", "Ivo Berg")),
        ("tr", "Yazarlar: Ana Lopes ve Ivo Berg", ("Ana Lopes", "Ivo Berg")),
    ],
)
def test_joiners_and_plural_labels(language: str, byline: str, authors: tuple[str, ...]) -> None:
    assert newsextract.extract(byline_page(language, "ord", byline)).authors == authors


@pytest.mark.parametrize(
    ("language", "line", "word"),
    [
        ("th", "ผู้สื่อข่าว รายงานว่า ไฟไหม้ร้านค้าสามแห่ง", "คำ"),  # "the reporter reports that …"
        ("ar", "إعداد الموازنة العامة للدولة", "كلمة"),  # "preparing the state budget"
        ("bn", "প্রতিবেদক জানান আগুনে", "শব্দ"),  # "the reporter says, in the fire"
        ("fa", "خبرنگار ایرنا گزارش داد", "کلمه"),  # "IRNA's reporter reported"
    ],
)
def test_a_sentence_opening_with_a_reporter_word_is_no_byline(
    language: str, line: str, word: str
) -> None:
    """In a script without capitals a sentence after a label's word reads as a name: words
    that open sentences as often ("reporter", "preparation") are no byline labels."""
    page = article_page(language, "T T T", filler(word) + f"<p>{line}</p>" + filler(word))
    assert newsextract.extract(page).authors == ()
