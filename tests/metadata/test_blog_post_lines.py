"""A blog platform's post line in its reader's language ("Upplagd av NAME kl. 09:14",
"Diposting oleh NAME pada …", "Người viết: NAME"), a notice board's posting day, and a help
centre's question headline its address spells (issue 12: non-news pages of the trafilatura
set's kinds). Every site, name and text here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.metadata.title_pages import page

import newsextract


def _post(lang: str, post_line: str, *, meta_first: bool = False) -> str:
    """A Blogger-style post: the blog's name as the ``<h1>``, the post's title, its text and
    the post line (after the text, or before it with ``meta_first``)."""
    body = (
        "<p>Det var en lång vinter men nu kommer våren äntligen till trädgården vid sjön.</p>"
        "<p>Jag har sått ärtor och rädisor i två långa rader bakom det gamla äppelträdet.</p>"
    )
    line = f'<div class="post-footer">{post_line}</div>'
    return page(
        lang,
        "Gröna fingrar: Ärtor i april",
        "",
        '<header><h1 class="site-title"><a href="/">Gröna fingrar</a></h1></header>'
        '<div class="post-outer"><h3 class="post-title entry-title">Ärtor i april</h3>'
        + (line if meta_first else "")
        + f'<div class="post-body entry-content">{body}</div>'
        + ("" if meta_first else line)
        + "</div>",
    )


URL = "https://grona-fingrar.example.net/2024/04/artor-i-april.html"


@pytest.mark.parametrize(
    ("lang", "post_line", "want"),
    [
        # Swedish and Danish Blogger: the clock's time after "kl." (its dot an abbreviation's)
        (
            "sv",
            'Upplagd av <span class="fn">Signe Berg</span> kl. <a href="#">08:40</a>',
            "Signe Berg",
        ),
        (
            "da",
            'Indsendt af <span class="fn">Mads Holm</span> kl. <a href="#">14.05</a>',
            "Mads Holm",
        ),
        # Indonesian and Malay Blogger: "Posted by" is two words, the first no label alone
        (
            "id",
            'Diposting oleh <span class="fn">Rina Wulandari</span> pada 10.30',
            "Rina Wulandari",
        ),
        ("ms", 'Diposkan oleh <span class="fn">Aminah Yusof</span>', "Aminah Yusof"),
        # Vietnamese: "the writer" as an author line's label
        ("vi", "Ngày đăng: 03/04/2024 | Người viết: Phạm Văn Long", "Phạm Văn Long"),
        # Hungarian Blogger: "Bejegyezte:" (posted by)
        ("hu", 'Bejegyezte: <span class="fn">Szabó Eszter</span>', "Szabó Eszter"),
        # French forums and blogs: "Posté par NAME le …"
        ("fr", "Posté par Hélène Marchal le 3 avril 2024", "Hélène Marchal"),
    ],
)
def test_blog_post_line_names_the_author(lang: str, post_line: str, want: str) -> None:
    article = newsextract.extract(_post(lang, post_line), url=URL)
    assert article.authors == (want,)


def test_a_clock_time_after_kl_is_cut_from_the_name_before_the_text() -> None:
    line = "Upplagd av Signe Berg kl. 8.40"
    article = newsextract.extract(_post("sv", line, meta_first=True), url=URL)
    assert article.authors == ("Signe Berg",)


def test_a_notice_boards_posting_day_is_the_publication() -> None:
    """A Czech town hall's notice: the day it was posted ("Vyvěšeno"), not the day it comes
    down ("Sejmuto")."""
    html = page(
        "cs",
        "Veřejná vyhláška o kácení stromů : Obec Horní Lhotka",
        "",
        '<div class="notice"><h1>Veřejná vyhláška o kácení stromů</h1><table>'
        "<tr><th>Vyvěšeno:</th><td>11. 3. 2024</td></tr>"
        "<tr><th>Sejmuto:</th><td>27. 3. 2024</td></tr></table>"
        "<p>Obecní úřad oznamuje, že u hřiště budou pokáceny tři suché topoly a vysazeny nové "
        "lípy.</p><p>Práce proběhnou za suchého počasí a potrvají nejvýše dva dny.</p></div>",
    )
    article = newsextract.extract(html, url="https://hornilhotka.example.cz/deska/vyhlaska-42")
    assert article.published is not None
    assert article.published.date() == date(2024, 3, 11)


_HELP = (
    '<div class="faq"><h1>{h1}</h1><p>Open the app, choose Settings and then Security; the '
    "new code is sent to your phone.</p><p>The old code stops working at once.</p></div>"
)


def test_a_question_headline_its_slug_spells_beats_a_help_centres_title() -> None:
    """The ``<title>`` names the help centre, the ``<h1>`` the question, which the address's
    slug spells without its short words."""
    html = page(
        "en",
        "Support Hub | Larkspur Mobile",
        "",
        _HELP.format(h1="How can I change my security code?"),
    )
    url = "https://larkspur-mobile.example.com/support/change-my-security-code"
    assert newsextract.extract(html, url=url).title == "How can I change my security code?"


def test_a_title_the_slug_spells_keeps_winning_over_a_section_headline() -> None:
    """The slug spells the ``<title>``'s part, not the ``<h1>`` (a section's name): the
    headline gains nothing."""
    html = page(
        "en",
        "Change your security code | Larkspur Mobile",
        "",
        _HELP.format(h1="Account help"),
    )
    url = "https://larkspur-mobile.example.com/support/change-your-security-code"
    assert newsextract.extract(html, url=url).title == "Change your security code"
