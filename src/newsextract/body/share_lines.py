"""Share and comment prompts: a label and a few words ("Partager sur Facebook", "12
Comments"), a bar of share channels, a prompt that puts its verb last, a label run on into its
words in a script written without spaces."""

from __future__ import annotations

import functools
import re

from newsextract.body.characters import WORD, latin_width
from newsextract.label_lists import LabelList
from newsextract.labels import alternation, starts_with
from newsextract.lazy_regex import LazyPattern
from newsextract.text import is_unspaced_letter, word_count

# A share or comment prompt: its label and a few words more ("Partager sur Facebook",
# "Kommentare (12)"); a single-word label followed by a sentence may be prose ("Teilen
# der Stadt …").
_SHARE_EXTRA_WORDS = 4


# A count before a comment or share label is the counter a post's meta line shows ("12
# Comments", "23 komentarze"): the label ends the line.
_COUNT = LazyPattern(r"^\W*\d[\d.,]*\s+")


def is_share_line(text: str, *, labelled: bool = True) -> bool:
    """``labelled``: the line may open with a label (``_opening_label``); when it cannot,
    its share or comment label is only looked for after a count."""
    count = None if text[:1].isalpha() else _COUNT.match(text)  # most lines open with a word
    if count is not None:
        rest = text[count.end() :]
        label = starts_with(LabelList.SHARE, LabelList.COMMENTS).match(rest)
        if label is not None and not WORD.search(rest, label.end()):
            return True
    match = starts_with(LabelList.SHARE, LabelList.COMMENTS).match(text) if labelled else None
    if match is None:
        return _is_share_bar(text) or _share_prompt_verb_last(text)
    # A label of more words before the channels ("Partilhe este artigo: Facebook X …") is
    # still a share bar.
    return (
        " " in match.group(0).strip()
        or len(text[match.end() :].split()) <= _SHARE_EXTRA_WORDS
        or _is_share_bar(text)
    )


# A share prompt in a language that puts the verb last, in a script without Latin letters
# ("このニュースをシェア", "기사 공유하기", "ይህንን ዜና ለወዳጆችዎ ያጋሩ"), ends with the share word:
# a line this short that does is a prompt. (Latin-script lines are left out: "Market share"
# is a heading.) Short in Latin letters, by script (``latin_width``: a CJK character weighs
# three, so sixteen of them as before), and in words: an Ethiopic or Burmese prompt of four
# words is eighteen characters, a noun phrase ending in "shares" is longer.
_VERB_LAST_PROMPT_WIDTH = 48
_VERB_LAST_PROMPT_WORDS = 4


def _share_prompt_verb_last(text: str) -> bool:
    if latin_width(text) > _VERB_LAST_PROMPT_WIDTH or any("a" <= c.lower() <= "z" for c in text):
        return False
    if len(text.split()) > _VERB_LAST_PROMPT_WORDS:
        return False
    return _share_at_end().search(text) is not None


# A share or read-more label in a script written without spaces (Thai, Lao, Khmer, Burmese,
# Tibetan) runs on into the words after it ("แชร์ข่าวนี้", share this news; "อ่านข่าวที่
# เกี่ยวข้องทั้งหมด", read all the related news): no edge after it to test. A line opening so
# is the label's prompt when at most this many words follow (``word_count``'s words of
# letters, as ``_SHARE_EXTRA_WORDS`` counts them between spaces); a sentence is longer.
_GLUED_LABEL_REST_WORDS = 3
# Thai's first letter: a line opening on a letter below it (most lines) has no such label.
_FIRST_UNSPACED_LETTER = "\u0e00"
_OPENING_MARKS = LazyPattern(r"\W*")


def is_glued_label_line(text: str) -> bool:
    """Whether a line opens with a share or read-more label run on into a few words."""
    first = text[:1]
    if first < _FIRST_UNSPACED_LETTER and first.isalnum():
        return False  # most lines: a letter or digit of another script opens them
    marks = _OPENING_MARKS.match(text)
    assert marks is not None  # it matches the empty string
    if not is_unspaced_letter(text[marks.end() : marks.end() + 1]):
        return False
    label = _glued_label().match(text)
    return label is not None and word_count(text[label.end() :]) <= _GLUED_LABEL_REST_WORDS


@functools.cache
def _glued_label() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.SHARE, LabelList.READ_MORE)}", re.IGNORECASE)


@functools.cache
def _share_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(LabelList.SHARE)})\W*$", re.IGNORECASE)


# The channels a share bar offers: brand names, no language's words ("email" and "print"
# label the same buttons in English-language templates worldwide).
_SHARE_CHANNELS = frozenset(
    ["facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
     "email", "e-mail", "mail", "messenger", "xing", "flipboard", "pocket", "threads",
     "bluesky", "mastodon", "tumblr", "vk", "line", "viber", "print", "copy", "sms"]
)  # fmt: skip
# A share bar names at least three channels, and they are half its words besides figures
# (a date or a share count beside the buttons: "03 May 2025 Facebook Email WhatsApp 4").
_SHARE_BAR_CHANNELS = 3


# A share bar is a few buttons: more words than this is a line of text.
_SHARE_BAR_WORDS = 16


def _is_share_bar(text: str) -> bool:
    parts = text.lower().split()  # in C: most lines fail the length or the channel test
    if not _SHARE_BAR_CHANNELS <= len(parts) <= _SHARE_BAR_WORDS or _SHARE_CHANNELS.isdisjoint(
        parts
    ):
        return False
    words = [w for w in (p.strip(_PUNCTUATION) for p in parts) if w and not w.isdecimal()]
    channels = sum(1 for w in words if w in _SHARE_CHANNELS)
    return channels >= _SHARE_BAR_CHANNELS and 2 * channels >= len(words)


_PUNCTUATION = ".,;:!?|·•()[]"
