"""The blind71c round (``nonnews_probes.blind71c``, wave 71, issue 11): pages in the markup
of the CMSs, site builders, documentation tools and blog platforms the earlier kits lack or
barely touch (Drupal, Joomla, TYPO3, 1C-Bitrix, Wix, Squarespace, Webflow, Tilda, Elementor,
Gutenberg blocks, Confluence, GitBook, Notion, Sphinx, MkDocs Material, Hugo and Jekyll
themes, Hashnode, dev.to, LiveJournal, Naver blog, Tistory, note.com, Zhihu-, CSDN- and
Habr-like articles, AMP pages)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind71c import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix, 47 pages, 20 languages, 41 non-news, 150 must-lines, 482
# must-nots, run on main's tree at 22d3851b): newsextract 37/47 (148/150 must-lines, 9
# must-nots kept), trafilatura 19/47 (149/150, 53 must-nots kept: it kept the cookie banner
# and footer of Tilda and Elementor pages, view and like counts, tags and hubs lines, "more
# in this category" tables, related links, copyright notices and buttons).
# A file list's "412 KB" was a must-not, written blind; the project keeps a list of files to
# download as the text's (fixture ``body_attachment_list``), so it is neutral now: with it
# the blind figures read newsextract 38/47 (8 must-nots kept), trafilatura 20/47 (52).
# Fixed by method (42/47 after, 149/150 must-lines, 4 must-nots kept):
# - a lead-classed box inside one skipped as another story's card is that card's summary
#   (``standfirst``: WordPress's query loop, "wp-block-post-excerpt > p...__excerpt");
# - a reading-time line whose long number is a date's year is the post's meta line ("3 dic
#   2026 2 min de lectura", ``meta_lines._long_number_is_a_date``);
# - a view count run on with the post's other tallies ("48 visualizaciones 0 comentarios
#   12", ``meta_lines._OTHER_TALLIES``) is the stats row;
# - a box titled by the page's <h1> over one sentence and a button is a landing page's hero,
#   not a call to action (``boxes._add_call_boxes``);
# - a name and a date before a follow label of the language files' ``follow`` lists, run
#   on in one line ("바다산책 2026. 12. 5. 18:20이웃추가"), is the post's meta line
#   (``meta_lines.is_followed_meta_line``).
_KNOWN_FAILURES: dict[str, str] = {
    "b71c_zh_zhihu_like_column_article": (
        "an upvote tally in the header ('32 人赞同了该文章', '32 people upvoted this"
        " article'): no list of like or upvote words; the view-count words name views"
    ),
    "b71c_ru_tilda_records_one_text_each": (
        "the footer is a Tilda record like the text's, no <footer> and no class naming it;"
        " its line ('Библиотека и код, 2026.', the site's name and a year) reads as the"
        " text's last"
    ),
    "b71c_ru_tilda_feeds_post_redactor": (
        "as in the records page: the footer record's line ('Библиотека и код, 2026.') set"
        " after the post's popup in the page's records reads as the text's last"
    ),
    "b71c_pl_elementor_service_page_icon_boxes": (
        "an Elementor counter widget ('214' over 'zadowolonych klientów') among icon boxes:"
        " a figure and a label in widgets of their own, no class word names a counter as"
        " furniture"
    ),
    "b71c_sv_typo3_textmedia_elements_with_accordion": (
        "TYPO3's content elements are sibling frames; the accordion's frame"
        " ('frame-type-accordion') between two 'frame-type-textmedia' frames is left out of"
        " the region joined from the text frames, its collapsed answer with it"
    ),
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
