"""The page's comment section, where a date is a reader's comment's, not the article's.

WordPress and most CMSs mark it by name on some container: ``#comments``,
``ol.comment-list``, ``li.comment``, ``div.comment-metadata``, Disqus's ``#disqus_thread``.
A comment's ``<time>`` and its "24. August 2019 um 03:36" must not date the article: below a
story with few dates of its own, they outnumber or outrank the article's.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

# A class token or id naming comments: "comments", "comment-body", "commentlist",
# "comments_area", "disqus_thread"; not "commentary" or "commentaire" (an opinion piece).
_COMMENTS = re.compile(r"^(?:comments?(?:$|[-_]|list|area)|disqus)", re.I)
# Comment sections nest deep (section > ol > li > article > footer > div > a > time).
_ANCESTORS_CHECKED = 16


def in_comments(node: LexborNode) -> bool:
    """True when ``node`` is inside a container named as the comment section."""
    current: LexborNode | None = node
    for _ in range(_ANCESTORS_CHECKED):
        if current is None or current.tag in ("body", "html"):
            return False
        attrs = current.attributes
        if attrs:
            ident = attrs.get("id")
            if ident and _COMMENTS.match(ident):
                return True
            classes = attrs.get("class")
            if classes and any(_COMMENTS.match(token) for token in classes.split()):
                return True
        current = current.parent
    return False
