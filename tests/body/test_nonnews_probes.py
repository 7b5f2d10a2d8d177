"""The invented probe pages beside news of ``nonnews_probes`` (rounds 33 to 49): each body
holds its must-lines and none of its must-not lines (newsextract's text is its lead and body:
a standfirst is kept apart as ``lead`` by design)."""

from __future__ import annotations

import pytest
from nonnews_probes import PROBES, Probe
from nonnews_probes.blind_pages import CAPTIONS
from nonnews_probes.set_apart_content import ONCE
from probe_checks import check_probe_body, probe_cases, probe_text

import newsextract

# Probes newsextract fails, each with why: kept as tests so a fix shows.
_KNOWN_FAILURES = {
    # A product's short description before its tabs is left out of the region, which is
    # the description tab's panel. Wave 61: the tab buttons and the shipping tab's panel
    # stand between them, no heading: a one-sentence box over the text reads as a teaser
    # or a standfirst does (``region_lines.intro_before`` wants a heading between, the sibling
    # test more prose than one sentence).
    "es_product_description_hidden_tab": "a one-sentence description over the tab buttons, "
    "parted from the description's panel by them and no heading",
    # A SPIP blog's forum of readers' messages (a list after the text, each dated in words,
    # named "forum", no comment form; round 37, and round 38 on a page that declares an
    # article) is dropped since by its entries' shape: each a stamp with its year, a
    # poster's line and a short text (``body.dated_posts``).
    # Round 39: a release's closing sentence giving its press contact's address is read as
    # the newsroom's "Got a story? Email us at …" line (about_lines.is_about_line); wave 60
    # decides, as a reader would, that a release's press contact is no part of its text
    # (its must-line is a must-not line since), so the probe passes.
    # Round 40 (regional_platforms): the author card's role line atop the body is dropped
    # since, between the card's linked name and its date line (``body.author_cards``).
    # Round 43 (papers_and_transcripts), measured on main before any fix. A paper whose
    # sections are titled by <h1>s has its references heading dropped as a page title
    # (keeping such <h1>s as section titles brought a sports page's box titles into its
    # text, trafilatura B: withdrawn); the back matter's cut looks for it in the walk since
    # (``back_matter._after_dropped_heading``).
    # A paper converted by LaTeXML without the citation_* meta tags: it declares no paper,
    # so its references stay, as an encyclopedic page's list of sources does.
    "id_latexml_paper_ltx_sections": "a paper that declares itself nowhere keeps its references",
    # The region is the transcript widened to its siblings: the episode's description, one
    # sentence in a box of its own, holds less prose than a sibling must (region.
    # _MIN_SIBLING_MASS, tuned on the dev sets), and the support box's sentence after the
    # transcript joins as text. Wave 61: ``region_lines.intro_before`` reads the child right
    # before the text's first section, here the show notes' linked list, not the
    # description over it; the support box joins as the text's closing line
    # (``region_lines.closing_line``: one sentence, no link, no furniture name).
    "nl_podcast_shownotes_transcript_speakers": "a one-sentence description over the show "
    "notes' links, not over the transcript's heading; a support ask as a closing line",
    # Round 53 (blind_pages): of its three body misses on main, a match report's scorers
    # between its score table and its text (``region_data.data_before``) and an episode's
    # one-sentence description over its "Transcript" heading (``region_lines.intro_before``)
    # are read since.
    # Round 54 (builder_pages, a blind probe of site builders' markup), measured on main
    # before any fix (9 failed); a testimonial slider's quote, a heading and list each in a
    # widget of its own, a cookie block's consent by use, a Czech newsletter ask and a hero
    # slider before the title (``before_title``) are dealt with since. Left: an opening-hours
    # blurb, an icon box, a contact strip and customers' reviews after the text, named by
    # nothing furniture-like: each is dropped since, the blurb, the icon box and the strip
    # as calls to act beside their button or form (``body.action_strips``), the reviews as
    # a box under a label counting them (``body.counted_boxes``).
    # Round 56 (technical_pages, a blind probe of technical and reference pages), measured on
    # main before any fix: 19 of 30 passed (trafilatura 16); code tables and lists of lines
    # (``body.code_lines``), KaTeX's copies, a likes line read as the lead and a Javadoc
    # list of inherited members are dealt with since (25 of 30), and (wave 57) mandoc's
    # "Bl-tag" list read as a tag list (``boxes._tagged_definitions``); wave 58: a details'
    # open summary hidden by its "hideme" class, and rustdoc's blanket impls, each member
    # another page's summary closing with its "Read more" link
    # (``teaser_lines.is_summary_of_elsewhere``); a response code's section, headed as the
    # parameters' section is (``body.twin_sections``). Left: a Tatar
    # reading-time line (no Tatar language file: one needs every required list, which no
    # data source gives; a line's separators are no words of it since). Doxygen's one-row
    # parameter table read as layout and a row's closing "Detaljnije..." link (its
    # "summary" box of links is no lead since) are dealt with since (wave 58: a table in a
    # ``<dd>`` is data, ``tables.DataTables._in_definition``; a closing jump ending with an
    # ellipsis is no word, ``link_checks.closing_more_link``).
    "tt_cli_transcript_pre_kbd": "a lesson's reading-time line in Tatar, a language no data "
    "file holds",
}

# Round 53: captions (kept as caption blocks, out of ``body``) newsextract misses.
# Blogger writes a picture's caption as a table (tr-caption-container, td.tr-caption), read
# as a figure's caption since (``caption_boxes.cell_of_picture``); one opening with the picture's
# word and a colon ("ಚಿತ್ರ: …"), which the line tests read as a photo credit ("Foto: …"), is
# kept since wave 58 when its words recur in the text (``body.described_captions``).
_KNOWN_CAPTION_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)


@pytest.mark.parametrize("probe", [p for p in PROBES if p.name in ONCE], ids=lambda p: p.name)
def test_probe_lines_set_apart_once(probe: Probe) -> None:
    """A pull quote or a looped carousel's clone repeats its lines in the markup: the body
    holds each once."""
    text = probe_text(probe)
    assert {line: text.count(line) for line in ONCE[probe.name]} == dict.fromkeys(
        ONCE[probe.name], 1
    )


@pytest.mark.parametrize(
    "probe",
    [
        pytest.param(
            probe,
            id=probe.name,
            marks=[pytest.mark.xfail(reason=_KNOWN_CAPTION_FAILURES[probe.name], strict=True)]
            if probe.name in _KNOWN_CAPTION_FAILURES
            else [],
        )
        for probe in PROBES
        if probe.name in CAPTIONS
    ],
)
def test_probe_caption_block(probe: Probe) -> None:
    """A figure's caption is out of ``body`` by design, and in ``body_blocks`` as a caption."""
    article = newsextract.extract(probe.html, url=probe.url)
    captions = [block.text for block in article.body_blocks if block.caption]
    assert any(CAPTIONS[probe.name] in text for text in captions)
