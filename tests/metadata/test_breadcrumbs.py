"""The breadcrumb trail a page shows gives its categories when nothing else names them
(metadata/breadcrumbs.py)."""

from __future__ import annotations

import pytest

import newsextract

URL = "https://www.valleypost.com/news/politics/council-budget-vote"
HEADLINE = "Council approves the budget after a long night"
TEXT = "<p>" + "The council voted on the budget after a debate that lasted all night. " * 4


def _page(trail: str, head: str = "") -> str:
    return (
        f'<html lang="en"><head><title>{HEADLINE}</title>{head}</head><body>'
        f"<header>{trail}</header><article><h1>{HEADLINE}</h1>{TEXT}</p></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "trail",
    [
        # Bootstrap's trail: an <ol> of items, the article last and unlinked.
        '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/">Home</a></li>'
        '<li><a href="/news/">News</a></li><li><a href="/news/politics/">Politics</a></li>'
        f'<li class="active">{HEADLINE}</li></ol></nav>',
        # Links and separators in a <div>, the home page an icon, the article linked.
        '<div id="breadcrumbs"><a href="/"><img src="/home.svg" alt=""></a> › '
        '<a href="/news/">News</a> › <a href="/news/politics/">Politics</a> › '
        f'<a href="{URL}">{HEADLINE}</a></div>',
        # The article's link cut short by the theme.
        '<ul class="c-breadcrumbs"><li><a href="/">Start</a></li><li><a href="/news/">News</a>'
        '</li><li><a href="/news/politics/">Politics</a></li>'
        '<li><a href="#">Council approves the budget…</a></li></ul>',
    ],
)
def test_the_trail_between_the_home_page_and_the_article_gives_the_categories(
    trail: str,
) -> None:
    article = newsextract.extract(_page(trail), url=URL)
    assert article.categories == ("News", "Politics")
    assert article.provenance["categories"] == "html:breadcrumb"


def test_the_trail_is_read_inside_a_box_with_share_buttons_and_not_its_sub_menus() -> None:
    trail = (
        '<div class="intro intro__breadcrumbNavigation intro__socialSharing">'
        '<nav class="navigation-breadcrumb"><ul><li><a href="/">Start</a>'
        '<ul class="sub"><li><a href="/about/">About us</a></li>'
        '<li><a href="/jobs/">Jobs</a></li></ul></li>'
        '<li><a href="/news/">News</a></li></ul></nav>'
        '<ul class="share"><li><a href="https://twitter.com/share">tweet</a></li></ul></div>'
    )
    assert newsextract.extract(_page(trail), url=URL).categories == ("News",)


def test_a_source_naming_the_section_comes_first() -> None:
    trail = '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/n/">News</a></li>'
    head = '<meta property="article:section" content="Local politics">'
    article = newsextract.extract(_page(trail + "</ol>", head), url=URL)
    assert article.categories == ("Local politics",)


@pytest.mark.parametrize(
    "trail",
    [
        # The home page alone: no section.
        '<nav class="breadcrumb"><a href="/">Home</a> › <span>This article</span></nav>',
        # A menu of many links named "breadcrumb" is no path.
        '<nav class="breadcrumb">'
        + "".join(f'<a href="/s{i}/">Section {i}</a>' for i in range(12))
        + "</nav>",
        # No class or id names a trail.
        '<nav class="menu"><a href="/">Home</a> <a href="/news/">News</a></nav>',
    ],
)
def test_no_categories_without_a_trail_of_sections(trail: str) -> None:
    assert newsextract.extract(_page(trail), url=URL).categories == ()


def test_a_crumb_linking_a_date_archive_is_no_category() -> None:
    # WordPress's date archive under a section: before, "2024", "March" and "5" came out as
    # the page's sections (blind69d's lead).
    trail = (
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a> › '
        '<a href="/2024/">2024</a> › <a href="/2024/03/">March</a> › '
        '<a href="/2024/03/05/">5</a> › Council approves the budget</nav>'
    )
    assert newsextract.extract(_page(trail), url=URL).categories == ("News",)


def test_a_trail_of_the_calendar_alone_gives_no_category() -> None:
    trail = (
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/2024/">2024</a> › '
        '<a href="/2024/03/">March</a> › <a href="/2024/03/05/">5</a></nav>'
    )
    assert newsextract.extract(_page(trail), url=URL).categories == ()


def test_a_section_whose_name_is_a_number_stays() -> None:
    # Only the link's address tells an archive; a section "2024" at "/elections-2024/" is one.
    trail = (
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a> › '
        '<a href="/elections-2024/">2024</a></nav>'
    )
    assert newsextract.extract(_page(trail), url=URL).categories == ("News", "2024")


def test_a_json_ld_crumb_naming_a_date_archive_is_no_category() -> None:
    crumbs = [
        ("Home", "https://www.valleypost.com/"),
        ("News", "https://www.valleypost.com/news/"),
        ("2024", "https://www.valleypost.com/news/2024/"),
        ("March", "https://www.valleypost.com/news/2024/03/"),
        (HEADLINE, URL),
    ]
    items = ",".join(
        f'{{"@type":"ListItem","position":{n},"name":"{name}","item":"{address}"}}'
        for n, (name, address) in enumerate(crumbs, 1)
    )
    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        f'"@type":"BreadcrumbList","itemListElement":[{items}]}}</script>'
    )
    assert newsextract.extract(_page("", head), url=URL).categories == ("News",)
