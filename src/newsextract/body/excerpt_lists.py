"""Lists of excerpts: a box of recent comments or of other posts, each item the opening of
a text that goes on elsewhere, cut short with an ellipsis ("Klara: We tried it last year and
the tits moved in at...")."""

from __future__ import annotations

import re

from newsextract.body.characters import latin_width
from newsextract.body.model import LIST_ITEM, PARAGRAPH
from newsextract.body.reasons import EXCERPT_LIST, LINK_LIST, LINKED_HEADING, Judged, judged_at
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.lazy_regex import LazyPattern

# Items of one list, each cut short, that make a box of excerpts: two cut lines may be a
# text's own (a quotation trailing off, a sentence to complete); a box lists three or more.
_EXCERPT_ITEMS = 3
# An excerpt is at least this long (an opening clause): a shorter cut item is an exercise's
# prompt ("Wenn ich Zeit hätte, ...") or a title, not a text cut short.
_EXCERPT_CHARS = 40
# How an excerpt ends: three dots or their character, bare or in brackets (WordPress's
# "[…]"), after the text with no sentence's mark before them.
_CUT_SHORT = LazyPattern(r"[^.!?。！？\s]\s*(?:\.\.\.|…|\[(?:\.\.\.|…)\])$")
# An excerpt followed by the name of the dictionary or site it comes from, after its dots
# ("… — a wading bird with long legs … Village Wordbook"): a name of a few words, no sentence's
# mark in it. Its dots follow a word, a space or other dots (the excerpt's own "…" then the
# portal's "…"); a text's own list item does not end on a name after dots.
_CUT_BEFORE_SOURCE = LazyPattern(r"(?:\.\.\.|…)\s*[^\W\d_][^.!?。！？…:]{0,40}$")
# A link to one comment on a page: the anchor blog and comment software give each comment
# ("…/post/#comment-412", Disqus's and Drupal's too; Blogger's "?showComment=…").
_COMMENT_LINK = LazyPattern(r"#comments?[-_]?\d+|[?&]showcomment=\d+", re.IGNORECASE)
# A box of recent comments shows each as a line or two (its opening, or the whole of a
# short one); an item longer than this is a text's own entry that links its comments.
_RECENT_COMMENT_CHARS = 250


