"""Other items on the article's page: readers' comments and related posts, each with a date
of its own that is not the article's.

WordPress and most CMSs mark them by name on some container: the comment section as
``#comments``, ``ol.comment-list``, ``li.comment``, ``div.comment-metadata``, Disqus's
``#disqus_thread``; the related posts as ``ul.related-posts``, ``li.related``,
``#related``. A comment's ``<time>`` and its "24. August 2019 um 03:36", or a related post's
"3. Dezember 2020", must not date the article: below a story with few dates of its own, they
outnumber or outrank the article's. (The page search keeps reading a comment's where no
CMS's comment name (``names_comments``) sets it after the article's text and headline: there,
skipping comments lost pages whose comments are the content, such as forum threads; it
passes over a related post's, ``in_related_list``.) So are the lists of the
site's other stories: named ("recent-posts", "most-read", "trending") or not, two or more short
list items each holding a headline's link and a year (``in_story_list``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern

# A class token or id naming comments or related posts: "comments", "comment-body",
# "commentlist", "comments_area", "disqus_thread", "related-posts"; not "commentary" or
# "commentaire" (an opinion piece). Or a shop's customer reviews ("reviews", "spr-review",
# "woocommerce-Reviews", "product-reviews"; "user-reviews", "reader-reviews": the same
# customers' under the site's word for them), each with its reviewer's date, and a list of
# them or its items ("review-list", "reviewItem": Japanese and Korean shops' names); not
# "review" (a critic's review is an article).
READERS_REVIEWS = (
    r"reviews(?:$|[-_])|(?:spr|woocommerce|customer|product|user|reader)[-_]reviews?"
    r"|review[-_]?(?:list|items?)(?:$|[-_])"
)
# Or a list of the site's other stories, set in a widget or a block beside the article:
# "recent-posts", WordPress's "widget_recent_entries" and "wp-block-latest-posts",
# "popular-posts", "most-read", "mostViewed", "trending", a "read also" box ("read-also",
# "see-also", "also-read": set in or above the article, probe en_microdata_nested_related_first);
# each teaser's date is its story's.
_STORY_LISTS = (
    r"(?:[a-z]+[-_])*(?:(?:recent|latest|popular)[-_]?(?:posts?|entries|articles?|news|stories)"
    r"|most[-_]?(?:read|popular|viewed)|trending|(?:read|see)[-_]?also|also[-_]?read)(?:$|[-_])"
)
# Or an event's own day and hours on its page or in a listing ("event-date", "event-meta",
# "event-details", "events-schedule", The Events Calendar's "tribe-events-schedule" and
# "tribe-event-date-start"): the day it takes place, never the day the page was published
# (probes sw_event_only, ka_event_only).
EVENT_DAYS = (
    r"(?:tribe[-_])?events?[-_]?(?:dates?|times?|meta|details|info|schedule|start|when)(?:$|[-_])"
)
_OTHER_ITEMS = LazyPattern(
    rf"^(?:comments?(?:$|[-_]|list|area)|disqus|related|{READERS_REVIEWS}|{_STORY_LISTS}"
    rf"|{EVENT_DAYS})",
    re.I,
)
# Comment sections nest deep (section > ol > li > article > footer > div > a > time).
ANCESTORS_CHECKED = 16


# A word every name ``_OTHER_ITEMS`` matches holds: a name in ASCII holding none of them, in
# any case, is no other item's, told without splitting it into tokens and matching each.
# Searched in the name lowered: a case-blind search of the alternation took 7-11 µs a name of
# 20-40 characters, the lowered name's 1.4-3 (a sidebar's 1,600 dated elements each asked it
# of 16 ancestors).
STORY_LIST_WORDS = ("related", "recent", "latest", "popular", "most", "trending", "also")
_OTHER_ITEM_WORDS = ("comment", "disqus", "review", "event", *STORY_LIST_WORDS)
_OTHER_ITEM_WORD = LazyPattern("|".join(_OTHER_ITEM_WORDS))  # lower case: one C search


def in_other_item(node: LexborNode) -> bool:
    """True when ``node`` is inside a container named as comments or related posts."""
    return _in_container_named(node, names_other_item)


# A class token or id naming readers' comments as CMSs do ("comments", "comment-list",
# "commentlist", "comments_area", "disqus_thread"), or their replies under a post ("reply",
# "replies", "reply-list": a review's or a thread's answers, probe ca_review_revisat_per);
# not a language's word ("Kommentar", "commentaire" name opinion pieces too).
_COMMENTS = LazyPattern(r"^(?:comments?(?:$|[-_]|list|area)|disqus|repl(?:y|ies)(?:$|[-_]))", re.I)


def may_name_comments(names: str) -> bool:
    """Whether ``names`` holds a piece of every word ``_COMMENTS`` matches ("Comment",
    "disqus", "Reply", "replies"): most names hold none, told by substring searches alone."""
    return "omment" in names or "isqus" in names or "epl" in names


def names_comments(attrs: dict[str, str | None]) -> bool:
    """An id or a class token matching ``_COMMENTS``: readers' comments after an article
    (the page search passes their days over, ``element_places.in_comments_after_text``)."""
    for key in ("id", "class"):
        names = attrs.get(key)
        if names and may_name_comments(names) and _comment_tokens(names):
            return True
    return False


# Names whose answers ``_kept_comment_tokens`` keeps: a thread's hundreds of boxes repeat a
# few ("comment byuser comment-author-x even thread-even depth-1").
_COMMENT_NAMES_KEPT = 2_048
# Longest name kept: a hostile page's megabytes of class would outlive the page in the cache.
_COMMENT_NAME_LONGEST = 256


def _comment_tokens(names: str) -> bool:
    """Whether a token of ``names`` matches ``_COMMENTS``; kept by name when short (each
    climb of a thread's dated elements asks it of the same comment boxes' names)."""
    if len(names) > _COMMENT_NAME_LONGEST:
        return _matches_comments(names)
    return _kept_comment_tokens(names)


def _matches_comments(names: str) -> bool:
    return any(_COMMENTS.match(token) for token in names.split())


_kept_comment_tokens = functools.lru_cache(maxsize=_COMMENT_NAMES_KEPT)(_matches_comments)


def in_related_list(node: LexborNode) -> bool:
    """True when ``node`` is inside a container named as related posts (or a shop's customer
    reviews): the page search's date-element step passes their dates over (a list of related
    stories set before the article's date line gave its first story's day), while it keeps a
    comment's (a forum thread's posts are its content)."""
    return _in_container_named(node, names_related_list)


def _in_container_named(node: LexborNode, named: Callable[[dict[str, str | None]], bool]) -> bool:
    """Whether ``node`` or one of its ancestors up to ``ANCESTORS_CHECKED`` below the
    ``<body>`` has attributes that ``named`` accepts."""
    current: LexborNode | None = node
    for _ in range(ANCESTORS_CHECKED):
        if current is None or current.tag in ("body", "html"):
            return False
        attrs = current.attributes
        if attrs and named(attrs):
            return True
        current = current.parent
    return False


def names_other_item(attrs: dict[str, str | None]) -> bool:
    """An id, whole, or a class token matching ``_OTHER_ITEMS``."""
    ident = attrs.get("id")
    if ident and _may_name_other_item(ident) and _OTHER_ITEMS.match(ident):
        return True
    classes = attrs.get("class")
    return bool(
        classes
        and _may_name_other_item(classes)
        and any(_OTHER_ITEMS.match(token) for token in classes.split())
    )


def _may_name_other_item(names: str) -> bool:
    """False when ``names`` (an id, or a class's tokens) is ASCII and holds no word of
    ``_OTHER_ITEM_WORDS``: then no token matches ``_OTHER_ITEMS`` (outside ASCII, a
    case-insensitive match may pair other letters: "ſ" and "s", "İ" and "i")."""
    return not names.isascii() or _OTHER_ITEM_WORD.search(names.lower()) is not None


# A class token or id naming related posts or another list of the site's stories ("related",
# "related-posts", "relatedArticles", "widget_recent_entries", "most-read"), or a shop's
# customer reviews: each item's date is its own, and unlike a forum's posts, the reviews are
# never the page's content (a product page's only written day was a review's, probe
# fr_shop_reviews).
_RELATED = LazyPattern(rf"^(?:related|{_STORY_LISTS}|{READERS_REVIEWS}|{EVENT_DAYS})", re.I)
_RELATED_WORD = LazyPattern(
    "elated|recent|latest|popular|most|trending|also|review|event", re.IGNORECASE
)
_RELATED_WORD_LOWER = LazyPattern(_RELATED_WORD.pattern)  # an ASCII name's, lowered (as above)


def names_related_list(attrs: dict[str, str | None]) -> bool:
    """An id's or a class's token opening with "related", or naming a list of stories or
    customer reviews."""
    for key in ("id", "class"):
        names = attrs.get(key)
        if (
            names
            and _may_name_related(names)
            and any(_RELATED.match(token) for token in names.split())
        ):
            return True
    return False


def _may_name_related(names: str) -> bool:
    """Whether ``names`` holds a word of ``_RELATED_WORD``, in any case; an ASCII name is
    searched lowered (outside ASCII a case-blind match may pair other letters, "ſ" and "s")."""
    if names.isascii():
        return _RELATED_WORD_LOWER.search(names.lower()) is not None
    return _RELATED_WORD.search(names) is not None


# A list of the site's other stories that no name tells (a "Most read" box above the
# article, a footer's "Latest" list): two or more items, each a headline's link and a day.
# Levels climbed from a date to its list item (li > a > span > time).
_ITEM_DEPTH = 5
# An item's text at most this long: a headline and its day, not a post or a comment.
_MAX_TEASER = 300
# A link's text at least this long is a headline, not a name or a label ("Jane Roe", "3").
_MIN_HEADLINE = 10
_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def in_story_list(node: LexborNode) -> bool:
    """True when ``node`` is in a list item that is a story's teaser (a short item with a
    headline's link and a year) beside another such item: a list of other stories, each
    with its day. A date line's items (the author's link, the day, "3 comments") are no
    teasers: no link there is a headline without a year."""
    return story_item(node) is not None


def story_item(node: LexborNode) -> LexborNode | None:
    """The teaser ``node`` is in, when ``in_story_list``, else None: a list item, or a card
    (a ``<div>``, ``<article>`` or ``<section>``) beside another of its tag and class."""
    item: LexborNode | None = node
    card: LexborNode | None = None
    for _ in range(_ITEM_DEPTH):
        if item is None or item.tag == "li":
            break
        if card is None and item.tag in _CARD_TAGS and item.attributes.get("class"):
            card = item
        item = item.parent
    if item is not None and item.tag == "li" and _teaser(item) and _beside_teaser(item):
        return item
    if card is not None and _teaser(card) and _beside_teaser(card, same_class=True):
        return card
    return None


# The elements a site sets a story's card in, outside a list: a card's date is its story's
# ("<div class=card><h3><a>…</a></h3><span class=date>…</span></div>" twice above the
# headline gave the page a teaser's day, probe de_trending_cards).
_CARD_TAGS = frozenset({"div", "article", "section"})


def _beside_teaser(item: LexborNode, *, same_class: bool = False) -> bool:
    """Whether another child of ``item``'s parent, of its tag (and class), is a teaser."""
    siblings = item.parent
    if siblings is None:
        return False
    tag, classes = item.tag, item.attributes.get("class")
    return any(
        other.tag == tag
        and other.mem_id != item.mem_id
        and (not same_class or other.attributes.get("class") == classes)
        and _teaser(other)
        for other in siblings.iter()
    )


def _teaser(item: LexborNode) -> bool:
    text = item.text(deep=True, separator=" ")
    if len(text) > 2 * _MAX_TEASER or _YEAR.search(text) is None:
        return False
    if len(" ".join(text.split())) > _MAX_TEASER:
        return False
    for link in item.css("a[href]"):
        headline = " ".join(link.text(deep=True, separator=" ").split())
        if len(headline) >= _MIN_HEADLINE and _YEAR.search(headline) is None:
            return True
    return False
