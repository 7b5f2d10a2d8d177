"""The blind68n round (issue 12, wave 68): whole news pages in languages the dev sets lack,
every field of a page judged at once (the earlier kits judge one field at a time). Each page
(``whole_pages_68_probes``) is a regional newsroom's story in its CMS's layout, header to
footer, with its title, authors, published day, tags, publisher, source, language and its
body's must / must-not lines decided before either tool ran.

``python -m tests.metadata.test_blind_whole_pages_68`` prints both tools' hits per field.
Blind, the first 21 pages: newsextract 163/168, trafilatura 60/168 (trafilatura gives no
source, and its language only when asked to guess; its bodies keep the readers' comments:
without them 5 of 21 bodies pass). The second batch of 10 (two authors joined by the
language's "and", other date forms), written after the first's run: newsextract 77/80,
trafilatura 19/80 (78/80 after the Greek articles' fix). A third batch of 5 (an editor
beside the reporter, a dateline, two calendars, a reporter's e-mail): newsextract 39/40,
trafilatura 10/40."""

from __future__ import annotations

from tests.metadata.whole_pages_68 import report, whole_page_tests
from tests.metadata.whole_pages_68_probes import PROBES

_HASH_SIGN = (
    "the probe's truth drops a hashtag link's number sign ('#Полтава' under 'Теги:'); the "
    "project keeps a hashtag as the page writes it (docs/fields.md, html:hashtag-links) as "
    "the eval truth does: a convention to settle, not a method's miss"
)

# Fields newsextract does not give as the probe's truth has them, each with why.
_OPEN: dict[tuple[str, str], str] = {
    ("bn_php_staff_reporter_no_markup", "tags"): _HASH_SIGN,
    ("uk_php_no_markup", "tags"): _HASH_SIGN,
    ("ko_php_gija_jsonld", "tags"): _HASH_SIGN,
    ("hi_php_aur_no_markup", "tags"): _HASH_SIGN,
    ("sw_php_na_na_no_markup", "tags"): _HASH_SIGN,
    ("id_php_reporter_editor_dateline_no_markup", "tags"): _HASH_SIGN,
    ("el_arc_genitive_byline_og", "authors"): (
        "'Του Γιώργου Παπαδάκη' names the author in the genitive; the truth is his name "
        "('Γιώργος Παπαδάκης'), the project keeps the name as written (inflecting a Greek "
        "name back is no rule the name lists hold)"
    ),
}


test_field, test_body = whole_page_tests(PROBES, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report(PROBES)
