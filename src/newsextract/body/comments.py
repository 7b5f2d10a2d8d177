"""Readers' comment sections under an article, recognised by what they are in any language.

A template names its comment section in its own language ("comentarios", "yorumlar",
"binh-luan", "reacties") or in another word for it ("discussion", "responses"), or not at all;
then the section shows itself by its structure: schema.org ``Comment`` items, or a series of
entries each with a date, a short link (the author, "Reply", a permalink) and no headline,
often with a comment form after it. Such a section is furniture (the body walk weighs it as
the comment names ``class_names.class_weight`` knows), but only where it follows an article's
text on a page that declares itself an article (``declares_article``): a forum's or a
question's thread whose posts are the page is no article, and its first post may be long.

The class words live in the language files (``comment_section``). The extractor asks
``comment_sections`` once a page (None: the page declares no article, nothing is looked
for); the walk then weighs as furniture those sections, the schema.org comments it meets and
the containers holding text whose names ``is_comment_name`` knows, with all boxes inside them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable

from selectolax.lexbor import LexborNode

from newsextract.jsonld import ARTICLE_TYPES
from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.language_files import languages
from newsextract.lazy_regex import LazyPattern
from newsextract.page import ParsedPage

# Characters of article prose (in <p> elements) that must come before a comment section, outside
# it: an article's text is longer (the shortest news item is a few sentences), a thread's
# heading and its opening post's poster card are shorter.
ARTICLE_BEFORE = 300
# Entries of one template that make a series (a lone dated box is no comment section).
MIN_ENTRIES = 2
# Levels climbed from a date to the entry that holds it (author card, meta line, entry).
_ENTRY_DEPTH = 5
# The longest link text of a comment entry: an author's name, "Reply", a permalink's date
# ("2 March 2026 at 10:04 am"); a teaser's headline link is longer.
_ENTRY_LINK_CHARS = 40
# The text of a comment entry is at least this long (a name, a date and a sentence).
_ENTRY_TEXT = 40
# Headings inside an entry make it a teaser or a story, not a comment.
_HEADINGS = "h1, h2, h3"
# A date or time written as text in an entry whose series a comment form follows or
# precedes ("02.03.2026", "2026-03-02", "10:04").
# A time may be written with an "h" between hours and minutes, as French, Catalan and
# Portuguese write it and SPIP's forums print it ("(5 mars 2026 @09h12)", the date in words).
# The names of a comment's container, in the languages templates use.
COMMENT_NAME = LazyPattern(r"comment(?!ary)|kommentar|reply|replies|answer", re.IGNORECASE)
_DATE_TEXT = LazyPattern(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}(?::|h)\d{2}\b")
# Levels climbed from a comment form (its text box) and elements looked at before each: the
# comments sit just before the form, in its section or beside it.
_FORM_LOOKBACK = 3


def declares_article(page: ParsedPage) -> bool:
    """Whether ``page`` says it is an article (a JSON-LD article type, ``og:type`` article):
    only then is a series of replies under its text comments. A forum's or a question's
    page without structured data is a thread whose first post may be long."""
    if page.jsonld.of_type(*ARTICLE_TYPES):
        return True
    og = page.meta_first("og:type")
    return og is not None and og.strip().lower() == "article"


@functools.cache
def _name_words(plain: bool) -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str]]:
    """The comment-section words of every language, folded (lower case, accents dropped):
    the one-word ones (with the many-word ones written together, "binhluan"), the many-word
    ones as their words ("binh", "luan") and the first of those. ``plain``: only the words
    a language also prints as its comment heading (its ``comments`` list: "comentarios",
    "yorumlar"), not another word for replies ("responses", "yorum", a column too)."""
    single: set[str] = set()
    many: set[tuple[str, ...]] = set()
    for code in languages():
        headings = set(words(LabelList.COMMENTS, code))
        for word in words(LabelList.COMMENT_SECTION, code):
            if plain and word not in headings:
                continue
            parts = tuple(_fold(word).split())
            single.add("".join(parts))
            if len(parts) > 1:
                many.add(parts)
    return frozenset(single), frozenset(many), frozenset(word[0] for word in many)


def _fold(text: str) -> str:
    """``text`` in lower case without its accents ("Bình luận" -> "binh luan")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def _spaced(names: str) -> str:
    """``names`` with "-" and "_", which part the words of a class or id string besides white
    space, made spaces: two C scans, where ``str.translate`` reads a mapping a character at a
    time (half the speed on ASCII names, a hundredth with one name outside ASCII)."""
    return names.replace("-", " ").replace("_", " ")


