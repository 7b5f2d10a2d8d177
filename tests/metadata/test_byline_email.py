"""An e-mail address after the writer's name is cut from the byline: TownNews (Blox) pages
print "By Dana Whitfield dwhitfield@…" in their JSON-LD author and their visible byline,
and neither gave an author before."""

from __future__ import annotations

import json

import pytest

import newsextract
from newsextract.metadata.authors import split_byline

_TEXT = (
    "<p>County commissioners voted on Monday to approve a new library branch on the east "
    "side, ending a debate that stretched over three budget cycles.</p>"
    "<p>The branch will be built next to the community center and include study rooms.</p>"
)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Ruth Ellery rellery@example-ledger.com", ["Ruth Ellery"]),
        ("Ruth Ellery (rellery@example-ledger.com)", ["Ruth Ellery"]),
        ("By Ruth Ellery and Sam Ortiz sortiz@example.org", ["Ruth Ellery", "Sam Ortiz"]),
        ("rellery@example-ledger.com", []),  # an address alone is no name
    ],
)
def test_an_address_after_the_names_is_cut(byline: str, names: list[str]) -> None:
    assert split_byline(byline, "en") == names


def test_a_blox_page_gives_its_writer() -> None:
    data = {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "headline": "Library branch approved",
        "author": [{"@type": "Person", "name": "By Ruth Ellery rellery@example-ledger.com"}],
    }
    page = (
        '<html lang="en-US"><head><title>Library branch approved | Local | example.com</title>'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body>'
        '<div class="asset-masthead"><h1 class="headline">Library branch approved</h1>'
        '<ul class="list-inline"><li><span class="asset-byline">By </span>'
        '<a href="/users/profile/Ruth%20Ellery">Ruth Ellery</a> '
        '<a href="mailto:rellery@example-ledger.com">rellery@example-ledger.com</a></li></ul>'
        f'</div><div id="article-body" itemprop="articleBody">{_TEXT}</div></body></html>'
    )
    assert newsextract.extract(page).authors == ("Ruth Ellery",)
