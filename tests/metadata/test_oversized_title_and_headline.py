"""A <title> or <h1> far over a title's budget (``MAX_VALUE_CHARS``) is no title a site name
decorates: the site-name search splitting 60 MB of '<title>a|a|…' into its 30 million parts
took 50 s, comparing a 60 MB <h1> with the title 16 s."""

from __future__ import annotations

from newsextract.metadata import site_name
from newsextract.metadata.candidate import MAX_VALUE_CHARS
from newsextract.page import ParsedPage

BODY = "<body><article><h1>{h1}</h1><p>The council voted on the plan.</p></article></body>"
URL = "https://www.harbourcourier.com/2024/05/01/harbour-plan"


def _names(title: str, h1: str = "Harbour plan") -> list[str]:
    html = f"<html><head><title>{title}</title></head>{BODY.format(h1=h1)}</html>"
    return [str(c.value) for c in site_name.candidates(ParsedPage(html, url=URL))]


def test_a_title_within_its_budget_names_the_site() -> None:
    assert "Harbour Courier" in _names("Harbour plan | Harbour Courier")


def test_a_title_over_its_budget_names_no_site() -> None:
    title = "Harbour plan | " * (MAX_VALUE_CHARS // 10) + "Harbour Courier"
    assert _names(title) == []


def test_a_headline_over_the_budget_is_not_compared_with_the_title() -> None:
    h1 = "Harbour plan " * MAX_VALUE_CHARS
    assert "Harbour Courier" in _names("Harbour plan | Harbour Courier", h1=h1)
