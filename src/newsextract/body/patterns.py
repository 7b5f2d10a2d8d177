"""Generic, multilingual knowledge about page furniture: tags, class names and lines.

Nothing here names a site: these are the words that templates in many languages use for
navigation, sharing, teasers, ads and credits, so a block or container carrying them is
boilerplate on any site. The line tests with a module of their own: ``class_names``,
``credit_lines``, ``date_lines``, ``prompts``, ``about_lines`` and the ``characters`` they
share.
"""

from __future__ import annotations

import functools
import re
import string

from ahocorasick_rs import AhoCorasick

from newsextract.body.characters import (
    DIGIT,
    EMAIL,
    SENTENCE_END,
    WORD,
    latin_width,
)
from newsextract.body.credit_lines import (
    CREDIT_MARKS,
    credit_tail,
)
from newsextract.body.date_lines import (
    DATELINE,
    date_name_sets,
    is_dateline,
)
from newsextract.body.prompts import (
    prompt_patterns,
    prompt_search,
)
from newsextract.dates import ascii_digits, find_text_date
from newsextract.label_lists import LabelList
from newsextract.label_openers import UNKNOWN, FirstLetterOpeners
from newsextract.labels import (
    LABEL_COLONS,
    LABEL_END,
    agency_line,
    alternation,
    news_agencies,
    picture_agencies,
    starts_with,
    view_counts,
    words,
)
from newsextract.lazy_regex import LazyPattern
from newsextract.regex_words import first_characters, longest_first, word_alternation
from newsextract.text import is_unspaced_letter, word_count

# Subtrees never read: no article text lives in them, and skipping them saves the walk.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "video", "audio", "canvas", "map", "button", "select", "input", "textarea", "label",
        "option", "nav", "aside", "footer", "figure", "figcaption", "picture", "img", "head",
        "title", "meta", "link", "dialog", "source", "track", "menu", "fieldset", "legend",
        "#comment", "area", "param", "noembed", "noframes", "frame", "frameset", "applet",
        "progress", "meter", "output", "datalist", "slot", "portal", "time-ago",
        # AMP's components that hold an ad, an embed, a player, a share button, a menu or a
        # consent layer: what they show is the component's (an ad's "failed to load"
        # fallback), never the article's. ``amp-img`` and ``amp-list`` may hold text.
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel",
        "amp-consent", "amp-user-notification", "amp-social-share", "amp-sidebar",
        "amp-iframe", "amp-video", "amp-youtube",
        # a scrolling ticker ("<marquee>Minister resigns</marquee>", old sites' breaking-news
        # rows): a deprecated element kept for tickers alone, never a story's text
        "marquee",
        # a ruby's reading over its characters ("<ruby>大雨<rt>おおあめ</rt></ruby>" on a
        # page for learners) and the brackets around it: a note on the text, not its words
        "rt", "rp",
    }
)  # fmt: skip
# The same two read inside a paragraph read whole: left out of its text.
RUBY_NOTES = frozenset({"rt", "rp"})

# Elements whose whole text is one paragraph-level block.
LEAF_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"})

# Inline elements: their text joins the running paragraph of the enclosing block.
INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
        "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub",
        "sup", "time", "tt", "u", "var", "wbr", "del", "ins", "strike", "big", "nobr", "#text",
    }
)  # fmt: skip

HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


# The weights of ``class_weight`` in the order they win: a name is as strong as its
# strongest word, and a body-ish word outranks any boilerplate one.
_WEIGHT_ORDER = (2, -2, -1, 1)


# Lines that are furniture whatever their container: ad labels, read-more links, credits,
# bylines, source and tag lines, share prompts. Only tested on short blocks.
@functools.cache
def _label_line() -> re.Pattern[str]:
    """An ad's or a widget's label alone on a line ("Advertisement", "Reklam", "Up next"),
    or labels only: an ad slot's label and its "the story continues below" line in one
    block ("Publicidad / La noticia continúa tras la publicidad")."""
    labels = alternation(LabelList.AD_LABELS, LabelList.WIDGETS)
    return re.compile(rf"^\W*{labels}(?:\W+{labels})*\W*$", re.IGNORECASE)


# An ad label set off before a few words is a disclosure ("Anzeige, enthält Affiliate
# Links", "Advertisement | Partner content"): at most a short line, a sentence is text.
_DISCLOSURE = 60


@functools.cache
def _disclosure_line() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.AD_LABELS)}\s*[,:|–—-]\s*\w", re.IGNORECASE)


# An excerpt of another page: text cut off by an ellipsis before a read-more link, or a
# read-more link with an ellipsis or arrow after it ("… Weiterlesen …", "[…] Read more »").
@functools.cache
def _excerpt_end() -> re.Pattern[str]:
    phrase = alternation(LabelList.READ_MORE)
    return re.compile(
        rf"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*{phrase}\W*$|\b{phrase}\s*(?:…|\.\.\.|»|→|›|>>)\W*$",
        re.IGNORECASE,
    )


def is_excerpt(text: str, links: int) -> bool:
    """Whether a block with links is another page's excerpt ending in its read-more link."""
    if links <= 0:
        return False
    tail = text[-_EXCERPT_TAIL:]
    # Every match holds one of the marks (a scan in C each; few blocks end with one, and the
    # search tried every read-more phrase at every position: 17 µs a linked block).
    return any(mark in tail for mark in _EXCERPT_MARKS) and _excerpt_end().search(tail) is not None


# A summary of another page closing with its read-more link and no ellipsis ("Gets the
# type's id. <a href=…>Read more</a>", a reference's inherited member): the link is the
# block's last words and its only one, a read-more label of the data; the block is a
# sentence or two at most (an article's paragraph ending with such a link is longer).
_SUMMARY_OF_ELSEWHERE = 160
# The marks a read-more link's words may carry ("Read more »", "Weiterlesen →").
_READ_MORE_MARKS = " \u00a0»›→>.:"


