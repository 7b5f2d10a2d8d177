"""A blind probe (wave 70, issue 11): reference and long-form pages in the scripts the body
kits have least (Thai, Lao, Khmer, Burmese, Georgian, Armenian, Amharic, Tamil, Telugu,
Bengali, Sinhala, Hebrew, Persian, Urdu, Mongolian Cyrillic, Greek): wiki-like entries with
an infobox, sections, edit links, "see also" and references; how-tos with numbered steps and
images; long reads with pull quotes and figures; glossaries; timetables and results tables;
each with its own-language navigation and footer, written before running either tool.

Conventions, decided before running: an entry's sections, lists, tables (a row's filled
cells joined by " | ") and a glossary's terms and definitions are the body; a wiki's list of
references under its own-language heading is body too, as the project keeps an encyclopedic
page's sources (docs/body-boxes.md, the trafilatura set's truths); a "see also" list, an
infobox, a pull quote (it repeats the text) and figure captions (``body_blocks``, not
``body``) are neutral; edit links, a table of contents' title, the site's menu, cookie
banner, share row, newsletter, comment prompt, related links and footer are not the body.
Every name, place and sentence here is invented."""

from __future__ import annotations

from . import pages  # noqa: F401  (adds the pages)
from ._kit import PROBES

__all__ = ["PROBES"]
