"""Dates written in the visible text: beside the headline, after a label ("Published",
"Updated"), in a dateline, in the page's footer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from itertools import islice
from typing import NamedTuple
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newsextract.browser_urls import browser_address
from newsextract.dates import (
    TextDate,
    ascii_digits,
    find_text_dates,
    parse_text_date,
    read_written_date,
)
from newsextract.dating.words import weekday_settled
from newsextract.dating.zones import page_countries, zone_before
from newsextract.label_lists import LabelList
from newsextract.labels import access_label, starts_with
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.ancestor_verdicts import AncestorVerdicts
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.class_values import by_class_values
from newsextract.metadata.data_labels import (
    class_and_id,
    data_day,
    hours_after,
    hours_in_facts,
    label_runs_on,
    named_for_a_date,
    names_another_thing,
)
from newsextract.metadata.date_line_labels import publication_label, with_terms
from newsextract.metadata.element_places import follows, headline_article
from newsextract.metadata.label_texts import label_texts
from newsextract.metadata.other_items import in_story_list
from newsextract.metadata.published_terms import LABELLED_DATE
from newsextract.metadata.site_header import page_header, within
from newsextract.metadata.tooltip_dates import (
    TOOLTIP_OR_STAMP,
    InnerMarks,
    holds_term,
    inner_marks,
    keeps_epoch_stamp,
    title_dates,
    tooltip_elements,
)
from newsextract.metadata.visible_blocks import BLOCKS, CAPITALS, DIGIT, MAX_BLOCK, cand, text_after
from newsextract.metadata.written_date_labels import (
    LABEL_REACH,
    calls_update,
    edit_span,
    labelled_after,
    print_edition_days,
    updated_label,
)
from newsextract.name_lists import NameWordSelector, has_name_token
from newsextract.page import ParsedPage
from newsextract.text import clean_text

# A text this long even with its white space cut is no date line; twice the block's length
# leaves room for what ``clean_text`` removes (stray entities, invisible characters).
_CONTAINER = 2 * MAX_BLOCK
# Cut per page to the words its class names and ids hold (see ``name_lists``).
DATE_SCOPES = NameWordSelector(
    "[class*=date i], [class*=time i], [class*=datum i], [class*=fecha i], [class*=data i], "
    "[class*=publi i], [class*=posted i], [class*=meta i], [class*=byline i], [class*=info i], "
    "[class*=tarih i], [class*=tanggal i], [id*=date i], time, [class~=author i]"
)
# ("datum", "fecha", "data": German, Spanish, Portuguese and Italian; "tarih": Turkish;
# "tanggal": Indonesian and Malay newsrooms' class names for a date; "author" as a whole
# class: a forum post's author line, "by Jane Roe » Mon Mar 04, 2024 10:15 am", the post's
# only time in phpBB 3.0, where a class holding "author" is more often an author box.)
_MAX_DATE_TRIES = 6  # dateparser calls that found nothing before giving up on a page
# What stands between a date and the same date written again in another calendar or form.
_RESTATING_MARKS = " \t([/|–-"
_MAX_DATE_SPANS = 12  # date-looking spans gathered: the article's own come first in a page
# A number written in Hebrew letters, a gershayim before its last ("כ״ה", the 25th): a date of
# the Hebrew calendar may have no digit (``dating.hebrew``).
_HEBREW_LETTER_NUMBER = LazyPattern('[\u05d0-\u05ea][\u05f4"][\u05d0-\u05ea]')
# An ISO stamp with its "T" ("2020-11-18T19:24:51+01:00") is no date written for people: the
# text of a hidden <time> or microdata element, which the structured sources already read.
_MACHINE_STAMP = LazyPattern(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


class WrittenDate(NamedTuple):
    """A date written on the page: the field its label gives it, the date, and whether a
    publication label stands before it."""

    field: str  # "published", or "modified" after an update label
    found: TextDate
    labelled: bool = False


class WrittenDates(NamedTuple):
    """The dates written on a page, found by their form and parsed (by the slow dateparser)
    only when asked for. A date whose label calls it an update ("Updated …") is the
    ``modified`` one; the others are ``published`` candidates: those after a publication
    label first, then the rest in page order."""

    spans: tuple[WrittenDate, ...]
    language: str | None
    # The page's countries (``page_countries``): the offset of a zone several countries name.
    countries: frozenset[str] = frozenset()

    def first(self, field: str, *, timed_only: bool = False) -> Candidate | None:
        """The first date of ``field`` that parses. With ``timed_only`` (beside the sources'
        dates), the first date only: the article's own date comes first in the page, and a
        time further down is a comment's or a teaser's. Written without a time, it is read
        only in its plain forms (no dateparser): beside the sources it can only tell that an
        instant in UTC is a local midnight (see ``published``)."""
        tries = 0
        for index, (kind, found, labelled) in enumerate(self.spans):
            if kind != field:
                continue
            detail = LABELLED_DATE if labelled else "date-text"
            if timed_only and not found.has_time:
                day = read_written_date(found.span, self.language, self.countries)
                if self._restated(index) and (day is None or self._restated_with_time(index, day)):
                    continue
                if day is None:
                    return None
                return cand(
                    field, weekday_settled(day, found.label, found.span, self.language), detail
                )
            date = parse_text_date(found.span, self.language, self.countries)
            if date is not None:
                date = zone_before(found.label, date)
                date = weekday_settled(date, found.label, found.span, self.language)
                if not timed_only and not found.has_time:
                    date = self._timed_same_day(field, date)
                return cand(field, date, detail)
            tries += 1
            if (timed_only and not self._restated(index)) or tries >= _MAX_DATE_TRIES:
                break
        return None

    def first_after(self, field: str, day: date) -> Candidate | None:
        """The first date of ``field`` on a day later than ``day`` (a thread's start, on a
        later page of it: its first post here), passing over dates on ``day`` itself (the
        thread's header restating its start, posts of that day); None once a date earlier
        than ``day`` comes first (no post of the thread) or the tries run out."""
        tries = 0
        for kind, found, labelled in self.spans:
            if kind != field:
                continue
            value = parse_text_date(found.span, self.language, self.countries)
            if value is None:
                tries += 1
                if tries >= _MAX_DATE_TRIES:
                    return None
                continue
            if value.date() < day:
                return None
            if value.date() > day:
                value = weekday_settled(value, found.label, found.span, self.language)
                return cand(field, value, LABELLED_DATE if labelled else "date-text")
        return None

    def _restated(self, index: int) -> bool:
        """Whether a date follows ``self.spans[index]`` right after it, in brackets or after a
        bar: the same date written again in another calendar or form."""
        after = self.spans[index + 1] if index + 1 < len(self.spans) else None
        return after is not None and not after.found.label.strip(_RESTATING_MARKS)

    def _restated_with_time(self, index: int, day: datetime) -> bool:
        """Whether the date restated after ``self.spans[index]`` is ``day`` with its time: a
        Nepali page's Bikram Sambat day, then "(3 March 2025, 14:20)"."""
        after = self.spans[index + 1].found
        if not after.has_time:
            return False
        timed = read_written_date(after.span, self.language, self.countries)
        return timed is not None and timed.date() == day.date()

    def _timed_same_day(self, field: str, day: datetime) -> datetime:
        """``day``, or the same day with its time of day from a later date of ``field``
        written with one: a day alone (a dateline, a site bar's "Monday, 3 March 2025" the
        top-bar test missed) says less than the byline's "3 March 2025, 14:20" beside it."""
        for kind, found, _ in self.spans:
            if kind != field or not found.has_time:
                continue
            timed = read_written_date(found.span, self.language, self.countries) or parse_text_date(
                found.span, self.language, self.countries
            )  # with its zone ("2025-03-03 14:20:00 +0100 CET", a tooltip's)
            if timed is not None and timed.date() == day.date():
                return timed
        return day


def text_date(page: ParsedPage, language: str | None) -> WrittenDates:
    """The dates written in words near the byline or in date-classed elements, and those
    after a publication label in any block ("<p>Veröffentlicht am 14.08.2019<br>")."""
    body = page.body
    spans: list[WrittenDate] = []
    read = _ReadBlocks()  # blocks whose text was read: their inner blocks add nothing
    top_bar = page_header(page)  # its date is the day of the visit
    previous = 0  # the element read last
    elsewhere: dict[
        tuple[int, str, str | None, str | None], bool
    ] = {}  # verdicts of ``class_and_id``
    climbs = AncestorVerdicts()  # the ancestors' verdicts, read once a page
    scoped: list[tuple[LexborNode, list[WrittenDate]]] = []
    gathered = 0  # the dates of ``scoped``
    for node in body.css(date_scope_query(page)) if body is not None else ():
        # Lexbor lists an element once for each selector it matches, one after the other
        # (``<time class="date">`` twice): it is read once, its dates taken once.
        if node.mem_id == previous:
            continue
        previous = node.mem_id
        dates = _scoped_dates(node, read, top_bar, elsewhere, climbs)
        if dates is None:
            continue
        scoped.append((node, dates))
        gathered += len(dates)
        if gathered >= _MAX_DATE_SPANS:
            break
    for _, dates in _without_entries_after(page, scoped):
        spans.extend(dates)
    spans.extend(_beside_headline(page, read, climbs) if body is not None else ())
    labelled_lines = list(_labelled_dates(page, read, top_bar, climbs))
    if not spans and not labelled_lines and body is not None:
        spans.extend(_dateline_date(body))
    first_labelled = [s for s in spans if s.labelled]
    return WrittenDates(
        spans=(*first_labelled, *labelled_lines, *(s for s in spans if not s.labelled)),
        language=language,
        countries=page_countries(page.html_lang, _host(page.address), language),
    )


def date_scope_query(page: ParsedPage) -> str:
    """``DATE_SCOPES`` cut to the page, its class words asked for by the page's classes that
    hold them (``class_values``): the same elements."""
    return by_class_values(page, DATE_SCOPES.for_page(page.names, page.names_by_attribute))


def _scoped_dates(
    node: LexborNode,
    read: _ReadBlocks,
    top_bar: LexborNode | None,
    elsewhere: dict[tuple[int, str, str | None, str | None], bool],
    climbs: AncestorVerdicts,
) -> list[WrittenDate] | None:
    """The dates of a date-classed element's text (see ``text_date``), or None when the
    element is passed over (no digit, inside a block read before or the site's top bar, a
    container, a comment or a related post)."""
    if read.inside(node):
        return None  # its text was read with a block around it (a set lookup: first)
    raw = node.text(deep=True, separator=" ")
    # Each test passes the element over, so the cheapest for its text comes first: a long
    # text's length (told from its start, ``_visible_longer``) before a search for a digit
    # through it.
    if _visible_longer(raw, _CONTAINER):
        return None  # a container: its date, if any, is read in an inner block
    attributes = node.attributes  # read once: each read builds a new dict
    parent = node.parent
    key = (
        0 if parent is None else parent.mem_id,
        node.tag or "",
        attributes.get("class"),
        attributes.get("id"),
    )  # ``class_and_id``
    # An element without inner elements (most date lines' <span>, <time>, <p>) is its own
    # subtree: what a query inside it would find is told by its own tag and attributes,
    # where each query costs lexbor 35-55 K instructions (the selector parsed again).
    leaf = next(node.iter(), None) is None
    if elsewhere.get(key):
        # Its like beside it was in a sidebar or other item: so is it, dates or not (an
        # archive's 544 entries). Only whether its text counts as read is left to tell.
        if _read_as_block(node, raw, attributes, leaf, top_bar):
            read.add(node, leaf)
        return None
    # The others are walked once for what three queries inside them would find (``InnerMarks``).
    inner = None if leaf else inner_marks(node)
    if not _numbered(node, raw, attributes, leaf, inner):
        return None  # no date without a digit, nor in an inner block
    if within(node, top_bar):
        return None
    plain = (leaf and node.tag != "dt") or (inner is not None and not inner.terms)
    text = clean_text(raw if plain else with_terms(node, raw))
    if not text or len(text) > MAX_BLOCK:
        return None
    read.add(node, leaf)
    found_dates = [
        *find_text_dates(text, same_day_times=True),
        *title_dates(node, text, tooltip_elements(node, attributes, leaf, inner)),
    ]
    if not found_dates and (whole := _whole_short_year_day(text)) is not None:
        text = whole
        found_dates = list(find_text_dates(text))
    if found_dates:
        if key not in elsewhere:
            elsewhere[key] = (
                climbs.in_other_item(node) or climbs.in_sidebar(node) or in_story_list(node)
            )
        if elsewhere[key]:
            return None  # a reader's comment's, a related post's or a sidebar's date
    found_dates = labelled_after(found_dates, text)
    printed = print_edition_days(found_dates, text)
    dates = []
    for index, found in enumerate(found_dates):
        if _MACHINE_STAMP.match(found.span):
            continue
        if hours_after(found_dates, index):
            continue  # "Datum: za 15 juni 2024 Tijd: 11:00 – 18:00": an event's day
        label = found.label[-LABEL_REACH:]
        if not label.strip():
            label = _icon_label(node)
        if access_label().search(label) is not None or index in printed:
            continue  # a citation's access date ("Retrieved 12 May 2021"): no page's date
        if (data_day(label, found.span) or label_runs_on(label)) and not named_for_a_date(node):
            continue  # an event's or an offer's day under its own label ("Termin:")
        if calls_update(label) or edit_span(found_dates, index):
            dates.append(WrittenDate("modified", found))
        elif found.same_day:
            continue  # a time alone is an update's only after its label
        else:
            labelled = publication_label().search(label) is not None
            dates.append(WrittenDate("published", found, labelled))
    return dates


# A day with a two-digit year and nothing else but a label before it ("5/3/24", "Published
# 05.03.24"): in running text a fraction's or a version's numbers, read only with a time
# after them (``dating.in_text``), but as the whole text of an element a class names a date
# it is that day; its year is of the 2000s (the web's from 1991: "98" is 1998).
_WHOLE_SHORT_YEAR_DAY = LazyPattern(
    r"((?:[^\W\d_][^\d]{0,30}\s)?)(\d{1,2})([./-])(\d{1,2})\3(\d{2})"
)
_FIRST_WEB_YEAR = 91


def _whole_short_year_day(text: str) -> str | None:
    """``text`` with its year in four digits when it is a two-digit year's day alone (after
    a label), else None."""
    found = _WHOLE_SHORT_YEAR_DAY.fullmatch(text)
    if found is None:
        return None
    year = int(found[5])
    century = 1900 if year >= _FIRST_WEB_YEAR else 2000
    label, day, sep, month = found[1], found[2], found[3], found[4]
    return f"{label}{day}{sep}{month}{sep}{century + year}"


def _read_as_block(
    node: LexborNode,
    raw: str,
    attributes: Mapping[str, str | None],
    leaf: bool,
    top_bar: LexborNode | None,
) -> bool:
    """Whether ``_scoped_dates`` reads the text of ``node``, a sibling alike of an element
    whose dates it set aside (same parent: that one was not in the top bar, so ``node`` is
    only if it is the bar), not a container (``raw``, its text, told so). The same tests in
    the same order, without the walk of its subtree (``inner_marks``) that reading needs."""
    if not _numbered(node, raw, attributes, leaf, None):
        return False
    if top_bar is not None and node.mem_id == top_bar.mem_id:
        return False
    plain = (leaf and node.tag != "dt") or (not leaf and not holds_term(node))
    text = clean_text(raw if plain else with_terms(node, raw))
    return bool(text) and len(text) <= MAX_BLOCK


def _numbered(
    node: LexborNode,
    raw: str,
    attributes: Mapping[str, str | None],
    leaf: bool,
    inner: InnerMarks | None,
) -> bool:
    """Whether ``node`` may hold a date: a digit in its text or title, a Hebrew number, or an
    epoch stamp in it (``inner``: see ``keeps_epoch_stamp``)."""
    return (
        DIGIT.search(raw) is not None
        or DIGIT.search(attributes.get("title") or "") is not None
        or _HEBREW_LETTER_NUMBER.search(raw) is not None
        or keeps_epoch_stamp(node, attributes, leaf, inner)
    )


# Dated elements alike (``_entry_key``) this many times after the ``<article>``
# holding the headline, outside it, are entries of a list under the story: readers' comments
# in a container no class names so ("responses"), each with its poster's date and time.
_REPEATED_ENTRIES = 2


def _without_entries_after(
    page: ParsedPage, scoped: list[tuple[LexborNode, list[WrittenDate]]]
) -> list[tuple[LexborNode, list[WrittenDate]]]:
    """``scoped`` less the dated elements repeated after the headline's ``<article>``
    (``_REPEATED_ENTRIES``): a comment's time is not the story's, which its article holds;
    on a page without such an article (a forum's posts, each an entry of the text) all stay."""
    if len(scoped) < _REPEATED_ENTRIES:
        return scoped
    article = page.derived(headline_article)
    if article is None:
        return scoped
    after = [
        _entry_key(node) if not within(node, article) and follows(node, article) else None
        for node, _ in scoped
    ]
    counts = Counter(key for key in after if key is not None)
    return [
        entry
        for entry, key in zip(scoped, after, strict=True)
        if key is None or counts[key] < _REPEATED_ENTRIES
    ]


def _entry_key(node: LexborNode) -> tuple[str | None, ...]:
    """A dated element's tag, class and id and its parent's: alike in every entry of a list
    (a comment's date in its comment), not in the post's own date line after its article."""
    parent = node.parent
    names = class_and_id(parent) if parent is not None else (None, None)
    return (node.tag, *class_and_id(node), parent.tag if parent is not None else None, *names)


# The elements after the headline where a theme prints its date line when no class names it
# a date ("<h1>…</h1><p>March 03, 2025 08:00 ET | Source: …</p>", a wire's release; Kurdish
# "<div class=nuce-agahi>… 03-03-2025 14:20</div>").
_BESIDE_HEADLINE = 2


def _beside_headline(
    page: ParsedPage, read: _ReadBlocks, climbs: AncestorVerdicts
) -> Iterator[WrittenDate]:
    """The dates written with a time of day in the first short elements after the page's
    first ``<h1>`` (or after its container, when the headline stands alone in one) that the
    date-classed scan did not read. A day alone there may be a standfirst's ("On 3 March,
    …"), so only a timed date is taken."""
    for node in beside_headline(page):
        if read.holds(node) or climbs.in_other_item(node):
            continue
        raw = node.text(deep=True, separator=" ")
        if len(raw) > _CONTAINER or DIGIT.search(raw) is None:
            continue
        text = clean_text(raw)
        if len(text) > MAX_BLOCK:
            continue
        found_dates = list(find_text_dates(text, same_day_times=True))
        if not found_dates:
            # a relative time shown with the date in its tooltip ("9 օր առաջ", titled
            # "05.03.2024 14:20"), of any class: the tooltip's time, not the stamp's day alone
            leaf = next(node.iter(), None) is None
            found_dates = title_dates(
                node, text, tooltip_elements(node, node.attributes, leaf, None)
            )
        for index, found in enumerate(found_dates):
            if hours_after(found_dates, index):
                continue  # "Date: 15 June 2025, 11:00–18:00": an event's day and hours
            if found.has_time and not _MACHINE_STAMP.match(found.span):
                label = found.label[-LABEL_REACH:]
                if data_day(label, found.span):
                    continue  # "Date: Saturday, 14 June 2025, 19:30": an event's time
                updated = updated_label().search(label) is not None
                if updated or not found.same_day:
                    yield WrittenDate("modified" if updated else "published", found)


# A press release (or a wire story) opens its first paragraph with a dateline: the place, a
# comma, the day, a dash or the wire's name in slashes ("BRIDGEPORT, Conn., September 24,
# 2024 /Wire/ --", "HANNOVER, 24. September 2024 –", "LYON, le 24 septembre 2024 –"). Read
# only on a page where no other written date was found, in its first paragraphs.
_DATELINE_PARAGRAPHS = 4  # "FOR IMMEDIATE RELEASE", a subtitle, a contact line come first
_DATELINE_OPENING = 90  # characters: the place (city, region) and the date open the paragraph
# A word is read whole (possessive): a run of capitals with no comma ("AAAA…", 180 letters)
# could be cut into four words in a million ways, each tried (2 s a page of four such <p>).
_DATELINE_PLACE = LazyPattern(rf"^(?:[A-ZÀ-Þ{CAPITALS}][\w.'’-]*+\s?){{1,4}},")
_DATELINE_END = ("–", "—", "-", "/", "(", "|")  # what follows the day in a dateline


def _dateline_date(body: LexborNode) -> Iterator[WrittenDate]:
    """The day of a dateline opening one of the page's first paragraphs (see above)."""
    for node in body.css("p")[:_DATELINE_PARAGRAPHS]:
        text = clean_text(node.text(deep=True, separator=" ")[: 2 * _DATELINE_OPENING])
        if _DATELINE_PLACE.match(text) is None:
            continue
        head = text[:_DATELINE_OPENING]
        found = next(find_text_dates(head), None)
        if found is None or len(found.label) > LABEL_REACH:
            continue
        rest = head.split(found.span, 1)[-1].lstrip(" ,")
        if rest.startswith(_DATELINE_END):
            yield WrittenDate("published", found)
            return


def beside_headline(page: ParsedPage) -> list[LexborNode]:
    """The first elements after the page's first ``<h1>``, or after its container when the
    headline stands alone in one: where a story's date line sits, whatever its class (a
    script-built page's hashed "css-p2k1m8")."""
    if not page.headlines:
        return []
    headline = page.headlines[0]
    after = _next_elements(headline)
    if not after and headline.parent is not None:
        after = _next_elements(headline.parent)
    return after


def _next_elements(node: LexborNode) -> list[LexborNode]:
    found: list[LexborNode] = []
    sibling = node.next
    while sibling is not None and len(found) < _BESIDE_HEADLINE:
        if (sibling.tag or "").isalnum():
            found.append(sibling)
        sibling = sibling.next
    return found


def _icon_label(node: LexborNode) -> str:
    """The label an icon before ``node`` gives it in its tooltip or spoken name, when the
    date's own text has none: a docs theme's "last updated" date after a clock icon
    (MkDocs Material: ``<span class="md-icon" title="Última actualización"></span>``)."""
    previous = node.prev
    while (
        previous is not None
        and previous.tag == "-text"
        and not (previous.text_content or "").strip()
    ):
        previous = previous.prev
    if previous is None or previous.tag == "-text" or previous.text(deep=True).strip():
        return ""
    attributes = previous.attributes
    return attributes.get("title") or attributes.get("aria-label") or ""


def _labelled_dates(
    page: ParsedPage, read: _ReadBlocks, top_bar: LexborNode | None, climbs: AncestorVerdicts
) -> Iterator[WrittenDate]:
    """The date right after a publication label opening a block's own text, in blocks the
    date-classed scan did not read (a podcast's "<p>Veröffentlicht am 14.08.2019<br>Dauer:
    …"), outside comments, related posts and the site's top bar; and so the first date after
    an update label ("<span class=paivitetty>Päivitetty 3.3.2025 klo 16.05</span>")."""
    openings = {
        "published": starts_with(LabelList.PUBLISHED),
        "modified": starts_with(LabelList.UPDATED),
    }
    for node, tag, own in label_texts(page):
        if own is None or tag not in BLOCKS:
            continue
        field = next((f for f, opening in openings.items() if opening.match(own)), None)
        if field is None or read.holds(node) or within(node, top_bar):
            continue
        dates = find_text_dates(clean_text(own))
        found = next(dates, None)
        if found is None and len(own) <= LABEL_REACH:
            # a label alone in its cell or term: the date is the next cell's or description's
            # ("<td>Data publikacji:</td><td>06.03.2025 12:00</td>")
            dates = find_text_dates(f"{clean_text(own)} {text_after(node)}")
            found = next(dates, None)
            if found is not None and hours_in_facts(node, found.span):
                continue  # "<dt>Datum</dt><dd>za 15 juni 2024</dd><dt>Tijd</dt><dd>11:00 – 18:00"
        if found is None and len(own) <= LABEL_REACH:
            # a relative stamp after the label, its date in the tooltip ("发表于 <span
            # title='2023-1-2 10:30'>3 天前</span>", a board's post header)
            text = clean_text(node.text(deep=True, separator=" "))
            found = next(iter(title_dates(node, text, node.css(TOOLTIP_OR_STAMP))), None)
        if found is None or len(found.label) > LABEL_REACH or climbs.in_other_item(node):
            continue
        if names_another_thing(openings[field].match(found.label), found.label):
            continue  # "Fecha del evento: 20 de abril": the event's day, not the page's
        if access_label().search(found.label) is not None:
            continue  # "Erschienen in der Printausgabe vom …": the paper's day, as in a scope
        yield WrittenDate(field, found, labelled=True)
        del openings[field]
        if field == "published" and "modified" in openings:
            # "Publié le 03/03/2025 | Mis à jour le 04/03/2025": the update on the same line
            updated = next((d for d in dates if updated_label().search(d.label)), None)
            if updated is not None and len(updated.label) <= LABEL_REACH:
                yield WrittenDate("modified", updated, labelled=True)
                del openings["modified"]
        if not openings:
            return
    if "modified" in openings:
        yield from _footer_update(page)


# The page's footer: a documentation theme prints the page's last update there, after the
# copyright ("© Copyright 2025, … Last updated on Mar 03, 2025.", Sphinx; "Päivitetty
# viimeksi 3.3.2025.").
# The id "footer" is the footer of pages laid out before HTML5's <footer> (a wiki's "<div
# id=footer>"). It and a class named "footer" are asked for only on a page where a class or
# id holds the word as a token (``has_name_token``): lexbor tests each selector on every
# element (about 0.15 M instructions a selector on a news page).
_FOOTER = "[role=contentinfo], footer"
_FOOTER_CLASS = "footer"
_NAMED_FOOTER = f"{_FOOTER}, #footer, [class~={_FOOTER_CLASS}]"
_MAX_FOOTER = 400  # a footer line or two, not a site map


def _footer_update(page: ParsedPage) -> Iterator[WrittenDate]:
    """The date after an update label in the page's last footer, when its text is short."""
    body = page.body
    if body is None:
        return
    named = has_name_token(page.names, _FOOTER_CLASS)
    footers = body.css(_NAMED_FOOTER if named else _FOOTER)
    if not footers:
        return
    raw = footers[-1].text(deep=True, separator=" ")
    if len(raw) > _CONTAINER or DIGIT.search(raw) is None:
        return
    text = clean_text(raw)
    if len(text) > _MAX_FOOTER:
        return
    found_dates = list(find_text_dates(text))
    for found in found_dates:
        # A footer's line is read whole from its last date: a wiki's sentence may set its
        # label farther back than a date line's ("La dernière modification de cette page a
        # été faite le 4 mars 2024", MediaWiki's French).
        if updated_label().search(found.label) is not None:
            yield WrittenDate("modified", found, labelled=True)
            return
    for index, found in enumerate(found_dates):
        # ... or after it, in a language that puts its verb last (MediaWiki's Turkish "Bu
        # sayfa en son 11 Mart 2024 tarihinde, saat 08.22'de değiştirilmiştir."): the words
        # after the date, up to the next date or the sentence's end
        following = found_dates[index + 1] if index + 1 < len(found_dates) else None
        after = following.label if following is not None else _after_span(text, found.span)
        if updated_label().search(after.split(". ", 1)[0]) is not None:
            yield WrittenDate("modified", found, labelled=True)
            return


def _after_span(text: str, span: str) -> str:
    """The text after ``span``'s last occurrence in ``text`` (its digits made ASCII, as the
    span's are)."""
    digits = ascii_digits(text)
    at = digits.rfind(span)
    return digits[at + len(span) :] if at >= 0 else ""


def _host(address: str | None) -> str | None:
    # the host a browser opens: "https://a.example\\@b.fr/" is no French page
    return urlsplit(browser_address(address)).hostname if address else None


def _visible_length(text: str) -> int:
    """The length of ``text`` with its white-space runs cut to one space, without building
    it (``clean_text`` on a large container costs far more than this)."""
    words = text.split()
    return sum(map(len, words)) + len(words) - 1


# The first part of a long text whose visible length ``_visible_longer`` reads first, as a
# multiple of the limit: a container's text is mostly words, and its start tells.
_FIRST_READ = 4


def _visible_longer(text: str, limit: int) -> bool:
    """Whether ``_visible_length(text) > limit``, read from the text's start, on parts four
    times longer each time, up to the whole: a part's visible length is never more than the
    whole's, and a page's container (its whole article, 50,000 characters) is told by its
    first 1,600 instead of split whole."""
    if len(text) <= limit:
        return False  # the visible length is never more than the length
    size = _FIRST_READ * limit
    while size < len(text):
        if _visible_length(text[:size]) > limit:
            return True
        size *= _FIRST_READ
    return _visible_length(text) > limit


class _ReadBlocks:
    """The elements whose text ``text_date`` read, and the elements inside them: a date
    "Updated 11/8/2023" whose label is in the outer block must not be read again, unlabelled,
    in the inner one. Each read element's subtree (a short text's) is listed once when it is
    read, where each later element walked up to the root: a sidebar's archive of 1,600 dated
    elements asked it 1,600 times, 20 levels each."""

    __slots__ = ("ids", "inner")

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.inner: set[int] = set()  # the elements below those read

    def add(self, node: LexborNode, leaf: bool = False) -> None:
        """``node`` read (``leaf``: it has no inner element, nothing below it to list)."""
        self.ids.add(node.mem_id)
        if leaf:
            return
        below = islice(node.traverse(), 1, None)  # the first is the element itself
        self.inner.update(element.mem_id for element in below)

    def inside(self, node: LexborNode) -> bool:
        """Whether ``node`` is inside an element read (not one itself)."""
        return node.mem_id in self.inner

    def holds(self, node: LexborNode) -> bool:
        """Whether ``node`` was read, or is inside an element read."""
        return node.mem_id in self.ids or node.mem_id in self.inner
