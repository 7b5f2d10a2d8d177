"""The blind67k probe's kit: blind66's sites and frames (``Site``, ``frame`` and the
furniture blocks) with this set's own ``PROBES`` and ``add``, and ``story``, which sets a
news story's paragraphs around the one insert that interrupts them."""

from __future__ import annotations

import functools

from ..blind66._kit import Site, add_probe, paras, share
from ..pages import Probes

PROBES = Probes()
__all__ = ["PROBES", "Site", "add", "story"]

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
