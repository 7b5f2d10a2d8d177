"""The title: the visible headline weighed against the metadata titles, the site's names and
sections a title may carry told from its own words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from newsextract.metadata.candidate import Candidate, Value
from newsextract.metadata.fields import (
    POLICIES,
    VISIBLE_HEADLINE,
    ArticleField,
    Evidence,
    FieldName,
)
from newsextract.metadata.resolution import FieldResolution, Rejection, lower_than, ordered
from newsextract.metadata.site_names import end_parts, strip_site_name
from newsextract.metadata.title import choose_title
from newsextract.metadata.title_agreement import copies_page_title, is_kicker
from newsextract.metadata.title_typography import (
    cased,
    joined_as_written,
    quoted_as_shown,
    spaced_as_written,
    typeset,
)
from newsextract.origin import Origin
from newsextract.text import compare_key, fold_case

if TYPE_CHECKING:
    pass

F = ArticleField


def _with_shown_kicker(
    headline: Candidate, kicker: str, titles: list[Candidate], site_names: list[str]
) -> Candidate:
    """The visible headline with the kicker its ``<h1>`` set apart by class alone, as a
    metadata title joins them ("Potres: Zagreb …" beside ``<span class=kicker>Potres</span>
    Zagreb …``): the publisher writes the kicker into its title, and the page shows it; else
    the headline alone (a title naming another kicker, or none, does not join this one)."""
    shown = str(headline.value)
    want = compare_key(f"{kicker} {shown}")
    for candidate in titles:
        title = strip_site_name(str(candidate.value), site_names)
        cut = fold_case(title).rfind(fold_case(shown))
        if (
            cut > 0
            and cut + len(shown) == len(title)
            and is_kicker(title[:cut])
            and compare_key(title) == want
        ):
            return Candidate(
                field=Evidence.HEADLINE, value=title, origin=headline.origin, detail=headline.detail
            )
    return headline


def last_crumb(by_field: Mapping[FieldName, list[Candidate]]) -> str:
    """The last item of the page's breadcrumb trail: the name the site gives the page itself
    (or its section's, when the trail stops above it)."""
    crumbs = by_field.get(Evidence.BREADCRUMBS)
    value = crumbs[0].value if crumbs else None
    return str(value[-1]) if isinstance(value, tuple) and value else ""


def resolve_title(
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
    kicker = next(iter(by_field.get(Evidence.HEADLINE_KICKER, ())), None)
    if headline is not None and kicker is not None:
        headline = _with_shown_kicker(headline, str(kicker.value), titles, site_names)
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


def logo_names(by_field: Mapping[FieldName, list[Candidate]]) -> list[str]:
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


def other_site_names(
    by_field: Mapping[FieldName, list[Candidate]], publisher: Value | None
) -> list[str]:
    """The site's names the other publisher candidates give ("news.KRT.at" beside "KRT.at",
    a "@handle"): each is decoration a title may carry."""
    names = (str(c.value).lstrip("@") for c in by_field.get(F.PUBLISHER, ()))
    return [n for n in names if n and n != publisher]
