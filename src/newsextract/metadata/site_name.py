"""The site's name as the page writes it: the part of its ``<title>`` its host names.

On gregoryszorc.com, "Gregory Szorc's Digital Home | Mercurial's Journey to Python 3" names
its site in its first part: the host only recognises the part, the name is the page's own
words. The host's label itself ("gregoryszorc") is never a name (a slug, not how the site
writes itself), so a part that is only that label gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField, Evidence
from newsextract.metadata.site_header import page_header, within
from newsextract.metadata.site_names import site_names_from_url, split_site_name
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.text import clean_text, compare_key

# Longer than this, the part is a tagline or a second headline, not the site's name.
MAX_SITE_NAME_LENGTH = 60
# The host's label makes at least this share of the part's letters: in a longer part the
# host names only its start ("Weinlachgummi´s Naschtüte: [Rezi] Love is War").
MIN_LABEL_SHARE = 0.5


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    yield from _home_links(page)
    labels = site_names_from_url(page.url)
    node = page.tree.css_first("title")
    if not labels or node is None:
        return
    _, parts = split_site_name(clean_text(node.text()), labels)
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


# The site's logo: a link to its home page in the site's header, or one named as the logo or
# brand (by its own class or id, or its parent's). Its text, or its image's alt text, is the
# site's name as the site writes it, which a <title> may carry without any <meta> naming it.
_LOGO = re.compile(r"logo|brand|site-?name|site-?title|masthead", re.I)
_HOME_PATHS = frozenset({"", "/", "/index.html", "/index.php"})
# The first links to the home page read: the logo comes early in the page.
MAX_HOME_LINKS = 8
# A name has two characters at least; above MAX_SITE_NAME_LENGTH it is a tagline.
MIN_SITE_NAME_LENGTH = 2


def _home_links(page: ParsedPage) -> Iterator[Candidate]:
    """The texts of the site's logo links (``_LOGO``), once each."""
    root = page.body
    if root is None:
        return
    host = urlsplit(page.url).netloc.lower() if page.url else ""  # ParsedPage checked it
    header = page_header(page)
    seen: set[str] = set()
    read = 0
    for link in root.css("a[href]"):
        try:
            address = urlsplit(link.attributes.get("href") or "")
        except ValueError:  # "https://[ccpa-preferences]": no address
            continue
        if address.path not in _HOME_PATHS or address.query or address.fragment:
            continue
        if address.netloc and address.netloc.lower() != host:
            continue
        read += 1
        if read > MAX_HOME_LINKS:
            return
        if not (within(link, header) or _named_as_logo(link)):
            continue
        name = clean_text(link.text(deep=True))
        if not name:
            image = link.css_first("img[alt]")
            name = clean_text(image.attributes.get("alt") or "") if image is not None else ""
        if MIN_SITE_NAME_LENGTH <= len(name) <= MAX_SITE_NAME_LENGTH and name not in seen:
            seen.add(name)
            yield Candidate(field=Evidence.HOME_LINK, value=name, origin=Origin.HTML, detail="a")


def _named_as_logo(link: LexborNode) -> bool:
    for node in (link, link.parent):
        if node is None:
            continue
        named = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _LOGO.search(named):
            return True
    return False
