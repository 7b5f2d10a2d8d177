"""The visible headline: an ``<h1>``'s text as a reader sees it.

Elements split that text. "<span>Kicker</span><span>:</span> Headline" must read "Kicker:
Headline", yet a space the page itself writes before a colon ("« Zéro Déchet » : le
survêtement", French typography) is kept. A kicker (a topic line, "Dachzeile") set on a line
of its own inside the ``<h1>`` without punctuation after it ("<h1><small>Island</small><br>
Neue Fangquoten …</h1>") would glue two phrases into one that is no title at all ("Island
Neue Fangquoten …"): the headline is the line after it. A kicker the page separates with
punctuation ("Verkehr: Warten, bis der Bus kommt") stays: whether it belongs to the title
is the publisher's convention, which ``title.py`` reads from the structured titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from unicodedata import east_asian_width

from selectolax.lexbor import LexborNode

from newsextract.dates import find_text_date
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.title_agreement import MAX_KICKER_WORDS, MIN_BARE_HEADLINE_WORDS
from newsextract.text import PERMALINK_SIGNS, clean_text, is_unspaced_char, word_count

# Punctuation that closes on the word before it: no space is put between it and the element
# before it ("<span>Kicker</span><span>:</span>"); a slash joins a path's links on both sides
# ("<a>GettingStarted</a>/<a>Install</a>", a wiki page's name).
_CLOSING = tuple(":;,.!?)]»”’…/")
# Punctuation that opens on the word after it: no space is put after it ("(<abbr>WFP</abbr>)",
# "/<a>Install</a>").
# (Quotation marks that open in one language and close in another, “ and «, are left out.)
_OPENING = tuple("([{„¿¡/")
# A kicker ending with one of these is separated from the headline by the page itself.
_PUNCTUATED = LazyPattern(r"[:|–—·/•.!?\-]\s*$")
# A headline opening with one of these goes on from the kicker before it ("<span
# class='kicker'>Klima</span><span>: </span>Die Gletscher …").
_AFTER_KICKER = frozenset(":|–—·/•.!?-")
# Elements that set their text on a line of their own.
_BLOCKS = frozenset({"div", "p", "header", "section", "h2", "h3", "h4", "h5", "h6"})
# A kicker is the first of few parts (kicker, line break, headline, badge); an <h1> made of
# more (a word per element, for an animation) has none.
MAX_PARTS_WITH_KICKER = 4


# Longer than this, an <h1>'s text is no headline (a broken page's <h1> wrapping its body):
# it is read in one pass, not element by element (a second for 200,000 elements).
MAX_HEADLINE_CHARS = 2000
# Characters of such a text read at all: fifty times that. Its callers clean it and count
# its words, each a pass over it: a 50 MB <h1> took 3.8 s and 1.1 GB.
_MAX_LONG_HEADLINE_CHARS = 100_000


def headline_text(node: LexborNode) -> str:
    """The headline an ``<h1>`` shows: its text joined across elements as a reader sees it,
    without a kicker glued to it from a line of its own."""
    return _reading(node)[0]


def set_apart_kicker(node: LexborNode) -> str:
    """The kicker ``headline_text`` leaves out of the ``<h1>`` because its class names one
    (no line of its own sets it apart), else "": whether the title carries it is the
    publisher's convention, which a metadata title joining it with punctuation shows."""
    return _reading(node)[1]


def _reading(node: LexborNode) -> tuple[str, str]:
    """The ``<h1>``'s headline and the kicker its class alone set apart from it ("")."""
    if len(node.text(deep=True)) > MAX_HEADLINE_CHARS:
        return clean_text(node.text(deep=True, separator=" ")[:_MAX_LONG_HEADLINE_CHARS]), ""
    parts = _parts(node)
    if len(parts) == 1 and parts[0][0] == "a" and (link := _sole_link(node)) is not None:
        parts = _parts(link)  # the headline's link to itself holds its parts
    if len(parts) > 1 and parts[0][2] == _DATE:
        parts = parts[1:]  # the post's date set before the headline in its own element
    if (
        len(parts) > 1
        and parts[0][2] == _BADGE
        and word_count(_joined(text for _, text, _ in parts[1:])) >= MIN_BARE_HEADLINE_WORDS
    ):
        parts = parts[1:]  # a label before the headline: a forum thread's prefix ("Solved")
    end = _kicker_end(parts)
    kicker = ""
    if end and not _lines_alike(node):
        if end == 1 and parts[0][2] == _KICKER and parts[0][0] not in _BLOCKS:
            kicker = clean_text(parts[0][1])
        parts = parts[end:]
    if len(parts) > 1 and parts[0][0] != "-text" and parts[0][1].strip() in PERMALINK_SIGNS:
        parts = parts[1:]  # the heading's link to itself set before it ("# Configuration")
    if len(parts) > 1 and parts[-1][0] != "-text" and parts[-1][1].strip() in PERMALINK_SIGNS:
        parts.pop()  # the heading's link to itself ("¶": a documentation page's headerlink)
    if len(parts) > 1 and parts[-1][2] not in ("", _KICKER):
        # a badge after the headline ("Video", "Live"), a date, a subtitle, a jump link, a number
        parts.pop()
    if len(parts) > 1 and parts[-1][0] == "small":
        parts.pop()  # a subtitle set in small type after the headline (the standfirst)
    while len(parts) > 1 and parts[-1][0] == "br":
        parts.pop()  # the line break before it
    return _joined(text for _, text, _ in parts), kicker


