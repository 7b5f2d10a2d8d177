"""Series of entries in the region: readers' comments, a guest book's signed entries, a forum's
posts set in a table, a chronology's dated entries."""

from __future__ import annotations

import functools
import unicodedata

from newsextract.body.characters import DIGIT, closes_sentence
from newsextract.body.date_lines import DATELINE, is_date_line, opens_with_date
from newsextract.body.linked_lists import YEAR
from newsextract.body.model import (
    CELL_SEPARATOR,
    DEFINITION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    TABLE_ROW,
    TERM,
)
from newsextract.body.post_templates import signature
from newsextract.body.poster_lines import is_poster_line
from newsextract.body.reasons import (
    CLOSING_COMMENTS,
    FURNITURE_LINE,
    REPEATED,
    Judged,
    kept_at,
)
from newsextract.body.tables import (
    DATA_CELL,
    DATA_ROWS,
)
from newsextract.body.walk_records import Containers, RawBlock, Walk
from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.lazy_regex import LazyPattern
from newsextract.text import word_count

# A poster's card in a forum's table of posts: the poster's name over a label and a figure
# ("Anmeldungsdatum: 02.01.2024", "Posts: 312", "Joined: Mar 2019"), a line of a cell.
_POSTER_CARD = LazyPattern(r"[^\W\d_]{3,}\s?:\s*\S*\d")
# A post is a sentence at least: this many words (a poster's card is a name and its figures).
_POST_WORDS = 4
FORUM_TABLE = "a forum table's header or poster card (name, joined date, posts count)"


def with_posts_of_tables(candidates: list[Judged]) -> list[Judged]:
    """The candidates with a forum's table of posts read as its posts: old forum engines set
    each post as a table row of two cells, the poster's card (a name, "Joined: 02.01.2024",
    "Posts: 312") and the post. When every body row of a table's two rows or more is such a
    pair, each row is read as its post's paragraph, and the header row ("Author | Message")
    goes. A timeline's year, a schedule's time has no label before its figure."""
    out: list[Judged] | None = None
    start = 0
    while start < len(candidates):
        block = candidates[start][0]
        end = start + 1
        if block.kind is TABLE_ROW:
            while (
                end < len(candidates)
                and candidates[end][0].kind is TABLE_ROW
                and candidates[end][0].container == block.container
            ):
                end += 1
            posts = _posts_of(candidates[start:end])
            if posts is not None:
                out = out if out is not None else list(candidates)
                out[start:end] = posts
        start = end
    return out if out is not None else candidates


def _posts_of(rows: list[Judged]) -> list[Judged] | None:
    """The rows of one table as posts (see ``with_posts_of_tables``), ``None`` when they
    are no forum's table of posts."""
    posts: list[Judged] = []
    bodies = 0
    for block, reason in rows:
        if block.header:
            posts.append((block, reason or FORUM_TABLE))
            continue
        filled = [cell for cell in block.cells if cell.strip()]
        if len(filled) != 2:
            return None
        # A cell longer than a card is the post: searched, a cell of 40,000 letters with no
        # colon took 37 s (the pattern's letters tried from each of them), 1 MB hours.
        first_is_card = len(filled[0]) <= DATA_CELL and _POSTER_CARD.search(filled[0])
        card, post = filled if first_is_card else filled[::-1]
        if (
            len(card) > DATA_CELL
            or _POSTER_CARD.search(card) is None
            or word_count(post) < _POST_WORDS
        ):
            return None
        bodies += 1
        paragraph = RawBlock(post, PARAGRAPH, 0, block.container, 0, "td")
        posts.append((paragraph, reason))
    return posts if bodies >= DATA_ROWS - 1 else None


