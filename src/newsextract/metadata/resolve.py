"""Choosing one value per field from all candidates, by the table in ``fields.POLICIES``.

Every value enters as a ``Candidate``: the page's sources, the site rule, the caller's
options, and (through ``ResolvedMetadata.refined``) what only the body tells (an agency
credited in it, its language, a paywall). ``resolve`` returns a frozen record holding, per
field, the chosen candidate, the value the Article gets and each rejected candidate with the
reason it lost, which ``newsextract explain`` shows.

Most fields take the first usable candidate in the table's order. Four need more: the title
weighs the visible ``<h1>`` against the metadata titles (``title.py``), authors drop what is
no person's name or is the site's (``author_choice.py``), the published date is a weighted
vote (``published.py``), and a paywall needs one source saying so. The records and the
steps all fields share are in ``resolution.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newsextract.browser_urls import browser_address
from newsextract.language import primary_code
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.article_image import image_address
from newsextract.metadata.author_choice import choose_authors
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.company import is_brand, is_legal_name
from newsextract.metadata.fields import (
    POLICIES,
    VISIBLE_HEADLINE,
    ArticleField,
    Combine,
    Evidence,
    FieldName,
)
from newsextract.metadata.local_offset import at_local_offset, with_update_offset
from newsextract.metadata.name_cleaning import unique_names
from newsextract.metadata.published import (
    LABELLED_DATE,
    DateFinder,
    localised_modified,
    needs_written_date,
    vote,
)
from newsextract.metadata.resolution import (
    FieldResolution,
    Rejection,
    group,
    in_place_of,
    lower_than,
    ordered,
)
from newsextract.metadata.site_names import (
    end_parts,
    sections_from_url,
    site_names_from_url,
    strip_site_name,
    subdomain_names,
    without_tagline,
)
from newsextract.metadata.tags import without_accent_twins
from newsextract.metadata.title import choose_title
from newsextract.metadata.title_agreement import copies_page_title, cut_with_ellipsis
from newsextract.metadata.title_cleanup import page_number_of
from newsextract.metadata.title_slug import slug_key
from newsextract.metadata.title_typography import (
    cased,
    joined_as_written,
    quoted_as_shown,
    spaced_as_written,
    typeset,
)
from newsextract.origin import Origin
from newsextract.page import web_address
from newsextract.paywall import MARKUP as PAYWALL_MARKUP
from newsextract.text import clean_text, compare_key

if TYPE_CHECKING:
    from newsextract.metadata.visible_dates import WrittenDates

F = ArticleField


class ResolvedMetadata(NamedTuple):
    """Every field's resolution, and the evidence a later stage reads (the declared
    ``word_count``). Read-only: ``fields`` is a ``MappingProxyType`` (``resolve`` and
    ``refined`` make it). A NamedTuple, not attrs: attrs would write its methods at import
    (2.6 M instructions against 0.6)."""

    fields: Mapping[ArticleField, FieldResolution]
    candidates: tuple[Candidate, ...]
    word_count: int | None = None

    def resolution(self, field: ArticleField) -> FieldResolution:
        return self.fields.get(field) or FieldResolution(field=field, chosen=None, value=None)

    def chosen(self, field: ArticleField) -> Candidate | None:
        return self.resolution(field).chosen

    def value(self, field: ArticleField) -> Value | None:
        return self.resolution(field).value

    def text(self, field: ArticleField) -> str | None:
        value = self.value(field)
        return value if isinstance(value, str) and value else None

    def names(self, field: ArticleField) -> tuple[str, ...]:
        value = self.value(field)
        return value if isinstance(value, tuple) else ()

    def date(self, field: ArticleField) -> datetime | None:
        value = self.value(field)
        return value if isinstance(value, datetime) else None

    def flag(self, field: ArticleField) -> bool:
        return self.value(field) is True

    def provenance(self) -> dict[str, str]:
        """``Article.provenance``: each filled field's source."""
        out: dict[str, str] = {}
        for field, resolution in self.fields.items():
            if resolution.chosen is not None and resolution.value not in (None, "", ()):
                out[field.value] = resolution.chosen.provenance
        return out

    def refined(self, late: Iterable[Candidate]) -> ResolvedMetadata:
        """The fields ``late`` candidates are for, resolved again with them: what only the
        body tells (its agency, its language, a paywall). Only fields resolved by the plain
        ``FIRST``/``ANY`` rules can be refined, since they depend on no other field."""
        late = tuple(late)
        fields = dict(self.fields)
        everything = (*self.candidates, *late)
        by_field = group(everything)
        for field in {ArticleField(c.field) for c in late}:
            assert field in _PLAIN, f"{field} depends on other fields and cannot be refined"
            fields[field] = _plain(field, by_field)
        return self._replace(fields=MappingProxyType(fields), candidates=everything)


