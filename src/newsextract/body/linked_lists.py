"""Lists of links kept when they are the text's own: a list article's numbered entries, its
references, a roster, results, press coverage, a changelog."""

from __future__ import annotations

import functools
import re

from selectolax.lexbor import LexborNode

from newsextract.body.date_lines import is_date_line
from newsextract.body.model import DEFINITION, HEADING, LIST_ITEM, PARAGRAPH, TERM
from newsextract.body.reasons import (
    FURNITURE_LINE,
    LINK_LIST,
    LINKED_HEADING,
    Judged,
    kept_at,
)
from newsextract.body.walk_records import RawBlock, Walk
from newsextract.dateparser_words import calendar_words
from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.lazy_regex import LazyPattern
from newsextract.page import host_of, same_site
from newsextract.text import word_count

# A lead-in line's closing colon: ASCII, full-width, Ethiopic (Amharic's "፦" and "፡").
LEAD_IN_COLONS = (":", "：", "፦", "፡")
# "1. ", "2)": the items of a listicle; as Chinese and Japanese number them, with no space
# after the enumeration comma or a full-width mark ("1、", "2．", "（3）", "四、"), or after
# "." or ")" before a wide character ("1.白鹭河").
NUMBERED = LazyPattern(
    r"^\s*(?:\d{1,2}\s*(?:[.)]\s|[.)](?=[\u2e80-\u9fff\uac00-\ud7af])|[、．）])"
    r"|[一二三四五六七八九十]{1,3}\s*[、．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])"
)


# A list article's entries numbered in their headings, each name linked to its own page
# ("2. <a>Salt Houses</a>"): at least this many of them, each over kept text, are the
# article's sections, not teasers (a teaser list's titles are not numbered; a box of the most
# read stories numbers its titles but sets no text under them).
_NUMBERED_ENTRIES = 2


