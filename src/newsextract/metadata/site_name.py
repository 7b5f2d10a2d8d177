"""The site's name as the page writes it: the part of its ``<title>`` its host names.

On martaquillen.net, "Marta Quillen's Workshop | Porting a Compiler to Rust" names
its site in its first part: the host only recognises the part, the name is the page's own
words. The host's label itself ("martaquillen") is never a name (a slug, not how the site
writes itself), so a part that is only that label gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.candidate import MAX_VALUE_CHARS, Candidate
from newsextract.metadata.fields import ArticleField, Evidence
from newsextract.metadata.logo_words import without_logo_words
from newsextract.metadata.site_header import NAMED_HEADLINE, has_ancestor, page_header, within
from newsextract.metadata.site_names import (
    end_parts,
    host_spellings,
    site_names_from_url,
    split_site_name,
    title_parts,
)
from newsextract.metadata.title_agreement import agrees
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.text import clean_text, compare_key, fits_css_string

# Longer than this, the part is a tagline or a second headline, not the site's name.
MAX_SITE_NAME_LENGTH = 60
# The host's label makes at least this share of the part's letters: in a longer part the
# host names only its start ("Kirschkern´s Bücherecke: [Rezi] Stille Wasser").
MIN_LABEL_SHARE = 0.5


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    labels = site_names_from_url(page.url)
    node = page.title_element
    if node is None:
        return
    title = clean_text(node.text())
    if len(title) > MAX_VALUE_CHARS:
        return  # over a title's budget, no real title: its millions of parts took 50 s
    node = page.headlines[0] if page.headlines else None
    headline = "" if node is None else clean_text(node.text())
    # A headline over the budget is none the title could decorate (60 MB compared: 16 s).
    if not headline or len(headline) > MAX_VALUE_CHARS or not agrees(headline, title):
        # An <h1> the <title> decorates is the title: its decoration need not be named.
        yield from _decoration_links(page, title, labels)
    if not labels:
        yield from _confirmed_logo(page, title, [])
        return
    _, parts = split_site_name(title, labels)
    label = compare_key(labels[0]).replace(" ", "")
    for part in parts:
        name = part.strip(" .·|-–—»›:~/_")
        letters = compare_key(name).replace(" ", "")
        if (
            name
            and name not in labels
            and len(name) <= MAX_SITE_NAME_LENGTH
            and len(label) >= MIN_LABEL_SHARE * len(letters)
            and ": " not in name  # a kicker and a headline, not a name
        ):
            yield Candidate(
                field=ArticleField.PUBLISHER, value=name, origin=Origin.HTML, detail="title-site"
            )
            return
    yield from _confirmed_logo(page, title, labels)


# The <meta> names that name the site: a page with one has its publisher, and its logo is
# not looked for.
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher")


def _confirmed_logo(page: ParsedPage, title: str, labels: list[str]) -> Iterator[Candidate]:
    """The site's name its logo writes (the link's text or its image's alt text), for the
    publisher of a page whose ``<meta>`` names none, when a second source of the page agrees:
    the ``<title>`` ends with it ("… | Вечерње вести") or is it (a theme's home-page title on
    every page: "みなと新報"), or the host's label (``labels``, the
    host's names) spells it, transliterated maybe ("Вести дня", vesti-dnya.ru). The host's
    own spelling ("vecernje-vesti", "futbol-tyzhden.ua") is no name, even where the logo writes it
    so ("Parallels", in the site's capitals, is); a logo alone may be a tagline or "Home"."""
    if any(key in page.meta for key in _SITE_META):
        return
    name = logo_text(page)
    if not name or name in labels:
        return
    label = compare_key(labels[0]).replace(" ", "") if labels else ""
    key = compare_key(name)
    if key in {compare_key(title), *(compare_key(end) for end in end_parts(title))} or (
        label and any(s.replace(" ", "") == label for s in host_spellings(key))
    ):
        yield Candidate(field=ArticleField.PUBLISHER, value=name, origin=Origin.HTML, detail="logo")


# The site's logo: a link to its home page in the site's header, or one named as the logo or
# brand (by its own class or id, or its parent's). Its text, or its image's alt text, is the
# site's name as the site writes it, which a <title> may carry without any <meta> naming it.
_LOGO = LazyPattern(r"logo|brand|site-?name|site-?title|masthead", re.I)
_HOME_PATHS = ("/", "/index.html", "/index.php")
# The first links to the home page read: the logo comes early in the page.
MAX_HOME_LINKS = 8
# A name has two characters at least; above MAX_SITE_NAME_LENGTH it is a tagline.
MIN_SITE_NAME_LENGTH = 2


def _decoration_links(page: ParsedPage, title: str, labels: list[str]) -> Iterator[Candidate]:
    """The links that may name a <title>'s decoration, read only where the title has some:
    the logo's when no name the page declares (its host's, ``og:site_name``) is a part of
    it, and the navigation's when it has three parts or more (a section beside the site)."""
    ends = end_parts(title)
    if not ends:
        return
    _, cut = split_site_name(title, [*labels, *page.meta.get("og:site_name", ())])
    if not cut:
        yield from _home_links(page, {compare_key(end) for end in ends})
    if len(title_parts(title)) >= MIN_PARTS_WITH_SECTION:
        yield from _nav_links(page)
    yield from _tagline(page, {compare_key(end) for end in ends})


# A theme's tagline under the site's name ("Notes from a small plot": WordPress's
# site-description), which a theme may write into every page's <title> beside the name.
_TAGLINE_WORDS = ("site-description", "tagline", "slogan")
_TAGLINE = ", ".join(f"[class*={word} i]" for word in _TAGLINE_WORDS)


def _tagline(page: ParsedPage, ends: set[str]) -> Iterator[Candidate]:
    """The site's tagline, outside the post, when it is one of the title's ``ends``: the
    site's decoration, as its name is, no post's title."""
    root = page.body
    if root is None or not any(word in page.names for word in _TAGLINE_WORDS):
        return  # one C search of the page's class names, where most pages have none
    found = root.css_first(_TAGLINE)
    if found is None or has_ancestor(found, tags=_CONTENT):
        return
    text = clean_text(found.text(deep=True))
    if MIN_SITE_NAME_LENGTH <= len(text) <= MAX_SITE_NAME_LENGTH and compare_key(text) in ends:
        yield Candidate(field=Evidence.HOME_LINK, value=text, origin=Origin.HTML, detail="tagline")


# A <title> with a section's name beside the site's has three parts at least.
MIN_PARTS_WITH_SECTION = 3


def logo_text(page: ParsedPage) -> str:
    """The text of the site's first logo link (``_LOGO``, or a home link in its header), or
    its image's alt text; "" when it has none."""
    name = next(_logo_names(page), "")
    return name if MIN_SITE_NAME_LENGTH <= len(name) <= MAX_SITE_NAME_LENGTH else ""


def _home_links(page: ParsedPage, ends: set[str]) -> Iterator[Candidate]:
    """The texts of the site's logo links (``_LOGO``) that are one of the title's ``ends``."""
    for name in _logo_names(page):
        if MIN_SITE_NAME_LENGTH <= len(name) <= MAX_SITE_NAME_LENGTH and compare_key(name) in ends:
            yield Candidate(field=Evidence.HOME_LINK, value=name, origin=Origin.HTML, detail="a")
            return


def _logo_names(page: ParsedPage) -> Iterator[str]:
    """The name each logo link of the page shows (a home link in its header, or one named as
    a logo: ``_shown_name``), in the page's order."""
    root = page.body
    if root is None:
        return
    header = page_header(page)
    for link in root.css(_home_selector(page.url))[:MAX_HOME_LINKS]:
        if not (within(link, header) or _named_as_logo(link)):
            continue
        yield _shown_name(link)
    names = page.names
    branded = any(word in names for word in _BRANDING_WORDS)  # one C search, no query
    brand = root.css_first(_BRANDING) if branded else None
    if brand is None and header is not None:
        brand = header.css_first(_HEADER_BRANDING)
    if brand is None and header is None:
        yield from _banner_h1(page, root)
        return
    if brand is None or brand.css_first("a") is not None:
        return  # a linked one was read above
    if not has_ancestor(brand, tags=_CONTENT):  # one in the post names the post's own
        yield _shown_name(brand)


def _shown_name(node: LexborNode) -> str:
    """The name a logo shows: its text, or its image's (or AMP image's) alt text when it has
    none, without the word "logo" set around it ("Gartenglück Logo", "Logo der Stadtwerke":
    ``logo_words``)."""
    name = without_logo_words(clean_text(node.text(deep=True)))
    if not name:
        image = node.css_first("img[alt], amp-img[alt]")  # an AMP copy's logo is an <amp-img>
        name = clean_text(image.attributes.get("alt") or "") if image is not None else ""
        name = without_logo_words(name)
    return name


# A theme's branding that links nowhere ("<div class=site-title>My Garden Blog</div>"), by the
# class WordPress's themes give it; "blog-title" is left out: themes class a post's heading so.
_BRANDING_WORDS = ("site-title", "site-name", "sitename")
_BRANDING = ", ".join(f"[class*={word} i]" for word in _BRANDING_WORDS)
# In the site's header, a logo's or a brand's text, or its <h1>, linking nowhere: a shop's
# product brand or a post's heading elsewhere on the page are no site's name.
_HEADER_BRANDING = "[class*=logo i], [class*=brand i], h1"
# A branding class inside the post names something of the post's, not the site.
_CONTENT = ("article", "main")


def _banner_h1(page: ParsedPage, root: LexborNode) -> Iterator[str]:
    """The text of the page's one ``<h1>``, linking nowhere, in a ``<header>`` (or
    ``role=banner``) outside the post, when the post names its own title's heading
    (``NAMED_HEADLINE``: a theme's ``h2.entry-title``, linking nowhere: a linked one is a
    teaser's) and the ``<title>`` is that text whole
    or closes with it: a blog's name over its post ("Les carnets de Lucie"). A news page's
    header holding its headline sits in the article, or names no other heading, or its
    ``<title>`` opens with the headline: none of those is read."""
    if len(page.headlines) != 1 or page.title_element is None:
        return  # another <h1> is the post's, or the site's header was found above
    h1 = page.headlines[0]
    if h1.css_first("a") is not None or not _in_page_banner(h1):
        return  # a linked one was read as a home link
    text = clean_text(h1.text(deep=True))
    title = clean_text(page.title_element.text())
    if not text or text.casefold() not in title.casefold():
        return  # one C search before the keys: most banners' <h1>s are no part of it
    key = compare_key(text)
    if not key or key not in (compare_key(title), compare_key(title_parts(title)[-1])):
        return  # tested before the page's query: most banners' <h1>s fail it
    named = root.css_first(NAMED_HEADLINE)
    if named is None or not has_ancestor(named, tags=_CONTENT) or _linked(named):
        return  # a linked one is a teaser's ("related posts"), not the post's own
    if key != compare_key(named.text(deep=True)):
        yield text


def _linked(node: LexborNode) -> bool:
    """Whether ``node`` holds a link or sits in one."""
    return node.css_first("a") is not None or has_ancestor(node, tags=("a",))


def _in_page_banner(node: LexborNode) -> bool:
    """Whether ``node`` sits in a ``<header>`` (or ``role=banner``) that is outside any
    ``<article>`` and ``<main>``: the page's banner, not a post's own header."""
    banner = False
    parent = node.parent
    while parent is not None:
        if parent.tag in _CONTENT:
            return False
        banner = banner or parent.tag == "header" or parent.attributes.get("role") == "banner"
        parent = parent.parent
    return banner


def _home_selector(url: str | None) -> str:
    """Links to the home page: by its path, or by the page's own host in full."""
    hrefs = list(_HOME_PATHS)
    host = urlsplit(url).netloc if url else ""  # ParsedPage checked that the URL parses
    if host and fits_css_string(host):  # "HTTP://\x0c" has a form feed for a host
        hrefs += [
            f"{scheme}//{host}{path}" for scheme in ("https:", "http:", "") for path in ("", "/")
        ]
    return ", ".join(f'a[href="{href}"]' for href in hrefs)


def _named_as_logo(link: LexborNode) -> bool:
    for node in (link, link.parent):
        if node is None:
            continue
        named = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _LOGO.search(named):
            return True
    return False


# The site's navigation: its <nav> elements and its header. A section's link there is a few
# words; the first links are read (a mega-menu lists hundreds).
_NAVIGATION = "nav a[href], [role=navigation] a[href]"
MAX_NAV_LINKS = 80
MAX_NAV_WORDS = 3
MAX_NAV_CHARS = 40


def _nav_links(page: ParsedPage) -> Iterator[Candidate]:
    """The texts of the navigation's links (a section's name: "Politics", "Ekonomi"), once
    each."""
    root = page.body
    if root is None:
        return
    links = root.css(_NAVIGATION)
    header = page_header(page)
    if header is not None:
        links += header.css("a[href]")
    seen: set[str] = set()
    for link in links[:MAX_NAV_LINKS]:
        name = clean_text(link.text(deep=True))
        if (
            MIN_SITE_NAME_LENGTH <= len(name) <= MAX_NAV_CHARS
            and len(name.split()) <= MAX_NAV_WORDS
            and name not in seen
        ):
            seen.add(name)
            yield Candidate(field=Evidence.NAV_LINK, value=name, origin=Origin.HTML, detail="a")
