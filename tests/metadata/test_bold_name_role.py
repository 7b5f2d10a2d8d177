"""A bold name over its job title is the byline in cased scripts (``bold_name_role``); a
caption's credit or a line of role words that names no profession is not."""

from __future__ import annotations

import newsextract

TEXT = (
    "<p>The growers' cooperative picked twice as many apples as last year after the frost "
    "spared the blossom, and it plans to open a second press in the autumn.</p>" * 3
)


def _authors(block: str) -> tuple[str, ...]:
    html = (
        "<html lang='en'><head><title>Orchard co-op doubles its harvest</title></head><body>"
        f"<article><h1>Orchard co-op doubles its harvest</h1>{block}{TEXT}</article></body></html>"
    )
    return newsextract.extract(html, url="https://herald.example.com/orchard").authors


def test_a_bold_name_over_a_job_title_is_the_byline() -> None:
    assert _authors("<p><b>Martha Quinn</b><br>Senior Staff Writer</p>") == ("Martha Quinn",)


def test_a_captions_bold_name_over_a_title_credits_a_picture() -> None:
    caption = (
        "<figure><img src='/a.jpg'><figcaption><p><strong>Martha Quinn</strong><br>"
        "Staff Photographer</p></figcaption></figure>"
    )
    assert _authors(caption) == ()


def test_role_words_naming_no_profession_are_no_byline() -> None:
    assert _authors("<p><b>Martha Quinn</b><br>Staff</p>") == ()


def test_a_languages_role_line_regex_waits_for_a_bold_name_over_a_line() -> None:
    """The regex of a language's role lines is built on its first page with a block opening
    with a bold element and a break, not on its first page: what it finds is the same."""
    from newsextract.metadata import bold_name_role

    bold_name_role._role_lines.pop("en", None)
    assert _authors("<p>Martha Quinn<br>Senior Staff Writer</p>") == ()
    assert "en" not in bold_name_role._role_lines
    assert _authors("<p><b>Martha Quinn</b><br>Senior Staff Writer</p>") == ("Martha Quinn",)
    assert bold_name_role._role_lines["en"] is not None
    assert _authors("<p><b>Martha Quinn</b><br>Staff</p>") == ()
