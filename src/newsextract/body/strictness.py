"""What ``favor`` changes in the cleanup: how strict it is with links, furniture-named
containers, tables and lists."""

from __future__ import annotations

from typing import NamedTuple


class Strictness(NamedTuple):  # not attrs: a class of attrs costs the import 2.6 M instructions
    """What ``favor`` changes: the link density a kept block may have, whether data
    tables count as text and whether list items do (fact boxes, product lists and link
    lists are often not the article's running text)."""

    max_density: float
    tables: bool
    lists: bool = True


STRICTNESS = {
    "precision": Strictness(max_density=0.3, tables=False, lists=False),
    "balanced": Strictness(max_density=0.5, tables=False),
    "recall": Strictness(max_density=0.7, tables=True),
}
