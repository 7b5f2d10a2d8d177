"""Bylines and dates of languages seen last, as probe pages of invented sites wrote them:
a given name that is another language's month ("Mart", Turkish March), a Khmer day's
prefix glued to its number, a Mongolian joiner, two institutions credited in one byline,
an institution's place, a section after the names."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.dates import find_text_date, read_written_date
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_tails import trim_byline

from .pages import byline_page


@pytest.mark.parametrize(
    ("byline", "language", "expected"),
    [
        # "Mart" (a month in Turkish) and "Jon" (a month's abbreviation) are given names here:
        # a date's number follows a month's name, never another word first
        (
            "Autor: Kadri Tamm ja Mart Saar, 5. märts 2024, 14:30",
            "et",
            ["Kadri Tamm", "Mart Saar"],
        ),
        (
            "Egilea: Ane Etxeberria eta Jon Agirre, 2024ko martxoaren 5a, 14:30",
            "eu",
            ["Ane Etxeberria", "Jon Agirre"],
        ),
        ("By Jane Doe Monday, March 3, 2025", "en", ["Jane Doe"]),
        # the Khmer "day" glued before the day's number goes with the date
        (
            "អ្នកនិពន្ធ: សុខ ចាន់ធា និង ហេង វិបុល, ថ្ងៃទី០៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១៤:៣០",
            "km",
            ["សុខ ចាន់ធា", "ហេង វិបុល"],
        ),
        # Mongolian "болон" (and) joins two names
        ("Сэтгүүлч: Болормаа Дорж болон Ганбаатар Бат", "mn", ["Болормаа Дорж", "Ганбаатар Бат"]),
    ],
)
def test_names_beside_dates(byline: str, language: str, expected: list[str]) -> None:
    assert split_byline(byline, language) == expected


@pytest.mark.parametrize(
    ("byline", "language", "expected"),
    [
        (
            "By the Ministry of Health and the Department of Education",
            "en",
            ["Ministry of Health", "Department of Education"],
        ),
        (
            "Autor: Ministerstwo Zdrowia i Ministerstwo Edukacji",
            "pl",
            ["Ministerstwo Zdrowia", "Ministerstwo Edukacji"],
        ),
        (
            "Von Bundesministerium für Gesundheit und Robert Koch-Institut",
            "de",
            ["Bundesministerium für Gesundheit", "Robert Koch-Institut"],
        ),
        # one institution whose name holds "and" stays whole
        (
            "By the Department of Health and Human Services",
            "en",
            ["Department of Health and Human Services"],
        ),
        (
            "Autor: Ministerstwo Rolnictwa i Rozwoju Wsi",
            "pl",
            ["Ministerstwo Rolnictwa i Rozwoju Wsi"],
        ),
        # an institution's place is part of its name, not a section after a writer's
        ("Av Polisen i Stockholm", "sv", ["Polisen i Stockholm"]),
        ("Av Anna Berg i Trädgård", "sv", ["Anna Berg"]),
        # an institution after a writer's name is still the writer's employer
        ("By Jane Doe, University of Somewhere", "en", ["Jane Doe"]),
    ],
)
def test_institutions(byline: str, language: str, expected: list[str]) -> None:
    assert split_byline(byline, language) == expected


@pytest.mark.parametrize(
    ("byline", "language", "expected"),
    [
        ("By Jane Doe in Recipes", "en", "By Jane Doe"),
        ("By Jane Doe and John Roe in Recipes", "en", "By Jane Doe and John Roe"),
        ("przez Anna Nowak w kategorii Ogród", "pl", "przez Anna Nowak"),
        ("Av Polisen i Stockholm", "sv", "Av Polisen i Stockholm"),
        # the page's language unknown: the byline as written
        ("By Jane Doe in Recipes", None, "By Jane Doe in Recipes"),
    ],
)
def test_byline_without_section_tail(byline: str, language: str | None, expected: str) -> None:
    assert trim_byline(byline, language) == expected


def test_page_byline_without_section_tail() -> None:
    page = byline_page("en", "garden", "By Jane Doe in Recipes")
    article = newsextract.extract(page, url="https://www.example.org/recipes/2024/soup")
    assert article.authors == ("Jane Doe",)
    assert article.byline == "By Jane Doe"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Kazakh "жылғы" (of the year) after the year, before the month
        ("2024 жылғы 5 наурыз, 14:30", "kk", "2024-03-05T14:30:00"),
        # Irish "ag" (at) before the time
        ("5 Márta 2024 ag 14:30", "ga", "2024-03-05T14:30:00"),
        # Filipino day periods after the time
        ("Marso 5, 2024, 2:30 ng hapon", "tl", "2024-03-05T14:30:00"),
        ("Marso 5, 2024 | 9:15 ng gabi", "tl", "2024-03-05T21:15:00"),
    ],
)
def test_dates_with_times(text: str, language: str, expected: str) -> None:
    span = find_text_date(text)
    assert span is not None
    found = read_written_date(span, language)
    if found is None:  # dateparser reads the forms the plain reader leaves
        from newsextract.dates import parse_text_date

        found = parse_text_date(span, language)
    assert found is not None
    assert found.isoformat() == expected


def test_khmer_updated_label() -> None:
    inner = (
        "<p>ថ្ងៃទី០៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១៤:៣០ | ធ្វើបច្ចុប្បន្នភាព: ថ្ងៃទី០៥ ខែមីនា ឆ្នាំ២០២៤ ម៉ោង ១៦:៤៥</p>"
        + "<p>សាលាក្រុងបានបើកសាលារៀនថ្មីមួយនៅថ្ងៃនេះសម្រាប់កុមារពីររយនាក់។</p>" * 4
    )
    page = (
        '<html lang="km"><head><meta charset="utf-8"><title>សាលារៀនថ្មី</title></head><body>'
        f"<article><h1>សាលារៀនថ្មីបើកនៅក្នុងក្រុង</h1>{inner}</article></body></html>"
    )
    article = newsextract.extract(page, url="https://www.example.org/news/school")
    assert article.published is not None and article.published.isoformat() == "2024-03-05T14:30:00"
    assert article.modified is not None and article.modified.isoformat() == "2024-03-05T16:45:00"


@pytest.mark.parametrize(
    ("byline", "language", "expected"),
    [
        # "prepared by", the credit of a news item
        ("მოამზადა: ნინო ბერიძე", "ka", ["ნინო ბერიძე"]),
        ("Պատրաստեց՝ Անի Պետրոսյան", "hy", ["Անի Պետրոսյան"]),
        ("Qoraal: Faadumo Cali", "so", ["Faadumo Cali"]),
        # a placeholder whole ("our reporter"), before its job title is cut from it
        ("நமது நிருபர்", "ta", []),
        ("சிறப்பு நிருபர்", "ta", []),
        ("हाम्रो संवाददाता", "ne", []),
        ("लेखक: हमारे संवाददाता", "hi", []),
        ("අපේ වාර්තාකරු", "si", []),
        ("স্টাফ রিপোর্টার", "bn", []),
        ("Խմբագրություն", "hy", []),
        ("Redaksiya", "az", []),
        ("Tahririyat", "uz", []),
        ("Ritstjórn", "is", []),
    ],
)
def test_labels_and_placeholders(byline: str, language: str, expected: list[str]) -> None:
    assert split_byline(byline, language) == expected


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        ("et", "Märksõnad: haridus, lapsed, linnavalitsus", ("haridus", "lapsed", "linnavalitsus")),
        ("bg", "Етикети: образование, деца, община", ("образование", "деца", "община")),
        ("en", "Tags: education; children; council.", ("education", "children", "council")),
        # one word after the label, or a sentence, is no list
        ("en", "Tags: education", ()),
        ("en", "Tags: the council said on Tuesday that the school would open, and more", ()),
    ],
)
def test_tag_line_without_links(language: str, line: str, expected: tuple[str, ...]) -> None:
    inner = "<p>The council opened a new school for two hundred children in the town today.</p>" * 3
    page = (
        f'<html lang="{language}"><head><title>T</title></head><body><article>'
        f"<h1>A new school opens in the town</h1>{inner}<p>{line}</p></article></body></html>"
    )
    article = newsextract.extract(page, url="https://www.example.org/news/school")
    assert article.tags == expected


@pytest.mark.parametrize(
    ("language", "names", "expected"),
    [
        ("sl", "Maja Novak in Luka Kranjc", ("Maja Novak", "Luka Kranjc")),
        ("uz", "Dilnoza Karimova va Jasur Toshmatov", ("Dilnoza Karimova", "Jasur Toshmatov")),
        ("tl", "Maria Santos at Jose Reyes", ("Maria Santos", "Jose Reyes")),
    ],
)
def test_author_container_joined_in_language(
    language: str, names: str, expected: tuple[str, ...]
) -> None:
    """An author container's names joined by a word only the page's language reads so."""
    page = byline_page(language, "lorem", names)
    article = newsextract.extract(page, url="https://www.example.org/news/story")
    assert article.authors == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ka", "5 მარტი 2024, 14:30 (თბილისის დროით)", "2024-03-05T14:30:00+04:00"),
        ("hy", "5 մարտի 2024, 14:30 (Երևանի ժամանակով)", "2024-03-05T14:30:00+04:00"),
        ("az", "5 mart 2024, 14:30 (Bakı vaxtı)", "2024-03-05T14:30:00+04:00"),
        ("uz", "5 mart 2024, 14:30 (Toshkent vaqti bilan)", "2024-03-05T14:30:00+05:00"),
        ("mn", "2024 оны 3 сарын 5, 14:30 (Улаанбаатарын цагаар)", "2024-03-05T14:30:00+08:00"),
        ("lt", "2024 m. liepos 5 d. 14:30 (Lietuvos laiku)", "2024-07-05T14:30:00+03:00"),
        ("lv", "2024. gada 5. martā 14:30 (pēc Latvijas laika)", "2024-03-05T14:30:00+02:00"),
        ("et", "5. märts 2024, 14:30 (Eesti aja järgi)", "2024-03-05T14:30:00+02:00"),
        # Kazakhstan moved from +06:00 to +05:00 on 1 March 2024: the zone, not one offset
        ("kk", "5 наурыз 2024, 14:30 (Астана уақыты)", "2024-03-05T14:30:00+05:00"),
        ("kk", "5 ақпан 2024, 14:30 (Астана уақыты)", "2024-02-05T14:30:00+06:00"),
    ],
)
def test_local_time_words(language: str, text: str, expected: str) -> None:
    page = byline_page(language, "lorem", "", after="").replace(
        '<div class="author"></div>', f'<p class="date">{text}</p>'
    )
    article = newsextract.extract(page, url="https://www.example.org/news/story")
    assert article.published is not None
    assert article.published.isoformat() == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Source: 2019", None),
        ("Quelle: 2019-2020", None),
        ("Izvor: 12.", None),
        ("Source: Riverside Council", "Riverside Council"),
        ("Allikas: ERR 2", "ERR 2"),
    ],
)
def test_year_alone_is_no_source(line: str, expected: str | None) -> None:
    page = byline_page("en", "lorem", "By Jane Doe", after=f"<p>{line}</p>")
    article = newsextract.extract(page, url="https://www.example.org/news/story")
    assert article.source == expected
