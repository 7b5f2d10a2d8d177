"""A site's name in another script that its host spells in another romanisation than the
transliteration's ("பசுமைச் சோலை": "pcumaic colai", pasumaisolai.in: "c" or "s", "t" or
"d", an "h" after a consonant or not), or after the kind of site the host leaves out
("خبرگزاری صدای ساحل", news agency "Sedaye Sahel", sedayesahel.ir), is the publisher. A
headline sharing no name with the host is none."""

from __future__ import annotations

import pytest
from tests.metadata.pages import filler

import newsextract


def _page(lang: str, headline: str, site: str) -> str:
    rtl = ' dir="rtl"' if lang in {"fa", "ar"} else ""
    return (
        f'<html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{headline} | {site}'
        f"</title></head><body><article><h1>{headline}</h1>{filler(headline.split()[0])}"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "headline", "site", "url"),
    [
        ("ta", "நூலகத்தில் புதிய வசதி", "பசுமைச் சோலை", "https://pasumaisolai.in/2024/03/a"),
        ("fa", "کتابخانه شهر بازگشایی شد", "خبرگزاری صدای ساحل", "https://sedayesahel.ir/2024/a"),
    ],
)
def test_the_site_part_the_host_spells_is_the_publisher(
    lang: str, headline: str, site: str, url: str
) -> None:
    article = newsextract.extract(_page(lang, headline, site), url)
    assert article.publisher == site
    assert article.title == headline


def test_a_headline_sharing_no_name_with_the_host_is_no_publisher() -> None:
    html = _page("ta", "நூலகத்தில் புதிய வசதி", "பசுமைச் சோலை")
    article = newsextract.extract(html, "https://maalaimurasu.in/2024/03/a")
    assert article.publisher != "நூலகத்தில் புதிய வசதி"
