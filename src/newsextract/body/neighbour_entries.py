"""Neighbouring entries closing an entry's text: a dictionary's words next in the alphabet,
a Q&A site's other questions, a catalogue's other courses, set as a list under a heading of
their own after the text, each item a link to another page of the section the page is in
("/word/garden" beside "/word/gate") with a gloss. The page's own list links anchors in it or
other sites, or is the whole text."""

from __future__ import annotations

import posixpath
from urllib.parse import urljoin, urlsplit

from newsextract.body.model import HEADING, LIST_ITEM
from newsextract.body.reasons import NEIGHBOUR_ENTRIES, Judged, judged_at
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.browser_urls import browser_address, browser_host, path_of

# Neighbouring entries are a few: two items at least (one link under a heading is a "see
# also" the text may give).
_NEIGHBOURS = 2
# An item is the other entry's name and a gloss of a line: a longer item is a text's own
# entry that links a page.
_ITEM_CHARS = 160
# Neighbours close an entry, a short one too (a word's sense and example, outweighed by three
# glossed neighbours: 91 against 105 characters on the probe); a list of more than this many
# times the text before it is the page's (a glossary's letter page: six times its line of
# introduction).
_OUTWEIGHS = 2


def without_neighbour_entries(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """``candidates`` without a list of neighbouring entries closing the text: the last
    kept blocks items of one list (``_NEIGHBOURS`` or more, each at most ``_ITEM_CHARS``)
    whose every item's first link leads to another page of the page's own section (the
    directory of its address, not the site's root), under a kept heading with kept text
    before it of at least half their length (a glossary's letter page lists its entries' pages under
    a line of introduction); the heading goes with them."""
    section = _section(walked.address)
    if not section:
        return candidates
    kept = [at for at, (_, reason) in enumerate(candidates) if reason is None]
    cont = walked.containers
    items: list[int] = []
    for at in reversed(kept):
        block = candidates[at][0]
        if block.kind is not LIST_ITEM or cont.tag[block.container] != "li":
            break
        if items and cont.parent[block.container] != cont.parent[candidates[items[0]][0].container]:
            break
        items.append(at)
    if len(items) < _NEIGHBOURS or len(items) + 2 > len(kept):
        return candidates  # too few, or nothing of a text before their heading
    heading = kept[-len(items) - 1]
    if candidates[heading][0].kind is not HEADING:
        return candidates
    if not all(_links_beside(walked, candidates[at][0], section) for at in items):
        return candidates
    before = sum(len(candidates[at][0].text) for at in kept[: -len(items) - 1])
    if sum(len(candidates[at][0].text) for at in items) > _OUTWEIGHS * before:
        return candidates  # the list outweighs the text: a glossary's page of its entries
    return judged_at(candidates, [*items, heading], NEIGHBOUR_ENTRIES)


def _section(address: str) -> tuple[str, str] | None:
    """The page's host and the directory its address is in ("/word/" of "/word/garden"),
    None at the site's root (every page of the site is in it) or with no address."""
    if not address:
        return None
    # the host and path a browser opens (``browser_address``): read by ``urlsplit``,
    # "https://evil.example\\@news.example/word/x" was on news.example
    address = browser_address(address)
    directory = posixpath.dirname(urlsplit(address).path.rstrip("/"))
    if directory in ("", "/"):
        return None
    return browser_host(address), directory


def _links_beside(walked: Walk, block: RawBlock, section: tuple[str, str]) -> bool:
    """Whether ``block`` is short and its first link leads to another page of ``section``."""
    if not block.links or len(block.text) > _ITEM_CHARS:
        return False
    link = walked.containers.nodes[block.container].css_first("a[href]")
    if link is None:
        return False
    href = (link.attributes.get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    try:
        target = urljoin(browser_address(walked.address), browser_address(href))
    except ValueError:  # "http://[::1", which urllib cannot split
        return False
    path = path_of(target).rstrip("/")
    return (
        browser_host(target) == section[0]
        and posixpath.dirname(path) == section[1]
        and path != urlsplit(browser_address(walked.address)).path.rstrip("/")
    )
