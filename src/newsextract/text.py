"""Small text helpers shared by the stages: whitespace, comparison keys."""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from unicodedata import east_asian_width

from newsextract.lazy_regex import LazyPattern

# Invisible characters no text needs: the soft hyphen, zero-width space, word joiner and
# byte-order mark. The zero-width non-joiner and joiner stay: Persian, Urdu and Indic spelling
# needs them ("می‌سازد"), and they join emoji; comparison keys ignore them.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), None)
# What a comparison key drops: the joiners, and the soft hyphen, a break point no reader
# sees ("Helikopter\u00adlandeplatz" in an ``og:title`` is the ``<h1>``'s one word).
_JOINERS = dict.fromkeys(map(ord, "\u200c\u200d\u00ad"), None)


#: What a heading's link to itself shows ("¶" of Sphinx and MkDocs, GitHub's "#", "§", "🔗"):
#: a reader's tool, not words of the heading.
PERMALINK_SIGNS = frozenset({"#", "¶", "§", "🔗"})


def drop_invisible(value: str) -> str:
    """``value`` without the invisible characters no text needs (a soft hyphen splits a
    word for every reader and search that meets it)."""
    # Each looked for alone, a C scan of its own (less than half the time of one search for
    # all four with a regex): str.translate maps every character in Python, and few texts hold any.
    if value.isascii() or not (
        "\u00ad" in value or "\u200b" in value or "\u2060" in value or "\ufeff" in value
    ):
        return value
    return value.translate(_INVISIBLE)


def clean_text(value: str | None) -> str:
    """Collapse whitespace, drop invisible characters and decode stray HTML entities."""
    if not value:
        return ""
    if "&" in value:
        value = html.unescape(value)
    value = drop_invisible(value)
    # str.split() cuts at the characters regex's \s matches, in C and without a regex.
    value = " ".join(value.split())
    if not value.isprintable() and _CONTROL.search(value):  # one C test for most values
        value = " ".join(_CONTROL.sub("", value).split())
    return value


def fits_css_string(value: str) -> bool:
    """Whether ``value`` can go between the double quotes of a CSS selector as written: a
    quote or backslash would end or escape the string, a line break or other control
    character breaks the selector (lexbor refuses it)."""
    return value.isprintable() and '"' not in value and "\\" not in value


def drop_controls(value: str) -> str:
    """``value`` without the control characters a browser shows nothing for (C0 but white
    space, and DEL); line breaks and tabs stay."""
    return _CONTROL.sub("", value) if _CONTROL.search(value) else value


# Control characters the split leaves (C0 but white space, DEL and C1): a browser shows
# nothing for them, a NUL is a value PostgreSQL's text refuses, and a terminal reads C1's
# CSI (U+009B) and OSC (U+009D) as ESC's: a title printed by ``extract --format text`` set
# the terminal's colours and title.
_CONTROL = LazyPattern("[\x00-\x08\x0e-\x1b\x7f-\x9f]")


# Scripts written without spaces between words: Han, kana, Thai, Lao, Myanmar, Khmer (Hangul
# is written with spaces). Their text is compared character by character.
_UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9f"
)


@functools.cache
def _token() -> re.Pattern[str]:
    return re.compile(rf"[{_UNSPACED}]|[^\W{_UNSPACED}]+")


@functools.cache
def _unspaced_char() -> re.Pattern[str]:
    return re.compile(rf"[{_UNSPACED}]")


def unspaced_chars(text: str) -> int:
    """How many characters of ``text`` belong to a script written without spaces (one C
    search, where ``is_unspaced_char`` a character at a time is a regex call each)."""
    return len(_unspaced_char().findall(text))


def is_unspaced_char(char: str) -> bool:
    """Whether ``char`` belongs to a script written without spaces between words."""
    return _unspaced_char().match(char) is not None


def tokens(value: str) -> list[str]:
    """The words of ``value``, and each character of a script without spaces: "東京 タワー"
    and "東京タワー" give the same tokens, so titles and names compare by characters there."""
    return _token().findall(value)


# Texts up to this long keep their comparison key: a page compares its titles, site names,
# bylines and tags many times over (six calls in ten repeat a text of the same page); a
# paragraph or a whole body is not held.
_KEPT_KEY_CHARS = 300
_KEPT_KEYS = 512  # a page's short texts and then some (a page has about 20): 0.1 MB held


def compare_key(value: str) -> str:
    """A key for loose equality: case, accents' forms, punctuation and the spaces of scripts
    that need none ignored.

    White space only separates tokens: its runs are cut to one space first, so that a
    template's indentation (an element's text can be 99% of it) costs nothing to normalise
    and tokenise."""
    if len(value) <= _KEPT_KEY_CHARS:
        return _kept_key(value)
    return _key(value)


@functools.lru_cache(maxsize=_KEPT_KEYS)
def _kept_key(value: str) -> str:
    return _key(value)


# A word of an ASCII text: what ``tokens`` finds there (ASCII has no unspaced script).
_ASCII_WORD = LazyPattern(r"\w+")


