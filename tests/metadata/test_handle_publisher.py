"""A social-media handle (``twitter:site`` "@valleyledger") is an account's slug, no name:
the publisher is the name a later source gives (the <title>'s part the host names, the
copyright notice, the logo), the handle only the last resort (``publisher_names.as_brand``)."""

from __future__ import annotations

import newsextract

_TEXT = "<p>The riverside ferry returns on Monday after a winter of repairs.</p>" * 4


def _page(title: str, head: str, footer: str = "") -> str:
    return (
        f"<html lang='en'><head><title>{title}</title>{head}</head><body><article>"
        f"<h1>Riverside ferry returns</h1>{_TEXT}</article><footer>{footer}</footer></body></html>"
    )


_HANDLE = "<meta name='twitter:site' content='@valleyledger'>"


def test_the_titles_site_name_comes_before_a_handle() -> None:
    page = _page("Riverside ferry returns – Valley Ledger", _HANDLE)
    article = newsextract.extract(page, url="https://valleyledger.com/news/ferry")
    assert article.publisher == "Valley Ledger"
    assert article.provenance["publisher"] == "html:title-site"


def test_a_notices_legal_name_comes_before_a_handle() -> None:
    page = _page("Riverside ferry returns", _HANDLE, "© 2024 Valley Ledger Ltd")
    article = newsextract.extract(page, url="https://valleyledger.com/news/ferry")
    assert article.publisher == "Valley Ledger Ltd"


def test_a_handle_alone_is_kept() -> None:
    article = newsextract.extract(
        _page("Riverside ferry returns", _HANDLE), url="https://vl-news.com/news/ferry"
    )
    assert article.publisher == "@valleyledger"


def test_a_named_twitter_site_is_the_publisher() -> None:
    page = _page(
        "Riverside ferry returns – Valley Ledger",
        "<meta name='twitter:site' content='The Ledger'>",
    )
    article = newsextract.extract(page, url="https://valleyledger.com/news/ferry")
    assert article.publisher == "The Ledger"
