"""A blind probe of page kinds no earlier probe covered (round 59, issue 11): pages written
without reading the extractor, of kinds the earlier files lack: patents (claims and
numbered paragraphs), tender notices, a parliament's verbatim record, an open letter, a
product recall, a grant call, a speech with its hall's reactions, an admission list, an
earthquake report, a manifesto, a used car's listing, an auction lot, a restaurant's menu,
a publisher's book page, a hotel room, an "about us" page, a film database entry, a
scholarship call, a licence, a genealogy record, an athlete's profile, a verse-numbered
reading, web novel and fan fiction chapters, a play's script, sayings and proverbs, an
annotated chess game, a horoscope, lecture notes of theorems and proofs, a sky guide, a
clinical case, errata, a lesson plan, a board game's rules, a transit notice and a
bilingual notice. They sit in varied templates (a government design system, Drupal,
Bootstrap, an old table layout, a script app's hashed classes, a WordPress theme, a
reading site's and a fiction archive's own markup), in 30 languages and a dozen scripts.
Every name, place and sentence is invented."""

from __future__ import annotations

# The parts add their pages in this order (the probes' order in reports).
from . import (  # noqa: F401
    civic_and_legal,
    commerce_and_records,
    learning_and_science,
    texts_and_culture,
)
from ._registry import PROBES

__all__ = ["PROBES"]
