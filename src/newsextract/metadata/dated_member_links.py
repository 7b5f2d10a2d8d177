"""The writer a platform's post names by a link to their profile, classed as a name, beside
the post's date: a column's "<a class=follow-nickName href=/zhang_dev>…</a><span
class=time>2024-03-12</span>", a user box's "<a class=name href=/budi_s>…</a>" above
"Diterbitkan: 12 Maret 2024", a board's footer "<a class=display-post-name
href=/profile/1234567>…</a><span>12 มีนาคม 2567</span>". No byline class, label or author
address marks them; the class word, the member's address and the date beside it together do.
Read when no byline and no follow button named anyone."""

from __future__ import annotations

from urllib.parse import urlsplit

from selectolax.lexbor import LexborNode

from newsextract.dates import find_text_date
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.markup_places import cand, outside_article
from newsextract.metadata.markup_tags import category_path, topic_path
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.text import clean_text

MEMBER_LINK = "member-link"
# A link to a member's own page classed as a name ("name", "nickName", "post-name").
_NAME_LINKS = "a[href][class*=name i]"
# Links of the kind read at most: a post names its writer near its top; a page of many
# (a list of members, a thread's replies) is read no further.
_MAX_LINKS = 12
# A member's page: one path segment ("/budi_s", "/@kim"), or a segment under a word for
# members ("/profile/1234567", "/users/kim", "/u/kim"); no page file ("/about.html").
_MEMBER_PATH = LazyPattern(
    r"/(?:@?[\w.-]+|(?:profiles?|users?|members?|u|people|space)/[\w.@-]+)/?"
)
_PAGE_FILE = LazyPattern(r"\.(?:s?html?|php|aspx?|jsp)$")
# Levels above the link where the date may stand: the link's line, the user box around it.
_LEVELS = 2
# The text of the line or box beside the name, up to this long: a date, a status, a count
# ("Pegawai Negeri Sipil", "阅读量1.2k"), not a paragraph or a list of posts.
_MAX_BESIDE_CHARS = 160


def dated_member_author(body: LexborNode | None, language: str | None) -> Candidate | None:
    """The name of the first member link outside sidebars, comments and menus whose line or
    box holds a date, when its text is one name; else None."""
    if body is None:
        return None
    for link in body.css(_NAME_LINKS)[:_MAX_LINKS]:
        if not _member_path(link.attrs.sget("href")) or outside_article(link):
            continue
        name = clean_text(link.text(deep=True, separator=" "))
        if not name or split_byline(name, places_of=language) != [name]:
            continue
        if looks_like_name(name) and _dated_beside(link, name):
            return cand("authors", (name,), MEMBER_LINK)
    return None


def _member_path(href: str) -> bool:
    try:
        path = urlsplit(href).path
    except ValueError:  # an address of malformed brackets
        return False
    if _PAGE_FILE.search(path) or topic_path().search(path) or category_path().search(path):
        return False
    return _MEMBER_PATH.fullmatch(path) is not None


def _dated_beside(link: LexborNode, name: str) -> bool:
    """Whether the link's line, or the box around it (``_LEVELS``), holds a date beside the
    name, in a short text."""
    box: LexborNode | None = link
    for _ in range(_LEVELS):
        box = box.parent if box is not None else None
        if box is None:
            return False
        text = clean_text(box.text(deep=True, separator=" "))
        beside = text.replace(name, " ", 1).strip()
        if len(beside) > _MAX_BESIDE_CHARS:
            return False
        if beside and find_text_date(beside) is not None:
            return True
    return False
