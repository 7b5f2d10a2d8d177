"""What a site's software writes into a title beside its headline, each cut by one
function: a second escaping's entities, a forum's reply marks, a live ticker's opening, an
update's or a medium's marker, the page's kind or number, a day's date, a shop's price, and
the short channel and site names a portal sets after bars where no source names the site.

Apart from ``title.py`` because these cuts read a title alone, by its words and marks (the
language files' lists), while the choice compares the titles with each other.
"""

from __future__ import annotations

import functools
import html
import re
from unicodedata import name

from newsextract.dates import find_text_date
from newsextract.labels import (
    page_counters,
    page_kinds,
    page_labels,
    thread_prefixes,
    title_markers,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.site_names import title_parts
from newsextract.metadata.title_agreement import MAX_SPLIT_TITLE
from newsextract.text import word_count


def is_date_only(text: str) -> bool:
    """Whether ``text`` is a date and nothing else ("Tuesday, September 3, 2024",
    "03.09.2024"): an archive's or a live page's day heading, not a headline."""
    stripped = text.strip()
    if _DIGIT_DATE.fullmatch(stripped) is not None:
        return True
    return (
        len(stripped.split()) <= MAX_DATE_WORDS
        and _WRITTEN_DATE_HINT.search(stripped) is not None
        and _is_written_date(stripped)
    )


# The most words a written date takes ("Dienstag, 3. September 2024", "3 de septiembre de
# 2024", "ថ្ងៃទី ៣ ខែកញ្ញា ឆ្នាំ ២០២៤"): a longer text is no date alone, and is not parsed.
MAX_DATE_WORDS = 6


# A date in digits alone ("03.09.2024", "2024-09-03", "3/9/2024").
_DIGIT_DATE = LazyPattern(r"\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}")


# An HTML entity left in a text after it was decoded once: a CMS escaped the title twice
# ("Don&amp;#8217;t" read as "Don&#8217;t").
_ENTITY = LazyPattern(r"&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def unescaped(title: str) -> str:
    """``title`` with the entities a second escaping left in it decoded."""
    if "&" not in title or _ENTITY.search(title) is None:
        return title
    return html.unescape(title)


def without_thread_prefix(title: str) -> str:
    """``title`` without the marks a forum or a mail archive sets before a thread's title
    ("Re: AW: Bremse quietscht" is "Bremse quietscht"; the language files'
    ``thread_prefixes``), when a title follows them."""
    match = _thread_prefix().match(title)
    if match is None or not title[match.end() :].strip():
        return title
    return title[match.end() :]


# A live ticker's marks opening its headline, three or more plus signs ("+++ Sturm an der
# Küste +++ Fähren fallen aus", German newsrooms' tickers): they frame each item of the
# ticker, and the headline is its items; those between the items stay.
_TICKER_OPENING = LazyPattern(r"\s*\+{3,}\s+")


def without_ticker_opening(title: str) -> str:
    """``title`` without a live ticker's opening marks (``_TICKER_OPENING``), when a title
    with a letter follows them."""
    if not title.lstrip().startswith("+"):
        return title  # most titles: no pattern run
    match = _TICKER_OPENING.match(title)
    rest = title[match.end() :] if match is not None else ""
    return rest if any(c.isalpha() for c in rest) else title


def without_marker(title: str, *, colon: bool = True) -> str:
    """``title`` without a marker in brackets at its start or set off by spaces ("Storm
    closes the harbour (Updated) - Site", "[VÍDEO] Así es el museo", "【動画】旧灯台が…"),
    opening it before a colon ("UPDATE: Harbour road reopens") or closing it after a plus, a
    bar or a dash ("… + ФОТО", "… | VIDEO"; the language files' ``title_markers``): an
    update's or a medium's mark, no word of the headline; a title of the marker alone stays.
    Without ``colon`` (a visible headline's), a marker before a colon stays: a headline that
    opens with "VIDEO:" says so in its own words, as a kicker does, where brackets, a plus, a
    bar or a dash set the marker apart."""
    rest = _without_closing_marker(title)
    at = rest.find(":") if colon else -1
    if 0 < at <= MAX_MARKER_OPENING or any(mark in rest for mark in _MARKER_HINTS):
        rest = _marker(colon).sub("", rest)
    rest = rest.strip()
    return rest if any(c.isalpha() for c in rest) else title


def _without_closing_marker(title: str) -> str:
    """``title`` without a marker closing it after a plus, a bar or a dash ("… + ФОТО"),
    read in its last ``MAX_MARKER_CLOSING`` characters only (most titles: no pattern run)."""
    tail = title[-MAX_MARKER_CLOSING:]
    if not any(mark in tail for mark in _CLOSING_MARKS):
        return title
    match = _closing_marker().search(tail)
    return title if match is None else title[: len(title) - len(tail) + match.start()]


# The brackets a marker is set in; a colon after one opening the title is the other form,
# that far into it at most (the longest marker, "ενημέρωση", with spaces around it).
_MARKER_HINTS = ("(", "[", "【")
MAX_MARKER_OPENING = 20
# The marks set before a marker closing the title, and how far from its end one is read:
# the longest marker ("aggiornamento", 13 letters) with a space, the mark and a space.
_CLOSING_MARKS = frozenset("+|–—-")
MAX_MARKER_CLOSING = 24


@functools.cache
def _marker(colon: bool) -> re.Pattern[str]:
    # The marker in round or square brackets, space or the title's edge either side; in
    # lenticular ones, which scripts without spaces set flush to the headline, at its start;
    # or opening the title with a colon after it.
    words = "|".join(re.escape(w) for w in sorted(title_markers(), key=len, reverse=True))
    return re.compile(
        rf"(?:^|\s+)(?:\((?:{words})\)|\[(?:{words})\])(?=\s|$)|^\s*【(?:{words})】\s*"
        + (rf"|^\s*(?:{words})\s*:\s+" if colon else ""),
        re.IGNORECASE,
    )


@functools.cache
def _closing_marker() -> re.Pattern[str]:
    # After a plus, a bar or a dash closing the title ("Шторм повалил деревья + ФОТО", "… |
    # SAWIRRO"), a space before the mark (read in the title's last characters only).
    words = "|".join(re.escape(w) for w in sorted(title_markers(), key=len, reverse=True))
    return re.compile(rf"\s[+|–—-]\s?(?:{words})\s*$", re.IGNORECASE)


@functools.cache
def _thread_prefix() -> re.Pattern[str]:
    # Each mark with its colon, a reply's count maybe between ("Re[2]:", "RE(3):"), repeated.
    words = "|".join(re.escape(w) for w in sorted(thread_prefixes(), key=len, reverse=True))
    return re.compile(rf"\s*(?:(?:{words})(?:\[\d+\]|\(\d+\))?\s*:\s+)+", re.IGNORECASE)


def without_page_kind(title: str) -> str:
    """``title`` without the page's kind a site's software sets beside the headline (the
    language files' ``page_kinds``), when a headline is left: an old forum's before it, a
    dash after it ("View topic - Heating knocks", once "Forum •" is cut), or a Korean news
    CMS's closing the section path it sets after the headline, with what follows ("Title <
    사회 < 기사본문 - Site": the path reads back from the page to the site)."""
    folded = title.casefold()
    for kind in page_kinds():
        if folded.startswith(kind):
            rest = _KIND_DASH.match(title, len(kind))
            if rest is not None and title[rest.end() :].strip():
                return title[rest.end() :]
        elif f" < {kind}" in folded:
            head = title[: folded.index(" < ")].strip()
            if head:
                return head
    return title


# The dash between a forum's page kind and the thread's title, spaces around it.
_KIND_DASH = LazyPattern(r"\s+[-–—]\s+")


def without_page_number(title: str, page_number: int | None = None) -> str:
    """``title`` without a part after its first that is a page's number behind the language
    files' ``page_labels`` ("Brakes squeal - Page 2 - Bike Forum", "… | Seite 3 von 5 | …"):
    a paged thread's or article's place, no part of its title. With the ``page_number`` the
    page's address gives, that number behind a label ends the title's first part without a
    separator too ("Tips hemat mudik Halaman 2 - Kabar Kota" on "…?page=2")."""
    if not any(map(str.isdigit, title)):  # each character tested in C, no generator step
        return title
    title = _without_page_counter(title)
    # A label, looked for before the pattern is run.
    folded = title.casefold()
    if not any(label in folded for label in page_labels()):
        return title
    title = _page_number().sub("", title)
    if page_number is None:
        return title
    return _unseparated_page_number().sub(
        lambda found: "" if int(found[1]) == page_number else found[0], title
    )


def _without_page_counter(title: str) -> str:
    """``title`` without a page's number written inside its words (the language files'
    ``page_counters``: "… 第2页 - Site", "…（2ページ目）") after its first part, in brackets,
    after a space or after a separator, before a separator or the title's end."""
    if not any(word in title for word in _counter_words()):
        return title
    cut = _page_counter().sub("", title)
    return cut if cut.strip() else title


@functools.cache
def _counter_words() -> tuple[str, ...]:
    # The longest piece of each counter's words, looked for before the pattern is run.
    return tuple(max(form.split("{n}"), key=len) for form in page_counters())


@functools.cache
def _page_counter() -> re.Pattern[str]:
    forms = sorted(page_counters(), key=len, reverse=True)
    counter = "|".join(
        r"\s*".join((re.escape(before), r"\d{1,4}", re.escape(after)))
        for before, after in (form.split("{n}") for form in forms)
    )
    return re.compile(
        rf"(?:\s*[(（]\s*(?:{counter})\s*[)）]|(?:\s+|\s*[-–—»«›·•/~|｜_]\s*)(?:{counter}))"
        r"(?=\s*(?:[-–—»«›·•/~|｜_]|$))",
        re.IGNORECASE,
    )


@functools.cache
def _unseparated_page_number() -> re.Pattern[str]:
    # A space, the label, its number, and a separator or the title's end after it.
    words = "|".join(re.escape(w) for w in sorted(page_labels(), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:{words})\s*(\d{{1,4}})(?=\s+[-–—»«›·•/~]\s+|\s*[|｜]|\s*$)", re.IGNORECASE
    )


# An address's page number: a query's "page", "paged", "pg" or "p" (WordPress, forums,
# Indonesian portals' "?page=2"), or a "/page/2" folder. Page 1 is the article's own start.
_URL_PAGE = LazyPattern(r"(?:[?&](?:page|paged|pg|p)=|/page/)(\d{1,4})(?=[&#/]|$)", re.IGNORECASE)


def page_number_of(url: str | None) -> int | None:
    """The page number a paged article's or thread's address gives, 2 or more, or None."""
    found = _URL_PAGE.search(url) if url else None
    number = int(found[1]) if found else 0
    return number if number > 1 else None


# A part after a title's first that is only a day's date in digits ("… – 14.08.2025 –
# Kulturhaus", "… | 2025-03-01"): an event's or a report's day beside its title, no part of
# it. A score or a range ("2-1", "1914-1918") is no such date.
_DATE_PART = LazyPattern(
    r"(?:\s+[-–—»«›·•:/~]\s+|\s*[|｜]\s*)"
    r"(?:\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?=\s+[-–—»«›·•/~]\s+|\s*[|｜]|\s*$)"
)


def without_date_part(title: str) -> str:
    """``title`` without a part after its first that is only a date, in digits or written
    with its month's name ("… - 18 de mayo de 2024 - Teatro", "… | Saturday, May 18, 2024")."""
    if _DATE_HINT.search(title) is not None:
        title = _DATE_PART.sub("", title)
    if not _WRITTEN_DATE_HINT.search(title):
        return title
    pieces = _PART_SEPARATOR.split(title)  # parts and, between them, their separators
    kept = pieces[:1]
    for separator, part in zip(pieces[1::2], pieces[2::2], strict=True):
        if not _is_written_date(part):
            kept += [separator, part]
    return "".join(kept)


# A part's separator, as ``_DATE_PART`` reads it (kept by the split).
_PART_SEPARATOR = LazyPattern(r"(\s+[-–—»«›·•:/~]\s+|\s*[|｜]\s*)")
# A year of four digits: a written date's sign, looked for before the parts are read.
_WRITTEN_DATE_HINT = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A weekday's name may open a written date's part ("sábado 18 de mayo de 2024").
MAX_WORDS_BEFORE_DATE = 1


def _is_written_date(part: str) -> bool:
    """Whether ``part`` is a date and nothing else, but for a weekday's name before it."""
    found = find_text_date(part)
    if found is None:
        return False
    before, _, after = part.partition(found)
    return not after.strip(" .,") and len(before.split()) <= MAX_WORDS_BEFORE_DATE


# Two digits with a date's mark between: a date part's sign, looked for before the pattern.
_DATE_HINT = LazyPattern(r"\d[./-]\d")


@functools.cache
def _page_number() -> re.Pattern[str]:
    # The separator before the part, the label, its number (maybe "of 5", "/5" after it),
    # or the number, a full stop and the label (Hungarian "2. oldal"), and the next
    # separator or the title's end after it.
    words = "|".join(re.escape(w) for w in sorted(page_labels(), key=len, reverse=True))
    return re.compile(
        rf"(?:\s+[-–—»«›·•:/~]\s+|\s*[|｜]\s*)(?:(?:{words})\.?\s*\d{{1,4}}"
        rf"(?:\s*(?:/|\w{{1,3}})\s*\d{{1,4}})?|\d{{1,4}}\.\s?(?:{words}))"
        rf"(?=\s+[-–—»«›·•/~]\s+|\s*[|｜]|\s*$)",
        re.IGNORECASE,
    )


# A price: a currency's sign or code before or after an amount ("$24.00", "89,90 €",
# "CHF 24.–", "1 299 Kč"). A shop's title sets it after the product's name as a part of its
# own, which is no part of the name ("Brass Pocket Level – $24.00").
# The signs are Unicode's currency symbols (category Sc, Unicode 15: "₾", "৳", "฿", "៛", "֏"
# as "$" and "€"); the codes and words those that shops write beside an amount.
_CURRENCY_SIGNS = (
    "$\u00a2-\u00a5\u058f\u060b\u07fe\u07ff\u09f2\u09f3\u09fb\u0af1\u0bf9\u0e3f"
    "\u17db\u20a0-\u20c0\ua838\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6"
)
_CURRENCY = (
    rf"(?:[{_CURRENCY_SIGNS}]|US\$|C\$|A\$|R\$|CHF|EUR|USD|GBP|zł|kr|Kč|Ft|lei|TL|руб\.?"
    r"|Rs\.?|KSh|TSh)"
)


# Built on the first title left in parts after the other cuts (``without_price``), a few pages.
@functools.cache
def _price() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_CURRENCY}\s?\d[\d.,'’ ]*(?:[.,][-–])?|\d[\d.,'’ ]*(?:[.,][-–])?\s?{_CURRENCY})"
    )


