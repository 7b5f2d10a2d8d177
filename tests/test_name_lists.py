"""Selector lists cut per page to the class and id words the page uses find what the whole
lists find (``newsextract.name_lists``)."""

from __future__ import annotations

import pytest

from newsextract.name_lists import BYLINE, LEAD, PAYWALL, NameWordSelector, ascii_lower
from newsextract.page import ParsedPage

PAGE = """<html><head><meta itemprop="description" content="d"></head><body class="Home">
<div class="Author-box"><span class="byline">By <a rel="Author">Jane Doe</a></span></div>
<p class="article-LEAD">A first lead paragraph of the article, long enough.</p>
<address>Someone</address>
<div id="AUTHOR-2"><p class="intro">Intro</p></div>
<div id="x-PayWall-gate"><p>Subscribe</p></div>
<section class="plus-teaser"><p>More</p></section>
<byline>Joe Bloggs</byline>
</body></html>"""


@pytest.mark.parametrize("selector", [BYLINE, LEAD, PAYWALL], ids=["byline", "lead", "paywall"])
def test_the_cut_list_finds_what_the_whole_list_finds(selector: NameWordSelector) -> None:
    page = ParsedPage(PAGE)
    cut = selector.for_page(page.names)
    assert len(cut.split(", ")) < len(selector.selector.split(", "))  # words were cut
    whole = [node.mem_id for node in page.tree.css(selector.selector)]
    assert whole  # the page has elements of every list
    assert [node.mem_id for node in page.tree.css(cut)] == whole


def test_a_page_without_the_words_keeps_only_the_other_forms() -> None:
    page = ParsedPage('<html><body><div class="post"><p>Text</p></div></body></html>')
    assert PAYWALL.for_page(page.names) == ""
    assert BYLINE.for_page(page.names) == "[rel~=author], address, byline, a[href*='/author/']"


def test_names_hold_every_class_and_id_in_lower_case() -> None:
    page = ParsedPage('<body><p class="A b" id="MAIN">x</p><p class="A b">y</p></body>')
    assert sorted(page.names.split("\n")) == ["a b", "main"]


def test_only_ascii_letters_change_case_as_lexbor_compares() -> None:
    # The Kelvin sign lower-cases to "k" in Unicode; lexbor's "i" compares ASCII only.
    page = ParsedPage('<body><p class="\u212aicker">x</p></body>')
    assert page.tree.css("[class*=kicker i]") == []
    assert "kicker" not in page.names
    assert ascii_lower("ÄB\u212a") == "Äb\u212a"


def test_a_selector_of_another_form_is_kept_whole() -> None:
    selector = NameWordSelector("[class*=Foo i], a[rel~=tag], [id*=bar i]")
    assert selector.for_page("foo") == "[class*=Foo i], a[rel~=tag]"
    assert selector.for_page("") == "a[rel~=tag]"


def test_quoted_case_sensitive_parts_are_cut_by_their_word_in_any_case() -> None:
    """``[class*='Date']`` can match only where a name holds "date" in some case."""
    lists = NameWordSelector("[class*='Date'], [class*='meta'], small")
    assert lists.for_page("entry-date") == "[class*='Date'], small"
    assert lists.for_page("nothing") == "small"


def test_words_inside_and_across_one_another_are_all_found() -> None:
    """The automaton lists every occurrence, so a word inside another ("ad" in "leader")
    or overlapping it ("derby" across "leader" and "by") is found too."""
    selector = NameWordSelector(
        "[class*=leader i], [class*=lead i], [class*=ad i], [id*=derby i], [class*=none i]"
    )
    assert selector.for_page("x-leaderby") == (
        "[class*=leader i], [class*=lead i], [class*=ad i], [id*=derby i]"
    )


def test_names_too_long_to_list_are_searched_word_by_word() -> None:
    """A hostile page's names, longer than the automaton lists every occurrence in, give
    the same cut list (each word searched alone, stopping at its first occurrence)."""
    names = "\n".join(f"date-{n} byline-{n}" for n in range(20_000))
    assert len(names) > 65_536
    assert BYLINE.for_page(names) == BYLINE.for_page("date\nbyline")
    assert LEAD.for_page(names) == LEAD.for_page("")


