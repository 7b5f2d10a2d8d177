"""The page search's reading of the page's source (``page_dates``' steps 8 and 11): the first
timestamp ("2024-03-05T10:30:00"), and else the most frequent full date written in digits,
then the first with its month in words, not before the copyright year. The source holds the
markup of sidebars, lists of other stories, readers' comments, reviews, event listings and
short lines an update label or a picture's credit opens, whose days are not the article's:
that markup is found here and cut out before the source is read again."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime

from selectolax.lexbor import LexborNode

from newsextract.dating.bounds import in_bounds
from newsextract.dating.ethiopian import ETHIOPIAN_ERA_LETTER
from newsextract.dating.relative import opens_with_today
from newsextract.dating.words import settled_month_numbers
from newsextract.labels import access_label, availability_opening
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.data_labels import event_facts, may_hold_data_label
from newsextract.metadata.date_line_labels import (
    MAX_LINE,
    has_digit,
    opens_with_update,
    page_language,
    publication_label,
    published_opening,
    under_data_label,
    update_opening,
)
from newsextract.metadata.element_places import (
    SIDEBAR_DEPTH,
    SIDEBAR_TAGS,
    comments_after_text,
    in_review,
    in_sidebar,
    named_sidebar,
)
from newsextract.metadata.other_items import STORY_LIST_WORDS, names_related_list
from newsextract.metadata.short_text_days import (
    DAY_PATTERN,
    MAX_CANDIDATES,
    MAX_SEGMENT,
    MONTH_PATTERN,
    YEAR_PATTERN,
    plausible_day,
    short_text_day,
)
from newsextract.name_lists import in_attribute
from newsextract.page import ParsedPage

# The page's source is searched in its first this many characters: the article's own dates
# come before the comments and the footer, and the patterns cost ~30 ms a megabyte.
MAX_SOURCE_CHARS = 250_000


# A timestamp in the source ("2024-03-05T10:20:30"), searched from the hyphen after its year
# and the year then read before it: a search opening with a literal character skips to each
# hyphen in C, where one opening with a year's digits tried every "1" and "2" of the page
# (0.29-0.34 against 0.07 ms a dev page searched). The year is four characters (``YEAR_PATTERN``).
_TIMESTAMP_AFTER_YEAR = LazyPattern(rf"-({MONTH_PATTERN}-{DAY_PATTERN})[T ]\d{{2}}:\d{{2}}:\d{{2}}")
_TIMESTAMP_YEAR = LazyPattern(YEAR_PATTERN)
_YEAR_CHARS = 4


# The whole-page search: a copyright year bounds the dates below it. Every date is found
# from its year (a pattern with a literal start is ten times faster than one with "\D"),
# then the text around the year is read.
_COPYRIGHT = LazyPattern(
    rf"(?:©|&copy;|Copyright|\(c\))\D{{0,99}}(?:{YEAR_PATTERN})?-?({YEAR_PATTERN})\D"
)
_SOURCE_YEAR = LazyPattern(r"(?:19|20)\d\d")
# A version parameter of an address's query ("app.js?v=2022-06-15-12-15", "?ver=20210312"):
# a site's assets carry the day they were built, on every page alike.
_ASSET_VERSION = LazyPattern(r"[?&](?:v|ver|version|rev|build|cb)=$", re.I)
_ASSET_VERSION_REACH = len("&version=")
_YMD_LOOSE_AFTER = LazyPattern(r"[/.-](\d\d)[/.-](\d\d)(?!\d)")
_COMPACT_AFTER = LazyPattern(r"([01]\d)([0-3]\d)(?!\d)")
_DMY_BEFORE = LazyPattern(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]$")
# The characters ``_YMD_LOOSE_AFTER`` opens with, and the last one ``_DMY_BEFORE`` can end on
# before the year (its "$" also matches before a final newline).
_DATE_SEPARATORS = frozenset("/.-")
_DMY_BEFORE_ENDS = _DATE_SEPARATORS | {"\n"}
# The month first may have its time and zone between the day and the year, asctime's order
# ("Mon Mar  4 09:34:12 CET 2024": Unix ``date``, mail archives; the day padded to two places).
_WORDED_BEFORE = LazyPattern(
    r"(?:(?P<month>(?<![^\W\d_])[^\W\d_]{3,})\.?\s{1,2}(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s(?:(?-i:[A-Z]{2,5})\s)?|de\s)?"
    r"|(?<!\d)(?P<day2>\d{1,2})(?:st|nd|rd|th|er|\.)?\s(?:of\s|de\s)?"
    r"(?P<month2>(?<![^\W\d_])[^\W\d_]{3,})[,.]?\s(?:de\s)?)$",
    re.I,
)
_WORDED_REACH = 40  # a month name, a day and the words between them, before a year


def from_timestamp(page: ParsedPage, html: str) -> datetime | None:
    """The first timestamp's day; on a page with a sidebar or a list of other stories
    (``_other_items``), the first in the page's markup without them: a side list's
    ``<time datetime>`` is another story's (probe de_side_times_only)."""
    stamp = first_timestamp_day(html)
    if stamp is None:
        return None
    others = _other_items(page)
    if others:
        markup = page.tree.html or ""
        for _, cut in others:
            markup = markup.replace(cut, "", 1)
        stamp = first_timestamp_day(markup)
    return short_text_day(stamp) if stamp is not None else None