# A badge set after the headline in its element: a word or two in an element its class names
# as a label ("video-label", "badge", "live-flag"), which the reader sees as a tag, not as
# words of the headline; before it too (a forum thread's prefix, XenForo's "<span
# class='label'>Solved</span>", which its <title> may carry or not); a comment counter
# ("<span class='comments-count'>12 comments</span>": "comment" a whole word of the class),
# any counter so named ("photo-count": a gallery's "24 photos"; a video's "views", not
# Drupal's "views-field" wrappers), and a rating ("rating", "stars": a recipe's or a
# product's "★★★★☆"), the page's furniture beside the headline; so are a tag ("tag", an
# advert's "Tangazo", a "Video"), an update marker ("updated": "(yenilənib)") and a live
# marker ("live-indicator": a live blog's "LIVE" before its headline), each a whole word of
# the class; and a forum thread's prefix so named (vBulletin's and XenForo 1's "<span
# class='prefix'>Solved</span>", as a whole word: not "prefixed"). A badge runs to three
# words: Russian's live marker does ("В РЕЖИМЕ ОНЛАЙН", "в прямом эфире"). A dictionary
# entry's part of speech after its headword ("<span class='pos'>noun</span>", "gram",
# "wordclass") is the entry's grammar, no word of it; a shop's, a listing's or a box
# office's ribbon and price ("ribbon", "sold-out", "price": "Novità", "Uitverkocht",
# "189 000 €") the offer's state, not its name.
_BADGE_CLASS = LazyPattern(
    r"label|badge|flag|pill|sticker|marker|wordclass|word-class|part-of-speech|ribbon"
    r"|sold-?out|(?<![a-z])price(?![a-z])"
    r"|(?<![a-z])(?:comments?|count|rating|stars|views(?!-field)|tag|updated?|live|prefix"
    r"|gram)(?![a-z])|(?<![a-z-])pos(?![a-z-])",
    re.I,
)
MAX_BADGE_WORDS = 3


def _parts(node: LexborNode) -> list[tuple[str, str, str]]:
    """The ``<h1>``'s children as (tag, text, ``_BADGE``, ``_DATE``, ``_SUBTITLE``, ``_JUMP`` or
    ""), blank text left out (a ``<br>`` kept)."""
    parts: list[tuple[str, str, str]] = []
    before = ""  # the tag of the element before this child, when it glues what follows
    for child in node.iter(include_text=True):
        tag = child.tag or ""
        if tag in _SKIPPED:
            continue
        if tag == "wbr":
            before = tag
            continue
        text = (child.text_content or "") if tag == "-text" else _joined(_texts(child))
        if parts and parts[-1][0] != "br" and _glues(before, parts[-1][1], tag, text):
            parts[-1] = (parts[-1][0], parts[-1][1] + text, parts[-1][2])
            before = tag
            continue
        before = tag
        if tag != "-text" and _hidden_separator(child, text):
            parts.append(("br", text, ""))  # a line's end for the kicker test; its text kept
            continue
        if text.strip() or tag == "br":
            kind = ""
            if tag != "-text":
                kind = (
                    _BADGE
                    if _is_badge(child, text)
                    else _DATE
                    if _is_date(child, text)
                    else _SUBTITLE
                    if _SUBTITLE_CLASS.search(child.attributes.get("class") or "")
                    else _BYLINE
                    if _BYLINE_CLASS.search(child.attributes.get("class") or "")
                    else _KICKER
                    if _KICKER_CLASS.search(child.attributes.get("class") or "")
                    else _JUMP
                    if tag == "a" and (child.attributes.get("href") or "").startswith("#")
                    else _JUMP
                    if _ITEM_NUMBER.fullmatch(text.strip()) or _is_item_code(child, text)
                    else ""
                )
            parts.append((tag, text, kind))
    return parts


