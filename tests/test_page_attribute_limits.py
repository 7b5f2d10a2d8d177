"""A page's attributes, all elements together: each costs the parser and the fallbacks after
it (trafilatura 3-20 µs), so a page of many elements holding hundreds each, every one under
the per-element limit, is oversized past ``OVERSIZED_ATTRIBUTES`` and refused past
``MAX_PAGE_ATTRIBUTES``. 6,000 elements of 300 names (8 MB) took 8 s and 1.7 GB; 1,500 of
300 valued attributes (4 MB) 11 s."""

from __future__ import annotations

import pytest

import newsextract
from newsextract import page_limits
from newsextract.page_limits import (
    MAX_PAGE_ATTRIBUTES,
    OVERSIZED_ATTRIBUTES,
    count_attributes,
    is_oversized,
)

TEXT = "<p>The council voted on the new harbour plan after a long debate on costs.</p>"


def _page(elements: int, *, valued: bool = True, per_element: int = 300) -> str:
    names = (f'a{i}="v"' if valued else f"a{i}" for i in range(per_element))
    tag = f"<p {' '.join(names)}>text</p>"
    return f"<html><body><article>{TEXT * 3}{tag * elements}</article></body></html>"


def test_a_page_holding_over_the_limit_is_refused() -> None:
    elements = MAX_PAGE_ATTRIBUTES // 300 + 200
    with pytest.raises(newsextract.InputTooLargeError, match="attributes"):
        newsextract.extract(_page(elements))
    with pytest.raises(newsextract.InputTooLargeError, match="attributes"):
        newsextract.extract(_page(elements * 3, valued=False).encode())


def test_a_page_holding_many_is_oversized() -> None:
    page = _page(OVERSIZED_ATTRIBUTES // 300 + 50)
    assert is_oversized(page, page.count("<"))
    assert not is_oversized(_page(200), 600)


@pytest.mark.parametrize("equals", [page_limits._MANY_EQUALS + 10, page_limits._MANY_EQUALS - 10])
def test_the_equals_are_counted_in_the_bytes_as_in_the_text(equals: int) -> None:
    """A page's "=" counted in its UTF-8 bytes (``utf8``) are its text's, wide characters
    beside them: the same verdict on either side of the count that asks for the attributes
    (120,000 without a value, which only a page of that many "=" has counted)."""
    page = _page(400, valued=False).replace(
        "<article>", "<article><p>é漢😀" + "=" * equals + "</p>"
    )
    assert page_limits._OVERSIZED_ATTRIBUTES_ABOVE < len(page) < page_limits._COUNT_ATTRIBUTES_ABOVE
    utf8 = page.encode()
    assert page_limits._equals(page, utf8) == page_limits._equals(page, None) == page.count("=")
    oversized = is_oversized(page, page.count("<"), utf8)
    assert oversized == is_oversized(page, page.count("<"))
    assert oversized == (equals > page_limits._MANY_EQUALS)
    assert page_limits._count_byte(b"=" * (2 * page_limits._COUNT_CHUNK + 3), b"=") == (
        2 * page_limits._COUNT_CHUNK + 3
    )


def test_the_count_reads_tags_as_the_tokenizer_does_and_stops_past_its_bound() -> None:
    page = '<p a b="x>y" c=\'1\' d=e>t</p><br/><img src=x alt="">'
    assert count_attributes(page, 100) == 6
    assert count_attributes(_page(1000), 1000) <= 1000 + 300


@pytest.mark.parametrize("separator", [" ", "\n", "/", "\t"])
def test_a_page_under_2_mb_of_attributes_without_values_is_refused(separator: str) -> None:
    # Two-letter names: 330,000 in 1,100 tags of 300 make a page of about 1 MB, under the
    # size past which every page's attributes are counted.
    names = separator.join(f"{a}{b}" for a in "abcdefghijklmnop" for b in "abcdefghijklmnopqrs")
    tag = f"<p {names[: 300 * 3 - 1]}>text</p>"
    page = f"<html><body><article>{TEXT * 3}{tag * 1_100}</article></body></html>"
    assert page_limits._COUNT_SEPARATED_ABOVE < len(page) < page_limits._COUNT_ATTRIBUTES_ABOVE
    assert count_attributes(page, 10**6) == 330_000
    for html in (page, page.encode()):
        with pytest.raises(newsextract.InputTooLargeError, match="attributes"):
            newsextract.extract(html)


def test_separators_are_counted_in_text_and_bytes() -> None:
    page = "<p a b/c\td\ne\rf\fg>x y</p>"
    assert page_limits._separators(page) == page_limits._separators(page.encode()) == 9
