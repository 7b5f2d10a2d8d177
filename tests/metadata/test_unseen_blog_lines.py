"""Lines of blog and news pages met on unseen pages: a subscription box classed as a lead, a
category label line, a long byline line opening with a published label, a closing credit
after a ``<br>``."""

from __future__ import annotations

import newsextract

from .pages import article_page

TEXT = (
    "<p>Residents of Lowmarsh will vote next week on a plan that would add three evening "
    "crossings to the ferry timetable and move the first boat half an hour earlier.</p>"
    "<p>The board said the change would cost about forty thousand a year, paid for by a small "
    "rise in the price of a season ticket, which has not changed in a decade.</p>"
)


def test_a_subscription_box_classed_as_a_lead_is_no_lead() -> None:
    box = (
        '<div class="premium-teaser lead">Subscribe to read this and every story on Example.</div>'
    )
    page = article_page("en", "Harbour town votes on ferry timetable", box + TEXT)
    article = newsextract.extract(page, url="https://news.example.com/ferry")
    assert "Subscribe" not in (article.lead or "")
    assert "Subscribe" not in article.body


def test_a_standfirst_classed_as_a_lead_is_still_read() -> None:
    lead = '<div class="lead">The harbour board wants later boats; the town votes next week.</div>'
    page = article_page("en", "Harbour town votes on ferry timetable", lead + TEXT)
    article = newsextract.extract(page, url="https://news.example.com/ferry")
    assert article.lead == "The harbour board wants later boats; the town votes next week."