@functools.lru_cache(maxsize=8192)  # templates repeat their class strings
def is_comment_name(names: str, *, plain: bool = False) -> bool:
    """Whether a class or id string names a comment section in some language: one of its
    words (split at white space, "-" and "_"), or a run of them, is a comment-section word
    (``plain``: one a language prints as its comment heading, see ``_name_words``)."""
    if not names:
        return False
    parts = _spaced(_fold(names)).split()
    single, many, firsts = _name_words(plain)
    if not single.isdisjoint(parts):
        return True
    if firsts.isdisjoint(parts):
        return False  # most names: no many-word word starts in them
    return any(
        tuple(parts[at : at + len(word)]) == word
        for word in many
        for at in range(len(parts) - len(word) + 1)
    )


def comment_names(names: Iterable[str]) -> frozenset[str]:
    """Those of a page's class and id strings that name a comment section
    (``is_comment_name``): one search of them all together first, as most strings of a page
    name none (testing each string took 0.2 ms a page; a site's names miss any cache)."""
    unique = list(set(names).difference(("",)))
    joined = "\n".join(unique)  # one name a line
    if joined.count("\n") != len(unique) - 1:  # a class string holding a line break
        joined = "\n".join(name.replace("\n", " ") for name in unique)
    if not joined.isascii():  # each name outside ASCII folded alone (in Python, a character
        # at a time), not every name of the page because one of them is
        joined = "\n".join(map(_fold, joined.split("\n")))
    folded = _spaced(joined.lower())
    # The words of the page that are comment words, told by a set in C (most pages hold
    # none: 280 of 455 on fundus and trafilatura), then found in the names one by one.
    found = _comment_words().intersection(folded.split())
    hits: set[str] = set()
    size = len(folded)
    for word in found:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or folded[at - 1].isspace()) and (end == size or folded[end].isspace()):
                hits.add(unique[folded.count("\n", 0, at)])  # one name a line
            at = folded.find(word, end)
    return frozenset(name for name in hits if is_comment_name(name))


@functools.cache
def _comment_words() -> frozenset[str]:
    """A word of ``is_comment_name``'s (a one-word name, or a many-word name's first word):
    every name it accepts holds one as a word of its own among its folded words."""
    single, _, firsts = _name_words(False)
    return single | firsts


def named_section(node: LexborNode, classes: str, ident: str) -> bool:
    """Whether ``node`` (with its ``classes`` and ``ident``) is a comment section by its
    name, after the article's text. A name in another word for replies ("discussion",
    "reactions", "yorum") also names a paper's discussion or the reactions an article
    quotes: the section must show a comment's marks too (``_COMMENT_MARKS``)."""
    if not (is_comment_name(classes) or is_comment_name(ident)) or not follows_article(node):
        return False
    if is_comment_name(classes, plain=True) or is_comment_name(ident, plain=True):
        return True
    return node.css_first(_COMMENT_MARKS) is not None


# What a comment section shows besides its name: its comments' dates, its comment form.
_COMMENT_MARKS = "time, [datetime], textarea"


def follows_article(
    node: LexborNode,
    before: int = ARTICLE_BEFORE,
    *,
    items: bool = False,
    measure: Callable[[str], int] = len,
) -> bool:
    """Whether ``before`` characters of paragraphs (``ARTICLE_BEFORE``) come before ``node``
    outside it: a comment section follows a text; a thread's posts are the page's first text.
    ``items``: list items count as the text's too (a recipe's ingredients and steps);
    ``measure``: a text's length (``characters.latin_width``: Han or kana as Latin)."""
    seen = 0
    tags = ("p", "li") if items else ("p",)
    query = "p, li" if items else "p"
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html"):
        sibling = current.prev
        while sibling is not None:
            if sibling.tag in tags:
                seen += measure(sibling.text(deep=True, strip=True))
            elif sibling.is_element_node:
                seen += sum(measure(p.text(deep=True, strip=True)) for p in sibling.css(query))
            if seen >= before:
                return True
            sibling = sibling.prev
        current = current.parent
    return False