def resolve(
    candidates: Iterable[Candidate],
    url: str | None,
    *,
    text_date: Callable[[str | None], WrittenDates] | None = None,
    second_opinion: DateFinder | None = None,
    relative_date: Callable[[str | None], Candidate | None] | None = None,
    relative_update: Callable[[str | None], Candidate | None] | None = None,
    script_update: Callable[[Value | None], Candidate | None] | None = None,
    attribute_time: Callable[[Value | None], datetime | None] | None = None,
    last_editor: Callable[[], Candidate | None] | None = None,
    fetched_at: datetime | None = None,
) -> ResolvedMetadata:
    """Resolve every field. ``text_date`` reads the dates written in the visible text (given
    the page language): it runs only when no source has a date with a time of day (see
    ``needs_written_date``), and a date labelled as an update joins ``modified``;
    ``second_opinion`` is a date finder that joins the published-date vote when it is close;
    ``relative_date`` reads a relative stamp reckoned back from the fetch time (given the page
    language): it runs only when no source dates the page, and its date is the last resort;
    ``script_update`` reads the update stamp of a script's state (``script_state_dates``,
    given the publication): it runs only when no source gives ``modified``;
    ``attribute_time`` gives a publication resolved to a day alone the time a publication
    attribute keeps on that day (``attribute_stamps``);
    ``last_editor`` reads a wiki's page-info line (``last_editor``): it runs only when no
    source names an author, and its name is the last resort (``html:last-editor``);
    ``fetched_at``, when the page was fetched: no date after its day is the publication's
    (``latest_publication_day``)."""
    everything = tuple(candidates)
    by_field = group(everything)
    fields: dict[ArticleField, FieldResolution] = {}
    for field in _PLAIN:
        fields[field] = _plain(field, by_field)
    fields[F.PUBLISHER] = _without_tagline(fields[F.PUBLISHER], url, by_field)
    fields[F.CATEGORIES] = _categories(by_field)
    fields[F.IMAGE] = _image(by_field, url or fields[F.CANONICAL_URL].value)
    language = fields[F.LANGUAGE].value
    fields[F.PUBLISHED], written = _published(
        by_field,
        text_date,
        str(language) if language else None,
        second_opinion,
        latest_publication_day(fetched_at),
    )
    if relative_date is not None and fields[F.PUBLISHED].value is None:
        fields[F.PUBLISHED] = _relative_published(
            fields[F.PUBLISHED], by_field, relative_date, str(language) if language else None
        )
    if attribute_time is not None and (timed := attribute_time(fields[F.PUBLISHED].value)):
        fields[F.PUBLISHED] = fields[F.PUBLISHED]._replace(value=timed)
    fields[F.MODIFIED] = _modified(by_field, written, fields[F.PUBLISHED].value)
    published_value = fields[F.PUBLISHED].value
    if isinstance(published_value, datetime):
        fields[F.PUBLISHED] = fields[F.PUBLISHED]._replace(
            value=with_update_offset(published_value, fields[F.MODIFIED].value),
        )
    fields[F.MODIFIED] = _not_before_published(fields[F.MODIFIED], fields[F.PUBLISHED].value)
    if relative_update is not None and fields[F.MODIFIED].value is None:
        fields[F.MODIFIED] = _not_before_published(
            _relative_modified(
                fields[F.MODIFIED], relative_update(str(language) if language else None)
            ),
            fields[F.PUBLISHED].value,
        )
    if script_update is not None and fields[F.MODIFIED].value is None:
        stamp = script_update(fields[F.PUBLISHED].value)
        fields[F.MODIFIED] = _not_before_published(
            _relative_modified(fields[F.MODIFIED], stamp), fields[F.PUBLISHED].value
        )
    publisher = fields[F.PUBLISHER].value
    site_names = [n for n in (publisher, *site_names_from_url(url)) if isinstance(n, str)]
    fields[F.TITLE] = _title(
        by_field,
        [*site_names, *_other_site_names(by_field, publisher), *_logo_names(by_field)],
        sections_from_url(url),
        subdomain_names(url),
        categories=fields[F.CATEGORIES].value,
        unnamed_site=publisher is None,
        page_number=page_number_of(url),
        slug=slug_key(url),
        crumb=_last_crumb(by_field),
    )
    person_site = bool(by_field.get(Evidence.PUBLISHER_IS_PERSON))
    # On a person's own site (JSON-LD publisher of type Person), their name, in the host's
    # too ("janedoe.blog"), is the author's.
    exclude = [] if person_site and publisher else site_names
    fields[F.AUTHORS] = choose_authors(by_field, exclude, str(language) if language else None)
    if last_editor is not None and not fields[F.AUTHORS].value:
        editor = last_editor()  # read here, not as a source: most pages have their author
        if editor is not None:
            everything = (*everything, editor)
            by_field[editor.field].append(editor)
            fields[F.AUTHORS] = choose_authors(
                by_field, exclude, str(language) if language else None
            )
    words = by_field.get(Evidence.WORD_COUNT)
    return ResolvedMetadata(
        fields=MappingProxyType({field: fields[field] for field in ArticleField}),
        word_count=int(str(words[0].value)) if words else None,
        candidates=everything,
    )