def is_summary_of_elsewhere(text: str, links: int) -> bool:
    """Whether a short block's only link closes it with a read-more label: another page's
    summary (see ``_SUMMARY_OF_ELSEWHERE``), no sentence of this one. Read off the block's
    last ``links`` characters, which are the link's when it closes the block."""
    if not 0 < links < len(text) or len(text) > _SUMMARY_OF_ELSEWHERE:
        return False
    tail = text[-links:]
    if tail[:1].isalnum() and text[-links - 1 : -links].isalnum():
        return False  # the tail starts inside a word: the link is elsewhere in the block
    label = tail.strip(_READ_MORE_MARKS).lower()
    if label not in _read_more_labels():
        return False
    return ends_as_sentence(text[:-links].rstrip())


@functools.cache
def _read_more_labels() -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in words(LabelList.READ_MORE))


# The marks around an excerpt's read-more link, one of which every match of
# ``_excerpt_end`` holds ("[…]" and "[...]" hold the first two).
_EXCERPT_MARKS = ("…", "...", "»", "→", "›", ">>")


# The end of a block searched for a read-more link: the longest phrase and its marks.
_EXCERPT_TAIL = 80


# A read-more word set off by a comma before a clause of its own is a sentence's first word
# ("Subscribe, she tells visitors, and you get a card", "Related, but apart, is …"): a
# label's ask after a comma is a few words ("Sign up, it's free").
_CLAUSE_AFTER_COMMA = 7


@functools.cache
def _read_more_line() -> re.Pattern[str]:
    return re.compile(
        rf"^\W*{alternation(LabelList.READ_MORE)}{LABEL_END}"
        rf"(?!,(?:\s+\S+){{{_CLAUSE_AFTER_COMMA}}})",
        re.IGNORECASE,
    )


# A longer read-more line is a teaser headline only when the label is set off (":", "|").
@functools.cache
def _read_more_label() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.READ_MORE)}\s*[:：|>»]", re.IGNORECASE)


# A caption closing with its picture's credit in brackets, a name and a picture agency or
# stock library set off by a slash ("(mlharing / iStock.com)", "(AP Photo/Jane Roe)"): the
# bracket holds at most this many characters. A bracket with no slash is an abbreviation as
# often ("Environmental Protection Agency (EPA)").
_BRACKETED_PICTURE_CREDIT = 60


def _is_bracketed_picture_credit(text: str) -> bool:
    if text[-1:] not in (")", "）"):
        return False
    opening = max(text.rfind("("), text.rfind("（"))
    inside = text[opening + 1 : -1]
    if opening < 0 or len(inside) > _BRACKETED_PICTURE_CREDIT or "/" not in inside:
        return False
    return _picture_agency().search(inside) is not None


@functools.cache
def _picture_agency() -> re.Pattern[str]:
    names = "|".join(map(re.escape, longest_first(picture_agencies())))
    return re.compile(rf"(?<![^\W_])(?:{names})(?![^\W_])", re.IGNORECASE)


_CREDIT_MARK_LIST = (":", *sorted(CREDIT_MARKS))


# A line closing with a credit under a label of the language data ("… Fotó: MTI/Kovács",
# "… Φωτογραφία: Eurokinissi", "… 写真：共同"): the label and the name fit in this many
# characters at the line's end, where the credit is looked for.
_LABELLED_CREDIT_TAIL = 100


def _is_labelled_credit(text: str) -> bool:
    """Whether a short line closes with a picture's (or another contributor's) credit under
    a label of the language data: a caption set as a paragraph of its own, outside
    ``<figure>``, with its credit ("Egy HÉV-szerelvény az Örs vezér terén. Fotó: MTI/X").
    The English and German labels ``credit_tail`` reads; this reads every language's.

    Read from the last mark on: the words before it are looked up (one to three, the
    longest label's), the credit after it is a name or two without a sentence's mark; an
    abbreviated label ("Fot. PAP/…") is looked for as written. No regex of every language's
    labels is run over the line (it took two thirds of the furniture test's time)."""
    start = len(text) - _LABELLED_CREDIT_TAIL
    # The marks' last places in the tail alone (one before it is no credit's either way), by
    # C calls; an ASCII tail (a flag) can hold only the ASCII marks.
    lo = max(0, start)
    tail = text[lo:] if lo else text
    if tail.isascii():
        at = max(tail.rfind(":"), tail.rfind("="))
    else:
        at = max(map(tail.rfind, _CREDIT_MARK_LIST))
    at = at + lo if at >= 0 else -1
    if at >= 0 and at >= start and _is_credit_after(text[at + 1 :]):
        before = _CREDIT_WORD_SEPARATORS.split(text[max(0, start) : at].rstrip().lower())
        labels = _credit_labels()
        # a label ends with the word before the mark: one set lookup turns away the others
        if before[-1] in _credit_label_ends() and any(
            " ".join(before[-size:]) in labels for size in range(1, _LABEL_WORDS + 1)
        ):
            return True
    for label in _abbreviated_credit_labels():  # as written, capitalised or in capitals
        found = text.rfind(label, lo)
        if found >= 0 and found >= start and (found == 0 or not text[found - 1].isalnum()):
            return _is_credit_after(text[found + len(label) :])
    return False


# What sets a label off from the caption before it: spaces, brackets, slashes, bars and the
# full stops and commas of the scripts ("…ホーム。写真：共同", "…长江（图片来源：宜昌日报）").
_CREDIT_WORD_SEPARATORS = LazyPattern(r"[\s\[\](){}（）【】/|,;。、]+")
# A label is one to three words ("photo", "texto e fotos", "mpiga picha").
_LABEL_WORDS = 3
# A credit after its label: a name or two, no sentence's mark ("MTI/Koszticsák Szilárd").
_CREDIT_NAME = 80
_SENTENCE_MARK = LazyPattern(r"[.!?。！？]")


def _is_credit_after(after: str) -> bool:
    after = after.strip().rstrip(")]）】").strip()
    return 0 < len(after) <= _CREDIT_NAME and _SENTENCE_MARK.search(after) is None


@functools.cache
def _credit_labels() -> frozenset[str]:
    """The contributors' and credit labels of every language, lower case, each word joined
    by one space."""
    kinds = (LabelList.CONTRIBUTORS, LabelList.CREDIT)
    return frozenset(" ".join(w.lower().split()) for kind in kinds for w in words(kind))


