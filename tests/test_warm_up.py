"""A process's warm-up loads the lazy data, then freezes it out of the collector's way."""

from __future__ import annotations

import gc
import re
import subprocess
import sys

from newsextract.warm_up import warm_up


def test_the_warm_up_leaves_the_loaded_objects_frozen() -> None:
    try:
        warm_up()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


# Builders every long run calls sooner or later, whatever its languages: each cost its first
# page 5-50 ms (dateparser's set-up about 35), the slowest pages of a run.
_SHARED_BUILDERS = """
from newsextract.warm_up import warm_up
warm_up()
from dateparser.languages.loader import default_loader
from newsextract.body.meta_lines import _reading_time
from newsextract.body.teaser_lines import _excerpt_end
from newsextract.body.credit_lines import _labelled_credit_tail
from newsextract.metadata.label_texts import _alternation_of
builders = (_alternation_of, _excerpt_end, _labelled_credit_tail, _reading_time)
print([min(f.cache_info().currsize, 1) for f in builders], "en" in default_loader._loaded_locales)
"""


def test_the_warm_up_builds_what_pages_of_every_language_share() -> None:
    """In a fresh process (this one has run other tests' pages): the label regexes of the
    letters texts open with, the body's lazily built patterns and dateparser's English data."""
    run = subprocess.run(
        [sys.executable, "-c", _SHARED_BUILDERS], capture_output=True, text=True, check=True
    )
    assert run.stdout.split("\n")[0] == "[1, 1, 1, 1] True"


# The regexes of every language's labels that pages reach and the two warm-up pages do not
# (1-16 ms each on the first page needing one), and every label's first letter.
_LABEL_BUILDERS = """
from newsextract.warm_up import warm_up
warm_up()
from newsextract.body import credit_lines, label_lines, share_lines
from newsextract.body import credit_lines
from newsextract.dating.prefixed_dates import calendar_prefix, prefixed_day_date
from newsextract.dating.solar_hijri import solar_hijri_date
from newsextract.dating.suffixed_dates import suffixed_date
from newsextract.dating.prefixed_dates import spaced_month_forms
from newsextract.dating import bikram_sambat, lunar_hijri
from newsextract.labels import starts_with
from newsextract.metadata import byline_agencies, byline_placeholders, contributor_credits
from newsextract.metadata import bracketed_names, date_line_labels, html, label_texts
from newsextract.metadata import line_labels, meta
from newsextract.metadata import markup_tags, markup_bylines, byline_after_names, title_cleanup
from newsextract.dating import zones
from newsextract.body import post_templates
from newsextract.metadata import last_editor, logo_words
builders = (
    credit_lines._closing_credit, credit_lines._picture_agency, share_lines._share_at_end,
    label_lines._closing_byline,
    bracketed_names._not_a_closing_name, meta._contributor_label, date_line_labels.update_opening,
    byline_placeholders._placeholder_words, byline_agencies._opening_joiner, markup_tags.topic_path,
    prefixed_day_date, calendar_prefix, suffixed_date, solar_hijri_date, starts_with,
    markup_bylines._credit_start, date_line_labels.publication_label,
    contributor_credits._closed_credit_opening,
    byline_after_names._contributor_opening, line_labels._byline_start, title_cleanup._page_number,
    title_cleanup._page_counter, zones._zone_word_at_end, lunar_hijri.hijri_date,
    bikram_sambat.bikram_sambat_date, spaced_month_forms,
    last_editor._line, share_lines._glued_label, markup_bylines._label_closing,
    logo_words._patterns, post_templates.answer_count_label,
)
letters = label_texts.label_letters()
built = label_texts._labels_opening.cache_info().currsize
print(all(f.cache_info().currsize for f in builders), len(letters) > 26, built >= len(letters))
"""


def test_the_warm_up_builds_every_language_s_label_regexes() -> None:
    """In a fresh process: the label regexes no one language owns, built before the first
    page rather than on the first page that needs each."""
    run = subprocess.run(
        [sys.executable, "-c", _LABEL_BUILDERS], capture_output=True, text=True, check=True
    )
    assert run.stdout.split("\n")[0] == "True True True"


# A language's builder whose regex is every language's (no joining words of its own, the
# common separators of a byline's names) compiles nothing on that language's first page.
_SHARED_SOURCES = """
import re._compiler
from newsextract.warm_up import warm_up
warm_up()
from newsextract.label_lists import LabelList
from newsextract.labels import starts_with
from newsextract.metadata import byline_places, contributor_credits, name_splits
compiles = []
original = re._compiler.compile
re._compiler.compile = lambda *args: compiles.append(args) or original(*args)
same = (
    contributor_credits.dangling_joiner("de") is contributor_credits.dangling_joiner(None),
    byline_places._name_separators("fr") is byline_places._name_separators("en"),
    starts_with(LabelList.UPDATED, LabelList.PUBLISHED, language=None)
    is starts_with(LabelList.UPDATED, LabelList.PUBLISHED),
    name_splits._unspaced_joiners("zh") is not None,
)
from newsextract.dating.words import settled_month_numbers
same += (settled_month_numbers.cache_info().currsize == 1,)
print(all(same), len(compiles))
"""


def test_a_language_s_regex_alike_every_language_s_is_compiled_once() -> None:
    """In a fresh process: ``labels.compiled`` keeps a regex by its source, so the builders
    of German, French and a call naming no language read the warm-up's patterns; the
    month names a page naming no language reads its date elements with are built too."""
    run = subprocess.run(
        [sys.executable, "-c", _SHARED_SOURCES], capture_output=True, text=True, check=True
    )
    assert run.stdout.split("\n")[0] == "True 0"


def test_compiled_keeps_one_pattern_a_source() -> None:
    from newsextract.labels import compiled

    first = compiled(r"(?:alpha|beta)\s+gamma", re.I)
    assert compiled(r"(?:alpha|beta)\s+gamma", re.I) is first
    assert compiled(r"(?:alpha|beta)\s+gamma") is not first  # the flags are part of the key
    assert first.pattern == r"(?:alpha|beta)\s+gamma" and first.flags & re.I
