"""What a container's or a leaf's names and tag say before its text is read: furniture,
article text, a caption, a credit, a dateline (the hints ``blocks.walk`` records per
container, weighed once per class string since templates repeat them)."""

from __future__ import annotations

import functools
import re

from newsextract.body.characters import ends_as_sentence
from newsextract.body.class_names import class_weight
from newsextract.body.date_lines import DATELINE
from newsextract.lazy_regex import LazyPattern

SKIP_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog",
     "alertdialog", "search", "toolbar"}
)  # fmt: skip


_CREDIT_CLASS = LazyPattern(
    r"caption|credit|legend|bildunterschrift|legende|pie-?de-?foto|didascalia|byline|dateline",
    re.IGNORECASE,
)
# The credit words of ``_CREDIT_CLASS``: a leaf named by one of them (and by no caption
# word alone) is a credit or a byline, never the article's; one named only as a caption
# says what a picture shows (a slideshow's slide, a picture set outside any <figure>).
_CREDIT_ONLY_CLASS = LazyPattern(r"credit|byline|dateline", re.IGNORECASE)
# A leaf named as a dateline and as nothing else of a credit: a press release sets its first
# paragraph so ("<p class=dateline>Town, 4 May 2025 – The company …"), the dateline opening
# the prose. Its prose is the text; the opening, up to its dash or colon, is cut.
_DATELINE_ONLY_CLASS = LazyPattern(r"dateline", re.IGNORECASE)
_OTHER_CREDIT_CLASS = LazyPattern(r"credit|byline|caption|legend", re.IGNORECASE)
# The dateline's end: a dash or a colon set off by spaces, within its first 80 characters
# (a place and a date, "Talheim, 4. Februar 2025"; a longer opening is a sentence).
_DATELINE_END = LazyPattern(r"^[^\n]{3,80}?(?:\s[–—-]|:)\s+")


# ``_CREDIT_CLASS``'s words as substrings of an ASCII class string in lower case (its
# "legende" holds "legend"; "pie-de-foto" and its spellings all hold "foto"): ``in`` tests
# in C, a tenth of the case-blind regex's cost on a class string met for the first time
# (a page's class strings are mostly new to the cache).
_CREDIT_SUBSTRINGS = (
    "caption", "credit", "legend", "bildunterschrift", "didascalia", "byline", "dateline"
)  # fmt: skip


@functools.lru_cache(maxsize=8192)  # templates repeat the same class strings
def credit_class(classes: str) -> bool:
    if classes.isascii():  # case folding outside ASCII is the regex's to decide
        lower = classes.lower()
        for word in _CREDIT_SUBSTRINGS:
            if word in lower:
                return True
        if "foto" not in lower:
            return False
    return _CREDIT_CLASS.search(classes) is not None


# The words of a leaf's class that name it as furniture written in sentences (below).
_PROSE_FURNITURE_LEAF = (
    r"(?<![a-z])(?:cookies?|consent|gdpr|newsletter|sign-?up|unsubscribe|donat(?:e|ions?)|"
    r"affiliates?|afiliad[oa]s?|disclosures?|promo|a11y|accessibility-?note|"
    r"(?:editorial|ethics)-?(?:standards|policy|guidelines)|(?<=-)placeholder)(?![a-z])"
)
# A leaf's own class naming it as a post's meta line, a disclaimer or an update stamp
# (WordPress's "postmetadata", a theme's "entry-meta" paragraph, "disclaimer",
# "last-updated"): the container test reads only the classes of the elements around a
# leaf, and these are set on the paragraph itself. Not "meta" alone ("meta-description"
# may be the standfirst). A badge too: a shop's "Free shipping over 49 euro" paragraph
# under its cart button ("shipping-badge"), a label and no sentence of the text.
_FURNITURE_LEAF_CLASS = LazyPattern(
    r"postmetadata|(?:post|entry)-?meta\b|disclaimer|last-?(?:updated|modified)|"
    r"(?<![a-z])badges?\b|" + _PROSE_FURNITURE_LEAF,
    # furniture written as a paragraph of sentences and named on the paragraph itself, which
    # the container test never reads: a consent notice or the placeholder a consent tool
    # sets for an embed ("cookie-text", "tarteaucitron-placeholder"), a sign-up or donation
    # ask, a newsletter's opt-out line ("unsubscribe": "To unsubscribe, click here"; probe
    # set blind68b), an affiliate disclosure (Portuguese and Spanish "afiliados"), a
    # promotion set mid-story ("promo-box"), an accessibility notice ("a11y-note"), a note
    # pointing to the paper's editorial standards or ethics policy (probe set
    # prosefurniture)
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)
def furniture_leaf_class(classes: str) -> bool:
    return _FURNITURE_LEAF_CLASS.search(classes) is not None


