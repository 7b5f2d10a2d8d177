"""Author names from one byline or author value: "By Jane Doe and John Roe, Staff Writers |
Updated 3 May" must become two names.

``split_byline`` reads a byline in phases: its opening (a signature's dashes, brackets, a
reviewer's credit first), its label, the words of its language, then what follows the names,
before the list is split and the parts that name no writer are dropped. The jobs it calls on
have modules of their own: ``byline_labels`` (the label opening a byline), ``byline_places``
(where the story was filed from), ``contributor_credits`` (a photographer's or an editor's
credit), ``byline_placeholders`` (what names no one: "Staff", a newsroom's desk),
``byline_agencies`` (a news agency credited), ``byline_tails`` (what follows the names),
``name_cleaning`` (one name made clean), and before them ``name_shapes``, ``name_splits``,
``byline_roles`` and ``byline_date_tails``.
"""

from __future__ import annotations

import functools
import re

from newsextract.labels import is_place, news_agencies
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.byline_after_names import without_label_after
from newsextract.metadata.byline_agencies import (
    agency_after_preposition,
    byline_agency,
    split_glued_agency,
)
from newsextract.metadata.byline_date_tails import (
    TRAILING_SEPARATORS,
    without_calendar_tail,
    without_date_tail,
)
from newsextract.metadata.byline_labels import byline_prefix
from newsextract.metadata.byline_placeholders import (
    caseless_title_part,
    desk_after_role,
    desk_label,
    desk_left,
    label_and_placeholder,
    placeholder_part,
    placeholder_whole,
    uncased_sentence,
)
from newsextract.metadata.byline_places import (
    town_after_closed_list,
    town_after_name,
    town_may_follow,
    without_korean_place,
    without_own_place_tail,
    without_place_of_report,
)
from newsextract.metadata.byline_roles import MIN_NAME_AFTER_ROLE, role_tail, without_leading_roles
from newsextract.metadata.byline_tails import (
    EMAIL_TAIL,
    HANDLE_TAIL,
    HARD_SEPARATOR,
    without_list_closer,
)
from newsextract.metadata.contributor_credits import (
    dangling_joiner,
    past_contributor_credit,
    without_bracketed_credits,
    without_contributor_tail,
)
from newsextract.metadata.name_cleaning import clean_name
from newsextract.metadata.name_shapes import institution
from newsextract.metadata.name_splits import (
    own_language_prefix,
    split_names,
    without_glued_label,
    without_name_articles,
)
from newsextract.text import clean_text

# A byline set in brackets ("（記者：山田太郎）", Japanese pages).
_BRACKETED = LazyPattern(r"^[(（\[【]\s*(.+?)\s*[)）\]】]$")
# An address given for a byline: no names.
_URL = LazyPattern(r"^\s*(?:https?://|www\.)", re.I)


def split_byline(
    byline: str, language: str | None = None, *, places_of: str | None = None
) -> list[str]:
    """The person names in one byline or author value, in order; ``language``, the page's,
    adds the byline labels read on its own pages only ("Per" on a Catalan page).
    ``places_of``: the page's language for the place names after a writer ("Київ"), where
    a byline is read without its language's own words (a byline container's text).

    A byline up to ``_KEPT_BYLINE_CHARS`` is read once for the last ``_KEPT_BYLINES``
    asked: a page reads its byline from several sources and stages (a fifth of the calls
    on the dev pages repeat one of the same page, a third one of the same run), 0.1-0.2 ms
    each."""
    if len(byline) <= _KEPT_BYLINE_CHARS:
        return list(_kept_split(byline, language, places_of))
    return _split_byline(byline, language, places_of)


# A byline's length up to which its names are kept (a line of names, a role and a place;
# a byline container's text may run longer), and the bylines kept: a few pages' worth.
_KEPT_BYLINE_CHARS = 1000
_KEPT_BYLINES = 256


@functools.lru_cache(maxsize=_KEPT_BYLINES)
def _kept_split(byline: str, language: str | None, places_of: str | None) -> tuple[str, ...]:
    return tuple(_split_byline(byline, language, places_of))


