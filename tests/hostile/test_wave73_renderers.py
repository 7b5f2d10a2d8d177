"""Hostile input, wave 73: what the ``Article``'s renderers give for content a page chose.

A ``<pre data-lang>`` value was taken whole as the code block's language: spaces, line
breaks, fences and 5,000 characters went into ``Block.language`` and ``body_html``'s
``class="language-…"`` (escaped, so no markup, but "x onmouseover=alert(1)" made classes of
its words), while ``body_markdown`` dropped it. A language is now a highlighter's name from
either attribute, or none."""

from __future__ import annotations

import html

import pytest

import newsextract
from newsextract import BlockKind

PARA = (
    "<p>" + "Harbour works resumed on Monday after the strike ended, officials said. " * 3 + "</p>"
)


def _page(pre: str) -> str:
    return (
        "<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>"
        f"{PARA * 3}{pre}{PARA * 3}</article></body></html>"
    )


@pytest.mark.parametrize(
    "value",
    [
        "x onmouseover=alert(1)",
        '"><script>alert(1)</script>',
        "```\n# heading",
        "a\nb",
        "c" * 5000,
        "x\u2028y",
    ],
)
@pytest.mark.parametrize("attribute", ["data-lang"])
def test_a_code_language_is_a_name_or_none(attribute: str, value: str) -> None:
    pre = f"<pre {attribute}='{html.escape(value)}'>x = 1\ny = 2</pre>"
    article = newsextract.extract(_page(pre), "https://news.example/a")
    code = [block for block in article.body_blocks if block.kind is BlockKind.PREFORMATTED]
    assert code, article.body_blocks
    assert code[0].language is None
    assert "<pre><code>" in article.body_html()


@pytest.mark.parametrize(
    ("pre", "language"),
    [
        ("<pre data-lang='python'>x = 1\ny = 2</pre>", "python"),
        ("<pre data-lang=' Python '>x = 1\ny = 2</pre>", "python"),
        ("<pre data-lang='C++'>x = 1;\ny = 2;</pre>", "c++"),
        ("<pre><code class='language-" + "c" * 5000 + "'>x = 1\ny = 2</code></pre>", None),
        ("<pre class='brush: js'>x = 1;\ny = 2;</pre>", "js"),
    ],
)
def test_a_code_language_from_either_attribute(pre: str, language: str | None) -> None:
    article = newsextract.extract(_page(pre), "https://news.example/a")
    code = [block for block in article.body_blocks if block.kind is BlockKind.PREFORMATTED]
    assert code[0].language == language


MARKUP = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "<https://evil.example>",
    "<!-- hidden -->",
    "<?php echo 1 ?>",
    "<iframe src=javascript:alert(1)>",
]


@pytest.mark.parametrize("text", MARKUP)
@pytest.mark.parametrize("place", ["p", "h2", "li", "td", "blockquote", "figcaption"])
def test_markup_in_the_text_stays_text_in_python_markdown_and_commonmark(
    text: str, place: str
) -> None:
    # body_markdown wrote "<" as "\<", CommonMark's escape; Python-Markdown (whose definition
    # lists the renderer writes) has none, and its HTML held a live <img onerror> or <script>.
    markdown = pytest.importorskip("markdown")
    words = "Harbour works resumed on Monday after the strike ended. " * 3
    inner = f"{words}{html.escape(text)} {words}"
    element = {
        "li": f"<ul><li>{inner}</li><li>{words}</li></ul>",
        "td": f"<table><tr><td>{inner}</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>",
        "figcaption": f"<figure><img src='a.jpg'><figcaption>{inner}</figcaption></figure>",
    }.get(place, f"<{place}>{inner}</{place}>")
    article = newsextract.extract(_page(element), "https://news.example/a")
    rendered = article.body_markdown()
    assert text.split()[0] in html.unescape(rendered) or place == "figcaption"
    out = markdown.markdown(rendered, extensions=["tables", "def_list"])
    for tag in ("<img", "<script", "<a ", "<!--", "<?php", "<iframe"):
        assert tag not in out, out