# A separator alone in its element: a dash, a colon, a bar, a dot.
_SEPARATOR = LazyPattern(r"\s*[–—\-|:·•/]\s*")


def _hidden_separator(child: LexborNode, text: str) -> bool:
    """Whether ``child`` is a separator hidden from screen readers (``aria-hidden="true"``,
    "<span class='hiddendash' aria-hidden='true'> – </span>") between a kicker and the
    headline: the design sets the kicker on a line of its own, and the separator is there
    only for a copy of the text. It ends the kicker's line as a ``<br>`` would."""
    # the text first: reading an element's attributes builds a dict, and most children are words
    return (
        len(text) <= _MAX_SEPARATOR_CHARS
        and _SEPARATOR.fullmatch(text) is not None
        and child.attributes.get("aria-hidden") == "true"
    )


_MAX_SEPARATOR_CHARS = 8  # a mark and the spaces around it


_BADGE, _DATE, _SUBTITLE = "badge", "date", "subtitle"
# An element of the ``<h1>`` its class names a kicker ("kicker", "overline", "eyebrow",
# "topline", "roofline", German "dachzeile"; a whole word of the class): the design sets
# it apart from the headline as a line of its own sets it (by type and colour, not by a
# line's end), so without punctuation after it it is no word of the headline ("<span
# class='kicker'>Potres</span> <span>Zagreb pojačava …</span>" read "Potres Zagreb …").
_KICKER = "kicker"
_KICKER_CLASS = LazyPattern(
    r"(?<![a-z])(?:kicker|overline|eyebrow|topline|roofline|dachzeile)(?![a-z])", re.I
)
# An element of the ``<h1>`` its class names a byline ("byline", "author"; a whole word of
# the class): set after the headline it credits the story, no word of the headline
# ("<span class='byline'>- Nimal Perera</span>").
_BYLINE = "byline"
_BYLINE_CLASS = LazyPattern(r"(?<![a-z])(?:by-?line|authors?)(?![a-z])", re.I)
# A link in the ``<h1>`` to a place on the page itself ("#recipe", "#comments"): set after the
# headline it is the page's furniture, a "Jump to Recipe" or a comment count, no words of it.
_JUMP = "jump"
# An item's number in an element of its own ("<span class='gh-header-number'>#412</span>": an
# issue's, a ticket's, a pull request's): the tracker's furniture, no word of the title; so
# is a place in a series set after the title ("<span class='counter'>1/12</span>": a gallery's
# photo, a slideshow's slide), read only as the ``<h1>``'s last element.
_ITEM_NUMBER = LazyPattern(r"#\d+|\d{1,4}\s*/\s*\d{1,4}")
# An element of the ``<h1>`` its class names a shop's item code ("sku", "product-code",
# "article-number", "art-nr"; a whole word of the class): a product's code or number set
# beside its name ("Art.-Nr. 44120", "SKU: BF-30"), the catalogue's furniture, no word of it.
_ITEM_CODE_CLASS = LazyPattern(
    r"(?<![a-z])(?:sku|art-?nr|(?:product|item|article|part|model)[-_]?"
    r"(?:code|number|nr|no|id|sku))(?![a-z])",
    re.I,
)


def _is_item_code(child: LexborNode, text: str) -> bool:
    """Whether ``child`` is a shop's item code set in the ``<h1>`` beside the product's name:
    named so by its class, and its text holding a digit (a code has one; a name may not)."""
    return any(c.isdigit() for c in text) and bool(
        _ITEM_CODE_CLASS.search(child.attributes.get("class") or "")
    )


# An element of the ``<h1>`` its class names a subtitle ("subtitle", "sub-headline", "dek",
# "standfirst"; a whole word of the class, "article-dek", not "decking"): set after the
# headline, it is the standfirst, no words of the headline. The word in the languages whose
# newsrooms name their classes in it too: Spanish, Galician and Portuguese "subtítulo",
# Catalan "subtítol", Italian "sottotitolo", German "Untertitel", Croatian, Bosnian and
# Serbian "podnaslov".
_SUBTITLE_CLASS = LazyPattern(
    r"(?<![^\s_-])(?:sub-?(?:title|headline|head)|standfirst|strapline|dek|deck|subtitulo"
    r"|subtitol|sottotitolo|untertitel|podnaslov)(?![^\s_-])",
    re.I,
)
# An element of the ``<h1>`` that holds the post's date, not words of its headline: a
# ``<time>``, or an element its class or id names a date ("date", "datum", "post-time").
_DATE_CLASS = LazyPattern(r"date|datum|time", re.I)