def test_a_list_made_after_a_search_has_its_words_found_in_the_same_names() -> None:
    """Every list's words are searched at once and the last names' answer is kept: a list
    made after a search (a site rule's, a test's) is searched again, not answered from it."""
    page = ParsedPage('<body><p class="zzquux-box yyplugh">x</p></body>')
    assert BYLINE.for_page(page.names) == BYLINE.for_page("")
    late = NameWordSelector("[class*=zzquux i], [class*=nowhere-xx i], [class*=yyplugh i]")
    assert late.for_page(page.names) == "[class*=zzquux i], [class*=yyplugh i]"
    assert BYLINE.for_page(page.names) == BYLINE.for_page("")


def test_a_whole_token_part_is_kept_only_where_the_word_is_a_whole_token() -> None:
    """``[class~=user i]`` matches no element of a page whose names hold "user" only inside
    other words ("user-menu"), so the page's list leaves it out; a token beside others in
    one class value, or alone in a value, keeps it."""
    selector = NameWordSelector("[class~=user i], [class*=user i], address")
    assert selector.for_page("user-menu\nusers") == "[class*=user i], address"
    assert selector.for_page("post user\nx") == ("[class~=user i], [class*=user i], address")
    for html in (
        '<body><span class="user-menu">Me</span><p class="users">x</p></body>',
        '<body><div class="post"><span class="Author user">Ana Lima</span></div></body>',
    ):
        page = ParsedPage(html)
        cut = BYLINE.for_page(page.names)
        whole = [node.mem_id for node in page.tree.css(BYLINE.selector)]
        assert [node.mem_id for node in page.tree.css(cut)] == whole


def test_names_by_attribute_hold_the_classes_then_the_ids() -> None:
    page = ParsedPage('<body><p class="A b" id="MAIN">x</p><p class="main">y</p></body>')
    assert page.names_by_attribute == ("a b\nmain", "main") or page.names_by_attribute == (
        "main\na b",
        "main",
    )
    assert sorted(page.names.split("\n")) == ["a b", "main", "main"]
    assert ParsedPage("<body><p>x</p></body>").names == ""
    assert ParsedPage('<body><p id="Top">x</p></body>').names == "top"


def test_a_word_only_one_attribute_holds_keeps_only_that_attributes_parts() -> None:
    """A word in some id and in no class needs no ``[class*=word i]`` test, and the reverse:
    no element can match the part, so the cut list finds the same elements."""
    selector = NameWordSelector("[class*=date i], [id*=date i], [class*=byline i], time")
    names = "byline\npost-date"
    assert (
        selector.for_page(names, ("byline", "post-date")) == "[id*=date i], [class*=byline i], time"
    )
    assert (
        selector.for_page(names, ("post-date\nbyline", ""))
        == "[class*=date i], [class*=byline i], time"
    )
    # both hold "date"; only the ids "byline"
    both = ("post-date", "date\nbyline")
    assert selector.for_page("\n".join(both), both) == "[class*=date i], [id*=date i], time"
    assert selector.for_page(names) == "[class*=date i], [id*=date i], [class*=byline i], time"


@pytest.mark.parametrize(
    "html",
    [
        PAGE,
        '<body><div id="article-date">1 May</div><p class="byline">Ana Lima</p></body>',
        '<body><div class="Date" id="date"><time>1 May</time></div><p id="AUTHOR">Bo</p></body>',
        '<body><b class="x-paywall"></b><div id="lede">Lead</div><p class="lede">L</p></body>',
    ],
)
def test_lists_cut_by_attribute_find_what_the_whole_lists_find(html: str) -> None:
    page = ParsedPage(html)
    for selector in (BYLINE, LEAD, PAYWALL):
        cut = selector.for_page(page.names, page.names_by_attribute)
        whole = [node.mem_id for node in page.tree.css(selector.selector)]
        assert [node.mem_id for node in page.tree.css(cut)] == whole if cut else not whole
