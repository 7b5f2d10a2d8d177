"""A blind probe (wave 68c, issue 11): long pages (1,500 to 4,000 words each) whose
skeleton is the hard part, written before running either tool: content in sibling
``<section>``s or ``<div>``s with no ``<article>`` around them, an old site's layout table
(``<br><br>`` runs or ``<p>``s in a ``<td>``), a body of custom elements (``<my-article>``,
``<my-paragraph>``), a ``<div role="main">``, ``<br><br>`` prose alone, a ``<dl>``
glossary, a long FAQ of closed ``<details>``, numbered ``<ol>`` steps split by figures, a
long read whose chapters each open with a full-width figure, text columns in hashed-class
grid ``<div>``s, a sidebar of teasers longer than the story; in fifteen languages the
kits used little (Urdu, Uyghur, Yiddish and Sindhi right to left; Tamil, Kannada,
Gujarati, Odia; Belarusian, Macedonian, Tatar; Catalan, Basque, Estonian, Zulu).

The must-lines are three sentences written by hand at the start, the middle and the end
of the text (and a glossary's term or a FAQ's question); the rest of the text is filler
built in the page's language from a few subjects, times and predicates (``_kit.Lang``).
The must-nots are the site's furniture (cookie banner, share row, newsletter box, comment
prompt, related box, footer) and the page's own (an ad slot's label, a sidebar teaser's
sentence). Borderline, decided before running: headings, captions and the date are
neutral. Every name, place and sentence here is invented."""

from __future__ import annotations

# Import order sets the probes' order in reports (the first part, then the second).
from . import long_pages, second_part  # noqa: F401
from ._kit import PROBES

__all__ = ["PROBES"]