@functools.lru_cache(maxsize=8192)
def dateline_class(classes: str) -> bool:
    """A leaf named as a dateline and as no other credit or caption."""
    return (
        _DATELINE_ONLY_CLASS.search(classes) is not None
        and _OTHER_CREDIT_CLASS.search(classes) is None
    )


def dateline_prose(text: str) -> str:
    """The prose a dateline-classed paragraph holds after its dateline ("Town, 4 May 2025 –
    The company …" gives "The company …"); "" when it holds no sentence of prose (a
    dateline alone, "Berlin, 4 May 2025")."""
    stripped = text.strip()
    if len(stripped) <= DATELINE or not ends_as_sentence(stripped):
        return ""
    opening = _DATELINE_END.match(stripped)
    return stripped[opening.end() :] if opening is not None else stripped


@functools.lru_cache(maxsize=8192)
def caption_class(classes: str) -> bool:
    """A leaf classed as a picture's caption, not as its credit ("slide__caption")."""
    return _CREDIT_ONLY_CLASS.search(classes) is None


# Class names of text for screen readers only: read aloud, never shown, never opened.
SCREEN_READER_CLASSES = frozenset(
    {"visually-hidden", "visuallyhidden", "sr-only", "screen-reader-text", "screenreader-only",
     "offscreen", "element-invisible"}
)  # fmt: skip
# Class names that hide an element from readers (utility classes of the common CSS
# frameworks, screen-reader-only text): such content is never part of the visible article.
# "hideme" says so in its name: rustdoc sets it on an open <details>' summary ("Expand
# description"), a toggle's label shown only while its text is folded away.
_HIDDEN_CLASSES = (
    frozenset({"hidden", "is-hidden", "u-hidden", "hide", "hideme", "d-none"})
    | SCREEN_READER_CLASSES
)


# ``hidden="until-found"``: a collapsed section the browser's find-in-page opens (a wiki's
# mobile sections after the first), there for a reader to find: shown, not hidden.
UNTIL_FOUND = "until-found"


# The microformats that mark an element as the post itself (hAtom's ``hentry``,
# microformats2's ``h-entry``): blog engines set them beside the post's taxonomy classes
# ("tag-travel", "category-news"), whose words would otherwise name it as a tag list.
_ENTRY_MARKS = frozenset({"hentry", "h-entry"})


@functools.lru_cache(maxsize=8192)  # templates repeat the same class strings
def hiding_classes(classes: str) -> bool:
    """Whether a class string hides its element (``_HIDDEN_CLASSES``), and shows it on no
    screen size: Bootstrap's "d-none d-md-block" shows it from tablets up."""
    names = classes.lower().split()
    return not _HIDDEN_CLASSES.isdisjoint(names) and not any(map(_SHOWN_ON_SIZE.fullmatch, names))


# A responsive display class of the CSS frameworks that shows, from a screen size up, what
# "d-none" hides below it (Bootstrap 4 and 5).
_SHOWN_ON_SIZE = LazyPattern(r"d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|grid|table)")


@functools.lru_cache(maxsize=8192)
def _class_facts(classes: str) -> tuple[int, bool]:
    """What a container's class string says, found in one cached call per element: its
    ``class_weight``, whether it marks the post itself."""
    # "entry" first: both marks hold it, most class strings do not (a test, not a split)
    return class_weight(classes), "entry" in classes and not _ENTRY_MARKS.isdisjoint(
        classes.split()
    )


# The hint ``container_hint`` gives a shown element whose class or id is weighed after the
# walk (``weighed_hint``), and only when it holds text: the hint of a container without
# text is never read, and a third of the class strings a page has are only on those.
TO_WEIGH = 100