@functools.cache
def _credit_label_ends() -> frozenset[str]:
    """The last word of each of ``_credit_labels``: the word before a time's colon ("3" of
    "5 March 2021, 3:07"), as most before a colon, ends none."""
    return frozenset(label.rpartition(" ")[2] for label in _credit_labels())


@functools.cache
def _abbreviated_credit_labels() -> tuple[str, ...]:
    """The labels the data writes with their full stop, taking no colon (Polish "fot."), as
    written, capitalised and in capitals: looked for with ``str.rfind``, which is ten times
    faster than a regex search of the line."""
    labels = [label for label in _credit_labels() if label.endswith(".")]
    return tuple(
        dict.fromkeys(f(label) for label in labels for f in (str, str.capitalize, str.upper))
    )


# A contact line is a label and one or two names beside their addresses ("Write to Jane
# Roe at … and John Smith at …" is nine words): a line with more words around an address is
# a sentence of the text ("Please do not file a public issue; instead send your report …").
_CONTACT_WORDS = 10
# A contact block set as lines (``<br>``): a label, a name, a telephone and an address, each
# a line ("Pressekontakt:\nMax Muster\nTel. 030 123\nE-Mail: presse@…"); each line is
# read as a contact line is, and an address block has no more than this many.
_CONTACT_LINES = 6


def _is_contact_line(text: str) -> bool:
    """Whether a block holding an address is a contact line, or a contact block of short
    lines (``_CONTACT_LINES``), rather than a sentence of the text that names one."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) <= _CONTACT_LINES and all(
        len(WORD.findall(EMAIL.sub(" ", line))) <= _CONTACT_WORDS for line in lines
    )


# A telephone number set as a line of its own, with at most a short label ("Tel.", "Telp:"):
# it opens as numbers to dial do, with "+", a trunk "0" or an area code in brackets, and
# holds eight digits or more ("0812 3456 7890", "+49 7131 55 20"); a figure ("1 234 567")
# opens otherwise.
_PHONE_LINE = LazyPattern(r"(?:[^\W\d]{1,6}\.?:?\s*)?(?:\+|0|\()[\d\s()./-]{7,}")
_PHONE_DIGITS = 8


def _is_phone_contact(text: str) -> bool:
    """Whether a block set as short lines (``<br>``) is a contact block giving a telephone
    number and no address ("Media contact:\nJane Roe\n0812 3456 7890"): two lines at
    least, as many as an address block's at most, the first a label closed by a colon (a
    venue's box in a review, its name, address and number, is the review's), each as short
    as a contact line's, none a sentence, one a telephone number."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _CONTACT_LINES or not lines[0].endswith((":", "：")):
        return False
    if any(len(WORD.findall(line)) > _CONTACT_WORDS or ends_as_sentence(line) for line in lines):
        return False
    return any(is_phone_line(line) for line in lines)


def is_phone_line(line: str) -> bool:
    """Whether a line is a telephone number with at most a short label (``_PHONE_LINE``)."""
    return (
        _PHONE_LINE.fullmatch(line) is not None
        and sum(char.isdigit() for char in line) >= _PHONE_DIGITS
    )


@functools.cache
def _byline_line() -> re.Pattern[str]:
    """A byline or a contributor's credit opening a line ("By …", "Par …", "Edited by …"), or
    such a label alone ("Autor*in:", its name in the next block)."""
    phrases = [*words(LabelList.BYLINE), *(w for w in words(LabelList.CONTRIBUTORS) if " " in w)]
    escaped = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in phrases), key=len, reverse=True)
    return re.compile(
        rf"^(?:{'|'.join(escaped)}){LABEL_END}(?::?\s+(?P<name>\S)|\W*$)", re.IGNORECASE
    )


# A full stop no name holds, of the scripts without letter case (CJK's "。" and full-width
# marks, the Devanagari danda, the Burmese, Ethiopic and Urdu full stops): a line closing on
# one after a byline's label and name is the story's first sentence run on after its credit
# ("记者 李明 报道：全市冬季义诊活动今天启动。"), whose case test cannot tell it. (Latin's "."
# closes initials: "By J. R. Smith Jr.")
_CASELESS_FULL_STOP = LazyPattern(r"[。．！？।။።۔][\"”’」』）)]?\s*$")


def _is_byline_line(text: str) -> bool:
    """A byline opens with its label and a name: a word in lower case after the label starts
    a sentence ("By the end of the module you should be able to:"), unless it is an agency
    written so ("von dpa"), and a figure there is a time or a count ("By 10 am"); a line
    closing on a caseless script's full stop is a sentence too."""
    if _CASELESS_FULL_STOP.search(text) is not None:
        return False
    match = _byline_line().match(text)
    if match is None or match["name"] is None:
        return match is not None
    if match["name"].isdecimal():
        return False  # a time, a date or a count follows ("By 10 am", "Von 8 bis 12 Uhr")
    if not match["name"].islower():
        # "By Saturday the pitch was…", "Von Montag an gilt…": a day or month, then a word
        # in lower case, is a sentence ("By April Smith" names someone).
        words = text[match.start("name") :].split(maxsplit=2)
        day = words[0].strip(".,;:").lower()
        return not (len(words) > 1 and day in date_name_sets()[0] and words[1][:1].islower())
    first = text[match.start("name") :].split(maxsplit=1)[0].strip(".,;:")
    return first in news_agencies()


# An update label before a sentence of at least this many words is the editor's note on the
# story ("Update: After this report was published, the council said …"), its text: a date
# line's label stands before a date or a few words ("Updated: yesterday at 10:40").
_UPDATE_NOTE_WORDS = 8
# Shorter, a sentence opened by a capital with no figure in it is a note too; three words
# at least, as a note says what changed ("The road reopened."), where "Updated: Today." dates.
_SHORT_UPDATE_NOTE_WORDS = 3


@functools.cache
def _update_label() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.UPDATED)}\s*[{LABEL_COLONS}]", re.IGNORECASE)


