"""What the line tests read character by character: a word with its marks, a digit, a sentence's
end (and whether a line or a paragraph closes as one), an e-mail address, a smiley drawn in
punctuation, the width of a wide script's text."""

from __future__ import annotations

from newsextract.labels import WORD_MARKS
from newsextract.lazy_regex import LazyPattern

EMAIL = LazyPattern(r"[\w.+-]+@[\w-]+\.[\w.]+")


# A word with its combining marks: an Indic vowel sign or virama goes on with the word
# ("वर्मा" is one word, not three that push a byline's count past a date line's).
WORD = LazyPattern(rf"[\w{WORD_MARKS}]+")
DIGIT = LazyPattern(r"\d")


# A sentence's closing mark at a line's end (Latin, CJK, Devanagari, Urdu, Ethiopic,
# Armenian and Burmese full stops, "!" and "?" with their full-width and Arabic forms), before
# a closing quote or bracket (CJK's corner quotes too): a time of day in words of a line's own
# that closes so is told by a sentence ("Fundurin endaði kl. 18.40."); a stamp is no sentence
# ("Posted 18:40").
SENTENCE_END = LazyPattern(r"[.!?。．！？؟।۔።։။][\"”’»)」』）]?\s*$")
# A character of the wide scripts (CJK ideographs, kana, hangul) carries about as much as
# three Latin letters (as ``scoring`` weighs them): "人吉市" is a name as long as "Hitoyoshi".
WIDE = "\u2e80"
# Written as the characters not below it: the same set, and the regex compiler walks the
# 11,904 characters below it (1 ms) instead of the 62,000 BMP ones above (5 ms at import).
_WIDE_CHARS = LazyPattern(f"[^\x00-{chr(ord(WIDE) - 1)}]")
_WIDE_WEIGHT = 3


def latin_width(text: str) -> int:
    """``text``'s length in Latin letters: a wide character (CJK, kana, hangul) counts as
    ``_WIDE_WEIGHT``."""
    if text.isascii():
        return len(text)  # no wide character: the common case, found by a flag
    wide = len(_WIDE_CHARS.findall(text))  # in C: max() and a generator built a str a char
    return len(text) + (_WIDE_WEIGHT - 1) * wide


# A smiley drawn in punctuation alone on its line (":)", ";-)", "^^", "<3"): a blog
# post's closing word to its readers, written by hand, not a rule or an icon's glyph.
_SMILEY = LazyPattern(r"\s*(?:[:;=][-'^o]?[)(\]\[|/\\*]+|\^_?\^|<3+|\(:|\(;)\s*")


def is_smiley(text: str) -> bool:
    """Whether ``text`` is a smiley alone (``_SMILEY``): a line without a word that is text."""
    return _SMILEY.fullmatch(text) is not None


def ends_as_sentence(text: str) -> bool:
    """Whether a line closes with a sentence's closing mark (``SENTENCE_END``)."""
    return SENTENCE_END.search(text) is not None


# Thai and Lao close a sentence with no mark (a space parts their sentences, the paragraph's
# end closes its last): a paragraph ending in a letter of theirs (a vowel or tone mark
# included, their figures not) ends as a sentence.
_UNMARKED_SENTENCES = ("\u0e00", "\u0eff")


def closes_sentence(text: str) -> bool:
    """Whether a paragraph closes as a sentence: with a sentence's closing mark
    (``ends_as_sentence``), or in a script that writes none (``_UNMARKED_SENTENCES``)."""
    last = text.rstrip()[-1:]
    low, high = _UNMARKED_SENTENCES
    return ends_as_sentence(text) or (low <= last <= high and not last.isdigit())
