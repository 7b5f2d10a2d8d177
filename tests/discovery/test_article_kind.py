"""Article or not: pages a loopback site serves, fetched and extracted as a crawl does, then
classified; a non-article is skipped with a reason a crawl log can show."""

from __future__ import annotations

import pytest
from tests.discovery.conftest import FAST, MakeSite, StaticSite

from newsextract import extract
from newsextract.article_kind import (
    LONG_BODY_WORDS,
    MIN_ARTICLE_WORDS,
    PageKind,
    page_kind,
)
from newsextract.fetching.api import fetch

STORY = (
    "The harbour bridge reopened on Monday after eight months of repairs, the council said, "
    "and the first buses crossed it before dawn while fishermen watched from the quay. "
)
PLACES = ("north quay", "old market", "ferry slip", "fish hall", "town square", "lighthouse")
WHO = ("the mayor", "a ferryman", "two teachers", "the harbour master", "a baker", "the vicar")


def story(paragraphs: int) -> str:
    """Distinct paragraphs (the extractor drops repeated ones), about 35 words each."""
    return "".join(
        f"<p>On day {n}, {WHO[n % 6]} walked from the {PLACES[n % 6]} to the "
        f"{PLACES[(n + 2) % 6]} and said the reopened bridge had changed the morning for "
        f"{WHO[(n + 3) % 6]}, who now reaches the {PLACES[(n + 4) % 6]} in {n + 4} minutes "
        f"instead of {n + 40}.</p>"
        for n in range(paragraphs)
    )


def page(head: str, body: str) -> bytes:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>".encode()


ARTICLE = page(
    '<title>Bridge reopens</title><meta property="og:type" content="article">'
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "headline": "Bridge reopens", '
    '"datePublished": "2024-05-02T08:00:00+00:00", '
    '"author": {"@type": "Person", "name": "Ana Lima"}}</script>',
    "<article><h1>Bridge reopens</h1><p>By Ana Lima</p>" + story(6) + "</article>",
)
UNDECLARED_ARTICLE = page(
    "<title>Council vote</title>"
    '<meta property="article:published_time" content="2024-05-01T09:00:00+00:00">'
    '<meta name="author" content="Ben Ode">',
    "<article><h1>Council vote</h1>" + story(4) + "</article>",
)
ABOUT = page(
    '<title>About us</title><meta property="og:type" content="website">',
    "<main><h1>About us</h1><p>The Quay Gazette has covered the harbour town since 1921. "
    "We are an independent paper owned by our readers.</p>"
    "<p>Write to us at the address below.</p></main>",
)
SECTION_FRONT = page(
    '<title>Local news</title><script type="application/ld+json">'
    '{"@context": "https://schema.org", "@type": "CollectionPage", "name": "Local"}</script>',
    "<main><h1>Local news</h1>"
    + "".join(
        f'<div class="teaser"><h2><a href="/2024/05/0{n}/story-{n}">Story {n} of the day in '
        f"the harbour town</a></h2><p>{STORY}</p></div>"
        for n in range(1, 9)
    )
    + "</main>",
)
PLAIN_SECTION_FRONT = page(
    '<title>Harbour</title><meta property="og:type" content="website">',
    "<main><h1>Harbour</h1>"
    + "".join(
        f'<div class="teaser"><h2><a href="/2024/05/0{n}/s-{n}">Story {n}</a></h2>{story(n + 1)}'
        "</div>"
        for n in range(1, 7)
    )
    + "</main>",
)
TAG_PAGE = page(
    "<title>Tag: bridges</title>",
    "<main><h1>bridges</h1><ul>"
    + "".join(f'<li><a href="/2024/05/0{n}/story-{n}">Story {n}</a></li>' for n in range(1, 9))
    + "</ul></main>",
)


@pytest.fixture
def gazette(make_site: MakeSite) -> StaticSite:
    routes = {
        "/2024/05/02/bridge-reopens": ARTICLE,
        "/2024/05/01/council-vote": UNDECLARED_ARTICLE,
        "/about": ABOUT,
        "/local": SECTION_FRONT,
        "/harbour": PLAIN_SECTION_FRONT,
        "/tag/bridges": TAG_PAGE,
    }
    return make_site(
        "127.0.0.43", {p: (200, "text/html; charset=utf-8", b) for p, b in routes.items()}
    )


def kind_of(site: StaticSite, path: str) -> PageKind:
    fetched = fetch(site.url + path, FAST)
    article = extract(fetched.text, url=fetched.final_url)
    return page_kind(fetched.text, article, fetched.final_url)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/2024/05/02/bridge-reopens", "JSON-LD @type NewsArticle"),
        ("/2024/05/01/council-vote", "published date, author"),
    ],
    ids=["declared", "by-its-signals"],
)
def test_an_article_is_kept(gazette: StaticSite, path: str, reason: str) -> None:
    kind = kind_of(gazette, path)
    assert kind.is_article, kind
    assert kind.reason.startswith(reason)


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/about", f"(an article has at least {MIN_ARTICLE_WORDS})"),
        ("/local", "JSON-LD @type CollectionPage"),
        ("/harbour", "og:type website, no date or author"),
        ("/tag/bridges", "(an article has at least"),
    ],
    ids=["about-page", "section-front", "undeclared-section-front", "tag-page"],
)
def test_a_non_article_is_skipped_with_its_reason(
    gazette: StaticSite, path: str, reason: str
) -> None:
    kind = kind_of(gazette, path)
    assert kind.verdict == "not-article"
    assert reason in kind.reason, kind


def test_a_long_undated_page_without_a_declared_type_is_an_article() -> None:
    html = page("<title>Essay</title>", "<article><h1>Essay</h1>" + story(12) + "</article>")
    article = extract(html.decode(), url="http://127.0.0.43/essay")
    assert len(article.body.split()) >= LONG_BODY_WORDS
    assert page_kind(html.decode(), article).reason.startswith("body of")


JA_STORY = (
    "港の橋は八か月の修理を終えて月曜日に再開した。"
    "市によると、最初のバスは夜明け前に橋を渡り、漁師たちは岸壁からそれを見守った。"
    "通勤にかかる時間は四十分から五分に短くなり、市場の店主たちは客が増えると話している。"
)


@pytest.mark.parametrize("paragraphs", [2, 4])
def test_a_page_in_a_script_without_spaces_is_measured_in_words_too(paragraphs: int) -> None:
    """Japanese has no spaces between words: its body is not "2 words" long."""
    html = page(
        '<title>橋が再開</title><meta property="article:published_time" '
        'content="2024-05-02T08:00:00+09:00"><meta name="author" content="山田花子">',
        "<article><h1>橋が再開</h1>"
        + "".join(f"<p>{n}日目。{JA_STORY}</p>" for n in range(paragraphs))
        + "</article>",
    ).decode()
    article = extract(html, url="http://127.0.0.43/ja/bridge")
    kind = page_kind(html, article)
    assert kind.is_article, kind
    assert kind.reason.startswith("published date, author, "), kind


def test_a_short_page_in_a_script_without_spaces_is_no_article() -> None:
    html = page(
        "<title>会社概要</title>",
        "<main><h1>会社概要</h1><p>港新聞は一九二一年から港町を伝えてきた新聞です。</p></main>",
    ).decode()
    kind = page_kind(html, extract(html, url="http://127.0.0.43/ja/about"))
    assert kind.verdict == "not-article" and "body of" in kind.reason, kind
