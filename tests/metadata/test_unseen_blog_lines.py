"""Lines of blog and news pages met on unseen pages: a subscription box classed as a lead, a
category label line, a long byline line opening with a published label, a closing credit
after a ``<br>``."""

from __future__ import annotations

from datetime import datetime

import pytest

import newsextract
from newsextract.body.label_lines import category_line_names
from newsextract.metadata.page_dates import find_page_day
from newsextract.page import ParsedPage

from .pages import article_page

TEXT = (
    "<p>Residents of Lowmarsh will vote next week on a plan that would add three evening "
    "crossings to the ferry timetable and move the first boat half an hour earlier.</p>"
    "<p>The board said the change would cost about forty thousand a year, paid for by a small "
    "rise in the price of a season ticket, which has not changed in a decade.</p>"
)


def test_a_subscription_box_classed_as_a_lead_is_no_lead() -> None:
    box = (
        '<div class="premium-teaser lead">Subscribe to read this and every story on Example.</div>'
    )
    page = article_page("en", "Harbour town votes on ferry timetable", box + TEXT)
    article = newsextract.extract(page, url="https://news.example.com/ferry")
    assert "Subscribe" not in (article.lead or "")
    assert "Subscribe" not in article.body


def test_a_standfirst_classed_as_a_lead_is_still_read() -> None:
    lead = '<div class="lead">The harbour board wants later boats; the town votes next week.</div>'
    page = article_page("en", "Harbour town votes on ferry timetable", lead + TEXT)
    article = newsextract.extract(page, url="https://news.example.com/ferry")
    assert article.lead == "The harbour board wants later boats; the town votes next week."


BLOG_POST = (
    '<html lang="pl"><head><meta charset="utf-8"><title>Jak przesadzać pomidory</title></head>'
    '<body><div class="post"><h2>Jak przesadzać pomidory</h2>'
    "<p>{line}</p><p>Pomidory przesadzam zawsze wtedy, gdy mają dwa albo trzy prawdziwe "
    "liście, bo wcześniej korzenie są zbyt delikatne.</p></div>"
    '<div class="sidebar"><h3>Ostatnie wpisy</h3><ul><li><a href="/a">Sałata na balkonie</a> '
    "3 stycznia 2025</li></ul></div></body></html>"
)


def test_the_page_search_reads_a_long_line_opening_with_a_published_label() -> None:
    line = "Opublikowano 12 marca 2024 przez Anna Nowak w kategorii Ogród"
    html = BLOG_POST.format(line=line)
    assert find_page_day(ParsedPage(html), html) == (datetime(2024, 3, 12), "free-text")


def test_the_page_search_leaves_a_long_line_without_a_label() -> None:
    line = "Wczoraj, 12 marca 2024, Anna Nowak przesadziła pomidory w ogrodzie"
    html = BLOG_POST.format(line=line)
    # the short texts' step reads neither the long line nor the sidebar's other story (3
    # January 2025): the page's source, without the sidebar, answers with the line's day
    assert find_page_day(ParsedPage(html), html) == (datetime(2024, 3, 12), "page-source")


JAPANESE_TEXT = (
    "港町の議会は火曜日、夕方のフェリーを三便増やす新しい時刻表の案をまとめた。<br><br>"
    "議長は「最終便が早すぎるという声を何年も聞いてきた」と話した。<br><br>"
)


def test_a_closing_name_after_a_break_credits_the_author() -> None:
    inner = f'<div class="text">{JAPANESE_TEXT}（山田花子）\n</div>'
    page = article_page("ja", "港町の新しいフェリー時刻表", inner)
    article = newsextract.extract(page, url="https://minato.example.jp/ferry")
    assert article.authors == ("山田花子",)


def test_an_agency_or_a_note_after_a_break_credits_no_one() -> None:
    for closing in ("（共同）", "（敬称略）"):
        inner = f'<div class="text">{JAPANESE_TEXT}{closing}</div>'
        page = article_page("ja", "港町の新しいフェリー時刻表", inner)
        assert newsextract.extract(page, url="https://minato.example.jp/ferry").authors == ()


def test_a_closing_name_with_text_after_its_block_is_no_credit() -> None:
    inner = f'<div class="text">{JAPANESE_TEXT}（山田花子）</div><p>港の写真は来週掲載します。</p>'
    page = article_page("ja", "港町の新しいフェリー時刻表", inner)
    assert newsextract.extract(page, url="https://minato.example.jp/ferry").authors == ()


RECIPE = (
    "<p>This is the soup I make every week once the evenings get cold. It takes half an "
    "hour and keeps for three days in the fridge.</p>"
    "<p>Wash the leeks well, because soil hides between the layers, and let them soften in "
    "butter over a low heat for ten minutes.</p>"
)


@pytest.mark.parametrize(
    ("language", "line", "names"),
    [
        ("en", "Posted in Soups", ("Soups",)),
        ("en", "Filed under: Recipes, Winter dishes", ("Recipes", "Winter dishes")),
        ("de", "Kategorie: Rezepte", ("Rezepte",)),
    ],
)
def test_a_category_line_without_links_is_furniture_and_names_the_category(
    language: str, line: str, names: tuple[str, ...]
) -> None:
    for inner in (f"{RECIPE}<p>{line}</p>", f"<p>{line}</p>{RECIPE}"):
        page = article_page(language, "Leek and potato soup", inner)
        article = newsextract.extract(page, url="https://kitchen.example.org/soup")
        assert line not in article.body
        assert article.categories == names


@pytest.mark.parametrize(
    "line",
    [
        "Posted in 2019 by Ada Stone",  # a figure: a date line, not a section
        "Posted in the morning, the letter reached the mayor",  # a sentence
        "Category 4 storms reach the coast",  # a one-word label before a sentence
    ],
)
def test_a_sentence_opening_with_a_category_label_names_no_category(line: str) -> None:
    assert category_line_names(line) == ()


def test_a_category_label_before_a_name_in_a_child_names_no_category() -> None:
    inner = f"{RECIPE}<div>Kategorie: <i>Kinderbuch</i><br>für Ada Stone</div>"
    page = article_page("de", "Lauchsuppe", inner)
    assert newsextract.extract(page, url="https://kitchen.example.org/soup").categories == ()