# Turkish and Azerbaijani dotted capital and dotless small i, as "i": ``casefold`` writes "İ" as
# "i" and a combining dot, which tokens read as a word's end ("DAKİKA" against "dakika"), and
# the dotless "ı" is the small letter of "I", which folds to "i" ("DAKIKA" against "dakıka").
_TURKIC_I = str.maketrans({"\u0130": "i", "\u0131": "i"})


def _key(value: str) -> str:
    if value.isascii():  # NFKC and case folding leave ASCII as ``lower`` does: skipped
        return " ".join(_ASCII_WORD.findall(value.lower()))
    value = " ".join(value.split())
    if "\u200c" in value or "\u200d" in value or "\u00ad" in value:
        value = value.translate(_JOINERS)
    if "\u0130" in value or "\u0131" in value:
        value = value.translate(_TURKIC_I)
    return " ".join(tokens(unicodedata.normalize("NFKC", value).casefold()))


def fold_case(text: str) -> str:
    """``text`` case-folded for comparing titles, with Turkic "İ" and "ı" as "i" (see
    ``_TURKIC_I``): one character for one there, so a place in the folded text is that
    place in ``text`` where no other letter folds to two ("ß")."""
    if "\u0130" in text or "\u0131" in text:
        text = text.translate(_TURKIC_I)
    return text.casefold()


def word_count(text: str) -> int:
    """Words between spaces; in a script written without spaces, words by characters: each
    wide character of Chinese and Japanese is one, and Thai, Lao, Khmer or Burmese letters
    make a word every ``UNSPACED_LETTERS_PER_WORD``. Korean, wide too, puts spaces between
    its words: its syllables are no words."""
    return _words(text, 1)


# Chinese and Japanese characters per word, for a cap counted in words that a text of those
# scripts must not pass by having no spaces (a lone tag, a sentence's opening): segmented
# text averages 1.5 to 1.8 characters a word (one-character particles, two-character
# compounds), rounded up. (``word_count`` counts each a word: a floor's measure.)
WIDE_CHARS_PER_WORD = 2


def estimated_words(text: str) -> int:
    """``word_count`` with Chinese and Japanese characters ``WIDE_CHARS_PER_WORD`` a word:
    about as many words as the text holds, in any script."""
    return _words(text, WIDE_CHARS_PER_WORD)


def _words(text: str, wide_per_word: int) -> int:
    # No such character (ASCII text told by a flag of the string, others by a scan): the
    # spaces tell.
    if not text or text.isascii() or max(text) < _FIRST_UNSPACED:
        return len(text.split())
    wide = unspaced = 0
    # Only word characters from U+0E00 up can count (see ``_HIGH_WORD_CHAR``): found in C,
    # where a Latin text with one curly quote had every character tested in Python.
    for char in _HIGH_WORD_CHAR.findall(text):
        if east_asian_width(char) == "W":
            if not any(low <= char <= high for low, high in HANGUL):
                wide += 1
        elif any(low <= char <= high for low, high in _UNSPACED_SCRIPTS):
            unspaced += 1
    return max(
        len(text.split()),
        -(-wide // wide_per_word) + -(-unspaced // UNSPACED_LETTERS_PER_WORD),
    )


# The first character of East Asian width "W" (U+1100, Hangul Jamo).
_FIRST_WIDE = "\u1100"
# Hangul's blocks (Jamo, compatibility Jamo, Jamo extended A, syllables and extended B): wide
# characters of a script that spaces its words, so the spaces count them, not the characters.
HANGUL = (("\u1100", "\u11ff"), ("\u3130", "\u318f"), ("\ua960", "\ua97f"), ("\uac00", "\ud7ff"))
# Scripts written without spaces between words, whose characters are not wide: Thai, Lao,
# Tibetan, Burmese (U+0E00 to U+109F) and Khmer; a text below U+0E00 has none of them.
_UNSPACED_SCRIPTS = (("\u0e00", "\u109f"), ("\u1780", "\u17ff"))
_FIRST_UNSPACED = _UNSPACED_SCRIPTS[0][0]


def is_unspaced_letter(char: str) -> bool:
    """Whether ``char`` is of a script written without spaces whose characters are not wide
    (Thai, Lao, Tibetan, Burmese, Khmer): a word there runs on into the next, and a label
    has no edge after it to test."""
    return any(low <= char <= high for low, high in _UNSPACED_SCRIPTS)


# A character ``str.isalnum`` accepts (regex's ``\w`` takes those and "_") at U+0E00 or
# above: the only ones ``word_count`` may count (wide ones start at U+1100).
_HIGH_WORD_CHAR = LazyPattern(rf"[^\W\x00-{chr(ord(_FIRST_UNSPACED) - 1)}]")
# Letters (vowel and tone marks apart) per word in those scripts: their words are mostly one
# or two syllables of one to three letters, so three is an estimate, rounded up per text.
UNSPACED_LETTERS_PER_WORD = 3
