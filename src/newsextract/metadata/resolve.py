"""Choosing one value per field from all candidates, by a precedence table.

The table is data: for each field, the origins in the order they are trusted. The order was
set by measuring, per origin, how often its value is right on the evaluation sets. A few
fields need more than "first wins": the title prefers the visible headline when the metadata
agrees with it, authors drop organisations and the publisher, and dates fall back to text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from newsextract.language import COUNTRY_AS_LANGUAGE
from newsextract.metadata.authors import clean_name, split_byline, unique_names
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.published import DateFinder, choose_published, needs_written_date
from newsextract.metadata.title import choose_title, site_names_from_url
from newsextract.origin import Origin
from newsextract.text import clean_text, compare_key

if TYPE_CHECKING:
    from newsextract.metadata.visible import WrittenDates

# An entry is an origin, or an origin with the exact source ("html:a[rel=author]") where one
# source of an origin is much more reliable than the others.
PRECEDENCE: Mapping[str, tuple[Origin | str, ...]] = {
    "title": (
        Origin.RULE,
        "jsonld:headline",
        Origin.OPENGRAPH,
        Origin.META,
        Origin.MICRODATA,
        Origin.JSONLD,
        Origin.HTML,
    ),
    "lead": (
        Origin.RULE,
        Origin.HTML,
        Origin.JSONLD,
        Origin.OPENGRAPH,
        Origin.META,
        Origin.MICRODATA,
    ),
    "authors": (
        Origin.RULE,
        Origin.JSONLD,
        Origin.MICRODATA,
        "html:a[rel=author]",
        Origin.META,
        Origin.TEXT,
        Origin.HTML,
        Origin.OPENGRAPH,
    ),
    "byline": (Origin.RULE, Origin.TEXT, Origin.HTML),
    "published": (
        Origin.RULE,
        Origin.JSONLD,
        Origin.MICRODATA,
        Origin.OPENGRAPH,
        Origin.META,
        Origin.HTML,
        Origin.URL,
        Origin.TEXT,
    ),
    "modified": (
        Origin.RULE,
        Origin.JSONLD,
        Origin.MICRODATA,
        Origin.OPENGRAPH,
        Origin.META,
        Origin.TEXT,
    ),
    "publisher": (
        Origin.RULE,
        Origin.JSONLD,
        Origin.OPENGRAPH,
        Origin.MICRODATA,
        Origin.META,
        Origin.URL,
    ),
    "source": (Origin.RULE, Origin.TEXT),
    "tags": (
        Origin.RULE,
        Origin.JSONLD,
        Origin.OPENGRAPH,
        Origin.HTML,
        Origin.MICRODATA,
        Origin.META,
    ),
    "categories": (
        Origin.RULE,
        Origin.JSONLD,
        Origin.OPENGRAPH,
        Origin.HTML,
        Origin.MICRODATA,
        Origin.META,
    ),
    "language": (Origin.RULE, Origin.JSONLD, Origin.HTML, Origin.OPENGRAPH, Origin.META),
    "image": (Origin.RULE, Origin.OPENGRAPH, Origin.JSONLD, Origin.META, Origin.MICRODATA),
    "canonical_url": (Origin.RULE, Origin.HTML, Origin.OPENGRAPH, Origin.JSONLD),
    "is_paywalled": (Origin.RULE, Origin.JSONLD),
}


# Titles taken before the visible <h1>: the article's own headline in structured data was
# right more often than the <h1> (which often carries a kicker or a teaser variant).
TRUSTED_TITLES = frozenset({"rule", "jsonld:headline"})


@attrs.frozen(kw_only=True)
class Metadata:
    """The chosen value of each metadata field and the provenance of each filled one."""

    values: Mapping[str, Any]
    provenance: Mapping[str, str]
    article_body: str | None = None
    word_count: int | None = None


def group(candidates: Iterable[Candidate]) -> dict[str, list[Candidate]]:
    by_field: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in candidates:
        by_field[candidate.field].append(candidate)
    return by_field


def ordered(by_field: Mapping[str, list[Candidate]], field: str) -> list[Candidate]:
    """Candidates of ``field`` in precedence order (stable within one origin)."""
    rank = {str(entry): i for i, entry in enumerate(PRECEDENCE[field])}
    ranked = []
    for candidate in by_field.get(field, ()):
        position = rank.get(candidate.provenance, rank.get(candidate.origin.value))
        if position is not None:
            ranked.append((position, candidate))
    ranked.sort(key=lambda pair: pair[0])
    return [candidate for _, candidate in ranked]


def resolve(
    candidates: Iterable[Candidate],
    url: str | None,
    *,
    text_date: Callable[[str | None], WrittenDates] | None = None,
    second_opinion: DateFinder | None = None,
) -> Metadata:
    """Pick each field's value. ``text_date`` reads the dates written in the visible text
    (given the page language): it runs only when no source has a date with a time of day
    (see ``needs_written_date``), and a date labelled as an update fills ``modified``;
    ``second_opinion`` is a date finder that joins the published-date vote when it is close."""
    by_field = group(candidates)
    values: dict[str, Any] = {}
    provenance: dict[str, str] = {}

    def take(field: str, value: Value | None, candidate: Candidate | None) -> None:
        if value not in (None, "", ()) and candidate is not None:
            values[field] = value
            provenance[field] = candidate.provenance

    for field in (
        "publisher",
        "lead",
        "modified",
        "image",
        "canonical_url",
        "source",
        "is_paywalled",
    ):
        first = next(iter(ordered(by_field, field)), None)
        take(field, first.value if first else None, first)
    for field in ("tags", "categories"):
        first = next(iter(ordered(by_field, field)), None)
        take(field, _unique(first.value) if first else None, first)
    if "categories" not in values:
        crumbs = by_field.get("breadcrumbs")
        if crumbs:
            take("categories", _breadcrumb_categories(crumbs[0].value, by_field), crumbs[0])
    take(*_language(by_field))
    published = ordered(by_field, "published")
    if text_date is not None and needs_written_date(published):
        written = text_date(values.get("language"))
        # Beside bare days from other sources, only a written date with a time adds anything.
        found = written.first("published", timed_only=bool(published))
        published.extend([found] if found is not None else [])
        if "modified" not in values:
            updated = written.first("modified")
            take("modified", updated.value if updated else None, updated)
    voted = choose_published(published, second_opinion)
    if voted is not None:
        values["published"], provenance["published"] = voted
    publisher = values.get("publisher")
    site_names = [n for n in (publisher, *site_names_from_url(url)) if isinstance(n, str)]
    take(*_title(by_field, site_names))
    person_site = bool(by_field.get("publisher_is_person"))
    take(*_authors(by_field, exclude=site_names[1:] if person_site and publisher else site_names))
    byline = next(iter(ordered(by_field, "byline")), None)
    take("byline", byline.value if byline else None, byline)
    body = by_field.get("article_body")
    words = by_field.get("word_count")
    return Metadata(
        values=values,
        provenance=provenance,
        article_body=str(body[0].value) if body else None,
        word_count=int(str(words[0].value)) if words else None,
    )


def _unique(value: Value) -> tuple[str, ...]:
    items = value if isinstance(value, tuple) else (str(value),)
    return unique_names(clean_text(i) for i in items)


def _breadcrumb_categories(
    value: Value, by_field: Mapping[str, list[Candidate]]
) -> tuple[str, ...]:
    names = list(value) if isinstance(value, tuple) else []
    if names:
        names = names[1:]  # the home page
    titles = {
        compare_key(str(c.value))
        for c in [*by_field.get("title", ()), *by_field.get("headline", ())]
    }
    while names and (compare_key(names[-1]) in titles or len(names[-1]) > 60):
        names.pop()
    return unique_names(names)


def _title(
    by_field: Mapping[str, list[Candidate]], site_names: list[str]
) -> tuple[str, str | None, Candidate | None]:
    headline = next(iter(by_field.get("headline", ())), None)
    titles = ordered(by_field, "title")
    trusted = sum(1 for c in titles if c.origin is Origin.RULE or c.provenance in TRUSTED_TITLES)
    title, index = choose_title(
        str(headline.value) if headline else None,
        [str(c.value) for c in titles],
        site_names,
        trusted=trusted,
    )
    chosen = headline if index < 0 else titles[index]
    return "title", title or None, chosen


def _authors(
    by_field: Mapping[str, list[Candidate]], exclude: list[str]
) -> tuple[str, tuple[str, ...] | None, Candidate | None]:
    """The first source with a person's name; organisations count unless they are the site."""
    for candidate in ordered(by_field, "authors"):
        items = candidate.value if isinstance(candidate.value, tuple) else (str(candidate.value),)
        names: list[str] = []
        for item in items:
            parts = split_byline(item)
            names.extend(n for n in (clean_name(p) for p in parts) if n)
        unique = tuple(n for n in unique_names(names) if not _is_site(n, exclude))
        if unique:
            return "authors", unique, candidate
    return "authors", None, None


def _is_site(name: str, site_names: list[str]) -> bool:
    key = compare_key(name).replace(" ", "")
    for site in site_names:
        other = compare_key(site).replace(" ", "")
        if other and (key == other or (len(other) >= 3 and (other in key or key in other))):
            return True
    return False


def _language(by_field: Mapping[str, list[Candidate]]) -> tuple[str, str | None, Candidate | None]:
    for candidate in ordered(by_field, "language"):
        code = language_code(str(candidate.value))
        if code:
            return "language", code, candidate
    return "language", None, None


def language_code(value: str) -> str | None:
    """The ISO 639-1 primary subtag of a language tag or locale ("fr" of "fr_FR"); a country
    code used as a language ("jp") becomes the language it means."""
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    if len(primary) != 2 or not primary.isalpha():
        return None
    return COUNTRY_AS_LANGUAGE.get(primary, primary)