def comment_sections(page: ParsedPage) -> frozenset[int] | None:
    """The ``mem_id`` of the elements of ``page`` that are a comment section by their
    structure: series of comment entries (dated by a ``<time datetime>``, or by a date in
    their text when a comment form follows them) after an article's text. On a page that
    declares no article (``declares_article``) only entries as short as comments, before
    a comment form and after a text that is no post (a thread's posts, a question's answers
    are the page's text), and readers' reviews (``_review_series``, looked for on every
    page) count, and None when there are none: then no comment section is looked for by
    name either.
    The elements come from the page's views (one query a page, shared with the metadata)."""
    declared = declares_article(page)
    found: set[int] = set()
    looked: set[int] = set()
    stamps = page.dated_times if declared and len(page.dated_times) >= MIN_ENTRIES else ()
    for stamp in stamps:  # a series dates each of its entries
        series = _series_of(stamp, looked, dated_by_text=False)
        if series is not None and follows_article(series):
            found.add(series.mem_id)
    if "review" in page.names:  # a shop's page often declares nothing: its reviews go too
        found.update(series.mem_id for series in _review_series(page))
    boxes = page.text_boxes
    looked_groups: set[tuple[int, ...]] = set()
    for box in boxes:
        for group in _beside_form(box):
            key = tuple(entry.mem_id for entry in group)
            if key in looked_groups or key[0] in found:
                continue
            looked_groups.add(key)
            entries = _children(_list_inside(group[0])) if len(group) == 1 else group
            if (
                _is_series(entries, dated_by_text=True)
                and (declared or _short(entries))
                and follows_article(group[0])
                and (declared or not _opened_by_a_post(group[0]))
            ):
                found.update(entry.mem_id for entry in group)
    return frozenset(found) if declared or found else None


def _review_series(page: ParsedPage) -> list[LexborNode]:
    """The lists of readers' reviews after an article's text (a shop's or a review's
    "Customer reviews"): a series of ``MIN_ENTRIES`` entries or more of one template whose
    first class names a review, each as short as a comment, with its author, a rating or a
    date, and no headline. They are comments with a score; the review the page writes is
    one text with headings, no series of short rated entries."""
    found = []
    looked: set[int] = set()  # the series' parents (the comments' search has its own)
    for node in page.tree.css('[class*="review" i]'):
        parent = node.parent
        if parent is None or parent.mem_id in looked:
            continue
        mark = _template(node)
        if "review" not in mark[1].lower():
            continue  # the entry's own first class names it: "review", "review-item"
        looked.add(parent.mem_id)
        entries = [c for c in _children(parent) if _template(c) == mark]
        if (
            len(entries) >= MIN_ENTRIES
            and all(map(_is_review, entries))
            and follows_article(parent, _REVIEWS_AFTER, items=True)
        ):
            found.append(parent)
    return found


# Readers' reviews follow a shop's description of a sentence or two, shorter than the text
# a comment section needs before it (``ARTICLE_BEFORE``): their template's name, rating or
# date and author say more than a comment's do. A recipe's ingredients and steps, list
# items, count as that text (probe: a Persian recipe's intro alone was 75 characters). A
# description of one sentence is enough (a Hebrew shop's, 70 characters with its two facts,
# kept its buyers' reviews at 100); a page of reviews under a line announcing them ("What
# our customers say:", 25 to 45 characters) keeps them as its text.
_REVIEWS_AFTER = 50


# A rating written as text: a score out of five or ten ("4/5", "8.5 / 10"), or stars.
_RATING_TEXT = LazyPattern(r"\b\d(?:[.,]\d)?\s*/\s*(?:5|10)\b|[★☆]")
# A rating drawn: an element named for it ("rating", "stars", "star-4").
_RATING = '[class*="rating" i], [class*="star" i], [itemprop="reviewRating"]'


def _is_review(entry: LexborNode) -> bool:
    """Whether ``entry`` looks like one reader's review: short text, no headline, its
    author, and a rating or a date."""
    text = entry.text(deep=True, strip=True)
    if not _ENTRY_TEXT <= len(text) <= _UNDECLARED_ENTRY:
        return False
    # A review's rating and its class say more than a comment's marks: a name in bold of a
    # caseless script counts as its author (probe: a Persian recipe's reviews, 2 kept -> 0).
    if entry.css_first(_NOT_A_COMMENT) is not None or not _has_author(entry, caseless=True):
        return False
    return (
        entry.css_first("time, [datetime]") is not None
        or entry.css_first(_RATING) is not None
        or _RATING_TEXT.search(text) is not None
    )


# On a page that declares no article, a comment entry holds at most this much text: a
# reader's reply runs a sentence or a few, a question's answers and a forum's posts (the
# page's text when it declares nothing) run longer.
_UNDECLARED_ENTRY = 700


