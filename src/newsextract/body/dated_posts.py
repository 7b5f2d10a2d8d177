"""Readers' messages after the text, named by no comment word: a forum's list (SPIP's
``<ul class="forum">``), a guest book's entries. Each is an element of one template beside
the others, holding a stamp (a full date, with its year: "Et les pêcheurs ? (5 mars 2026
@09h12)"), a line the page drops beside it (the poster's name, under a box named as such)
and a short text. Two such entries or more after a text that outweighs them are messages
about it, whatever their language; a chronology's entries carry their date and their text
and nothing else, and a live blog's entries are its text (its stamps are times, and its text
is mostly the entries)."""

from __future__ import annotations

from newsextract.body.characters import closes_sentence
from newsextract.body.date_lines import is_date_line
from newsextract.body.model import HEADING
from newsextract.body.reasons import DATED_POSTS, Judged
from newsextract.body.walk_records import Walk
from newsextract.lazy_regex import LazyPattern

# A message's stamp names its year: a time or a day alone is a live blog's or a schedule's.
# The look back for a digit before the year is asked after its first two figures (three
# characters back), so that the pattern opens with them and the engine skips to a "1" or a
# "2" instead of trying the look back at every character of every kept block: the matches
# of ``(?<!\d)(?:1[89]|20)\d\d(?!\d)``, at the same places, in a third of the time.
_YEAR = LazyPattern(r"(?:1[89]|20)(?<!\d(?s:..))\d\d(?!\d)")
# A line closing on its stamp in brackets: the message's title and date ("Souvenirs (5 mars
# 2026 @11h40)").
_BRACKETED_END = LazyPattern(r"\(([^()]{4,60})\)\s*$")
# A stamp's line is its date, or a title of a few words and the date: at most this long.
_STAMP_LINE = 100
# Messages are two or more: one dated box after the text is a note.
_POSTS = 2
# The runs of entries looked at, the longest first: a forum is the page's longest run of
# dated entries, and a page of thousands of dated pairs is not read once for each.
_RUNS_TRIED = 3
# How far up from its stamp an entry's element is looked for: the stamp's line sits in the
# entry's header box at most this many boxes down.
_ENTRY_LEVELS = 3
# A message's text is a few sentences, in a block or three.
_POST_TEXT = 700
_POST_BLOCKS = 3
# The text before the messages holds more than their kept characters: a page that is mostly
# its dated entries (a live blog, a guest book) is read as it is.
_TEXT_OUTWEIGHS = 1


def without_dated_posts(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """Drop the kept blocks of readers' messages after the text (the module's docstring)."""
    # The date test is the cost (a line naming its year goes through every date form): it
    # is asked only where two lines naming a year sit in entries of one template, which the
    # stamps' entries need, as the stamps are among those lines.
    # (``_names_its_year`` written out: a call for each kept or dropped block of the page)
    year = _YEAR.search
    yeared = [
        at
        for at, (block, _) in enumerate(candidates)
        if len(block.text) <= _STAMP_LINE and year(block.text) is not None
    ]
    if not _entry_runs(walked, candidates, yeared):
        return candidates  # most pages: no list looked at
    stamps = [at for at in yeared if _is_stamp(candidates[at][0].text)]
    stamped = set(stamps)
    for entries in _entry_runs(walked, candidates, stamps)[:_RUNS_TRIED]:
        out = _without_posts(walked, candidates, entries, stamped)
        if out is not None:
            return out
    return candidates


def _entry_runs(walked: Walk, candidates: list[Judged], stamps: list[int]) -> list[list[int]]:
    """The runs of two entries or more of one template (parent, tag and classes) holding the
    lines at ``stamps``, the longest first."""
    if len(stamps) < _POSTS:
        return []
    cont = walked.containers
    parent = cont.parent
    groups: dict[tuple[int, str, str], list[int]] = {}  # (parent, tag, classes): entries
    for at in stamps:
        index = candidates[at][0].container
        for _ in range(_ENTRY_LEVELS):
            up = parent[index]
            if up < 0:
                break
            entries = groups.setdefault((up, cont.tag[index], cont.classes[index]), [])
            if index not in entries:
                entries.append(index)
            index = up
    return sorted((e for e in groups.values() if len(e) >= _POSTS), key=len, reverse=True)


def _without_posts(
    walked: Walk, candidates: list[Judged], entries: list[int], stamped: set[int]
) -> list[Judged] | None:
    """The candidates with the messages in ``entries`` dropped, or ``None`` when they are not
    messages after the text (``stamped``: the positions of the stamps' lines)."""
    parent = walked.containers.parent
    entry_of: dict[int, int] = {}  # position: its entry
    wanted, lowest = set(entries), min(entries)
    for at, (block, _) in enumerate(candidates):
        index = block.container
        # Containers come in page order, parents first: above the first entry none is one.
        while index >= lowest and index not in wanted:
            index = parent[index]
        if index >= lowest:
            entry_of[at] = index
    if not entry_of:
        return None
    first, last = min(entry_of), max(entry_of)
    held: dict[int, list[int]] = {entry: [] for entry in entries}  # entry: its positions
    for at, inside in entry_of.items():
        held[inside].append(at)
    for positions in held.values():
        kept = [at for at in positions if candidates[at][1] is None]
        dropped = [at for at in positions if candidates[at][1] is not None and at not in stamped]
        texts = [at for at in kept if at not in stamped]
        if (
            not any(at in stamped for at in positions)
            or not dropped
            or not texts
            or len(texts) > _POST_BLOCKS
            or any(len(candidates[at][0].text) > _POST_TEXT for at in texts)
        ):
            return None
    if _opens_as_a_post(candidates, first):
        return None
    inside = sum(len(candidates[at][0].text) for at in entry_of if candidates[at][1] is None)
    before = sum(len(block.text) for block, reason in candidates[:first] if reason is None)
    after = sum(len(block.text) for block, reason in candidates[last + 1 :] if reason is None)
    if before <= _TEXT_OUTWEIGHS * inside or after >= inside:
        return None
    out = list(candidates)
    for at in entry_of:
        if out[at][1] is None:
            out[at] = (out[at][0], DATED_POSTS)
    return out


# A poster's line beside the text before the messages: a name, at most this long.
_POSTER_LINE = 60


def _opens_as_a_post(candidates: list[Judged], first: int) -> bool:
    """Whether the text before position ``first`` is itself a post: a short line that is no
    heading and no sentence (its poster's name) sits in a container of its kept blocks. A
    thread's replies after its opening post are the thread's text; an article's text
    carries its byline apart from its paragraphs."""
    texts = {block.container for block, reason in candidates[:first] if reason is None}
    return any(
        block.container in texts
        and block.kind is not HEADING
        and len(block.text) <= _POSTER_LINE
        and not closes_sentence(block.text)
        for block, _ in candidates[:first]
    )


def _names_its_year(text: str) -> bool:
    """Whether a line may be a message's stamp: short, and naming a year."""
    return len(text) <= _STAMP_LINE and _YEAR.search(text) is not None


def _is_stamp(text: str) -> bool:
    """Whether a line is a message's stamp: a date line naming its year, or a line closing on
    one in brackets (``_STAMP_LINE`` at most: a paragraph is read no further)."""
    if not _names_its_year(text):
        return False
    if is_date_line(text):
        return True
    end = _BRACKETED_END.search(text)
    return end is not None and is_date_line(end.group(1))