# An instant in seconds (or milliseconds) since 1970 kept in a ``data-`` attribute a word of
# whose name (between hyphens) is a date word ("data-created", "data-publish-time",
# "data-utc"): a theme's script prints it as a relative time ("Yesterday", "3 hours ago").
# The name is read by ``_names_a_publication`` (a regex holding those tests ran in time
# square in a run of "data-data-…"); 40 letters hold every name of four words seen.
_EPOCH_ATTRIBUTE = LazyPattern(r"""data-([a-z_-]{1,40})=["']?(\d{10}(?:\d{3})?)(?!\d)""", re.I)
_DATE_WORDS = frozenset(
    {"date", "time", "timestamp", "stamp", "utime", "publish", "published", "pubdate"}
    | {"created", "posted", "utc"}
)
# Not a name with a later change's, the server's clock's or a countdown's word
# ("data-updated", "data-update-time", "data-server-time", "data-end-time"): no publication.
_NOT_PUBLICATION = LazyPattern(r"updat|modif|edit|expir|server|now|current|count|end|start")
_NAME_WORDS = LazyPattern(r"[a-z]+(?:[_-][a-z]+)*")
_WORDS_BESIDE = 3  # words of a name before or after its date word ("data-article-publish-time")
_MILLISECONDS = 13  # digits of an instant in milliseconds since 1970


def _names_a_publication(name: str) -> bool:
    """Whether an attribute's ``name`` (after "data-") is words joined by hyphens or
    underscores, one of them a date word with at most ``_WORDS_BESIDE`` words on each side,
    and no word of a later change's (``_NOT_PUBLICATION``)."""
    name = name.lower()
    if not _NAME_WORDS.fullmatch(name) or _NOT_PUBLICATION.search(name):
        return False
    words = re.split(r"[_-]", name)
    return any(
        word in _DATE_WORDS and i <= _WORDS_BESIDE and len(words) - 1 - i <= _WORDS_BESIDE
        for i, word in enumerate(words)
    )


def from_epoch_attribute(page: ParsedPage, html: str) -> datetime | None:
    """The UTC day of the first instant since 1970 a date-named ``data-`` attribute keeps
    (``_EPOCH_ATTRIBUTE``); on a page with a sidebar or a list of other stories, the first in
    the markup without them (as ``from_timestamp``)."""
    if not any(
        _names_a_publication(found.group(1))
        for found in _EPOCH_ATTRIBUTE.compiled.finditer(html, 0, MAX_SOURCE_CHARS)
    ):
        return None
    others = _other_items(page)
    markup = html
    if others:
        markup = page.tree.html or ""
        for _, cut in others:
            markup = markup.replace(cut, "", 1)
    for found in _EPOCH_ATTRIBUTE.compiled.finditer(markup, 0, MAX_SOURCE_CHARS):
        if not _names_a_publication(found.group(1)):
            continue
        digits = found.group(2)
        seconds = int(digits) // (1000 if len(digits) == _MILLISECONDS else 1)
        instant = datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
        if in_bounds(instant):
            return instant.replace(hour=0, minute=0, second=0)
    return None


def first_timestamp_day(html: str) -> str | None:
    """The day ("2024-03-05") of the first timestamp in the first ``MAX_SOURCE_CHARS`` of
    ``html`` (see ``_TIMESTAMP_AFTER_YEAR``)."""
    start = _YEAR_CHARS
    while (found := _TIMESTAMP_AFTER_YEAR.search(html, start, MAX_SOURCE_CHARS)) is not None:
        hyphen = found.start()
        if _TIMESTAMP_YEAR.fullmatch(html, hyphen - _YEAR_CHARS, hyphen) is not None:
            return html[hyphen - _YEAR_CHARS : hyphen + 1] + found.group(1)
        start = hyphen + 1
    return None