def _is_date(child: LexborNode, text: str) -> bool:
    """Whether ``child`` is a date set in the ``<h1>`` beside the headline ("<span
    class="date">5 March 2024</span>"): marked as one, and its whole text a date (an
    ``<em>`` stressing "5 March" in a headline is neither)."""
    attrs = child.attributes
    marked = child.tag == "time" or any(
        _DATE_CLASS.search(attrs.get(key) or "") for key in ("class", "id")
    )
    if not marked:
        return False
    found = find_text_date(text)
    return found is not None and len(found) >= len(text.strip(" \t\n()[],|·-–—")) - 1


def _kicker_end(parts: list[tuple[str, str, str]]) -> int:
    """How many leading parts are a kicker and the line break after it (0: none): a few
    words in the first element, on a line of their own, without punctuation after them."""
    if not 2 <= len(parts) <= MAX_PARTS_WITH_KICKER or parts[0][0] in ("-text", "br"):
        return 0
    tag, kicker, _ = parts[0]
    end = 1
    while end < len(parts) and parts[end][0] == "br":
        end += 1
    # a kicker its class names is set apart by type alone, as a line of its own is
    on_own_line = end > 1 or tag in _BLOCKS or parts[0][2] == _KICKER
    rest = _joined(text for _, text, _ in parts[end:])
    if (
        not on_own_line
        or _PUNCTUATED.search(kicker)
        or rest.lstrip()[:1] in _AFTER_KICKER  # its punctuation in an element of its own
        or not 0 < word_count(kicker) <= MAX_KICKER_WORDS
        or word_count(rest) < MIN_BARE_HEADLINE_WORDS
    ):
        return 0
    return end


# Not read: scripts, and a ruby's annotation (its reading in small kana over the kanji,
# "<ruby>駅前<rt>えきまえ</rt></ruby>", and the brackets a browser without ruby shows).
_SKIPPED = frozenset({"script", "style", "-comment", "rt", "rp"})


def _lines_alike(node: LexborNode) -> bool:
    """Whether the ``<h1>`` sets its headline over lines in elements alike, the same tag and
    the same class (a class, not none), with nothing else but line breaks ("<span
    class='line'>Ilgas kelias atgal</span><br><span class='line'>į gimtąjį miestą</span>",
    a design's line breaks):
    its first line is no kicker, which is set apart from the headline in an element of its
    own ("<small>Island</small><br> Neue Fangquoten …")."""
    seen: tuple[str, str] | None = None
    lines = 0
    for child in node.iter(include_text=True):
        tag = child.tag or ""
        if tag in ("br", "-comment") or (tag == "-text" and not (child.text_content or "").strip()):
            continue
        if tag == "-text":
            return False
        kind = (tag, child.attributes.get("class") or "")
        if not kind[1] or (seen is not None and kind != seen):
            return False  # a class names a line's style; plain elements tell nothing
        seen, lines = kind, lines + 1
    return lines > 1


def _sole_link(node: LexborNode) -> LexborNode | None:
    """The one element child of ``node`` when it is a link and no text is beside it (a
    forum's ``<h1><a href="/threads/…"><span class="label">…</span>Title</a></h1>``)."""
    found = None
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            if (child.text_content or "").strip():
                return None
        elif child.tag != "-comment":
            if found is not None:
                return None
            found = child
    return found if found is not None and found.tag == "a" else None


def _is_badge(child: LexborNode, text: str) -> bool:
    classes = child.attributes.get("class") or ""
    return (
        bool(classes)
        and _BADGE_CLASS.search(classes) is not None
        and (0 < len(text.split()) <= MAX_BADGE_WORDS)
    )


def _texts(node: LexborNode, skipped: frozenset[str] = _SKIPPED) -> list[str]:
    """The texts of ``node``'s text nodes in order, a text that goes on with the word
    before it (``_glues``) added to the one before."""
    texts: list[str] = []
    before = ""
    for t in node.traverse(include_text=True):
        tag = t.tag
        if tag == "wbr":
            before = "wbr"
            continue
        parent = t.parent
        if tag != "-text" or parent is None or parent.tag in skipped:
            continue
        text = t.text_content or ""
        here = parent.tag or ""
        if texts and _glues(before, texts[-1], here, text):
            texts[-1] += text
        else:
            texts.append(text)
        before = here
    return texts


