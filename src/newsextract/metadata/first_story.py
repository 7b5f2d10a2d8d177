"""The page's own story among several printed in full: an endless page appends the next
articles under the one its address names, each with its headline and its byline links, and
a script fills a "next article" container so. A byline link belongs to the story whose
``<h1>`` its nearest headed ancestor holds; the page's is the first (a page prints the
story its address names first)."""

from __future__ import annotations

from collections.abc import Sequence

from selectolax.lexbor import LexborNode

# An ancestor holding more than one headline: a wrapper of several stories (the feed, the
# page), under which a link names none of them.
_SHARED = -1


def in_first_story(links: list[LexborNode], headlines: Sequence[LexborNode]) -> list[LexborNode]:
    """``links`` without those of stories after the first: each link's nearest ancestor
    holding a ``<h1>`` of ``headlines`` (the page's, in page order) names its story; when
    the links name two stories or more, those of a later one go. A link under a wrapper of
    several headlines, or under none, stays (a byline set apart from its story's)."""
    if len(links) < 2 or len(headlines) < 2:
        return links
    holders: dict[int, int] = {}
    for number, headline in enumerate(headlines):
        node: LexborNode | None = headline
        while node is not None:
            key = node.mem_id
            holders[key] = number if holders.get(key, number) == number else _SHARED
            node = node.parent
    stories = [_story(link, holders) for link in links]
    named = {story for story in stories if story != _SHARED}
    if len(named) < 2:
        return links
    first = min(named)
    return [link for link, story in zip(links, stories, strict=True) if story in (first, _SHARED)]


def _story(link: LexborNode, holders: dict[int, int]) -> int:
    """The headline number of ``link``'s nearest ancestor holding one (``_SHARED`` for a
    wrapper of several, or none)."""
    node = link.parent
    while node is not None:
        story = holders.get(node.mem_id)
        if story is not None:
            return story
        node = node.parent
    return _SHARED


__all__ = ["in_first_story"]
