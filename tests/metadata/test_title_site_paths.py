"""A ``<title>`` read as a path of parts (site, section, headline in any order): the page's
own sections (breadcrumbs, ``article:section``) and the site's name tell which part is the
headline, and the guards that keep a headline a section's name could be mistaken for.
The language probes (``language_probes``, ``portal_story``) hold the same classes in
two dozen languages; these are the edges."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.site_names import strip_named_section, without_section_around_site
from newsextract.metadata.title import choose_title

_TEXT = "<p>" + "The council met on Tuesday evening and agreed the plan after a long debate. " * 3
_SITE = '<meta property="og:site_name" content="Valley Courier">'
_URL = "https://valleycourier.example.com/2024/03/story"


def _page(title: str, body: str = "", head: str = _SITE) -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}{_TEXT}</p></body></html>"


def _crumbs(*steps: str) -> str:
    links = " › ".join(f'<a href="/s{n}/">{step}</a>' for n, step in enumerate(steps))
    return f'<div class="breadcrumb"><a href="/">Home</a> › {links}</div>'


@pytest.mark.parametrize(
    ("title", "crumbs", "want"),
    [
        # the section the breadcrumbs name, after the headline or before it
        ("Mayor opens the bridge | Town Hall | Valley Courier", ("Town Hall",), None),
        ("Valley Courier | Town Hall | Mayor opens the bridge", ("Town Hall",), None),
        # the site's name between the section and the headline
        ("Town Hall | Valley Courier | Mayor opens the bridge", ("Town Hall",), None),
        ("Mayor opens the bridge | Valley Courier | Town Hall", ("Town Hall",), None),
        # a breadcrumb trail ending with the article: its last step is no section
        (
            "News | Mayor opens the bridge | Valley Courier",
            ("News", "Mayor opens the bridge"),
            None,
        ),
        # the site's name opening a path no breadcrumb names
        ("Valley Courier - Town Hall - Mayor opens the bridge", (), None),
    ],
)
def test_section_parts_go(title: str, crumbs: tuple[str, ...], want: str | None) -> None:
    page = _page(title, _crumbs(*crumbs) if crumbs else "")
    assert newsextract.extract(page, url=_URL).title == (want or "Mayor opens the bridge")


def test_motto_after_the_site_name_still_goes() -> None:
    title = "Mayor opens the bridge | Valley Courier | Your daily local news"
    assert newsextract.extract(_page(title), url=_URL).title == "Mayor opens the bridge"


def test_a_long_part_after_the_site_is_no_path_step() -> None:
    # "Site | Headline | Reactions": the part after the site's name is longer than the last
    title = "Valley Courier | Mayor resigns after the budget row | Reactions"
    assert newsextract.extract(_page(title), url=_URL).title == (
        "Mayor resigns after the budget row"
    )


def test_a_section_as_long_as_the_rest_stays() -> None:
    # a navigation link or a crumb that is the headline's own words is no section's name
    assert strip_named_section("Bridge | Mayor opens", ["Mayor opens"]) == "Bridge | Mayor opens"
    assert strip_named_section("Sport | Rowers win the cup", ["Sport"]) == "Rowers win the cup"


def test_site_between_two_sections_is_left_alone() -> None:
    title = "News | Valley Courier | Sport"
    assert without_section_around_site(title, ["Valley Courier"], ["News", "Sport"], ()) == title


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("江城新闻网：老城区将新建三座街心公园", "老城区将新建三座街心公园"),
        ("【江城新闻网】老城区将新建三座街心公园", "老城区将新建三座街心公园"),
        ("老城区将新建三座街心公园【江城新闻网】", "老城区将新建三座街心公园"),
        ("老城区将新建三座街心公园（江城新闻网）", "老城区将新建三座街心公园"),
        ("Mayor opens the bridge (江城新闻网)", "Mayor opens the bridge"),
        # (not a marker either: "(Video)" is one, cut, see test_blind_title_probes_70)
        ("Mayor opens the bridge (Again)", "Mayor opens the bridge (Again)"),
        # a bracketed or colon label that is not the site's name is a kicker's, and stays
        ("【独家】老城区将新建三座街心公园", "【独家】老城区将新建三座街心公园"),
        ("独家：老城区将新建三座街心公园", "独家：老城区将新建三座街心公园"),
    ],
)
def test_site_name_as_label_or_in_brackets(title: str, want: str) -> None:
    assert choose_title(None, [title], ["江城新闻网"]).title == want


_TEASERS = "".join(
    f'<article><h2><a href="/s{n}">Teaser {n} about the river works</a></h2></article>'
    for n in range(4)
)
_LOGO = '<header><a href="/"><img src="/logo.png" alt="Valley Courier"></a></header>'


def test_lone_article_heading_under_a_site_title() -> None:
    body = f"{_LOGO}<main><article><h2>Mayor opens the bridge</h2>"
    page = _page("Valley Courier", body, head="")
    article = newsextract.extract(page, url=_URL)
    assert (article.title, article.publisher) == ("Mayor opens the bridge", "Valley Courier")


def test_several_articles_keep_the_site_title() -> None:
    page = _page("Valley Courier", f"{_LOGO}<main>{_TEASERS}</main>", head="")
    assert newsextract.extract(page, url="https://valleycourier.example.com/").title == (
        "Valley Courier"
    )


_LONG = "Mayor opens the bridge over the river at last"


@pytest.mark.parametrize(
    ("title", "wins"),
    [
        # the path's last part opens the headline, cut before a word: an SEO title shortened
        ("Valley Courier » News » Mayor opens the bridge over the river", True),
        # cut inside a word, or too short to be no section's name: no agreement
        ("Valley Courier » News » Mayor opens the bridge over the riv", False),
        ("Valley Courier » News » Mayor opens", False),
    ],
)
def test_a_site_first_path_ending_with_the_headline_cut(title: str, wins: bool) -> None:
    got = choose_title(_LONG, [title], ["Valley Courier"]).title
    assert (got == _LONG) is wins, got