# The dashes a signature opens with before its label ("— by Jane Roe", "---- by Jane Roe").
_LEADING_DASHES = LazyPattern(r"^[-–—]+\s*")


def _split_byline(byline: str, language: str | None, places_of: str | None) -> list[str]:
    """``split_byline``, read afresh: the byline cut to its list of names, the list split
    into parts, then the parts that name no writer dropped."""
    text = _opened(byline)
    if text is None:
        return []
    labelled = byline_prefix().match(text)
    text = _after_label(text, labelled)
    if text is None:
        return []
    # a container's text (``places_of``) is read with its language's places and joining
    # words, though not with its own labels
    joins = language or places_of
    text = _without_language_words(text, language)
    if uncased_sentence(text) or placeholder_whole(text, joins):
        # a placeholder whole, before its job title is cut from it (Tamil "நமது நிருபர்",
        # "our reporter": not "நமது")
        return []
    text = _names_list(text, language, joins, labelled=labelled is not None)
    parts = split_names(text, joins)
    names, desks = _named_parts(parts)
    names = _without_place_after_placeholder(names, parts, joins)
    if desks and any(len(name.split()) >= MIN_NAME_AFTER_ROLE for name in names):
        names = [name for name in names if name not in desks]
    elif desks and len(desks) == len(names):
        return []  # "By Ledger Staff", "Metro Reporter": a newsroom's credit, no one named
    return _writers(names, text, byline, joins)


def _opened(byline: str) -> str | None:
    """The byline's text from its names on: without a signature's dashes, its brackets,
    another contributor's credit before the writer's, or what follows a hard separator (an
    agency stays); None for an address."""
    text = _LEADING_DASHES.sub("", clean_text(byline), count=1)
    if _URL.match(text):
        return None
    # One try at the start, where the anchored pattern alone can match: ``sub`` tried every
    # position.
    bracketed = _BRACKETED.match(text)
    if bracketed is not None:
        text = bracketed.group(1) + text[bracketed.end() :]
    text = past_contributor_credit(text)
    text, *rest = HARD_SEPARATOR.split(text, maxsplit=1)
    if rest and rest[0].strip() in news_agencies():
        text = f"{text}, {rest[0].strip()}"  # "Juan Pérez | EFE": the agency is credited too
    return split_glued_agency(text)


def _after_label(text: str, labelled: re.Match[str] | None) -> str | None:
    """``text`` after its byline label (``labelled``, the label's match) and without the
    place of report a Han reporter's names come before; None when the label and what
    follows it name a newsroom's desk or a site's account, no one."""
    if labelled is None:
        # "By Admin", "By Webmaster": a short label before a CMS account's name
        return None if label_and_placeholder(text) else text
    text = text[labelled.end() :]
    if desk_label(labelled.group(0)) and len(text.split()) == 1:
        return None  # "Redaktion Stadtleben": the newsroom's desk, a label that names no one
    desk = text.split()
    if len(desk) == 2 and desk_label(desk[0]):
        return None  # "Von Redaktion Lokales": the desk after a byline label, no one named
    if not labelled.group(0).endswith(("/", "／")):
        text = without_place_of_report(text)
    return text


def _without_language_words(text: str, language: str | None) -> str:
    """``text`` without the page language's own label and the articles before its names
    (``language``'s data), and without a Korean credit's place of report."""
    if language is not None:
        text = without_glued_label(own_language_prefix(language).sub("", text, count=1), language)
        text = without_name_articles(text, language)
    return without_korean_place(text)


