"""A later page of a forum thread: its JSON-LD ``DiscussionForumPosting`` dates the thread's
first post, on page one, while the posts on this page were written after it. The page's
first post's date is its ``published``; on page one, and on a paged article, the JSON-LD date
stays. Pages invented, modelled on XenForo, vBulletin and phpBB themes in several languages."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

import newsextract

_POST_TEXT = {
    "en": "Swapped the valve yesterday and the rattle is gone, thanks for all the tips here.",
    "de": "Bei mir hat das Update erst nach zwei Tagen geklappt, vorher kam dieselbe Meldung.",
    "pl": "U mnie pomogła dopiero wymiana uszczelki, teraz kran już nie cieknie wcale.",
    "ru": "У меня помогла только замена прокладки, теперь кран больше не течёт совсем.",
    "tr": "Bende sadece contayı değiştirmek işe yaradı, musluk artık hiç damlatmıyor.",
    "ja": "パッキンを交換したら水漏れが止まりました。皆さんの助言のおかげです。",
}


def _thread_page(
    lang: str, dates: list[str], start: str, *, prev: bool = True, time_elements: bool = False
) -> str:
    """A thread's page: its posts with their dates, JSON-LD giving the thread's start."""
    posts = []
    for number, written in enumerate(dates):
        stamp = (
            f'<time class="u-dt" datetime="{written}">{written[:10]}</time>'
            if time_elements
            else f'<span class="date">{written}</span>'
        )
        posts.append(
            f'<li class="postcontainer" id="post_{number}"><div class="posthead">{stamp}</div>'
            f'<div class="userinfo"><a class="username" href="/u/{number}">member{number}</a>'
            f'</div><blockquote class="postcontent">{_POST_TEXT[lang]}</blockquote></li>'
        )
    node = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "headline": "Leaking tap",
        "datePublished": start,
        "author": {"@type": "Person", "name": "starter"},
    }
    link = '<link rel="prev" href="https://forum.example.net/t/leaking-tap.55/page-6">'
    return (
        f'<html lang="{lang}"><head><title>Leaking tap</title>{link if prev else ""}'
        f'<script type="application/ld+json">{json.dumps(node)}</script></head><body>'
        f'<h1>Leaking tap</h1><ol id="posts">{"".join(posts)}</ol></body></html>'
    )


@pytest.mark.parametrize(
    ("lang", "dates", "start", "want"),
    [
        ("de", ["14.03.2012, 10:17", "14.03.2012, 11:40"], "2012-01-05T08:00:00+01:00", (3, 14)),
        ("en", ["Mar 14, 2012 at 10:17 AM", "Mar 15, 2012"], "2012-01-05T08:00:00Z", (3, 14)),
        ("pl", ["14 mar 2012, 10:17", "15 mar 2012, 08:02"], "2012-01-05T08:00:00+01:00", (3, 14)),
        ("ru", ["14 марта 2012, 10:17", "15 марта 2012"], "2012-01-05T08:00:00+04:00", (3, 14)),
        ("tr", ["14 Mart 2012 10:17", "15 Mart 2012"], "2012-01-05T08:00:00+02:00", (3, 14)),
        ("ja", ["2012年3月14日 10:17", "2012年3月15日"], "2012-01-05T08:00:00+09:00", (3, 14)),
    ],
)
def test_a_later_page_is_dated_by_its_first_post(
    lang: str, dates: list[str], start: str, want: tuple[int, int]
) -> None:
    url = "https://forum.example.net/t/leaking-tap.55/page-7"
    published = newsextract.extract(_thread_page(lang, dates, start), url=url).published
    assert published is not None
    assert (published.year, published.month, published.day) == (2012, *want)


def test_the_first_posts_time_element_gives_its_time() -> None:
    page = _thread_page(
        "en",
        ["2023-05-10T18:02:00+0200", "2023-05-11T09:15:00+0200"],
        "2023-01-02T10:00:00+01:00",
        time_elements=True,
    )
    article = newsextract.extract(page, url="https://forum.example.net/t/leaking-tap.55/page-7")
    assert article.published is not None
    assert article.published.isoformat() == "2023-05-10T18:02:00+02:00"


def test_a_page_number_in_the_address_marks_a_later_page_too() -> None:
    page = _thread_page("de", ["14.03.2012, 10:17"], "2012-01-05T08:00:00+01:00", prev=False)
    article = newsextract.extract(page, url="https://forum.example.net/showthread.php?t=55&page=7")
    assert article.published == datetime(2012, 3, 14, 10, 17)


def test_page_one_keeps_the_threads_date() -> None:
    page = _thread_page(
        "de", ["05.01.2012, 08:00", "06.01.2012, 09:12"], "2012-01-05T08:00:00+01:00", prev=False
    )
    article = newsextract.extract(page, url="https://forum.example.net/t/leaking-tap.55/")
    assert article.published is not None
    assert article.published.isoformat() == "2012-01-05T08:00:00+01:00"


def test_a_date_before_the_threads_start_is_no_post_of_it() -> None:
    # The first date written is a member's, older than the thread: the JSON-LD date stays.
    page = _thread_page("de", ["02.11.2009, 19:40"], "2012-01-05T08:00:00+01:00")
    article = newsextract.extract(page, url="https://forum.example.net/t/leaking-tap.55/page-7")
    assert article.published is not None
    assert article.published.date() == datetime(2012, 1, 5).date()


def test_a_paged_article_keeps_its_date() -> None:
    # Page two of a news story links to page one as well: its JSON-LD node is an article's,
    # whose date is the story's on every page.
    node = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Town hall repairs",
        "datePublished": "2024-02-01T08:00:00+01:00",
    }
    page = (
        '<html lang="en"><head><title>Town hall repairs - Page 2</title>'
        '<link rel="prev" href="https://paper.example.com/town-hall">'
        f'<script type="application/ld+json">{json.dumps(node)}</script></head><body><article>'
        "<h1>Town hall repairs</h1><p>The roof work lasts until summer, the mayor said.</p>"
        '<p class="date">March 3, 2024, 10:00</p><p>The second stage starts in spring.</p>'
        "</article></body></html>"
    )
    article = newsextract.extract(page, url="https://paper.example.com/town-hall?page=2")
    assert article.published is not None
    assert article.published.isoformat() == "2024-02-01T08:00:00+01:00"


def test_the_threads_header_restating_its_start_is_passed_over() -> None:
    # A XenForo-like header gives the thread's start date ("Start date") above the posts.
    node = {
        "@context": "https://schema.org",
        "@type": "DiscussionForumPosting",
        "headline": "Valve rattles",
        "datePublished": "2023-01-02T10:00:00+01:00",
    }
    posts = "".join(
        '<article class="message message--post"><header class="message-attribution">'
        f'<time class="u-dt" datetime="{stamp}">{stamp[:10]}</time></header>'
        '<div class="bbWrapper">Swapped the valve and the rattle is gone, thanks all.</div>'
        "</article>"
        for stamp in ("2023-05-10T18:02:00+0200", "2023-05-11T09:15:00+0200")
    )
    page = (
        '<html lang="en"><head><title>Valve rattles | Page 3 | Bike Forum</title>'
        '<link rel="prev" href="https://forum.example.org/threads/valve-rattles.1/page-2">'
        f'<script type="application/ld+json">{json.dumps(node)}</script></head><body>'
        '<h1 class="p-title-value">Valve rattles</h1><div class="p-description">'
        '<span>Start date</span> <time class="u-dt" datetime="2023-01-02T10:00:00+0100">'
        f'2023-01-02</time></div><div class="block-body">{posts}</div></body></html>'
    )
    url = "https://forum.example.org/threads/valve-rattles.1/page-3"
    published = newsextract.extract(page, url=url).published
    assert published is not None
    assert published.isoformat() == "2023-05-10T18:02:00+02:00"