def _is_update_note(text: str) -> bool:
    """Whether a line opened by an update label is a sentence of the editor's, ended by
    its full stop (asked only of a line ``_credit_line`` matched)."""
    label = _update_label().match(text)
    if label is None or text.rstrip()[-1:] not in ".!。؟۔।":
        return False
    rest = text[label.end() :].strip()
    if word_count(rest) >= _UPDATE_NOTE_WORDS:
        return True
    # a short sentence of the editor's ("Update: The road has now reopened."): a capital
    # opens it and no figure is in it, where a date line's rest is a date or a time
    return (
        word_count(rest) >= _SHORT_UPDATE_NOTE_WORDS
        and rest[:1].isupper()
        and not any(c.isdigit() for c in rest)
    )


@functools.cache
def _credit_line() -> re.Pattern[str]:
    """A labelled credit, tag, category or date line ("Source:", "Foto:", "Schlagworte:",
    "Mis à jour :"), or a copyright line."""
    labels = alternation(
        LabelList.CREDIT,
        LabelList.CONTRIBUTORS,
        LabelList.TAGS,
        LabelList.CATEGORIES,
        LabelList.PUBLISHED,
        LabelList.UPDATED,
    )
    credits = alternation(LabelList.CREDIT, LabelList.CONTRIBUTORS)
    return re.compile(
        rf"^\W*(?:{labels}|copyright|©|\(c\))\s*[{LABEL_COLONS}|=]|^\W*(?:©|\(c\)|copyright\b)"
        # a credit's label set off by a spaced dash, as Burmese and others write it: "ဓာတ်ပုံ
        # - ဆုမွန်", "Foto – Jan Roe" (a tag or date label so set heads a line of the text)
        rf"|^\W*(?:{credits})\s+[-–—]\s+[^\W\d_]",
        re.IGNORECASE,
    )


# A category line without links: a category label, then a section's name or a few
# ("Filed under: Recipes", "Posted in Soups, Winter"). The label is set off by a colon, or is
# one of several words with a name in capitals after it: a one-word label opens sentences
# ("Category 4 storms …"), and so does a longer one before a word in lower case.
_CATEGORY_NAME_WORDS = 4  # a few short section names; more words are a clause


@functools.cache
def _category_line() -> re.Pattern[str]:
    labels = alternation(LabelList.CATEGORIES)
    return re.compile(
        rf"^\W*(?P<label>{labels}){LABEL_END}\s*(?P<colon>[{LABEL_COLONS}]?)\s*"
        rf"(?P<names>[^\W\d_][^.!?\d{LABEL_COLONS}]*?)\W*$",
        re.IGNORECASE,
    )


def category_line_names(text: str) -> tuple[str, ...]:
    """The section names a category line without links gives (see above), else ()."""
    match = _category_line().match(text)
    if match is None:
        return ()
    names = match["names"]
    if " " in names and (byline := _closing_byline().search(names)) is not None:
        person = byline["person"].split()
        if _PERSON_WORDS[0] <= len(person) <= _PERSON_WORDS[1] and all(
            word[0].isupper() for word in person
        ):
            names = names[: byline.start()]  # "Posted in Soups by Ada Stone": names end there
    if len(names.split()) > _CATEGORY_NAME_WORDS:
        return ()
    if not match["colon"] and (" " not in match["label"] or not names[:1].isupper()):
        return ()
    return tuple(name for part in _NAME_SEPARATORS.split(names) if (name := part.strip()))


# A byline closing a category line ("Posted in Soups by Ada Stone"): a byline label in lower
# case (a section's name is capitalised: "Words") before a person's name of two or three
# capitalised words, to the line's end ("Sopa de Tomate" names no one).
_PERSON_WORDS = (2, 3)


@functools.cache
def _closing_byline() -> re.Pattern[str]:
    """A byline label and the person's name closing a category line (every language's)."""
    return re.compile(rf"\s(?:{alternation(LabelList.BYLINE)})\s+(?P<person>[^\d]+)$")


_NAME_SEPARATORS = LazyPattern(r"[,;|·•/]")


# A share or comment prompt: its label and a few words more ("Partager sur Facebook",
# "Kommentare (12)"); a single-word label followed by a sentence may be prose ("Teilen
# der Stadt …").
_SHARE_EXTRA_WORDS = 4


# A count before a comment or share label is the counter a post's meta line shows ("12
# Comments", "23 komentarze"): the label ends the line.
_COUNT = LazyPattern(r"^\W*\d[\d.,]*\s+")


def _is_share_line(text: str, *, labelled: bool = True) -> bool:
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


def _is_glued_label_line(text: str) -> bool:
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


@functools.cache
def _all_rights() -> re.Pattern[str]:
    """A copyright notice's reservation ("all rights reserved", "alle rechte vorbehalten"),
    searched anywhere in a line the caller has put in lower case: a pattern without
    IGNORECASE lets the engine skip to the places where a phrase's first letter stands
    (2.1 µs a short line, against 5.6 with IGNORECASE and a lookahead)."""
    return re.compile(word_alternation({word.lower() for word in words(LabelList.RIGHTS_RESERVED)}))


@functools.cache
def _rights_words() -> AhoCorasick:
    """A word every match of ``_all_rights`` holds as written: each reservation's longest
    word (a space in it matches any white space). A line holding none of them (nearly
    every line) holds no reservation, which one pass of an Aho-Corasick automaton tells in
    less than half the time of the search. The search is built with it (by the warm-up)."""
    _all_rights()
    reservations = words(LabelList.RIGHTS_RESERVED)
    return AhoCorasick(sorted({max(w.lower().split(), key=len) for w in reservations}))


# A pagination line: at most this long ("« Previous page 1 2 3 4 5 … 12 Next page »"); a
# longer line of such words is a sentence about pages.
_PAGINATION_LINE = 80