def from_page_source(page: ParsedPage, html: str) -> datetime | None:
    """The most frequent full date written in digits in the page's source, not before the
    copyright year: path-like ("/2021/03/05/"), then year first, day first, compact; then the
    first date with its month in words. On a page with a sidebar or a list of other stories
    (``_other_items``), the page's markup without them answers: their days are other
    stories'."""
    found = _source_day(html)
    if found is None:
        return None
    others = _other_items(page) + [
        (node, node.html or "") for node in _update_and_credit_lines(page) + _event_listings(page)
    ]
    if not others:
        return found
    markup = page.tree.html or ""
    for _, cut in others:
        markup = markup.replace(cut, "", 1)
    return _source_day(markup)


# Boxes of facts ("<dl>", "<table>") looked at for an event's listing, in page order: an
# event's page lists its facts once, near its headline; a page of many tables is a listing.
_MAX_FACT_BOXES = 8


def _event_listings(page: ParsedPage) -> list[LexborNode]:
    """The boxes of facts that give an event's day and hours ("Datum: za 15 juni 2024, Tijd:
    11:00 – 18:00"): their day is the event's, not the page's."""
    root = page.root
    boxes = root.css("dl, table")[:_MAX_FACT_BOXES] if root is not None else []
    return [box for box in boxes if event_facts(box)]


def _update_and_credit_lines(page: ParsedPage) -> list[LexborNode]:
    """The elements whose own text is a short line an update label opens, with a figure
    and no publication label after it ("Last modified: Tue Mar 2 14:03:11 GMT 2004",
    "Senast ändrad: 2004-03-02", a personal page's footer): their day is the last change's,
    which fills ``modified``; a picture's credit with a day ("© Ana Ruiz, 31.05.2013"),
    the photo's; a line opening with the page language's word for today ("Today: 4
    December 2024", a top bar's), the visit's; and a day under a label of the page's data
    ("Lieferung: Fr, 08.03.2024") or after a shop's availability label ("Disponibile dal
    15/03/2024"), an offer's. The page's source is read without them."""
    found = []
    language = page_language(page)
    for node, _, own in page.own_texts:
        if own is None or len(own) > MAX_LINE or not has_digit(own):
            continue
        if (
            (update_opening().match(own) is not None and not opens_with_update(own))
            or (own.lstrip().startswith(COPYRIGHT_OPENINGS) and short_text_day(own) is not None)
            or opens_with_today(own, language)
            or (
                # the cheapest test first: a word before a colon, then the day, then its label
                may_hold_data_label(own)
                and short_text_day(own) is not None
                and under_data_label(node, own)
            )
            or availability_opening().match(own) is not None
        ):
            # or a picture's credit with its day ("© Ana Ruiz, 31.05.2013"), the day of the
            # visit after the word for today ("Today: 4 December 2024", a top bar's), or an
            # offer's or an event's day under its data label ("Lieferung: Fr, 08.03.2024")
            found.append(node)
    return found


# Elements that may be a sidebar, a list of other stories or a shop's customer reviews:
# narrowed by ``_other_items``' name tests. The words' parts (``[class*=word i]``, each
# tested by lexbor on every element) are asked only of a page whose names hold the word.
_OTHER_CONTAINER_TAGS = (*SIDEBAR_TAGS, "[role=complementary]", "[itemscope][itemtype*=review i]")
_OTHER_CONTAINER_WORDS = ("side", "review", "event", "comment", "disqus", *STORY_LIST_WORDS)


def _other_containers(names: str, by_attribute: tuple[str, str] | None = None) -> str:
    """The query of ``_other_items`` on a page whose class names and ids, joined and
    ``ascii_lower``-ed, are ``names`` (``ParsedPage.names``): a word's parts only when
    ``names`` holds it, as ``name_lists.NameWordSelector`` cuts a list (18 parts cost 5 ms
    of a 440 KB page whose names held none), and, given ``by_attribute``
    (``ParsedPage.names_by_attribute``), its ``[id*=…]`` part only when an id holds it and
    its ``[class*=…]`` part only when a class does (each part a test of every element).
    Tested here by ``in``, not put into that module's automaton, which every page's names
    pass through, for a step one page in forty reaches."""
    parts = list(_OTHER_CONTAINER_TAGS)
    parts += [
        f"[{key}*={word} i]"
        for word in _OTHER_CONTAINER_WORDS
        if word in names
        for key in ("class", "id")
        if by_attribute is None or in_attribute(word, key == "id", *by_attribute)
    ]
    return ", ".join(parts)


