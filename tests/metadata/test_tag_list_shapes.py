"""Tag lists in shapes of unseen templates: story counts closing the link texts
(tags.without_counts), the headline copied as the keyword (tags.site_keys), and a "Related
topics" box of the article's own (markup_tags._own_tag_box)."""

from __future__ import annotations

import newsextract
from newsextract.metadata.tags import without_counts

URL = "https://www.brookfieldstar.example.com/2025/03/04/footbridge-approved/"
TEXT = """<p>The county board voted on Tuesday to fund a new footbridge over the river.</p>
<p>Residents had asked for a safe crossing since the old ferry stopped running.</p>"""


def _page(*, head: str = "", after: str = "", aside: str = "") -> str:
    return f"""<html lang="en"><head><title>Board approves footbridge | Brookfield Star</title>
    <meta property="og:title" content="Board approves river footbridge">{head}</head><body>
    <main><article><h1>Board approves river footbridge</h1>{TEXT}{after}</article>{aside}</main>
    </body></html>"""


def test_story_counts_leave_the_tag_names() -> None:
    after = (
        '<div class="tags">Tags: <a href="/tag/bridges">Bridges (12)</a> '
        '<a href="/tag/council">Council (1,204)</a></div>'
    )
    assert newsextract.extract(_page(after=after), url=URL).tags == ("Bridges", "Council")


def test_rel_tag_links_lose_their_counts_too() -> None:
    after = (
        '<p><a rel="tag" href="/tag/bridges">Bridges [3]</a>, '
        '<a rel="tag" href="/tag/walking">Walking [8]</a></p>'
    )
    assert newsextract.extract(_page(after=after), url=URL).tags == ("Bridges", "Walking")


def test_a_number_in_brackets_on_one_tag_only_is_its_name() -> None:
    assert without_counts(("Olympics (2024)", "Paris")) == ("Olympics (2024)", "Paris")
    assert without_counts(("Bridges (12)", "Council (4)")) == ("Bridges", "Council")
    assert without_counts(("(3)",)) == ()


def test_the_headline_as_the_keyword_is_no_topic() -> None:
    head = '<meta name="keywords" content="Board approves river footbridge">'
    assert newsextract.extract(_page(head=head), url=URL).tags == ()


def test_the_headline_among_keywords_leaves_the_others() -> None:
    head = '<meta name="keywords" content="Board approves river footbridge, Bridges, Council">'
    assert newsextract.extract(_page(head=head), url=URL).tags == ("Bridges", "Council")


def test_a_short_headline_may_be_a_topic() -> None:
    page = _page(head='<meta name="keywords" content="Footbridges, Council">').replace(
        'content="Board approves river footbridge"', 'content="Footbridges"'
    )
    assert newsextract.extract(page, url=URL).tags == ("Footbridges", "Council")


def test_a_related_topics_box_inside_the_article_lists_its_tags() -> None:
    after = (
        '<section class="related-topics"><h2>Related topics</h2><ul>'
        '<li><a href="/topic/infrastructure">Infrastructure</a></li>'
        '<li><a href="/topic/river-dene">River Dene</a></li></ul></section>'
    )
    tags = newsextract.extract(_page(after=after), url=URL).tags
    assert tags == ("Infrastructure", "River Dene")


def test_a_related_box_outside_the_article_gives_none() -> None:
    aside = (
        '<section class="related-topics"><h2>Related topics</h2>'
        '<a href="/topic/elections">Elections</a> <a href="/topic/weather">Weather</a></section>'
    )
    assert newsextract.extract(_page(aside=aside), url=URL).tags == ()


def test_a_sidebar_tag_cloud_in_the_article_gives_none() -> None:
    after = (
        '<div class="sidebar"><div class="related-tags"><h3>Tags</h3>'
        '<a href="/tag/elections">Elections</a> <a href="/tag/weather">Weather</a></div></div>'
    )
    assert newsextract.extract(_page(after=after), url=URL).tags == ()


def test_a_labelled_line_of_hashtags_between_spaces_is_the_tag_list() -> None:
    after = '<p class="tags">Etiquetas: #puentes #movilidad</p>'
    assert newsextract.extract(_page(after=after), url=URL).tags == ("#puentes", "#movilidad")


def test_a_labelled_line_of_words_between_spaces_is_no_list() -> None:
    after = "<p>Tags: bridges council walking</p>"
    assert newsextract.extract(_page(after=after), url=URL).tags == ()


def test_a_hashtag_line_with_a_word_between_is_no_list() -> None:
    after = "<p>Tags: #bridges and #council</p>"
    assert newsextract.extract(_page(after=after), url=URL).tags == ()
