"""Speed cuts of the body of the 76th wave (speed76w) that must answer exactly as the code
they replaced: the blocks set straight in a container filed once a walk (``Walk.held_by``)
where the region's climb scanned every block at each level; a caption's nearest figure
kept for each container climbed (``_nearest_figure``); an aside's names asked before its
subtree's queries (``is_factbox``); a block child met with no gap asked."""

from __future__ import annotations

import random
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsextract.body.block_records import _DATA_TAGS, _block_name, _element, is_factbox
from newsextract.body.blocks import _Walker, walk
from newsextract.body.container_hints import FIGURE_TAGS
from newsextract.body.walk_records import Walk

_TAGS = ("div", "section", "figure", "figcaption", "p", "span", "ul", "li", "blockquote", "a")
_WORDS = ("Lead text", "A caption", "Photo: X", "", "  ", "Another line of text.")


def _random_page(seed: int) -> str:
    """A page of random nesting of containers, figures, captions, lists and text."""
    rng = random.Random(seed)

    def element(depth: int) -> str:
        tag = rng.choice(_TAGS)
        if depth > 5 or rng.random() < 0.3:
            return f"<{tag}>{rng.choice(_WORDS)}</{tag}>"
        inner = "".join(
            element(depth + 1) if rng.random() < 0.7 else rng.choice(_WORDS)
            for _ in range(rng.randint(1, 4))
        )
        return f"<{tag} class='{rng.choice(('box', 'recipe-card', 'x'))}'>{inner}</{tag}>"

    return "<html><body>" + "".join(element(0) for _ in range(6)) + "</body></html>"


def _walked(html: str) -> Walk:
    body = LexborHTMLParser(html).body
    assert body is not None
    return walk(body, figures=True)


def test_held_by_is_the_scan_of_every_block() -> None:
    for seed in range(60):
        walked = _walked(_random_page(seed))
        for container in range(-1, len(walked.containers.parent) + 1):
            scanned = [i for i, b in enumerate(walked.blocks) if b.container == container]
            assert walked.held_by(container) == scanned


def test_nearest_figure_is_the_climb() -> None:
    for seed in range(60):
        body = LexborHTMLParser(_random_page(seed)).body
        assert body is not None
        walker = _Walker(figures=True)
        walker.run(body)
        cont = walker.out.containers
        order = list(range(len(cont.parent)))
        random.Random(seed).shuffle(order)
        for container in [*order, *order]:  # asked twice: the kept answers too
            at, climbed = container, None
            while at >= 0:
                if cont.tag[at] in FIGURE_TAGS:
                    climbed = cont.tag[at]
                    break
                at = cont.parent[at]
            assert walker._nearest_figure(container) == climbed


def _old_is_factbox(node: LexborNode) -> bool:
    """``is_factbox``'s data column before speed76w: the subtree's queries first."""
    if node.css_first(_DATA_TAGS) is None or node.css_first("a") is not None:
        return False
    block = _block_name(node)
    if not block:
        return False
    return any(
        _block_name(other) == block
        for other in (_element(node.prev, "prev"), _element(node.next, "next"), node.parent)
        if other is not None
    )


def test_data_column_answers_as_before() -> None:
    pages = [
        "<div class='recipe-method'><p>Stir.</p></div>"
        "<aside class='recipe-ingredients'><ul><li>Flour</li></ul></aside>",
        "<div class='recipe-method'></div><aside class='recipe-side'><a href=/x>More</a><ul>"
        "<li>x</li></ul></aside>",
        "<div class='longform-body'><p>Text.</p><aside class='longform-aside'><table><tr><td>1"
        "</td></tr></table></aside></div>",
        "<div class='col-lg-9'></div><aside class='col-lg-3'><ul><li>x</li></ul></aside>",
        "<aside class='sidebar'><ul><li><a href=/a>A</a></li></ul></aside>",
        "<aside><ul><li>x</li></ul></aside>",
        "<div class='c-box'></div><aside class='c-side'><dl><dt>a</dt></dl></aside>",
        "<p>Text</p><!-- c --> <aside class='step-list'><ol><li>One</li></ol></aside>"
        "<div class='step-body'></div>",
    ]
    for html in pages:
        aside = LexborHTMLParser(html).css_first("aside")
        assert aside is not None
        data_column = is_factbox(aside)
        assert not re.search("fact|note|infobox", html)  # no name answers first here
        assert data_column == _old_is_factbox(aside), html