def _without_tagline(
    publisher: FieldResolution, url: str | None, by_field: Mapping[FieldName, list[Candidate]]
) -> FieldResolution:
    """The publisher's name without the tagline its source writes beside it ("AOC media -
    Analyse Opinion Critique"; see ``site_names.without_tagline``), the titles' end parts
    its second witness where the host names no part."""
    if not isinstance(publisher.value, str):
        return publisher

    def title_ends() -> frozenset[str]:
        return frozenset(
            compare_key(part)
            for candidate in by_field.get(F.TITLE, ())
            for part in end_parts(str(candidate.value))
        )

    alone = without_tagline(publisher.value, url, title_ends)
    return publisher if alone == publisher.value else publisher._replace(value=alone)


# Fields that take the first usable candidate (or any "yes") of their own candidates alone,
# whatever the other fields hold: these alone can be refined with late candidates.
_PLAIN = (
    F.LEAD,
    F.BYLINE,
    F.PUBLISHER,
    F.SOURCE,
    F.TAGS,
    F.LANGUAGE,
    F.CANONICAL_URL,
    F.IS_PAYWALLED,
)


def _plain(
    field: ArticleField,
    by_field: Mapping[FieldName, list[Candidate]],
    extra: Sequence[Candidate] = (),
) -> FieldResolution:
    found, unread = ordered([*by_field.get(field, ()), *extra], field)
    rejected = list(unread)
    if POLICIES[field].combine is Combine.ANY:
        return _any(field, found, rejected)
    chosen: Candidate | None = None
    value: Value | None = None
    for candidate in found:
        if chosen is not None:
            rejected.append(Rejection(candidate, f"lower in precedence than {chosen.provenance}"))
            continue
        cleaned, problem = _usable(field, candidate.value)
        if problem:
            rejected.append(Rejection(candidate, problem))
        else:
            chosen, value = candidate, cleaned
    if POLICIES[field].combine is Combine.NARROWED and chosen is not None:
        return _narrowed(field, chosen, value, found, rejected)
    if POLICIES[field].combine is Combine.BRAND and chosen is not None:
        return _brand(field, chosen, value, found, rejected)
    return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))


# A narrower list must keep at least this share of the chosen one's items: a source that
# repeats one or two of many tags (a "main topic" field) is a summary, not the agreed list.
_MIN_KEPT_SHARE = 0.5
# ...and at least this many items: one shared item is a coincidence, not an agreement.
_MIN_AGREED_ITEMS = 2
# A chosen list of this many items that a later source's longer list holds is that list's
# summary (its main topic), not the page's tags: the longer list is. Two or more items are
# a list of their own, which a later source may extend with loose keywords (measured: a
# bound of half the longer list's items lost on half A of both sets).
MAX_SUMMARY_ITEMS = 1
# A later list of this many items beside such a one-item list that it does not hold: the one
# item is the taxonomy's term (a desk, "Transport"), the longer list the story's keywords.
MIN_KEYWORD_LIST = 3


def _narrowed(
    field: ArticleField,
    chosen: Candidate,
    value: Value | None,
    found: list[Candidate],
    rejected: list[Rejection],
) -> FieldResolution:
    """The chosen list (or the list two later sources agree on against it, see
    ``_agreed_elsewhere``), or a shorter one from a later source that it wholly contains, or
    a longer one that wholly contains it when it is that list's summary
    (``MAX_SUMMARY_ITEMS``: an ``article:tag`` naming the main topic among the
    ``news_keywords``)."""
    assert isinstance(value, tuple)
    fills_only = POLICIES[field].fills_only
    if fills_only:
        found = [c for c in found if c is chosen or c.provenance not in fills_only]
    first = chosen
    if (agreed := _agreed_elsewhere(field, chosen, _list_key(value), found)) is not None:
        chosen, value, sources = agreed
        reason = f"{sources} later sources agree on another list, {chosen.provenance}'s"
        rejected = [r for r in rejected if r.candidate is not chosen]
        rejected.append(Rejection(first, reason))
    keys = {compare_key(item) for item in value}
    for candidate in found:
        if candidate is chosen or candidate is first:
            continue
        items, problem = _usable(field, candidate.value)
        if problem or not isinstance(items, tuple):
            continue
        narrower = {compare_key(item) for item in items}
        if len(keys) <= MAX_SUMMARY_ITEMS and keys < narrower:
            reason = f"a summary of the {len(items)} items {candidate.provenance} gives"
            return in_place_of(field, chosen, candidate, items, rejected, reason)
        if _beside_news_keywords(chosen, candidate, items, found):
            reason = (
                f"a taxonomy's term beside the {len(items)} keywords {candidate.provenance} gives"
            )
            return in_place_of(field, chosen, candidate, items, rejected, reason)
        if (
            narrower < keys
            and len(narrower) >= _MIN_AGREED_ITEMS
            and len(narrower) >= _MIN_KEPT_SHARE * len(keys)
        ):
            reason = f"holds items beyond the {len(items)} that {candidate.provenance} agrees on"
            return in_place_of(field, chosen, candidate, items, rejected, reason)
    return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))


