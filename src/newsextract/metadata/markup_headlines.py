"""The headline from the markup: the article's <h1> or the heading that names it, not a site's
logo or banner."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.browser_urls import path_of, split_or_none
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.headline import headline_text
from newsextract.metadata.site_header import NAMED_HEADLINE, has_ancestor, in_sidebar
from newsextract.metadata.site_name import logo_text
from newsextract.metadata.site_names import is_site_name, site_names_from_url, title_parts
from newsextract.metadata.title import opens_with_page_path
from newsextract.metadata.title_agreement import is_kicker
from newsextract.page import ParsedPage
from newsextract.text import clean_text, compare_key, fold_case, is_unspaced_char, word_count


def h1s_in_body(
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


def headline_element(
    page: ParsedPage,
    scope: LexborNode | None,
    scoped: tuple[LexborNode, str] | None,
    body_h1s: list[LexborNode] | None,
) -> str:
    """The first ``<h1>`` with a headline's text in the article scope (``scoped``: its
    ``first_headline``), else in the whole body (``body_h1s``); when that one is the site's
    name (a theme's banner), the heading the theme names as the post's title
    (``NAMED_HEADLINE``), if there is one. An ``<h1>`` of one word is a section's name
    ("Neuigkeiten", "Rezepte") where a lower heading shows a part of the ``<title>`` of its
    own (``_titled_heading``): that heading is the headline."""
    headline = _first_or_named(page, scope, scoped, body_h1s)
    if headline and (shared := _shared_heading_past_crumb(page, headline)):
        return shared
    if headline and word_count(headline) < MIN_TITLED_HEADING_WORDS:
        return (
            _titled_heading(page, scope, page.body)
            or _path_titled_heading(page, headline, page.body)
            or _heading_under_section(page, headline, page.body)
            or headline
        )
    if (
        headline
        and _section_sized(headline)
        and not _shared_as_title(page, headline)
        and not is_site_name(headline, [*_site_names(page), logo_text(page)])
        and (under := _heading_under_section(page, headline, page.body))
    ):
        return under
    if headline and (rest := _title_beside(page, headline)) and (h1 := _framed(page, headline)):
        return _heading_of(rest, h1, page.body, page.url) or headline
    if headline and _has_path_title(page) and _in_sidebar_only(page, headline):
        return _path_titled_heading(page, headline, page.body) or headline
    return headline


def _shared_heading_past_crumb(page: ParsedPage, headline: str) -> str:
    """When the ``<h1>`` showing ``headline`` is the last crumb of a breadcrumb trail (an
    SEO title a theme sets in the trail) and the page's social title is not its text, the
    first lower heading outside the trail that shows the social title (alone, or after a
    kicker set before it): the story's own head, whose words the page shares. Else ""."""
    # the page's names asked first (one C search), then the trail of the <h1>s alone: few
    # pages set an <h1> in one, and a page of teasers holds dozens of <h1>s
    if not _names_trail(page):
        return ""
    crumbs = [node for node in page.headlines if _in_trail(node)]
    body = page.body
    if not crumbs or body is None:
        return ""
    shared = [
        compare_key(text)
        for text in (*page.meta.get("og:title", ()), *page.meta.get("twitter:title", ()))
    ]
    shared = [key for key in shared if key]
    key = compare_key(headline)
    # a social title opening or closing with the crumb's words is that headline with the
    # site's name or a kicker: the crumb is the headline (most pages with a crumb <h1>)
    if not shared or any(one.startswith(key) or one.endswith(key) for one in shared):
        return ""
    if not any(headline_text(node) == headline for node in crumbs):
        return ""
    for heading in body.css("h2, h3")[:MAX_TITLE_HEADINGS]:
        text = headline_text(heading)
        if (
            word_count(text) >= MIN_TITLED_HEADING_WORDS
            and not _in_trail(heading)
            and not has_ancestor(heading, tags=_FURNITURE)
        ):
            # the heading whole, or its part after a kicker's separator
            starts = [0, *(m.end() for m in _KICKER_END.finditer(text))]
            for start in starts:
                if compare_key(text[start:]) in shared:
                    return text[start:]
    return ""


# Where a kicker set before a headline ends: a dash between spaces, or a colon.
_KICKER_END = LazyPattern(r"\s[–—-]\s+|:\s+")


def _names_trail(page: ParsedPage) -> bool:
    """Whether a class or id of the page (``page.names``, lower case), or the ``aria-label``
    of a ``<nav>`` or ``<ol>``, holds "breadcrumb": else no element is in a trail."""
    return "breadcrumb" in page.names or any(
        "breadcrumb" in (box.attributes.get("aria-label") or "").lower()
        for box in page.labelled_boxes
    )


# How far up a breadcrumb trail's box is looked for: a crumb sits in a list item or two.
_TRAIL_REACH = 4


def _in_trail(node: LexborNode) -> bool:
    """Whether ``node`` sits in a box its class, id or ``aria-label`` names a breadcrumb
    trail (the English word every theme writes, in any case)."""
    current = node.parent
    for _ in range(_TRAIL_REACH):
        if current is None or current.tag in ("body", "html", "article", "main"):
            return False
        attrs = current.attributes
        names = (
            f"{attrs.get('class') or ''} {attrs.get('id') or ''} {attrs.get('aria-label') or ''}"
        )
        if "breadcrumb" in names.lower():
            return True
        current = current.parent
    return False


def _has_path_title(page: ParsedPage) -> bool:
    """Whether the page's ``<title>`` is its path (``opens_with_page_path``)."""
    title = page.title_element
    return title is not None and opens_with_page_path(clean_text(title.text())[:MAX_TITLED_CHARS])


def _in_sidebar_only(page: ParsedPage, headline: str) -> bool:
    """Whether the ``<h1>`` showing ``headline`` sits in a sidebar box (a wiki's "Page
    tools"): asked of pages whose ``<title>`` is their path only (``_has_path_title``)."""
    node = next((n for n in page.headlines if headline_text(n) == headline), None)
    return node is not None and in_sidebar(node)


def _framed(page: ParsedPage, headline: str) -> LexborNode | None:
    """The ``<h1>`` showing ``headline`` when it sits outside any ``<article>`` and
    ``<main>``, where a site sets its name above its pages (an article's own ``<h1>`` is
    inside them, whatever its ``<title>`` sets beside it); else None."""
    node = next((n for n in page.headlines if headline_text(n) == headline), None)
    return node if node is not None and not has_ancestor(node, tags=_CONTENT) else None


_CONTENT = frozenset({"article", "main"})


def _title_beside(page: ParsedPage, headline: str) -> list[str]:
    """The ``<title>``'s other parts when the ``<h1>`` is its first or its last part, or the
    label before a colon opening it ("Kotipuutarhan päiväkirja: Tomaatin taimet", a blog's
    name before its post's title), and those parts do not name the site: the ``<h1>`` may be
    the site's name (a blog's, a forum's, a product's documentation) shown in its header, the
    page's own title one of the parts. Empty otherwise (on a news page the other part is the
    site's name, which the page gives)."""
    title = page.title_element
    if title is None:
        return []
    text = clean_text(title.text())[:MAX_TITLED_CHARS]
    parts, key = title_parts(text), compare_key(headline)
    if len(parts) > 1 and compare_key(parts[-1]) == key:
        rest = parts[:-1]
    elif len(parts) > 1 and compare_key(parts[0]) == key:
        rest = parts[1:]
    elif (label := _LABEL.match(text)) is not None and compare_key(label[1]) == key:
        rest = [text[label.end() :]]
    else:
        return []
    names = _site_names(page)
    if any(is_site_name(part, names) for part in rest):
        return []
    # the page's social title gives the <h1>'s text: the <h1> is the page's title
    return [] if _shared_as_title(page, headline) else rest


def _shared_as_title(page: ParsedPage, headline: str) -> bool:
    """Whether the page's social title (``og:title``, ``twitter:title``) is ``headline``'s
    text: the page shares that heading as its title."""
    key = compare_key(headline)
    shared = (*page.meta.get("og:title", ()), *page.meta.get("twitter:title", ()))
    return any(compare_key(other) == key for other in shared)


# A label before a colon opening a title (a blog platform's "Blog name: Post title").
_LABEL = LazyPattern(r"^([^:|]{2,60}):\s+(?=\S)")


def _heading_of(rest: list[str], h1: LexborNode, body: LexborNode | None, url: str | None) -> str:
    """The heading after the ``<h1>`` (``_TITLE_HEADINGS``, outside the site's furniture)
    whose text is a run of ``rest``, the ``<title>``'s parts beside the ``<h1>``'s: the page
    shows it as its title under the site's name its ``<h1>`` is (a section's name shown as a
    heading is set above the article's ``<h1>``). Empty when there is none."""
    if body is None:
        return ""
    parts = [compare_key(part) for part in rest]
    own = compare_key(headline_text(h1))
    headings = body.css(f"h1, {_TITLE_HEADINGS}")
    start = next((i for i, node in enumerate(headings) if node.mem_id == h1.mem_id), None)
    if start is None:
        return ""
    for node in headings[start + 1 : start + 1 + MAX_TITLE_HEADINGS]:
        text = headline_text(node)
        if word_count(text) < MIN_TITLED_HEADING_WORDS or compare_key(text) == own:
            continue
        if (
            _is_run(parts, [compare_key(part) for part in title_parts(text)])
            and not has_ancestor(node, tags=_FURNITURE)
            and not _links_home(node, url)
        ):
            return text
    return ""


def _links_home(node: LexborNode, url: str | None) -> bool:
    """Whether a heading is a link (or in one) to the site's home page, or to a page above
    this one on its path (a blog's front page on a host of blogs, "/garden/" over "/garden/post/"):
    the site's name set as a heading beside the post, not the post's title."""
    link = node.css_first("a[href]")
    parent = node.parent
    while link is None and parent is not None:
        if parent.tag == "a" and parent.attributes.get("href"):
            link = parent
        parent = parent.parent
    if link is None:
        return False
    if "home" in (link.attributes.get("rel") or "").split():
        return True
    href = path_of(link.attributes.get("href") or "")  # "http://[::1" splits to nothing
    if href in _HOME_PATHS:
        return True
    path = path_of(url) if url else ""
    return (
        bool(href)
        and len(href.rstrip("/")) < len(path.rstrip("/"))
        and (path.startswith(href.rstrip("/") + "/"))
    )


def _first_or_named(
    page: ParsedPage,
    scope: LexborNode | None,
    scoped: tuple[LexborNode, str] | None,
    body_h1s: list[LexborNode] | None,
) -> str:
    if scoped is not None and not _is_logo(page, scoped[0]):
        return scoped[1]
    body = page.body
    first = first_headline(page, body_h1s) if body_h1s is not None else scoped
    if first is None:  # no <h1>: a forum's or a blog theme's heading named as the title
        return (
            _named_headline(scope, body)
            or _titled_heading(page, scope, body)
            or _titled_heading_above(page, scope, body)
            or _lone_article_heading(page, body)
        )
    node, text = first
    if not _is_logo(page, node) and not is_site_name(text, _site_names(page)):
        if scope is None or body is None or scope.mem_id == body.mem_id or not _in_banner(node):
            return text
        # The site's <header> above the article holds the <h1>: a forum's or a blog's name,
        # when the article names its own title's heading (a headline the page sets in its
        # header with no such heading stays).
        named = scope.css_first(NAMED_HEADLINE)
        return (headline_text(named) or text) if named is not None else text
    # a banner: the post's title is named, or opens the page's one article or main box under
    # a <title> of the site's name and a section's ("Uudised | Lõuna-Eesti Ülikool")
    # (only under such a section: under the site's name alone, a logo's page keeps its
    # reading, a subheading opening the article is no headline)
    section = _title_section(page)
    return (
        _named_headline(scope, body)
        or (_lone_article_heading(page, body, section) if section else "")
        or text
    )


def _title_section(page: ParsedPage) -> str:
    """The one part of the ``<title>`` that is not the site's name, when it is a section's
    size (``MAX_SECTION_H1_WORDS``) and there is a site's name beside it; else ""."""
    title = page.title_element
    if title is None:
        return ""
    names = [*_site_names(page), logo_text(page)]
    parts = title_parts(clean_text(title.text())[:MAX_TITLED_CHARS])
    rest = [part for part in parts if not is_site_name(part, names)]
    if len(parts) < 2 or len(rest) != 1 or word_count(rest[0]) > MAX_SECTION_H1_WORDS:
        return ""
    return rest[0]


# Where a page without an <h1> may show its headline: a lower heading, or an element its class
# names a title ("<div class='title'>", old portal and forum templates), or a font enlarged
# ("<font size='+2'><b>…", a table-layout page's headline from before CSS).
_TITLE_HEADINGS = 'h2, h3, h4, [class~=title i], [class$=-title i], font[size^="+"]'

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
    raw_parts = title_parts(clean_text(title.text())[:MAX_TITLED_CHARS])
    parts = [compare_key(part) for part in raw_parts]
    if (
        len(parts) < 2
        and _CLOSING_LABEL.search(raw_parts[0]) is None
        and ":" not in raw_parts[0]
        and "：" not in raw_parts[0]
    ):
        # one part: the headline's own, unless a bracketed label closes it or a label and its
        # colon open it ("Per Lundgren: Flugfiske i Jämtland", a personal page's owner)
        return ""
    for node in root.css(_TITLE_HEADINGS)[:MAX_TITLE_HEADINGS]:
        text = headline_text(node)
        if (
            word_count(text) >= MIN_TITLED_HEADING_WORDS
            and (
                _is_run(parts, [compare_key(part) for part in title_parts(text)])
                or _after_kicker(text, raw_parts)
                or _before_bracketed_label(text, raw_parts)
            )
            and not has_ancestor(node, tags=_FURNITURE)
        ):
            return text
    return ""


def _titled_heading_above(
    page: ParsedPage, scope: LexborNode | None, body: LexborNode | None
) -> str:
    """``_titled_heading`` of the whole body when the article scope holds none and is not
    the body: an old CMS sets the title's heading above the box of the text its scope is
    ("<div class='article-title'>…</div><div class='content'>…"). A heading that is the
    site's name, the one part a title shares with every page, is passed over."""
    if scope is None or body is None or scope.mem_id == body.mem_id:
        return ""
    found = _titled_heading(page, None, body)
    names = [*_site_names(page), logo_text(page)]
    return "" if not found or is_site_name(found, names) else found


def _path_titled_heading(page: ParsedPage, headline: str, body: LexborNode | None) -> str:
    """On a page whose ``<title>`` is its path (a wiki's "GettingStarted/Install - Wiki")
    and whose first ``<h1>`` is one word the ``<title>`` lacks or sits in a sidebar (a tool
    box's "Page", "Page tools"), the first heading of two words or more outside the site's
    header, navigation, sidebars and footer: the wiki's content opens with the page's own
    heading."""
    title = page.title_element
    if body is None or title is None:
        return ""
    text = clean_text(title.text())[:MAX_TITLED_CHARS]
    if not opens_with_page_path(text) or compare_key(headline) in compare_key(text):
        return ""
    for node in body.css("h1, h2, h3")[:MAX_TITLE_HEADINGS]:
        found = headline_text(node)
        if (
            word_count(found) >= MIN_TITLED_HEADING_WORDS
            and not has_ancestor(node, tags=_FURNITURE)
            and not in_sidebar(node)
        ):
            return found
    return ""


# The headings that may open an article: a page's headline below the <h1>'s level, or an
# element its class names a title ("<div class='art-title'>": a portal's template that sets
# no heading at all).
_ARTICLE_HEADINGS = "h2, h3, [class~=title i], [class$=-title i], [itemprop=headline]"


# A section's name is a word or two ("Rezepte", "Regionaal nieuws", "Kultur & Nöje"): an
# <h1> of more words outside the article is its headline set in a banner above it.
MAX_SECTION_H1_WORDS = 2


def section_heading(page: ParsedPage, headline: str) -> str:
    """The text of the page's first ``<h1>``, of a word or two outside any ``<article>``, when
    the visible headline (``headline``) is another heading: the section's name the page
    shows above the story ("Kultur & Nöje"), which its ``<title>`` may give beside the
    site's. "" otherwise."""
    first = page.headlines[0] if page.headlines else None
    # a section's name is short: most first <h1>s, headlines, are told by their raw text's
    # length before the reading (``headline_text``) a page's headline had once already
    if first is None or _longer_than_section(first.text(deep=True)):
        return ""
    if has_ancestor(first, tags=("article",)):
        return ""
    text = headline_text(first)
    if not text or text == headline or not _section_sized(text):
        return ""
    return text


# A section's name of two words is shorter ("Regionaal nieuws" is 16 characters).
MAX_SECTION_H1_CHARS = 30


def _longer_than_section(raw: str) -> bool:
    """Whether ``raw``, its white space collapsed, is over ``MAX_SECTION_H1_CHARS``: its
    opening tells (collapsed, an opening is no longer than the whole) unless it is mostly
    white space, where splitting a 50 MB ``<h1>`` into words took 800 MB."""
    opening = raw[:1000]
    if len(" ".join(opening.split())) > MAX_SECTION_H1_CHARS:
        return True
    return len(raw) > len(opening) and len(" ".join(raw.split())) > MAX_SECTION_H1_CHARS


# In a script without spaces, a section's name is two words of two characters at most
# ("本地新闻", "国际", "スポーツ" is four kana): a headline there is a phrase, longer.
MAX_SECTION_H1_UNSPACED_CHARS = 4


def _section_sized(text: str) -> bool:
    """Whether ``text`` is as short as a section's name: a word or two holding a letter (an
    ampersand joining two names is none), or in a script without spaces a few characters."""
    if len(text) > MAX_SECTION_H1_CHARS:
        return False  # most headlines: longer than a section's name, no word counted
    if any(is_unspaced_char(c) for c in text):
        return word_count(text) <= MAX_SECTION_H1_UNSPACED_CHARS
    words = [w for w in text.split() if any(c.isalpha() for c in w) and not _is_connector(w)]
    return len(words) <= MAX_SECTION_H1_WORDS


# A connector joining a section's or a page kind's noun phrase is a lower-case word of two
# letters at most ("Communiqué de presse", "Nota de prensa", "Sport e tempo libero"): the
# words a compound makes one in German ("Pressemitteilung") are not counted apart.
MAX_CONNECTOR_CHARS = 2


def _is_connector(word: str) -> bool:
    return len(word) <= MAX_CONNECTOR_CHARS and word.isalpha() and word.islower()


def _heading_under_section(page: ParsedPage, section: str, body: LexborNode | None) -> str:
    """On a page whose ``<h1>`` of a word or two (``section``) stands outside its one ``<article>``
    and whose ``<title>`` names only that word and the site ("Cultura | Heraldo"), the first
    heading of the article (``_lone_article_heading``): the ``<h1>`` is the section's name
    set above the story, whose own title the page shows nowhere else. An ``<h1>`` inside
    the article is its own title, however short ("Heimat", an essay's)."""
    node = next((n for n in page.headlines if headline_text(n) == section), None)
    if node is None or has_ancestor(node, tags=("article",)):
        return ""
    return _lone_article_heading(page, body, section) or _heading_after_section(
        page, node, section, body
    )


def _links_away(node: LexborNode) -> bool:
    """Whether ``node`` holds a link to another page (not to a place on this one)."""
    return any(
        not (link.attributes.get("href") or "#").startswith("#") for link in node.css("a[href]")
    )


def _heading_after_section(
    page: ParsedPage, node: LexborNode, section: str, body: LexborNode | None
) -> str:
    """On a page without an ``<article>``, whose ``<title>`` names only the ``<h1>`` of a word
    or two (``section``) and the site ("Pressemitteilung - Stadtwerke"), the ``<h2>`` or
    ``<h3>`` set right after that ``<h1>`` ("<h1>Pressemitteilung</h1><h2>Neuer Anschluss
    für die Bäckerei</h2>"): the ``<h1>`` names the section or the kind of page, the heading
    under it the item. A heading ending like a sentence is a dek under a short title; one
    linking elsewhere is a teaser's on a section's list of stories; one with a sibling of its
    level after it opens the first of the page's sections (a changelog's "Versioun 3.2", an
    FAQ's first question), which the ``<h1>`` titles."""
    if body is None or body.css_first("article") is not None:
        return ""
    heading = node.next
    while heading is not None and heading.tag in ("-text", "-comment"):
        heading = heading.next
    if heading is None or heading.tag not in ("h2", "h3") or _links_away(heading):
        return ""
    if _has_later_sibling(heading, heading.tag):
        return ""
    title = page.title_element
    text = clean_text(title.text())[:MAX_TITLED_CHARS] if title is not None else ""
    names = [*_site_names(page), logo_text(page)]
    if not _names_section_and_site(text, section, names):
        return ""
    found = headline_text(heading)
    if word_count(found) < MIN_TITLED_HEADING_WORDS or found.rstrip().endswith("."):
        return ""
    return found


def _has_later_sibling(node: LexborNode, tag: str) -> bool:
    """Whether an element ``tag`` follows ``node`` among its siblings."""
    sibling = node.next
    while sibling is not None:
        if sibling.tag == tag:
            return True
        sibling = sibling.next
    return False


def _lone_article_heading(page: ParsedPage, body: LexborNode | None, section: str = "") -> str:
    """On a page without an ``<h1>`` whose ``<title>`` is only the site's name (a theme's
    home-page title on every page) or is missing, the first heading of its one ``<article>``
    (``<article><h2>Neue Radwege für die Innenstadt</h2>…``): the page shows no other title
    of its own; on a page without an ``<article>``, of its one ``<main>`` (``_lone_main``). A
    page of several articles is a list of teasers, which the site's name titles. A
    ``section`` the page shows as its ``<h1>`` may stand beside the site's name in the
    ``<title>`` ("Cultura | Heraldo de la Sierra")."""
    if body is None:
        return ""
    title = page.title_element
    text = clean_text(title.text())[:MAX_TITLED_CHARS] if title is not None else ""
    names = [*_site_names(page), logo_text(page)]
    if text and not is_site_name(text, names) and not _names_section_and_site(text, section, names):
        return ""
    articles = body.css("article")
    if len(articles) > 1:
        return ""
    box = articles[0] if articles else _lone_main(body)
    if box is None:
        return ""
    # Under a section's name, the heading must open the article, before its first paragraph:
    # one after text is a subheading, under a post's one-word title set in a banner above. So
    # must it in a <main> that holds no <article>, and link nowhere: a teaser's heading links
    # to its story.
    opening = section or not articles
    heading = box.css_first(f"{_ARTICLE_HEADINGS}, p" if opening else _ARTICLE_HEADINGS)
    if heading is None or heading.tag == "p" or has_ancestor(heading, tags=_FURNITURE):
        return ""
    if not articles and (heading.css_first("a") is not None or has_ancestor(heading, tags=("a",))):
        return ""
    found = headline_text(heading)
    return found if word_count(found) >= MIN_TITLED_HEADING_WORDS else ""


def _lone_main(body: LexborNode) -> LexborNode | None:
    """The page's one main box (``<main>``, ``role=main``) on a page without an ``<article>``:
    a municipality's or a board's template sets the post in it ("<main><div class='view'>
    <h2 class='subject'>…"), as a theme sets it in its one article. None when there are several
    or none."""
    mains = body.css("main, [role=main]")
    if len(mains) == 1 and mains[0].css_first("h1") is None:
        return mains[0]
    return None  # several, or one holding an <h1>: its own title ("FAQ" over its questions)


def _names_section_and_site(title: str, section: str, names: list[str]) -> bool:
    """Whether ``title``'s parts are ``section`` and the site's names, nothing else."""
    if not section:
        return False
    key = compare_key(section)
    parts = title_parts(title)
    return any(compare_key(part) == key for part in parts) and all(
        compare_key(part) == key or is_site_name(part, names) for part in parts
    )


def _after_kicker(text: str, parts: list[str]) -> bool:
    """Whether a heading is a ``<title>``'s part without the kicker opening it ("Sự kiện: Hội
    chợ hoa xuân" over "Hội chợ hoa xuân", an event page's kind; a shop's "【送料無料】" over
    its product's name): the page shows its title without the label its ``<title>`` adds."""
    folded = fold_case(text)
    for part in parts:
        start = fold_case(part).rfind(folded)
        if start > 0 and start + len(folded) == len(part) and is_kicker(part[:start]):
            return True
    return False


# A label in brackets closing a title ("…【江城日报】", "…（图）", "… [Video]"): the site's name
# or a kind of page, set apart by the brackets themselves (at most 30 characters inside).
_CLOSING_LABEL = LazyPattern(r"\s*[【\[（(〔「][^【\[（(〔「】\]）)〕」]{1,30}[】\]）)〕」]\s*$")


def _before_bracketed_label(text: str, parts: list[str]) -> bool:
    """Whether a heading is a ``<title>``'s part without a bracketed label closing it
    ("老城区将新建三座公园【江城日报】" over "<div class='article-title'>老城区将新建三座公园"):
    the page shows its title without the label its ``<title>`` adds, which it need not name."""
    folded = fold_case(text)
    for part in parts:
        if fold_case(part).startswith(folded) and _CLOSING_LABEL.fullmatch(part[len(text) :]):
            return True
    return False


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


def logo_name(page: ParsedPage, body_h1s: list[LexborNode] | None) -> str:
    """The site's name its logo writes: the text of the first <h1> of the body
    (``body_h1s``) that is the logo (named so, or linking to the home page), as a blog's
    header sets it ("കേരള രുചികൾ")."""
    logo = next((node for node in body_h1s if _is_logo(page, node)), None) if body_h1s else None
    text = headline_text(logo) if logo is not None else ""
    return text if len(text) <= _MAX_LOGO_CHARS else ""


def _named_headline(scope: LexborNode | None, body: LexborNode | None) -> str:
    """The heading a theme names as the title, in the article scope first, else in the page
    (a forum's topic title sits above the post the scope is)."""
    for root in (scope, body):
        named = root.css_first(NAMED_HEADLINE) if root is not None else None
        if named is not None:
            return headline_text(named)
    return ""


def first_headline(page: ParsedPage, h1s: list[LexborNode]) -> tuple[LexborNode, str] | None:
    """The first ``<h1>`` with text, passing over a logo set as an ``<h1>`` before another,
    and one in a hidden or modal box (``in_hidden_or_modal_box``: a newsletter dialog's, a
    closed menu's, a cookie notice's), in a box named a cookie or consent notice
    (``_in_consent_box``) or in a sidebar (a widget's "Most read") before one in the page's
    content."""
    logo = hidden = None
    for node in h1s:
        text = headline_text(node)
        if not text:
            continue
        # a consent box looked for only among several <h1>: alone, its <h1> is read anyway
        if (
            in_hidden_or_modal_box(node)
            or in_sidebar(node)
            or (len(h1s) > 1 and _in_consent_box(node))
        ):
            hidden = hidden or (node, text)
        elif not _is_logo(page, node):
            return node, text
        else:
            logo = logo or (node, text)
    return logo or hidden


# Elements a page shows only when asked (a dialog not opened, AMP's side menu and lightbox):
# an <h1> in them heads a newsletter's sign-up or a menu, set before the story's.
_HIDDEN_TAGS = frozenset({"dialog", "amp-sidebar", "amp-lightbox"})
# How far up a hidden box is looked for: a pop-up's heading sits a few elements deep.
_HIDDEN_REACH = 8


def in_hidden_or_modal_box(node: LexborNode) -> bool:
    """Whether ``node`` or a box around it is hidden by its markup (the ``hidden`` attribute,
    ``aria-hidden="true"``, an inline ``display: none`` or ``visibility: hidden``, a tag of
    ``_HIDDEN_TAGS``: a ``<dialog>`` without ``open``) or shown over the page, a modal
    (``role="dialog"`` or ``"alertdialog"``, ``aria-modal="true"``: a consent notice). Classes
    are not read: a headline set "sr-only" for screen readers is the page's own."""
    current: LexborNode | None = node
    for _ in range(_HIDDEN_REACH):
        if current is None or current.tag in ("body", "html"):
            return False
        attrs = current.attributes
        if "hidden" in attrs or attrs.get("aria-hidden") == "true":
            return True
        if attrs.get("role") in _MODAL_ROLES or attrs.get("aria-modal") == "true":
            return True
        if current.tag in _HIDDEN_TAGS and not (current.tag == "dialog" and "open" in attrs):
            return True
        style = attrs.get("style")
        if style and _HIDING_STYLE.search(style) is not None:
            return True
        current = current.parent
    return False


_MODAL_ROLES = frozenset({"dialog", "alertdialog"})


def _in_consent_box(node: LexborNode) -> bool:
    """Whether ``node`` sits in a box its class or id names a cookie or consent notice
    (``_CONSENT_BOX``), at most ``_HIDDEN_REACH`` elements up."""
    current: LexborNode | None = node
    for _ in range(_HIDDEN_REACH):
        if current is None or current.tag in ("body", "html"):
            return False
        attrs = current.attributes
        names = attrs.get("class") or ""
        if "id" in attrs:
            names = f"{names} {attrs['id']}"
        if names and _CONSENT_BOX.search(names) is not None:
            return True
        current = current.parent
    return False


# A box its class or id names a cookie or consent notice ("cookie-banner", "consent-layer",
# "gdpr-popup"): the notice every consent tool sets over the page, whose <h1> ("We value your
# privacy") heads it, not the story, though a template writes no modal role for it.
_CONSENT_BOX = LazyPattern(r"cookie|consent|gdpr", re.I)
_HIDING_STYLE = LazyPattern(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


# An <h1> a theme names as the site's logo or title ("website-logo", "site-title", "branding").
_LOGO_NAMES = LazyPattern(r"logo|brand|site-?(?:title|name)|masthead", re.I)


def _is_logo(page: ParsedPage, node: LexborNode) -> bool:
    """An <h1> named as the logo, or whose one link goes to the site's home page ("/"):
    told once a page for each <h1> (the headline's, the kicker's and the logo's look-ups ask
    it of the same ones, two times more a page, each a query of the <h1>)."""
    verdicts = page.derived(_logo_verdicts)
    verdict = verdicts.get(node.mem_id)
    if verdict is None:
        verdict = verdicts[node.mem_id] = _names_logo(node)
    return verdict


def _logo_verdicts(page: ParsedPage) -> dict[int, bool]:
    """``_is_logo``'s verdicts of the page so far, by element."""
    return {}


def _names_logo(node: LexborNode) -> bool:
    """``_is_logo``'s test itself, asked once an element."""
    if _LOGO_NAMES.search(f"{node.id or ''} {node.attributes.get('class') or ''}") is not None:
        return True
    links = links_within(node)
    href = links[0].attributes.get("href") if len(links) == 1 else None
    if not href:
        return False
    address = split_or_none(href)
    if address is None:  # "http://[::1": no home page's address
        return False
    return address.path in _HOME_PATHS or (bool(address.netloc) and not address.path)


def links_within(node: LexborNode) -> list[LexborNode]:
    """``node.css("a")`` (lexbor's query matches its root too), told by the tag of an element
    with no element inside, its own subtree, without the query (35-55 K instructions, the
    selector parsed again at every call)."""
    if next(node.iter(), None) is None:
        return [node] if node.tag == "a" else []
    return node.css("a")


# The paths of a site's home page a logo links to.
_HOME_PATHS = frozenset({"/", "/index.html", "/index.php"})


def _site_names(page: ParsedPage) -> list[str]:
    """The site's names the page gives: its host's, and its ``<meta>`` site name."""
    names = [*site_names_from_url(page.url)]
    names += page.meta.get("og:site_name", ())
    return names
