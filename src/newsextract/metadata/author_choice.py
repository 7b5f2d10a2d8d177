"""The authors among the candidates: the first source naming a person.

Organisations count only when no source names a person (a company's legal name, a
newspaper the structured data credits on a portal), unless they are a news agency; the
site's own name is no author, but the site's credit is when no one else is named; a visible
byline naming more authors than the structured field (which often names the first only)
widens it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping

from newsextract.labels import news_agencies
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_placeholders import not_a_name
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.company import is_legal_name
from newsextract.metadata.copyright_notice import OWNER
from newsextract.metadata.fields import ArticleField, FieldName
from newsextract.metadata.jsonld import ORGANISATION_AUTHOR
from newsextract.metadata.name_cleaning import FORUM_HANDLE, clean_name, unique_names
from newsextract.metadata.resolution import FieldResolution, Rejection, in_place_of, ordered
from newsextract.metadata.site_names import is_host_name
from newsextract.origin import Origin
from newsextract.text import clean_text, compare_key

F = ArticleField


def choose_authors(
    by_field: Mapping[FieldName, list[Candidate]], exclude: list[str], language: str | None
) -> FieldResolution:
    """The first source with a person's name; organisations count unless they are the site.
    When no source credits anyone but the site, the site's credit is the author: the page
    says so ("BBC News", "Associated Press"), and no one else is named. ``language``, the
    page's, reads the byline labels of its own (``split_byline``)."""
    found, unread = ordered(by_field.get(F.AUTHORS, ()), F.AUTHORS)
    rejected = list(unread)
    chosen: Candidate | None = None
    value: tuple[str, ...] = ()
    site_credit: tuple[Candidate, tuple[str, ...]] | None = None
    handle: tuple[Candidate, str] | None = None
    for candidate in found:
        if chosen is not None:
            rejected.append(Rejection(candidate, f"lower in precedence than {chosen.provenance}"))
            continue
        names = unique_names(
            candidate.value  # a forum handle: a name as the board prints it
            if candidate.detail == FORUM_HANDLE and isinstance(candidate.value, tuple)
            else _names(candidate.value, language)
        )
        # The owner of a person's own site is the site's name by its making (the host
        # spells it): a person, never the site posing as an author.
        owner = candidate.detail == OWNER
        unique = tuple(n for n in names if owner or not is_site(n, exclude))
        organisation = candidate.detail == ORGANISATION_AUTHOR and not all(map(_is_agency, unique))
        if unique and not (
            candidate.origin is not Origin.RULE
            and (organisation or all(map(is_legal_name, unique)))
        ):
            chosen, value = candidate, unique
        elif unique:
            # A company's legal name ("Lindenhof-Stiftung e.V.") or an organisation the
            # structured data names as author (a newspaper whose story a portal carries): the
            # author only when no source names a person. An agency ("dpa") is an author.
            site_credit = site_credit or (candidate, unique)
            why = "an organisation" if organisation else "a company's legal name"
            rejected.append(Rejection(candidate, f"{why}, not a person"))
        elif names or (names := _host_credit(candidate.value, exclude)):
            site_credit = site_credit or (candidate, names)
            rejected.append(Rejection(candidate, "a site name, not a person"))
        else:
            if handle is None and (own := _member_handle(candidate, exclude)) is not None:
                handle = (candidate, own)
            rejected.append(Rejection(candidate, "no person's name left after cleaning"))
    if chosen is None and site_credit is None and handle is not None:
        # no source names a person or the site: the member name the page's own author field
        # gives is the author as the blog prints it ("jmarlowe", a WordPress login)
        chosen, value = handle[0], (handle[1],)
        rejected = [r for r in rejected if r.candidate is not chosen]
    if chosen is None and site_credit is not None:
        chosen, value = site_credit
        rejected = [r for r in rejected if r.candidate is not chosen]
    elif chosen is not None and chosen.origin is not Origin.RULE:
        widened = _widened(value, found[found.index(chosen) + 1 :], exclude, language)
        if widened is not None:
            winner, names = widened
            reason = f"names {len(value)} of the {len(names)} authors {winner.provenance} names"
            return in_place_of(F.AUTHORS, chosen, winner, names, rejected, reason)
    return FieldResolution(
        field=F.AUTHORS, chosen=chosen, value=value or None, rejected=tuple(rejected)
    )


