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

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from newsextract.metadata.author_choice import choose_authors
from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.category_choice import resolve_categories
from newsextract.metadata.fields import ArticleField, Evidence
from newsextract.metadata.image_choice import resolve_image
from newsextract.metadata.local_offset import with_update_offset
from newsextract.metadata.modified_choice import (
    not_before_published,
    relative_modified,
    resolve_modified,
)
from newsextract.metadata.plain_fields import PLAIN_FIELDS, resolve_plain
from newsextract.metadata.published_choice import (
    latest_publication_day,
    relative_published,
    resolve_published,
)
from newsextract.metadata.publisher_names import without_publisher_tagline
from newsextract.metadata.resolution import FieldResolution, group
from newsextract.metadata.second_opinion import DateFinder
from newsextract.metadata.site_names import sections_from_url, site_names_from_url, subdomain_names
from newsextract.metadata.title_cleanup import page_number_of
from newsextract.metadata.title_resolution import (
    last_crumb,
    logo_names,
    other_site_names,
    resolve_title,
)
from newsextract.metadata.title_slug import slug_key

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
            assert field in PLAIN_FIELDS, f"{field} depends on other fields and cannot be refined"
            fields[field] = resolve_plain(field, by_field)
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
    for field in PLAIN_FIELDS:
        fields[field] = resolve_plain(field, by_field)
    fields[F.PUBLISHER] = without_publisher_tagline(fields[F.PUBLISHER], url, by_field)
    fields[F.CATEGORIES] = resolve_categories(by_field)
    fields[F.IMAGE] = resolve_image(by_field, url or fields[F.CANONICAL_URL].value)
    language = fields[F.LANGUAGE].value
    fields[F.PUBLISHED], written = resolve_published(
        by_field,
        text_date,
        str(language) if language else None,
        second_opinion,
        latest_publication_day(fetched_at),
    )
    if relative_date is not None and fields[F.PUBLISHED].value is None:
        fields[F.PUBLISHED] = relative_published(
            fields[F.PUBLISHED], by_field, relative_date, str(language) if language else None
        )
    if attribute_time is not None and (timed := attribute_time(fields[F.PUBLISHED].value)):
        fields[F.PUBLISHED] = fields[F.PUBLISHED]._replace(value=timed)
    fields[F.MODIFIED] = resolve_modified(by_field, written, fields[F.PUBLISHED].value)
    published_value = fields[F.PUBLISHED].value
    if isinstance(published_value, datetime):
        fields[F.PUBLISHED] = fields[F.PUBLISHED]._replace(
            value=with_update_offset(published_value, fields[F.MODIFIED].value),
        )
    fields[F.MODIFIED] = not_before_published(fields[F.MODIFIED], fields[F.PUBLISHED].value)
    if relative_update is not None and fields[F.MODIFIED].value is None:
        fields[F.MODIFIED] = not_before_published(
            relative_modified(
                fields[F.MODIFIED], relative_update(str(language) if language else None)
            ),
            fields[F.PUBLISHED].value,
        )
    if script_update is not None and fields[F.MODIFIED].value is None:
        stamp = script_update(fields[F.PUBLISHED].value)
        fields[F.MODIFIED] = not_before_published(
            relative_modified(fields[F.MODIFIED], stamp), fields[F.PUBLISHED].value
        )
    publisher = fields[F.PUBLISHER].value
    site_names = [n for n in (publisher, *site_names_from_url(url)) if isinstance(n, str)]
    fields[F.TITLE] = resolve_title(
        by_field,
        [*site_names, *other_site_names(by_field, publisher), *logo_names(by_field)],
        sections_from_url(url),
        subdomain_names(url),
        categories=fields[F.CATEGORIES].value,
        unnamed_site=publisher is None,
        page_number=page_number_of(url),
        slug=slug_key(url),
        crumb=last_crumb(by_field),
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
