"""What ``favor`` changes in the cleanup: how strict it is with links, furniture-named
containers, tables and lists."""

from __future__ import annotations

import math

import attrs


@attrs.frozen
class Strictness:
    """What ``favor`` changes: the link density a kept block may have, the prose mass that
    lets a furniture-named container be looked through (``inf``: never), whether data
    tables count as text and whether list items do (fact boxes, product lists and link
    lists are often not the article's running text)."""

    max_density: float
    prose_mass: float
    tables: bool
    lists: bool = True


STRICTNESS = {
    "precision": Strictness(max_density=0.3, prose_mass=math.inf, tables=False, lists=False),
    "balanced": Strictness(max_density=0.5, prose_mass=12.0, tables=False),
    "recall": Strictness(max_density=0.7, prose_mass=4.0, tables=True),
}
