"""A title part that names the host's sub-site (a blog's name on a platform of blogs:
"Post - Green Corner - Bloggarden" on greencorner.bloggarden.net) is decoration, cut like
the site's name (site_names ``subdomain_names``, ``split_subdomain_name``)."""

from __future__ import annotations

import pytest

from newsextract.metadata.site_names import split_subdomain_name, subdomain_names
from newsextract.metadata.title import choose_title


@pytest.mark.parametrize(
    ("url", "names"),
    [
        ("https://greencorner.bloggarden.example.net/x", {"greencorner", "bloggarden"}),
        ("https://green-corner.example.org/x", {"greencorner"}),
        # codes of a language, a device or a mirror are no names
        ("https://en.example.org/wiki/X", set()),
        ("https://www.example.com/x", set()),
        ("https://m.example.co.uk/x", set()),
        ("https://web.archive.org/web/2020/https://fernhill.example.net/x", {"fernhill"}),
        ("not a url", set()),
    ],
)
def test_subdomain_names(url: str, names: set[str]) -> None:
    assert subdomain_names(url) == names


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Growing tomatoes on a balcony - Green Corner", "Growing tomatoes on a balcony"),
        ("Green Corner | Growing tomatoes on a balcony", "Growing tomatoes on a balcony"),
        # a part that only holds the name is the headline's own
        ("Growing tomatoes - a green corner for you", "Growing tomatoes - a green corner for you"),
        ("Green Corner", "Green Corner"),
    ],
)
def test_split_subdomain_name(title: str, expected: str) -> None:
    assert split_subdomain_name(title, {"greencorner"})[0] == expected


def test_a_blog_name_between_post_and_platform_is_cut() -> None:
    title = "Growing tomatoes on a small balcony - The Green Corner - Bloggarden"
    site = ["bloggarden", "bloggarden.net"]
    assert choose_title(None, [title], site).title.endswith("The Green Corner")
    choice = choose_title(None, [title], site, subdomains={"thegreencorner"})
    assert choice.title == "Growing tomatoes on a small balcony"


def test_a_sub_sites_name_as_a_label_before_a_colon() -> None:
    title = "Fernhill Notes: Pressing wild flowers in late May"
    assert split_subdomain_name(title, {"fernhillnotes"}) == (
        "Pressing wild flowers in late May",
        "Fernhill Notes",
    )
    # a label that is not the sub-site's is a kicker: kept
    assert split_subdomain_name("Exclusive: Mayor resigns", {"fernhillnotes"})[1] is None
