"""Candidates from the page's markup: ``<title>``, ``<h1>``, ``<time>``, ``rel`` links,
canonical link, byline containers, ``<html lang>``, and the standfirst (``standfirst``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborNode

from newsextract.body.patterns import category_line_names
from newsextract.dates import parse_machine_date
from newsextract.dating.words import dateparser_languages
from newsextract.labels import (
    LABEL_COLONS,
    LABEL_END,
    LabelList,
    alternation,
    longest_first,
    news_agencies,
    starts_with,
    word_alternation,
    words,
)
from newsextract.language import primary_code
from newsextract.metadata.authors import (
    BYLINE_AGENCY,
    FORUM_HANDLE,
    byline_agency,
    byline_prefix,
    split_byline,
    staff_credit,
    trim_byline,
)
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.headline import headline_text
from newsextract.metadata.kicker import kicker_candidate
from newsextract.metadata.label_texts import label_texts
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.metadata.other_items import READERS_REVIEWS, in_other_item
from newsextract.metadata.site_header import has_ancestor, page_header, within
from newsextract.metadata.site_names import is_site_name, site_names_from_url, title_parts
from newsextract.metadata.standfirst import standfirst
from newsextract.metadata.tags import without_counts
from newsextract.metadata.url import home_page_of
from newsextract.name_lists import (
    BYLINE,
    ascii_lower,
    has_name_token,
    html_tokens,
    matches_in_order,
)
from newsextract.origin import Origin
from newsextract.page import MAX_URL_CHARS, ParsedPage
from newsextract.text import clean_text, compare_key, word_count

# The article's container: the elements and roles that mark one, and the class names and id
# themes give it, each queried only on a page where some class or id holds it as a token
# (``name_lists.has_name_token``): lexbor tests every selector of the list on each element up
# to the first match, and most pages lack one or more of the three words.
_MAIN = "article, main, [role=main], [itemprop~=articleBody]"
_MAIN_NAMES = (("post", ".post"), ("entry", ".entry"), ("content", "#content, .content"))
_PUBLISHED_TIME = (
    "time[pubdate], time[itemprop~=datePublished], time.published, time.entry-date, "
    "time[class*=publish i], time[class*=date i], [class*=publish i] time, [class*=date i] time, "
    "header time, article time, time"
)
_BYLINE_MAX_CHARS = 160  # a byline is a line (names, a role, a date), not a paragraph
# Characters other than white space past which an element cannot clean down to a byline, not
# even one written in HTML entities ("&amp;" is 5 for 1): its text is not cleaned at all.
_BYLINE_RAW_MAX = 10 * _BYLINE_MAX_CHARS


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    title = page.title_element
    if title is not None:
        text = clean_text(title.text())
        if text:
            yield _cand("title", text, "title")
    scope = main_scope(page)
    h1s, right_aligned = _scope_elements(scope)
    body_h1s = _body_h1s(page, scope, h1s)
    scoped = _first_headline(h1s)  # read once: the headline's and the kicker's
    h1 = _headline(page, scope, scoped, body_h1s)
    if h1:
        yield _cand("headline", h1, "h1")
        kicker = kicker_candidate(scoped[0], page.url) if scoped is not None else None
        if kicker is not None:
            yield kicker
    logo = _logo_name(body_h1s)
    if logo:
        yield _cand("publisher", logo, "logo")
    canonical = next(iter(page.canonical_links), None)
    href = canonical.attributes.get("href") if canonical is not None else None
    # A longer value is no address (``MAX_URL_CHARS``): a 60 MB one was cleaned, joined and
    # split by the resolver's checks.
    if href and len(href) <= MAX_URL_CHARS:
        href = _canonical_address(href.strip(), page.url)
        if href is not None:
            yield _cand("canonical_url", href, "link[rel=canonical]")
    yield from _time_candidates(page)
    yield from _byline_candidates(page)
    if right_aligned:
        yield from _signature_candidates(scope)
    yield from _link_lists(page, scope)
    lead, how = standfirst(page, scope, h1s[0] if h1s else None)
    if lead:
        yield _cand("lead", lead, how)
    if page.html_lang:
        yield _cand("language", page.html_lang, "html[lang]")


def _cand(field: str, value: Value, detail: str) -> Candidate:
    return Candidate(field=field, value=value, origin=Origin.HTML, detail=detail)


def main_scope(page: ParsedPage) -> LexborNode | None:
    """The article container when the page marks one, else the body (found once a page:
    the markup scans and the picture's look-up read it)."""
    return page.derived(_main_scope)


def _main_scope(page: ParsedPage) -> LexborNode | None:
    names = page.names
    named = [selector for word, selector in _MAIN_NAMES if has_name_token(names, word)]
    return page.tree.css_first(", ".join([_MAIN, *named])) or page.body


def _scope_elements(scope: LexborNode | None) -> tuple[list[LexborNode], bool]:
    """The ``<h1>`` elements of ``scope`` in page order, and whether it holds a paragraph
    set flush right (``_RIGHT_ALIGNED``)."""
    if scope is None:
        return [], False
    found = scope.css(_SCOPE_QUERY)
    h1s = [node for node in found if node.tag == "h1"]
    return h1s, len(h1s) < len(found)


def _body_h1s(
    page: ParsedPage, scope: LexborNode | None, scope_h1s: list[LexborNode]
) -> list[LexborNode] | None:
    """The ``<h1>`` elements of the body in page order (None without a body): the scope's
    when the scope is the body, else one query the headline and the logo's name share."""
    body = page.body
    if body is None:
        return None
    if scope is not None and scope.mem_id == body.mem_id:
        return scope_h1s
    return list(page.headlines)


def _headline(
    page: ParsedPage,
    scope: LexborNode | None,
    scoped: tuple[LexborNode, str] | None,
    body_h1s: list[LexborNode] | None,
) -> str:
    """The first ``<h1>`` with a headline's text in the article scope (``scoped``: its
    ``_first_headline``), else in the whole body (``body_h1s``); when that one is the site's
    name (a theme's banner), the heading the theme names as the post's title
    (``_NAMED_HEADLINE``), if there is one. An ``<h1>`` of one word is a section's name
    ("Neuigkeiten", "Rezepte") where a lower heading shows a part of the ``<title>`` of its
    own (``_titled_heading``): that heading is the headline."""
    headline = _first_or_named(page, scope, scoped, body_h1s)
    if headline and word_count(headline) < MIN_TITLED_HEADING_WORDS:
        return _titled_heading(page, scope, page.body) or headline
    return headline


def _first_or_named(
    page: ParsedPage,
    scope: LexborNode | None,
    scoped: tuple[LexborNode, str] | None,
    body_h1s: list[LexborNode] | None,
) -> str:
    if scoped is not None and not _is_logo(scoped[0]):
        return scoped[1]
    body = page.body
    first = _first_headline(body_h1s) if body_h1s is not None else scoped
    if first is None:  # no <h1>: a forum's or a blog theme's heading named as the title
        return _named_headline(scope, body) or _titled_heading(page, scope, body)
    node, text = first
    if not _is_logo(node) and not is_site_name(text, _site_names(page)):
        if scope is None or body is None or scope.mem_id == body.mem_id or not _in_banner(node):
            return text
        # The site's <header> above the article holds the <h1>: a forum's or a blog's name,
        # when the article names its own title's heading (a headline the page sets in its
        # header with no such heading stays).
        named = scope.css_first(_NAMED_HEADLINE)
        return (headline_text(named) or text) if named is not None else text
    return _named_headline(scope, body) or text  # a banner: the post's title is named


# Where a page without an <h1> may show its headline: a lower heading, or an element its class
# names a title ("<div class='title'>", old portal and forum templates).
_TITLE_HEADINGS = "h2, h3, h4, [class~=title i], [class$=-title i]"
# The first this many of them are read: the headline comes before the article's text.
MAX_TITLE_HEADINGS = 30
# A heading of fewer words is a section's name or a label, which a title's part may be too.
MIN_TITLED_HEADING_WORDS = 2
# Containers of the site's furniture, whose headings name the site or its sections.
_FURNITURE = frozenset({"header", "nav", "footer", "aside"})


def _titled_heading(page: ParsedPage, scope: LexborNode | None, body: LexborNode | None) -> str:
    """On a page without an ``<h1>`` or a named title heading, the heading of the article
    (outside the site's header, navigation, sidebars and footer) whose text is a whole part of
    the ``<title>``: "Neuigkeiten » Turnierbericht vom Wochenende" shown as
    "<div class='title'>Turnierbericht vom Wochenende</div>". The page shows which part is its
    headline; the other, a section's or the site's name, is decoration."""
    root = scope or body
    title = page.title_element
    if root is None or title is None:
        return ""
    parts = [compare_key(part) for part in title_parts(clean_text(title.text())[:MAX_TITLED_CHARS])]
    if len(parts) < 2:
        return ""
    for node in root.css(_TITLE_HEADINGS)[:MAX_TITLE_HEADINGS]:
        text = headline_text(node)
        if (
            word_count(text) >= MIN_TITLED_HEADING_WORDS
            and _is_run(parts, [compare_key(part) for part in title_parts(text)])
            and not has_ancestor(node, tags=_FURNITURE)
        ):
            return text
    return ""


def _is_run(parts: list[str], run: list[str]) -> bool:
    """Whether ``run`` is one or more consecutive parts of ``parts`` (a heading "30.11. |
    Book of the week" of a title "Site | Culture | 30.11. | Book of the week - Author")."""
    if not run or not all(run) or len(run) > len(parts):
        return False
    return any(parts[i : i + len(run)] == run for i in range(len(parts) - len(run) + 1))


# A title is read in its first this many characters (a broken page's may be a whole text).
MAX_TITLED_CHARS = 1000


def _in_banner(node: LexborNode) -> bool:
    """Whether an ``<h1>`` sits in a ``<header>`` (or ``role=banner``) outside any
    ``<article>``: the site's header, not the article's."""
    banner = False
    parent = node.parent
    while parent is not None:
        if parent.tag == "article":
            return False
        if parent.tag == "header" or parent.attributes.get("role") == "banner":
            banner = True
        parent = parent.parent
    return banner


# Longer than this, a logo's text is a slogan or a headline, not the site's name.
_MAX_LOGO_CHARS = 60


def _logo_name(body_h1s: list[LexborNode] | None) -> str:
    """The site's name its logo writes: the text of the first <h1> of the body
    (``body_h1s``) that is the logo (named so, or linking to the home page), as a blog's
    header sets it ("കേരള രുചികൾ")."""
    logo = next((node for node in body_h1s if _is_logo(node)), None) if body_h1s else None
    text = headline_text(logo) if logo is not None else ""
    return text if len(text) <= _MAX_LOGO_CHARS else ""


def _named_headline(scope: LexborNode | None, body: LexborNode | None) -> str:
    """The heading a theme names as the title, in the article scope first, else in the page
    (a forum's topic title sits above the post the scope is)."""
    for root in (scope, body):
        named = root.css_first(_NAMED_HEADLINE) if root is not None else None
        if named is not None:
            return headline_text(named)
    return ""


def _first_headline(h1s: list[LexborNode]) -> tuple[LexborNode, str] | None:
    """The first ``<h1>`` with text, passing over a logo set as an ``<h1>`` before another."""
    logo = None
    for node in h1s:
        text = headline_text(node)
        if not text:
            continue
        if not _is_logo(node):
            return node, text
        logo = logo or (node, text)
    return logo


# An <h1> a theme names as the site's logo or title ("website-logo", "site-title", "branding").
_LOGO_NAMES = re.compile(r"logo|brand|site-?(?:title|name)|masthead", re.I)


def _is_logo(node: LexborNode) -> bool:
    """An <h1> named as the logo, or whose one link goes to the site's home page ("/")."""
    if _LOGO_NAMES.search(f"{node.id or ''} {node.attributes.get('class') or ''}") is not None:
        return True
    links = node.css("a")
    href = links[0].attributes.get("href") if len(links) == 1 else None
    if not href:
        return False
    address = urlsplit(href)
    return address.path in _HOME_PATHS or (bool(address.netloc) and not address.path)


# The paths of a site's home page a logo links to.
_HOME_PATHS = frozenset({"/", "/index.html", "/index.php"})


# Headings themes name as the post's title where the <h1> is the site's banner (WordPress's
# "entry-title", "post-title", "article-title"), and the microdata headline.
_NAMED_HEADLINE = (
    "h2[class*=entry-title i], h2[class*=post-title i], h2[class*=article-title i], "
    "h3[class*=entry-title i], h3[class*=post-title i], h2[class*=topic-title i], "
    "h2.headline, [itemprop=headline]"
)  # ("topic-title": phpBB's topic heading, which has no <h1>; "headline", the class word
# itself, not "subheadline", a standfirst's)


def _site_names(page: ParsedPage) -> list[str]:
    """The site's names the page gives: its host's, and its ``<meta>`` site name."""
    names = [*site_names_from_url(page.url)]
    names += page.meta.get("og:site_name", ())
    return names


def _time_candidates(page: ParsedPage) -> Iterator[Candidate]:
    # Every selector picks <time> elements with a datetime: they are found by one query and
    # each selector is tested on them alone, not run over the whole page (a page has few).
    times = [node for node in page.dated_times if node.attributes.get("datetime")]
    if not times:
        return
    times = times[:_MAX_TIMES]
    # A comment's or a related post's <time>, or the top bar's (the day of the visit), is not
    # the article's: asked of a <time> only once the other tests take it (a climb through its
    # ancestors), and once.
    top_bar = page_header(page)
    outside: dict[int, bool] = {}

    def kept(node: LexborNode) -> bool:
        verdict = outside.get(node.mem_id)
        if verdict is None:
            verdict = outside[node.mem_id] = within(node, top_bar) or in_other_item(node)
        return not verdict

    labelled_update: LexborNode | None = None
    for node in times:
        if _update_time(node) and kept(node):
            date = parse_machine_date(node.attributes.get("datetime"))
            if date is not None:
                yield _cand("modified", date, "time[datetime]")
                if not _update_class(node):
                    labelled_update = node
                break
    # Selectors one at a time: a selector list would return matches in page order, and the
    # first <time> of a page is often a "last updated" or a teaser's. The <time> an update
    # label names ("Updated <time>… Published <time>…") is the publication only when no
    # other stands in the same date line (a class "updated" is left as it was: see
    # ``_update_class``); a teaser's <time> further down the page does not replace it.
    beside = _dates_around(labelled_update)
    update_id = labelled_update.mem_id if labelled_update is not None else None
    for selector in _PUBLISHED_TIME.split(", ") if beside is not None else ():
        for node in times:
            if (
                node.mem_id == update_id
                or not within(node, beside)
                or not node.css_matches(selector)
                or not kept(node)
            ):
                continue
            date = parse_machine_date(node.attributes.get("datetime"))
            if date is not None:
                yield _cand("published", date, "time[datetime]")
                return
    for selector in _PUBLISHED_TIME.split(", "):
        for node in times:
            if not node.css_matches(selector) or not kept(node):
                continue
            date = parse_machine_date(node.attributes.get("datetime"))
            if date is not None:
                yield _cand("published", date, "time[datetime]")
                return


def _dates_around(node: LexborNode | None) -> LexborNode | None:
    """The element holding a ``<time>``'s date line: its parent's parent (the label and the
    time may share an inline wrapper)."""
    for _ in range(_DATES_AROUND_DEPTH):
        node = node.parent if node is not None else None
    return node


# Levels up from a <time> to the line of dates it is written in ("<div><span>Updated
# <time></span> <span>Published <time></span></div>").
_DATES_AROUND_DEPTH = 2


# <time> elements read: six times the most a dev page holds (81); the article's own come among
# a page's first, and a page of 40,000 (an archive, or a hostile one) spent 2 s on them.
_MAX_TIMES = 500


# The class names of a <time> holding the last update (hAtom's "updated", "date-modified");
# one also named for the publication ("entry-date published updated", WordPress's when the
# post was never changed) holds that.
_UPDATE_CLASS = re.compile(r"updated|modified", re.I)
_PUBLISH_CLASS = re.compile(r"publish", re.I)
_UPDATE_LABEL_REACH = 40  # the text just before a <time> that may be its label ("Updated")


@functools.cache
def _update_label() -> re.Pattern[str]:
    """An update label ending the text before a ``<time>`` ("Updated", "Aktualisiert am")."""
    return re.compile(alternation(LabelList.UPDATED) + LABEL_END + r"\W*$", re.I)


def _update_class(node: LexborNode) -> bool:
    """Whether a ``<time>``'s class names the update, and not the publication too."""
    classes = node.attributes.get("class") or ""
    return bool(_UPDATE_CLASS.search(classes)) and _PUBLISH_CLASS.search(classes) is None


def _update_time(node: LexborNode) -> bool:
    """Whether a ``<time>`` is the last update's: its class says so (and not the
    publication's too), or an update label stands right before it in its parent."""
    if _update_class(node):
        return True
    if _UPDATE_CLASS.search(node.attributes.get("class") or ""):
        return False  # "entry-date published updated": the publication's
    before: list[str] = []
    sibling = node.prev
    while sibling is not None and sum(map(len, before)) < _UPDATE_LABEL_REACH:
        before.insert(0, sibling.text(deep=True))
        sibling = sibling.prev
    if not any(part.strip() for part in before) and node.parent is not None:
        parent = node.parent  # a label in an inline wrapper: "<span>Updated <time>…</span>"
        sibling = parent.prev
        while sibling is not None and sum(map(len, before)) < _UPDATE_LABEL_REACH:
            before.insert(0, sibling.text(deep=True))
            sibling = sibling.prev
    text = clean_text(" ".join(before))[-_UPDATE_LABEL_REACH:]
    return bool(text) and _update_label().search(text) is not None


# Matched against each class token and the id, from their start: "comment-author" and
# "sidebar" count, "no-sidebar" on <body> does not.
_OUTSIDE_ARTICLE = re.compile(
    r"^(?:comment|respond|reply|discussion|sidebar|widget|related|recommend|teaser|footer|"
    rf"newsletter|share|social|login|nav|menu|popup|modal|{READERS_REVIEWS})",
    re.I,
)
_CONTAINERS = frozenset({"article", "main", "body", "html"})
_ANCESTORS_CHECKED = 8


def outside_article(node: LexborNode, *, form: bool = True) -> bool:
    """True inside comments, sidebars, teasers and the like: their names are not the byline.
    ``form=False``: a ``<form>`` is no such place (SMF wraps a thread's posts in its
    moderation form)."""
    current: LexborNode | None = node
    outside = ("nav", "aside", "form", "label") if form else ("nav", "aside", "label")
    for _ in range(_ANCESTORS_CHECKED):
        if current is None:
            break
        tag = current.tag  # read once: each read decodes the element's name anew
        if tag in _CONTAINERS:
            if tag == "article" and (_teaser_card(current) or _in_aside(current)):
                return True  # another story's card in a list ("node--teaser"), its byline
            break
        if tag in outside:
            return True
        if tag == "footer" and not _in_article(current):
            return True  # the page's footer; an article's own <footer> holds its byline
        attrs = current.attributes
        tokens = (attrs.get("class") or "").split()
        tokens.append(attrs.get("id") or "")
        if any(_OUTSIDE_ARTICLE.match(token) for token in tokens if token):
            return True
        current = current.parent
    return False


# A class token naming an <article> another story's card: "teaser" closing it after a
# hyphen or underscore, as Drupal's "node--teaser" and BEM's "c-article-teaser" are
# (``_OUTSIDE_ARTICLE`` reads tokens from their start only).
_TEASER_CARD = re.compile(r"[-_]teaser$", re.I)


def _teaser_card(node: LexborNode) -> bool:
    classes = node.attributes.get("class") or ""
    return any(_TEASER_CARD.search(t) for t in classes.split())


def _in_aside(node: LexborNode) -> bool:
    """Whether an ``<article>`` stands in an ``<aside>`` or ``<nav>``: a related story's
    card in the sidebar, its byline that story's."""
    parent = node.parent
    for _ in range(_ANCESTORS_CHECKED):
        if parent is None:
            return False
        if parent.tag in ("aside", "nav"):
            return True
        parent = parent.parent
    return False


def _in_article(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in ("article", "main"):
            return True
        parent = parent.parent
    return False


def _non_space(text: str) -> int:
    """The characters of ``text`` other than white space."""
    return sum(map(len, text.split()))


def _byline_candidates(page: ParsedPage) -> Iterator[Candidate]:
    body = page.body
    if body is None:
        return
    language = primary_code(page.html_lang) if page.html_lang else None
    for node in matches_in_order(body, BYLINE.for_page(page.names)):
        if outside_article(node, form=not _poster_block(node)):
            continue
        raw = node.text(deep=True, separator=" ")
        if len(raw) > _BYLINE_RAW_MAX and (
            # its start first: a text of 60 MB was split whole (0.9 s)
            _non_space(raw[: 2 * _BYLINE_RAW_MAX]) > _BYLINE_RAW_MAX
            or _non_space(raw) > _BYLINE_RAW_MAX
        ):
            continue  # a container named for its author (a whole post): not worth cleaning
        text = clean_text(raw).replace(" ,", ",")
        if not text or len(text) > _BYLINE_MAX_CHARS:
            continue
        if "·" in text and _GLUED_HANGUL_DOT.search(node.text(deep=True)):
            # "<a>김민수</a>·<a>이지은</a>": the dot joins the names as written, without spaces
            text = _SPACED_HANGUL_DOT.sub("·", text)
        if _date_line(text, language) or _mention(node):
            continue
        if _poster_block(node):
            poster = _poster_name(node, language)
            if poster is not None:
                yield _cand("authors", (poster[0],), poster[1])
                return
            continue
        split = split_byline(text, places_of=language)
        names = [n for n in split if looks_like_name(n)]
        names = _named_parts(node, names, text) or names
        card = None
        if not names:
            names = _linked_names(node, text, language)
        if not names and (card := _card_name(node, text, language)) is not None:
            names = [card]
        # tested once names are read (two queries of the element): most elements tried name none
        if names and (_section_links_only(node, text) or _is_button(node)):
            continue
        if names:
            yield _cand("byline", card or trim_byline(text, language), "byline")
            yield _cand("authors", tuple(names), "byline")
            # an agency written in lower case ("Von Anna Berg, dpa"), no name in form, is
            # the story's source all the same
            if (agency := byline_agency(split, text)) is not None:
                yield _cand("source", agency, BYLINE_AGENCY)
            return
        if not split and staff_credit(text):
            yield _cand("byline", trim_byline(text), "byline")  # a newsroom's credit, no author
            return
        handle = forum_handle(node)
        if handle is not None:
            yield _cand("authors", (handle,), FORUM_HANDLE)
            return
        if (joined := _joined_agency().search(text)) is not None:
            yield _cand("source", joined.group(1), BYLINE_AGENCY)  # the newsroom's: no author
        elif (bracketed := byline_agency((), text)) is not None:
            yield _cand("source", bracketed, BYLINE_AGENCY)  # "Cairo (Reuters)": a dateline's


# Words of a class naming a control: a byline's "Follow" or "Subscribe" button
# ("author-info__follow-button"), whose label is no writer's name.
_BUTTON_WORDS = ("button", "btn", "follow", "subscribe")


def _is_button(node: LexborNode) -> bool:
    """Whether a byline-classed element is a control beside the byline, not the byline: a
    button, named as one, or holding nothing but buttons ("<div class=author-tools><button>
    Suivre</button></div>")."""
    if node.tag == "button":
        return True
    named = (node.attributes.get("class") or "").lower()
    if any(word in named for word in _BUTTON_WORDS):
        return True
    buttons = node.css("button")
    return (
        bool(buttons)
        and "".join(b.text(deep=True) for b in buttons).split() == node.text(deep=True).split()
    )


# A middle dot between two Hangul syllables as the page writes it, and as the text read with
# spaces between elements gives it when the names are links.
_GLUED_HANGUL_DOT = re.compile(r"[\uac00-\ud7a3]·[\uac00-\ud7a3]")
_SPACED_HANGUL_DOT = re.compile(r"(?<=[\uac00-\ud7a3]) · (?=[\uac00-\ud7a3])")


def _mention(node: LexborNode) -> bool:
    """Whether a link found by its address alone (``a[href*='/author/']``, no byline class
    or rel=author) sits in a sentence or heading: a writer the text mentions ("as <a
    href=/author/jane-doe>Jane Doe</a> wrote last week"), not the byline."""
    if node.tag != "a" or node.parent is None or node.parent.tag not in _PROSE:
        return False
    attrs = node.attributes
    if "author" in (attrs.get("rel") or "").lower():
        return False
    named = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    return not any(word in named for word in BYLINE.words)  # no byline class ("username")


def _section_links_only(node: LexborNode, text: str) -> bool:
    """Whether a byline-classed element holds nothing but links to category pages ("<div
    class=author-container><a href=/news/category/29/…>Varieties</a></div>"): a section's
    name set beside the byline, not a writer. (A tag or topic page may be an author's own.)"""
    links = node.css("a[href]")
    if not links or not all(_category_path().search(a.attrs["href"] or "") for a in links):
        return False
    return " ".join(clean_text(a.text(deep=True, separator=" ")) for a in links) == text


@functools.cache
def _category_path() -> re.Pattern[str]:
    """A path segment that is a one-word category label of any language written in Latin
    letters, as addresses write it: "/category/", "/kategorie/", "/rubrik/"."""
    slugs = [w for w in words(LabelList.CATEGORIES) if " " not in w and w.isascii() and w.isalpha()]
    return re.compile(rf"/{word_alternation(slugs)}/", re.I)


# An author card's text up to this long: a heading, the name and a short bio; a longer
# container is a whole section, whose first link or bold text need not be its author.
_CARD_MAX_CHARS = 600
# The card's parts that hold the name: its link to the author's page, its bold or heading
# text (the card's heading, "About the author", is one too and reads as no name).
_CARD_NAME_PARTS = "a, strong, b, h2, h3, h4, h5, [class*=name i]"


# Words of an author card's class or id beside the author word ("author-card", "authorbox",
# "author-bio", "about-author"): a card, not a forum post's poster box or a share bar.
_CARD_WORDS = ("card", "box", "bio", "about")


def _canonical_address(href: str, url: str | None) -> str | None:
    """A canonical link's address: absolute, or joined with the page's address when written
    relative ("/news/story", "//example.org/news/story"); None for the site's home page on
    a page that has a path of its own (a template's default, no article's address)."""
    if not href.startswith("http"):
        if not url or not url.startswith("http") or not href.startswith(("/", "//")):
            return None
        href = urljoin(url, href)
    return None if home_page_of(href, url) else href


def _linked_names(node: LexborNode, text: str, language: str | None) -> list[str]:
    """The names of a byline of links to several authors with nothing between them, whose
    text reads as no name run together ("Door <a>Jan van der Berg</a><a>Seán Ó Briain</a>":
    the particles make "Jan van der Berg Seán Ó Briain" no name): each link one name, the
    links the whole text but a byline label before them."""
    names = [clean_text(link.text(deep=True, separator=" ")) for link in node.css("a")]
    if not all(names) or len(set(names)) < 2:  # one link: the byline's reading stands
        return []
    joined = " ".join(names)
    if not text.endswith(joined):
        return []
    label = text[: len(text) - len(joined)].strip()
    if label and not byline_prefix().fullmatch(label + " "):
        return []
    # The names read last, once the text's shape allows them (each read costs a byline's
    # split): the outcome is the same in either order.
    for own in names:
        if split_byline(own, places_of=language) != [own] or not looks_like_name(own):
            return []
    return names


def _card_name(node: LexborNode, text: str, language: str | None) -> str | None:
    """The author an author card names when its whole text reads as no byline: a heading,
    the name (a link to the author's page or bold) and a bio ("<div class=author-card><h4>
    About the author</h4><a><strong>Jane Doe</strong></a><p>Jane covers housing.</p>"): the
    first such part whose text is one name, without a label ("Über die Autorin")."""
    if len(text) > _CARD_MAX_CHARS:
        return None
    attrs = node.attributes
    named = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if not any(word in named for word in _CARD_WORDS):
        return None
    for part in node.css(_CARD_NAME_PARTS):
        own = clean_text(part.text(deep=True, separator=" "))
        if not own or own == text:
            continue
        names = split_byline(own, places_of=language)
        if len(names) == 1 and names[0] == own and looks_like_name(own):
            return own
    return None


@functools.cache
def _joined_agency() -> re.Pattern[str]:
    """An agency joined to the end of a byline element that names no writer ("La rédaction
    avec AFP", "Redaktion mit dpa"): the story's source (a newsroom is no author)."""
    agencies = longest_first(news_agencies())
    return re.compile(
        rf"\s{alternation(LabelList.BYLINE_JOINERS)}\s+({'|'.join(map(re.escape, agencies))})\W*$",
        re.I,
    )


def _date_line(text: str, language: str | None) -> bool:
    """Whether a byline-classed element is a date line: its text opens with a "published"
    or "updated" label of the page's language (of any, where the page names none) and holds
    no name after it ("अंतिम अद्यतन: 20 नोव्हेंबर 2026", "Last updated: 3 March"), where
    the label's first word would read as a name. "Updated by Jane Doe" names one."""
    if language is not None and not words(LabelList.UPDATED, language):
        language = None  # a language without a file: every language's labels
    opening = starts_with(LabelList.UPDATED, LabelList.PUBLISHED, language=language).match(text)
    if opening is None:
        return False
    return not any(looks_like_name(n) for n in split_byline(text[opening.end() :]))


# An element of a byline container that holds the author's name alone ("author-name",
# "AuthorInfo-name"): the container's other parts are a place, a role or a badge
# ("প্ৰিয়ংকা বৰা, গুৱাহাটী", "绿手指小王 园艺爱好者"), which read as more names beside it.
_NAME_PARTS = "[class*=name i]"


def _named_parts(node: LexborNode, whole: list[str], read: str) -> list[str]:
    """The names in the container's name elements, in order, when each is part of a name
    the container gives read ``whole`` and they leave a word of it out (a place, a badge);
    else none: the container's reading stands (a name element may hold a label, "Über" of
    an author box's "About", "AUTOR/IN" beside the name). A name part that the container's
    reading lost, run together with the element after it ("Hindrik van der Meer" of "…
    Meer Fryske Akademy, Ljouwert", a paper's authors before their affiliation), counts
    when it is in the container's text ``read`` and another part is one of ``whole``."""
    if not whole or "name" in (node.attributes.get("class") or "").lower():
        return []
    names: list[str] = []
    for part in node.css(_NAME_PARTS):
        text = clean_text(part.text(deep=True, separator=" "))
        names.extend(n for n in split_byline(text) if looks_like_name(n) and n not in names)
    in_whole = [any(n in w for w in whole) for n in names]
    if not any(in_whole) or not all(
        found or n in read for n, found in zip(names, in_whole, strict=True)
    ):
        return []
    if any(w in news_agencies() and w not in names for w in whole):
        return []  # "<span class=author-name>Tom Nguyen</span> and AAP": the agency is credited
    kept = {word for name in names for word in name.split()}
    left_out = any(word not in kept for name in whole for word in name.split())
    return names if left_out else []


# A forum member's name as the board prints it: one word of letters, digits, "_", "." or
# "-", with a letter ("paddlefish_77", "minhtuan_hn"); a name of words reads as a name.
_HANDLE = re.compile(r"(?=[\w.-]*[^\W\d_])[\w.-]{3,30}")
_USERNAME = "[class*=username i]"  # phpBB's, XenForo's and vBulletin's poster link


def forum_handle(node: LexborNode) -> str | None:
    """The poster's handle of a forum post's author line ("by <a class=username>
    paddlefish_77</a> » Mon Mar 03, 2025"), which is no person's name in form."""
    holder = node if "username" in (node.attributes.get("class") or "").lower() else None
    holder = holder or node.css_first(_USERNAME)
    if holder is None:
        return None
    text = clean_text(holder.text(deep=True))
    return text if _HANDLE.fullmatch(text) else None


# A forum post's poster block, as its whole class: SMF's "poster", phpBB's "postprofile". It
# holds the member's name (a link to their profile, maybe in a heading) and then their rank,
# post count, join date and place ("Full Member", "Posts: 1,234", "Joined: …"), which read as
# no byline.
_POSTER_CLASSES = frozenset({"poster", "postprofile"})
_POSTER_NAME_PARTS = "a, h4, dt, strong, b"


def _poster_block(node: LexborNode) -> bool:
    classes = (node.attributes.get("class") or "").lower().split()
    return not _POSTER_CLASSES.isdisjoint(classes)


def _poster_name(node: LexborNode, language: str | None) -> tuple[str, str] | None:
    """The member a poster block names, with its candidate's detail: the first of its links
    and headings whose whole text is one name ("byline") or a handle (``FORUM_HANDLE``)."""
    for part in node.css(_POSTER_NAME_PARTS):
        own = clean_text(part.text(deep=True, separator=" "))
        if not own:
            continue
        names = split_byline(own, places_of=language)
        if len(names) == 1 and names[0] == own and looks_like_name(own):
            return own, "byline"
        if _HANDLE.fullmatch(own):
            return own, FORUM_HANDLE
    return None


# A paragraph set flush right: where a signature closes an article.
_RIGHT_ALIGNED = 'p[style*="right" i], p[align="right" i]'
# The article scope's <h1> elements (the headline, the standfirst after it) and its
# paragraphs set flush right (a signature), found by one query: lexbor walks the whole scope
# once a query whatever the length of its selector list, and the tag tells which selector an
# element matched (each names its own tag).
_SCOPE_QUERY = f"h1, {_RIGHT_ALIGNED}"
_SIGNATURE_MAX_CHARS = 60  # a name or two, not a sentence
_EMPHASIS = "strong, b, em, i"


def _signature_candidates(scope: LexborNode | None) -> Iterator[Candidate]:
    """The author signing the article at its end: its last paragraph, set flush right and
    in bold or italics, holding nothing but names ("<p style='text-align:right'><strong>Jane
    Doe</strong></p>"), and the agency it credits as a byline does ("Nguyễn Hoàng (TTXVN)",
    Vietnamese pages' signature). Read only when the scope has a paragraph set flush right."""
    if scope is None:
        return
    last = _last_paragraph(scope)
    if last is None or not _right_aligned(last):
        return
    text = clean_text(last.text(deep=True, separator=" "))
    emphasis = last.css_first(_EMPHASIS)
    if not text or len(text) > _SIGNATURE_MAX_CHARS or emphasis is None:
        return
    if clean_text(emphasis.text(deep=True, separator=" ")) != text:
        return
    names = split_byline(text)
    if names and all(looks_like_name(n) for n in names):
        yield _cand("byline", text, "signature")
        yield _cand("authors", tuple(names), "signature")
        if (agency := byline_agency(names, text)) is not None:
            yield _cand("source", agency, BYLINE_AGENCY)


def _last_paragraph(scope: LexborNode) -> LexborNode | None:
    """The scope's last paragraph with text, before the credit lines closing it ("Theo
    VnExpress", "Nguồn: TTXVN" after the signature, Vietnamese pages)."""
    credits = 0
    for paragraph in reversed(scope.css("p")):
        text = paragraph.text(deep=True)
        if not text.strip():
            continue
        if credits < _MAX_CLOSING_CREDITS and _credit_start().match(text) is not None:
            credits += 1
            continue
        return paragraph
    return None


# Credit lines after a signature: the story's source, and a second (a photo's, a wire's).
_MAX_CLOSING_CREDITS = 2


@functools.cache
def _credit_start() -> re.Pattern[str]:
    return re.compile(r"^\s*" + alternation(LabelList.CREDIT) + LABEL_END, re.I)


_ALIGN_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)


def _right_aligned(node: LexborNode) -> bool:
    attrs = node.attributes
    return bool(
        _ALIGN_RIGHT.search(attrs.get("style") or "")
        or (attrs.get("align") or "").lower() == "right"
    )


def _link_lists(page: ParsedPage, scope: LexborNode | None) -> Iterator[Candidate]:
    body = page.body
    if body is None:
        return
    rel = _rel_links(page.rel_links)
    authors = _link_texts([n for n in rel["author"] if not outside_article(n)])
    if authors:
        yield _cand("authors", authors, "a[rel=author]")
    # A theme's category links marked rel=tag too: rel="category tag" (WordPress), or rel=tag
    # on a link to a category page ("/category/laender/"), under its "Kategorien:" label.
    in_category = _category_path().search
    category_links = rel["category"] or [
        n for n in rel["tag"] if in_category(n.attrs["href"] or "")
    ]
    category_ids = {n.mem_id for n in category_links}
    tags = without_counts(_link_texts([n for n in rel["tag"] if n.mem_id not in category_ids]))
    if tags:
        yield _cand("tags", tags, "a[rel=tag]")
    categories = _link_texts(category_links)
    if categories:
        yield _cand("categories", categories, "a[rel=category]")
    labelled = list(_labelled_lists(page))
    yield from labelled
    # Topic links rank after the other tag lists of the markup: with one of those, they
    # cannot win, and the scan of every link is skipped.
    if not tags and not any(c.field == "tags" for c in labelled) and scope is not None:
        links = scope.css("a[href]")  # one query for both scans
        topics = _topic_links(links, page.url)
        if topics:
            yield _cand("tags", topics, TOPIC_LINKS)
        elif hashtags := _hashtag_links(links):
            yield _cand("tags", hashtags, HASHTAG_LINKS)


_REL_NAMES = ("author", "tag", "category")


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
        names = _short_link_texts(node)
        if is_tags:
            tags.update(dict.fromkeys(names))
        else:
            categories = names
    if tags:
        yield _cand("tags", tuple(tags), "tags-label")
    if categories:
        yield _cand("categories", categories, "categories-label")


# Levels above a tag label where the box of its list may stand.
_TAG_BOX_DEPTH = 3
# A box's class or id token naming it so, from its start: other places than the article's
# text for a byline ("related-topics", "nav-tags", "footer-tags"), a post's own tag list
# when a tag label heads it inside the <article>.
_TAG_BOX_NAME = re.compile(r"^(?:related|footer)", re.I)


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
_TAG_SEPARATORS = re.compile(r"\s*[,;，、|·•]\s*")


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
    if len(items) == 1 and all(word[0] in _HASH_MARKS for word in listed.split()):
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
_PROSE = frozenset({"p", "h1", "h2", "h3", "h4", "blockquote", "figcaption"})


@functools.cache
def _topic_path() -> re.Pattern[str]:
    """A path segment that is a one-word tag label of any language written in Latin letters
    (how labels appear in addresses): "/topics/", "/aiheet/", "/schlagworte/"."""
    slugs = [w for w in words(LabelList.TAGS) if " " not in w and w.isascii() and w.isalpha()]
    return re.compile(rf"/{word_alternation(slugs)}/", re.I)


def _topic_links(links: list[LexborNode], url: str | None) -> tuple[str, ...]:
    """The first group of the article's ``links`` to topic pages (links sharing the element
    ``_TOPIC_GROUP_DEPTH`` levels above them), when it holds several short link texts. A link
    in a sentence or a heading is a mention, not a tag."""
    topic = _topic_path().search
    groups: dict[int, list[LexborNode]] = {}
    for link in links:
        # One attribute read alone: ``attributes`` builds a dict of all the link's attributes.
        if not topic(link.attrs["href"] or ""):
            continue
        group = _link_group(link)
        if group is not None:
            groups.setdefault(group, []).append(link)
    for links in groups.values():
        if len(links) >= _MIN_TOPIC_LINKS and not _is_language_menu(links, url):
            return _short_link_texts_of(links)
    return ()


def _link_group(link: LexborNode) -> int | None:
    """The ``mem_id`` of the element ``_TOPIC_GROUP_DEPTH`` levels above ``link`` that groups
    it with its siblings' links, or None for a link in prose (a sentence, a heading: a
    mention) or outside the article."""
    holder: LexborNode | None = link
    for _ in range(_TOPIC_GROUP_DEPTH):
        holder = holder.parent if holder is not None else None
        if holder is None or holder.tag in _PROSE:
            return None
    return holder.mem_id if holder is not None and not outside_article(link) else None


# Tag links shown as hashtags ("<a class=chip>#Mostar</a>"), without rel=tag, a label or a
# topic address: a group of them in the article. The last source of tags.
HASHTAG_LINKS = "hashtag-links"
_HASH_MARKS = "#＃"  # the number sign, and its full-width form of CJK pages


def _hashtag_links(links: list[LexborNode]) -> tuple[str, ...]:
    """The first group of the article's ``links`` whose texts are hashtags (sharing the element
    ``_TOPIC_GROUP_DEPTH`` levels above them, outside prose: a hashtag in a sentence or an
    embedded post is a mention), when it holds several; as the page writes them, with their
    number sign, as a hashtag page's links to the tags' pages are read (``_topic_links``)."""
    groups: dict[int, list[str]] = {}
    for link in links:
        raw = link.text(deep=True, separator=" ")
        if raw.lstrip()[:1] not in _HASH_MARKS:
            continue  # most links: cleaned only when a number sign opens them
        text = clean_text(raw)
        if len(text) < 2 or text[0] not in _HASH_MARKS or not text[1].isalpha():
            continue  # "# 1 Spielebogen", "#3": a numbered item, not a hashtag
        if (link.attrs["href"] or "").startswith("#"):
            continue  # a link within the page: a table of contents' entry
        group = _link_group(link)
        if group is not None:
            groups.setdefault(group, []).append(text)
    for texts in groups.values():
        names = tuple(dict.fromkeys(texts))
        if len(names) >= _MIN_TOPIC_LINKS and all(
            len(n) <= _MAX_TAG_CHARS and len(n.split()) <= _MAX_TAG_WORDS for n in names
        ):
            return names
    return ()


# A path's first segment naming a language edition: "/de/", "/pt-br/", "/zh-hans/".
_EDITION = re.compile(r"^/([a-z]{2}(?:-[a-z]{2,4})?)/", re.I)


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
    found = _EDITION.match(urlsplit(address).path)
    return _language(found.group(1)) if found else None


def _language(code: str) -> str | None:
    """``code`` lower case if its first part is a language dateparser knows ("und", the
    undetermined language of some content systems' links, is none)."""
    code = code.strip().lower()
    if not code:
        return None  # most links name no language: dateparser's list is not loaded for them
    return code if code.split("-")[0] in dateparser_languages() else None


_INLINE_LABELS = frozenset({"span", "strong", "b", "em", "small", "label"})


def _short_link_texts(label: LexborNode) -> tuple[str, ...]:
    """The link texts inside the label's element; for an inline label without links
    ("<li><strong>Schlagwörter</strong> <a>…</a>, <a>…</a></li>"), inside its parent; else
    in the next element after it ("<h3>Tags</h3><ul>…</ul>")."""
    holder: LexborNode | None = label
    if label.css_first("a") is None:
        parent = label.parent
        if label.tag in _INLINE_LABELS and parent is not None and parent.css_first("a"):
            return _short_link_texts_in(parent)
        holder = _next_after_label(label)
        if holder is not None and holder.tag == "a":
            return _short_link_texts_of(_link_run(holder))
        if holder is not None and holder.tag == "li":
            return _short_link_texts_of(_item_run(holder))
    return _short_link_texts_in(holder) if holder is not None else ()


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


def _short_link_texts_in(holder: LexborNode) -> tuple[str, ...]:
    return _short_link_texts_of(holder.css("a"))


def _short_link_texts_of(links: list[LexborNode]) -> tuple[str, ...]:
    if not 1 <= len(links) <= _MAX_LABELLED_LINKS:
        return ()
    names = without_counts(_link_texts(links))
    if any(len(n) > _MAX_TAG_CHARS or len(n.split()) > _MAX_TAG_WORDS for n in names):
        return ()
    return names


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
