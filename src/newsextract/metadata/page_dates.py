"""The publication date's second opinion, searched on the page already parsed.

When the structured sources disagree, give one weak date or none, the vote asks for a second
opinion. htmldate's original-date search answered it, but it parses the page again with lxml,
cleans and serialises the tree and sends many text pieces to dateparser: about half of
``extract()``'s time. This module follows the same steps in the same order, on the lexbor tree
and the page's text, with precompiled patterns and month names read from dateparser's
language data (every language, not five): the first step that finds a date answers.

1. the URL (or the canonical link) with a year, month and day in its path;
2. ``<meta>`` publication dates (``name``, ``property``, ``itemprop``, ``http-equiv``), a day
   in ``og:url`` or a ``copyrightYear`` held in reserve; a modification's (``og:updated_time``)
   too, but answered only after steps 3-7 (``from_modified_meta``);
3. a ``"datePublished"`` in a JSON-LD block's text (also when the block is no valid JSON);
4. ``<abbr>`` elements with a ``data-utime`` or a publication class;
5. elements whose class or id speaks of a date, a time, metadata or a footer, ``<footer>`` and
   ``<small>``: the first whose text (its first 52 characters, past the lines a copyright
   sign opens) reads as a date;
6. ``<title>`` and ``<h1>``; 7. ``<time>`` elements outside a sidebar and a list of other
   stories (the oldest, or the one marked as the publication's); 8. a timestamp
   ("2021-03-05T10:30:00") anywhere in the page's source outside those;
9. a day in ``og:image``'s path;
10. short text pieces (7-51 characters) of blocks, and longer ones opening with a publication
    label: the first date among them outside a sidebar and a list of other stories, and not
    after an update label opening the piece ("Last modified: …": a last change's day) nor
    a copyright sign (a picture's credit: "© Ana Ruiz, 31.05.2013")
    (htmldate: the oldest, often a teaser's);
11. the page's source (its first ``MAX_SOURCE_CHARS``): the most frequent full date written
    in digits, else the first with its month in words, not before the copyright year; a date
    that opens a table cell is the table's data and is left out, and so is the markup of a
    sidebar, of a list of other stories and of a short line an update label or a picture's
    credit opens.

Steps 5, 7, 8, 10 and 11 pass over readers' comments set after the text and the headline
(``in_comments_after_text``); a day steps 5-11 find later than the first comment's gives way
to it (``find_page_day``).

htmldate's later guesses (the first of a month or of a year) are left out: a day is the
answer, and on the dev sets they were wrong. There it gave htmldate's day on 347 of the 372
pages it was asked on, the same published-date scores on both halves of every set, at about
1 ms a page asked instead of 20-50.

Every date is a calendar day (the vote compares days) within the web's years.

This module holds the order of the steps, the date elements, ``<time>`` and free-text steps
(4-7, 10) and the first comment's day. The days a page declares (steps 1-3, 9) are
``declared_days``', the source's (8, 11) ``source_days``'; every step reads a text's day with
``short_text_days``, a line's labels with ``date_line_labels`` and asks ``element_places``
whether an element stands in a sidebar, a comment or a review.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime

from selectolax.lexbor import LexborNode

from newsextract.body.characters import latin_width
from newsextract.dates import find_text_date
from newsextract.dating.relative import opens_with_today
from newsextract.labels import availability_opening
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.agency_datelines import dateline_day
from newsextract.metadata.data_labels import hours_in_facts
from newsextract.metadata.date_line_labels import (
    ASCII_DIGIT,
    accessed,
    has_digit,
    opens_with_update,
    page_language,
    published_opening,
    spaced_text,
    under_data_label,
    update_opening,
    with_terms,
    with_written_time,
)
from newsextract.metadata.declared_days import (
    from_breadcrumb,
    from_image,
    from_json,
    from_meta,
    from_modified_meta,
    from_url,
)
from newsextract.metadata.element_places import (
    ancestor_verdicts_of,
    before_headline,
    headline_block,
    in_comments_after_text,
    in_review,
    in_sidebar,
    other_things_date,
    own_after,
    page_may_name_comments,
)
from newsextract.metadata.other_items import in_related_list, names_related_list, story_item
from newsextract.metadata.short_text_days import (
    ELEMENT_START,
    MAX_CANDIDATES,
    MAX_SEGMENT,
    MIN_SEGMENT,
    bare_day,
    collapsed_start,
    element_day,
    short_text_day,
)
from newsextract.metadata.site_header import page_header, within
from newsextract.metadata.source_days import (
    COPYRIGHT_OPENINGS,
    from_epoch_attribute,
    from_page_source,
    from_timestamp,
)
from newsextract.name_lists import NameWordSelector
from newsextract.page import ParsedPage

DayFinder = Callable[[ParsedPage, str], datetime | None]


_ABBR_CLASSES = frozenset({"date-published", "published", "time published"})

# Elements whose date is the page's: a class or id naming a date ("date", "datum"), metadata,
# a time or a footer (the first of id and class in the markup decides), or a class of a
# byline or publication line; <footer> and <small> always.
_ALWAYS = frozenset({"footer", "small"})
_ID_CLASS_CUES = LazyPattern("[Mm]eta|time|publish|footer")
_CLASS_CUES = LazyPattern(
    "info|post_detail|block-content|byline|subline|posted|submitted|created-post|"
    "publication|author|autor|field-content|fa-clock-o|fa-calendar|fecha|parution"
)
# A class word that is "date" in Italian, Portuguese, Polish and Catalan ("data"), whole: as
# part of a longer name ("metadata", "data-table", "dataset") it names no date.
_DATE_WORD_CLASS = LazyPattern(r"(?<![\w-])[Dd]ata(?![\w-])")
_CUE_WORDS = (
    "date", "Date", "datum", "Datum", "meta", "Meta", "time", "publish", "footer",
    *_CLASS_CUES.pattern.split("|"),
)  # fmt: skip
# (MediaWiki's "footer-info-lastmod" id holds "footer": the list needs no selector of its own.)
_ID_CUE_WORDS = _CUE_WORDS[:9]
_ITEMPROP_CUE_WORDS = ("date", "Date")
# The query for the elements above, wider: the cue words differing only in the case of a
# letter, or sharing a start ("date", "Date", "datum", "Datum": "dat"), are asked for as one
# word in any case: lexbor tests every selector of a list on every element (about 0.03 ms a
# page each), and 39 selectors became 29. ``_named_by_cue`` then keeps the elements the
# narrower selectors would have found, exactly.
_WIDE_WORDS = {"dat": ("date", "Date", "datum", "Datum"), "meta": ("meta", "Meta")}
_MERGED = {word for words in _WIDE_WORDS.values() for word in words}
_DATE_ELEMENTS = NameWordSelector(
    ", ".join(
        [
            "footer",
            "small",
            "[itemprop*=date i]",
            *(f"[{key}*={w} i]" for key in ("class", "id") for w in _WIDE_WORDS),
            *(f"[class*={w!r}]" for w in _CUE_WORDS if w not in _MERGED),
            *(f"[id*={w!r}]" for w in _ID_CUE_WORDS if w not in _MERGED),
        ]
    )
)  # cut per page to the class and id words the page uses (see ``name_lists``)
# Blocks whose own short texts are read in the free-text step.
_FREE_TEXT_BLOCKS = "div, h2, h3, h4, li, p, span, time, ul"


# ---------------------------------------------------------------- the steps, in order


def _from_abbr(page: ParsedPage, html: str) -> datetime | None:
    elements = page.tree.css("abbr")
    if not 0 < len(elements) <= MAX_CANDIDATES:
        return None
    oldest: datetime | None = None
    for node in elements:
        attrs = node.attributes
        if "data-utime" in attrs:
            try:
                moment = datetime.fromtimestamp(int(attrs.get("data-utime") or ""), UTC)
            except (OverflowError, OSError, ValueError):
                continue
            oldest = _older(oldest, bare_day(moment))
        elif attrs.get("class") in _ABBR_CLASSES:
            title = attrs.get("title")
            if title is not None:
                found = short_text_day(title)
                if found is not None:
                    return found
            else:
                text = _own_text(node)
                if len(text) > 10:
                    oldest = _older(oldest, short_text_day(text))
    return oldest or _first_day(elements)


def _is_date_element(node: LexborNode) -> bool:
    """The class or id (the first of them in the markup) or the itemprop names a date, or
    the first names metadata, a time or a footer, or the class a byline or publication."""
    return _names_a_date(node.attributes)


def _names_a_date(attrs: Mapping[str, str | None]) -> bool:
    """``_is_date_element`` of an element's attributes (read once: each ``attributes``
    builds a new dict of them)."""
    first = itemprop = None
    for key, value in attrs.items():
        if key == "itemprop":
            itemprop = value
        elif first is None and key in ("id", "class"):
            first = value
    for cue in (first, itemprop):
        if cue is not None:
            folded = cue.replace("D", "d")
            if "date" in folded or "datum" in folded:
                return True
    if first is None:
        return False
    if _ID_CLASS_CUES.search(first) or _DATE_WORD_CLASS.search(first):
        return True
    classes = attrs.get("class")
    if classes is not None and _CLASS_CUES.search(classes):
        return True
    ident = attrs.get("id")
    return ident is not None and "footer-info-lastmod" in ident


def _named_by_cue(attrs: Mapping[str, str | None]) -> bool:
    """Whether a ``_CUE_WORDS`` word is in the element's class (as written), one of
    ``_ID_CUE_WORDS`` in its id, or "date" or "Date" in its itemprop: what the narrower
    selectors ``_DATE_ELEMENTS`` stands for ask of an element (its attributes) that is no
    ``_ALWAYS`` tag."""
    for key, words in (
        ("class", _CUE_WORDS),
        ("id", _ID_CUE_WORDS),
        ("itemprop", _ITEMPROP_CUE_WORDS),
    ):
        value = attrs.get(key)
        if value and any(word in value for word in words):
            return True
    classes = attrs.get("class")
    return classes is not None and _DATE_WORD_CLASS.search(classes) is not None


def date_elements(page: ParsedPage) -> list[LexborNode]:
    """The elements step 5 reads, in page order and each once (see ``_ALWAYS`` and
    ``_is_date_element``), outside the site's top bar: queried once a page (the first
    comment's day reads them again). Lexbor lists an element once for each selector of a
    list it matches: the merged selectors match other pairs of them than the narrow ones
    did, and ``MAX_CANDIDATES`` counts elements, not matches."""
    return page.derived(_date_elements)


def _date_elements(page: ParsedPage) -> list[LexborNode]:
    root = page.root
    if root is None:
        return []
    top_bar = page_header(page)  # its date is the day of the visit
    seen: set[int] = set()
    found = []
    for node in root.css(_DATE_ELEMENTS.for_page(page.names, page.names_by_attribute)):
        if node.mem_id in seen:
            continue
        seen.add(node.mem_id)
        if node.tag in _ALWAYS:
            named = True
        else:
            attrs = node.attributes
            named = _names_a_date(attrs) and _named_by_cue(attrs)
        if named and not within(node, top_bar):
            found.append(node)
    return found


def _from_date_elements(page: ParsedPage, html: str) -> datetime | None:
    return _first_day(date_elements(page), page)


def _first_day(elements: list[LexborNode], page: ParsedPage | None = None) -> datetime | None:
    """The first element whose text (or title, on Blogspot) reads as a day; with ``page``,
    past a list of other stories' days when the article's own follows (``own_after``)."""
    if not 0 < len(elements) <= MAX_CANDIDATES:
        return None
    teaser: tuple[LexborNode, datetime] | None = None
    language = page_language(page) if page is not None else None
    verdicts = ancestor_verdicts_of(page) if page is not None else None
    sidebar = verdicts.in_sidebar if verdicts is not None else in_sidebar
    related = verdicts.in_related_list if verdicts is not None else in_related_list
    # kept for the first comment's day, asked only on a page with comments named
    days = (
        page.derived(_element_days) if page is not None and page_may_name_comments(page) else None
    )
    for node in elements:
        for text in (node.text(deep=True), node.attributes.get("title") or ""):
            found = element_day(text, language)
            if days is not None:
                days.setdefault(node.mem_id, found)  # its text's day, read before its title's
            if found is None and text.lstrip().startswith(COPYRIGHT_OPENINGS):
                text = _past_copyright_lines(node)
                found = element_day(text, language) if text else None
            # Passed over: "Updated 7.5.2024 Published 5.5.2024" (the update's line), and a
            # sidebar's other stories.
            if (
                found is not None
                and not opens_with_update(text)
                and not sidebar(node)
                # before the text's searches: a thread's hundreds of days fail here, the
                # verdict read from its box's (``AncestorVerdicts``)
                and (page is None or not in_comments_after_text(node, page, verdicts))
                and not accessed(text)
                and not accessed(spaced_text(node, text))
                and not related(node)
                and not in_review(node)
                and not _event_day_inside(node, found, language)
            ):
                if page is None:
                    return found
                if story_item(node) is None:
                    if teaser is None or own_after(teaser[0], node, page):
                        start = collapsed_start(with_terms(node, text))
                        return with_written_time(start, found, node, page_language(page))
                    return teaser[1]
                teaser = teaser or (node, found)
    return teaser[1] if teaser is not None else None


def _past_copyright_lines(node: LexborNode) -> str:
    """An element's text after the lines (its inner elements' texts) a copyright sign opens:
    a footer's "© Copyright 2019-2024, the authors." fills the start the step reads, and its
    next line, "Last updated on Mar 12, 2024.", a docs theme's only date, was never reached.
    Asked only of an element whose text opens with a copyright sign and reads no day."""
    lines = node.text(deep=True, separator="\n")[:ELEMENT_START].split("\n")
    for at, line in enumerate(lines):
        if line.strip() and not line.lstrip().startswith(COPYRIGHT_OPENINGS):
            return " ".join(lines[at:])
    return ""


# An element inside a date element that may name an event's own day (``EVENT_DAYS``):
# "<div class=entry-meta><p class=event-date>Dátum podujatia: 18. mája 2024</p></div>".
_EVENT_NAMED = "[class*=event i]"


def _event_day_inside(node: LexborNode, found: datetime, language: str | None) -> bool:
    """Whether the day ``found`` in ``node``'s text is written in an element inside it that
    is named as an event's day ("event-date"): the day the event takes place, which the
    element itself is passed over for (``in_related_list``), never the page's (probe
    sk_event_datum_podujatia_only). Asked only of a date element whose text gave a day."""
    inner = node.css_first(_EVENT_NAMED)
    return (
        inner is not None
        and names_related_list(inner.attributes)
        and element_day(inner.text(deep=True), language) == found
    )


def _from_title(page: ParsedPage, html: str) -> datetime | None:
    return _first_day(page.tree.css("title, h1"))


def _from_time_elements(page: ParsedPage, html: str) -> datetime | None:
    elements = page.tree.css("time")
    if not 0 < len(elements) <= MAX_CANDIDATES:
        return None
    oldest: datetime | None = None
    verdicts = ancestor_verdicts_of(page)
    for node in elements:
        if (
            verdicts.in_sidebar(node)
            or verdicts.in_related_list(node)
            or other_things_date(node)
            or in_comments_after_text(node, page, verdicts)
        ):
            continue  # another story's, another thing's or a reader's time
        attrs = node.attributes
        stamp = attrs.get("datetime") or ""
        if len(stamp) > MIN_SEGMENT:
            classes = attrs.get("class") or ""
            if attrs.get("pubdate") == "pubdate" or classes.startswith(
                ("entry-date", "entry-time")
            ):
                found = short_text_day(stamp)
                if found is not None:
                    return found
            else:
                oldest = _older(oldest, short_text_day(stamp))
        else:
            text = _own_text(node)
            if len(text) > MIN_SEGMENT:
                oldest = _older(oldest, short_text_day(text))
    return oldest


def _from_free_text(page: ParsedPage, html: str) -> datetime | None:
    """The first day among the short texts of blocks (each text node on its own): the
    article's own comes before the teasers' further down, which are often older (htmldate
    takes the oldest); past ``MAX_CANDIDATES`` texts with figures, the page is a listing and
    gives none."""
    first: datetime | None = None
    teaser: tuple[LexborNode, datetime] | None = None  # a list of stories' first, as in step 5
    above: datetime | None = None  # a box's before the headline's block (``before_headline``)
    labelled: datetime | None = None  # the first under a data label, the page's only day else
    for read, (node, segment) in enumerate(_block_texts(page)):
        if read >= MAX_CANDIDATES:
            return None
        if first is None and (day := short_text_day(segment)) is not None:
            # a sidebar's or a related list's date is another story's, a comment's under the
            # text a reader's, as in step 5
            if (
                accessed(segment)
                or ancestor_verdicts_of(page).in_sidebar(node)
                or ancestor_verdicts_of(page).in_related_list(node)
                or in_review(node)
                or in_comments_after_text(node, page)
            ):
                continue
            if update_opening().match(segment) is not None:
                continue  # a last change's day ("Last modified: …"), no publication's
            if availability_opening().match(segment) is not None:
                continue  # an offer's first day ("Disponibile dal 15/03/2024"), a shop's
            if opens_with_today(segment, page_language(page)):
                continue  # the visit's day ("Today: 4 December 2024", a top bar's)
            if segment.lstrip().startswith(COPYRIGHT_OPENINGS):
                continue  # a picture's credit ("© Ana Ruiz, 31.05.2013"): the photo's day
            if node.tag in _FACT_VALUES and _event_day(node, segment):
                continue  # "<dt>Datum</dt><dd>za 15 juni 2024</dd><dt>Tijd</dt><dd>11:00 – 18:00"
            if under_data_label(node, segment):
                # "Lieferung: Fr, 08.03.2024": an offer's day (as the visible reading); read
                # only if the page writes no other ("Date: 05.03.2024" over a notice)
                labelled = labelled or day
                continue
            if story_item(node) is not None:
                teaser = teaser or (node, day)
                continue
            if teaser is None and above is None and before_headline(node, page):
                above = with_written_time(segment, day, node, page_language(page))
                continue
            if above is not None and (
                above.date() == day.date() or not within(node, headline_block(page))
            ):
                first = above  # its day, or the same day with the time written with it
            elif above is None and teaser is not None and not own_after(teaser[0], node, page):
                first = teaser[1]
            else:
                first = with_written_time(segment, day, node, page_language(page))
    return first or above or (teaser[1] if teaser is not None else None) or labelled


# The elements holding a value of a box of facts beside its term or heading cell.
_FACT_VALUES = frozenset({"dd", "td"})


def _event_day(node: LexborNode, segment: str) -> bool:
    """Whether the day ``segment`` writes, a value in a box of facts, is followed there by a
    span of hours (``data_labels.hours_in_facts``): an event's day, no page's."""
    span = find_text_date(segment)
    return span is not None and hours_in_facts(node, span)


def _block_texts(page: ParsedPage) -> Iterator[tuple[LexborNode, str]]:
    """The block elements' own text nodes of 7-51 characters with a figure in them, each with
    its element; a longer
    one opening with a publication label ("Opublikowano 12 marca 2024 przez … w kategorii
    …", a blog's byline line) from the label's end: the page names that date its own, where
    the short texts after it are often a sidebar's."""
    root = page.root
    published = published_opening()
    for node in root.css(_FREE_TEXT_BLOCKS) if root is not None else ():
        if _no_text_read(node.text(deep=False)):
            continue
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                text = (child.text_content or "").strip()
                if len(text) < MAX_SEGMENT:
                    if len(text) > MIN_SEGMENT and has_digit(text) and not _wide_sentence(text):
                        yield node, text
                elif (label := published.match(text)) is not None:
                    yield node, text[label.end() :]


# A Chinese or Japanese sentence's comma and full stop, which no date line sets.
_WIDE_SENTENCE_MARKS = ("，", "。")


def _wide_sentence(text: str) -> bool:
    """Whether a text under ``MAX_SEGMENT`` characters is a Chinese or Japanese sentence
    ("据了解，该项目于2019年5月12日正式启动。"): as long as that in Latin letters (a wide
    character weighs three, ``latin_width``), with a sentence's comma or stop. A Latin one
    so long is past the segment's length already."""
    return (
        not text.isascii()
        and any(mark in text for mark in _WIDE_SENTENCE_MARKS)
        and latin_width(text) >= MAX_SEGMENT
    )


def _no_text_read(own: str) -> bool:
    """Whether no own text of a block can be read by ``_block_texts``, told from all of them
    joined (``text(deep=False)``, one call where walking the children makes a node object
    for each): shorter than ``MAX_SEGMENT`` together, none is a long one, and without a
    digit (in ASCII: a text outside it may hold a digit of another script), none is short
    with a figure."""
    return len(own) < MAX_SEGMENT and own.isascii() and ASCII_DIGIT.search(own) is None


def _own_text(node: LexborNode) -> str:
    """The element's first text, before any child element (lxml's ``.text``)."""
    child = node.child
    return (child.text_content or "") if child is not None and child.tag == "-text" else ""


def _older(oldest: datetime | None, found: datetime | None) -> datetime | None:
    if found is None:
        return oldest
    return found if oldest is None or found < oldest else oldest


URL_STEP = "url"  # the first step's name: the day in the page's address
STEPS: tuple[tuple[str, DayFinder], ...] = (
    (URL_STEP, from_url),
    ("breadcrumb", from_breadcrumb),
    ("meta", from_meta),
    ("json", from_json),
    ("abbr", _from_abbr),
    ("date-element", _from_date_elements),
    ("title", _from_title),
    ("time", _from_time_elements),
    ("meta-modified", from_modified_meta),
    ("timestamp", from_timestamp),
    ("image", from_image),
    ("free-text", _from_free_text),
    ("epoch-attribute", from_epoch_attribute),
    ("page-source", from_page_source),
)


FIRST_COMMENT = "first-comment"  # the day of the readers' first comment (``find_page_day``)


def find_page_day(page: ParsedPage, html: str) -> tuple[datetime, str] | None:
    """The page's publication day and the step that found it, or None. The steps pass
    readers' comments over (``in_comments_after_text``): a page dated by them alone has no
    day. But a page is published before its first comment: a later day a step finds (an
    archive's capture, a footer's update) is no publication, and the comments' first day,
    the latest the page can be, answers instead (``FIRST_COMMENT``)."""
    for name, step in STEPS:
        found = step(page, html)
        if found is not None:
            if name not in _DECLARING_STEPS:
                first_comment = _first_comment_day(page)
                if first_comment is not None and first_comment.date() < found.date():
                    return first_comment, FIRST_COMMENT
            if name not in _PUBLICATION_STEPS and page_language(page) in _WIRE_LANGUAGES:
                filed = dateline_day(html, found)
                if filed is not None:
                    return filed, DATELINE
            return found, name
    return None


# The steps whose day is a publication's own (its address, a publication meta, JSON-LD's
# datePublished, a publication abbr): a wire's dateline does not overrule them, as a story
# filed before midnight is published after it; a later day any other step finds (an update
# line, a modification meta) gives way to the dateline's (``agency_datelines``).
_PUBLICATION_STEPS = frozenset({URL_STEP, "breadcrumb", "meta", "json", "abbr"})
DATELINE = "agency-dateline"
# The pages whose source is searched for a dateline: Chinese ones, and those naming no
# language (many Chinese sites write no ``<html lang>``); the search of a page's source for
# the wires' mark costs 0.1 ms a page, paid on no other.
_WIRE_LANGUAGES = frozenset({"zh", None})


# The steps whose day the page declares for itself (its address, its meta and JSON-LD
# dates, a publication-classed abbr): a comment's earlier day does not overrule them (a
# republished page keeps its old readers' comments).
_DECLARING_STEPS = frozenset({URL_STEP, "breadcrumb", "meta", "meta-modified", "json", "abbr"})


def _first_comment_day(page: ParsedPage) -> datetime | None:
    """The earliest day among the readers' comments after the text: their ``<time
    datetime>`` elements and the date elements step 5 reads inside them; not a sidebar's
    recent comments (other posts')."""
    if not page_may_name_comments(page):
        return None  # most pages: no comment section named
    earliest: datetime | None = None
    verdicts = ancestor_verdicts_of(page)
    sidebar = verdicts.in_sidebar
    for node in page.dated_times:
        if in_comments_after_text(node, page, verdicts) and not sidebar(node):
            earliest = _older(earliest, short_text_day(node.attributes.get("datetime")))
    elements = date_elements(page)
    if len(elements) <= MAX_CANDIDATES:
        language = page_language(page)
        days = page.derived(_element_days)
        for node in elements:
            if in_comments_after_text(node, page, verdicts) and not sidebar(node):
                mem_id = node.mem_id
                day = (
                    days[mem_id] if mem_id in days else element_day(node.text(deep=True), language)
                )
                earliest = _older(earliest, day)
    return earliest


def _element_days(page: ParsedPage) -> dict[int, datetime | None]:
    """The day of each date element's text (``element_day``) that step 5 read, by
    ``mem_id``: the first comment's day reads the same elements' texts again."""
    return {}
