"""What a ``<pre>`` holds besides one run of text: its ``<code>`` beside a highlighter's
button (the code is the block, its lines kept; the button's word is not read), and
paragraphs a serial-fiction site sets in one ``<pre>`` (each a paragraph of its own, not
one run of glued text)."""

from __future__ import annotations

import newsextract
from newsextract import BlockKind


def _article(inner: str) -> newsextract.Article:
    html = (
        "<html lang='en'><head><title>Notes from the workshop | Example</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/notes'>Notes</a></nav><main><article>"
        "<h1>Notes from the workshop</h1><p>We met on Tuesday evening in the old library and "
        f"went through the first exercises together.</p>{inner}<p>The next meeting is on the "
        "first Tuesday of the month, same room.</p></article></main></body></html>"
    )
    return newsextract.extract(html, url="https://notes.example/workshop/1")


def test_code_beside_an_expand_button_keeps_its_lines() -> None:
    article = _article(
        "<pre><code class='language-yaml'>server:\n  port: 8080\n  host: example.local</code>"
        "<div class='toolbar'><span class='expand'>Expand</span></div></pre>"
    )
    code = [b for b in article.body_blocks if b.kind is BlockKind.PREFORMATTED]
    assert [b.text for b in code] == ["server:\n  port: 8080\n  host: example.local"]
    assert "Expand" not in (article.body or "")


def test_code_broken_by_br_is_read_by_the_walk() -> None:
    article = _article("<pre><code>first line<br>second line</code><div>Copy</div></pre>")
    assert "first line\nsecond line" in (article.body or "")


def test_paragraphs_in_a_pre_stay_apart() -> None:
    article = _article(
        "<pre><p>The lamp went out at midnight.</p><p>Nobody moved.</p><p>Then the stairs "
        "creaked twice, and a light showed under the door.</p></pre>"
    )
    blocks = [(b.kind, b.text) for b in article.body_blocks]
    assert (BlockKind.PARAGRAPH, "Nobody moved.") in blocks
    assert "midnight.Nobody" not in (article.body or "")
