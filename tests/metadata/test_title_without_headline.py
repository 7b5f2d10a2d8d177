"""Titles of metadata probe round 11 on pages without a visible headline: a structured
headline cut short with an ellipsis gives way to the title that gives it whole, and a social
title with a prefix ("VIDÉO |", "FOTOS ·", "【视频】") to the title without it (title.py)."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata.title import choose_title

SITE = ["Kinshasa Sango", "kinshasasango", "kinshasasango.cd"]
WHOLE = "Bato ya masuwa bazongi na libongo ya Kinshasa nsima ya mikolo mibale ya mbula makasi"


def test_a_structured_headline_cut_with_an_ellipsis_gives_way_to_the_whole_title() -> None:
    titles = [WHOLE[:40] + "…", f"{WHOLE} - Kinshasa Sango"]
    choice = choose_title(None, titles, SITE, trusted=1)
    assert (choice.title, choice.index) == (WHOLE, 1)
    assert "ellipsis" in choice.reasons[0]


def test_a_title_cut_with_an_ellipsis_below_the_structured_ones_gives_way_too() -> None:
    choice = choose_title(None, [WHOLE[:40] + "...", WHOLE], SITE)
    assert (choice.title, choice.index) == (WHOLE, 1)


def test_a_title_cut_without_an_ellipsis_stays() -> None:
    """A shorter title the other one extends may be a headline of its own."""
    choice = choose_title(None, [WHOLE[:40], WHOLE], SITE, trusted=1)
    assert choice.index == 0


def test_a_social_titles_prefix_gives_way_to_the_title_without_it() -> None:
    titles = [
        "VIDÉO | Bato ya masuwa bazongi na libongo ya Kinshasa",
        "Bato ya masuwa bazongi na libongo ya Kinshasa - Kinshasa Sango",
    ]
    choice = choose_title(None, titles, SITE)
    assert (choice.title, choice.index) == ("Bato ya masuwa bazongi na libongo ya Kinshasa", 1)
    assert "kicker" in choice.reasons[0]


def test_a_page_without_a_headline_takes_the_whole_title_over_a_cut_structured_one() -> None:
    html = f"""<html lang="ln"><head><title>{WHOLE} – Kinshasa Sango</title>
    <script type="application/ld+json">{{"@context": "https://schema.org",
    "@type": "NewsArticle", "headline": "{WHOLE[:50]}…"}}</script></head><body>
    <div class="article"><p>Bakonzi ya libongo balobi ete mosala ekozongela lelo na mpokwa.</p>
    <p>Mbula ebebisaki bandako mingi pembeni ya ebale, balobi bato ya quartier.</p></div>
    </body></html>"""
    article = newsextract.extract(html, url="https://kinshasasango.cd/sango/bato")
    assert article.title == WHOLE


def test_a_page_without_a_headline_takes_its_title_without_the_social_prefix() -> None:
    html = """<html lang="ln"><head>
    <title>Bato ya masuwa bazongi na libongo ya Kinshasa - Kinshasa Sango</title>
    <meta property="og:title" content="VIDÉO | Bato ya masuwa bazongi na libongo ya Kinshasa">
    <meta property="og:site_name" content="Kinshasa Sango"></head><body>
    <div class="article"><p>Bakonzi ya libongo balobi ete mosala ekozongela lelo na mpokwa.</p>
    <p>Mbula ebebisaki bandako mingi pembeni ya ebale, balobi bato ya quartier.</p></div>
    </body></html>"""
    article = newsextract.extract(html, url="https://kinshasasango.cd/sango/bato")
    assert article.title == "Bato ya masuwa bazongi na libongo ya Kinshasa"


@pytest.mark.parametrize(
    ("social", "bare"),
    [
        ("FOTOS · Feira do livro reúne 50 editoras", "Feira do livro reúne 50 editoras"),
        # (a kicker, not a marker: "【视频】" is one, cut from the title itself)
        ("【独家】西江大桥今日正式通车", "西江大桥今日正式通车"),
        ("[단독] 부산항 신항 2단계 부두 개장", "부산항 신항 2단계 부두 개장"),
    ],
)
def test_a_kicker_after_a_middle_dot_or_in_brackets_gives_way_to_the_bare_title(
    social: str, bare: str
) -> None:
    choice = choose_title(None, [social, f"{bare} - Kinshasa Sango"], SITE)
    assert (choice.title, choice.index) == (bare, 1)


def test_a_visible_headline_with_an_aside_in_brackets_agrees_with_the_title_without_it() -> None:
    """The <h1> adds "(4 Ways)" the metadata titles leave out: it is the same headline,
    and the visible one wins."""
    headline = "Resize the Labels of a Chart in Julia (4 Ways) | Ticks & Legend"
    titles = ["Resize the Labels of a Chart in Julia | Ticks & Legend"]
    choice = choose_title(headline, titles, SITE)
    assert (choice.title, choice.index) == (headline, -1)


def test_a_short_headline_without_its_aside_agrees_by_chance_only() -> None:
    choice = choose_title("Budget vote (live)", ["Budget vote"], SITE)
    assert choice.index == 0


LONG = (
    "Câmara aprova projeto que amplia a rede de ciclovias e cria novas faixas exclusivas "
    "de ônibus nas principais avenidas da capital"
)


def test_a_structured_headline_cut_bare_gives_way_to_the_title_going_on() -> None:
    """No visible headline tells the cut: a structured headline of 100 characters or more
    that another title goes on from with words of the headline is cut short."""
    choice = choose_title(None, [LONG[:110].rstrip(), f"{LONG} - Kinshasa Sango"], SITE, trusted=1)
    assert (choice.title, choice.index) == (LONG, 1)


def test_a_title_going_on_with_decoration_after_a_mark_is_no_whole_headline() -> None:
    choice = choose_title(None, [LONG, f"{LONG} * Gazeta * by Paulo Lima"], SITE, trusted=1)
    assert choice.index == 0


def test_a_short_headline_another_title_extends_stays() -> None:
    choice = choose_title(None, [LONG[:60], LONG], SITE, trusted=1)
    assert choice.index == 0


def test_a_title_that_is_the_sites_name_gives_way_to_a_later_one() -> None:
    # an og:title set to the site's name on every page, the <title> naming the article
    titles = ["София днес", "Новата линия на метрото отваря през есента — София днес"]
    choice = choose_title(None, titles, ["София днес", "sofia-dnes"])
    assert choice.title == "Новата линия на метрото отваря през есента"
    # the site's name alone everywhere: it stays
    choice = choose_title(None, ["София днес", "София днес"], ["София днес", "sofia-dnes"])
    assert choice.title == "София днес"
