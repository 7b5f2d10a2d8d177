"""The Article's metadata fields and, in one table, how each one is resolved.

``POLICIES`` is the only place that says which sources a field trusts and in what order, how
its candidates combine and with what weights. ``resolve.py`` reads it; ``docs/fields.md``
shows it (a test holds the page equal to the table). The orders and weights were set by
measuring, per source, how often its value was right on half A of the evaluation sets.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from newsextract.origin import Origin


class ArticleField(enum.StrEnum):
    """A metadata field of ``Article``, in the record's reading order."""

    TITLE = "title"
    LEAD = "lead"
    BYLINE = "byline"
    AUTHORS = "authors"
    PUBLISHED = "published"
    MODIFIED = "modified"
    PUBLISHER = "publisher"
    SOURCE = "source"
    TAGS = "tags"
    CATEGORIES = "categories"
    LANGUAGE = "language"
    IMAGE = "image"
    CANONICAL_URL = "canonical_url"
    IS_PAYWALLED = "is_paywalled"


class Evidence(enum.StrEnum):
    """Facts a source finds that are no field of their own but help resolve one."""

    HEADLINE = "headline"  # the visible <h1>: a title candidate checked against the others
    BREADCRUMBS = "breadcrumbs"  # the path of sections: categories when no source names any
    PUBLISHER_IS_PERSON = "publisher_is_person"  # a personal site: its owner may be the author
    WORD_COUNT = "word_count"  # the length the page declares: a shorter body was cut short
    ARTICLE_BODY = "article_body"  # JSON-LD articleBody, for `explain` (the body reads the graph)
    HOME_LINK = "home_link"  # the site's logo text or tagline: decoration a <title> may carry
    # a kicker the <h1> sets apart by its class alone, left out of the headline: a title
    # joining it with punctuation writes the publisher's convention
    HEADLINE_KICKER = "headline_kicker"
    NAV_LINK = "nav_link"  # a link of the site's navigation: a section a <title> may carry
    # The page is a thing, not a text: a product or an event (its JSON-LD type). It has
    # no publication; the dates it shows are its reviews', offers' or the event's own.
    UNDATED_THING = "undated_thing"
    # A later page of a forum thread (its JSON-LD a ``DiscussionForumPosting``): the node's
    # date is the thread's first post, which is on page one; this page's posts came later.
    LATER_THREAD_PAGE = "later_thread_page"
    # A relative stamp ("3 hours ago") reckoned back from the fetch time the caller gave
    # (``relative_dates``): the publication when no source dates the page.
    RELATIVE_DATE = "relative_date"
    # The day a published <time>'s own text shows, the day before its UTC ``datetime``: the
    # site's own day west of UTC (``local_instants.day_before_west``).
    SHOWN_DAY = "shown_day"


FieldName = ArticleField | Evidence


# Every field and evidence by its name: each candidate's field is named on creation (about 35
# a page), and a look-up here costs a twentieth of an enum call by value.
_BY_NAME: Mapping[str, FieldName] = MappingProxyType(
    {member.value: member for member in (*ArticleField, *Evidence)}
)


def field_name(name: str) -> FieldName:
    """The field or evidence named ``name``; an unknown name is a programming error."""
    if type(name) is str:  # most candidates are named so: one look-up, no test of a class
        found = _BY_NAME.get(name)
        if found is not None:
            return found
    elif isinstance(name, (ArticleField, Evidence)):
        return name
    found = _BY_NAME.get(name)
    return found if found is not None else Evidence(name)  # Evidence raises the ValueError


class Combine(enum.StrEnum):
    """How a field's candidates make one value."""

    FIRST = "first"  # the first usable candidate in the order of the sources
    VOTE = "weighted vote"  # each source adds its weight to its value; the heaviest value wins
    ANY = "any"  # a yes/no field: one source saying yes is enough
    # the first usable list, narrowed to a shorter list another source gives inside it: the
    # items two sources agree on are the topics; the extras of one are its SEO or site terms.
    # A first list of one item inside a later longer list is its summary: the longer wins.
    NARROWED = "first, narrowed by agreement"
    # the first usable name, unless it is a company's legal name ("Helvetmedia AG") and a later
    # source gives the publication's own ("Seeblatt"; see ``company.py``)
    BRAND = "first, a brand before a company's legal name"