# The sources that name the page's own author as a field of it (a blog's structured data, its
# author archive link), whose one value may be a member's login name rather than a person's.
_AUTHOR_FIELDS = frozenset(
    {"jsonld:author", "jsonld:creator", "microdata:author", "html:a[rel=author]"}
)
# A member name: one word of letters, digits, "_", "." or "-", with a letter; from five
# characters, as newsrooms' initials and desk codes are shorter ("red", "amw", "dpa/abc").
_MEMBER_HANDLE = LazyPattern(r"(?=[\w.-]*[^\W\d_])[\w.-]{5,30}")
_HANDLE_MARKS = LazyPattern(r"[._-]+")


def _member_handle(candidate: Candidate, exclude: list[str]) -> str | None:
    """The one member name an author field holds ("mkestrel", "w4lrus"), when it is no
    label, placeholder or calendar word ("admin", "redaktion"), no host name and not the
    site's own name."""
    if candidate.provenance not in _AUTHOR_FIELDS or not isinstance(candidate.value, tuple):
        return None
    if len(candidate.value) != 1:
        return None
    own = clean_text(candidate.value[0])
    if not _MEMBER_HANDLE.fullmatch(own) or not_a_name(own) or is_host_name(own):
        return None  # a host name ("example.org") is another site's credit
    if is_site(_HANDLE_MARKS.sub(" ", own), exclude):  # "ridgeline-notes": the host's name
        return None
    return own


@functools.cache
def _agencies() -> frozenset[str]:
    return frozenset(name.casefold() for name in news_agencies())


def _is_agency(name: str) -> bool:
    """Whether a name is a news agency's ("dpa", "Reuters"): credited, it is an author."""
    return name.casefold() in _agencies()


# The byline a reader sees, read as markup and as text: a longer list of authors there
# replaces the first source's (a structured author field often names the first author only).
# Other sources' longer lists do not: an author's markup in a teaser of another story is
# read as microdata and as a rel=author link alike.
VISIBLE_BYLINES = frozenset({"html:byline", "text:byline-text"})


def _widened(
    value: tuple[str, ...],
    later: list[Candidate],
    exclude: list[str],
    language: str | None,
) -> tuple[Candidate, tuple[str, ...]] | None:
    """The first visible byline after the chosen source naming every chosen author and more
    (a structured author field naming only the first of the page's authors), with its
    names; or None. Only the bylines are read again: the cost stays with the pages that
    have one."""
    keys = {compare_key(n) for n in value}
    for candidate in later:
        if candidate.provenance not in VISIBLE_BYLINES or _no_longer(candidate.value, value):
            continue
        # A host name beside the names ("CITYDESK.COM") credits a site, not a person.
        names = tuple(
            n
            for n in unique_names(_names(candidate.value, language))
            if not is_site(n, exclude) and not is_host_name(n)
        )
        if keys < {compare_key(n) for n in names}:
            return candidate, names
    return None


def _no_longer(value: Value, names: tuple[str, ...]) -> bool:
    """True when ``value`` has no more letters than ``names``: cleaning it cannot give every
    one of them and more, so it need not be cleaned to know it."""
    items = value if isinstance(value, tuple) else (str(value),)
    return sum(map(len, items)) <= sum(map(len, names))


def _host_credit(value: Value, site_names: list[str]) -> tuple[str, ...]:
    """The site's host name credited as the author ("dagbode.be"), which is no person's
    name but the site's credit all the same."""
    items = value if isinstance(value, tuple) else (str(value),)
    hosts = (clean_text(i) for i in items)
    return unique_names(h for h in hosts if is_host_name(h) and is_site(h, site_names))


def _names(value: Value, language: str | None) -> Iterator[str]:
    items = value if isinstance(value, tuple) else (str(value),)
    for item in items:
        for part in split_byline(item, language):
            name = clean_name(part)
            if name:
                yield name


def is_site(name: str, site_names: list[str]) -> bool:
    key = compare_key(name).replace(" ", "")
    for site in site_names:
        other = compare_key(site).replace(" ", "")
        if other and (key == other or (len(other) >= 3 and (other in key or key in other))):
            return True
    return False