def without_excerpt_lists(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """``candidates`` without the items of a list of excerpts: every item of one list
    (``<li>``s of one parent) cut short with an ellipsis (``_excerpts``), ``_EXCERPT_ITEMS``
    of them at least ``_EXCERPT_CHARS`` long. The text's own list items end as sentences or
    words."""
    cont = walked.containers
    lists: dict[int, list[int]] = {}
    for position, (block, _) in enumerate(candidates):
        if block.kind is LIST_ITEM and cont.tag[block.container] == "li":
            lists.setdefault(cont.parent[block.container], []).append(position)
    cut: list[int] = []
    for positions in lists.values():
        if len(positions) < _EXCERPT_ITEMS or all(candidates[p][1] for p in positions):
            continue
        texts = [candidates[p][0].text.strip() for p in positions]
        if _excerpts(texts) or _recent_comments(walked, [candidates[p][0] for p in positions]):
            cut.extend(p for p in positions if candidates[p][1] is None)
    return judged_at(candidates, cut, EXCERPT_LIST)


def _excerpts(texts: list[str]) -> bool:
    """Whether a list's items ``texts`` are excerpts: each cut short (``_CUT_SHORT``), or
    cut short before the name of where it comes from (``_CUT_BEFORE_SOURCE``), and
    ``_EXCERPT_ITEMS`` of them at least ``_EXCERPT_CHARS`` long (an entry of another
    dictionary may hold its word and the dictionary's name alone)."""
    if not all(_CUT_SHORT.search(text) or _CUT_BEFORE_SOURCE.search(text) for text in texts):
        return False
    return sum(len(text) >= _EXCERPT_CHARS for text in texts) >= _EXCERPT_ITEMS


def _recent_comments(walked: Walk, items: list[RawBlock]) -> bool:
    """Whether ``items`` (a list's) are a box of recent comments: each a line or two
    (``_RECENT_COMMENT_CHARS``) holding a link to one comment (``_COMMENT_LINK``), the
    commenter's name or the post's title, whether its text is cut short or not."""
    nodes = walked.containers.nodes
    return all(item.links and len(item.text) <= _RECENT_COMMENT_CHARS for item in items) and all(
        any(
            _COMMENT_LINK.search(a.attributes.get("href") or "")
            for a in nodes[item.container].css("a[href]")
        )
        for item in items
    )


# Cards of excerpts (another question's or post's linked title over the opening of its text,
# cut short): the title, all link, marks a teaser where a list item's ellipsis alone may be
# the text's, so two cards of one parent make a box and a shorter excerpt counts (a Q&A
# site's "more questions" shows a line of the answer: 31 and 37 characters on the probe).
_EXCERPT_CARDS = 2
_CARD_EXCERPT_CHARS = 20
# The card is the title's container or one above it, holding the excerpt too.
_CARD_REACH = 2


def without_excerpt_cards(walked: Walk, sums: Tally, candidates: list[Judged]) -> list[Judged]:
    """``candidates`` without the excerpts of a run of teaser cards: each a kept paragraph
    without links, cut short with an ellipsis (``_CUT_SHORT``), right after a line dropped as
    all link (another text's title), the two alone in a box; ``_EXCERPT_CARDS`` such boxes of
    one parent. A text's own paragraph trailing off follows no dropped title. Uncut
    summaries under bare linked headlines go as a rail when ``_RAIL_CARDS`` of one parent
    close the text (``_closes_text``)."""
    cont, end = walked.containers, sums.end
    by_parent: dict[int, list[int]] = {}
    rail: dict[int, list[int]] = {}
    for at in range(1, len(candidates)):
        block, reason = candidates[at]
        title, title_reason = candidates[at - 1]
        if (
            reason is not None
            or block.kind is not PARAGRAPH
            or block.links
            or title_reason is None
            or not (title_reason.startswith(LINK_LIST) or title_reason == LINKED_HEADING)
        ):
            continue
        text = block.text.strip()
        if len(text) < _CARD_EXCERPT_CHARS:
            continue
        if _CUT_SHORT.search(text) is not None:
            card = _card(cont.parent, end, title.container, block.container)
            if card < 0 or not _alone(candidates, at, card, end[card]):
                continue
        else:
            card = _card_with_more_link(walked, sums, candidates, at)
            if card < 0:
                if title_reason.startswith(LINK_LIST) and latin_width(text) <= _RAIL_SUMMARY:
                    card = _card(cont.parent, end, title.container, block.container)
                    if card >= 0 and _alone(candidates, at, card, end[card]):
                        rail.setdefault(cont.parent[card], []).append(at)
                continue
        by_parent.setdefault(cont.parent[card], []).append(at)
    cut = [at for ats in by_parent.values() if len(ats) >= _EXCERPT_CARDS for at in ats]
    cut += [
        at
        for parent, ats in rail.items()
        if len(ats) >= _RAIL_CARDS
        and _different_pages(walked, [candidates[at - 1][0] for at in ats])
        and _closes_text(candidates, ats, parent, end[parent])
        for at in ats
    ]
    return judged_at(candidates, cut, EXCERPT_LIST)


# A rail of teaser cards after the text ("Most read": each another story's headline as a
# bare link over a sentence of its summary, uncut, with no "read more"): three cards of one
# parent at least (two headed links with notes may be a text's pair of sources), their
# headlines linking different pages (a feed's posts under their one author's linked name
# are the page's text) ...
_RAIL_CARDS = 3
# ... each summary a sentence or two, as long as a standfirst (Latin letters; a wide
# character weighs three), the length ``cards._SUMMARY_CHARS`` allows a lone card's.
_RAIL_SUMMARY = 300


def _different_pages(walked: Walk, titles: list[RawBlock]) -> bool:
    """Whether each title links a page of its own (no address twice, none missing)."""
    hrefs = [_first_href(walked, title.container, title.text) for title in titles]
    return all(hrefs) and len(set(hrefs)) == len(hrefs)


def _closes_text(candidates: list[Judged], ats: list[int], first: int, last: int) -> bool:
    """Whether the cards (their summaries at ``ats``, in containers ``first`` to ``last``)
    hold every kept block of their parent and no kept block follows them: a rail set after
    the text, where a text's own list of linked entries with notes runs on into its text
    or is headed by it. A text's entries are headed by headings, which this never reads."""
    held = set(ats)
    start = min(ats) - 1
    after = enumerate(candidates[start:], start)
    if any(reason is None and at not in held for at, (_, reason) in after):
        return False
    return not any(
        reason is None and first <= block.container <= last and at not in held
        for at, (block, reason) in enumerate(candidates[:start])
    )


def _card(parent: list[int], end: list[int], title: int, excerpt: int) -> int:
    """The container holding both the title's and the excerpt's (the title's or one of the
    ``_CARD_REACH`` above it), -1 if none."""
    box = title
    for _ in range(_CARD_REACH):
        if box <= excerpt <= end[box]:
            return box
        box = parent[box]
        if box < 0:
            return -1
    return box if box <= excerpt <= end[box] else -1


def _alone(candidates: list[Judged], at: int, card: int, last: int) -> bool:
    """Whether the title (``at - 1``) and the excerpt (``at``) are the only blocks of
    containers ``card`` to ``last``."""
    before = at - 2 >= 0 and card <= candidates[at - 2][0].container <= last
    after = at + 1 < len(candidates) and card <= candidates[at + 1][0].container <= last
    return not before and not after


def _card_with_more_link(walked: Walk, sums: Tally, candidates: list[Judged], at: int) -> int:
    """The card holding the title (``at - 1``), the excerpt (``at``) and a link line after
    it that opens the title's own page (an archive's "weiterlesen", "Read more"): an excerpt
    whose end the card gives as a link to the rest, cut short or not. -1 if none."""
    if at + 1 >= len(candidates):
        return -1
    more, more_reason = candidates[at + 1]
    if (
        more_reason is None
        or not more_reason.startswith(LINK_LIST)
        or more.links < len(more.text.strip())
    ):
        return -1
    cont, end = walked.containers, sums.end
    title = candidates[at - 1][0]
    card = _card(cont.parent, end, title.container, more.container)
    if card < 0 or not (card <= candidates[at][0].container <= end[card]):
        return -1
    if (at - 2 >= 0 and card <= candidates[at - 2][0].container <= end[card]) or (
        at + 2 < len(candidates) and card <= candidates[at + 2][0].container <= end[card]
    ):
        return -1
    target = _first_href(walked, title.container, title.text)
    return card if target and target == _first_href(walked, more.container, more.text) else -1


def _first_href(walked: Walk, container: int, text: str) -> str:
    """The address of the link reading ``text`` in ``container`` ("" if none)."""
    wanted = " ".join(text.split())
    for link in walked.containers.nodes[container].css("a[href]"):
        if " ".join(link.text(deep=True).split()) == wanted:
            return (link.attributes.get("href") or "").strip()
    return ""
