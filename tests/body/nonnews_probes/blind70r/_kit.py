"""The blind70r probe's kit: blind69s's sites (a language's furniture in blind66's frames)
with this set's own ``PROBES`` and ``add``, and the inserts its pages set between the parts
of their text: an ad slot with its label, an inline "read also" box, a tab strip, a "read
more" toggle, a poster's card."""

from __future__ import annotations

import functools

from ..blind66._kit import add_probe, newsletter, paras, share
from ..blind69s._kit import SITES
from ..pages import Probes

PROBES = Probes()
__all__ = ["PROBES", "SITES", "ad", "add", "newsletter", "paras", "read_also", "share"]

add = functools.partial(add_probe, PROBES, "b70r")


def ad(label: str) -> str:
    """An ad slot between two parts of the text, labelled in the page's language."""
    return (
        f"<div class='ad-slot ad-inline'><span class='ad-label'>{label}</span>"
        "<div class='adsbygoogle' data-ad-slot='123'></div></div>"
    )


def read_also(title: str, *entries: str) -> str:
    """An inline box of links to other stories, set inside the text."""
    items = "".join(f"<li><a href='/s/{n}'>{entry}</a></li>" for n, entry in enumerate(entries))
    return (
        f"<aside class='inline-related'><h4 class='inline-related__title'>{title}</h4>"
        f"<ul>{items}</ul></aside>"
    )