@functools.cache
def _pagination_words() -> frozenset[str]:
    """Every language's words of a pagination line (``data/pagination.toml``)."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "pagination.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return frozenset(word for words in data.values() for word in words)


def is_pagination_line(text: str) -> bool:
    """Whether a short line is the article's page links, not its text: only page numbers
    and the words of pagination ("Page 2 of 3", "Seite 1 von 3 · Weiter »", "« Anterior 1 2
    3 Siguiente"), at least one of each: a number alone is a bare number, the words alone a
    link's label ("Next", "Weiter") that the line tests read by their own lists."""
    if len(text) > _PAGINATION_LINE or DIGIT.search(text) is None:
        return False
    known = _pagination_words()
    numbers = words = 0
    for match in WORD.finditer(text.lower()):  # a line of text fails at its first word
        token = match[0]
        if token.isdigit():
            numbers += 1
        elif token in known:
            words += 1
        else:
            return False
    return numbers > 0 and words > 0


# A sort control's line: its label, a colon and the order chosen ("Sorted by: Highest score",
# "Sortieren nach: Neueste zuerst"); a longer line is a sentence about an order.
_SORT_LINE = 50


@functools.cache
def _sort_control() -> re.Pattern[str]:
    """A sort control's label opening a line, then a colon (``data/sorting.toml``)."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "sorting.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    labels = word_alternation(label for found in data.values() for label in found)
    return re.compile(rf"\W*{labels}\s*:", re.IGNORECASE)


# The longest line ``is_pagination_line``, ``is_sort_control`` or ``is_rating_scale`` reads: a
# caller's test of a line's length before any of the calls (most of the text's lines are longer).
PAGE_CONTROL_LINE = max(_PAGINATION_LINE, _SORT_LINE)


def is_sort_control(text: str) -> bool:
    """Whether a short line is a list's sort control ("Sorted by: Highest score")."""
    return ":" in text and len(text) <= _SORT_LINE and _sort_control().match(text) is not None


# A rating scale's ask and its buttons ("Rate this service: 1 2 3 4 5", "Оцініть якість
# послуги: 12345", "Vota: 1 2 3"): a label closed by a colon, then the scale's points counted
# from one, three to ten of them, and nothing else. A text's line never ends with the run.
_RATING_SCALE = LazyPattern(
    r"[^\d:：]{3,60}[:：]\s*1\s*2\s*3(?:\s*4(?:\s*5(?:\s*6(?:\s*7(?:\s*8(?:\s*9(?:\s*10)?)?)?)?)?)?)?\s*"
)


def is_rating_scale(text: str) -> bool:
    """Whether a short line is a rating scale's ask and its numbered buttons."""
    return len(text) <= _PAGINATION_LINE and _RATING_SCALE.fullmatch(text) is not None


# A template's unfilled slot left in the text: "$$ARTICLEAD$$", "{{ad_slot}}", "[[AD]]".
_PLACEHOLDER = LazyPattern(r"^(?:\$\$|\{\{|\[\[|%%)\s*[\w.:-]+\s*(?:\$\$|\}\}|\]\]|%%)$")


@functools.cache
def _prompt_searches() -> tuple[re.Pattern[str], ...]:
    """Every prompt search compiled (what the warm-up builds)."""
    return tuple(prompt_search(index) for index in range(len(prompt_patterns())))


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


# A teaser is a label and a headline (a headline rarely passes 100 characters, with a
# standfirst some 300): a longer block is text.
_TEASER_MAX = 300
# Three " | " bars make a row of links or a programme note, not a sentence.
_LINK_LIST_BARS = 3
# A teaser link set off by a label or an arrow: "READ MORE | headline", ">> Hier finden Sie".
_TEASER_LABEL = LazyPattern(r"^\s*([^:：|»>\d]{2,40}?)\s*[:：|»>]")
_TEASER_ARROW = LazyPattern(r"^\s*(?:>>|»|→|►|▶)")
_TEASER_LINKS = 0.4


def is_teaser_link(text: str, links: int) -> bool:
    """Whether a short block is a link to another story under an upper-case label or an
    arrow (the label's language does not matter: "READ MORE |", "LEIA TAMBÉM:")."""
    if len(text) > _TEASER_MAX or links < _TEASER_LINKS * len(text):
        return False
    if _TEASER_ARROW.match(text):
        return True
    label = _TEASER_LABEL.match(text)
    return label is not None and label.group(1).isupper()


# A list of names after a label in running text ("宮崎県：高鍋町、新富町、宮崎市", "Affected
# districts: Mayur Vihar, Yamuna Bazar"): sites link each place, company or person named to
# its topic page, so the line is mostly links, yet it is the article's content. The label
# is a few words (the longest a line's opening label runs, as ``_TEASER_LABEL``); a name is
# a few words too, in Latin-script characters (a teaser's headline is longer), set off by a
# list's separator of any script (the ideographic, Arabic and Ethiopic commas, a semicolon,
# a middle dot).
_ENUMERATION_LABEL = 40
# A label names the list in a word or three ("Betroffene Orte", "상승 종목"); a longer lead-in
# is a phrase about the page ("Artikel abgelegt unter": its tags).
_ENUMERATION_LABEL_WORDS = 3
_ENUMERATION_NAME = 30
_LIST_SEPARATORS = ",，、;；・·،፣"
_LABELLED_LIST = LazyPattern(
    rf"\s*[^:：{_LIST_SEPARATORS}]{{1,{_ENUMERATION_LABEL}}}?\s*[:：]\s*(.+?)\s*[.。]?\s*"
)
_LIST_SEPARATOR = LazyPattern(rf"\s*[{_LIST_SEPARATORS}]\s*")


def is_labelled_enumeration(text: str, links: int) -> bool:
    """Whether a block is a label and a list of two or more names after it, the names
    linked and the label not (see ``_LABELLED_LIST``): a line of the text however dense
    in links. A furniture label ("Tags:", "Related:", "标签：") is still furniture:
    ``is_furniture_line`` reads the line after this test."""
    found = _LABELLED_LIST.fullmatch(text)
    if found is None or links > len(text) - found.start(1):
        return False
    if len(text[: found.start(1)].split()) > _ENUMERATION_LABEL_WORDS:
        return False
    names = _LIST_SEPARATOR.split(found.group(1))
    return len(names) >= 2 and all(0 < _name_width(name) <= _ENUMERATION_NAME for name in names)


def _name_width(name: str) -> int:
    """A name's length in Latin letters (see ``_WIDE_WEIGHT``); a colon makes it no name."""
    if ":" in name or "：" in name:
        return 0
    return latin_width(name)


# A note that the text is a (machine) translation of another article: its opening, a
# phrase of the language data, ends anywhere ("this article was translated" also opens
# "this article was translated from the German").
@functools.cache
def _translation_note() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.TRANSLATION_NOTES)}", re.IGNORECASE)


