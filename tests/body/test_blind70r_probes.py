"""The blind70r round (``nonnews_probes.blind70r``, wave 70, issue 11): pages whose text is
real but not in one tidy container (sibling sections and cards between ads, a text going on
after a "read also" box, tabs, "read more" toggles, recipes in three wrappers, threads and
Q&A pages, chapter ``<article>``s, grids, encyclopedia and documentation pages)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind70r import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix, 50 pages, 20 languages, 188 must-lines, 480 must-nots, run
# on main's tree at 0d84a86f): newsextract 42/50 (181/188, 6 must-nots kept), trafilatura
# 33/50 (176/188, 25 must-nots kept: it lost a hidden spec tab's list and table and a
# recipe card's ingredients and steps, and kept posters' cards, a signature, chapter and
# docs navigation, "read also" lines, a rating and a save button).
# Fixed by method: a tab strip's hidden panel beside the shown one of its component holding
# a data table (three rows of two filled cells) is content as a hidden page of sentences is
# (``hidden_rests._holds_data_table``; a spec sheet's rows hold no sentence); a "read more"
# toggle's label in Hebrew (he.toml ``read_more``) and a Q&A page's "write your answer"
# prompt in Hindi (hi.toml ``comments``): 45/50; a recipe card (a class naming a recipe,
# three list items or more) after the post's <article>, past boxes named as furniture, is
# the post's (``region._add_recipe_card_after_story``): 46/50. No dev output moved.
# Second batch (12 pages in other engines' shapes, written after that run, blind on the
# tree with those fixes): newsextract 8/12, trafilatura 9/12 (first batch's 50 on the same
# tree: trafilatura 33/50). Fixed by method: a link to nowhere ("#", a script's) before a
# hidden rest opens it as a "continue reading" <button> does (``precedes_a_reveal`` reads
# such a link after the rest alike); a hidden tab holding a definition list of three
# defined terms is data as one holding a table is (``hidden_rests._holds_data``): 10/12,
# 56/62 in all (234/235 must-lines); trafilatura 42/62 (221/235, 28 must-nots kept).
# A gallery named in the page's language ("galeria", "galleria", "galerie") is furniture as
# "gallery" is (its "1 de 12 fotos" counter stays out): 57/62.
_KNOWN_FAILURES: dict[str, str] = {
    "b70r_pl_qa_answers_after_related_questions": (
        "the question's box holds the page's <h1> and is set before a 'similar questions'"
        " box, so it is not joined as the post the answers answer (post_templates.question_before"
        " takes the box right before the answers, with no <h1>); and an answer's 'answered"
        " by NAME' line has no byline word listed in Polish"
    ),
    "b70r_pl_travel_sections_without_article": (
        "a promo box's sentence ('Szukasz noclegu? Sprawdź nasze polecane pensjonaty.')"
        " between the days' sections, classed 'wp-block-group promo': kept where it shares"
        " the days' block class ('wp-block-group day'); named 'promo' alone, it goes"
    ),
    "b70r_fr_xenforo_like_thread": (
        "a poster's cell ('message-cell--user': its name and title, 'Membre actif', in <h4>"
        " and <h5>) is kept for two posts of three: the headings in it read as the post's"
    ),
    "b70r_ar_qa_answers_in_list_items": (
        "an answer's vote count ('12 صوتا') in a <span class='answer-votes'> inside the"
        " answer's <li>: an inline element's class is not weighed, its words are the item's"
    ),
    "b70r_cs_forum_table_rows_old_engine": (
        "an old forum's 'all times are GMT + 1' line in a <p> after the posts' table, not in"
        " one of its rows: read as a closing line of the text"
    ),
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
