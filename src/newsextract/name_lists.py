"""Selector lists of words in class names and ids, cut per page to the words the page uses.

The byline, standfirst and paywall scans look for elements by words in their class names and
ids (``[class*=byline i]``): lexbor tests every selector of a list on every element of the
page, 13 to 25 substring tests an element, which made these three queries 0.2-1 ms a page
each. A page uses few of the words: one search of its class names and ids joined (read once,
by a query for ``[class], [id]``) tells which, and the query keeps only their selectors, with
every selector of another form. A word in no element's class or id cannot match, so the
elements found are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from ahocorasick_rs import BytesAhoCorasick
from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern

# The forms cut per page: a word in the class or id, in any case of ASCII letters (how
# lexbor's ``i`` compares), or quoted and in its own case (``[class*='Date']``: a page whose
# names hold no "date" in any case holds none in this one).
# A whole token (``[class~=word i]``) is cut alike: a page whose names hold no "word" holds
# no such token.
# Searched by the import itself (each list's selector is cut then): eager.
_NAME_WORD = re.compile(r"\[(?:class|id)[*~]=(?:([\w-]+) i|'([\w-]+)')\]")


def ascii_lower(text: str) -> str:
    """``text`` with its ASCII letters in lower case and no other character changed: how
    lexbor compares in any case (``str.lower`` would turn the Kelvin sign into a "k")."""
    if text.isascii():
        return text.lower()
    # bytes.lower changes ASCII letters only, and UTF-8 writes no other character with an
    # ASCII byte: one C pass where str.translate maps every character in Python.
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


# HTML's white space, which separates an attribute's tokens for ``~=`` (a no-break space
# does not: ``str.split`` would cut at it).
_HTML_SPACE = LazyPattern(r"[ \t\n\f\r]+")


def html_tokens(value: str) -> list[str]:
    """The tokens of an attribute value as a selector's ``[name~=token]`` reads them."""
    return [token for token in _HTML_SPACE.split(value) if token]


# What separates the tokens of a class (HTML's white space), and the values in a page's
# names (``ParsedPage.names``).
_TOKEN_SEPARATORS = " \t\n\f\r"


def has_name_token(names: str, word: str) -> bool:
    """Whether ``word`` (lower case) is a whole token of a class or id value in ``names``
    (``ParsedPage.names``: in lower case, one value a line), as ``.word``, ``#word`` or
    ``[class~=word]`` needs it in any case of ASCII letters (an id holding spaces passes
    too): a page without it need not query for it. One C search an occurrence, where a
    regex over the names cost 0.12 ms a page."""
    end = len(names)
    size = len(word)
    at = names.find(word)
    while at >= 0:
        after = at + size
        if (at == 0 or names[at - 1] in _TOKEN_SEPARATORS) and (
            after == end or names[after] in _TOKEN_SEPARATORS
        ):
            return True
        at = names.find(word, at + 1)
    return False


def matches_in_order(root: LexborNode, selector: str) -> Iterator[LexborNode]:
    """The elements under ``root`` matching ``selector``, in page order, found lazily: the
    first by ``css_first``, whose walk stops at it; a second only when the caller asks for
    more, by a full ``css`` query run again from the start (the first found once more and
    skipped), so a caller that reads past the first pays both walks. Most scans of the byline
    and lead classes stop at the first match, or have none: they pay the short walk only."""
    if not selector:
        return
    first = root.css_first(selector)
    if first is None:
        return
    yield first
    yield from root.css(selector)[1:]


