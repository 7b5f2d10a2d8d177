"""Tag lists as the sources give them, made into topics: what every tag source shares.

Keyword fields are written for machines as often as for readers. A list may carry a content
system's ids ("3f2b9c1e-77aa-…"), its facets ("Category: Transport", "tagname:X") or stray
letters; and a field that is one string of words without separators ("Rudern Ruderclub
Alster Hamburg …") is a list whose boundaries are lost, no topic. A keyword naming the page's
own site ("rivertondaily.example.com", the site name of ``og:site_name``), its headline or its
own slug is no topic of the article either.
These are dropped here, before the sources' candidates are compared.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from urllib.parse import urlsplit

from newsextract.browser_urls import browser_address
from newsextract.lazy_regex import LazyPattern
from newsextract.page import ParsedPage
from newsextract.text import clean_text, compare_key, estimated_words

# An id, not a word: a UUID or a long run of hex digits with digits in it.
_ID = LazyPattern(r"^(?=[^\s]*\d)[0-9a-f]{8,}(?:-[0-9a-f]{4,})*$", re.I)
# A facet of the content system, "key: value" ("Category: Transport", "Entity Tokens: X",
# "tagname:Y", "id:48213", "Pagetype: Article", "paywall:free"): content systems name their
# fields in English, so a colon after one of these words (not "Star Wars: A New Hope") marks one.
_FACET = LazyPattern(
    r"^(?:[A-Za-z]+\s+){0,2}(?:category|section|source|tags?|tagname|tokens?|type|entity|"
    r"channel|topic|id|pagetype|paywall)\s*:",
    re.I,
)
# A program's setting written as a keyword, "key:value" without a space, its value a
# boolean, a number or a constant (Medium's "Lite:true", "LayerCake:0",
# "LockedPostSource:LOCKED_POST_SOURCE_NONE"): no topic, whatever its key.
_SETTING = LazyPattern(r"^[A-Za-z]\w*:(?:true|false|null|\d+|[A-Z0-9]+_[A-Z0-9_]+)$")
# The "tag:" key a content system writes before each of its tags (Medium's "Tag:Nodejs"):
# the kind of the item, the topic follows it.
_TAG_KEY = LazyPattern(r"^tags?\s*:\s*(?=\S)", re.I)
# A content system's slug behind a short key and an underscore ("cat_public-health",
# "k1_coastal"): a list of nothing else is its index, the topics are written elsewhere on the
# page (a lower-case key of one to four letters and digits, as such systems abbreviate them);
# a list half of them or more is that index, its other items the system's flags ("word count:
# >1200 words", "includes photo gallery").
_PREFIXED_SLUG = LazyPattern(r"^[a-z][a-z0-9]{0,3}_[a-z0-9]+(?:-[a-z0-9]+)*$")
# More words than this in the only item of a list: words joined with spaces, not one topic
# ("River Dene footbridge vote of the county board" is a topic of eight), counted as words
# in a script without spaces too (``estimated_words``: 16 Chinese characters, 24 Thai letters;
# a headline in a keywords <meta> is one item with no space).
MAX_SINGLE_TAG_WORDS = 8


# Separators of a keyword string, in the order they are tried: the first one the string holds
# splits it ("US;AWARDS;Film", "東京、五輪"); a comma wins over the others, which then belong
# to a tag ("Arts / Theatre"). The Arabic comma "،" is Arabic's, Persian's and Urdu's comma.
_SEPARATORS = (",", ";", "，", "、", "،", "|")


# Items read from one list string: four times a list's budget (candidate.MAX_ITEMS, 500;
# the longest dev list holds 157). 60 MB of 'a|a|…' were 30 million items, each cleaned: 55 s.
MAX_LIST_PARTS = 2_000


# The number sign, and its full-width form of CJK pages: what opens a hashtag.
HASH_MARKS = "#＃"


def split_tags(value: str) -> list[str]:
    """One keyword string as its items, split on the first separator it holds (at most
    ``MAX_LIST_PARTS`` of them); without one, a string of hashtags between spaces
    ("#ponte #cultura", as a post's keywords are written) at its spaces."""
    for separator in _SEPARATORS:
        if separator in value:
            parts = split_list(value, separator)
            if separator == "," and any(part.lstrip().startswith("&") for part in parts[1:]):
                # "Business, Finance, & Economics": a series closed by "&" names one topic
                # (a taxonomy's category), where a list of topics has no "&" opening an item
                return [value]
            return parts
    if is_hashtag_run(value):
        return value.split(None, MAX_LIST_PARTS)[:MAX_LIST_PARTS]
    return [value]


def is_hashtag_run(value: str) -> bool:
    """Whether ``value`` is two hashtags or more between spaces, and nothing else."""
    parts = value.split()
    return len(parts) >= 2 and all(part[0] in HASH_MARKS and len(part) > 1 for part in parts)


def split_list(value: str, separator: str) -> list[str]:
    """``value.split(separator)``, its first ``MAX_LIST_PARTS`` items only."""
    return value.split(separator, MAX_LIST_PARTS)[:MAX_LIST_PARTS]


# The <meta> names that give the site's own name.
_SITE_NAME_KEYS = ("og:site_name", "application-name")


# The <meta> names that give the article's headline.
_TITLE_KEYS = ("og:title", "twitter:title")


def site_keys(page: ParsedPage) -> frozenset[str]:
    """The page's own names as a keyword writes them (without case): its host without
    "www.", the site names its ``<meta>`` gives, its headline (``og:title``, three words or
    more) and the article's slug ("county board approves footbridge" of
    ".../county-board-approves-FOOTBRIDGE.html"). Not the host's bare
    label: an organisation's site may tag its own name ("gradle" on docs.gradle.org)."""
    names = [name for key in _SITE_NAME_KEYS for name in page.meta.get(key, ())]
    # The name as keywords write it too: without the edition word a Japanese name adds
    # ("港町新報" of "港町新報デジタル"), squashed ("harbourherald" of "Harbour Herald").
    names.extend(short for name in names[:] for short in _name_forms(name))
    # The headline copied as the keyword, as the slug is: a title, no topic.
    names.extend(
        title
        for key in _TITLE_KEYS
        for title in page.meta.get(key, ())
        if len(title.split()) >= _MIN_SLUG_WORDS
    )
    if page.url:
        parts = urlsplit(browser_address(page.url))  # the host a browser opens
        names.append((parts.hostname or "").removeprefix("www."))
        names.append(_slug(parts.path))
    return frozenset(key for key in map(_key, names) if key)


def _name_forms(name: str) -> list[str]:
    """The site name's leading parts of at least half its letters cut where its script
    changes between two letters (the edition word a Japanese name adds: "港町新報" of
    "港町新報デジタル"; not at a space: "Piratenpartei" of "Piratenpartei Österreichs" is a
    topic the party's site tags), and the name without its spaces ("harbourherald")."""
    name = " ".join(name.split())
    cuts = [
        i
        for i in range(1, len(name))
        if (before := _script(name[i - 1])) and (after := _script(name[i])) and before != after
    ]
    forms = [name[:i] for i in cuts if i * 2 >= len(name)]
    if " " in name:
        forms.append(name.replace(" ", ""))
    return forms


def _script(char: str) -> str:
    """A letter's script as the first word of its Unicode name ("CJK", "KATAKANA", "LATIN"),
    "" for a digit, a mark or a sign (no cut beside them)."""
    if not char.isalpha():
        return ""
    script = unicodedata.name(char, "").split(" ", 1)[0]
    return "" if "-" in script else script  # "ー", KATAKANA-HIRAGANA: both scripts' mark


# Fewer words than this in the last part of a path: an id or a section, not a headline's slug.
_MIN_SLUG_WORDS = 3


def _slug(path: str) -> str:
    """The words of the article's slug, the last part of its path, without its extension."""
    last = path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    words = [w for w in re.split(r"[-_+]", last) if w]
    return " ".join(words) if len(words) >= _MIN_SLUG_WORDS else ""


def _key(value: str) -> str:
    return " ".join(value.split()).casefold()


def tag_items(values: Iterable[str], *, site: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The items of one source's tag list that can be topics, in order, cleaned; ``site`` are
    the page's own site names (``site_keys``), which are none."""
    items = tuple(
        i
        for i in (_TAG_KEY.sub("", clean_text(v), count=1) for v in values)
        if i and _is_topic(i) and not (site and _key(i) in site)
    )
    if len(items) == 1 and estimated_words(items[0]) > MAX_SINGLE_TAG_WORDS:
        return ()
    if sum(1 for item in items if _PREFIXED_SLUG.match(item)) * 2 >= len(items) > 0:
        return ()  # its keyed slugs, half or more: the system's index, the rest its flags
    return items


# The combining accents (U+0300-U+036F) on a Latin or Greek letter (below U+0400): one tag
# written with them and once without ("Málaga", "Malaga") is one topic. Not on Cyrillic,
# where "й" is a letter of its own ("фотографий", "фотографии"), nor other scripts' marks.
_ACCENTS = LazyPattern("(?<=[\x00-\u03ff])[\u0300-\u036f]+")


def without_accent_twins(items: tuple[str, ...]) -> tuple[str, ...]:
    """``items`` in order without those that repeat an earlier one but for its accents."""
    seen: set[str] = set()
    out = []
    for item in items:
        key = compare_key(item)
        if not key.isascii():  # an ASCII key has no accent to drop
            key = _ACCENTS.sub("", unicodedata.normalize("NFD", key))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


def _is_topic(item: str) -> bool:
    if len(item) == 1 and item.isascii():
        return False  # a stray letter ("p", "n") of a list built by hand
    return not (_ID.match(item) or _FACET.match(item) or _SETTING.match(item))


# A tag link's count of the site's stories under it, closing its text ("Bridges (12)",
# "Council [1,204]").
_COUNT = LazyPattern(r"\s*[(\[]\d[\d,.\u00a0 ]*[)\]]$")


def without_counts(names: tuple[str, ...]) -> tuple[str, ...]:
    """Link texts of a tag list without the story counts that close them, when every one
    has its count (a list that shows counts shows them all; "Olympics (2024)" among others
    without one is a name)."""
    if not names or not all(_COUNT.search(name) for name in names):
        return names
    return tuple(dict.fromkeys(n for n in (_COUNT.sub("", name) for name in names) if n))
