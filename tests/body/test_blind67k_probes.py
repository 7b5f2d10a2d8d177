"""The blind67k round (``nonnews_probes.blind67k``, wave 67): news stories whose body one
insert splits (a gallery, a video, an embedded post, a card, a poll, an ad, a map, a podcast
player, a paywall teaser, an infographic, ...); the body is every paragraph on both sides of
it and none of its furniture (newsextract's text is its lead and body)."""

from __future__ import annotations

import pytest
from news_probes.pages import Probe
from nonnews_probes.blind67k import PROBES
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix), first part (news_inserts, 15 pages): newsextract 15/15,
# trafilatura 10/15 (it kept a video title, an Instagram and a Facebook post's text and
# chrome, a paywall box with the share row, and a "more videos" strip's heading).
# Second part, each page again hashed (every class a hash, 15 pages): newsextract 13/15,
# trafilatura 4/15. Fixed by method: an <iframe> is an embedded player's or map's frame, its
# small box between the paragraphs a player's (the map's "view larger map" and credit).
# Third part (plain_inserts, 6 hashed pages of plain tags, written after the first two ran):
# newsextract 3/6, trafilatura 3/6; Welsh's "article continues below" line joined its ad
# labels (cy.toml): 4/6, no dev output moved.
_KNOWN_FAILURES: dict[str, str] = {
    "b67k_is_poll_of_links_hashed": (
        "a poll of links (no radio buttons) in plain tags: its options go as a list of "
        "links, its question ('Könnun: ...?') is one line of a paragraph's shape"
    ),
    "b67k_kk_podcast_line_hashed": (
        "a podcast box of plain <p>s (a label, a linked episode title, a duration) without "
        "an <audio> or an <iframe>: nothing but the words tells it from the text"
    ),
    "b67k_da_video_transcript_toggle_hashed": (
        "a script player's placeholder holds no <video> or <iframe>, only buttons; with its "
        "classes hashed its title line ('Se: ...') reads as the text's. Tried: a box of two "
        "<button>s as a player's; it did not fix this page and moved 7 dev pages (a recipe "
        "card's 'Ingredients' heading and a gallery's captions lost)"
    ),
}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