# Lengths past which a line is read as prose, not as the furniture each test looks for:
# a label line is at most a long tweet; a read-more or credit line, a byline and a date line
# are a few words each (a sentence about a photo, an author or a date is article text).
_FURNITURE_LINE = 160
_READ_MORE_OR_CREDIT = 100
#: The length of a dateline at most (a paragraph classed as one that is longer holds prose).
DATELINE_CHARS = DATELINE
_BYLINE_LINE = 80


# What sets a meta line's parts off: bars, and the middle dots WordPress themes print
# ("12 grudnia 2026 przez Anna Wiśniewska · 23 komentarze").
_META_PARTS = LazyPattern(r" [|·] ")


def _furniture_parts(text: str) -> bool:
    """A post's meta line, its parts set off by bars or dots: "March 5, 2020 at 8:45 AM |
    categories: Python | View Comments" is furniture when most of its parts are."""
    parts = _META_PARTS.split(text)
    furniture = sum(1 for part in parts if is_furniture_line(part))
    if 2 * furniture > len(parts):
        return True
    # Beside a part of furniture, the others may be tallies ("Waktu baca 2 menit · Dibaca
    # 1.204 kali", a reading time and a count of readers): a number and a word or two.
    return furniture > 0 and all(is_furniture_line(part) or _is_tally(part) for part in parts)


# A tally in a meta line: a number among at most this many words ("1.204 views", "Dibaca
# 1.204 kali", "23 комментария"); a longer part is a phrase of the text.
_TALLY_WORDS = 3


def _is_tally(part: str) -> bool:
    """Whether a meta line's part is a count: a number and at most two words, no more."""
    split = part.split()
    return len(split) <= _TALLY_WORDS and any(DIGIT.match(word) for word in split)


def is_furniture_line(text: str, *, list_item: bool = False) -> bool:
    """Whether a short block is an ad label, a read-more/share prompt, a byline, a credit
    or caption, a contact line or a date line (``list_item``: read as a list's item, see
    ``is_dateline``)."""
    n = len(text)
    if n > _FURNITURE_LINE:
        # A translation note, or a read-more label ("Lire aussi :") in front of a long
        # teaser headline.
        return n <= _TEASER_MAX and (
            _translation_note().match(text) is not None
            or _read_more_label().match(text) is not None
        )
    bars = text.count(" | ")
    if bars >= _LINK_LIST_BARS:
        return True  # "Gold rate | Silver rate | Holidays": a row of links or a programme note
    if (bars or " · " in text) and _furniture_parts(text):
        return True
    # The tests of a label opening the line, only when one of their labels does.
    labelled = _opens_with_label(text)
    if labelled and (
        _translation_note().match(text)
        or _label_line().match(text)
        or (n <= _DISCLOSURE and _disclosure_line().match(text))
        or (
            n <= _READ_MORE_OR_CREDIT
            and (
                _read_more_line().match(text)
                or (_credit_line().match(text) and not _is_update_note(text))
            )
        )
        or _read_more_label().match(text)
        or (n <= _BYLINE_LINE and _is_byline_line(text))
        or (n <= _BYLINE_LINE and category_line_names(text))
    ):
        return True
    if _PLACEHOLDER.match(text):
        return True
    if n <= _READ_MORE_OR_CREDIT and (
        _is_share_line(text, labelled=labelled) or _is_glued_label_line(text)
    ):
        return True
    if (
        n <= _AGENCY_LINE_MAX
        and text.count(" ") < _AGENCY_LINE_WORDS
        and agency_line().fullmatch(text)
    ):
        return True
    if n <= _AGENCY_DATELINE_MAX and "," in text and _is_agency_dateline(text):
        return True
    if (
        n <= _READING_TIME_LINE
        and DIGIT.search(text)
        and _few_words(text)
        and _reading_time().search(text)
        and (not _LONG_NUMBER.search(text) or _long_number_is_a_date(text))
    ):
        return True
    if n <= _VIEW_TALLY_LINE and DIGIT.search(text) and _is_view_tally(text):
        return True
    if n <= _FOLLOW_LINE and DIGIT.search(text) and _is_followed_meta_line(text):
        return True
    # Each pattern needs its character ("Photo: X", "X | AFP", "a@b.c"): a cheap test first.
    if (":" in text or "|" in text or "©" in text) and credit_tail().search(text):
        return True
    if _is_labelled_credit(text) or _is_bracketed_picture_credit(text):
        return True
    if "@" in text and EMAIL.search(text) and _is_contact_line(text):
        return True
    if "\n" in text and _is_phone_contact(text):
        return True
    if n <= DATELINE and is_dateline(text, list_item=list_item):
        return True
    # (A line naming cookies or JavaScript was furniture too: it paid on no half of any set
    # and cut recipe headings, "Chocolate chip cookies".)
    lower = text.lower()
    return bool(_rights_words().find_matches_as_indexes(lower)) and (
        _all_rights().search(lower) is not None
    )


# The label lists whose tests above read a label opening the line, each label followed by
# a mark, a space or the line's end (the byline's, the credit's, the ad label's, the
# read-more and share labels'): a line opening with none of them skips those tests.
_OPENING_LABELS = (
    LabelList.AD_LABELS, LabelList.WIDGETS, LabelList.READ_MORE, LabelList.CREDIT,
    LabelList.CONTRIBUTORS, LabelList.TAGS, LabelList.CATEGORIES, LabelList.PUBLISHED,
    LabelList.UPDATED, LabelList.BYLINE, LabelList.SHARE, LabelList.COMMENTS,
)  # fmt: skip


# The tests ``_opening_label`` gates (with ``starts_with`` of the share and comment labels).
_GATED_LABEL_TESTS = (
    _translation_note, _label_line, _disclosure_line, _read_more_line, _credit_line,
    _read_more_label, _byline_line, _category_line,
)  # fmt: skip


