"""Tags and categories from the markup's link lists: rel=tag links, labelled lists, topic links,
hashtags."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from selectolax.lexbor import LexborNode

from newsextract.body.label_lines import category_line_names
from newsextract.browser_urls import path_of, split_or_none
from newsextract.dating.words import dateparser_languages
from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_COLONS, LABEL_END, alternation, trending_labels, words
from newsextract.language_codes import dateparser_code
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.first_story import in_first_story
from newsextract.metadata.label_texts import label_texts
from newsextract.metadata.markup_places import (
    cand,
    outside_article,
)
from newsextract.metadata.site_header import has_ancestor
from newsextract.metadata.tag_boxes import TAG_BOX, in_tag_cloud, named_site_wide, tag_box
from newsextract.metadata.tags import HASH_MARKS, is_hashtag_run, without_counts
from newsextract.metadata.teaser_tags import own_tag_links
from newsextract.name_lists import (
    ascii_lower,
    html_tokens,
)
from newsextract.page import ParsedPage
from newsextract.regex_words import word_alternation
from newsextract.text import clean_text


@functools.cache
def category_path() -> re.Pattern[str]:
    """A path segment that is a one-word category label of any language written in Latin
    letters, as addresses write it: "/category/", "/kategorie/", "/rubrik/"."""
    slugs = [w for w in words(LabelList.CATEGORIES) if " " not in w and w.isascii() and w.isalpha()]
    return re.compile(rf"/{word_alternation(slugs)}/", re.I)


def link_lists(page: ParsedPage, scope: LexborNode | None) -> Iterator[Candidate]:
    body = page.body
    if body is None:
        return
    rel = _rel_links(page.rel_links)
    authors = _link_texts(
        in_first_story([n for n in rel["author"] if not outside_article(n)], page.headlines)
    )
    if authors:
        yield cand("authors", authors, "a[rel=author]")
    # A theme's category links marked rel=tag too: rel="category tag" (WordPress), or rel=tag
    # on a link to a category page ("/category/laender/"), under its "Kategorien:" label.
    in_category = category_path().search
    category_links = rel["category"] or [
        n for n in rel["tag"] if in_category(n.attrs.get("href") or "")
    ]
    category_ids = {n.mem_id for n in category_links}
    # A rel=tag link to a section the page's own address stands under ("/societe/" of
    # "/societe/transports/le-bac…"): the page's section, linked in its tag list, no topic.
    category_ids.update(n.mem_id for n in _own_section_links(rel["tag"], page.url))
    # A rel=tag link in a tag cloud is the site's topic, not the story's.
    site_wide = {n.mem_id for n in rel["tag"] if in_tag_cloud(n)}
    tag_links = own_tag_links(
        [n for n in rel["tag"] if n.mem_id not in category_ids and n.mem_id not in site_wide],
        page.url,
    )
    tags = without_counts(_link_texts(tag_links))
    if tags:
        yield cand("tags", tags, "a[rel=tag]")
    elif tags := _entry_categories(page):
        yield cand("tags", tags, ENTRY_CATEGORIES)
    categories = _link_texts(category_links)
    if categories:
        yield cand("categories", categories, "a[rel=category]")
    labelled = list(_labelled_lists(page))
    yield from labelled
    # Topic links rank after the other tag lists of the markup: with one of those, they
    # cannot win, and the scan of every link is skipped.
    if not tags and not any(c.field == "tags" for c in labelled) and scope is not None:
        links = scope.css("a[href]")  # one query for both scans
        topics = _topic_links(links, page.url)
        if topics:
            yield cand("tags", topics, TOPIC_LINKS)
        elif hashtags := _hashtag_links(links):
            yield cand("tags", hashtags, HASHTAG_LINKS)
        elif boxed := tag_box(page, scope):
            yield cand("tags", boxed, TAG_BOX)
        elif hashtags := _hashtag_paragraph(page):
            yield cand("tags", hashtags, HASHTAG_TEXT)


_REL_NAMES = ("author", "tag", "category")

# A microformats2 post's categories (``<a class="p-category">`` inside its ``h-entry``, as
# IndieWeb themes and static site generators mark a post's tags): its tags, in page order.
ENTRY_CATEGORIES = "p-category"


def _entry_categories(page: ParsedPage) -> tuple[str, ...]:
    """The texts of the ``p-category`` elements of the page's first ``h-entry`` (a blog's
    index lists several posts, each with its own); queried only on a page whose classes
    hold the name."""
    if ENTRY_CATEGORIES not in page.names_by_attribute[0]:
        return ()
    entry = page.tree.css_first(".h-entry")
    if entry is None:
        return ()
    return without_counts(_link_texts(entry.css(".p-category")[:_MAX_LABELLED_LINKS]))


def _own_section_links(links: list[LexborNode], url: str | None) -> list[LexborNode]:
    """The ``links`` to a leading part of the page's own path ("/politik/", "/politik/inland/"
    of "/politik/inland/die-faehre…"), on its own site: the sections the page is filed
    under. The root is none (a "Home" link), nor is the page's own address, nor a topic's
    page a site files its pages under ("/themen/klimaschutz/", a tag label's segment)."""
    page = split_or_none(url or "")
    if page is None or not links:
        return []
    own = [part for part in page.path.split("/") if part]
    sections = {"/".join(own[:n]).casefold() for n in range(1, len(own))}
    found = []
    for link in links:
        address = split_or_none(link.attrs.sget("href"))
        if address is None or (address.netloc and address.netloc != page.netloc):
            continue
        path = "/".join(part for part in address.path.split("/") if part).casefold()
        if path in sections and not topic_path().search(f"/{path}/"):
            found.append(link)  # "/themen/klimaschutz/" above a page: a topic's, no section
    return found


def _rel_links(links: Iterable[LexborNode]) -> dict[str, list[LexborNode]]:
    """The links of each ``rel`` name in ``_REL_NAMES``, in page order: the page's
    ``a[rel]`` (``ParsedPage.rel_links``) and their tokens read here, as ``a[rel~=author]``
    matches them (any case of ASCII letters), instead of a query for each name."""
    found: dict[str, list[LexborNode]] = {name: [] for name in _REL_NAMES}
    for link in links:
        rel = ascii_lower(link.attrs["rel"] or "")
        # Most links' rel names none of them ("noopener noreferrer", "nofollow"): a name that
        # is a token is in the value, so a value holding none is not split into tokens.
        if not any(name in rel for name in _REL_NAMES):
            continue
        tokens = html_tokens(rel)
        for name in _REL_NAMES:
            if name in tokens:
                found[name].append(link)
    return found


# Elements whose own text may be a list's label ("Schlagworte:", "<h3>Tags</h3>").
_LABEL_HOLDERS = frozenset(
    {"div", "span", "p", "li", "dt", "strong", "b", "em", "small", "h2", "h3", "h4", "h5", "h6",
     "header", "label"}
)  # fmt: skip
_MAX_LABEL_CHARS = 40  # a label's own text: "Lesen Sie mehr zum Thema:" and its separators
_MAX_LABELLED_LINKS = 30  # more links than this under a label are a menu, not a tag list
_MAX_TAG_CHARS = 50  # a tag is a name or a topic; a longer link text is a story's headline
_MAX_TAG_WORDS = 6


@functools.cache
def _list_label() -> re.Pattern[str]:
    """A whole text that is a tag or category label, in any language, with its colon."""
    tags = alternation(LabelList.TAGS)
    categories = alternation(LabelList.CATEGORIES)
    return re.compile(
        rf"^\W*(?:(?P<tags>{tags})|(?P<categories>{categories})){LABEL_END}[\s{LABEL_COLONS}|,;·•]*$",
        re.I,
    )


def _labelled_lists(page: ParsedPage) -> Iterator[Candidate]:
    """Tags and categories printed as links after a label ("Étiquettes: <a>…</a>, <a>…</a>",
    "<div>Schlagworte</div><div><a>…</a></div>"): every labelled tag list of the article
    together (a page may show the first topics under its headline and all of them at its
    end, both labelled), and the first category list."""
    tags: dict[str, None] = {}
    categories: tuple[str, ...] = ()
    for node, tag, own_text in label_texts(page):
        if tag not in _LABEL_HOLDERS:
            continue
        own = (own_text if own_text is not None else node.text(deep=False)).strip()
        if not tags and len(own) <= _MAX_TAG_LINE and (unlinked := _unlinked_tags(node, own)):
            tags.update(dict.fromkeys(unlinked))
            continue
        if len(own) > _MAX_LABEL_CHARS:
            if len(own) <= _MAX_CATEGORY_LINE and not categories:
                categories = _unlinked_categories(node, own)
            continue
        match = _list_label().match(own)
        if match is None:
            if not categories:
                categories = _unlinked_categories(node, own)
            continue
        is_tags = bool(match.group("tags"))
        if (categories and not is_tags) or (
            outside_article(node) and not (is_tags and _own_tag_box(node))
        ):
            continue
        names = _short_link_texts(node, page.url)
        if is_tags and not names:
            names = _unlinked_items(node)
        if is_tags:
            tags.update(dict.fromkeys(names))
        else:
            categories = names
    if not tags:
        tags.update(dict.fromkeys(_aria_labelled_tags(page)))
    if tags:
        yield cand("tags", tuple(tags), "tags-label")
    if categories:
        yield cand("categories", categories, "categories-label")


def _aria_labelled_tags(page: ParsedPage) -> tuple[str, ...]:
    """The links of a list in the ``<article>`` whose accessible name is a tag label (``<nav
    aria-label="Tags">``, "Schlagwörter"): themes label a post's tag list for screen readers
    only, in a ``<nav>`` that is otherwise a menu. A site's menu of topics stands outside the
    ``<article>``, and so does its label."""
    body = page.body
    articles = page.article_elements
    if body is None or not articles:
        return ()  # no <article>: the query finds nothing (a third of pages)
    label = _list_label()
    for node in _in_articles_labelled(body, articles):
        found = label.match(node.attributes.get("aria-label") or "")
        if found is None or not found.group("tags"):
            continue
        parent = node.parent
        if parent is None or outside_article(parent) or node.css_first("a") is None:
            continue
        return _short_link_texts_in(node)
    return ()


def _in_articles_labelled(body: LexborNode, articles: tuple[LexborNode, ...]) -> list[LexborNode]:
    """``body.css("article [aria-label]")``: the elements with an ``aria-label`` inside an
    ``<article>`` (``articles``: the page's, none of them outside ``body``), in page order.
    With one article on the page, its subtree alone is walked, the article itself left out
    (lexbor matches the query's root too): a third of the page's walk."""
    if len(articles) > 1:
        return body.css("article [aria-label]")
    article = articles[0]
    return [node for node in article.css("[aria-label]") if node.mem_id != article.mem_id]


# Levels above a tag label where the box of its list may stand.
_TAG_BOX_DEPTH = 3
# A box's class or id token naming it so, from its start: other places than the article's
# text for a byline ("related-topics", "nav-tags", "footer-tags"), a post's own tag list
# when a tag label heads it inside the <article>.
_TAG_BOX_NAME = LazyPattern(r"^(?:related|footer)", re.I)


def _own_tag_box(label: LexborNode) -> bool:
    """Whether a tag label stands in a box of the article's own: a ``<nav>`` or a box named
    like one ("related-topics") inside the ``<article>`` element, the article there around
    it (themes wrap a post's tags in <nav class="tags">; a "Related topics" box lists them)."""
    box: LexborNode | None = label
    for _ in range(_TAG_BOX_DEPTH):
        if box is None:
            return False
        attrs = box.attributes
        tokens = [*(attrs.get("class") or "").split(), attrs.get("id") or ""]
        if any(_TAG_BOX_NAME.match(token) for token in tokens if token):
            break
        box = box.parent
    else:
        return False
    parent = box.parent if box is not None else None
    return (
        parent is not None and has_ancestor(box, tags=("article",)) and not outside_article(parent)
    )


# A tag line without links ("Märksõnad: haridus, lapsed, linnavalitsus"): a label, its colon
# and a few short topics between commas, a short paragraph's length.
_MAX_TAG_LINE = 200
_MIN_UNLINKED_TAGS = 2  # one word after "Tags:" may be a sentence's start; a list has several
_TAG_SEPARATORS = LazyPattern(r"\s*[,;，、|·•]\s*")


@functools.cache
def _tag_line() -> re.Pattern[str]:
    """A tag label of any language, its colon, then the rest of the line."""
    return re.compile(
        rf"^\W*(?:{alternation(LabelList.TAGS)}){LABEL_END}\s*[{LABEL_COLONS}]\s*(?P<items>.+)$",
        re.I,
    )


def _unlinked_tags(node: LexborNode, own: str) -> tuple[str, ...]:
    """The topics of a tag line without links in the article, else (): every item short
    (a topic, not a clause), the element's whole text (no part of it in a child)."""
    match = _tag_line().match(own)
    if match is None:
        return ()
    listed = match["items"].strip()
    items = [item.rstrip(".") for item in _TAG_SEPARATORS.split(listed)]
    if len(items) == 1 and is_hashtag_run(listed):
        items = listed.split()  # hashtags between spaces: "Tags: #bridges #council"
    if len(items) < _MIN_UNLINKED_TAGS or not all(
        item and len(item) <= _MAX_TAG_CHARS and len(item.split()) <= _MAX_TAG_WORDS
        for item in items
    ):
        return ()
    if node.css_first("a") is not None or outside_article(node):
        return ()
    if " ".join(node.text(deep=True).split()) != " ".join(own.split()):
        return ()
    return tuple(items)


# The elements a theme sets each unlinked tag of a labelled line in.
_ITEM_TAGS = frozenset({"span", "em", "b", "strong", "code", "small", "mark"})
# An empty element of these among them is the line's icon ("<i class=icon-tag></i>").
_ICON_TAGS = frozenset({"i", "svg", "img"})


def _unlinked_items(label: LexborNode) -> tuple[str, ...]:
    """The topics of a labelled line set each in an element of its own without links ("<p>Tags:
    <span>bridges</span> · <span>cycling</span></p>"): the line's own text is the label and
    separators alone (``_list_label`` matched it), so its child elements are the items; ()
    unless two or more, each short, in the article."""
    items = []
    for child in label.iter():
        if child.tag in ("-text", "-comment"):
            continue
        text = clean_text(child.text(deep=True, separator=" "))
        if not text and child.tag in _ICON_TAGS:
            continue
        if child.tag not in _ITEM_TAGS or not text or child.css_first("a") is not None:
            return ()
        items.append(text)
    if len(items) < _MIN_UNLINKED_TAGS or not all(
        len(item) <= _MAX_TAG_CHARS and len(item.split()) <= _MAX_TAG_WORDS for item in items
    ):
        return ()
    return tuple(items) if not outside_article(label) else ()


# A category line without links ("Posted in Soups", ``category_line_names``): a label and
# a few names, a byline's length.
_MAX_CATEGORY_LINE = 80


def _unlinked_categories(node: LexborNode, own: str) -> tuple[str, ...]:
    """The section names of a category line without links in the article, else (): the
    element's whole text, no word of it inside a child (a name set in italics and a credit
    after it are not read as one)."""
    names = category_line_names(own)
    if not names or node.css_first("a") is not None or outside_article(node):
        return ()
    if " ".join(node.text(deep=True).split()) != " ".join(own.split()):
        return ()
    return names


# Tag links without rel=tag or a label, known by their address: a path segment that is a tag
# label ("/news/topics/c1vw6/", "/aiheet/eu", "/tag/rail/"). The last source of tags.
TOPIC_LINKS = "topic-links"
_MIN_TOPIC_LINKS = 2  # one such link may be a mention in the text; a list has several
_TOPIC_GROUP_DEPTH = 2  # a list's links share the element this many levels above them
PROSE = frozenset({"p", "h1", "h2", "h3", "h4", "blockquote", "figcaption"})


@functools.cache
def topic_path() -> re.Pattern[str]:
    """A path segment that is a one-word tag label of any language written in Latin letters
    (how labels appear in addresses): "/topics/", "/aiheet/", "/schlagworte/"."""
    slugs = [w for w in words(LabelList.TAGS) if " " not in w and w.isascii() and w.isalpha()]
    return re.compile(rf"/{word_alternation(slugs)}/", re.I)


def _topic_links(links: list[LexborNode], url: str | None) -> tuple[str, ...]:
    """The first group of the article's ``links`` to topic pages (links sharing the element
    ``_TOPIC_GROUP_DEPTH`` levels above them), when it holds several short link texts. A link
    in a sentence or a heading is a mention, not a tag."""
    topic = topic_path().search
    groups: dict[int, list[LexborNode]] = {}
    for link in links:
        # One attribute read alone: ``attributes`` builds a dict of all the link's attributes.
        try:
            href = link.attrs["href"] or ""
        except KeyError:  # lexbor's a[href] matches an SVG or MathML link's xlink:href too
            continue
        if not topic(href):
            continue
        group = _link_group(link)
        if group is not None and not _in_site_wide_box(link):
            groups.setdefault(group, []).append(link)
    for links in groups.values():
        if len(links) >= _MIN_TOPIC_LINKS and not _is_language_menu(links, url):
            return _short_link_texts_of(links)
    return ()


def _in_site_wide_box(link: LexborNode) -> bool:
    """Whether an element up to ``_TOPIC_GROUP_DEPTH`` levels above ``link`` is named a
    site-wide box, by its class or by the label it opens with ("Im Trend:", "Tendencias",
    ``trending_labels``): a bar of trending topics above the headline links to topic pages
    too, and its topics are the site's of the day, not the story's."""
    holder = link.parent
    for _ in range(_TOPIC_GROUP_DEPTH):
        if holder is None:
            return False
        if named_site_wide(holder) or _opens_with_trending_label(holder):
            return True
        holder = holder.parent
    return False


_TRENDING_LABEL_STRIP = " :：\u00a0"  # a label's colon (also full-width) and spaces


def _opens_with_trending_label(holder: LexborNode) -> bool:
    """Whether ``holder``'s first child with text is a label of the site's topics of the
    day ("<span>Im Trend:</span>", "<h3>Sujets populaires</h3>", a bare "Trending:"),
    holding no link itself: the bar's name, where no class names it."""
    child = holder.child
    while child is not None:
        text = child.text_content if child.tag == "-text" else child.text(deep=True)
        if text and text.strip():
            if child.tag == "a" or (child.tag != "-text" and child.css_first("a") is not None):
                return False
            label = clean_text(text).strip(_TRENDING_LABEL_STRIP).lower()
            return label in trending_labels()
        child = child.next
    return False


def _link_group(link: LexborNode) -> int | None:
    """The ``mem_id`` of the element ``_TOPIC_GROUP_DEPTH`` levels above ``link`` that groups
    it with its siblings' links, or None for a link in prose (a sentence, a heading: a
    mention) or outside the article."""
    holder: LexborNode | None = link
    for _ in range(_TOPIC_GROUP_DEPTH):
        holder = holder.parent if holder is not None else None
        if holder is None or holder.tag in PROSE:
            return None
    return holder.mem_id if holder is not None and not outside_article(link) else None


# Tag links shown as hashtags ("<a class=chip>#Mostar</a>"), without rel=tag, a label or a
# topic address: a group of them in the article. The last source of tags.
HASHTAG_LINKS = "hashtag-links"


def _hashtag_links(links: list[LexborNode]) -> tuple[str, ...]:
    """The first group of the article's ``links`` whose texts are hashtags (sharing the element
    ``_TOPIC_GROUP_DEPTH`` levels above them, outside prose: a hashtag in a sentence or an
    embedded post is a mention), when it holds several; as the page writes them, with their
    number sign, as a hashtag page's links to the tags' pages are read (``_topic_links``)."""
    groups: dict[int, list[str]] = {}
    for link in links:
        raw = link.text(deep=True, separator=" ")
        if raw.lstrip()[:1] not in HASH_MARKS:
            continue  # most links: cleaned only when a number sign opens them
        text = clean_text(raw)
        if text[1:2] == " ":
            text = text[0] + text[1:].lstrip()  # the sign in its own element: "<span>#</span>cli"
        if len(text) < 2 or text[0] not in HASH_MARKS or not text[1].isalpha():
            continue  # "# 1 Spielebogen", "#3": a numbered item, not a hashtag
        href = link.attrs.sget("href")  # "" for an SVG link's xlink:href, which a[href] matches
        if href.startswith("#") and href != "#":
            continue  # a link within the page: a table of contents' entry ("#" alone: a script's)
        group = _link_group(link)
        if group is None:
            group = _hashtag_line(link)
        if group is not None:
            groups.setdefault(group, []).append(text)
    for texts in groups.values():
        names = tuple(dict.fromkeys(texts))
        if len(names) >= _MIN_TOPIC_LINKS and all(
            len(n) <= _MAX_TAG_CHARS and len(n.split()) <= _MAX_TAG_WORDS for n in names
        ):
            return names
    return ()


# A paragraph of the article that is hashtags and nothing else, without links ("<p>#perpustakaan
# #mahasiswa</p>" closing a story, as portals write its tags): the last source of tags.
HASHTAG_TEXT = "hashtag-text"
# One hashtag as platforms write it: its sign, a letter, then no space nor ASCII punctuation
# but the underscore (a word in any script, its vowel signs too: "#पुस्तकालय", "#Neue_Arbeit").
_HASHTAG_WORD = LazyPattern(r"[#＃][^\W\d_][^\s!-/:-@\[-^`{-~]*")


def _hashtag_paragraph(page: ParsedPage) -> tuple[str, ...]:
    """The hashtags of the article's last ``<p>`` whose own text is two hashtags or more and
    nothing else, each a word opening with a letter after its sign ("#1 #2" is a numbering;
    "#рынки@seanotes", a community's feed on VK), or none."""
    for node, tag, own in reversed(page.own_texts):
        if tag != "p" or own is None or own.lstrip()[:1] not in HASH_MARKS:
            continue  # most paragraphs: cleaned only when a number sign opens them
        text = clean_text(own)
        parts = text.split()
        if (
            is_hashtag_run(text)
            and all(_HASHTAG_WORD.fullmatch(part) for part in parts)
            and node.css_first("a") is None
            and not outside_article(node)
        ):
            return tuple(dict.fromkeys(parts))
    return ()


def _hashtag_line(link: LexborNode) -> int | None:
    """The ``mem_id`` of the paragraph holding ``link`` when that paragraph is hashtags and
    nothing else ("<p><a>#다리</a> <a>#주말</a></p>", closing a video's description or a
    post): no sentence, a list of the post's tags; None otherwise."""
    holder = link.parent
    if holder is None or holder.tag != "p" or outside_article(link):
        return None
    return holder.mem_id if is_hashtag_run(holder.text(deep=True, separator=" ")) else None


# A path's first segment naming a language edition: "/de/", "/pt-br/", "/zh-hans/".
_EDITION = LazyPattern(r"^/([a-z]{2}(?:-[a-z]{2,4})?)/", re.I)


def _is_language_menu(links: list[LexborNode], url: str | None) -> bool:
    """Links to the topic pages of a site's editions ("/de/themen/", "/es/temas/"): a menu
    of languages, not tags. Its links name two languages or more (``hreflang``; a tag list
    may name its one language on every link); or, on a site whose addresses start with their
    edition's language (the page's own does), each leads to an edition and they lead to
    two or more."""
    named = {_language(link.attributes.get("hreflang") or "") for link in links} - {None}
    if len(named) >= 2:
        return True
    if _edition(url or "") is None:
        return False
    editions = [_edition(link.attributes.get("href") or "") for link in links]
    return None not in editions and len(set(editions)) >= 2


def _edition(address: str) -> str | None:
    """The language code opening an address's path, lower case, or None."""
    found = _EDITION.match(path_of(address))  # "" for "http://[::1", which splits to nothing
    return _language(found.group(1)) if found else None


def _language(code: str) -> str | None:
    """``code`` lower case if its first part is a language dateparser knows ("und", the
    undetermined language of some content systems' links, is none)."""
    code = code.strip().lower()
    if not code:
        return None  # most links name no language: dateparser's list is not loaded for them
    return code if dateparser_code(code.split("-")[0]) in dateparser_languages() else None


_INLINE_LABELS = frozenset({"span", "strong", "b", "em", "small", "label"})


def _short_link_texts(label: LexborNode, url: str | None = None) -> tuple[str, ...]:
    """The link texts inside the label's element; for an inline label without links
    ("<li><strong>Schlagwörter</strong> <a>…</a>, <a>…</a></li>"), inside its parent; else
    in the next element after it ("<h3>Tags</h3><ul>…</ul>"). None when every link leads to
    another article of the page's site (``_other_articles``)."""
    holder: LexborNode | None = label
    if label.css_first("a") is None:
        parent = label.parent
        if label.tag in _INLINE_LABELS and parent is not None and parent.css_first("a"):
            return _short_link_texts_of(_links_up_to_next_label(label), url) or (
                _short_link_texts_in(parent, url)
            )
        holder = _next_after_label(label)
        if holder is not None and holder.tag == "a":
            return _short_link_texts_of(_link_run(holder), url)
        if holder is not None and holder.tag == "li":
            return _short_link_texts_of(_item_run(holder), url)
    return _short_link_texts_in(holder, url) if holder is not None else ()


def _links_up_to_next_label(label: LexborNode) -> list[LexborNode]:
    """The links after an inline label among its siblings, up to the next sibling that is a
    list label: one line may hold two lists ("<span>Categories:</span> <a>…</a>
    <span>Tags:</span> <a>…</a> <a>…</a>"), each its own label's."""
    links: list[LexborNode] = []
    following = _next_element(label)
    while following is not None:
        if following.tag == "a":
            links.append(following)
        elif following.tag in _INLINE_LABELS and _list_label().match(
            following.text(deep=False).strip()
        ):
            break
        else:
            links.extend(following.css("a"))
        following = _next_element(following)
    return links


def _item_run(first: LexborNode) -> list[LexborNode]:
    """The links of ``first`` and of the list items after it that hold a link and nothing
    else: a label that is a list's first item ("<ul><li><span>Tags</span></li><li><a>…</a>
    </li><li><a>…</a></li></ul>", WordPress's Newspaper theme) labels the items after it."""
    links: list[LexborNode] = []
    item: LexborNode | None = first
    while item is not None and item.tag == "li":
        found = item.css("a")
        if not found or clean_text(item.text(deep=True, separator=" ")) != " ".join(
            clean_text(a.text(deep=True, separator=" ")) for a in found
        ):
            break
        links.extend(found)
        item = _next_element(item)
    return links or first.css("a")


def _link_run(first: LexborNode) -> list[LexborNode]:
    """``first`` and the links that follow it as its siblings ("<h4>Emner</h4><a>…</a>
    <a>…</a>"), up to the first other element: a label's list written without a box."""
    links = [first]
    following = _next_element(first)
    while following is not None and following.tag == "a":
        links.append(following)
        following = _next_element(following)
    return links


_LABEL_WRAPPERS = 4  # boxes around a label alone ("<div><div><h4>Tags</h4></div></div><ul>")


def _next_after_label(label: LexborNode) -> LexborNode | None:
    """The element after the label; when the label is the last thing in its box, the element
    after the box, climbing boxes that hold nothing but the label."""
    text = clean_text(label.text(deep=True))
    current: LexborNode | None = label
    for _ in range(_LABEL_WRAPPERS + 1):
        if current is None:
            return None
        following = _next_element(current)
        if following is not None:
            return following
        current = current.parent
        if current is None or clean_text(current.text(deep=True)) != text:
            return None
    return None


def _next_element(node: LexborNode) -> LexborNode | None:
    following = node.next
    while following is not None and not (following.tag or "").isalnum():  # text, comments
        following = following.next
    return following


def _short_link_texts_in(holder: LexborNode, url: str | None = None) -> tuple[str, ...]:
    return _short_link_texts_of(holder.css("a"), url)


def _short_link_texts_of(links: list[LexborNode], url: str | None = None) -> tuple[str, ...]:
    if not 1 <= len(links) <= _MAX_LABELLED_LINKS:
        return ()
    if url and _other_articles(links, url):
        return ()
    names = without_counts(_link_texts(links))
    if any(len(n) > _MAX_TAG_CHARS or len(n.split()) > _MAX_TAG_WORDS for n in names):
        return ()
    return names


_YEAR = LazyPattern(r"^(?:19|20)\d\d$")


def _other_articles(links: list[LexborNode], url: str) -> bool:
    """Whether every one of ``links`` leads to another article of the page's site, its
    address shaped as the page's own: as many path segments, a year where the page's has
    one ("/2019/…"), and a slug of several words closing it ("/2014/res036-forschung/").
    A "More on this topic" label ("Mehr zum Thema") heads such related stories as often as
    the topics: stories are no tags."""
    page = split_or_none(url)
    if page is None:
        return False
    own = [part for part in page.path.split("/") if part]
    years = [bool(_YEAR.match(part)) for part in own]
    if not any(years):
        return False  # an address without a year: its shape says too little
    for link in links:
        address = split_or_none(link.attrs.sget("href"))
        if address is None or (address.netloc and address.netloc != page.netloc):
            return False
        parts = [p for p in address.path.split("/") if p]
        if len(parts) != len(own) or [bool(_YEAR.match(p)) for p in parts] != years:
            return False
        if len(re.split(r"[-_]", parts[-1])) < 2:
            return False  # one word: a section's or a topic's page
    return True


# A link's text read this far before cleaning: one cleaning longer than a kept link text by
# an entity's length and a space is too long whole (a 60 MB author link is not cleaned whole).
_LINK_READ = 1_000
_MAX_LINK_TEXT = 80
_CUT_SLACK = 64


def _link_texts(nodes: list[LexborNode]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for node in nodes:
        raw = node.text(deep=True, separator=" ")
        if len(raw) > _LINK_READ and len(clean_text(raw[:_LINK_READ])) > (
            _MAX_LINK_TEXT + _CUT_SLACK
        ):
            continue  # too long either way
        text = clean_text(raw)
        if text and len(text) < _MAX_LINK_TEXT:
            seen.setdefault(text, None)
    return tuple(seen)