class NameWordSelector:
    """A selector list whose ``[class*=word i]`` and ``[id*=word i]`` parts are kept only
    for a page whose class names or ids hold the word; its other parts are always kept."""

    def __init__(self, selector: str) -> None:
        self.selector = selector
        self._fixed: list[str] = []
        # (word in lower case, its selector, whether it must be a whole token: "~=", whether
        # it tests the id)
        self._words: list[tuple[str, str, bool, bool]] = []
        for part in selector.split(", "):
            match = _NAME_WORD.fullmatch(part)
            if match is None:
                self._fixed.append(part)
            else:
                word = (match.group(1) or match.group(2)).lower()
                self._words.append((word, part, "~=" in part, part.startswith("[id")))
        # Each word searched once a page: a list names one word in several forms
        # ("[class*=date i], [id*=date i]"), and each search scans all the page's names.
        self._distinct = tuple(dict.fromkeys(word for word, _, _, _ in self._words))
        _EVERY_WORD.update(dict.fromkeys(self._distinct))

    @property
    def words(self) -> tuple[str, ...]:
        """The class and id words of the list, in lower case."""
        return self._distinct

    def for_page(self, names: str, by_attribute: tuple[str, str] | None = None) -> str:
        """The selector list for a page whose class names and ids, joined and
        ``ascii_lower``-ed, are ``names``: empty when no part can match. ``by_attribute``
        (``ParsedPage.names_by_attribute``: the classes, then the ids, joined the same way)
        also cuts a word's ``[id*=…]`` part when only classes hold it, and its
        ``[class*=…]`` part when only ids do: 124 and 43 of 628 parts kept on the first 15
        pages of ``fundus`` and ``trafilatura``, each a test of every element."""
        present = self._present(names)
        # A "[class~=word i]" part is kept only where the word is a whole token: a common
        # word ("user") stands inside many names ("user-menu") and costs the query a test
        # of every element where no element can match.
        parts = [
            part
            for word, part, whole, of_id in self._words
            if word in present
            and (not whole or has_name_token(names, word))
            and (by_attribute is None or in_attribute(word, of_id, *by_attribute))
        ]
        parts += self._fixed
        return ", ".join(parts)

    def _present(self, names: str) -> Set[str]:
        """The list's words found in ``names`` (and maybe other lists' words): those of
        every list at once (``_words_in``), or one search a word in names too long to list
        every occurrence of them."""
        if not self._distinct:
            return frozenset()
        if len(names) > _LISTED_NAMES:
            return {word for word in self._distinct if word in names}
        return _words_in(names)

    def __repr__(self) -> str:
        return f"NameWordSelector({self.selector!r})"


def in_attribute(word: str, of_id: bool, classes: str, ids: str) -> bool:
    """Whether ``word``, found in the page's names, is in its ids (``of_id``) or its
    classes: a word of the names not in the ids is in a class, so the long classes are
    searched only for a word the short ids hold too."""
    if of_id:
        return word in ids
    return word not in ids or word in classes


# The words of every list made so far, in order: one automaton finds them all in a page's
# names at once, and the page's other lists read the same answer.
_EVERY_WORD: dict[str, None] = {}
_automaton: tuple[tuple[str, ...], BytesAhoCorasick] | None = None
# The last names searched, the automaton that searched them and the words found: a page asks
# for three to five lists with the same names (``ParsedPage.names``, read once a page).
_last: tuple[str, tuple[tuple[str, ...], BytesAhoCorasick], frozenset[str]] | None = None


def _words_in(names: str) -> frozenset[str]:
    """The words of every list found in ``names``: one pass of an Aho-Corasick automaton
    (0.024 ms on a page's names, where a search for each word took 0.05-0.12 ms a list),
    every occurrence listed so that words inside or across others are all found."""
    global _automaton, _last
    built = _automaton
    if built is None or len(built[0]) != len(_EVERY_WORD):  # a list made since
        words = tuple(_EVERY_WORD)
        built = _automaton = (words, BytesAhoCorasick([word.encode("utf-8") for word in words]))
    last = _last
    if last is not None and last[0] is names and last[1] is built:
        return last[2]
    words, automaton = built
    # In UTF-8 bytes (a quarter faster): a word's bytes are in the text's bytes exactly
    # where the word is in the text (UTF-8 marks where each character's bytes start).
    found = automaton.find_matches_as_indexes(
        names.encode("utf-8", "surrogatepass"), overlapping=True
    )
    present = frozenset(words[i] for i, _, _ in found)
    _last = (names, built, present)
    return present


# Names up to this long are searched with the automaton: 1.5 times the longest of the dev
# pages (43,674 characters). It lists every occurrence of every word, a few a character at
# most, and a hostile page's names (megabytes of "date-1 date-2 …") would make that list
# gigabytes; longer names are searched a word at a time, which stops at the first.
_LISTED_NAMES = 65_536