def _beside_news_keywords(
    chosen: Candidate, later: Candidate, items: tuple[str, ...], found: list[Candidate]
) -> bool:
    """Whether ``chosen`` is one item that ``later``, a ``news_keywords`` list of
    ``MIN_KEYWORD_LIST`` or more, does not hold and no other source repeats: the taxonomy's
    term ("Transport") beside the story's keywords, which Google News' meta is for."""
    if later.detail != "news_keywords" or len(items) < MIN_KEYWORD_LIST:
        return False
    value = chosen.value
    if not isinstance(value, tuple) or len(value) > MAX_SUMMARY_ITEMS:
        return False
    keys = _list_key(value)
    if not keys.isdisjoint(_list_key(items)):
        return False
    return not any(
        other is not chosen and isinstance(other.value, tuple) and _list_key(other.value) == keys
        for other in found
    )


# Lists that this many sources give alike outvote the first source's list when no other
# source gives that one: the first list is its writer's own (a content system's facets,
# "Desk: Metro"; a category written as an article:tag), the one repeated is the tags.
_AGREEING_SOURCES = 2


def _agreed_elsewhere(
    field: ArticleField, chosen: Candidate, keys: frozenset[str], found: list[Candidate]
) -> tuple[Candidate, tuple[str, ...], int] | None:
    """The first candidate of a list (``_MIN_AGREED_ITEMS`` or more) that ``_AGREEING_SOURCES``
    later sources give alike, with the count, when no other source repeats ``chosen``'s list;
    else None. A site rule's list is never outvoted."""
    if chosen.origin is Origin.RULE or len(found) <= _AGREEING_SOURCES:
        return None  # a site rule's list, or too few lists to outvote it (most pages)
    lists: dict[frozenset[str], list[tuple[Candidate, tuple[str, ...]]]] = {}
    for candidate in found:
        items, problem = _usable(field, candidate.value)
        if problem or not isinstance(items, tuple):
            continue
        lists.setdefault(_list_key(items), []).append((candidate, items))
    if len(_sources(lists.get(keys, []))) > 1:
        return None
    for agreed, given in lists.items():  # in precedence order of their first source
        count = len(_sources(given))
        if agreed != keys and len(agreed) >= _MIN_AGREED_ITEMS and count >= _AGREEING_SOURCES:
            return (*given[0], count)
    return None


def _list_key(items: tuple[str, ...]) -> frozenset[str]:
    """A list's items compared loosely and split at commas: a source that splits the list
    string it holds ("Fees, rates and charges" as two) gives the list of one that
    repeats a tag a property, when the words are the same."""
    return frozenset(compare_key(part) for item in items for part in item.split(","))


def _sources(given: list[tuple[Candidate, tuple[str, ...]]]) -> set[tuple[str, str]]:
    """The distinct writers of the candidates: a <meta> by its name (``article:tag`` read as
    OpenGraph and as a plain <meta> is one element), the other origins as one each (a
    labelled list of ``rel=tag`` links is read twice by the markup's scans)."""
    return {
        ("meta", c.detail) if c.origin in (Origin.OPENGRAPH, Origin.META) else (c.origin, "")
        for c, _ in given
    }


def _brand(
    field: ArticleField,
    chosen: Candidate,
    value: Value | None,
    found: list[Candidate],
    rejected: list[Rejection],
) -> FieldResolution:
    """The chosen name, or, when it is a social-media handle, the first later source's
    name that is none; then, when it is a company's legal name, the first later source's
    name that is a brand ("Seeblatt" over "Helvetmedia AG"). A site rule is never
    second-guessed."""
    if chosen.origin is not Origin.RULE and _HANDLE.fullmatch(str(value).strip()):
        later = found[found.index(chosen) + 1 :]
        named = next((c for c in later if c.value and not _HANDLE.fullmatch(str(c.value))), None)
        if named is not None:
            reason = f"a social-media handle; {named.provenance} gives the site's name"
            kept = in_place_of(field, chosen, named, named.value, rejected, reason)
            return _brand(field, named, named.value, found, list(kept.rejected))
    if chosen.origin is Origin.RULE or not is_legal_name(str(value)):
        return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))
    brand = next(
        (c for c in found[found.index(chosen) + 1 :] if is_brand(str(c.value))),
        None,
    )
    if brand is None:
        return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))
    reason = f"a company's legal name; {brand.provenance} gives the brand"
    return in_place_of(field, chosen, brand, brand.value, rejected, reason)


