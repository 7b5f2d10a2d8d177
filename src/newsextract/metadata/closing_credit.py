"""A closing credit: the writer's name and the outlet set as the text's last line
("Анна Смирнова, «Северный вестник»", "Jane Roe, The Harbour Light"), as regional papers
and syndicated copy sign an article. It names the writer, not a line of the article: when
the outlet is the page's own publisher, the line leaves the body and the name is a byline
when nothing else gives one.
"""

from __future__ import annotations

from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.name_shapes import name_particles
from newsextract.text import compare_key

# A credit is one short line: a name of a few words and an outlet's name.
MAX_CREDIT_CHARS = 120
# A person's name: two to four words ("Anna Smirnova", "Jean-Paul de la Roche").
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 4
# The name, a comma, the outlet (in quotation marks or not), a closing full stop maybe.
_CREDIT = LazyPattern(
    r"^\s*(?P<name>[^\W\d_][^,\d«»\"“”„]{2,60}?)\s*,\s*"
    r"[«\"“„]?\s*(?P<outlet>[^«»\"“”„]{2,80}?)\s*[»\"”“]?\s*\.?\s*$"
)


def credited_name(text: str, publisher: str | None) -> str | None:
    """The writer's name of a closing credit line whose outlet is ``publisher``, or None."""
    if not publisher or len(text) > MAX_CREDIT_CHARS or "," not in text:
        return None
    match = _CREDIT.match(text)
    if match is None:
        return None
    name, outlet = match.group("name"), match.group("outlet")
    key = compare_key(publisher)
    if not key or compare_key(outlet) != key:
        return None
    names = name.split()
    if not MIN_NAME_WORDS <= len(names) <= MAX_NAME_WORDS:
        return None
    if not names[0][0].isupper() or not names[-1][0].isupper():
        return None
    if any(not (w[0].isupper() or w in name_particles()) for w in names):
        return None
    return name