# The lists: the byline and standfirst scans of ``metadata.html``, the paywall test.
BYLINE = NameWordSelector(
    "[class*=byline i], [class*=author i], [id*=byline i], [id*=author i], [class*=autor i], "
    "[class*=auteur i], [class*=signature i], [class*=writer i], [rel~=author], address, "
    "[class*=firma i], [class*=signatura i], [class*=contributor i], [class*=journalist i], "
    "[class*=reporter i], [class*=username i], [class*=yazar i], [class*=muhabir i], "
    "[class*=szerzo i], byline, "
    "a[href*='/author/'], [class~=poster i], [class~=postprofile i], [class~=pls i], "
    "[class*=field--name-uid i], [class~=user i], [class~=user-details i], [class*=submitted i]"
)
# (Byline words as class names: English "byline", "author", "writer", "contributor",
# "journalist", "reporter" (Korean portals' "journalist_name"), "username" (a forum
# post's poster: phpBB, XenForo, vBulletin); German "Autor"; French
# "auteur"; Spanish and Italian "firma", Catalan "signatura"; Turkish "yazar" (author) and
# "muhabir" (reporter), which Turkish news themes name their byline with; Hungarian "szerző"
# (author) without its accent, "szerzo", as Hungarian news themes class it; a forum post's
# poster block as a whole class, SMF's "poster", phpBB's "postprofile" and Discuz's "pls": the
# member's name beside their rank, post count and join date, not a video's "poster" image;
# a post's member as a whole class too, "user" (a forum's bare "<span class=user>" beside the
# post's date) and a Q&A site's user card, "user-details" (its name, then its reputation);
# Drupal's author field, "field--name-uid", in a node's "Submitted by … on …" line in the
# site's language, and that line itself, "node__submitted" ("submitted"), where a theme
# prints the names without the field's markup and with no label.)
LEAD = NameWordSelector(
    "[class*=standfirst i], [class*=chapo i], [class*=chapeau i], [class*=subtitle i], "
    "[class*=subheadline i], [class*=sub-headline i], [class*=dek i], [class*=deck i], "
    "[class*=lead i], [class*=intro i], [class*=excerpt i], [class*=summary i], "
    "[class*=teaser i], [itemprop~=description], [class*=kicker i], [class*=sommario i], "
    "[class*=sottotitolo i], [class*=entradilla i], [class*=bajada i], [class*=copete i], "
    "[class*=lede i], [class*=inleiding i], [class*=ingress i], [class*=vorspann i], "
    "[class*=anriss i], [class*=sapo i], [class*=linha-fina i], [class*=manchet i], "
    "[class*=podnaslov i], [class*=documentdescription i], [class*=perex i], "
    "[class*=__announce i], [class~=announce i], [class*=keypoints i], [class*=key-points i], "
    "[class*=key_points i], [class*=takeaways i]"
)
# (The newsroom words for a standfirst as class names: English "standfirst", "dek", "lede";
# French "chapo"; Italian "sommario"; Spanish "entradilla", "bajada", "copete"; Dutch
# "inleiding"; Nordic "ingress", Danish "manchet"; German "Vorspann", "Anriss"; Vietnamese
# and Portuguese "sapo"; Brazilian "linha fina"; Croatian, Bosnian and Serbian "podnaslov";
# Czech and Slovak "perex"; Russian "анонс" as a BEM element ("article__announce": a block's
# own element, where a site's "announcement-bar" is a block of its own, never matched) or
# as a whole class word ("announce" beside the headline of a Russian site's story or notice);
# Plone's "documentDescription", the description set under the title of its pages; a box
# of the story's key points or takeaways ("key-points", a component's "RenderKeyPoints", "key-
# takeaways"), the lead written as points: a live page's summary over its entries, read as
# the lead when it opens the page, furniture of the body still (class_names) when it
# repeats the text further down. Probes blind68l: 13 live pages lost their summary.)
PAYWALL = NameWordSelector(
    "[class*=paywall i], [id*=paywall i], [class*=regwall i], [class*=subscriber-only i], "
    "[class*=premium-content i], [class*=piano-offer i], [id*=piano-offer i], "
    "[class*=meteredContent i], [class*=article-locked i], [class*=plus-teaser i], "
    "[class*=abo-teaser i], [class*=abonnes i], [class*=reservado-suscriptores i], "
    "[id*=poool i], [class*=poool i], [id*=laterpay i], [class*=laterpay i]"
)
# (Paywall vendors' widgets: Piano's offer, Poool's and LaterPay's containers.)
