"""A paragraph holding a picture, a line break and one italic line, and nothing else
(``<p><img><br><em>…</em></p>``, a blog editor's caption written without a <figure>), is the
picture's caption: kept in ``body_blocks`` as a caption, out of the running text. A paragraph
of text with an inline picture, or an italic line with words around it, stays text."""

from __future__ import annotations

import newsextract

_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Dunmore trial</title></head><body>
<nav><a href="/">Valley Ledger</a></nav>
<article class="post"><h1>Second witness to testify in Dunmore trial</h1>
<div class="entry-content">
<p>A second witness will give evidence at the trial of a Dunmore man accused of setting
fire to a hardware store in March, the county prosecutor told the court on Monday.</p>
<p><a href="/uploads/court.jpg"><img src="/uploads/court-600.jpg" alt=""></a><br>
<em>The county courthouse in Dunmore on Monday</em></p>
<p>The witness, a former employee of the store, is expected to take the stand on Thursday
after the defence finishes its questioning of the fire investigator.</p>
<p><img src="/uploads/map.png" alt=""> The store stood on the corner of Elm Street and
Mill Road for forty years before the fire, and its owners have said they will rebuild.</p>
<p><img src="/uploads/owners.jpg" alt=""><br>
<em>Rebuilding plans</em> were filed with the town last week, according to the clerk.</p>
</div></article></body></html>"""


def _article() -> newsextract.Article:
    return newsextract.extract(_PAGE, url="https://example.org/dunmore-trial")


def test_the_italic_line_under_a_picture_is_its_caption() -> None:
    article = _article()
    body = article.body or ""
    assert "courthouse in Dunmore on Monday" not in body
    captions = [block.text for block in article.body_blocks if block.caption]
    assert captions == ["The county courthouse in Dunmore on Monday"]


def test_text_beside_a_picture_stays() -> None:
    body = _article().body or ""
    assert "corner of Elm Street" in body
    assert "were filed with the town last week" in body
    assert "take the stand on Thursday" in body


_QUOTED = """<!DOCTYPE html><html lang="en"><head><title>Keeper's letters</title></head><body>
<article class="post"><h1>Letters from the keeper of the Skerran light</h1>
<div class="entry-content">
<p>In 1911 the keeper of the Skerran light wrote to his sister every week. The letters,
found last year in an attic, are now on show at the town museum in Carrow.</p>
<p><img src="/img/letter.jpg" alt=""><br><em>"The sea has been high all week and the supply
boat could not land, so we are living on oats and the last of the salt fish. The lamp has
not failed once, which is more than I can say for my temper."</em></p>
<p>The museum's curator said the collection would be digitised over the summer.</p>
</div></article></body></html>"""


def test_a_long_italic_paragraph_under_a_picture_stays_text() -> None:
    body = newsextract.extract(_QUOTED, url="https://example.org/letters").body or ""
    assert "living on oats" in body


def test_a_lead_in_line_under_a_picture_stays_text() -> None:
    page = _QUOTED.replace(
        '<em>"The sea has been high all week', "<em>And now something about the river:</em><!--"
    ).replace('my temper."</em>', "-->")
    body = newsextract.extract(page, url="https://example.org/letters").body or ""
    assert "something about the river:" in body
