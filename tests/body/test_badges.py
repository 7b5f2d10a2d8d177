"""A badge (a shop's shipping line under its cart button) is a label around a short text,
never its sentences: out of the body, whatever its words."""

from __future__ import annotations

from newsextract.body.container_hints import furniture_leaf_class

_TEXT = (
    "Rain from the morning, heavy at times near the coast, with a fresh south-westerly "
    "breeze; showers and brighter spells inland from the afternoon."
)


def test_a_badge_class_names_a_leaf_as_furniture() -> None:
    # the page itself is the short probe short_it_moka (news_probes.short_texts), whose
    # badge under the cart button a smaller page's region leaves out anyway
    assert furniture_leaf_class("shipping-badge")
    assert furniture_leaf_class("badge badge-new")
    assert not furniture_leaf_class("product-description")
