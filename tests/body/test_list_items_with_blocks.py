"""A list item that holds blocks (round 49): a how-to's step under its own heading
("<li><h3>Water</h3><p>…</p></li>"), a step of two paragraphs or with its code. The item is
numbered once, its heading its bold title, its later blocks inside it, in Markdown and
HTML alike; the plain text is as it was, a block a paragraph."""

from __future__ import annotations

import newsextract
from newsextract.body.model import Block, BlockKind
from newsextract.body.render import to_html, to_markdown

_LEAD = (
    "<p>Repotting gives a crowded plant room to grow. It takes ten minutes and a pot one "
    "size larger than the old one, and the plant settles in within a week or two.</p>"
)


def _article(items: str) -> newsextract.Article:
    html = (
        "<html lang='en'><head><title>How to repot a plant</title></head><body><article>"
        f"<h1>How to repot a plant</h1>{_LEAD}<ol class='steps'>{items}</ol></article>"
        "</body></html>"
    )
    return newsextract.extract(html, url="https://garden.example/repot")


_STEPS = (
    "<li><h3>Water</h3><p>Water the plant a day before.</p></li>"
    "<li><h3>Loosen</h3><p>Loosen the root ball gently.</p></li>"
    "<li><h3>Move</h3><p>Place it in the new pot.</p></li>"
)


def test_steps_under_headings_are_numbered_once_with_their_titles() -> None:
    markdown = _article(_STEPS).body_markdown()
    assert markdown.endswith(
        "1. **Water**\n\n    Water the plant a day before.\n\n"
        "2. **Loosen**\n\n    Loosen the root ball gently.\n\n"
        "3. **Move**\n\n    Place it in the new pot."
    )


def test_steps_under_headings_in_html() -> None:
    html = _article(_STEPS).body_html()
    assert html.endswith(
        "<ol>\n<li><p><strong>Water</strong></p>\n<p>Water the plant a day before.</p></li>\n"
        "<li><p><strong>Loosen</strong></p>\n<p>Loosen the root ball gently.</p></li>\n"
        "<li><p><strong>Move</strong></p>\n<p>Place it in the new pot.</p></li>\n</ol>"
    )


def test_the_plain_text_is_a_block_a_paragraph_as_before() -> None:
    body = _article(_STEPS).body
    assert body.endswith(
        "Water\n\nWater the plant a day before.\n\nLoosen\n\nLoosen the root ball gently.\n\n"
        "Move\n\nPlace it in the new pot."
    )


def test_a_step_of_two_paragraphs_and_a_step_with_code() -> None:
    article = _article(
        "<li><p>Tip the pot and slide the plant out.</p><p>Tap the sides if it sticks.</p>"
        "</li><li><p>Label the new pot.</p><pre><code>print('fern')</code></pre></li>"
        "<li><p>Water it well.</p></li>"
    )
    assert article.body_markdown().endswith(
        "1. Tip the pot and slide the plant out.\n\n    Tap the sides if it sticks.\n\n"
        "2. Label the new pot.\n\n    ```\n    print('fern')\n    ```\n\n3. Water it well."
    )
    assert article.body_html().endswith(
        "<li><p>Label the new pot.</p>\n<pre><code>print('fern')</code></pre></li>\n"
        "<li>Water it well.</li>\n</ol>"
    )


def test_a_later_block_renders_inside_a_nested_item() -> None:
    blocks = [
        Block(kind=BlockKind.LIST_ITEM, text="Outer", level=1),
        Block(kind=BlockKind.LIST_ITEM, text="Inner *title*", level=2, ordered=True, header=True),
        Block(kind=BlockKind.LIST_ITEM, text="Inner text.", level=2, ordered=True, part=True),
        Block(kind=BlockKind.LIST_ITEM, text="Next inner", level=2, ordered=True),
    ]
    assert to_markdown(blocks) == (
        "- Outer\n    1. **Inner \\*title\\***\n\n        Inner text.\n\n    2. Next inner"
    )
    assert to_html(blocks) == (
        "<ul>\n<li>Outer\n<ol>\n<li><p><strong>Inner *title*</strong></p>\n"
        "<p>Inner text.</p></li>\n<li>Next inner</li>\n</ol></li>\n</ul>"
    )


def test_a_heading_alone_in_an_item_stays_a_heading() -> None:
    # Nothing else of its <li> kept: no item to open, the heading as it was.
    article = _article(
        "<li><h3>Before you start</h3></li><li><p>Water the plant a day before.</p></li>"
    )
    assert "### Before you start" in article.body_markdown()