# A poster's card (forum software's "username", "postprofile", "avatar"), not an article's
# byline ("author").
_POSTER = '[class*="user"], [class*="poster"], [class*="avatar"], [class*="profile"]'


def _opened_by_a_post(node: LexborNode) -> bool:
    """Whether the text before ``node`` is a post of a thread, its poster's card in it: a
    forum's opening post, set apart from the replies under it."""
    current: LexborNode | None = node
    while current is not None and current.tag not in ("body", "html"):
        for sibling in _elements_from(current.prev, backward=True):
            if sibling.tag != "p" and sibling.css_first("p") is not None:
                return sibling.css_first(_POSTER) is not None
        current = current.parent
    return False


def _short(entries: list[LexborNode]) -> bool:
    """Whether every one of ``entries`` is as short as a reader's comment."""
    return all(len(entry.text(deep=True, strip=True)) <= _UNDECLARED_ENTRY for entry in entries)


def is_comment_item(attributes: dict[str, str | None]) -> bool:
    """Whether an element (its ``attributes``) is marked a schema.org ``Comment`` (or a
    ``comment`` property of the article)."""
    itemprop = attributes.get("itemprop") or ""
    itemtype = attributes.get("itemtype") or ""
    return "comment" in itemprop.split() or itemtype.endswith("schema.org/Comment")


def _series_of(stamp: LexborNode, looked: set[int], *, dated_by_text: bool) -> LexborNode | None:
    """The parent of the series of comment entries that the dated element ``stamp`` is in,
    if it is in one."""
    entry = stamp
    for _ in range(_ENTRY_DEPTH):
        parent = entry.parent
        if parent is None or parent.tag in ("body", "html"):
            return None
        if parent.mem_id in looked:
            return None
        mark = _template(entry)
        tag = mark[0]
        siblings = [c for c in _children(parent) if c.tag == tag and _template(c) == mark]
        if len(siblings) >= MIN_ENTRIES:
            looked.add(parent.mem_id)
            return parent if _is_series(siblings, dated_by_text=dated_by_text) else None
        entry = parent
    return None


def _children(node: LexborNode) -> list[LexborNode]:
    """The element children of ``node``."""
    return _elements_from(node.child, backward=False)


def _elements_from(start: LexborNode | None, *, backward: bool) -> list[LexborNode]:
    """The elements among ``start`` and its siblings after it (before it, ``backward``), in
    the order met."""
    found = []
    while start is not None:
        if start.is_element_node:
            found.append(start)
        start = start.prev if backward else start.next
    return found


def _template(node: LexborNode) -> tuple[str, str]:
    """An entry's tag and first class: the entries of a series share both."""
    classes = (node.attributes.get("class") or "").split()
    return node.tag or "", classes[0] if classes else ""


def _list_inside(node: LexborNode) -> LexborNode:
    """``node``'s only list (<ol>/<ul>) when its entries are in one, else ``node``. The list
    may sit in wrappers (``_WRAPPERS`` levels), each the only child of its parent with text
    (SPIP's forum: an empty anchor, then a wrapper holding the count's heading and the list)."""
    current = node
    for _ in range(_WRAPPERS + 1):
        children = _children(current)
        lists = [c for c in children if c.tag in ("ol", "ul")]
        if lists:
            return lists[0] if len(lists) == 1 else node
        worded = [c for c in children if c.text(deep=True, strip=True)]
        if len(worded) != 1:
            return node
        current = worded[0]
    return node


# Wrappers looked through for a comment section's list.
_WRAPPERS = 2


def _is_series(entries: list[LexborNode], *, dated_by_text: bool) -> bool:
    """Whether ``entries`` (of one template) are comments: at least ``MIN_ENTRIES``, each
    dated, with text, only short links (at least one) and no heading."""
    if not entries:
        return False
    first = _template(entries[0])  # once, not again beside each entry's
    same = [e for e in entries if _template(e) == first]
    if len(same) < MIN_ENTRIES or len(same) < len(entries) // 2:
        return False
    if not all(_is_entry(entry, dated_by_text=dated_by_text) for entry in same):
        return False
    named = sum(_has_author(entry, nickname=True) for entry in same)
    return named * _NAMED_SHARE >= len(same)


# A series names the authors of at least half its entries, a nickname in lower case too: a
# forum's messages may be anonymous (SPIP's: 4 of 27 entries on a dev page of half A, whose
# nicknames in lower case signed 12 more).
_NAMED_SHARE = 2