def _other_items(page: ParsedPage) -> list[tuple[LexborNode, str]]:
    """The outermost sidebars, lists of other stories and customer reviews with a year in
    their markup, each with that markup (serialised once: ``from_page_source`` cuts it)."""
    root = page.root
    if root is None:
        return []
    found: list[tuple[LexborNode, str]] = []
    chosen: set[int] = set()
    for node in root.css(_other_containers(page.names, page.names_by_attribute)):
        if _within_any(node, chosen):
            continue  # asked first: a chosen box's comments are not each measured
        attrs = node.attributes
        if not (
            names_related_list(attrs)
            or ((node.tag in SIDEBAR_TAGS or named_sidebar(node)) and in_sidebar(node))
            or ("itemscope" in attrs and in_review(node))
            or comments_after_text(node, page)
        ):
            continue
        if len(found) >= _MAX_OTHER_ITEMS:
            return []  # a page of nothing else (or a hostile one): its source is read whole
        markup = node.html or ""
        if _SOURCE_YEAR.search(markup) is not None:
            chosen.add(node.mem_id)
            found.append((node, markup))
    return found


# Sidebars and lists of stories a page has: a few; past this many, the page is made of them.
_MAX_OTHER_ITEMS = 20


def _within_any(node: LexborNode, chosen: set[int]) -> bool:
    """Whether one of ``node``'s ancestors, up to ``SIDEBAR_DEPTH`` levels, is ``chosen``."""
    current = node.parent
    for _ in range(SIDEBAR_DEPTH):
        if current is None or not chosen:
            return False
        if current.mem_id in chosen:
            return True
        current = current.parent
    return False


# Characters after a year searched for an era's mark: a space or two, then the mark.
_ERA_MARK_REACH = 3


def _source_day(html: str) -> datetime | None:
    """``from_page_source``'s search of a markup's text."""
    html = html[:MAX_SOURCE_CHARS]
    copyright_year = _most_frequent_copyright(html)
    path: Counter[datetime] = Counter()
    loose: Counter[datetime] = Counter()
    day_first: Counter[datetime] = Counter()
    compact: Counter[datetime] = Counter()
    worded: datetime | None = None
    for match in _SOURCE_YEAR.finditer(html):
        start, end = match.span()
        previous = html[start - 1 : start]  # "" at the source's start
        if previous.isdigit():
            continue
        if previous == "=" and _ASSET_VERSION.search(
            html, max(0, start - _ASSET_VERSION_REACH), start
        ):
            continue  # "/css/print.css?v=2022-06-15": the stylesheet's build, not the page's
        year = int(match.group())
        following = html[end : end + 1]
        if following.isdigit():
            digits = _COMPACT_AFTER.match(html, end)
            if digits is not None and not _opens_table_cell(html, start):
                _count(compact, _ymd_day(year, digits[1], digits[2]))
            continue
        # Each pattern asked only where the character it must meet there stands: most of a
        # source's years are a script's numbers or a path's, with neither form around them.
        after = _YMD_LOOSE_AFTER.match(html, end) if following in _DATE_SEPARATORS else None
        if after is not None and not _opens_table_cell(html, start) and not _cited(html, start):
            day = _ymd_day(year, after[1], after[2])
            _count(loose, day)
            if previous == "/" and after[0][0] == after[0][3] == "/":
                _count(path, day)
        before = (
            _DMY_BEFORE.search(html, max(0, start - 6), start)
            if previous in _DMY_BEFORE_ENDS
            else None
        )
        if (
            before is not None
            # an Ethiopian year before its era's mark ("25/06/2016 ዓ.ም") is no Gregorian one
            and ETHIOPIAN_ERA_LETTER not in html[end : end + _ERA_MARK_REACH]
            and not _opens_table_cell(html, before.start())
            and not _cited(html, before.start())
        ):
            _count(day_first, plausible_day(year, int(before[2]), int(before[1]), day_first=True))
        if worded is None:
            worded = _worded_before(html, start, year)
    for days in (path, loose, day_first, compact):
        chosen = _select(days)
        if chosen is not None and chosen.year >= copyright_year:
            return chosen
    return worded if worded is not None and worded.year >= copyright_year else None


def _opens_table_cell(html: str, start: int) -> bool:
    """Whether the text at ``start`` opens a table cell ("<td>2020-01-01</td>"): a date there
    is the table's data (a notebook's DataFrame, a list of measurements or fixtures), not
    the page's."""
    tag = html.rfind("<", 0, start)
    close = html.find(">", tag, start) if tag >= 0 else -1
    if close < 0 or html[close + 1 : start].strip():
        return False  # inside a tag, or after other text in the element
    name = html[tag + 1 : close + 1].lower()
    return name.startswith(("td>", "td "))


