"""Probe pages in languages and scripts the dev sets lack, with the metadata a reader sees.

Every page is invented (names, places, sites, text), modelled on a real kind of page: a
WordPress theme, a news CMS, Blogger, Ghost, Drupal, a forum, a press release, a Medium-like
blog. Each varies what the dev sets rarely show: a byline before or after the text, a date
line with its time and zone, native digits, an era's years, a relative time, a tag list's
label, a credit line, a title with the site's name after the script's own punctuation, and
JSON-LD or Open Graph partly missing. ``PROBES`` holds the pages and what each field should
be; ``benchmarks/language_probes.py`` scores newsextract and trafilatura on them.
"""

from __future__ import annotations

from . import (
    africa,
    central_and_eastern_europe,
    east_and_southeast_asia,
    northern_and_western_europe,
    south_asia,
    west_and_central_asia,
)
from .kit import FIELDS, Probe, matches

PROBES: tuple[Probe, ...] = (
    *africa.PROBES,
    *central_and_eastern_europe.PROBES,
    *east_and_southeast_asia.PROBES,
    *northern_and_western_europe.PROBES,
    *south_asia.PROBES,
    *west_and_central_asia.PROBES,
)

__all__ = ["FIELDS", "PROBES", "Probe", "matches"]