def without_price(title: str) -> str:
    """``title`` without trailing parts that are prices, when a name is left before them."""
    parts = title_parts(title) if len(title) <= MAX_SPLIT_TITLE else []
    if len(parts) < 2 or _price().fullmatch(parts[-1].strip()) is None:
        return title
    while len(parts) > 1 and _price().fullmatch(parts[-1].strip()) is not None:
        parts.pop()
    head = parts[0]
    # the head as written, up to the separator before the first price part
    end = title.find(head) + len(head)
    for part in parts[1:]:
        end = title.find(part, end) + len(part)
    return title[:end].rstrip()


# A title in a script written without spaces ends with its channel's and its site's names
# after bars or underscores ("…研究经济工作_新闻频道_央视网", "…を可決｜地域ニュース｜みなと新聞")
# where no source names the site: such names are a few characters (3-9 on Chinese and
# Japanese portals), a headline several times that. A spaced dash is also used inside
# headlines; a hyphen (or two) between two ideographs or kana is a portal's separator
# ("…每半小时一班-本地新闻-江城网", "…--时政--人民网"): a headline joins such words bare.
MAX_UNSPACED_TAIL_CHARS = 12
MIN_HEADLINE_TO_TAIL_RATIO = 2
_UNSPACED_BARS = LazyPattern(r"\s*[|｜丨︱_]\s*")
_CJK_CHAR = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_UNSPACED_HYPHENS = LazyPattern(rf"(?<=[{_CJK_CHAR}])-{{1,2}}(?=[{_CJK_CHAR}])")