def _names_list(text: str, language: str | None, joins: str | None, *, labelled: bool) -> str:
    """``text`` cut to its list of names: without a label after them, the other
    contributors' credits, the job titles before them, and the date, address, place and
    list's closer after them; ``joins``, the language whose "in" and joining words are read
    (the page's, or a container's ``places_of``)."""
    text = without_label_after(text)  # "Szabó Eszter által": "by" after the name
    text = without_bracketed_credits(text, language)
    text = without_leading_roles(text, language)
    if (cut := without_calendar_tail(text)) != text:
        # the separator before the date goes too: "Jane Roe and John Doe - Thursday, 14 March
        # 2024" would leave "John Doe -", no name, and the list unsplit at "and"
        text = TRAILING_SEPARATORS.sub("", cut)
    if "@" in text:  # what every e-mail address holds
        text = HANDLE_TAIL.sub("", EMAIL_TAIL.sub("", text))
    text = without_date_tail(text)
    if joins is not None:
        cut = without_own_place_tail(text, joins)
        if cut != text and institution(text) is None:
            text = cut  # an institution's place is part of its name ("Polisen i Stockholm")
    # another contributor's credit after the names, before the list is split at its slashes
    # and commas ("文/李明 图/王芳": the photographer's credit would be a name of its own)
    # a container's text (``places_of``) is split at its language's own joiners too (Slovenian
    # "in", Uzbek "va": "Maja Novak in Luka Kranjc"), though not read with its own labels
    text = dangling_joiner(joins).sub("", without_contributor_tail(text, labelled=labelled))
    return without_list_closer(text)  # "Ana Ruiz, Ben Carter and others": the two named


def _named_parts(parts: list[str]) -> tuple[list[str], list[str]]:
    """The names the byline's ``parts`` clean to, and those of them that are the desk or
    team a job title was cut from ("Metro" of "Metro Reporter"), no person."""
    names = []
    desks = []
    after_role = False  # the part before held a job title
    for index, part in enumerate(parts):
        if index and caseless_title_part(part):
            after_role = True
            continue
        name = clean_name(part)
        if name:
            names.append(name)
            if desk_left(part, name) or (after_role and desk_after_role(name)):
                desks.append(name)
        after_role = role_tail(part).search(part) is not None
    return names, desks


def _without_place_after_placeholder(
    names: list[str], parts: list[str], joins: str | None
) -> list[str]:
    """``names`` without the word that follows a newsroom's placeholder among the
    ``parts``: where the story was filed from, not a writer."""
    if names and parts and placeholder_part(parts[0], joins):
        # "Na Mwandishi Wetu, Arusha", "By Our Correspondent, Mombasa": after the newsroom's
        # placeholder a word is where it filed from, not a writer (an agency stays: "By
        # Staff, Reuters")
        return [name for name in names if " " in name or name in news_agencies()]
    if (
        len(names) > 1
        and len(parts) > 2
        and " " not in names[-1]
        and names[-1] not in news_agencies()
        and placeholder_part(parts[-2], joins)
    ):
        # "Na Neema Mollel, Mwandishi wetu, Dodoma": the word after the newsroom's
        # placeholder closing the names is where the writer filed from, as above
        return names[:-1]
    return names


def _writers(names: list[str], text: str, byline: str, joins: str | None) -> list[str]:
    """``names`` without the institutions, towns and places after the first (where the
    writer works or filed from), an agency after its preposition as the agency; ``text``,
    the list they were split from, ``byline`` as given."""
    names = [agency_after_preposition(name) for name in names]
    # an institution after a writer's name is where the writer works ("Jane Doe, University
    # of Somewhere"), no author; only a byline opening with one credits it (and those
    # joined to it: "the Ministry of Health and the Department of Education")
    if names and institution(names[0]) is None:
        names = names[:1] + [name for name in names[1:] if institution(name) is None]
    if len(names) > 2 and town_after_closed_list(text, names, joins):
        names = names[:-1]
    if len(names) > 1 and town_may_follow(names[0]):
        names = names[:1] + [name for name in names[1:] if not town_after_name(name)]
    if len(names) > 1:  # a place after the first name is where it was filed from
        others = [name for name in names[1:] if not is_place(name, joins)]
        if not others and len(names[0].split()) == 1:
            return []  # "Frankfurt, Germany": a city before its country, a dateline's place
        names = names[:1] + others
    elif names and is_place(names[0], joins) and byline_agency((), byline):
        return []  # "القاهرة (رويترز)", "Cairo (Reuters)": a dateline's place and agency
    return names