class Policy:
    """How one field is resolved.

    ``sources`` are origins (``Origin.JSONLD``) or one exact source of an origin
    (``"jsonld:headline"``) ranked on its own; the origin's other sources keep the origin's
    place. A source not listed never contributes. ``weights`` are the votes of a ``VOTE``.
    ``fills_only`` are listed sources that only fill a field no other source fills: in a
    ``NARROWED`` field they neither narrow nor outvote another source's list.

    A plain class, not attrs: fourteen are made once, at import, and attrs would write the
    class's methods then (2.6 M instructions).
    """

    __slots__ = ("_positions", "combine", "fills_only", "sources", "weights")

    def __init__(
        self,
        *,
        sources: tuple[Origin | str, ...],
        combine: Combine = Combine.FIRST,
        weights: Mapping[Origin, float] | None = None,
        fills_only: frozenset[str] = frozenset(),
    ) -> None:
        self.sources = sources
        self.fills_only = fills_only
        self.combine = combine
        self.weights: Mapping[Origin, float] = MappingProxyType(dict(weights or {}))
        # Each entry's first position, by its name ("jsonld:headline", or an origin's "jsonld"):
        # resolution ranks every candidate of every page, so ``rank`` is a look-up.
        positions: dict[str, int] = {}
        for position, entry in enumerate(sources):
            positions.setdefault(str(entry), position)
        self._positions: Mapping[str, int] = MappingProxyType(positions)

    def __repr__(self) -> str:
        return (
            f"Policy(sources={self.sources!r}, combine={self.combine!r}, weights={self.weights!r})"
        )

    def rank(self, provenance: str, origin: Origin) -> int | None:
        """The position of a source in ``sources`` (None when the field does not read it):
        of the exact source if listed, else of its origin."""
        position = self._positions.get(provenance)
        return position if position is not None else self._positions.get(str(origin))


# The visible <h1> as a title source: titles before it in the table beat it; it beats the
# ones after it only when one of them agrees with it (see ``title.choose_title``).
VISIBLE_HEADLINE = "html:h1"
# A description cut short, given whole by the body's paragraph it begins (``whole_lead``):
# after a standfirst, which the page sets itself, before every description.
WHOLE_LEAD = "body:paragraph-whole"