# Elements set inside a word, never apart from it: a subscript or a superscript ("CO<sub>2
# </sub>-Preis", "2<sup>nd</sup>"); the text after a line-break opportunity (``<wbr>``) goes on
# with the same word ("Bundes<wbr>verfassungs<wbr>gericht").
_IN_WORD = frozenset({"sub", "sup"})
# Inline elements that stress or link a part of a word: the text after one goes on with the
# same word when it starts with a small letter ("<a>Schulze</a>s Plan").
_INLINE = frozenset({"a", "b", "i", "em", "strong", "u", "mark", "abbr", "code"})


def _glues(before: str, done: str, tag: str, text: str) -> bool:
    """Whether ``text`` (of an element ``tag``, or "-text") goes on with the word ``done``
    ends with, the element ``before`` it closed: a subscript or a superscript, the text
    after one or after a ``<wbr>``, a hyphen going on with a compound ("<span>E</span>-Mail"),
    or a small letter after a stressed or linked part of the word."""
    if not done or not text or done[-1].isspace() or text[0].isspace():
        return False
    if tag in _IN_WORD or before in _IN_WORD or before == "wbr":
        return True
    if text[0] == "-" and text[1:2].isalnum() and done[-1].isalnum():
        return True
    return before in _INLINE and tag == "-text" and text[0].islower() and done[-1].isalpha()


def shown_text(node: LexborNode) -> str:
    """The text a reader sees in a block (a standfirst): its elements' texts joined as
    ``headline_text`` joins them ("in 1988</a>." is "in 1988.", not "in 1988 ."), without
    what a browser does not show (an ad slot's script, a ``<noscript>`` fallback)."""
    return _joined(_texts(node, _UNSHOWN))


def shown_start(node: LexborNode, most: int) -> tuple[str, bool]:
    """``shown_text`` read to ``most`` joined characters before cleaning, and whether it was
    cut there (then it is the whole's start but for its last few characters: an entity cut
    in two, a space)."""
    texts = _texts(node, _UNSHOWN)
    cut = sum(map(len, texts)) + len(texts) > most  # the joined text's most length
    return _joined(texts, most if cut else None), cut


_UNSHOWN = _SKIPPED | {"noscript", "template"}


# Han and kana punctuation and full-width forms: "。", "「", "」", "！", "（": they set no
# space around them, as the scripts they punctuate do not.
_WIDE_PUNCTUATION = ("\u3000", "\u303f"), ("\uff01", "\uff65")


def _is_wide(char: str) -> bool:
    """Whether ``char``, of a script without spaces, is a wide one (Han, kana): Thai, Lao,
    Khmer and Myanmar set spaces around numbers."""
    return east_asian_width(char) == "W"


def _unspaced_pair(before: str, after: str) -> bool:
    """Whether two characters meet without a space in the text a reader sees: two of a
    script written without spaces ("市議会が" + "新しい…"), or one of them a Han or kana
    punctuation mark beside such a character."""
    before_unspaced, after_unspaced = is_unspaced_char(before), is_unspaced_char(after)
    if before_unspaced and after_unspaced:
        return True
    if (before_unspaced and after.isdigit() and _is_wide(before)) or (
        after_unspaced and before.isdigit() and _is_wide(after)
    ):
        # a number in such a text, set without spaces too ("2年ぶり", "修缮2年后"): a line
        # broken before it ("図書館が<br>2年ぶりに再開") joins without one
        return True
    wide_before = any(low <= before <= high for low, high in _WIDE_PUNCTUATION)
    wide_after = any(low <= after <= high for low, high in _WIDE_PUNCTUATION)
    return (wide_before and (after_unspaced or wide_after)) or (wide_after and before_unspaced)


def _joined(texts: Iterable[str], most: int | None = None) -> str:
    """Texts of consecutive elements joined: a space where neither brings one, unless the
    next closes on the word before it; with ``most``, cut at that many characters."""
    out = ""
    for text in texts:
        if not text:
            continue
        if most is not None and len(out) >= most:
            return clean_text(out[:most])
        if most is not None:
            text = text[: most + 1]
        if (
            out
            and not out[-1].isspace()
            and not text[0].isspace()
            and not text.startswith(_CLOSING)
            and not out.endswith(_OPENING)
            and not _unspaced_pair(out[-1], text[0])
        ):
            out += " "
        out += text
    return clean_text(out if most is None else out[:most])
