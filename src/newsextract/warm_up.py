"""A process's warm-up: the lazy data loaded once, then kept out of the collector's way.

``extract`` loads its language data, dateparser's month names and zone table and its regexes
on first use: over half a second, tens of thousands of long-lived objects. Left to the pages,
each part lands on the first page that needs it (the label regexes of a letter's labels in
every language, built per first letter, a few ms each; dateparser's set-up 35 ms: the slowest
pages of a run), and a process that then runs for
hours makes Python's cyclic garbage collector walk all of it at every full collection, a
pause that lands on whichever page is being read (30-40 ms). Loading it first on two small
pages of ours and moving it to the permanent generation (``gc.freeze``) keeps each page's
time to its own work. Batch workers run it before their first page; it lives outside
``batching`` so that a process that only extracts imports no more than ``extract`` to run it.
What one language alone needs (dateparser's data of that language, its byline labels) stays
lazy: loading every language's would cost seconds.
"""

from __future__ import annotations

import gc
import logging
import string

from newsextract.errors import NewsExtractError
from newsextract.extract import extract
from newsextract.metadata.label_texts import label_letters, load_letters

logger = logging.getLogger(__name__)

# A page that reaches the lazy parts: a byline, a date and a zone written in words (the date
# parser's data), a tag list, a standfirst and a few paragraphs.
_PAGE = b"""<!doctype html><html lang="en"><head><title>Warm-up | Example</title></head>
<body><article><h1>A page that loads the lazy parts once</h1>
<p class="standfirst">What a worker reads before its first page.</p>
<p class="byline">By Jo Writer, 5 March 2021 at 10:30 EST</p>
<p>Its written date sends the date search to the date parser, which reads its language data
on first use.</p><p>Everything else about it is ordinary: a headline, a byline and text.</p>
<div class="tags">Tags: <a href="/t/a">Alpha</a> <a href="/t/b">Beta</a></div>
</article></body></html>"""

# A page of another language and script that reaches the lazy parts the first page does
# not: the label regexes of a letter outside ASCII (a text opening with "Ö"), the
# calendar words of a date line, a reading time, a read-more excerpt, a caption's credit
# under a label, an overlay box, a byline of two names (the place-name table), a source line
# (the pattern of the labels that may follow the source on its line).
_PAGE_OF_ANOTHER_LANGUAGE = """<!doctype html><html lang="de"><head><title>Aufwärmen</title>
</head><body><div class="overlay-modal"><p>Newsletter bestellen</p></div><article>
<h1>Eine Seite für die übrigen Teile</h1><p class="byline">Von Jo Schreiber und Kim Muster</p>
<p><span>Zuletzt geändert</span> <time datetime="2021-03-05T10:30:00+01:00">5. März 2021</time></p>
<p>Lesedauer: 3 Minuten</p><p>Berlin, 5. März 2021, 10:30 Uhr</p>
<figure><img src="/hafen.jpg"><figcaption>Der Hafen am Morgen [Bild=Stadtarchiv]</figcaption>
</figure><p>Ölpreise, Übergänge und Ämter: was ein Prozess liest, bevor er seine erste Seite
liest, damit die erste Seite einer Sprache nicht alles auf einmal lädt.</p><p>Ein zweiter
Absatz mit gewöhnlichem Text, wie ihn jede Seite einer Zeitung hat, und einem Satz mehr.</p>
<p>Ein anderer Artikel beginnt hier … <a href="/b">Weiterlesen</a></p>
<p>Quelle: dpa</p>
<div class="tags">Stichworte: <a href="/t/o">Ölpreis</a> <a href="/t/u">Übung</a></div>
</article></body></html>""".encode()


def warm_up() -> None:
    """Extract the warm-up pages, set dateparser up, then freeze what stays loaded (see the
    module docstring).
    A failure is logged and ignored: a worker runs without its warm-up."""
    for page in (_PAGE, _PAGE_OF_ANOTHER_LANGUAGE):
        try:
            extract(page, url="https://warm.up.example/2021/03/05/warm-up")
        except NewsExtractError as exc:  # our own pages: never expected, never fatal
            logger.debug("warm-up page failed: %s", exc)
    # The letters the two pages do not open a text with: every label's first letter (26 ms
    # in all, where a set of the dev pages met letters for 8-15 ms after the warm-up).
    load_letters(string.ascii_lowercase + label_letters())
    _build_patterns()
    _load_the_date_parser()
    gc.collect()
    gc.freeze()