# A social-media handle as ``twitter:site`` gives it ("@valleyledger"): the account's slug,
# as the host's label is the site's, no name; a later source's name (the <title>'s part
# the host names, the copyright notice, the logo) is the publisher, the handle the last resort.
_HANDLE = LazyPattern(r"@[\w.]+")


def _any(field: ArticleField, found: list[Candidate], rejected: list[Rejection]) -> FieldResolution:
    """A yes/no field: the first source saying yes wins; else the first saying no. Paywall
    markup says yes only where the page does not declare itself free: templates leave it on
    free articles too."""
    declared_no = any(c.value is False and c.origin in _DECLARING for c in found)
    overruled = [c for c in found if declared_no and c.detail == PAYWALL_MARKUP]
    yes = (c for c in found if c.value is True and c not in overruled)
    chosen = next(yes, next((c for c in found if c not in overruled), None))
    for candidate in found:
        if candidate is not chosen:
            assert chosen is not None
            if candidate in overruled:
                reason = "paywall markup on a page its structured data declares free"
            elif chosen.value is True:
                reason = f"{chosen.provenance} says yes, which is enough"
            else:
                reason = f"lower in precedence than {chosen.provenance}"
            rejected.append(Rejection(candidate, reason))
    value = bool(chosen.value) if chosen is not None else False
    return FieldResolution(field=field, chosen=chosen, value=value, rejected=tuple(rejected))


# Sources that declare a yes/no field (a site rule, the page's structured data), not guess it.
_DECLARING = frozenset({Origin.RULE, Origin.JSONLD})


def _usable(field: ArticleField, value: Value) -> tuple[Value | None, str]:
    """The value a plain field gets from a candidate, or why the candidate is unusable."""
    if field in (F.TAGS, F.CATEGORIES):
        items = unique_names(
            clean_text(i) for i in (value if isinstance(value, tuple) else (str(value),))
        )
        if field is F.TAGS:
            items = without_accent_twins(items)
        return (items, "") if items else (None, "no item left after cleaning")
    if field is F.LANGUAGE:
        code = language_code(str(value))
        return (code, "") if code else (None, f"{value!r} is not a language code")
    if field is F.CANONICAL_URL:
        # A page names itself in og:url, a link or JSON-LD as it likes: "javascript:",
        # "file:///etc/passwd" or "http://[::1" is no address for a caller to fetch or store.
        address = web_address(browser_address(str(value)))
        return (address, "") if address else (None, f"{value!r} is not a web address")
    if value in (None, "", ()):
        return None, "empty"
    return value, ""


def _image(by_field: Mapping[FieldName, list[Candidate]], base: Value | None) -> FieldResolution:
    """The first candidate that is a web address once joined with the page's (``base``)."""
    found, unread = ordered(by_field.get(F.IMAGE, ()), F.IMAGE)
    rejected = list(unread)
    chosen: Candidate | None = None
    value: str | None = None
    for candidate in found:
        if chosen is not None:
            rejected.append(Rejection(candidate, lower_than(chosen)))
            continue
        address = image_address(str(candidate.value), base if isinstance(base, str) else None)
        if address is None:
            rejected.append(Rejection(candidate, "not a web address"))
        else:
            chosen, value = candidate, address
    return FieldResolution(field=F.IMAGE, chosen=chosen, value=value, rejected=tuple(rejected))


# The provenance of a kicker's section (metadata.kicker), read after the breadcrumb path.
_KICKER = "html:kicker"


def _categories(by_field: Mapping[FieldName, list[Candidate]]) -> FieldResolution:
    """Sections named by a source, else the breadcrumb path without home page and article."""
    crumbs = by_field.get(Evidence.BREADCRUMBS, [])
    resolution = _plain(F.CATEGORIES, by_field)
    if not crumbs:
        return resolution
    kicker = resolution.chosen if resolution.provenance == _KICKER else None
    if kicker is not None:  # the lowest source: a breadcrumb path comes first
        crumbed = _categories({**by_field, F.CATEGORIES: []})
        if crumbed.chosen is not None:
            loser = Rejection(kicker, f"lower in precedence than {crumbed.provenance}")
            return crumbed._replace(rejected=(*crumbed.rejected, loser))
        return resolution
    if resolution.chosen is not None:
        losers = tuple(
            Rejection(c, f"lower in precedence than {resolution.provenance}") for c in crumbs
        )
        return resolution._replace(rejected=resolution.rejected + losers)
    first, *others = crumbs
    value = _breadcrumb_categories(first.value, by_field)
    rejected = [
        *resolution.rejected,
        *(Rejection(c, "only the first breadcrumb list is read") for c in others),
    ]
    if not value:
        rejected.insert(0, Rejection(first, "only the home page and the article in the path"))
        return resolution._replace(rejected=tuple(rejected))
    return FieldResolution(field=F.CATEGORIES, chosen=first, value=value, rejected=tuple(rejected))