POLICIES: Mapping[ArticleField, Policy] = MappingProxyType(
    {
        ArticleField.TITLE: Policy(
            sources=(
                Origin.RULE,
                "jsonld:headline",
                VISIBLE_HEADLINE,
                Origin.OPENGRAPH,
                Origin.META,
                Origin.MICRODATA,
                Origin.JSONLD,
                Origin.HTML,
            )
        ),
        ArticleField.LEAD: Policy(
            sources=(
                Origin.RULE,
                Origin.HTML,
                WHOLE_LEAD,
                Origin.JSONLD,
                Origin.OPENGRAPH,
                Origin.META,
                Origin.MICRODATA,
            )
        ),
        ArticleField.BYLINE: Policy(sources=(Origin.RULE, Origin.TEXT, Origin.HTML)),
        ArticleField.AUTHORS: Policy(
            sources=(
                Origin.RULE,
                Origin.JSONLD,
                Origin.MICRODATA,
                "html:a[rel=author]",
                Origin.META,
                Origin.TEXT,
                Origin.HTML,
                Origin.OPENGRAPH,
                "html:follow-button",  # a platform's writer beside its follow button
                "html:member-link",  # a member's name link beside the post's date
                "text:sidebar-author",  # a blog's sidebar author box: the last resort
                "html:site-owner",  # a person's own site, its owner's notice: after all else
                "html:last-editor",  # a wiki's page-info line, its last editor: the very last
            )
        ),
        # Weights: how often each origin's day was right on the evaluation sets (the URL path
        # and OpenGraph most, the visible text least); a rule speaks for its site. The order
        # breaks ties between equal weights, and its first date picks a rule's version.
        ArticleField.PUBLISHED: Policy(
            sources=(
                Origin.RULE,
                Origin.JSONLD,
                Origin.MICRODATA,
                Origin.OPENGRAPH,
                Origin.META,
                Origin.HTML,
                Origin.URL,
                Origin.TEXT,
            ),
            combine=Combine.VOTE,
            weights={
                Origin.RULE: 100.0,
                Origin.URL: 3.0,
                Origin.OPENGRAPH: 2.5,
                Origin.JSONLD: 2.0,
                Origin.MICRODATA: 2.0,
                Origin.META: 1.5,
                Origin.HTML: 1.5,
                Origin.TEXT: 1.2,
            },
        ),
        ArticleField.MODIFIED: Policy(
            sources=(
                Origin.RULE,
                Origin.JSONLD,
                Origin.MICRODATA,
                Origin.OPENGRAPH,
                Origin.META,
                Origin.HTML,  # a <time datetime> named or labelled as the update
                Origin.TEXT,
            )
        ),
        ArticleField.PUBLISHER: Policy(
            # Only sources that write a name: a host's label ("riversidecourier") is none; last,
            # the part of the <title> the host recognises ("Marta Quillen's Workshop").
            sources=(
                Origin.RULE,
                # a partner's copy: the source its canonical link points at, named in a link
                # there, over the partner's own site name and JSON-LD (``copy_source``)
                "html:copy-source",
                Origin.JSONLD,
                Origin.OPENGRAPH,
                Origin.MICRODATA,
                Origin.META,
                "html:title-site",
                "html:copyright",  # the footer's notice, when it spells the host's name
                "html:logo",  # the logo's text: an <h1> that is the logo, or a header logo
                # link the <title> or the host confirms
                # a person publishing their own site: a user asks for the site's name, which
                # any source above gives; the person's stays the author
                "jsonld:publisher-person",
            ),
            combine=Combine.BRAND,
        ),
        # A "Source:" line first, then (added once the body is known) an agency credited in
        # its dateline or last line, both ``text``; then a news agency the byline credits
        # ("Erik Lindqvist/TT"), read as text or in the byline's markup, then one among the
        # structured data's authors.
        ArticleField.SOURCE: Policy(
            sources=(
                Origin.RULE,
                Origin.TEXT,
                "text:byline-agency",
                "html:byline-agency",
                "jsonld:author-agency",
                # the paper a portal syndicates the story from (Yahoo's ``provider``): after
                # any agency the page credits, which is the story's own source
                "jsonld:provider",
            )
        ),
        ArticleField.TAGS: Policy(
            sources=(
                Origin.RULE,
                Origin.JSONLD,
                Origin.OPENGRAPH,
                Origin.HTML,
                Origin.MICRODATA,
                Origin.META,
                "html:topic-links",  # links to topic pages, known by their address alone
                "html:hashtag-links",  # a group of links written as hashtags ("#Mostar")
                "html:tag-box",  # a box whose class alone names it the tag list
                "html:hashtag-text",  # a paragraph of unlinked hashtags alone in the article
                "jsonld:about",  # the entities JSON-LD says the story is about
            ),
            combine=Combine.NARROWED,
            # a box known by its class alone is too weak a witness to say which of another
            # source's items are the tags (its list is a site's idea of them, or a part);
            # ``about`` names entities, which a page's keywords may leave out
            fills_only=frozenset({"html:tag-box", "html:hashtag-text", "jsonld:about"}),
        ),
        ArticleField.CATEGORIES: Policy(
            sources=(
                Origin.RULE,
                Origin.JSONLD,
                Origin.OPENGRAPH,
                Origin.HTML,
                Origin.MICRODATA,
                Origin.META,
                "jsonld:BreadcrumbList",
                "html:breadcrumb",  # the trail the page shows, when its JSON-LD has none
                "html:kicker",  # a link to a section page set right before the headline
            )
        ),
        ArticleField.LANGUAGE: Policy(
            sources=(
                Origin.RULE,
                "text:not-as-declared",  # nearly all the body in another language (CMS default)
                "text:among-declared",  # declarations disagree: the body's is one of them
                Origin.JSONLD,
                Origin.HTML,
                Origin.OPENGRAPH,
                Origin.META,
                Origin.OPTION,  # the caller's ``language`` hint
                Origin.TEXT,  # the body's letters, detected once the body is known
            )
        ),
        ArticleField.IMAGE: Policy(
            sources=(
                Origin.RULE,
                Origin.OPENGRAPH,
                Origin.JSONLD,
                Origin.META,
                Origin.MICRODATA,
                "html:figure-image",  # the article's first figure, when no metadata names one
            )
        ),
        ArticleField.CANONICAL_URL: Policy(
            # Last, the ``url`` the caller passed: the page is its own address.
            sources=(Origin.RULE, Origin.HTML, Origin.OPENGRAPH, Origin.JSONLD, Origin.URL)
        ),
        ArticleField.IS_PAYWALLED: Policy(
            # ``html:paywall``: paywall markup, a locked content tier or a body far shorter
            # than the declared word count (``paywall.py``), known once the body is.
            sources=(Origin.RULE, Origin.JSONLD, Origin.HTML),
            combine=Combine.ANY,
        ),
    }
)
