"""The blind67k probe's kit: blind66's sites and frames (``Site``, ``frame`` and the
furniture blocks) with this set's own ``PROBES`` and ``add``, and ``story``, which sets a
news story's paragraphs around the one insert that interrupts them."""

from __future__ import annotations

import functools

from news_probes.interruptions import hashed

from ..blind66._kit import Site, add_probe, frame, paras, share
from ..pages import Probes

PROBES = Probes()
__all__ = ["PROBES", "Site", "add", "add_hashed", "add_story", "story"]

add = functools.partial(add_probe, PROBES, "b67k")


def story(
    site: Site, title: str, before: tuple[str, ...], insert: str, after: tuple[str, ...]
) -> str:
    """A news article: headline, byline, the paragraphs before the insert, the insert, the
    paragraphs after it, then the site's share row."""
    return (
        f"<article class='post type-post single-article'><header class='entry-header'><h1 "
        f"class='entry-title'>{title}</h1><div class='byline'><span class='author'>N. N.</span>"
        "<time datetime='2026-12-05T09:00:00+01:00'>5.12.2026</time></div></header><div "
        f"class='entry-content article-body'>{paras(*before)}{insert}{paras(*after)}</div>"
        f"{share(site)}</article>"
    )


def add_hashed(
    name: str, site: Site, title: str, main: str, must: tuple[str, ...], out: tuple[str, ...]
) -> None:
    """The probe again as a CSS-in-JS build serves it (``hashed``: every class a hash, no
    ids or data attributes, a platform embed's class kept), where only the words and the
    tags tell the insert from the text; the same must-lines and must-nots."""
    html = hashed(frame(site, title, main, template="app"))
    url = f"https://{site.host}/2026/12/06/{name}"
    PROBES.add(f"b67k_{site.lang}_{name}_hashed", url, html, must, (*out, *site.out()))


def add_story(
    name: str,
    site: Site,
    title: str,
    before: tuple[str, ...],
    insert: str,
    after: tuple[str, ...],
    out: tuple[str, ...],
    *,
    template: str | None = "theme",
) -> None:
    """A story's probes, in its site's ``template`` (none: hashed only) and hashed: every
    paragraph before and after the insert is a must-line, the insert's ``out`` must-nots."""
    main = story(site, title, before, insert, after)
    if template is not None:
        add(name, site, title, main, (*before, *after), out, template=template)
    add_hashed(name, site, title, main, (*before, *after), out)
