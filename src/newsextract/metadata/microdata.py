"""Candidates from schema.org microdata (``itemprop``), scoped to the article item; on a page
without ``itemprop``, the dates its RDFa gives (``property`` and ``content``)."""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newsextract.dates import parse_machine_date
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.name_cleaning import FORUM_HANDLE
from newsextract.metadata.tags import site_keys, split_tags, tag_items
from newsextract.name_lists import ascii_lower, html_tokens
from newsextract.origin import Origin
from newsextract.page import ParsedPage, reader_item
from newsextract.text import clean_text

# The article's item: an element with ``itemscope`` whose ``itemtype`` holds one of these
# words in any case of ASCII letters (as ``[itemscope][itemtype*=Article i]`` would find it).
_ARTICLE_TYPES = ("article", "blogposting", "liveblog", "discussionforumposting")
# A forum post's item (Discourse, vBulletin, XenForo): its author is the poster's handle, kept
# as the board prints it ("marshwren"), which the cleaning of names would drop.
_FORUM_POST = "discussionforumposting"
# A Q&A page's question (StackExchange, its clones): the item when no article item is found
# and it names its asker (an FAQ's questions name none, and leave the whole page the scope).
# Its asker is a handle too, as a forum's poster.
_QUESTION = "question"
# The item's dates: its publication's, else its creation's (an answer's or a post's own
# ``dateCreated``, as JSON-LD's is read), and its last change's.
_CREATED = "dateCreated"
_DATE_PROPS = (
    ("published", "datePublished"),
    ("published", _CREATED),
    ("modified", "dateModified"),
)
# An answer's item: the page's own when it holds the page's headline (``_headline_answer``).
_ANSWER = "answer"
_TEXT_PROPS = (
    ("title", "headline"),
    ("lead", "description"),
    ("categories", "articleSection"),
    ("tags", "keywords"),
)
# A ``description`` holding headings is a section of the text (a patent's "Description" with
# its "Technical field" and "Background"), not the summary a lead is: it is left to the body.
_SECTION_HEADINGS = "h1, h2, h3, h4, h5, h6"


# schema.org and Dublin Core dates in RDFa (``property`` with ``content`` on an element of the
# body: RDFa Lite's ``property="datePublished"``, Drupal 7's ``property="dc:date dc:created"``),
# read as the same properties when a page has no ``itemprop``.
_RDFA_DATES = {
    "datepublished": "published", "schema:datepublished": "published",
    "datecreated": "published", "schema:datecreated": "published",
    "dc:created": "published", "dc:date": "published", "dcterms:created": "published",
    "dcterms:issued": "published", "datemodified": "modified",
    "schema:datemodified": "modified", "dc:modified": "modified", "dcterms:modified": "modified",
}  # fmt: skip


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    tree = page.tree
    if not tree.css_matches("[itemprop]"):
        yield from _rdfa_dates(page)
        return
    scope: LexborNode | None = _article_item(page) or tree.root
    if scope is None:
        return
    props = _props(scope)
    whole_page = scope.mem_id == tree.root.mem_id if tree.root is not None else True
    for field, prop in _TEXT_PROPS:
        if field == "tags":
            tags = _keywords(page, scope, props)
            if tags:
                yield _cand(field, tags, prop)
            continue
        nodes = _item_props(scope, props, prop, whole_page=whole_page)
        node = nodes[0] if nodes else None
        if node is not None and field == "lead" and node.css_first(_SECTION_HEADINGS):
            node = None  # a section of the text under its headings, not its summary
        value = clean_text(item_value(node)) if node is not None else ""
        if value:
            if field == "categories":
                parts = tuple(p for p in (clean_text(x) for x in value.split(",")) if p)
                if parts:
                    yield _cand(field, parts, prop)
            else:
                yield _cand(field, value, prop)
    if whole_page and (thing := _headline_thing(page)) is not None:
        yield _cand("undated_thing", True, thing)
    dated: set[str] = set()
    for field, prop in _DATE_PROPS:
        if field in dated:
            continue
        if prop == _CREATED:
            if whole_page:
                continue  # a page's loose dateCreated: a photo's, a comment's
            nodes = _own_props(scope, props, prop)  # the item's own, not a nested photo's
        else:
            nodes = _item_props(scope, props, prop, whole_page=whole_page)
        for node in nodes:
            if whole_page and reader_item(node):
                continue  # a comment's or a review's date, on a page without an article item
            date = parse_machine_date(item_value(node))
            if date is None and node.tag == "abbr":
                # microformats' abbr pattern, Blogger's: the stamp in the title attribute
                # ("<abbr itemprop=datePublished title='2023-11-14T18:42:00+01:00'>18:42")
                date = parse_machine_date(node.attributes.get("title") or "")
            if date is not None:
                dated.add(field)
                yield _cand(field, date, prop)
                break
    authors = tuple(a for a in (_person_name(n) for n in _own_props(scope, props, "author")) if a)
    if authors:
        kind = ascii_lower(scope.attributes.get("itemtype") or "")
        forum_post = _FORUM_POST in kind or _QUESTION in kind
        yield _cand("authors", authors, FORUM_HANDLE if forum_post else "author")
    image = _image(scope, props)
    if image:
        yield _cand("image", image, "image")
    publisher = _publisher_name(scope, props)
    if publisher is not None and clean_text(item_value(publisher)):
        yield _cand("publisher", clean_text(item_value(publisher)), "publisher")