def _is_entry(entry: LexborNode, *, dated_by_text: bool) -> bool:
    """Whether ``entry`` looks like one comment: dated, with text, no headline, only short
    links and a reply or permalink link (its author: see ``_is_series``)."""
    text = entry.text(deep=True, strip=True)
    if len(text) < _ENTRY_TEXT or entry.css_first(_NOT_A_COMMENT) is not None:
        return False
    links = entry.css("a")
    if not links or any(len(a.text(strip=True)) > _ENTRY_LINK_CHARS for a in links):
        return False
    if not any(_REPLY_LINK.search(_link_names(a)) for a in entry.css("a, button")):
        return False
    if entry.css_first("time, [datetime]") is not None:
        return True
    return dated_by_text and _DATE_TEXT.search(text) is not None


# What a comment never holds: a headline (a teaser's, a story's, a live blog entry's) or
# the structured data of a post.
_NOT_A_COMMENT = (
    'h1, h2, h3, [itemprop~="headline"], [itemprop~="liveBlogUpdate"], '
    '[itemtype$="/BlogPosting"], [itemtype$="/NewsArticle"]'
)
# A reply or permalink link (or button): a fragment of the page ("#comment-12"), or a
# reply/comment address or name ("?replytocom=12", "comment-reply-link").
_REPLY_LINK = LazyPattern(r"^#|reply|respon|comment|kommentar|antwort|repon", re.IGNORECASE)
# Class words of an entry's author: WordPress's "comment-author vcard"/"fn", Disqus's
# "author", forum software's "username", "avatar", "nick", "poster".
_AUTHOR_CLASS = LazyPattern(r"author|user|name|avatar|vcard|\bfn\b|nick|poster|member|profile")
# A name written in bold or cited before the text: one to four words, no colon.
_NAME_WORDS = 4


def _link_names(node: LexborNode) -> str:
    """A link's or button's address, class and text, where a reply link says it is one."""
    attributes = node.attributes
    href = attributes.get("href") or ""
    return f"{href} {attributes.get('class') or ''} {node.text(strip=True)}"


def _has_author(entry: LexborNode, *, caseless: bool = False, nickname: bool = False) -> bool:
    """Whether ``entry`` names who wrote it: an author-named element, or a short name in
    bold, cited or linked, capitalised (``caseless``: or opening with a letter of a script
    without capitals, Arabic's, Hebrew's, Devanagari's, where no name is capitalised;
    ``nickname``: or any word, a forum's nickname in lower case)."""
    for node in entry.css("[class], [itemprop~=author]"):
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('itemprop') or ''}"
        if _AUTHOR_CLASS.search(names.lower()):
            return True
    for node in entry.css("b, strong, cite, a"):
        name = node.text(strip=True)
        least = 2 if node.tag == "a" else 1  # a one-word link is as often "Reply" as a name
        count = len(name.split())
        if (
            name
            and (nickname or name[0].isupper() or (caseless and _caseless_letter(name[0])))
            and ":" not in name
            and least <= count <= _NAME_WORDS
        ):
            return True
    return False


def _caseless_letter(char: str) -> bool:
    """Whether ``char`` is a letter of a script without capitals."""
    return char.isalpha() and char.lower() == char.upper()


def _beside_form(box: LexborNode) -> list[list[LexborNode]]:
    """What may be the comments beside the form that holds the text box ``box``: each
    element just before the form or one of its parents (a list of entries), and the
    entries of one template among those elements (entries and form side by side); then the
    same just after it (SPIP sets its form over the forum's messages)."""
    form = box.parent
    while form is not None and form.tag != "form":
        form = form.parent
    found: list[list[LexborNode]] = []
    for backward in (True, False):
        current = form
        for _ in range(_FORM_LOOKBACK):
            if current is None or current.parent is None or current.tag in ("body", "html"):
                break
            beside = _elements_from(current.prev if backward else current.next, backward=backward)
            found.extend([element] for element in beside[:_FORM_LOOKBACK])
            groups: dict[tuple[str, str], list[LexborNode]] = {}
            for element in reversed(beside) if backward else beside:
                groups.setdefault(_template(element), []).append(element)
            found.extend(group for group in groups.values() if len(group) >= MIN_ENTRIES)
            current = current.parent
    return found


__all__ = [
    "ARTICLE_BEFORE",
    "comment_sections",
    "declares_article",
    "follows_article",
    "is_comment_item",
    "is_comment_name",
    "named_section",
]
