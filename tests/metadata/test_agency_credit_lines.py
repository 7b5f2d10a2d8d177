"""The story's source read from an agency credited in its dateline or its closing line."""

from __future__ import annotations

import pytest

from newsextract.metadata.credited_sources import source_from_body


@pytest.mark.parametrize(
    ("last", "agency"),
    [
        ("Con información de EFE.", "EFE"),
        ("Com informações da Agência Brasil", "Agência Brasil"),
        ("Mit Material von dpa", "dpa"),
        ("(dpa)", "dpa"),
        ("via AFP", "AFP"),
        ("…と話した。（共同）", "共同"),  # full-width brackets, the agency in its own script
    ],
)
def test_a_closing_credit_names_the_agency(last: str, agency: str) -> None:
    assert source_from_body("The council met on Tuesday.", last) == agency


def test_a_sentence_about_an_agency_is_no_credit() -> None:
    assert source_from_body("The council met.", "The story was first reported by Reuters") is None


def test_a_dateline_credits_its_agency() -> None:
    assert source_from_body("PARIS (AFP) — The council met on Tuesday.", "It ends here.") == "AFP"


def test_a_dateline_after_a_standfirst_paragraph_credits_its_agency() -> None:
    import newsextract

    html = (
        '<html lang="en"><body><article><h1>Metro line opens in Chennai</h1>'
        "<p><strong>The second phase of the metro adds twelve stations in the south of the"
        " city.</strong></p>"
        "<p>CHENNAI, March 3 (IANS): The first trains ran on the new line on Monday morning,"
        " carrying commuters between the airport and the university.</p>"
        "<p>Officials said trains would run every seven minutes at peak hours from April.</p>"
        "</article></body></html>"
    )
    assert newsextract.extract(html).source == "IANS"


def test_a_long_last_block_is_searched_at_its_ends_only() -> None:
    text = "The council met again on Monday and the debate went on. " * 200
    assert source_from_body("x", text + "(dpa)") == "dpa"
    assert source_from_body("x", "via Reuters. " + text) == "Reuters"
    assert source_from_body("x", text[:3000] + "(AFP) " + text[:3000]) is None