def _rdfa_dates(page: ParsedPage) -> Iterator[Candidate]:
    """The first publication and update dates of ``_RDFA_DATES`` in the body's elements, in
    page order (the article's come before its comments'), on a page without JSON-LD;
    ``<meta>`` is ``meta``'s."""
    body = page.body
    if body is None or page.jsonld.nodes:
        return  # a page with JSON-LD dates itself there: its body is not walked for RDFa
    seen: set[str] = set()
    for node in body.css("[property][content]"):
        if node.tag == "meta":
            continue
        for token in html_tokens(node.attrs["property"] or ""):
            field = _RDFA_DATES.get(ascii_lower(token))
            if field is None or field in seen:
                continue
            date = parse_machine_date(node.attrs["content"] or "")
            if date is not None:
                seen.add(field)
                yield _cand(
                    field, date, "datePublished" if field == "published" else "dateModified"
                )
        if len(seen) == 2:
            return


def _article_item(page: ParsedPage) -> LexborNode | None:
    """The first element with ``itemscope`` and an article's ``itemtype`` (``_ARTICLE_TYPES``):
    the page's few ``[itemtype]`` elements tested here, where a query of the four compound
    selectors cost lexbor three times as much (0.063 against 0.019 ms a page)."""
    question = None
    for node in page.tree.css("[itemtype]"):
        attrs = node.attributes
        kind = ascii_lower(attrs.get("itemtype") or "")
        if "itemscope" not in attrs:
            continue
        if any(word in kind for word in _ARTICLE_TYPES):
            return node
        if question is None and _QUESTION in kind:
            question = node
    if question is not None and question.css_first('[itemprop~="author"]') is not None:
        return question
    return _headline_answer(page)


def _headline_answer(page: ParsedPage) -> LexborNode | None:
    """The ``Answer`` item that holds the page's first ``<h1>``: a page of one answer (a Q&A
    site's answer page sets the question's title inside it), whose dates are the page's,
    not a reader's contribution's (probe zh_zhihu_edited_with_meta). An answer under a
    question's page holds no ``<h1>``."""
    item = _headline_item(page)
    return item[0] if item is not None and item[1] == _ANSWER else None


def _headline_item(page: ParsedPage) -> tuple[LexborNode, str] | None:
    """The nearest microdata item around the page's first ``<h1>`` and its kind, the last
    word of its ``itemtype`` lowered ("answer", "musicevent")."""
    h1 = page.headlines[0] if page.headlines else None  # the view's: no walk of the tree
    current = h1.parent if h1 is not None else None
    while current is not None:
        attrs = current.attributes
        if "itemscope" in attrs:
            return current, ascii_lower(attrs.get("itemtype") or "").rsplit("/", 1)[-1]
        current = current.parent
    return None


# Items that have no publication date, as a word of the ``itemtype`` ("Event", "MusicEvent",
# "Festival"): their page's written days are the event's. Not a product: a shop's product
# data keeps the day it was put on sale, which a dev page's truth takes for its date (tried:
# a half-A page lost its date).
_UNDATED_WORDS = ("event", "festival")


def _headline_thing(page: ParsedPage) -> str | None:
    """The kind of an event's item that holds the page's first ``<h1>``, an item of no
    other: the page is the event's, and its written days are the event's (probe
    es_microdata_event). An event box in a post holds no ``<h1>``."""
    kind = item[1] if (item := _headline_item(page)) is not None else ""
    return kind if any(word in kind for word in _UNDATED_WORDS) else None


