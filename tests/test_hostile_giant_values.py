"""A single attribute value or element text of tens of MB: several stages read an element's
class and id, a ``<meta>`` content, a URL or an element's text whole (as words, through
regexes), so a 60 MB class took 25 s and a 60 MB og:image 12 s. A class or id past
``MAX_NAME_CHARS`` is refused; the others are read to a cap."""

from __future__ import annotations

import pytest

import newsextract
from newsextract.metadata import short_text_days
from newsextract.page import ParsedPage
from newsextract.page_limits import MAX_NAME_CHARS

TEXT = "<p>The council voted on the new harbour plan after a long debate on costs.</p>"
WORDS = "Ann Bee, "


def _page(head: str = "", body: str = "") -> str:
    return (
        f"<html><head><title>Harbour plan</title>{head}</head><body><article>"
        f"<h1>Harbour plan</h1>{TEXT * 3}{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    "tag",
    ['<div class="{}"><p>x</p></div>', "<div id='{}'>x</div>", '<span\nCLASS = "{}">x</span>'],
)
def test_a_class_or_id_past_the_limit_is_refused(tag: str) -> None:
    value = WORDS * (MAX_NAME_CHARS // len(WORDS) + 10)
    page = _page(body=tag.format(value))
    for html in (page, page.encode()):
        with pytest.raises(newsextract.InputTooLargeError, match="over 100,000 characters"):
            newsextract.extract(html)


def test_a_long_class_under_the_limit_and_other_long_values_are_read() -> None:
    value = WORDS * (MAX_NAME_CHARS // len(WORDS) - 10)
    article = newsextract.extract(_page(body=f'<div class="{value}"><p>x</p></div>'))
    assert article.title == "Harbour plan"
    big = WORDS * (MAX_NAME_CHARS // len(WORDS) + 10)
    article = newsextract.extract(_page(body=f'<div data-state="{big}"><p>x</p></div>'))
    assert article.title == "Harbour plan"


def test_a_meta_content_past_the_cap_is_passed_over() -> None:
    value = "x" * (short_text_days._MAX_URL_CHARS + 1)
    page = ParsedPage(
        _page(f'<meta name="author" content="{value}"><meta name="author" content="Ann Bee">')
    )
    assert page.meta["author"] == ("Ann Bee",)


def test_dates_are_read_from_the_start_of_a_long_text_or_url() -> None:
    filler = "y" * (short_text_days._MAX_URL_CHARS + 10)
    assert short_text_days.url_day("https://example.com/2024/03/05/" + filler) is not None
    assert short_text_days.url_day("https://example.com/" + filler + "/2024/03/05/") is None
    long_text = "Published 5 March 2024 " + "word " * short_text_days._MAX_ELEMENT_CHARS
    assert short_text_days.element_day(long_text) is not None


def test_a_giant_byline_is_no_byline_and_a_short_one_is_read() -> None:
    giant = _page(body=f'<p class="byline">By {WORDS * 400_000}</p>')
    assert newsextract.extract(giant).authors == ()
    short = _page(body='<p class="byline">By Ann Bee | 5 March 2024</p>')
    assert newsextract.extract(short).authors == ("Ann Bee",)
