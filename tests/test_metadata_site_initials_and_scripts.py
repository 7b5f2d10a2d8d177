"""A title's site name in another script than the host's letters, compared by its consonants
("חדשות העמק" on hadashot-haemek.co.il), and the site's initials as a title's part ("… | NTZ"
on neue-tal-zeitung.de); a headline's own tail or abbreviation ("… - EU") stays."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.site_names import site_names_from_url, split_site_name

_BODY = (
    "<p>The council approved the new cycling lanes after a long debate about parking in the "
    "old town. Residents had asked for safer routes to the schools for years.</p>"
)


def _title(title: str, url: str) -> str:
    page = (
        f"<html><head><title>{title}</title></head><body><article>{_BODY}</article></body></html>"
    )
    return newsextract.extract(page, url=url).title or ""


@pytest.mark.parametrize(
    ("headline", "site", "url"),
    [
        ("גשר חדש נפתח מעל הנהר", "חדשות העמק", "https://www.hadashot-haemek.co.il/n/1"),
        ("Новий міст відкрили над річкою", "Голос Долини", "https://golos-doliny.ua/n/1"),
        ("افتتاح جسر جديد فوق النهر", "صوت الوادي", "https://sawt-alwadi.com/n/1"),
        ("नदी पर नया पुल खोला गया", "घाटी समाचार", "https://ghatisamachar.in/n/1"),
        ("เปิดสะพานใหม่ข้ามแม่น้ำในเมือง", "ข่าวหุบเขา", "https://khaohubkhao.co.th/n/1"),
    ],
)
def test_a_site_name_in_another_script_is_cut(headline: str, site: str, url: str) -> None:
    assert _title(f"{headline} | {site}", url) == headline
    assert split_site_name(f"{headline} - {site}", site_names_from_url(url))[0] == headline


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Новий міст — що треба знати водіям", "https://golos-doliny.ua/n/2"),
        ("جسر جديد - ماذا يعني للسائقين", "https://sawt-alwadi.com/n/2"),
        # a tail sharing a word with the site's name: "chrnst" / "chrnmt", 0.83
        ("Мэр: «Мы откроем библиотеку» - Вечерние новости", "https://vecherniy-omut.ru/n/3"),
    ],
)
def test_a_headline_tail_in_another_script_stays(title: str, url: str) -> None:
    assert _title(title, url) == title


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Brückensanierung sperrt die Uferstraße | NTZ", "https://www.neue-tal-zeitung.de/l/1"),
        ("Council approves the new school budget - HVN", "https://hollowvalleynews.com/l/1"),
        ("Council approves the new school budget | HVN News", "https://hollowvalleynews.com/l/2"),
        ("Bridge repairs close the river road - RC", "https://www.riversidecourier.com/l/1"),
    ],
)
def test_the_site_initials_are_cut(title: str, url: str) -> None:
    assert _title(title, url) == title.replace(" | ", " - ").split(" - ")[0]


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Ministers agree on budget - UN", "https://west-bay-tribune.com/l/1"),
        ("Neue Regeln für Drohnen - EU", "https://www.neue-tal-zeitung.de/l/2"),
        ("New rules for drones | FAQ", "https://hollowvalleynews.com/l/3"),
    ],
)
def test_an_abbreviation_of_the_headline_stays(title: str, url: str) -> None:
    assert _title(title, url) == title
