"""The site's name as its copyright notice writes it ("© 2024 Riverside Courier. All rights
reserved."), for the publisher of a page whose metadata names none; and, when that name is
a person's, the writer of a post on the person's own site that no byline credits.

A footer's notice may name anyone: the content system's maker, a photo agency, the parent
company. Only a name the page's host spells ("Riverside Courier" on riverside-courier.com)
is taken, and only when written otherwise than the label: then it is the site's own, in its
own capitals and spaces, which the host's label ("riversidecourier") is not. A name the host
does not spell is taken when the ``<title>`` opens or ends with it as a part of its own
("Talbote – Warum …" beside "© 2023 Talbote" on a host of other words): two places of the
page name the site alike, as a logo and the title do (``site_name._confirmed_logo``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.language import primary_code
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.byline_openings import names_a_person
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.company import without_legal_form
from newsextract.metadata.fields import ArticleField
from newsextract.metadata.site_names import end_parts, host_spellings, site_names_from_url
from newsextract.origin import Origin
from newsextract.page import ParsedPage
from newsextract.text import clean_text, compare_key

# The notice: the sign (or the word), an optional year or span of years (maybe open, "2012-":
# until now), the name (maybe in quotation marks) up to a full stop, a bar, a comma, a dash
# or a middle dot or bullet between spaces (a footer's next item: "© 2024 Kodstugan · Drivs
# med WordPress", "… GmbH • Impressum"; unspaced, a middle dot is Catalan's "l·l") or the
# end. A name is a few words.
_NOTICE = LazyPattern(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?(?:by\s+)?[«\"“„‘'‹「]?"
    r"(?P<name>[^\W\d][^.|,©\n\r]{1,58}?)\s*(?:$|[.|,©\n\r]|\s[-–·•]\s|\s\d{4}\b)",
    re.IGNORECASE,
)
# The quotation marks a notice may set the name in ("© 2024 «Вести дня»").
_QUOTES = "«»\"“”„‘’'‹›「」"
# A person's own site: the notice names a person (a given name first) and the host spells
# that name ("© 2024 Jan Novák" on jannovak.cz); the owner is the writer of a post no byline
# credits, the resolution's last resort (``fields.POLICIES``).
OWNER = "site-owner"
# The <meta> names that name the site: a page with one has its publisher, and the notice is
# not searched for (the search reads every text of the page).
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher")
# The notice sits in the footer, among the page's last texts: this many are read, from the end.
_LAST_TEXTS = 100
# What every notice holds, looked for (in the cases notices write) before the pattern is
# tried: most texts hold none, and a search costs less than a text in lower case.
_SIGNS = ("©", "(c)", "(C)", "opyright", "OPYRIGHT")


def candidates(page: ParsedPage) -> Iterator[Candidate]:
    labels = site_names_from_url(page.url)
    host = compare_key(labels[0]).replace(" ", "") if labels else ""
    if not host or any(key in page.meta for key in _SITE_META):
        return
    ends: set[str] | None = None  # the <title>'s end parts, read at the first notice
    # The texts of the page's elements, read once for all scans; the footer's come last.
    for _, _, own in reversed(page.own_texts[-_LAST_TEXTS:]):
        if own is None or not any(sign in own for sign in _SIGNS):
            continue
        for match in _NOTICE.finditer(clean_text(own)):
            name = match["name"].strip(" -–:;").strip(_QUOTES)
            if name == labels[0]:
                continue
            if ends is None:
                ends = _title_ends(page)
            spelled = spells_host(name, host, page.html_lang)
            company = _company(clean_text(own), match.start("name"))
            if company is not None and (not spelled or company != name):
                # A company's name the match cut at a legal form's dot ("Diario del Valle
                # S.A.") or whose words go on past the brand ("Riverside Courier Media
                # LLC"): the brand the host spells opening it is the publisher.
                brand = _brand(company, host, page.html_lang)
                if brand is not None:
                    name, spelled = brand, True
            if spelled or compare_key(name) in ends:
                yield Candidate(
                    field=ArticleField.PUBLISHER, value=name, origin=Origin.HTML, detail="copyright"
                )
                if spelled and names_a_person(name):
                    yield Candidate(
                        field=ArticleField.AUTHORS, value=name, origin=Origin.HTML, detail=OWNER
                    )
                return


# Where a company's name in a notice ends: a bar, a comma, the sign, a line's end, a dash or
# dot between spaces, or a full stop before a capital (the next sentence, "All rights
# reserved"); a full stop inside a legal form ("S.A.", "sp. z o.o.") does not end it.
_COMPANY_END = LazyPattern(r"[|,©\n\r]|\s[-–·•]\s|\.\s+(?=[^\W\d_])")
_COMPANY_CHARS = 80  # a company's name with its legal form is a few words


def _company(text: str, start: int) -> str | None:
    """The company a notice names from ``start``, its legal form whole with its dots
    ("Diario del Valle S.A.", "Gazeta Zalewska sp. z o.o."); None when it has none."""
    rest = text[start : start + _COMPANY_CHARS]
    for end in _COMPANY_END.finditer(rest):
        if end.group().startswith(".") and not rest[end.end()].isupper():
            continue  # "sp. z o.o.": a legal form's dot before a lower-case word
        rest = rest[: end.start() + (1 if end.group().startswith(".") else 0)]
        break
    company = rest.strip()
    return company if without_legal_form(company) != company else None


def _brand(company: str, host: str, language: str | None) -> str | None:
    """The leading words of ``company``, its legal form left out, that spell the host:
    "Riverside Courier" of "Riverside Courier Media LLC" on riversidecourier.com."""
    words = without_legal_form(company).split()
    for count in range(len(words), 0, -1):
        brand = " ".join(words[:count])
        if spells_host(brand, host, language):
            return brand
    return None


def spells_host(name: str, host: str, language: str | None) -> bool:
    """Whether ``name``, its spaces and punctuation left out, is the host's label
    ("Riverside Courier", "riverside-courier"; "Süddeutsche", "sueddeutsche"), as a host
    writes a name: maybe without its legal form ("Nordlicht Reisen GmbH",
    nordlicht-reisen) or its article ("The Harbour Herald", harbourherald), and with "&"
    in words ("Kettle & Kiln", kettleandkiln)."""
    return any(
        spelling.replace(" ", "") == host
        for form in _host_forms(name, language)
        for spelling in host_spellings(compare_key(form))
    )


def _host_forms(name: str, language: str | None) -> Iterator[str]:
    """``name`` and the forms a host's label may spell it in (``spells_host``): without
    the legal form, without an article opening it (the page's language's, ``labels``'
    ``institution_articles``: every language's when the page declares none), and with an
    ampersand as nothing or as the language's words joining two names ("and", "und")."""
    base = without_legal_form(name)
    forms = dict.fromkeys((name, base))
    lang = primary_code(language) if language else None
    first, _, rest = base.partition(" ")
    if rest and first.casefold() in _articles(lang):
        forms[rest] = None
    for form in list(forms):
        if "&" in form:
            for joiner in ("", *words(LabelList.BYLINE_JOINERS, lang)):
                forms[form.replace("&", f" {joiner} ")] = None
    yield from forms


@functools.lru_cache(maxsize=64)
def _articles(language: str | None) -> frozenset[str]:
    """The articles of ``language`` (every language's for None), built once a language."""
    return frozenset(words(LabelList.INSTITUTION_ARTICLES, language))


# Longer than this, a <title> is none (a broken page's): its parts are not read.
_MAX_TITLE_CHARS = 1000


def _title_ends(page: ParsedPage) -> set[str]:
    """The comparison keys of the ``<title>``'s first and last parts, when it has several."""
    node = page.title_element
    title = clean_text(node.text()) if node is not None else ""
    if not title or len(title) > _MAX_TITLE_CHARS:
        return set()
    return {compare_key(end) for end in end_parts(title)[:2]}