def test_every_later_block_of_a_step_stays_inside_it() -> None:
    # A step's title, its paragraph and two code blocks: the second code block follows a
    # code block, not a paragraph, and is the step's all the same.
    article = _article(
        "<li><h3>Check</h3><p>Run both commands.</p><pre><code>ls</code></pre><pre><code>"
        "pwd</code></pre></li><li><h3>Done</h3><p>Close the terminal.</p></li>"
    )
    assert article.body_markdown().endswith(
        "1. **Check**\n\n    Run both commands.\n\n    ```\n    ls\n    ```\n\n    ```\n    pwd\n"
        "    ```\n\n2. **Done**\n\n    Close the terminal."
    )


# Round 50: an item's blocks after a list nested in it stay the item's, the nested list
# indented under it, the numbering kept.
_AROUND_A_LIST = (
    "<li><p>Tip the pot.</p>{inner}<p>Tap the sides if it sticks.</p></li>"
    "<li><p>Water it well.</p></li>"
)
_INNER = "<ul><li>Gently.</li><li>Slowly.</li></ul>"


def test_a_paragraph_after_a_nested_list_stays_in_its_numbered_item() -> None:
    article = _article(_AROUND_A_LIST.format(inner=_INNER))
    assert article.body_markdown().endswith(
        "1. Tip the pot.\n    - Gently.\n    - Slowly.\n\n    Tap the sides if it sticks.\n\n"
        "2. Water it well."
    )
    assert article.body_html().endswith(
        "<ol>\n<li><p>Tip the pot.</p>\n<ul>\n<li>Gently.</li>\n<li>Slowly.</li>\n</ul>\n"
        "<p>Tap the sides if it sticks.</p></li>\n<li>Water it well.</li>\n</ol>"
    )
    assert article.body.endswith(
        "Tip the pot.\n\nGently.\n\nSlowly.\n\nTap the sides if it sticks.\n\nWater it well."
    )


def test_a_paragraph_after_a_nested_list_in_a_bulleted_list() -> None:
    blocks = [
        Block(kind=BlockKind.LIST_ITEM, text="Pots", level=1),
        Block(kind=BlockKind.LIST_ITEM, text="Clay", level=2, ordered=True),
        Block(kind=BlockKind.LIST_ITEM, text="Both drain well.", level=1, part=True),
        Block(kind=BlockKind.LIST_ITEM, text="Soil", level=1),
    ]
    assert to_markdown(blocks) == ("- Pots\n    1. Clay\n\n    Both drain well.\n\n- Soil")
    assert to_html(blocks) == (
        "<ul>\n<li><p>Pots</p>\n<ol>\n<li>Clay</li>\n</ol>\n<p>Both drain well.</p></li>\n"
        "<li>Soil</li>\n</ul>"
    )


def test_blocks_after_lists_nested_two_levels_deep() -> None:
    article = _article(
        "<li><p>Prepare.</p><ol><li><p>Find a pot.</p><ul><li>Clay or plastic.</li></ul>"
        "<p>Wash it first.</p></li><li><p>Get soil.</p></li></ol><p>Then begin.</p></li>"
        "<li><p>Repot.</p></li>"
    )
    assert article.body_markdown().endswith(
        "1. Prepare.\n    1. Find a pot.\n        - Clay or plastic.\n\n        Wash it first.\n\n"
        "    2. Get soil.\n\n    Then begin.\n\n2. Repot."
    )
    assert article.body_html().endswith(
        "<ol>\n<li><p>Prepare.</p>\n<ol>\n<li><p>Find a pot.</p>\n<ul>\n<li>Clay or plastic."
        "</li>\n</ul>\n<p>Wash it first.</p></li>\n<li>Get soil.</li>\n</ol>\n"
        "<p>Then begin.</p></li>\n<li>Repot.</li>\n</ol>"
    )


def test_a_code_block_after_a_nested_list_stays_in_its_item() -> None:
    article = _article(
        "<li><p>List the files.</p><ul><li>Hidden ones too.</li></ul><pre><code>ls -a"
        "</code></pre></li><li><p>Close the terminal.</p></li>"
    )
    assert article.body_markdown().endswith(
        "1. List the files.\n    - Hidden ones too.\n\n    ```\n    ls -a\n    ```\n\n"
        "2. Close the terminal."
    )
    assert article.body_html().endswith(
        "<li><p>List the files.</p>\n<ul>\n<li>Hidden ones too.</li>\n</ul>\n"
        "<pre><code>ls -a</code></pre></li>\n<li>Close the terminal.</li>\n</ol>"
    )
    assert article.body.endswith(
        "List the files.\n\nHidden ones too.\n\nls -a\n\nClose the terminal."
    )
