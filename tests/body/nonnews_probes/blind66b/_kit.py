"""The blind66b probe's kit: blind66's sites and frames (``Site``, ``frame`` and the
furniture blocks), this set's own ``PROBES`` and ``add``, and the in-column furniture the
layouts here bring (an ad slot, an inline teaser)."""

from __future__ import annotations

import functools

from ..blind66._kit import Site, add_probe
from ..pages import Probes

PROBES = Probes()
__all__ = ["PROBES", "Site", "ad_slot", "add", "teaser"]


def ad_slot(label: str, n: int) -> str:
    """An advertising slot between paragraphs: its label over an empty ad container."""
    return (
        f"<div class='ad-slot ad-inarticle' id='ad-slot-{n}'><span class='ad-label'>{label}"
        f"</span><div id='div-gpt-ad-1700{n}' class='gpt-ad'></div></div>"
    )


def teaser(label: str, headline: str, n: int) -> str:
    """A "recommended" teaser between paragraphs: a label, a thumbnail and a linked headline."""
    return (
        f"<aside class='inline-recommended'><span class='rec-label'>{label}</span><a "
        f"href='/story/{n}'><img src='/t{n}.jpg' alt=''><span class='rec-title'>{headline}"
        "</span></a></aside>"
    )


add = functools.partial(add_probe, PROBES, "b66b")