def _breadcrumb_categories(
    value: Value, by_field: Mapping[FieldName, list[Candidate]]
) -> tuple[str, ...]:
    names = list(value) if isinstance(value, tuple) else []
    if names:
        names = names[1:]  # the home page
    titles = {
        compare_key(str(c.value))
        for c in [*by_field.get(F.TITLE, ()), *by_field.get(Evidence.HEADLINE, ())]
    }
    while names and (
        compare_key(names[-1]) in titles
        or len(names[-1]) > 60
        or any(cut_with_ellipsis(names[-1], title) for title in titles)
    ):
        if _section_as_headline(names[-1], by_field):
            break
        names.pop()  # the article: its title, whole or cut short
    return unique_names([name for name in names if name])


def _section_as_headline(step: str, by_field: Mapping[FieldName, list[Candidate]]) -> bool:
    """Whether the trail's last ``step``, which a structured title repeats, is a section a
    template wrote as the headline (JSON-LD's "headline": "Local news"): the visible
    headline and the ``<title>`` are both there and neither holds it. The article's own
    step is its title, whole or cut, which they hold."""
    key = compare_key(step)
    shown = [
        compare_key(str(c.value))
        for c in [
            *by_field.get(Evidence.HEADLINE, ())[:1],
            *(c for c in by_field.get(F.TITLE, ()) if c.provenance == "html:title"),
        ]
    ]
    return len(shown) >= 2 and bool(key) and not any(key in text for text in shown)


def _published(
    by_field: Mapping[FieldName, list[Candidate]],
    text_date: Callable[[str | None], WrittenDates] | None,
    language: str | None,
    second_opinion: DateFinder | None,
    latest: date | None = None,
) -> tuple[FieldResolution, list[Candidate]]:
    """The vote, with the written dates read first when they can add a time of day; the
    written "Updated" date is returned for ``modified``. ``latest``: the last day the page
    can have been published on (``latest_publication_day``), a later date being none."""
    found, unread = ordered(by_field.get(F.PUBLISHED, ()), F.PUBLISHED)
    # The sources' modification stamps tell a page that shows its republication, or a stamp
    # the update overwrote (see ``published.vote``).
    modified, _ = ordered(by_field.get(F.MODIFIED, ()), F.MODIFIED)
    written_modified: list[Candidate] = []
    labelled_only = False
    if by_field.get(Evidence.UNDATED_THING):
        # A product's or an event's page: only a source's stamp for the page itself
        # is its date, never one written in its text or found by searching it; but an
        # event's page may say when it was posted, after a publication label
        # ("Veröffentlicht am 5. März 2024"): a product's would be its release day.
        second_opinion = None
        event_days = _event_days(by_field)
        labelled_only = bool(event_days)
        text_date = text_date if labelled_only else None
    thread_page = bool(by_field.get(Evidence.LATER_THREAD_PAGE))
    if text_date is not None and (thread_page or needs_written_date(found, modified)):
        written = text_date(language)
        # Beside bare days from other sources, only a written date with a time adds anything.
        date = written.first("published", timed_only=bool(found))
        if labelled_only and date is not None and _event_or_unlabelled(date, event_days):
            date = None  # the event's day ("Datum: 20. Juni 2024"), or a day its text mentions
        if thread_page:
            date = _first_post_here(written, found) or date
        found.extend([date] if date is not None else [])
        updated = written.first("modified")
        written_modified.extend([updated] if updated is not None else [])
    elif text_date is not None and not modified:
        # No source stamps an update: one written in the text ("Opdateret … kl. 12:40").
        updated = text_date(language).first("modified")
        written_modified.extend([updated] if updated is not None else [])
    shown_days = [
        c.value.date()
        for c in by_field.get(Evidence.SHOWN_DAY, ())
        if isinstance(c.value, datetime)
    ]
    future: list[Rejection] = []
    if latest is not None:
        future = [Rejection(c, "after the fetch time") for c in found if _after(c.value, latest)]
        found = [c for c in found if not _after(c.value, latest)]
        second_opinion = _not_after(second_opinion, latest)
    outcome = vote(
        found, second_opinion, modified=modified, thread_page=thread_page, shown_days=shown_days
    )
    rejected = [*unread, *future, *(Rejection(c, reason) for c, reason in outcome.rejected)]
    value = outcome.value
    if isinstance(value, datetime):
        value = at_local_offset(value, [*found, *written_modified])
    resolution = FieldResolution(
        field=F.PUBLISHED, chosen=outcome.chosen, value=value, rejected=tuple(rejected)
    )
    return resolution, written_modified


# The furthest a page's own clock runs ahead of UTC (Kiribati's +14:00): a page fetched at
# 13:00 UTC may show the next day's date, never the one after.
_CLOCK_AHEAD = timedelta(hours=14)