def _publisher_name(scope: LexborNode, props: dict[str, list[LexborNode]]) -> LexborNode | None:
    """The first ``[itemprop~="publisher"] [itemprop~="name"]`` of ``scope``. Its
    publisher is in the scope (then in ``props``) or above it: a page with a name and no
    publisher in either is not queried (lexbor's query walks the whole scope)."""
    if "name" not in props:
        return None
    if "publisher" not in props and not _publisher_above(scope):
        return None
    return scope.css_first('[itemprop~="publisher"] [itemprop~="name"]')


# Characters of an ``itemprop`` read for its tokens: a value names an item's properties, a
# few words ("author creator"); splitting a 60 MB one into 6.6 million tokens took 2.5 s.
_ITEMPROP_CHARS = 10_000


def _itemprop_tokens(value: str | None) -> list[str]:
    """The tokens of an ``itemprop`` value, read to its first ``_ITEMPROP_CHARS``."""
    return html_tokens(value[:_ITEMPROP_CHARS]) if value else []


def _publisher_above(scope: LexborNode) -> bool:
    """Whether an element above ``scope`` has the ``itemprop`` token "publisher"."""
    parent = scope.parent
    while parent is not None:
        if "publisher" in _itemprop_tokens(parent.attributes.get("itemprop")):
            return True
        parent = parent.parent
    return False


def _props(scope: LexborNode) -> dict[str, list[LexborNode]]:
    """The ``itemprop`` elements of ``scope`` (itself included) by each token of their
    ``itemprop``, in page order: what ``scope.css('[itemprop~="name"]')`` finds for every
    name, from one query."""
    found: dict[str, list[LexborNode]] = {}
    for node in scope.css("[itemprop]"):
        for token in dict.fromkeys(_itemprop_tokens(node.attrs["itemprop"])):
            found.setdefault(token, []).append(node)
    return found


def _keywords(
    page: ParsedPage, scope: LexborNode, props: dict[str, list[LexborNode]]
) -> tuple[str, ...]:
    """The item's keywords: one property holding a list ("a, b"), or one property a tag, as
    a tag list marks each link (``<a itemprop="keywords">``)."""
    values = [clean_text(item_value(node)) for node in _own_props(scope, props, "keywords")]
    items = [item for value in values if value for item in split_tags(value)]
    return tag_items(items, site=page.derived(site_keys)) if items else ()


def _item_props(
    scope: LexborNode, props: dict[str, list[LexborNode]], prop: str, *, whole_page: bool
) -> list[LexborNode]:
    """``itemprop=prop`` nodes of the article's item before those of items nested in it (a
    "read also" story's headline and day set above the article's own, probe
    en_microdata_nested_related_first); on a page without an article item, all of them."""
    nodes = props.get(prop, [])
    if whole_page or len(nodes) < 2:
        return nodes
    own = _own_props(scope, props, prop)
    return own + [node for node in nodes if node not in own] if own else nodes


def _own_props(
    scope: LexborNode, props: dict[str, list[LexborNode]], prop: str
) -> list[LexborNode]:
    """``itemprop=prop`` nodes of this item, not of items nested in it (a photo's author)."""
    own = []
    for node in props.get(prop, ()):
        parent = node.parent
        while parent is not None and parent.mem_id != scope.mem_id:
            if "itemscope" in parent.attributes:
                break
            parent = parent.parent
        if parent is None or parent.mem_id == scope.mem_id:
            own.append(node)
    return own


def _image(scope: LexborNode, props: dict[str, list[LexborNode]]) -> str:
    for node in _own_props(scope, props, "image"):
        url = node.css_first('[itemprop~="url"], [itemprop~="contentUrl"]')
        target = url if url is not None else node
        attrs = target.attributes
        for key in ("content", "src", "href"):
            value = attrs.get(key)
            if value and value.startswith(("http", "/")):
                return value
    return ""


def item_value(node: LexborNode) -> str:
    """An itemprop's value: ``content``, ``datetime`` or a link target, else its text."""
    attrs = node.attributes
    for key in ("content", "datetime"):
        value = attrs.get(key)
        if value:
            return value
    if node.tag == "meta":
        return ""
    return node.text(deep=True, separator=" ")


def _person_name(node: LexborNode) -> str:
    name = node.css_first('[itemprop~="name"]')
    if name is not None:
        return clean_text(item_value(name))
    return clean_text(item_value(node))


def _cand(field: str, value: str | tuple[str, ...] | object, detail: str) -> Candidate:
    return Candidate(field=field, value=value, origin=Origin.MICRODATA, detail=detail)  # type: ignore[arg-type]