def build_gated_tests() -> None:
    """Build the tests ``_opening_label`` gates, and the gate, its regexes of the labels
    opening with each label's first letter (``_OPENERS``): what the warm-up runs so that
    no page pays for their compilation (75 ms, 40 of them the credit line's) when its line
    is the process's first to pass the gate."""
    for gated in _GATED_LABEL_TESTS:
        gated()
    starts_with(LabelList.SHARE, LabelList.COMMENTS)
    # The first letters in their cases, and the ASCII letters and digits: the characters
    # most lines open with.
    _OPENERS.build(string.ascii_letters + string.digits)


# What ``_opening_label`` reads before a label: the marks opening the line.
_LEADING_MARKS = LazyPattern(r"\W*")
# The rest of a "(c)" whose bracket closes those marks.
_C_CLOSED = LazyPattern(r"c\)", re.IGNORECASE)


def _opens_with_label(text: str) -> bool:
    """``_opening_label().match(text) is not None``, without that regex (26,800 characters,
    60 ms to compile). Every label and note opens with a word character (``\\w``: what
    ``isalnum`` or "_" is; ``_opening_words`` makes sure), so past the marks opening the
    line the labels can match only at the first word character, and only those whose first
    letter is that character in some case: its regex of those labels alone (``_OPENERS``),
    where the whole gate tries the branches of a few hundred first letters one by one
    (2.4-4.9 µs a line). Among the marks, only the other alternatives can: a "©", or a
    "(c)" whose bracket is the last of them."""
    start = 0
    char = text[:1]
    if not (char.isalnum() or char == "_"):
        marks = _LEADING_MARKS.match(text)
        assert marks is not None  # it matches the empty string
        start = marks.end()
        if "©" in marks.group() or (
            text[start - 1 : start] == "(" and _C_CLOSED.match(text, start) is not None
        ):
            return True
        char = text[start : start + 1]
        if not char:
            return False
    match = _OPENERS.openers.get(char, UNKNOWN)
    if match is UNKNOWN:
        match = _OPENERS.look_up(char)
    return match is not None and match(text, start) is not None


def _opening_words() -> list[str]:
    """The gate's labels and translation notes ("copyright" among them), each opening with a
    word character (what ``_opens_with_label`` relies on)."""
    found = [w for kind in (*_OPENING_LABELS, LabelList.TRANSLATION_NOTES) for w in words(kind)]
    found.append("copyright")
    if not all(w[:1].isalnum() or w[:1] == "_" for w in found):
        raise ValueError("a label or translation note opening with a mark")
    return found


@functools.cache
def _opening_words_by_first() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The gate's labels, and its notes with "copyright", by their first letter."""
    labels: dict[str, list[str]] = {}
    notes: dict[str, list[str]] = {}
    for word in (w for kind in _OPENING_LABELS for w in words(kind)):
        labels.setdefault(word[0], []).append(word)
    for word in (*words(LabelList.TRANSLATION_NOTES), "copyright"):
        notes.setdefault(word[0], []).append(word)
    return labels, notes


def _opener_of(firsts: frozenset[str]) -> re.Pattern[str]:
    """The gate's regex of the labels and notes opening with ``firsts``, with their endings
    (shared by the characters that open the same ones: "p" and "P")."""
    by_first, notes_by_first = _opening_words_by_first()
    labels = [w for first in firsts for w in by_first.get(first, ())]
    notes = [w for first in firsts for w in notes_by_first.get(first, ())]
    branches = [rf"{word_alternation(labels)}(?![^\W_])"] if labels else []
    branches += [word_alternation(notes)] if notes else []
    return re.compile("|".join(branches), re.IGNORECASE)


# The gate's regex of a line's first character.
_OPENERS = FirstLetterOpeners(_opening_words, _opener_of)


@functools.cache
def _opening_label() -> re.Pattern[str]:
    """Whether a line may open with a label of ``_OPENING_LABELS`` (or a translation note's
    opening, or a copyright sign): what every label test of ``is_furniture_line`` needs
    first, in one search of their labels' tree, so that most lines (which open with none)
    skip ten searches. It matches every line one of those tests matches, and more (a label
    followed by a mark a test does not take). The tests it gates are built on first use, by
    the first line that passes it, or by the warm-up (``build_gated_tests``): a process that
    extracts a page without the warm-up pays for them (130 ms, 55 of them the credit
    line's) only when one of its lines opens with a label. ``_opens_with_label`` answers
    as it does without compiling it: this is the gate's definition, which tests hold it to."""
    labels = alternation(*_OPENING_LABELS)
    notes = alternation(LabelList.TRANSLATION_NOTES)
    return re.compile(rf"^\W*(?:{labels}(?![^\W_])|{notes}|copyright|©|\(c\))", re.IGNORECASE)


# A line that is an agency's name alone, behind a dash or in brackets ("— Reuters",
# "(MTI)", "-- AFP"): the story's credit, set after its last paragraph. Agencies' names are
# short; this bounds the test to such lines.
_AGENCY_LINE_MAX = 40
# ... and a few words: a dash and a name of up to three words ("— Europa Press").
_AGENCY_LINE_WORDS = 4
# A wire story's dateline on a line of its own: the agency, a comma and the place in capitals
# ("AFP, PORT ELLIS", "EFE, VALDEMORA"), as wires write it; a place of a few words at most.
_AGENCY_DATELINE_MAX = 60
_DATELINE_PLACE_WORDS = 3


def _is_agency_dateline(text: str) -> bool:
    """Whether ``text`` is an agency's name (``agency_line``), a comma and a place written in
    capitals: the dateline the wire's copy opens with, no sentence of it (a place in
    ordinary case after a name is a line of the text, "Reuters, in London")."""
    head, _, place = text.rpartition(",")
    words = place.split()
    return (
        0 < len(words) <= _DATELINE_PLACE_WORDS
        and all(word.isupper() and len(word) > 1 for word in words)
        and agency_line().fullmatch(head) is not None
    )