def with_numbered_entries(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates with the linked parts of the text's own entries kept: a list
    article's numbered linked headings, a glossary's linked terms over their kept
    definitions, and the items of a kept list that link a word or two of their own (a
    recipe's "225 g <a>caster sugar</a>")."""
    # Counted with the linked numbered headings kept already: a short name's link is less
    # than ``_LINKED_HEADING`` of "3、镜湖湿地" beside a longer one's more.
    numbered = [
        position
        for position, (block, reason) in enumerate(candidates)
        if reason in (LINKED_HEADING, None)
        and block.kind is HEADING
        and block.links
        and NUMBERED.match(block.text) is not None
        and position + 1 < len(candidates)
        and candidates[position + 1][1] is None
        and candidates[position + 1][0].kind is not HEADING
    ]
    entries = [p for p in numbered if candidates[p][1] == LINKED_HEADING]
    if len(numbered) < _NUMBERED_ENTRIES:
        entries = []
    entries += _linked_sections(walked, candidates)
    entries += _release_headings(candidates)
    entries += _linked_members(walked, candidates)
    return kept_at(candidates, entries)


# A linked heading of a section names a thing (a product, a place, a recipe) in a few words;
# another story's headline is a sentence (teaser headlines in a feed ran 70 characters and
# more on the dev pages).
_SECTION_NAME_CHARS = 60
# How a page marks a link that leaves it (opened in a new tab; marked for search engines as
# outbound, paid or an affiliate's): a roundup's names link out to what they present, while
# a teaser's headline opens another page of the site in place.
_OUTBOUND_RELS = frozenset({"noopener", "noreferrer", "external", "nofollow", "sponsored", "ugc"})
_HEADING_TAGS = "h1, h2, h3, h4, h5, h6"


def _linked_sections(walked: Walk, candidates: list[Judged]) -> list[int]:
    """The positions of linked headings set as sections inside the text: each a name
    (``_SECTION_NAME_CHARS``) linked out of the page or to a place in it (``_links_out``),
    right after a kept block of the text and right over one, at one level,
    ``_NUMBERED_ENTRIES`` at least (a roundup's products, each named and linked to its shop
    over what is said of it)."""
    found: dict[int, list[int]] = {}
    for position in range(1, len(candidates) - 1):
        block, reason = candidates[position]
        if reason != LINKED_HEADING:
            continue
        before, after = candidates[_past_buttons(candidates, position)], candidates[position + 1]
        if (
            reason == LINKED_HEADING
            and len(block.text) <= _SECTION_NAME_CHARS
            and before[1] is None
            and before[0].kind is not HEADING
            and after[1] is None
            and after[0].kind is not HEADING
            and _links_out(walked.containers.nodes[block.container], block.text, walked.site)
        ):
            found.setdefault(block.level, []).append(position)
    return [
        p for positions in found.values() if len(positions) >= _NUMBERED_ENTRIES for p in positions
    ]


# A roundup closes each product's text with its shop's button ("<a>$49 at Trailhouse</a>"),
# a short paragraph linked whole and dropped, right before the next product's heading:
# at most this many of them are stepped over, each at most this long.
_BUTTONS = 2
_BUTTON_CHARS = 40


def _past_buttons(candidates: list[Judged], position: int) -> int:
    """The position of the block before ``position``, stepping back over the shop buttons
    (``_BUTTONS``) that close the section before it."""
    before = position - 1
    while (
        before > 0
        and position - before <= _BUTTONS
        and (candidates[before][1] or "").startswith(LINK_LIST)
        and candidates[before][0].kind is PARAGRAPH
        and len(candidates[before][0].text) <= _BUTTON_CHARS
    ):
        before -= 1
    return before


# A release's version as its heading, linked to the release's own page or to its changes
# ("v2.1.0", "[2.4.0] - 2026-03-02", "3.2", "Version 3.2.0"): numbers, not a headline's words,
# and no date ("02.03.2026": an archive's day).
_VERSION = LazyPattern(
    r"^\s*\[?(?:[^\W\d_]+[\s-]?)?(v?(\d+(?:\.\d+){1,3})[a-z0-9.+-]*)\]?(?:\s*[-–—(:].{0,30})?$"
)


def _release_headings(candidates: list[Judged]) -> list[int]:
    """The positions of a changelog's linked version headings: ``_NUMBERED_ENTRIES`` or
    more at one level, each a version (``_VERSION``) over kept notes of its own before the
    next heading (a release page's notes under each release's linked title)."""
    found: dict[int, list[int]] = {}
    for position, (block, reason) in enumerate(candidates):
        version = _VERSION.match(block.text) if reason == LINKED_HEADING else None
        if (
            version is not None
            and not is_date_line(version.group(2))
            and _notes_follow(candidates, position)
        ):
            found.setdefault(block.level, []).append(position)
    return [
        p for positions in found.values() if len(positions) >= _NUMBERED_ENTRIES for p in positions
    ]


def _notes_follow(candidates: list[Judged], position: int) -> bool:
    """Whether a kept block that is no heading comes after ``position`` before the next
    heading."""
    for block, reason in candidates[position + 1 :]:
        if block.kind is HEADING:
            return False
        if reason is None:
            return True
    return False


def _links_out(container: LexborNode, text: str, site: str) -> bool:
    """Whether the heading reading ``text`` in ``container`` links out of the page
    (``_OUTBOUND_RELS``, ``target="_blank"``, or plainly to another ``site`` than the
    page's) or to a place in it (``href="#…"``)."""
    wanted = " ".join(text.split())
    for heading in container.css(_HEADING_TAGS):
        if " ".join(heading.text(deep=True).split()) != wanted:
            continue
        link = heading.css_first("a[href]")
        if link is None:
            return False
        attributes = link.attributes
        rels = (attributes.get("rel") or "").lower().split()
        href = (attributes.get("href") or "").strip()
        return (
            href.startswith("#")
            or (attributes.get("target") or "").lower() == "_blank"
            or not _OUTBOUND_RELS.isdisjoint(rels)
            or _other_site(href, site)
        )
    return False


def _other_site(href: str, site: str) -> bool:
    """Whether ``href`` opens another site than the page's ``site`` (both known): a
    roundup's name linked plainly to the place's or the maker's own site, where a teaser's
    headline opens a page of this one."""
    host = host_of(href)
    return bool(host and site) and not same_site(host, site)


# A list item dropped for its links keeps its place in a list whose items are mostly kept
# when this much of its text is its own (a quantity, "225 g "): a list of links' items are
# links whole, or a label and a link.
_OWN_TEXT = 3


def _linked_members(walked: Walk, candidates: list[Judged]) -> list[int]:
    """The positions of the linked terms over kept definitions, and of the partly linked
    items of lists whose items are mostly kept."""
    found: list[int] = []
    lists: dict[int, list[int]] = {}  # a list's container: its items' positions
    for position, (block, reason) in enumerate(candidates):
        if block.kind is LIST_ITEM:
            container = block.container  # the list, or the item walked as a container
            if walked.containers.tag[container] == "li":
                container = walked.containers.parent[container]
            lists.setdefault(container, []).append(position)
        elif (
            block.kind is TERM
            and reason is not None
            and reason.startswith(LINK_LIST)
            and position + 1 < len(candidates)
            and candidates[position + 1][1] is None
            and candidates[position + 1][0].kind is DEFINITION
        ):
            found.append(position)
    for container, items in lists.items():
        linked = [p for p in items if (candidates[p][1] or "").startswith(LINK_LIST)]
        kept = sum(1 for p in items if candidates[p][1] is None)
        if (
            len(linked) == len(items) >= _TRACKER_ITEMS
            and walked.containers.tag[container] in _LISTS
            and any(reason is None for _, reason in candidates[: items[0]])
            and _tracker_items(walked.containers.nodes[container])
        ):
            found.extend(items)
            continue
        if (
            len(linked) == len(items) >= _VALUED_ITEMS
            and all(_gives_a_value(candidates[p][0]) for p in items)
            and any(reason is None for _, reason in candidates[: items[0]])
            and any(reason is None for _, reason in candidates[items[-1] + 1 :])
        ):
            found.extend(items)  # a result list: "<a>Party</a> — 31.2%", within the text
            continue
        if (
            len(linked) == len(items) >= _DATED_ITEMS
            and all(_dated_report(candidates[p][0]) for p in items)
            and items[0] > 0
            and candidates[items[0] - 1][1] is None  # not under a dropped "More on this:"
            and any(reason is None for _, reason in candidates[items[-1] + 1 :])
        ):
            found.extend(items)  # press coverage: "6 December 2019: <a>…</a>", within the text
            continue
        if kept and len(items) >= _DATED_ITEMS and _partly_kept_reports(candidates, items):
            found.extend(p for p in items if candidates[p][1] is not None)
            continue
        if (
            len(items) >= _REFERENCE_ITEMS
            and linked
            and walked.containers.tag[container] in _LISTS
            and _reference_list(candidates, items, linked)
        ):
            found.extend(linked)  # the text's sources under "References", "Quellen", "出典"
            continue
        if (
            len(linked) == len(items) >= _ROSTER_ITEMS
            and walked.containers.tag[container] in _LISTS
            and _titled_roster(candidates, items)
            and not _links_to_anchors(walked.containers.nodes[container])
        ):
            found.extend(items)  # a team's line-up: "<a>Carr</a>", "<a>Biggs</a>", …
            continue
        if (
            linked
            and len(items) >= _ENCLOSED_WORKS
            and walked.containers.tag[container] in _LISTS
            and _titled_entries(candidates, items)
        ):
            found.extend(linked)  # a band's members, "<a>Name</a> – vocals"; "<a>Album</a> (2001)"
            continue
        if (
            len(linked) == len(items) >= _TRACKER_ITEMS
            and walked.containers.tag[container] in _LISTS
            and _announced(candidates, items)
            and not _links_in_page(walked.containers.nodes[container])
        ):
            found.extend(items)  # "Several papers reported on the funds:" and their reports
            continue
        if (
            len(linked) >= _CITED_ITEMS
            and walked.containers.tag[container] in _LISTS
            and _cited_works(walked, candidates, items)
        ):
            found.extend(linked)  # a reading list: "Sedova N. P. <a>Title</a>. — Town, 2011."
            continue
        if linked and kept and _annotated_links(candidates, items):
            found.extend(linked)  # a roundup's "<a>Title</a> — what it is", some under the bar
            continue
        if not linked or not kept or 2 * kept < len(items):
            continue
        entries = _linked_entries(candidates, items)
        for position in linked:
            block = candidates[position][0]
            own = block.text[block.links :] if block.text else ""
            if (len(block.text) - block.links >= _OWN_TEXT and any(c.isalnum() for c in own)) or (
                entries and len(block.text) >= _WHOLE_ENTRY
            ):
                found.append(position)
    return found


# A reading list or a bibliography cites each work as its author's name, then the linked
# title, then where and when it appeared: each item opens on words of its own (an author's
# name and initials, this many words at least) before its first link and gives a year in
# its own words; two items at least, kept text before and after the list. A teaser box
# opens its items on the link, or on a section's word ("Sport |"); a list of dated links
# ("6 décembre 2019 : <a>…</a>", under "À lire aussi") on a date, whose words are numbers
# and calendar names: an author's name is two words at least that are neither.
_CITED_ITEMS = 2
_AUTHOR_WORDS = 3
_NAME_WORDS = 2


def _cited_works(walked: Walk, candidates: list[Judged], items: list[int]) -> bool:
    """Whether a list's items cite works (``_CITED_ITEMS``), within the text."""
    if not (
        any(reason is None for _, reason in candidates[: items[0]])
        and any(reason is None for _, reason in candidates[items[-1] + 1 :])
    ):
        return False
    nodes = walked.containers.nodes
    for position in items:
        block = candidates[position][0]
        if not 0 < block.links < len(block.text):
            return False
        node = nodes[block.container]
        link = node.css_first("a[href]")
        if node.tag != "li" or link is None:
            return False
        opening = block.text.split(link.text(deep=True).strip(), 1)[0]
        if word_count(opening) < _AUTHOR_WORDS or _name_words(opening) < _NAME_WORDS:
            return False
        own = _own_words(node)
        if YEAR.search(own) is None:
            return False
    return True


def _name_words(opening: str) -> int:
    """The words of ``opening`` that hold a letter and name no day or month (whole names:
    short forms are names' words too, "Jan")."""
    calendar = calendar_words(abbreviations=False)
    return sum(
        1
        for word in opening.split()
        if any(c.isalpha() for c in word) and word.strip(".,:;()").lower() not in calendar
    )


def _own_words(node: LexborNode) -> str:
    """The text of ``node`` outside its links."""
    text = node.text(deep=True)
    for link in node.css("a"):
        text = text.replace(link.text(deep=True), " ", 1)
    return text


# An item linked whole among the kept items of a list whose kept items link entries of
# their own (a changelog's "Exports keep the last row (<a>#812</a>)" beside "<a>Fix a crash
# on empty workbooks</a>"): one more change, titled by its link, when it is a phrase this
# long at least (Latin characters; a wide character counts one, so a CJK phrase of twelve
# passes). A list of prose whose last item is "<a>More</a>" links nothing in its items.
_WHOLE_ENTRY = 12


def _linked_entries(candidates: list[Judged], items: list[int]) -> bool:
    """Whether the kept items of a list link entries of their own: one of them at least
    holds a link and words of its own (the caller has most of the list's items kept)."""
    return any(
        candidates[p][1] is None and 0 < candidates[p][0].links < len(candidates[p][0].text)
        for p in items
    )


def _annotated_links(candidates: list[Judged], items: list[int]) -> bool:
    """Whether a list is a roundup of annotated links inside the text: every item a linked
    title and what the text says of it (``_ENTRY_TAIL``: "<a>Sejarah pasar apung</a> —
    panjang tapi menyenangkan."), at least ``_ROSTER_ITEMS`` of them, kept text before it.
    Some fall under the link-share bar only because their note is short; one list of one
    shape is one list. A box of other stories by source ("<a>Headline</a> – Site") has no
    item long enough to be kept on its own, which the caller asks."""
    first = items[0]
    if len(items) < _ROSTER_ITEMS or not any(r is None for _, r in candidates[:first]):
        return False
    for position in items:
        block = candidates[position][0]
        own = block.text[block.links :]
        if (
            not block.links
            or _ENTRY_TAIL.match(own) is None
            or is_date_line(own.lstrip(" —–-"))
            or word_count(own) < _ROSTER_WORDS
        ):
            return False
    return True


# A list of the text's sources or references under its own heading ("References",
# "Einzelnachweise", "Fontes": the language data's ``references``), after kept text: its
# items are links to what the text cites, and the trafilatura set's truths keep such lists
# on encyclopedic pages. At least two items: one link under a heading is a box's teaser.
_REFERENCE_ITEMS = 2


@functools.cache
def reference_headings() -> frozenset[str]:
    return frozenset(" ".join(w.split()) for w in words(LabelList.REFERENCES))


def _reference_list(candidates: list[Judged], items: list[int], linked: list[int]) -> bool:
    """Whether a list, some of whose items are dropped for their links, is the text's list
    of sources: right under a heading of the language data's ``references`` words, with
    kept text before the heading, and each of its other items kept."""
    first = items[0]
    if first < 2:
        return False
    heading = candidates[first - 1][0]
    if heading.kind is not HEADING:
        return False
    label = " ".join(heading.text.lower().rstrip(" :：").split())
    return (
        label in reference_headings()
        and all(candidates[p][1] is None for p in items if p not in linked)
        and any(reason is None for _, reason in candidates[: first - 1])
    )


# A line-up, a cast or a band's members: a list of names, each linked whole to its own
# page, titled by a heading of its own inside the text (kept text before the heading and
# after the list). At least this many names, each of at most ``_ROSTER_WORDS`` words: a
# box of links to other stories titles them in sentences of more. A list whose links all go
# to places in the page is a live blog's "key events" (its entries' short titles, two or
# three words in some languages) or a table of contents (``_links_to_anchors``).
_ROSTER_ITEMS = 3
_ROSTER_WORDS = 3


def _titled_roster(candidates: list[Judged], items: list[int]) -> bool:
    """Whether a list whose items are links whole is a list of names under its own heading
    inside the text (``_ROSTER_ITEMS``)."""
    first = items[0]
    return (
        first > 1
        and candidates[first - 1][0].kind is HEADING
        and all(
            candidates[p][0].links >= len(candidates[p][0].text)
            and len(candidates[p][0].text.split()) <= _ROSTER_WORDS
            for p in items
        )
        and any(reason is None for _, reason in candidates[: first - 1])
        and any(reason is None for _, reason in candidates[items[-1] + 1 :])
    )


# An entry of a list of the text's own: a linked name, then what the text says of it, set
# off by a dash before words ("<a>Maria Rocha</a> – vocals") or as a year in brackets
# ("<a>Harbour Lights</a> (1997)", "(1998–2003)"). A teaser's date or count ("– 12.03.2025",
# "(12)") is neither.
_ENTRY_TAIL = LazyPattern(r"\s*(?:[—–-]\s*[^\W\d_]|\(\s*\d{4}(?:\s*[—–-]\s*\d{2,4})?\s*\)\s*$)")


# Fewer entries are the text's own too when each is a work and its year ("<a>Title</a>
# (2009)") and the text goes on after the list: a homepage's or a profile's "Writing"
# section of two titles between "About" and "Contact" (probe cs_domovska_stranka). A box of
# other stories titles its links in sentences with no year in brackets, and a pair of
# "<a>Headline</a> – Site" teasers stays at ``_ROSTER_ITEMS``.
_ENCLOSED_WORKS = 2
_WORK_YEAR = LazyPattern(r"\s*\(\s*\d{4}\s*\)\s*$")


def _titled_entries(candidates: list[Judged], items: list[int]) -> bool:
    """Whether a list is the text's entries under a heading of its own inside the text: each
    item a linked name and its own words (``_ENTRY_TAIL``), at least ``_ROSTER_ITEMS`` of
    them, kept text before the heading (a discography, a band's members, a work's cast with
    their roles); or ``_ENCLOSED_WORKS`` works and their years with kept text after the list
    as well. The same list with half its items under the link-share bar is one list."""
    first = items[0]
    if not (
        first > 1
        and candidates[first - 1][0].kind is HEADING
        and any(reason is None for _, reason in candidates[: first - 1])
    ):
        return False
    tails = []
    for position in items:
        block = candidates[position][0]
        own = block.text[block.links :]
        if not block.links or _ENTRY_TAIL.match(own) is None or is_date_line(own.lstrip(" —–-")):
            return False
        tails.append(own)
    return len(items) >= _ROSTER_ITEMS or (
        all(_WORK_YEAR.match(own) is not None for own in tails)
        and any(reason is None for _, reason in candidates[items[-1] + 1 :])
    )


# A sentence of the text that announces the list after it ("Several papers reported on the
# funds:") has more words than a label over a box of links ("Read more:", "Lesen Sie auch:",
# "Mehr zum Thema:", five words at most as the read-more labels of the language data write them).
_ANNOUNCING_WORDS = 6


def _announced(candidates: list[Judged], items: list[int]) -> bool:
    """Whether a list whose items are links whole is announced by the kept paragraph right
    before it, a sentence closing with a lead-in colon (``_ANNOUNCING_WORDS``), and the text
    goes on after it: the sources or reports the text lists, not a box of other stories.
    Or the sentence is the text's first kept block: an index page's introduction to its
    list (a poet's page, "the poems of the collection in the book's order:"), whose list
    is all the text there is after it."""
    first = items[0]
    if first < 1:
        return False
    block, reason = candidates[first - 1]
    text = block.text.rstrip()
    return (
        reason is None
        and block.kind is PARAGRAPH
        and not block.links
        and text.endswith(LEAD_IN_COLONS)
        and word_count(text) >= _ANNOUNCING_WORDS
        and (
            any(reason is None for _, reason in candidates[items[-1] + 1 :])
            or all(reason is not None for _, reason in candidates[: first - 1])
        )
    )


def _links_in_page(node: LexborNode) -> bool:
    """Whether a list ``node`` links places in a page ("#example-1", the page's own address
    with a fragment): a table of contents, which a text announces too ("The tutorial
    consists of these parts:"). A report or a source is linked as a page."""
    return any("#" in (link.attributes.get("href") or "") for link in node.css("a[href]"))


def _links_to_anchors(node: LexborNode) -> bool:
    """Whether every link of a list ``node`` goes to a named place in the page ("#e1"): a
    live blog's key events or a table of contents. A bare "#" is a script's toggle (an
    accordion's titles), which names no place."""
    links = node.css("a[href]")
    return bool(links) and all(
        len(href := (link.attributes.get("href") or "").strip()) > 1 and href[0] == "#"
        for link in links
    )


# A list of results names each party, team or candidate by a link to its page and gives
# its figure after it ("<a>Green Party</a> — 31.2%", "<a>Harbour Town</a>: 22 points"): set
# off by a dash or a colon, with a digit. A teaser's or a category box's own text is a
# count in brackets ("(12)"), which sets off nothing, or a date.
_VALUED_ITEMS = 2
_VALUE = LazyPattern(r"\s*[—–:-]\s*\S*\d")


def _gives_a_value(block: RawBlock) -> bool:
    """Whether a list item opens with its link and gives a figure after it (``_VALUE``)."""
    own = block.text[block.links :]
    return (
        0 < block.links < len(block.text)
        and _VALUE.match(own) is not None
        and not is_date_line(own.lstrip(" —–:-"))  # a teaser's date: "<a>…</a> – 12.03.2025"
    )


# A list of reports (a page's press coverage, a bibliography by date) opens each item with
# the day it appeared, its year written, set off by a colon or a dash before the linked
# title ("6 décembre 2019 : <a>…</a>"). A teaser box's date follows its title ("<a>…</a> –
# 12.03.2025") or is a time of day ("12:30 <a>…</a>"): no year, or not first; a box of
# the site's own stories by date sits under its label ("More on this:"), which goes.
_DATED_ITEMS = 2
_DATED_OPENING = LazyPattern(r"\s*(.{4,40}?)\s*[:：—–-]\s*$")


def _partly_kept_reports(candidates: list[Judged], items: list[int]) -> bool:
    """Whether a list of dated reports is the text's already: its first item is kept (the
    text reads on into it) and every item opens with its day and year set off by a colon or
    a dash, those dropped as links or as a dated line ("13 April 2018: <a>Agency wire</a>")
    too."""
    if candidates[items[0]][1] is not None:
        return False
    for p in items:
        block, reason = candidates[p]
        if reason is not None and not (reason.startswith(LINK_LIST) or reason == FURNITURE_LINE):
            return False
        opening = _DATED_LABEL.match(block.text)
        if opening is None:
            return False
        date = opening.group(1)
        if YEAR.search(date) is None or not is_date_line(date):
            return False
    return True


# A dated label opening a list item: the day, then a colon or a dash and a space.
_DATED_LABEL = LazyPattern(r"\s*(.{4,40}?)\s*[:：—–-]\s")


def _dated_report(block: RawBlock) -> bool:
    """Whether a list item opens with a dated label ("6 December 2019:") and then its link
    (``_DATED_OPENING``), the rest of it linked."""
    if not 0 < block.links < len(block.text):
        return False
    opening = _DATED_OPENING.fullmatch(block.text[: len(block.text) - block.links])
    if opening is None:
        return False
    date = opening.group(1)
    return YEAR.search(date) is not None and is_date_line(date)


# A changelog's or a release note's items link each change to its entry in the project's
# tracker (an issue, a pull or merge request, a commit): a path ending in the entry's
# number or hash. A list of teasers links articles, whose paths end in words.
_TRACKER_LINK = LazyPattern(
    r"/(?:issues?|pulls?|pull-requests|merge_requests|commits?|changeset|tickets?|bugs?)"
    r"/[0-9a-f]+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
# Two changes at least: one linked item alone may be a "see issue" link.
_TRACKER_ITEMS = 2
_LISTS = frozenset({"ul", "ol"})


def _tracker_items(node: LexborNode) -> bool:
    """Whether every item of the list ``node`` opens with a link to a tracker's entry
    (``_TRACKER_LINK``): a changelog's changes, each a link whole, after the text's start."""
    items = 0
    for item in node.iter():
        if item.tag != "li":
            continue
        link = item.css_first("a[href]")
        href = link.attributes.get("href") if link is not None else None
        if not href or _TRACKER_LINK.search(href) is None:
            return False
        items += 1
    return items >= _TRACKER_ITEMS


# A year of the last five centuries, written alone (not inside a longer number).
YEAR = LazyPattern(r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)")
