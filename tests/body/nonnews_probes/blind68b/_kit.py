"""The blind68b probe's kit: blind66's sites and frames (``Site``, ``frame`` and the
furniture blocks) with this set's own ``PROBES`` and ``add``."""

from __future__ import annotations

import functools

from ..blind66._kit import Site, add_probe
from ..pages import Probes

PROBES = Probes()
__all__ = ["PROBES", "Site", "add"]

add = functools.partial(add_probe, PROBES, "b68b")
