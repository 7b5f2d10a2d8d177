"""Stories printed in full after the page's own (``body.other_stories``): an endless page's
next articles, in ``<article>``s or bare divs, are no part of the body, however long; a
long read's sections, a blog's index of posts and a story whose opening stands apart from
its dated text keep all their text. Invented pages."""

from __future__ import annotations

import newsextract

P1 = (
    "The ferry between the two villages of the lake runs again from Monday, after a winter "
    "in the yard where its engine was replaced."
)
P2 = (
    "Commuters who drove round the lake for three months will save half an hour a day, "
    "the operator says, and cyclists travel free until May."
)
N1 = (
    "The village school will open a second classroom in September, when forty more pupils "
    "are expected from the new estate by the station."
)
N2 = (
    "Parents had asked for the extension for years, and the council found the money in "
    "the budget for the roads that were not built."
)
N3 = (
    "The builders start in June and promise that the playground stays open through the "
    "summer, with a fence around the works."
)


def _page(main: str) -> str:
    return (
        "<html lang='en'><head><title>Lake Courier</title></head><body><header><a href='/'>"
        f"Lake Courier</a></header><main>{main}</main><footer>© Lake Courier</footer>"
        "</body></html>"
    )


def _story(tag: str, title: str, heading: str, when: str, *paras: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paras)
    return (
        f"<{tag} class='story'><header><{heading}>{title}</{heading}><p class='byline'>By "
        f"Ann Lee <time datetime='{when}'>{when}</time></p></header><div class='text'>{body}"
        f"</div></{tag}>"
    )


def _body(html: str) -> str:
    return newsextract.extract(html, url="https://lake.example/2024/03/ferry").body


def test_a_longer_next_article_is_not_taken_for_the_story() -> None:
    html = _page(
        "<div class='feed'>"
        + _story("article", "Ferry runs again", "h1", "2024-03-04", P1, P2)
        + _story("article", "School grows", "h1", "2024-03-05", N1, N2, N3)
        + "</div>"
    )
    body = _body(html)
    assert P1 in body and P2 in body
    assert N1 not in body and N3 not in body


def test_next_stories_in_bare_divs_under_lesser_headings_are_cut() -> None:
    html = _page(
        "<div class='feed'>"
        + _story("div", "Ferry runs again", "h1", "2024-03-04", P1, P2)
        + _story("div", "School grows", "h2", "2024-03-03", N1, N2)
        + "</div>"
    )
    body = _body(html)
    assert P1 in body and P2 in body
    assert N1 not in body and N2 not in body


def test_a_long_reads_undated_sections_stay() -> None:
    html = _page(
        "<article><div class='part'><h1>Ferry runs again</h1><time datetime='2024-03-04'>"
        f"4 March</time><p>{P1}</p><p>{P2}</p></div><div class='part'><h2>The school</h2>"
        f"<p>{N1}</p><p>{N2}</p></div></article>"
    )
    body = _body(html)
    assert all(text in body for text in (P1, P2, N1, N2))


def test_an_undated_opening_beside_dated_parts_of_its_template_stays_whole() -> None:
    html = _page(
        f"<div class='row'><h1>Ferry runs again</h1><p>{P1}</p></div><div class='row'><h2>"
        f"The crossing</h2><time datetime='2024-03-04'>4 March</time><p>{P2}</p><p>{N1}</p>"
        "</div>"
    )
    body = _body(html)
    assert all(text in body for text in (P1, P2, N1))


T1 = (
    "Le ferry entre les deux villages du lac reprend lundi, après un hiver au chantier où "
    "son moteur a été remplacé."
)
T2 = (
    "Les pendulaires qui faisaient le tour du lac gagneront une demi-heure par jour, selon "
    "l'exploitant, et les cyclistes voyagent gratuitement jusqu'en mai."
)


def test_the_storys_translation_in_a_box_of_its_language_is_cut() -> None:
    html = _page(
        _story("article", "Ferry runs again", "h1", "2024-03-04", P1, P2).replace(
            "</div></article>",
            f"</div><div class='translation' lang='fr'><h2>Le ferry reprend</h2><p>{T1}</p>"
            f"<p>{T2}</p></div></article>",
        )
    )
    body = _body(html)
    assert P1 in body and P2 in body
    assert T1 not in body and T2 not in body


def test_a_text_all_in_a_box_of_another_language_stays() -> None:
    html = _page(
        f"<article><h1>Le ferry reprend</h1><div class='content' lang='fr'><h2>Lundi</h2>"
        f"<p>{T1}</p><p>{T2}</p></div></article>"
    )
    body = _body(html)
    assert T1 in body and T2 in body


def test_a_quoted_passage_longer_than_the_note_before_it_stays() -> None:
    html = _page(
        "<article><h1>A letter from 1910</h1><p>The ferry's first log, kept in French.</p>"
        f"<div class='original' lang='fr'><h3>Journal</h3><p>{T1}</p><p>{T2}</p></div>"
        "</article>"
    )
    body = _body(html)
    assert T1 in body and T2 in body


def test_a_sign_up_box_headed_by_an_h1_after_the_text_is_no_next_story() -> None:
    # A theme sets the headline and its date in a header above a layout that holds the text
    # and, after it, a newsletter box under an <h1> of its own (and a dated teaser list):
    # the layout's headline comes after its prose, so it heads no story, and the text stays.
    header = (
        "<div class='hero'><h1>Ferry runs again</h1><p>The lake's ferry is back after a "
        "winter in the yard, and commuters gain half an hour a day on the crossing. The operator "
        "has hired two more sailors and promises a boat every twenty minutes at rush hour.</p>"
        "<time datetime='2024-03-04'>4 March 2024</time></div>"
    )
    layout = (
        f"<div class='layout'><div class='text'><p>{P1}</p><p>{P2}</p></div><div class='side'>"
        "<h1>Morning Newsletter</h1><p>The day's headlines from around the lake, in your inbox "
        "every morning before seven, free for every reader.</p><ul><li><a href='/2024/03/"
        "school'>School grows</a> <time datetime='2024-03-05'>5 March</time></li></ul>"
        "</div></div>"
    )
    body = _body(_page(header + layout))
    assert P1 in body and P2 in body
