"""Probe pages beside news for the body (round 33): invented pages of kinds whose text is not a
news story's, set in the markup of common CMSes and site builders (WordPress themes, Wix,
Squarespace, Webflow, Ghost, Hugo, Jekyll, MediaWiki, Docusaurus, Sphinx, Discourse, Drupal,
Shopify, Notion's published pages), in many languages and scripts; and (round 40) the blog
and article platforms of other regions with their own furniture (Naver, Brunch, Velog,
Ameba, note, Qiita, Zenn, Zhihu, WeChat, CSDN, Jianshu, Weibo, Pixnet, Habr, Dzen, VK,
Medium, Substack, Virgool, telegra.ph, dev.to, LinkedIn, Kompasiana, Pantip, Viblo, Tumblr);
and (round 41) legacy markup and institutional pages: table layouts of 1998-2008, government
and municipal notices, press releases, university news and abstracts, archived e-mail
newsletters, parish, club and association pages, personal homepages; and (round 43)
full-text papers, episode transcripts, release notes, terms of numbered clauses and long
explainers with their furniture; and (round 45) text that sits in no ``<p>``: bare
``<div>``s and ``<br>`` runs, definition lists, captions, sections of ``<div>``s, layout
cells, code blocks, nested steps, card grids and quoted passages; and (round 46) content
behind interaction or set apart in the markup: panels, expanders, notes, admonitions, custom
elements, ``<template>``/``<noscript>``, text slides and pull quotes; and (round 47) records
and listings: job postings, property listings, catalogue and archive entries, itineraries,
petitions and appeals, landing pages, a paginated article's later page, health leaflets,
match reports, comparison tables, classified ads and library records; and (round 48)
help-centre articles, court judgments and gazette notices, event pages, reviews with their
verdict boxes, posts closing on the author's call to action, wire releases, archived mailing
campaigns and a code host's release page, and content behind page widgets the round 46 pages
left untried (framework tabs and accordions, ``hidden="until-found"``, script-shown "read
more" siblings, spoilers) beside hidden furniture (cookie dialogs, off-canvas menus, modal
prompts, mega-menus); and (round 49) chronologies and dated entries inside the text
(timelines, key dates, year-by-year histories, programmes, match minutes) beside a page's
own dated furniture, and questions and answers: the question in a box of its own beside
the answers', Q&A microdata and JSON-LD, accepted answers, forum topics and the Q&A sites
of other regions with their vote counts, poster cards and prompts; and (round 51) feature
formats: interviews in question and answer turns, list articles of pictured items,
footnotes, key-facts boxes, release notes, time-coded show notes and photo essays; and
(round 53) notes set as asides (``epub:type`` footnotes, ``doc-footnote`` / ``doc-endnote``);
and (round 53) a blind probe, written without reading the extractor: pages of kinds and
languages no file here had (Lao, Tibetan and Burmese verse, Ge'ez, Gurmukhi, Thaana and
Sorani pages, Central Asian FAQs, minutes, match reports, readmes, transcripts, notices);
and (round 54) a second blind probe of site builders' and script frameworks' markup
(Elementor, Divi, WPBakery, Gutenberg, Wix, Squarespace, Webflow, Tilda, 1C-Bitrix, Joomla,
Drupal, Ghost, Substack, Medium, Notion, Google Sites, hashed CSS-in-JS classes, Tailwind,
AMP and a mailing's nested tables); and (round 56) an event's labelled fields, its dated
field among them, beside a post's own meta lines, and a third blind probe, of technical and
reference pages in their generators' markup (Sphinx, MkDocs Material, Docusaurus, rustdoc,
Javadoc, Doxygen, pkgdown, notebooks, code hosts' line tables, man pages, math markup).

The content is of the kinds issue 11 lists as lost: tables and lists that are the text,
``<div>`` and ``<br>`` prose, ``<pre>`` blocks, definition lists, long pages with sections
after the first heading or figure, prose between figures and embeds, pull quotes, lines
rightly repeated (a song's chorus); the pages are product specs, events, glossaries and FAQ
accordions, changelogs, public service pages, course pages, travel guides, results tables,
lyrics and poems, transcripts, answers, talk pages. Each names lines the body must hold and
lines it must not. ``benchmarks/news_probes.py --set nonnews`` scores newsextract and
trafilatura on them. Every name, place and sentence here is invented.
"""

from __future__ import annotations

from . import (
    bare_text_containers,
    blind_pages,
    blogs_and_guides,
    builder_pages,
    conversations,
    dated_entries_and_chronologies,
    event_fields,
    feature_formats,
    help_reviews_and_notices,
    interrupted_text,
    legacy_and_institutional,
    note_asides,
    obituaries_and_lessons,
    page_tails,
    papers_and_transcripts,
    questions_and_answers,
    records_and_listings,
    reference_and_docs,
    regional_platforms,
    services_and_events,
    set_apart_content,
    shops_and_recipes,
    technical_pages,
    verse_and_lyrics,
    widget_hidden_content,
)
from .pages import Probe

PROBES: list[Probe] = [
    *shops_and_recipes.PROBES,
    *reference_and_docs.PROBES,
    *services_and_events.PROBES,
    *conversations.PROBES,
    *verse_and_lyrics.PROBES,
    *blogs_and_guides.PROBES,
    *interrupted_text.PROBES,
    *obituaries_and_lessons.PROBES,
    *page_tails.PROBES,
    *regional_platforms.PROBES,
    *legacy_and_institutional.PROBES,
    *papers_and_transcripts.PROBES,
    *bare_text_containers.PROBES,
    *set_apart_content.PROBES,
    *records_and_listings.PROBES,
    *help_reviews_and_notices.PROBES,
    *widget_hidden_content.PROBES,
    *dated_entries_and_chronologies.PROBES,
    *questions_and_answers.PROBES,
    *feature_formats.PROBES,
    *note_asides.PROBES,
    *blind_pages.PROBES,
    *builder_pages.PROBES,
    *event_fields.PROBES,
    *technical_pages.PROBES,
]

__all__ = ["PROBES", "Probe"]
