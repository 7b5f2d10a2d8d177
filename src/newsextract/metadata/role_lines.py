"""A byline written as a name and its job title, with no label ("김민수 기자"), as pages in
scripts without capitals print it.

In a cased script such a line is as often a desk ("City Reporter") or a caption's credit:
there the name is read only when set apart in bold over its role (``bold_name_role``).
"""

from __future__ import annotations

import functools
import re

from newsextract.dateparser_words import calendar_words
from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_END, news_agencies, words
from newsextract.metadata.authors import split_byline
from newsextract.metadata.bold_name_role import bold_name_over_role
from newsextract.metadata.markup_places import outside_article
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.metadata.visible_blocks import BLOCKS
from newsextract.page import ParsedPage
from newsextract.regex_words import word_alternation


@functools.cache
def _role_after_name(language: str) -> re.Pattern[str] | None:
    """A line of a name and its job title after it, maybe with an e-mail address: the byline
    as Korean pages print it, with no label ("김민수 기자", "김민수 기자 minsu@…"); the titles
    are ``language``'s roles."""
    roles = words(LabelList.ROLES, language)
    if not roles:
        return None
    return re.compile(
        rf"^\s*(\S+(?:\s\S+){{0,2}}?)\s*{word_alternation(roles)}{LABEL_END}"
        rf"(?:\s*[(<]?\s*[\w.+-]+@[\w.-]+\s*[)>]?)?\s*$",
        re.I,
    )


# A line holding a name and its title is short: a longer one is a sentence naming a reporter.
_ROLE_LINE_MAX = 60


def role_signed(page: ParsedPage, language: str | None) -> tuple[str, str] | None:
    """The writer a line of a name and its title names (see ``_role_after_name``), on a page
    declaring a language: the first such line that is no sentence, in the article."""
    if language is None:
        return None
    if not _uncased(language):
        return bold_name_over_role(page, language)  # names with capitals: set apart in bold
    pattern = _role_after_name(language)
    if pattern is None:
        return None
    for node, own in page.short_lines(BLOCKS, _ROLE_LINE_MAX):
        match = pattern.match(own)
        if match is None or not _signed_name(match.group(1)) or outside_article(node):
            continue
        # read as a byline, the line gives that name alone: a placeholder credit ("নিজস্ব
        # প্রতিবেদক", Bengali "own correspondent", a role itself) gives none
        if split_byline(own, language) != [match.group(1)]:
            continue
        return "role-line", match.group(1)
    return None


@functools.cache
def _uncased(language: str) -> bool:
    """Whether a language's script has no upper case: its month names (dateparser's) have no
    cased letter ("3월", "มีนาคม"; not "März")."""
    names = calendar_words(language, abbreviations=False)
    return bool(names) and not any(c.isupper() or c.islower() for n in names for c in n)


def _signed_name(text: str) -> bool:
    """Whether a name before a title is a person's, written in a script without upper case
    ("김민수"): there a line of a name and a title is the byline, while a line of a cased
    script is as often a desk ("City Reporter") or a caption's credit (one such English line
    on the trafilatura set's held-back half turned a right author wrong). No agency."""
    if not looks_like_name(text) or text in news_agencies():
        return False
    return not any(c.isupper() or c.islower() for c in text)
