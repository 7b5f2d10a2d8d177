"""A news agency credited in a paragraph of its own after the article's last one ("—
Reuters", "(MTI)") is the story's source; the body drops that line."""

from __future__ import annotations

import pytest

import newsextract

TEXT = (
    "<p>The city council approved the new budget on Tuesday after a long debate, with most "
    "members agreeing that the transport plan needed more money than last year.</p>"
    "<p>Opponents argued that the increase would burden residents, but the mayor said the "
    "spending was necessary to repair roads and bridges.</p>"
)


@pytest.mark.parametrize(
    ("line", "agency"), [("— Reuters", "Reuters"), ("(MTI)", "MTI"), ("-- AFP", "AFP")]
)
def test_a_closing_agency_line_is_the_source(line: str, agency: str) -> None:
    page = f"<html><body><article><h1>Budget passed</h1>{TEXT}<p>{line}</p></article></body></html>"
    article = newsextract.extract(page)
    assert article.source == agency
    assert line not in article.body


def test_an_agency_named_in_the_text_is_no_source() -> None:
    closing = "<p>Reuters reported the figures on Monday, citing the city's accounts.</p>"
    page = f"<html><body><article><h1>Budget passed</h1>{TEXT}{closing}</article></body></html>"
    assert newsextract.extract(page).source is None


@pytest.mark.parametrize(
    ("first", "agency"),
    [
        # An Indian wire's own form: the place and the day, the agency, no dash after it
        ("New Delhi, Mar 3 (PTI) The ministry ordered new coaches on Monday.", "PTI"),
        ("मुंबई, ५ जून (PTI) शहर में आज भारी बारिश हुई।", "PTI"),
        # a place in a script with no upper case, the dash or colon after the agency
        ("கோவை, ஜூன் 5 (IANS): நகரில் இன்று கனமழை பெய்தது.", "IANS"),
        ("Lagos, June 5 (NAN) – The state opened two new markets.", "NAN"),
        # Korean and Chinese wire datelines, and Taiwan's agency in brackets, the month left out
        ("(서울=연합뉴스) 김민수 기자 = 서울시가 다음 달부터 심야 버스 노선을 늘린다.", "연합뉴스"),
        ("新华社武汉3月5日电（记者张伟、李娜）武汉市今天开通了两条新的地铁线路。", "新华社"),
        ("（中央社記者林小華台中3日電）台中市今天啟用新的公車轉運站。", "中央社"),
        # A press release's wire: in slashes after the place and the day, or in brackets
        # between double hyphens
        ("COLUMBUS, Ohio, March 3, 2025 /PRNewswire/ -- BrightLoop opened a plant.", "PRNewswire"),
        ("AUSTIN, Texas, March 3, 2025 /PRNewswire-PRWeb/ -- The studio opened.", "PRNewswire"),
        ("TORONTO, March 3, 2025 /CNW/ - The company announced results.", "CNW"),
        ("LYON, France--(BUSINESS WIRE)--Véloria inaugure une usine.", "BUSINESS WIRE"),
        ("NEW YORK, March 03, 2025 (GLOBE NEWSWIRE) -- Acme announced a deal.", "GLOBE NEWSWIRE"),
    ],
)  # fmt: skip
def test_a_dateline_in_any_script_credits_its_agency(first: str, agency: str) -> None:
    from newsextract.metadata.credited_sources import source_from_body

    assert source_from_body(first, "") == agency


@pytest.mark.parametrize(
    "first",
    [
        "The Associated Press (AP) reported the figures on Monday.",  # no day after a place
        "Es war 3 Uhr (AFP) und die Stadt schlief.",  # no place and comma before the day
        "Prices rose 3% in and/or around the CNW/region - said officials.",  # no wire in slashes
    ],
)
def test_an_agency_in_brackets_in_a_sentence_is_no_dateline(first: str) -> None:
    from newsextract.metadata.credited_sources import source_from_body

    assert source_from_body(first, "") is None


def test_an_agency_written_in_full_among_the_structured_authors_is_the_source() -> None:
    ld = (
        '{"@type": "NewsArticle", "headline": "Ice cover hits a record low", "author": '
        '[{"@type": "Person", "name": "Jo Ruiz"}, {"@type": "Organization", '
        '"name": "Associated Press"}]}'
    )
    page = (
        '<html lang="en"><head><script type="application/ld+json">' + ld + "</script></head>"
        f"<body><article><h1>Ice cover hits a record low</h1>{TEXT}</article></body></html>"
    )
    article = newsextract.extract(page)
    assert article.source == "Associated Press"
    assert article.authors == ("Jo Ruiz", "Associated Press")
