"""The blind76 probe's kit: a news site's story and furniture in its language (``Site``),
and ``add``, which checks that no must-not line is part of a must-line and adds the page to
``PROBES``."""

from __future__ import annotations

import attrs

from ..pages import Probes

PROBES = Probes()


@attrs.frozen(kw_only=True)
class Site:
    """A story, its layouts' extra text and the furniture its site sets, in one language."""

    lang: str
    host: str
    title: str
    byline: str
    paras: tuple[str, str, str, str]
    caption: str
    credit: str
    more_label: str
    teasers: tuple[str, str]
    teaser_summary: str
    newsletter_title: str
    newsletter: str
    product: str
    buy: str
    correction: str
    update: str
    questions: tuple[str, str]
    headings: tuple[str, str]
    steps: tuple[str, str, str]
    fact_title: str
    facts: tuple[str, str]
    bio: str
    ad_label: str
    most_read: str
    most_read_items: tuple[str, str]
    dir_: str = "ltr"


def add(name: str, url: str, html: str, must: tuple[str, ...], must_not: tuple[str, ...]) -> None:
    """Add a page; a must-not line inside a must-line would be a kit error."""
    clashes = [(out, line) for out in must_not for line in must if out in line]
    assert not clashes, clashes
    PROBES.add(name, url, html, must, must_not)
