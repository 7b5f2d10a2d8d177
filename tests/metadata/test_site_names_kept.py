"""A page's site names and title splits are kept for the page's next questions
(``site_names``): each caller still gets a list of its own, and a text too long to be a
title is split without being kept."""

from __future__ import annotations

from newsextract.metadata.site_names import site_names_from_url, split_site_name


def test_each_caller_gets_a_list_of_its_own() -> None:
    first = site_names_from_url("https://www.example-news.co.uk/world/1")
    first.append("changed")
    assert site_names_from_url("https://www.example-news.co.uk/world/1") == [
        "example-news",
        "example-news.co.uk",
    ]
    bare, cut = split_site_name("Storm hits the coast | Example News", ["example-news"])
    cut.append("changed")
    assert split_site_name("Storm hits the coast | Example News", ["example-news"]) == (
        "Storm hits the coast",
        ["Example News"],
    )
    assert bare == "Storm hits the coast"


def test_the_names_are_read_from_any_iterable_each_time() -> None:
    names = iter(["example-news"])
    assert split_site_name("Example News - Storm hits", names) == ("Storm hits", ["Example News"])
    assert split_site_name("Example News - Storm hits", []) == ("Example News - Storm hits", [])


def test_a_long_text_splits_as_a_title_does() -> None:
    text = "word " * 100 + "| Example News"
    bare, cut = split_site_name(text, ["example-news"])
    assert cut == ["Example News"]
    assert bare == " ".join(("word " * 100).split())


def test_a_site_name_that_is_the_whole_title_cuts_no_dash() -> None:
    # a blog whose og:site_name repeats its post's <title>: the wave dash joins two peaks
    # ("from A to B"), and the part after it is inside that "name" only as the head is too
    title = "北岳～間ノ岳～農鳥岳 縦走しました （8/3）"
    assert split_site_name(title, [f"{title} - 山歩き日記"]) == (title, [])


def test_the_part_after_an_unspaced_dash_that_names_the_site_is_cut() -> None:
    assert split_site_name("市民マラソンに三千人が参加～みなと新報", ["みなと新報"]) == (
        "市民マラソンに三千人が参加",
        ["みなと新報"],
    )
