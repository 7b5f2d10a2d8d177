"""The blind73s probe's kit: blind69s's sites (a language's furniture in blind66's frames)
with this set's own ``PROBES`` and ``add``, and the furniture the kinds of page in this set
carry around their content: a recipe card's action row, a shop's buy box, a forum post's
author card, a docs page's feedback strip, a wiki's navigation box."""

from __future__ import annotations

import functools

from ..blind66._kit import add_probe, paras
from ..blind69s._kit import SITES
from ..pages import Probes

PROBES = Probes()
__all__ = ["PROBES", "SITES", "add", "buy_box", "paras", "poster", "rows", "steps"]

add = functools.partial(add_probe, PROBES, "b73s")


def rows(*cells: tuple[str, ...], head: tuple[str, ...] = ()) -> str:
    """A table of ``cells`` (each a row), with a header row when ``head`` is given."""
    top = "<thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead>" if head else ""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in cells)
    return f"<table>{top}<tbody>{body}</tbody></table>"


def steps(*texts: str, cls: str = "recipe-steps") -> str:
    """An ordered list of steps."""
    return f"<ol class='{cls}'>" + "".join(f"<li>{t}</li>" for t in texts) + "</ol>"


def buy_box(price: str, stock: str, button: str) -> str:
    """A shop's price block: the price, the stock line and the cart button."""
    return (
        f"<div class='product-buy-box'><span class='price'>{price}</span><p "
        f"class='stock-status'>{stock}</p><form class='cart'><input type='number' value='1'>"
        f"<button type='submit' class='add-to-cart'>{button}</button></form></div>"
    )


def poster(name: str, line: str) -> str:
    """A forum post's author card: the name and a line of counts."""
    return (
        f"<div class='postprofile'><a class='username' href='/u/{len(name)}'>{name}</a>"
        f"<span class='profile-meta'>{line}</span></div>"
    )
