"""The blind66b probe's kit: blind66's sites and frames (``Site``, ``frame`` and the
furniture blocks), this set's own ``PROBES`` and ``add``, and the in-column furniture the
layouts here bring (an ad slot, an inline teaser)."""

from __future__ import annotations

from ..blind66._kit import Site, frame
from ..pages import Probes

PROBES = Probes()


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


def add(
    name: str,
    site: Site,
    title: str,
    main: str,
    must: tuple[str, ...],
    out: tuple[str, ...] = (),
    *,
    template: str = "theme",
    path: str = "",
) -> None:
    """One probe: the page in its site's frame, its must-lines and its must-nots (its own
    and the site's furniture)."""
    out = (*out, *site.out())
    clash = [line for line in out if any(line in kept for kept in (*must, title))]
    assert not clash, f"{name}: must-not lines inside must-lines: {clash}"
    url = f"https://{site.host}/{path or '2026/12/06/' + name}"
    PROBES.add(
        f"b66b_{site.lang}_{name}", url, frame(site, title, main, template=template), must, out
    )


__all__ = ["PROBES", "Site", "ad_slot", "add", "teaser"]
