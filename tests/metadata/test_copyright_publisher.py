"""The publisher from the site's copyright notice, when no metadata names it
(metadata/copyright_notice.py)."""

from __future__ import annotations

import pytest

import newsextract

URL = "https://www.riverside-courier.com/news/council-budget-vote"


def _page(footer: str, head: str = "") -> str:
    return (
        f'<html lang="en"><head><title>Council approves the budget</title>{head}</head><body>'
        "<article><h1>Council approves the budget</h1><p>"
        + "The council voted on the budget after a debate that lasted all night. " * 4
        + f"</p></article><footer>{footer}</footer></body></html>"
    )


@pytest.mark.parametrize(
    "footer",
    [
        "<p>© 2024 Riverside Courier. All rights reserved.</p>",
        "<small>Copyright © 2019–2024 by Riverside Courier | Privacy | Terms</small>",
        "<div><span>(c) Riverside Courier 2024</span></div>",
    ],
)
def test_a_notice_spelling_the_hosts_name_gives_the_publisher(footer: str) -> None:
    article = newsextract.extract(_page(footer), url=URL)
    assert article.publisher == "Riverside Courier"
    assert article.provenance["publisher"] == "html:copyright"


@pytest.mark.parametrize(
    "footer",
    [
        # Another company's name: the content system's maker or the parent company.
        "<p>© 2024 Valley Media Group. All rights reserved.</p>",
        # The host's label as it is: no better than the host, which names nothing.
        "<p>© 2024 riverside-courier</p>",
        "<p>No notice here.</p>",
    ],
)
def test_no_publisher_from_a_notice_that_does_not_spell_the_host(footer: str) -> None:
    assert newsextract.extract(_page(footer), url=URL).publisher is None


def test_the_metadata_names_the_publisher_first() -> None:
    head = '<meta property="og:site_name" content="The Courier">'
    article = newsextract.extract(_page("<p>© 2024 Riverside Courier</p>", head), url=URL)
    assert article.publisher == "The Courier"


# A site whose host spells none of its name: the notice and the <title> name it alike.
OTHER_HOST = "https://www.news-desk-7.com/story/1234"


def _titled(title: str, footer: str, lang: str = "en", text: str = "") -> str:
    text = text or "The council voted on the budget after a debate that lasted all night. " * 4
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body>'
        f"<article><p>{text}</p></article><footer>{footer}</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "footer", "name", "headline"),
    [
        (
            "Valley Ledger – Council approves the budget",
            "<p>© 2023 Valley Ledger. All rights reserved.</p>",
            "Valley Ledger",
            "Council approves the budget",
        ),
        (
            "Вести Заречья :: Почему в городе закрыли старый рынок",
            "<p>© 2023 Вести Заречья</p>",
            "Вести Заречья",
            "Почему в городе закрыли старый рынок",
        ),
        (
            "Council approves the budget · Valley Ledger",
            "<small>Copyright © 2015–2023 Valley Ledger</small>",
            "Valley Ledger",
            "Council approves the budget",
        ),
    ],
)
def test_a_notice_the_title_opens_or_ends_with_names_the_site(
    title: str, footer: str, name: str, headline: str
) -> None:
    article = newsextract.extract(_titled(title, footer), url=OTHER_HOST)
    assert article.publisher == name
    assert article.title == headline


def test_a_notice_the_title_does_not_carry_names_no_one() -> None:
    page = _titled("Council approves the budget", "<p>© 2023 Valley Media Group</p>")
    article = newsextract.extract(page, url=OTHER_HOST)
    assert article.publisher is None
    assert article.title == "Council approves the budget"


@pytest.mark.parametrize(
    ("url", "footer", "publisher"),
    [
        # The name before a footer's next item, set off by a spaced middle dot or bullet.
        (URL, "<p>© 2024 Riverside Courier · Powered by Ghost</p>", "Riverside Courier"),
        (URL, "<p>© 2024 Riverside Courier • Impressum • Datenschutz</p>", "Riverside Courier"),
        # The host leaves out the name's article, its legal form, its ampersand's word.
        (
            "https://harbourherald.co.uk/news/1",
            "<p>© 2024 The Harbour Herald</p>",
            "The Harbour Herald",
        ),
        (
            "https://nordlicht-reisen.de/reisen/1",
            "<p>© 2024 Nordlicht Reisen GmbH</p>",
            "Nordlicht Reisen GmbH",
        ),
        ("https://kettleandkiln.com/post/", "<p>© 2024 Kettle &amp; Kiln</p>", "Kettle & Kiln"),
        ("https://kettlekiln.com/post/", "<p>© 2024 Kettle &amp; Kiln</p>", "Kettle & Kiln"),
        # Unspaced, a middle dot is Catalan's "l·l", inside a word of the name.
        (
            "https://collegidelsperiodistes.cat/noticia/1",
            "<p>© 2024 Col·legi dels Periodistes</p>",
            "Col·legi dels Periodistes",
        ),
    ],
)
def test_a_notice_spelled_as_a_host_writes_a_name(url: str, footer: str, publisher: str) -> None:
    assert newsextract.extract(_page(footer), url=url).publisher == publisher


def test_an_article_opening_another_name_is_not_dropped_for_a_word_of_it() -> None:
    """Only a whole first word that is an article goes: "Theatre Royal" is not "atre Royal"."""
    page = _page("<p>© 2024 Theatre Royal Bath</p>")
    assert newsextract.extract(page, url="https://royalbath.org/whats-on/1").publisher is None