# A reading-time line is a label and a number ("4 min read", "Lesedauer: 5 Minuten", "By
# Jane Roe · 6 min read"): at most a short line.
_READING_TIME_LINE = 60
# ... and a few words: a byline before it at most; a sentence naming a reading time is text.
# (A separator between the parts, "·", "/", "|", is no word: "Lesson 2 / 7 · 6 min read".)
_READING_TIME_WORDS = 7
# Minutes are one to three digits: a line with a longer number (a year, a count) says else.
_LONG_NUMBER = LazyPattern(r"\d{4}")


# A count of the page's or a post's views is a short line ("1,204 views", "Aufrufe: 312",
# "128 lượt xem"); one this long or longer says more, and is not tried.
_VIEW_TALLY_LINE = 40
# Words after the count that an element run on without a space may add ("128 lượt xemTheo
# dõi": a "Follow" link beside it); more are a phrase of the text ("3 visitas imprescindibles").
_VIEW_TALLY_REST = 2
# A count of views: "1,204", "1 204", "18.4K", "2M".
_VIEW_COUNT = r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?\s?[kKmM]?\+?"
# A post's stats row runs the view count on with its other tallies, each a number and at most
# one word ("48 views 0 comments 12": comments, likes): a phrase after a number is text.
_OTHER_TALLIES = LazyPattern(rf"(?:\s*{_VIEW_COUNT}(?:\s*[^\W\d]+)?)+\s*")


@functools.cache
def _view_tally() -> re.Pattern[str] | None:
    """A view count of the language files' ``view_counts`` opening a line, the count before
    its word or after it ("1,204 views", "Aufrufe: 312"); None when no file lists one."""
    found = view_counts()
    if not found:
        return None
    labels = "|".join(
        re.escape(word).replace(r"\ ", r"\s+") for word in sorted(found, key=len, reverse=True)
    )
    return re.compile(
        rf"(?:{_VIEW_COUNT}\s*(?:{labels})|(?:{labels})\s*:?\s*{_VIEW_COUNT})", re.IGNORECASE
    )


# A post's meta line ending in its writer's follow button: a name, the date and the label
# run on ("바다산책 2026. 12. 5. 18:20이웃추가", "Ana Ruiz · 3 dic 2026 · Seguir"); at most
# this long, and the name beside the date at most ``_FOLLOW_NAME_WORDS`` words, none in lower
# case (a clause that ends with "follow" is the text's).
_FOLLOW_LINE = 80
_FOLLOW_NAME_WORDS = 4


@functools.cache
def _follow_labels() -> tuple[str, ...]:
    """The follow buttons' labels of the language files' ``follow`` lists, in lower case (a
    tuple: ``str.endswith`` tries them all in one call)."""
    return tuple(sorted({word.lower() for word in words(LabelList.FOLLOW)}, key=len))


def _is_followed_meta_line(text: str) -> bool:
    """Whether ``text`` is a name and a date before a follow label, nothing else."""
    stripped = text.rstrip(" .!·|›»>")
    line, labels = stripped.lower(), _follow_labels()
    if not line.endswith(labels):
        return False
    label = max((word for word in labels if line.endswith(word)), key=len)
    head = ascii_digits(stripped[: len(stripped) - len(label)])
    date = find_text_date(head)
    if date is None:
        return False
    name = [word for word in head.replace(date, " ").split() if any(map(str.isalnum, word))]
    # A name's words open with a capital (or a script without case): "the others" is a clause.
    return len(name) <= _FOLLOW_NAME_WORDS and not any(word[0].islower() for word in name)


def _is_view_tally(text: str) -> bool:
    """Whether a line is a view count alone: nothing after it, or a few words an element
    ran on against it, which open with a capital ("128 lượt xemTheo dõi"); a word the count's
    word runs into ("3 viewpoints") or a phrase after a space is the text's."""
    pattern = _view_tally()
    match = pattern.match(text.strip()) if pattern is not None else None
    if match is None:
        return False
    rest = text.strip()[match.end() :]
    if not rest or _OTHER_TALLIES.fullmatch(rest):
        return True
    return (
        rest[0].isupper()
        and match.group().rstrip()[-1:].isalpha()
        and len(rest.split()) <= _VIEW_TALLY_REST
        and SENTENCE_END.search(rest) is None
    )


def _long_number_is_a_date(text: str) -> bool:
    """Whether every long number of a reading-time line is a date's (its year): a post's meta
    line gives its date beside its reading time ("3 dic 2026 · 2 min de lectura")."""
    date = find_text_date(text)
    return date is not None and not _LONG_NUMBER.search(ascii_digits(text).replace(date, " "))


def _few_words(text: str) -> bool:
    """Whether a line holds at most ``_READING_TIME_WORDS`` words, its separators aside
    (counted only when the line's parts are more)."""
    parts = text.split()
    return len(parts) <= _READING_TIME_WORDS or (
        sum(1 for part in parts if any(c.isalnum() for c in part)) <= _READING_TIME_WORDS
    )


# In a reading-time label of the data, the number's place when words stand on both sides of
# it ("อ่าน # นาที": "อ่าน 3 นาที", read 3 minutes): neither side alone is a label ("read").
_NUMBER_PLACE = "#"


@functools.cache
def _reading_time() -> re.Pattern[str]:
    """A reading-time label anywhere in the line: scripts without spaces write it against
    the number ("約3分で読めます"), so no word boundary is asked; a label written around the
    number ("Ανάγνωση σε 3 λεπτά") holds it between its words, up to three marks or spaces
    before it ("Lecture : 3 min") and a space after. The lookahead of first letters (in
    both cases, the search ignoring case) halves the search of a line without."""
    found = words(LabelList.READING_TIME)
    cased = {case(word[:1]) for word in found for case in (str.lower, str.upper)}
    plain = word_alternation(w for w in found if _NUMBER_PLACE not in w)
    around = [
        r"\W{0,3}\d{1,3}\s?".join(
            re.escape(side.strip()).replace(r"\ ", r"\s+") for side in w.split(_NUMBER_PLACE, 1)
        )
        for w in sorted(found, key=len, reverse=True)
        if _NUMBER_PLACE in w
    ]
    labels = "(?:" + "|".join([*around, plain]) + ")"
    return re.compile(first_characters(sorted(cased)) + labels, re.I)
