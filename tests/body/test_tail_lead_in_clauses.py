"""A closing lead-in of two clauses is the text's sentence before a picture; a label's
lead-in left at the end with nothing under it still goes (``text_edges._CLAUSES``)."""

from __future__ import annotations

import newsextract

_POST = (
    "<html lang='en'><head><title>The second puppy</title></head><body><div class='post'>"
    "<h1>The second puppy</h1><div class='entry'><p>A while ago our first puppy, Bramble, "
    "arrived from the farm down the lane. A few days ago his little sister Nettle joined "
    "him, and the house has not been quiet since.</p><p><img src='/a.jpg' alt=''></p>"
    "<p>{last}</p><p><img src='/b.jpg' alt=''></p></div></div></body></html>"
)


def _body(last: str) -> str:
    return newsextract.extract(_POST.format(last=last), url="https://blog.example.net/p").body


def test_a_sentence_leading_into_the_last_picture_stays() -> None:
    last = "This is how it looked when Bramble first saw her, sniffed and licked her ears:"
    assert "sniffed and licked her ears" in _body(last)


def test_a_label_lead_in_left_at_the_end_goes() -> None:
    assert "in our live blog" not in _body("Read more about the farm in our live blog:")
