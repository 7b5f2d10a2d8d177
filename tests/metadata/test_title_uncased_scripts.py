"""Titles in scripts the Latin tests of a section's name misread: a short Chinese or Japanese
headline is no one-word section name, and a section's name set between the headline and the
site's name in a script without case (Hangul, Devanagari, Arabic) has no capital to show.
Invented pages and names."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.title import choose_title


def _page(language: str, title: str, og: str | None, h1: str | None, site: str) -> str:
    og_tag = f'<meta property="og:title" content="{og}">' if og else ""
    heading = f"<h1>{h1}</h1>" if h1 else ""
    text = "".join(f"<p>{title} {title}.</p>" for _ in range(3))
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title>{og_tag}'
        f'<meta property="og:site_name" content="{site}"></head><body>'
        f"<article>{heading}{text}</article></body></html>"
    )


# (language, the headline, the section's name shown as the <h1>, the site, the title's bar)
SHORT_HEADLINES = [
    ("zh", "城市河上新桥正式通车", "本地新闻", "河畔日报", "_", "hepan.cn"),
    ("ja", "市内の川に新しい橋が開通", "地域ニュース", "みなと新聞", "｜", "minato-shimbun.jp"),
]


@pytest.mark.parametrize("case", SHORT_HEADLINES, ids=[case[0] for case in SHORT_HEADLINES])
def test_a_short_unspaced_headline_is_no_section_word_beside_a_section_h1(
    case: tuple[str, str, str, str, str, str],
) -> None:
    language, headline, section, site, bar, host = case
    html = _page(language, f"{headline}{bar}{site}", headline, section, site)
    assert newsextract.extract(html, url=f"https://{host}/a/1").title == headline


def test_one_latin_word_per_metadata_title_still_names_a_section() -> None:
    choice = choose_title("Council approves the new budget", ["Stories", "Stories"], [])
    assert choice.title == "Council approves the new budget"


# (language, the headline, the section's name after it, the site, its host)
UNCASED_SECTIONS = [
    ("ko", "도시 강 위에 새 다리 개통", "사회", "강변일보", "gangbyeon.co.kr"),
    ("hi", "शहर में नदी पर नया पुल खुला", "देश", "नगर समाचार", "nagarsamachar.in"),
    ("ar", "افتتاح جسر جديد فوق النهر في المدينة", "محليات", "أخبار المدينة", "almadina.com"),
    ("he", "גשר חדש נפתח מעל הנהר בעיר", "חדשות", "חדשות העמק", "haemek.co.il"),
]


@pytest.mark.parametrize("case", UNCASED_SECTIONS, ids=[case[0] for case in UNCASED_SECTIONS])
def test_an_uncased_section_name_between_headline_and_site_goes(
    case: tuple[str, str, str, str, str],
) -> None:
    language, headline, section, site, host = case
    html = _page(language, f"{headline} - {section} - {site}", None, None, site)
    assert newsextract.extract(html, url=f"https://{host}/a/1").title == headline


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        # a Latin headline's own lower-case tail, and an abbreviation, stay
        ("Bridge repairs start next week - delays - Riverside Courier", "delays"),
        ("Fishing quotas cut again - EU - Riverside Courier", "EU"),
        # a Chinese part after a dash is a phrase of characters, not one word
        ("城市河上新桥正式通车 - 市民参观 - Riverside Courier", "市民参观"),
    ],
)
def test_tails_that_are_no_section_name_stay(title: str, kept: str) -> None:
    html = _page("en", title, None, None, "Riverside Courier")
    got = newsextract.extract(html, url="https://riversidecourier.com/a/1").title
    assert got is not None and got.endswith(kept)