def _build_patterns() -> None:
    """The regexes of every language's labels that the two pages above do not reach, built
    on the first page that needs them otherwise (1-12 ms each, about 35 ms in all: a set of
    the dev pages met five to nine of them after the warm-up, up to 0.4 ms a page on a set of
    150 pages). A regex of one language's labels stays lazy (see the module docstring)."""
    from newsextract import page_limits
    from newsextract.body import (
        control_lines,
        credit_lines,
        label_gate,
        label_lines,
        link_notes,
        post_templates,
        prompts,
        share_lines,
    )
    from newsextract.dating import (
        bikram_sambat,
        east_asian_eras,
        lunar_hijri,
        relative,
        short_years,
        words,
        zones,
    )
    from newsextract.dating.prefixed_dates import (
        calendar_prefix,
        prefixed_day_date,
        spaced_month_forms,
    )
    from newsextract.dating.solar_hijri import solar_hijri_date
    from newsextract.dating.suffixed_dates import suffixed_date
    from newsextract.label_lists import LabelList
    from newsextract.labels import starts_with
    from newsextract.lazy_regex import compile_all
    from newsextract.metadata import (
        bracketed_names,
        byline_after_names,
        byline_agencies,
        byline_openings,
        byline_placeholders,
        byline_places,
        contributor_credits,
        date_line_labels,
        kicker,
        last_editor,
        line_labels,
        logo_words,
        markup_bylines,
        markup_tags,
        meta,
        name_splits,
        site_names,
        title_cleanup,
    )

    # A date line's update or publication label, of a page that declares no language.
    starts_with(LabelList.UPDATED, LabelList.PUBLISHED)
    # The joining letters glued to a name of every language ("ו", "و"), for a byline read
    # without its page's language.
    name_splits._prefix_joiner(None)
    # The joining words written without spaces ("と", "和"), between two Han names of a
    # byline read without its page's language, and of Chinese and Japanese pages' own.
    for language in (None, "zh", "ja"):
        name_splits._unspaced_joiners(language)
    # The separators of a byline's names on a page whose language has an "in" of its own
    # (English, German, French …: one regex for 14 of the 18, ``labels.compiled``).
    byline_places._name_separators("en")
    # The relative stamps of every language ("vor 4 Stunden", "3小时前"), read as a body's
    # date lines (about 40 ms, on the first page with a short line holding a figure).
    relative.relative_forms_table(None)
    # The label tests of a line that opens with a label, gated by one search of their labels.
    label_gate.build_gated_tests()
    # The byline and credit labels opening a block's text, by its first letter.
    line_labels.build_label_starts()
    for build in (
        prompts._prompt_searches,  # a box's prompts, by the word a block holds
        credit_lines._closing_credit,  # an agency's credit closing the text: "(dpa)", "/AFP/"
        link_notes._bracketed,  # a link's note that it opens a new window, in 34 languages
        credit_lines._picture_agency,  # a picture agency's name in brackets
        share_lines._share_at_end,  # a share prompt closing a line
        label_lines._closing_byline,  # a byline closing a category line ("… by Ada Stone")
        control_lines._pagination_words,  # the words of a pagination line ("Page 2 of 3")
        control_lines._sort_control,  # a sort control's label ("Sorted by:")
        bracketed_names._not_a_closing_name,  # a bracketed note naming no writer ("【関連記事】")
        meta._contributor_label,  # a contributor's label in a meta author
        date_line_labels.update_opening,  # an update label opening a date element's text
        byline_placeholders._placeholder_words,  # a byline's placeholder ("Redaktion", "staff")
        byline_agencies._opening_joiner,  # a byline's name list opening with "and"
        # the joining words of a byline read without its page's language ("Jo Writer and
        # Kim Muster", a JSON-LD author or a byline container's text)
        name_splits.joiner_word,
        contributor_credits.dangling_joiner,
        name_splits.listed_joiner,
        kicker._tag_path,  # a tag page's path segment ("/topics/"), not a section's
        markup_tags.topic_path,  # a tag page's path ("/tag/", "/thema/")
        prefixed_day_date,  # a day, month and year each after its word (Vietnamese)
        calendar_prefix,  # a calendar's name before its date
        suffixed_date,  # a year and month each with its word after it ("2025年3月3日")
        solar_hijri_date,  # a Solar Hijri month's name ("13 اسفند 1403")
        # the given names an unlabelled dated line's first word is looked up in (24,000
        # names, 11 ms read on the first page with such a line)
        byline_openings._given_names,
        byline_openings._place_words,  # the words closing a place's name after such a day
        # the patterns of one script's pages or of rare pages, built on first use rather
        # than at import (``import newsextract`` alone never needs them)
        bracketed_names._closing_name_pattern,  # a kanji name in brackets closing the text
        bracketed_names._dateline_name_pattern,  # "【北京＝田中一郎】"
        site_names._unspaced_dash,  # a dash between Han or kana characters in a title
        name_splits._han_names,  # Chinese names between spaces
        name_splits._punctuation_or_hangul_dot,  # "김민수·이지은"
        byline_places._place_of_report,  # "記者王小明／台北報導"
        byline_places._korean_place,  # "부산=박서준 기자"
        markup_bylines._hangul_dots,  # linked Korean names joined by a middle dot
        lunar_hijri.second_month_name,  # an Arabic month's second name
        short_years.thai_short_year,  # a Thai date's two-digit year
        east_asian_eras.japanese_era_year,  # "令和7年"
        title_cleanup._price,  # a price part of a shop's title
        page_limits._token,  # the tags of an oversized page
        # regexes of every language's labels that the dev sets' pages built after the warm-up
        # (speed47: 1-15 ms each on the first page needing one, among the slowest of a set)
        markup_bylines._credit_start,  # a credit line after a closing signature
        date_line_labels.publication_label,  # a publication label opening a text
        contributor_credits._closed_credit_opening,  # a credit opening a byline, closed by its mark
        byline_after_names._contributor_opening,  # a contributor's label after the names
        byline_after_names._any_label,  # a label after the names anywhere in a line
        line_labels._byline_start,  # a byline label opening a text
        title_cleanup._page_number,  # a page's number in its title ("Page 2")
        title_cleanup._page_counter,  # "2/5" closing a title
        zones._zone_word_at_end,  # a zone's name closing a date
        lunar_hijri.hijri_date,  # a Hijri date in words
        bikram_sambat.bikram_sambat_date,  # a Nepali (Bikram Sambat) date
        spaced_month_forms,  # month names written with inner spaces
        # every language's month names less those two languages give different months, for
        # a date element's words on a page naming no language (10 ms on the first such page)
        words.settled_month_numbers,
        # regexes of every language's labels that the dev sets' first pages still built
        # after the warm-up (speed69: 1-53 ms each, the slowest of its set's cold pages)
        last_editor._line,  # a wiki's page-info line: update label, date, byline label, name
        share_lines._glued_label,  # a share or read-more label glued to unspaced text
        markup_bylines._label_closing,  # a byline label closing a text ("… by")
        logo_words._patterns,  # logo words opening or closing a text ("Logo")
        post_templates.answer_count_label,  # a count of answers ("3 Answers")
    ):
        build()
    for kind in (str, bytes):  # the page checks of a text's and of bytes
        page_limits._patterns(kind)
        page_limits._page_tags(kind)
    # the module-level regexes that rare pages alone use, compiled at first use otherwise
    compile_all()


def _load_the_date_parser() -> None:
    """dateparser's one-time set-up and its English data, the language it tries after the
    page's own on every date it reads (``dates._dateparser``): 30-40 ms that would otherwise
    land on the first page whose date only dateparser reads. Both pages above have their
    dates read without it."""
    import dateparser

    dateparser.parse("5 March 2021", languages=["en"])