# A signature closing a reader's entry: a dash or a tilde before the name ("— the Greens",
# "~ Jack R."), a line of its own at most this long.
_SIGNED = LazyPattern(r"[—–~]\s?\w")
_SIGNATURE_LINE = 60
# A guest book's or a comment list's entry: a few sentences at most (a letter to the
# editor, which the page prints as its text, runs longer).
_SIGNED_ENTRY = 300
# Entries of one template that make a series (a lone signed quote is the text's).
_SIGNED_ENTRIES = 2
SIGNED_ENTRY = "a signed entry of a series after the text (a guest book's, a comment list's)"


def without_signed_entries(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """The candidates without a series of readers' signed entries after the text: an
    obituary's guest book, a page's comments set without a comment section's name, each
    entry a short text and a signature line ("— the Greens") in an element of one template,
    the entries siblings. A heading over them goes with them (``_finish``: a heading whose
    text was dropped)."""
    cont = walked.containers
    entries: list[tuple[int, int]] = []  # the text's and the signature's positions
    for position in range(1, len(candidates)):
        block, reason = candidates[position]
        text, text_reason = candidates[position - 1]
        if (
            reason is None
            and len(block.text) <= _SIGNATURE_LINE
            and _SIGNED.match(block.text)
            and text_reason is None
            and text.container == block.container
            and len(text.text) <= _SIGNED_ENTRY
        ):
            entries.append((position - 1, position))
    if len(entries) < _SIGNED_ENTRIES:
        return candidates
    out: list[Judged] | None = None
    run: list[tuple[int, int]] = []
    for entry in [*entries, (-1, -1)]:
        if (
            run
            and entry[0] == run[-1][1] + 1
            and _same_template(cont, run[0][1], entry, candidates)
        ):
            run.append(entry)
            continue
        # after a text: more prose kept before the series than the series holds
        if len(run) >= _SIGNED_ENTRIES and _kept_prose_chars(candidates, run[0][0]) > sum(
            len(candidates[first][0].text) for first, _ in run
        ):
            out = out if out is not None else list(candidates)
            for first, last in run:
                for at in (first, last):
                    out[at] = (candidates[at][0], SIGNED_ENTRY)
        run = [entry] if entry[0] >= 0 else []
    return out if out is not None else candidates


def _same_template(
    cont: Containers, at: int, entry: tuple[int, int], candidates: list[Judged]
) -> bool:
    """Whether ``entry``'s element is a sibling of the one at position ``at`` of the same
    tag and classes (another entry of the series)."""
    if entry[0] < 0:
        return False
    one, other = candidates[at][0].container, candidates[entry[1]][0].container
    return (
        one != other
        and cont.parent[one] == cont.parent[other]
        and cont.tag[one] == cont.tag[other]
        and cont.classes[one] == cont.classes[other]
    )


def _kept_prose_chars(candidates: list[Judged], stop: int) -> int:
    """The characters of the kept paragraphs before position ``stop``."""
    return sum(
        len(block.text)
        for block, reason in candidates[:stop]
        if reason is None and block.kind is PARAGRAPH
    )


# Readers' comments set without a class after the text (a table's rows, plain blocks) under
# a heading that is a comment label alone: at least this many entries, each opened by a
# name and a date ("Marta K. · 03.06.2026 10:12"); one such line is a note's stamp ("Last
# edited 03.06.2026 by J. Holt"), a section of prose titled "Comments" opens with none.
_UNNAMED_COMMENTS = 2
# Blocks an entry holds at most: its name and date, its text in a block or two.
_ENTRY_BLOCKS = 3
# A comment's text is a few sentences (``comments``' longest undeclared entry): a longer
# block after the label is the text's own.
_COMMENT_TEXT = 700
# What a comment label may carry besides its words: a count, brackets, a colon ("3
# Comments", "评论 (3)", "Comments:").
_LABEL_EXTRAS = LazyPattern(r"[\d\W_]+")


def without_unnamed_comments(candidates: list[Judged]) -> list[Judged]:
    """Drop readers' comments that close the text under a bare label heading: the
    heading's text is a comment label of the language data, and every block after it to the
    end belongs to a series of entries each opened by a name and a date."""
    label = -1
    for position in range(len(candidates) - 1, -1, -1):
        block = candidates[position][0]
        if block.kind is HEADING and _is_comment_label(block.text):
            label = position
            break
    after = candidates[label + 1 :]
    if label < 0 or not after or not any(reason is None for _, reason in after):
        return candidates
    if not any(reason is None for _, reason in candidates[:label]):
        return candidates  # no text before the label: the page is the thread
    heads = [_opens_entry(block) for block, _ in after]
    if not heads[0] or sum(heads) < _UNNAMED_COMMENTS or len(after) > _ENTRY_BLOCKS * sum(heads):
        return candidates
    if any(len(block.text) > _COMMENT_TEXT for block, _ in after):
        return candidates
    out = list(candidates)
    for position in range(label, len(out)):
        block, reason = out[position]
        out[position] = (block, reason or CLOSING_COMMENTS)
    return out


def _is_comment_label(text: str) -> bool:
    """Whether a heading is a comment label alone, a count or marks beside it."""
    if len(text) > _ENTRY_HEAD:
        return False
    return " ".join(_LABEL_EXTRAS.sub(" ", text).split()).lower() in _comment_labels()


@functools.cache
def _comment_labels() -> frozenset[str]:
    """Every language's comment labels (``comments``), with single spaces."""
    return frozenset(" ".join(w.split()) for w in words(LabelList.COMMENTS))


# An entry's opening line, its name and its date, is at most this long.
_ENTRY_HEAD = 60


def _opens_entry(block: RawBlock) -> bool:
    """Whether a block opens a comment: its first line (or a row's first cell) a name and
    a date, a letter first ("Marta K. · 03.06.2026 10:12", "王小明 2026-06-03")."""
    head = block.text.split(CELL_SEPARATOR, 1)[0].split("\n", 1)[0].strip()
    return bool(head) and head[0].isalpha() and len(head) <= _ENTRY_HEAD and is_date_line(head)


# Dated entries of one template that make a chronology: a timeline's "12 May 2008" above
# what happened then. Fewer are a post's or a card's stamps (a page date, a live post's).
_CHRONOLOGY_ENTRIES = 3


def with_chronology(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """``candidates`` with the dates of a chronology kept: a dropped date line (under a
    container named "date", or as a furniture line) directly followed by kept text in the
    same entry (the nearest container holding both), when entries of that one template
    (tag and class) open so at least ``_CHRONOLOGY_ENTRIES`` times, counting the entries
    whose date the text kept ("1887" passes the date test, "3 July 1911" does not). The
    dates are the text's: each says when its entry happened, not when the page was written."""
    pairs: dict[tuple[str, str], list[int]] = {}
    for position in range(len(candidates) - 1):
        (block, reason), (after, verdict) = candidates[position], candidates[position + 1]
        if reason == REPEATED or verdict is not None:
            continue  # a date the text kept counts its entry all the same
        if after.kind is HEADING or not _dates_an_entry(block.text):
            continue
        entry = _common_container(walked, block.container, after.container)
        if entry < 0 or (
            entry in (block.container, after.container) and not _item_dated(walked, block, after)
        ):
            continue  # a date and its text need an entry of their own around them
        if not _opens_a_clean_entry(walked, candidates, position, entry):
            continue
        pairs.setdefault(signature(walked, entry), []).append(position)
    chronology = [
        p
        for positions in pairs.values()
        if len(positions) >= _CHRONOLOGY_ENTRIES
        for p in positions
        if candidates[p][1] is not None
    ]
    return kept_at(candidates, chronology)


_TERMS = frozenset({TERM, DEFINITION})


def with_dated_terms(candidates: list[Judged]) -> list[Judged]:
    """``candidates`` with a chronology set as a definition list kept: its terms dates
    (``_CHRONOLOGY_ENTRIES`` at least, each opening with its date, "4 czerwca 1989"), its
    definitions words of their own ("Wybory."), after kept text. Read under its date, each
    definition looked like a page's stamp, and went with its term; a post's meta list names
    its fields by labels ("Posted:", "Author:"), not by dates."""
    kept: list[int] = []
    position, count = 0, len(candidates)
    seen_text = False
    while position < count:
        if candidates[position][0].kind not in _TERMS:
            seen_text = seen_text or candidates[position][1] is None
            position += 1
            continue
        end = position
        while end < count and candidates[end][0].kind in _TERMS:
            end += 1
        run = candidates[position:end]
        terms = [block.text for block, _ in run if block.kind is TERM]
        if (
            seen_text
            and len(terms) >= _CHRONOLOGY_ENTRIES
            and all(is_date_line(term) and opens_with_date(term) for term in terms)
            and not any(is_date_line(block.text) for block, _ in run if block.kind is DEFINITION)
        ):
            kept.extend(p for p in range(position, end) if candidates[p][1] == FURNITURE_LINE)
        position = end
    return kept_at(candidates, kept)


# Dated lines one after another in one box, each the date and what happens then ("15 Mart
# 2024, Cuma – 19:00 Açılış konseri", "środa, 6 marca 2024 r. – osiedle Słoneczne"): a
# schedule the text sets out, not a page's stamps, when the run sits inside the text (a
# kept paragraph before it, kept text after it). A page's stamp is one line, or two
# (published, updated) at the text's top or end. Two lines at least.
_SCHEDULE_LINES = 2
# What a text's lead-in to a schedule closes with besides a sentence's mark: a colon.
_LEAD_IN_MARKS = (":", "：")


def with_schedule_lines(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """``candidates`` with the runs of a schedule's dated lines kept (``_SCHEDULE_LINES``):
    paragraphs or list items of one tag in one container, distinct, each closing with a word
    of its own (a letter, not a figure of the date), dropped as date lines or kept (a line
    the date test let through, with a figure in it)."""
    kept: list[int] = []
    position, count = 0, len(candidates)
    while position < count:
        end = position
        while end < count and _schedule_line(walked, candidates[end], candidates[position][0]):
            end += 1
        dropped = [p for p in range(position, end) if candidates[p][1] is not None]
        if (
            dropped
            and end - position >= _SCHEDULE_LINES
            and len({candidates[p][0].text for p in range(position, end)}) == end - position
            and _lead_in_before(candidates, position)
            and (
                any(reason is None for _, reason in candidates[end:])
                or _closing_chronology(candidates[position:end])
            )
        ):
            kept.extend(dropped)
        position = max(end, position + 1)
    return kept_at(candidates, kept)


def _closing_chronology(run: list[Judged]) -> bool:
    """Whether a run of dated lines closing the text is a chronology, not the page's stamps
    after it: ``_CHRONOLOGY_ENTRIES`` lines at least (a page's stamps are one or two:
    published, updated), each opening with its date ("12 mars 2020 : premier confinement.")."""
    return len(run) >= _CHRONOLOGY_ENTRIES and all(opens_with_date(b.text) for b, _ in run)


def _schedule_line(walked: Walk, judged: Judged, first: RawBlock) -> bool:
    """Whether a candidate is a dated line set like ``first`` (the run's): of its tag, in its
    container or (a list's item, a container of its own) beside it; dropped as a date line,
    or kept with a figure in it."""
    block, reason = judged
    parent = walked.containers.parent
    if not (
        block.kind in (PARAGRAPH, LIST_ITEM)
        and block.tag == first.tag
        and (
            block.container == first.container or parent[block.container] == parent[first.container]
        )
        and not block.links
    ):
        return False
    text = block.text.rstrip()
    last, stop = text[-1:], False
    if not last.isalpha():
        if last in _STOPS:  # a stop after the entry's own words ("3 June 1910 Fire.")
            if len(text) > DATELINE:
                return False  # a paragraph of prose: a dated entry closing so is a line
            last, stop = text[-2:-1], True
        if not (last.isalpha() or (last >= _MARKS and _combining(last))):
            return False  # a figure of the date closes it: "Published 5 March 2024."
    if reason is None:
        # a decimal figure (\d is Unicode's Nd); a line closed by a stop opens with its date,
        # or it is the text's sentence with a figure in it ("… bought it in 2019.")
        return (not stop or opens_with_date(text)) and DIGIT.search(text) is not None
    return reason == FURNITURE_LINE and is_date_line(text)


# The stops that close a sentence (``characters.SENTENCE_END``'s marks), read as the line's
# last character: a test of one character a block, where the pattern scanned each line.
_STOPS = frozenset(".!?。．！？؟।۔።։။")


# The first combining mark (U+0300): no character below it is one, and most lines end in
# ASCII, whose test is then a comparison.
_MARKS = "\u0300"


def _combining(last: str) -> bool:
    """Whether a line's last character (before a closing stop) is a letter's combining mark,
    ending a word of its own as a letter does (an Indic vowel sign: "खुला")."""
    return unicodedata.category(last)[0] == "M"


def _lead_in_before(candidates: list[Judged], position: int) -> bool:
    """Whether the last kept block before ``position`` is a paragraph of the text: a
    sentence or a lead-in closing with a colon. A heading over the schedule is passed over,
    and so is a line of the schedule the date test let through (set as the run's first,
    with a figure in it)."""
    first = candidates[position][0]
    for block, reason in reversed(candidates[:position]):
        if reason is not None:
            continue
        text = block.text.rstrip()
        if block.kind is HEADING:
            continue
        if (
            block.tag == first.tag
            and block.container == first.container
            and text[-1:].isalpha()
            and DIGIT.search(text) is not None
        ):
            continue
        return block.kind is PARAGRAPH and (closes_sentence(text) or text.endswith(_LEAD_IN_MARKS))
    return False


def _item_dated(walked: Walk, date: RawBlock, after: RawBlock) -> bool:
    """Whether a date and its text share a list item as their entry: the item's own loose
    text (``<li><time>2 May 2020</time><p>…</p></li>``) dates the paragraph set in it."""
    return (
        date.tag == "#run"
        and after.tag != "#run"
        and date.container == after.container
        and walked.containers.tag[date.container] == "li"
    )


def _opens_a_clean_entry(walked: Walk, candidates: list[Judged], position: int, entry: int) -> bool:
    """Whether the date at ``position`` opens its entry and everything else the entry holds
    is kept: a post's or a card's date sits among its author, its counters, its links."""
    if position > 0 and _inside(walked, candidates[position - 1][0].container, entry):
        return False
    for block, reason in candidates[position + 1 :]:
        if not _inside(walked, block.container, entry):
            return True
        if reason is not None:
            return False
    return True


def _inside(walked: Walk, container: int, entry: int) -> bool:
    parent = walked.containers.parent
    while container >= 0 and container != entry:
        container = parent[container]
    return container == entry


# A chronology's date is short: a day, a month or a year with a word or two ("Сентябрь
# 2013 года", "Spring 1978"); longer lines with a year are text.
_ENTRY_DATE_CHARS = 40


def _dates_an_entry(text: str) -> bool:
    """Whether a block may date a chronology's entry: a short line with a year ("12 May
    2008", "Spring 1978"). A time of day alone stamps a live post or a schedule's row, whose
    readers' texts leave it out (times kept: fundus B 0.9790 -> 0.9789). A forum poster's
    line ("anna_k Joined: March 2021") dates the poster's sign-up, not the post under it."""
    return (
        len(text) <= _ENTRY_DATE_CHARS
        and YEAR.search(text) is not None
        and not is_poster_line(text)
    )


def _common_container(walked: Walk, first: int, second: int) -> int:
    """The nearest container holding both ``first`` and ``second`` (-1: none)."""
    parent = walked.containers.parent
    above = set()
    while first >= 0:
        above.add(first)
        first = parent[first]
    while second >= 0 and second not in above:
        second = parent[second]
    return second
