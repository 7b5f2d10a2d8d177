"""What ``favor`` changes in the cleanup: how strict it is with links, furniture-named
containers, tables and lists."""

from __future__ import annotations


class Strictness:
    """What ``favor`` changes: the link density a kept block may have, whether data
    tables count as text and whether list items do (fact boxes, product lists and link
    lists are often not the article's running text). A plain class, not attrs (which writes
    a class's methods at import, 2.6 M instructions) nor a NamedTuple (whose fields, read for
    every block of the cleanup, cost a descriptor call where a slot costs less)."""

    __slots__ = ("lists", "max_density", "tables")

    def __init__(self, *, max_density: float, tables: bool, lists: bool = True) -> None:
        self.max_density = max_density
        self.tables = tables
        self.lists = lists


STRICTNESS = {
    "precision": Strictness(max_density=0.3, tables=False, lists=False),
    "balanced": Strictness(max_density=0.5, tables=False),
    "recall": Strictness(max_density=0.7, tables=True),
}