def without_unspaced_tail(title: str) -> str:
    """``title`` without short trailing parts after bars, then after hyphens between
    ideographs, when it is Chinese or Japanese (the hyphens second: a headline's own hyphen,
    "中-美…", stays where the bars cut)."""
    if main_script(title) != "CJK":
        return title
    return _without_tail(_without_tail(title, _UNSPACED_BARS), _UNSPACED_HYPHENS)


def _without_tail(title: str, separators: LazyPattern) -> str:
    parts = separators.split(title)
    if len(parts) < 2:
        return title
    head = parts[0]
    if all(
        0 < len(part) <= MAX_UNSPACED_TAIL_CHARS
        and len(head) >= MIN_HEADLINE_TO_TAIL_RATIO * len(part)
        for part in parts[1:]
    ):
        return head
    return title


# A bar between spaces: what a title in a script written with spaces sets before its site's
# (and section's) names, in any language; a headline writes none.
_SPACED_BARS = LazyPattern(r"\s+[|｜丨︱]\s+")
# A site's or a section's name after such a bar is a few words ("Урал сегодня", "Νέα της
# Πόλης", "The Riverside Courier"); longer, the part is a headline's own.
MAX_BAR_TAIL_WORDS = 4
# The last part, at least this many words: one word after a bar is a section's name or an
# abbreviation the title keeps where no source names the site ("… | Local", "… | FAQ").
MIN_BAR_TAIL_WORDS = 2
# The headline before the bars, at least this many words: a shorter one may be a name too
# ("Home | Riverside Courier"), and the parts are then left as written.
MIN_HEAD_BEFORE_BAR_WORDS = 3


