"""The limits of wave 73's tag rules, each kept where a dev page showed the rule going too far:
a rel=tag link to a topic's page above the article's address stays a tag; a site name's
leading words are no site name; a list with one keyed slug among topics is kept, half slugs
is not."""

from __future__ import annotations

from tests.metadata.test_blind_tag_probes_2 import meta
from tests.metadata.test_blind_tag_source_probes_70 import harbour

import newsextract


def test_rel_tag_to_a_topic_page_above_the_address_stays_a_tag() -> None:
    html = harbour(
        "de",
        "Natürlicher Klimaschutz in Mooren",
        name="Fraktionsblatt",
        tail='<div class="keywords"><a rel="tag" href="/themen/moore">Moore</a>, '
        '<a rel="tag" href="/themen/klimaschutz">Klimaschutz</a></div>',
    )
    url = "https://fraktionsblatt.example.de/themen/moore/natuerlicher-klimaschutz-in-mooren"
    assert newsextract.extract(html, url=url).tags == ("Moore", "Klimaschutz")


def test_leading_words_of_the_site_name_stay_a_tag() -> None:
    html = harbour(
        "de",
        "Volksbegehren für ein Grundeinkommen",
        name="Hafenpartei Österreichs",
        head=meta("keywords", "Grundeinkommen, Hafenpartei, Volksbegehren"),
    )
    url = "https://hafenpartei.example.at/volksbegehren-grundeinkommen"
    assert newsextract.extract(html, url=url).tags == (
        "Grundeinkommen",
        "Hafenpartei",
        "Volksbegehren",
    )


def test_a_keyed_slug_among_topics_keeps_the_list() -> None:
    html = harbour(
        "en",
        "Sunday ferry returns",
        name="Harbour Herald",
        head=meta("keywords", "cat_transport, Dover, Ferries"),
    )
    url = "https://harbourherald.example.com/news/sunday-ferry-returns"
    assert newsextract.extract(html, url=url).tags == ("cat_transport", "Dover", "Ferries")


def test_keyed_slugs_with_the_systems_flags_are_no_topics() -> None:
    """Half the items or more keyed slugs: the system's index, the rest its flags."""
    flags = "cat_transport, k1_ferries, word count: >1200 words, includes photo gallery"
    html = harbour(
        "en",
        "Sunday ferry returns",
        name="Harbour Herald",
        head=meta("keywords", flags),
    )
    url = "https://harbourherald.example.com/news/sunday-ferry-returns"
    assert newsextract.extract(html, url=url).tags == ()