def container_hint(
    attrs: dict[str, str | None], tag: str, *, shown: bool = False, rows: bool = True
) -> int | None:
    """The class/id/itemprop hint of an element (``attrs``: its attributes), or None when it
    is hidden or a landmark that never holds article text (role=navigation...); ``TO_WEIGH``
    when its class or id decides it. ``shown``: an accordion's panel, read though hidden.
    ``rows``: None for an ARIA grid's ``role=row`` too, no container but a table's row (the
    walk asks again with ``rows=False`` whether it is shown): the rare answer None is where
    the walk looks at an element's role, at no cost to the others."""
    if not attrs or tag == "body" or tag == "html":
        return TO_WEIGH if "-" in tag else _BARE_HINT.get(tag, 0)
    if len(attrs) == 1 and not shown:
        # A class alone (two containers in three): none of the tests below but its own.
        classes = attrs.get("class")
        if classes:
            return None if hiding_classes(classes) else TO_WEIGH
    # Each attribute asked by ``in`` first (most elements have none of them): a test where
    # ``get`` is a call.
    if not shown:
        if "hidden" in attrs:
            if attrs["hidden"] != UNTIL_FOUND:
                return None
        elif "aria-hidden" in attrs and attrs["aria-hidden"] == "true":
            return None
    if "role" in attrs:
        role = attrs["role"]
        if role and (role in SKIP_ROLES or (rows and role == "row")):
            return None
    if not shown and "style" in attrs:
        style = attrs["style"]
        if style and "display:none" in style.replace(" ", ""):
            return None
    if "itemprop" in attrs:
        itemprop = attrs["itemprop"]
        if itemprop:
            prop = itemprop.lower()
            if "articlebody" in prop:
                return ARTICLE_BODY
            if "interactionstatistic" in prop:
                return -2  # schema.org's count of likes, shares or comments ("3 Likes")
    classes = None
    if "class" in attrs:
        classes = attrs["class"]
    if classes and not shown and hiding_classes(classes):
        return None
    if classes or "-" in tag or attrs.get("id"):
        return TO_WEIGH
    return _tag_hint(tag, 0)


def weighed_hint(classes: str, ident: str, tag: str) -> int:
    """The hint of a shown element by its class and id (either may be ""), and by its
    name when it is a custom element: a web component's name ("<newsletter-box>",
    "<related-stories>", "<article-body>") says what it holds as a class name would (a
    custom element's name always holds a hyphen, no HTML element's does)."""
    if "-" in tag:
        classes = f"{classes} {tag}" if classes else tag
    if classes:
        hint, entry = _class_facts(classes)
        if ident:
            hint = _stronger(class_weight(ident), hint)
        if hint == -1 and entry:
            return 1  # the post's own taxonomy classes ("tag-travel") do not make it furniture
    else:
        hint = class_weight(ident) if ident else 0
    return _tag_hint(tag, hint)


def _tag_hint(tag: str, hint: int) -> int:
    """The hint of an element of ``tag`` whose names weigh ``hint``."""
    if tag in _SPECIAL_HINT_TAGS:
        if (tag == "article" or tag == "main") and hint >= 0:
            return max(hint, 1)
        if tag == "form" and hint >= 0:
            return -1  # newsletter, comment and search forms; a page-wide form is looked through
        if tag in FIGURE_TAGS and hint == -1:
            # Only a figure's caption is read: "caption", "embed" or "gallery" in the class
            # name says what the figure holds, not that it is furniture (credits are caught as
            # lines).
            return 0
    return hint


# The hint of an element marked ``itemprop=articleBody``: the article, whatever it holds.
ARTICLE_BODY = 3
# The hint of an element without attributes (and of <body>, <html>).
_BARE_HINT = {"article": 1, "main": 1, "form": -1}
# Tags whose hint is more than their names' weight.
_SPECIAL_HINT_TAGS = frozenset({"article", "main", "form", "figure", "figcaption"})
# ``class_weight``'s weights, the one that wins first: the weight of "class id" is the
# winner of the class's and the id's (no pattern reaches across white space).
_WEIGHT_RANK = {2: 0, -2: 1, -1: 2, 1: 3, 0: 4}


def _stronger(weight: int, other: int) -> int:
    """The ``class_weight`` of two names together (an id's and a class string's), each
    weighed (and cached) alone: templates repeat class strings, ids are often unique
    ("post-12345")."""
    return weight if _WEIGHT_RANK[weight] <= _WEIGHT_RANK[other] else other


FIGURE_TAGS = frozenset({"figure", "figcaption"})
