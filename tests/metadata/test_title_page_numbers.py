"""A paged thread's or article's place in its <title> ("Brakes squeal - Page 2 - Bike
Forum", "Seite 3", "Strona 2"; the language files' ``page_labels``) is no part of the title
(title.py ``without_page_number``); and a folder's words written as one name a section
("What's On" on …/whats-on/…), a sub-site's name of a few words holds its host label."""

from __future__ import annotations

import pytest

from newsextract import labels
from newsextract.metadata.site_names import sections_from_url, split_subdomain_name
from newsextract.metadata.title import choose_title
from newsextract.metadata.title_cleanup import (
    page_number_of,
    without_date_part,
    without_page_number,
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Brakes squeal after rain - Page 2 - Road Bike Forum",
            "Brakes squeal after rain - Road Bike Forum",
        ),
        ("Bremse quietscht | Seite 3 von 5 | Radforum", "Bremse quietscht | Radforum"),
        ("Jaki rower na zimę? - Strona 2", "Jaki rower na zimę?"),
        ("Best tents for winter – page 12", "Best tents for winter"),
        # the number is no page's: kept
        ("Page 2 of the report is missing - Valley Post", None),
        ("Votes - Page 2024 was a record", None),
        ("Page 2", None),
        ("Pages 2 - Valley Post", None),
    ],
)
def test_without_page_number(title: str, expected: str | None) -> None:
    assert without_page_number(title) == (expected or title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "مستقبل التعليم في المدن الصغيرة - صفحة 2 - جريدة النهر",
            "مستقبل التعليم في المدن الصغيرة - جريدة النهر",
        ),
        ("עונת הקטיף בעמק | עמוד 3 | חדשות העמק", "עונת הקטיף בעמק | חדשות העמק"),
        (
            "Η πολιτική κρίση και οι επόμενες κινήσεις - Σελίδα 2",
            "Η πολιτική κρίση και οι επόμενες κινήσεις",
        ),
        ("Економіка області: підсумки — Сторінка 3 — Вісті", "Економіка області: підсумки — Вісті"),
        ("เที่ยวเชียงใหม่ 3 วัน 2 คืน | หน้า 2 | ข่าวบ้านเรา", "เที่ยวเชียงใหม่ 3 วัน 2 คืน | ข่าวบ้านเรา"),
        ("ग्रामीण स्वास्थ्य सेवाओं की तस्वीर - पृष्ठ 2", "ग्रामीण स्वास्थ्य सेवाओं की तस्वीर"),
        ("Tips hemat mudik untuk keluarga - Halaman 2", "Tips hemat mudik untuk keluarga"),
        ("Mẹo nấu phở ngon tại nhà - Trang 2 - Tin Phố", "Mẹo nấu phở ngon tại nhà - Tin Phố"),
        ("நகரத்தின் பழைய சந்தை புதுப்பிக்கப்படுகிறது - பக்கம் 2", "நகரத்தின் பழைய சந்தை புதுப்பிக்கப்படுகிறது"),
        ("ქალაქში ახალი ავტობუსის ხაზი | გვერდი 3", "ქალაქში ახალი ავტობუსის ხაზი"),
        # Hungarian and Latvian set the number first, with a full stop
        ("Pilsētas parks pēc atjaunošanas - 2. lapa", "Pilsētas parks pēc atjaunošanas"),
        (
            "Indul az új színházi évad - 2. oldal - Városi Hírek",
            "Indul az új színházi évad - Városi Hírek",
        ),
        # a number before a label without a full stop, or inside a part: kept
        ("Nha Trang 2024 - Du lịch biển", None),
        ("Két oldal 2 - a vita folytatódik", None),
    ],
)
def test_page_labels_of_other_scripts(title: str, expected: str | None) -> None:
    assert without_page_number(title) == (expected or title)


def test_page_labels_come_from_the_language_files() -> None:
    assert {"page", "seite", "strona"} <= set(labels.page_labels())


def test_a_forum_threads_page_and_site_are_cut() -> None:
    title = "Bremse quietscht nach Regen - Seite 3 - Radforum"
    choice = choose_title(None, [title], ["radforum", "radforum.de"])
    assert choice.title == "Bremse quietscht nach Regen"


def test_a_folder_written_as_one_names_its_section() -> None:
    sections = sections_from_url("https://riversidelibrary.example.org/whats-on/autumn-book-fair")
    assert "whatson" in sections
    title = "Autumn Book Fair | What's On | Riverside Library"
    choice = choose_title(None, [title], ["riversidelibrary"], sections=sections)
    assert choice.title == "Autumn Book Fair"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Episode 12: Rivers and roads - The Structure Podcast", "Episode 12: Rivers and roads"),
        # a part of more words holding the label is the headline's own
        ("Bridge repairs - what the structure report means", None),
    ],
)
def test_a_sub_site_name_of_a_few_words(title: str, expected: str | None) -> None:
    assert split_subdomain_name(title, {"structure"})[0] == (expected or title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Open Air Kino: Der Himmel – 14.08.2025 – Kulturhaus",
            "Open Air Kino: Der Himmel – Kulturhaus",
        ),
        ("Quarterly report | 2025-03-01 | Valley Post", "Quarterly report | Valley Post"),
        ("Town fair - 8/14/2025", "Town fair"),
        # a score, a range of years, a date within a part or opening the title: kept
        ("Final - 2-1 - Valley Post", None),
        ("The war years - 1914-1918", None),
        ("Town fair on 14.08.2025 - Valley Post", None),
        ("14.08.2025 - Town fair", None),
    ],
)
def test_without_date_part(title: str, expected: str | None) -> None:
    assert without_date_part(title) == (expected or title)


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://kabar.example.id/read/2024/05/10/tips-mudik?page=2", 2),
        ("https://forum.example.org/threads/brakes.44/page/3/", 3),
        ("https://blog.example.com/post/?paged=4&lang=en", 4),
        ("https://kabar.example.id/read/2024/05/10/tips-mudik?page=1", None),
        ("https://kabar.example.id/read/2024/05/10/tips-mudik?page=all", None),
        ("https://shop.example.com/item?pid=2", None),
        (None, None),
    ],
)
def test_page_number_of(url: str | None, number: int | None) -> None:
    assert page_number_of(url) == number


def test_the_addresss_page_number_behind_a_label_without_a_separator_is_cut() -> None:
    title = "Tips hemat mudik untuk keluarga Halaman 2 - Kabar Kota"
    assert without_page_number(title, 2) == "Tips hemat mudik untuk keluarga - Kabar Kota"
    # another number, or none from the address: kept ("… Page 3" may be a title's words)
    assert without_page_number(title, 3) == title
    assert without_page_number(title) == title
    assert without_page_number("Why she left Page 3 for good", 3) == "Why she left Page 3 for good"