# How far before a date in the source its access label is looked for: the label and the
# markup a reference list sets between ("Retrieved <span class=nowrap>").
_CITED_REACH = 40


def _cited(html: str, start: int) -> bool:
    """Whether a citation's access label ends just before the date at ``start`` in the
    source ("Retrieved 2021-05-12", "Abgerufen am 12. Mai 2021"): a reference list's day
    of reading, which a wiki page repeats for every source read that day."""
    return access_label().search(html, max(0, start - _CITED_REACH), start) is not None


def _count(days: Counter[datetime], day: datetime | None) -> None:
    if day is not None:
        days[day] += 1


def _ymd_day(year: int, month: str, day: str) -> datetime | None:
    try:
        value = datetime(year, int(month), int(day))
    except ValueError:
        return None
    return value if in_bounds(value) else None


def _worded_before(html: str, start: int, year: int) -> datetime | None:
    # Both forms of ``_WORDED_BEFORE`` end in white space right before the year: a year after
    # anything else (most of a source's: "/2024/", "2024-03-05", a script's numbers) is
    # passed over without the search, which tried each of the 40 characters before it.
    if not html[start - 1 : start].isspace():
        return None
    match = _WORDED_BEFORE.search(html, max(0, start - _WORDED_REACH), start)
    if match is None:
        return None
    if _cited(html, match.start()) or _in_prose(html, match.start()):
        return None
    month = settled_month_numbers().get((match["month"] or match["month2"]).lower())
    return plausible_day(year, month, int(match["day"] or match["day2"])) if month else None


# A run of text longer than a date line (``MAX_SEGMENT``, as the free-text step reads them)
# is a paragraph; a date this many words into it is inside a sentence, past a dateline's
# place ("SAN FRANCISCO, California, 4 March 2024").
_PROSE_WORDS = 5


def _in_prose(html: str, start: int) -> bool:
    """Whether the written date at ``start`` in the source stands inside a sentence of a
    paragraph ("… created by the law of 12 March 2019 and …"): a day the text speaks of, not
    the page's, which a date line, a byline or a paragraph's dateline gives, or a
    publication label right before it ("Received: … / Published online: 4 March 2024")."""
    opening = html.rfind(">", 0, start) + 1
    closing = html.find("<", start)
    if (len(html) if closing < 0 else closing) - opening <= MAX_SEGMENT:
        return False
    before = html[opening:start]
    return (
        len(before.split()) >= _PROSE_WORDS
        and published_opening().match(before) is None
        and publication_label().search(before[-_CITED_REACH:]) is None
    )


def _select(days: Counter[datetime]) -> datetime | None:
    """htmldate's choice among frequent days: of the two earliest among the ten most
    frequent, the second when it is of another year and more than half as frequent."""
    if not 0 < len(days) <= MAX_CANDIDATES:
        return None
    if len(days) == 1:
        return next(iter(days))
    best = sorted(days.most_common(10))[:2]
    (first, first_count), (second, second_count) = best
    if (
        first_count != second_count
        and first.year != second.year
        and second_count / first_count > 0.5
    ):
        return second
    return first


def _most_frequent_copyright(html: str) -> int:
    years = Counter(int(year) for year in copyright_years(html))
    if not years:
        return 0
    if len(years) == 1:
        return next(iter(years))
    best = sorted(years.most_common(10))[:2]
    (first, first_count), (second, second_count) = best
    if first_count != second_count and second_count / first_count > 0.5:
        return second
    return first


# What ``_COPYRIGHT`` opens with: a literal each, and no two open alike.
COPYRIGHT_OPENINGS = ("©", "&copy;", "Copyright", "(c)")


def copyright_years(html: str) -> list[str]:
    """``_COPYRIGHT.findall(html)``, the pattern tried only where one of its openings
    stands (``str.find`` skips to each): the regex engine's scan of every position for
    one of four openings took 1.0-1.4 ms of a 250,000-character source, where a dev page
    writes a few dozen of them. The matches do not overlap, as ``findall``'s."""
    starts = []
    for opening in COPYRIGHT_OPENINGS:
        start = html.find(opening)
        while start >= 0:
            starts.append(start)
            start = html.find(opening, start + 1)
    years = []
    end = 0
    for start in sorted(starts):
        if start >= end and (match := _COPYRIGHT.match(html, start)) is not None:
            years.append(match[1])
            end = match.end()
    return years