def without_bar_tail(title: str) -> str:
    """``title`` without short trailing parts after spaced bars, when it is written in a
    script with spaces ("Ξεκινούν τα έργα στο παλιό λιμάνι | Νέα της Πόλης"): the site's
    name no source of the page gave (``without_unspaced_tail`` reads the scripts without
    spaces)."""
    if "|" not in title and "｜" not in title and "丨" not in title and "︱" not in title:
        return title
    parts = _SPACED_BARS.split(title)
    if len(parts) < 2 or main_script(title) == "CJK":
        return title
    head = word_count(parts[0])
    if head < MIN_HEAD_BEFORE_BAR_WORDS or word_count(parts[-1]) < MIN_BAR_TAIL_WORDS:
        return title
    if all(
        0 < word_count(part) <= MAX_BAR_TAIL_WORDS
        and head >= MIN_HEADLINE_TO_TAIL_RATIO * word_count(part)
        for part in parts[1:]
    ):
        return parts[0]
    return title


def main_script(text: str) -> str | None:
    """The script most of ``text``'s letters are written in ("LATIN", "CYRILLIC", "CJK"),
    from their Unicode names; None without letters."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            words = name(char, "").split(" ", 2)
            script = words[1] if words[0] in _WIDTH_FORMS and len(words) > 1 else words[0]
            script = _ONE_WRITING.get(script, script)
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


# Scripts one writing system mixes in a line (Japanese: kanji, hiragana, katakana): one.
_ONE_WRITING = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "IDEOGRAPHIC": "CJK"}
# Width forms name the script after them ("FULLWIDTH LATIN CAPITAL LETTER A").
_WIDTH_FORMS = frozenset({"FULLWIDTH", "HALFWIDTH"})