def latest_publication_day(fetched_at: datetime | None) -> date | None:
    """The last calendar day a page fetched at ``fetched_at`` can show as its publication
    (a page is published before it is fetched: a later day is a release's, an offer's end or
    an event's), on any clock; None without a fetch time."""
    if fetched_at is None:
        return None
    instant = fetched_at if fetched_at.tzinfo is not None else fetched_at.replace(tzinfo=UTC)
    try:
        return (instant.astimezone(UTC) + _CLOCK_AHEAD).date()
    except OverflowError:  # a fetch time at the calendar's end: no day is after it
        return None


def _after(value: Value, latest: date) -> bool:
    return isinstance(value, datetime) and value.date() > latest


def _not_after(finder: DateFinder | None, latest: date) -> DateFinder | None:
    """``finder`` answering nothing where its day is after ``latest``."""
    if finder is None:
        return None
    search = finder

    def find() -> datetime | None:
        found = search()
        return None if found is None or found.date() > latest else found

    return find


def _event_days(by_field: Mapping[FieldName, list[Candidate]]) -> frozenset[date]:
    """The first days of the page's events whose JSON-LD gives one (``startDate``): an
    event's page, not a product's, whose posted line may date it."""
    return frozenset(
        c.value.date()
        for c in by_field.get(Evidence.UNDATED_THING, ())
        if isinstance(c.value, datetime)
    )


def _event_or_unlabelled(written: Candidate, event_days: frozenset[date]) -> bool:
    """Whether a written date on an event's page is not the page's: none after a
    publication label, or one on the event's day (German "Datum:" labels both)."""
    day = written.value.date() if isinstance(written.value, datetime) else None
    return written.detail != LABELLED_DATE or day in event_days


def _relative_published(
    published: FieldResolution,
    by_field: Mapping[FieldName, list[Candidate]],
    relative_date: Callable[[str | None], Candidate | None],
    language: str | None,
) -> FieldResolution:
    """``published`` from a relative stamp (``relative_dates``) when no source dated the
    page; a product's or an event's page (``Evidence.UNDATED_THING``) stays undated."""
    if by_field.get(Evidence.UNDATED_THING):
        return published
    stamp = relative_date(language)
    if stamp is None:
        return published
    chosen = attrs.evolve(stamp, field=F.PUBLISHED)
    return published._replace(chosen=chosen, value=chosen.value)


def _relative_modified(modified: FieldResolution, stamp: Candidate | None) -> FieldResolution:
    """``modified`` from a late stamp: a relative update's (``relative_dates.relative_update``)
    or a script state's (``script_state_dates``)."""
    if stamp is None or not isinstance(stamp.value, datetime):
        return modified
    return modified._replace(chosen=stamp, value=stamp.value)


def _not_before_published(modified: FieldResolution, published: Value | None) -> FieldResolution:
    """``modified`` without a value earlier than the publication (a JSON-LD ``dateModified``
    before its ``datePublished``: a draft's last save before a scheduled publication, or a
    stale field): a page is not changed before it is out, and a reader asking "was it
    updated?" would be told a wrong yes. The stamp is kept among the rejected, with why.
    Two instants are compared when both have an offset, else their days."""
    value = modified.value
    if not isinstance(value, datetime) or not isinstance(published, datetime):
        return modified
    if (value.tzinfo is not None) == (published.tzinfo is not None) and value.tzinfo is not None:
        earlier = value < published
    else:
        earlier = value.date() < published.date()
    if not earlier or modified.chosen is None:
        return modified
    reason = f"earlier than the publication ({published.isoformat()})"
    return modified._replace(
        chosen=None, value=None, rejected=(*modified.rejected, Rejection(modified.chosen, reason))
    )


def _first_post_here(written: WrittenDates, found: Sequence[Candidate]) -> Candidate | None:
    """On a later page of a forum thread, the first written date after the day its JSON-LD
    gives (the thread's start, on page one): this page's first post."""
    starts = [c.value for c in found if c.origin is Origin.JSONLD and isinstance(c.value, datetime)]
    return written.first_after("published", max(starts).date()) if starts else None


def _modified(
    by_field: Mapping[FieldName, list[Candidate]],
    written: Sequence[Candidate],
    published: Value | None,
) -> FieldResolution:
    """The first modification stamp by precedence, at the page's offset as the publication
    is (``published.localised_modified``): the same instant, in the reader's clock."""
    resolution = _plain(F.MODIFIED, by_field, extra=written)
    if not isinstance(resolution.value, datetime):
        return resolution
    stamps = [c.value for c in (*by_field.get(F.MODIFIED, ()), *written)]
    local = localised_modified(resolution.value, stamps, published)
    return resolution._replace(value=local)


