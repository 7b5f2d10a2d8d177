"""A blind probe (wave 71, issue 11): pages in the markup of CMSs, site builders,
documentation tools and blog platforms the earlier kits lack or barely touch (Drupal,
Joomla, TYPO3, 1C-Bitrix, Wix, Squarespace, Webflow, Tilda, Elementor, Gutenberg blocks,
Confluence, GitBook, Notion, Sphinx, MkDocs Material, Hugo and Jekyll themes, Hashnode,
dev.to, LiveJournal, Naver blog, Tistory, note.com, Zhihu- CSDN- and Habr-like articles, AMP
pages), in twenty languages, written before running either tool.

Conventions, decided before running: the text of the page's post, page or entry is the
body, its standfirst included; a callout or admonition inside the text is the text's; the
platform's chrome is not (view, like and comment counts, "edited", "last updated" and
"reading time" lines, tags and labels, pagers, "edit this page", related and "more from"
boxes, buttons, copyright and "made with" lines); a pullquote, a caption and a cover's tagline
are neutral. Every name, place and sentence here is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import blogs, builders, cms, docs  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
