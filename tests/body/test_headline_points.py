"""A headline's summary points, a short unlinked list set right after the <h1> before the
byline and the text, are the lead written as points: they are the lead, out of the body, as
the standfirst set with the headline is. A list that is the text's own stays."""

from __future__ import annotations

import newsextract

_TEXT = """<p>Anyone with a handful of old coins in a drawer may want to look twice before
taking them to the bank, a group of collectors in Marlow Bay said this week.</p>
<p>Two batches of the 2009 penny were struck with a doubled rim, and the society says
fewer than forty of them have been reported since the error was first noticed.</p>
<p>Collectors have paid up to 400 pounds for a clear example at recent fairs.</p>"""

_POINTS = """<ul class="story-bullets"><li><strong>Collectors in Marlow Bay are hunting a rare
penny</strong></li><li><strong>Two batches were struck with a doubled rim</strong></li>
<li><strong>Fewer than forty have been reported so far</strong></li></ul>"""


def _page(after_headline: str, text: str = _TEXT) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><title>Check your pennies</title>
<meta name="description" content="Collectors are hunting a penny struck with an error."></head>
<body><nav><a href="/">Marlow Bay Echo</a> <a href="/money">Money</a></nav>
<div class="article-text"><h1>Your old penny could be worth hundreds - here is how to
check</h1>{after_headline}<p class="byline">By Jane Roe</p>{text}</div>
<footer><p>Marlow Bay Echo, 2 Harbour Road</p></footer></body></html>"""


def test_points_under_the_headline_leave_the_body() -> None:
    article = newsextract.extract(_page(_POINTS), url="https://example.com/pennies")
    body = article.body or ""
    assert "doubled rim, and the society" in body
    assert "hunting a rare penny" not in body
    assert "Fewer than forty have been reported" not in body
    assert (article.lead or "").splitlines() == [
        "Collectors in Marlow Bay are hunting a rare penny",
        "Two batches were struck with a doubled rim",
        "Fewer than forty have been reported so far",
    ]


def test_points_beside_a_standfirst_stay_the_bodys_first_list() -> None:
    standfirst = '<p class="standfirst">A rim struck twice makes a penny worth keeping.</p>'
    article = newsextract.extract(_page(_POINTS + standfirst), url="https://example.com/p")
    assert article.lead == "A rim struck twice makes a penny worth keeping."
    assert "Fewer than forty have been reported" in (article.body or "")


def test_a_list_with_links_under_the_headline_stays() -> None:
    linked = _POINTS.replace(
        "Two batches were struck", '<a href="/coins/rims">Two batches</a> were struck'
    )
    body = newsextract.extract(_page(linked), url="https://example.com/pennies").body or ""
    assert "hunting a rare penny" in body


def test_a_list_further_down_stays() -> None:
    text = _TEXT + "<p>What to look for:</p>" + _POINTS
    body = newsextract.extract(_page("", text), url="https://example.com/pennies").body or ""
    assert "Fewer than forty have been reported" in body


def test_key_facts_under_the_headline_stay() -> None:
    facts = """<ul><li>Location: Marlow Bay harbour office</li><li>Closing date: 14 May 2026
</li><li>Salary: 28,000 pounds a year</li></ul>"""
    body = newsextract.extract(_page(facts), url="https://example.com/job").body or ""
    assert "Closing date: 14 May 2026" in body