def _last_crumb(by_field: Mapping[FieldName, list[Candidate]]) -> str:
    """The last item of the page's breadcrumb trail: the name the site gives the page itself
    (or its section's, when the trail stops above it)."""
    crumbs = by_field.get(Evidence.BREADCRUMBS)
    value = crumbs[0].value if crumbs else None
    return str(value[-1]) if isinstance(value, tuple) and value else ""


def _title(
    by_field: Mapping[FieldName, list[Candidate]],
    site_names: list[str],
    sections: frozenset[str],
    subdomains: frozenset[str],
    *,
    categories: Value | None = None,
    unnamed_site: bool = False,
    page_number: int | None = None,
    slug: str = "",
    crumb: str = "",
) -> FieldResolution:
    """The visible headline weighed against the metadata titles: those ranked before
    ``html:h1`` in the table win over it; it wins over the others when one agrees with it.
    The sections a title may name are the navigation's links and the page's own categories
    (its breadcrumbs, ``article:section``): "Lokales | Talbote | Neue Radwege …"."""
    policy = POLICIES[F.TITLE]
    headline = next(iter(by_field.get(Evidence.HEADLINE, ())), None)
    titles, unread = ordered(by_field.get(F.TITLE, ()), F.TITLE)
    h1_rank = policy.rank(VISIBLE_HEADLINE, Origin.HTML)
    trusted = sum(
        1
        for c in titles
        if h1_rank is not None and (policy.rank(c.provenance, c.origin) or 0) < h1_rank
    )
    if trusted and headline is not None and not any(c.origin is Origin.RULE for c in titles):
        page_title = next((str(c.value) for c in titles if c.provenance == "html:title"), None)
        texts = [str(c.value) for c in titles if c.provenance != "html:title"]
        if copies_page_title(str(headline.value), texts, trusted, page_title, site_names):
            trusted = 0  # the <title>'s copy ranks as the <title> does: under the <h1>
    choice = choose_title(
        str(headline.value) if headline else None,
        [str(c.value) for c in titles],
        site_names,
        trusted=trusted,
        authoritative=sum(1 for c in titles if c.origin is Origin.RULE),
        sections=sections,
        section_names=[
            *(str(c.value) for c in by_field.get(Evidence.NAV_LINK, ())),
            *(categories if isinstance(categories, tuple) else ()),
        ],
        section_headings=[
            str(c.value) for c in by_field.get(Evidence.NAV_LINK, ()) if c.detail == "h1"
        ],
        categories=categories if isinstance(categories, tuple) else (),
        subdomains=subdomains,
        unnamed_site=unnamed_site,
        page_number=page_number,
        slug=slug,
        crumb=crumb,
    )
    chosen = (headline if choice.index < 0 else titles[choice.index]) if choice.title else None
    shown = [strip_site_name(str(c.value), site_names) for c in titles]
    others = [*shown, str(headline.value)] if headline else shown
    title = choice.title
    if choice.index < 0:
        written = [str(c.value) for c in titles]
        title = spaced_as_written(joined_as_written(title, written), written)
    shown_headline = str(headline.value) if headline else None
    value = cased(quoted_as_shown(typeset(title, others), shown_headline), others)
    rejected = list(unread)
    for index, candidate in [(-1, headline), *enumerate(titles)]:
        if candidate is not None and candidate is not chosen:
            rejected.append(Rejection(candidate, choice.reasons.get(index) or lower_than(chosen)))
    return FieldResolution(
        field=F.TITLE, chosen=chosen, value=value or None, rejected=tuple(rejected)
    )


def _logo_names(by_field: Mapping[FieldName, list[Candidate]]) -> list[str]:
    """The site's logo texts that a metadata title starts or ends with, whole ("Dalbladet |
    Torkan …"): the site's name where no ``<meta>`` gives it. A logo text a title only holds
    (a word of a headline) names nothing: the site-name test of a title's parts is loose."""
    logos = by_field.get(Evidence.HOME_LINK)
    if not logos:
        return []  # no logo text: the titles' ends are not keyed
    ends = {
        compare_key(part)
        for candidate in by_field.get(F.TITLE, ())
        for part in end_parts(str(candidate.value))
    }
    ends.discard("")
    names = (str(c.value) for c in logos)
    return [name for name in names if compare_key(name) in ends]


def _other_site_names(
    by_field: Mapping[FieldName, list[Candidate]], publisher: Value | None
) -> list[str]:
    """The site's names the other publisher candidates give ("news.KRT.at" beside "KRT.at",
    a "@handle"): each is decoration a title may carry."""
    names = (str(c.value).lstrip("@") for c in by_field.get(F.PUBLISHER, ()))
    return [n for n in names if n and n != publisher]


def language_code(value: str) -> str | None:
    """The ISO 639-1 code of a language tag or locale ("fr" of "fr_FR"), or its ISO 639-3
    code where the language has none ("ceb"); see ``language.primary_code``."""
    return primary_code(value)
