"""The site's name as the page writes it: the part of its ``<title>`` its host names.

On gregoryszorc.com, "Gregory Szorc's Digital Home | Mercurial's Journey to Python 3" names
its site in its first part: the host only recognises the part, the name is the page's own
words. The host's label itself ("gregoryszorc") is never a name (a slug, not how the site
writes itself), so a part that is only that label gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsextract.metadata.candidate import Candidate
from newsextract.metadata.fields import ArticleField
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
