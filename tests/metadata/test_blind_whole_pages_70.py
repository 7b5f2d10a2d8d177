"""The blind70x round (issues 11 and 12, wave 70): whole pages with no structured data at all
(``whole_pages_70_probes``): an old PHP news site, a town council, a school blog, a club's
match report, a parish bulletin, a local radio, a small shop's blog, a university
department; every field from the visible page.

``python -m tests.metadata.test_blind_whole_pages_70`` prints both tools' hits per field.
Blind (25 pages, 150 judgements): newsextract 142/150 (title 25, authors 17, published 25, tags
25, language 25, body 25), trafilatura 72/150 (title 19, authors 0, published 19, tags 12,
language 0, body 22)."""

from __future__ import annotations

from tests.metadata.whole_pages_68 import report, whole_page_tests
from tests.metadata.whole_pages_70_probes import PROBES

# Fields newsextract does not give as the probe's truth has them, each with why.
_OPEN: dict[tuple[str, str], str] = {
    ("fr_school_blog_publie_par", "authors"): "the teacher's honorific 'Mme' stays in the name",
    (
        "it_bulletin_parroco",
        "authors",
    ): "a signature 'don NAME, parroco' closing the text is not read",
    ("pl_table_php_dodano", "authors"): "a bare bold name closing the text is not read",
    (
        "pt_council_publicado_em",
        "authors",
    ): "the press office 'Gabinete de Comunicação' is kept as a name",
    ("ru_table_php_opublikovano", "authors"): "a bare bold name closing the text is not read",
    ("tr_club_yazan", "authors"): "'Yazan: NAME' above the text is not read",
    ("fr_radio_par", "authors"): "'Par NAME' after the time and a bar is not read",
    ("nl_school_blog_geplaatst_door", "authors"): "the teacher's title 'Meester' stays in the name",
}


test_field, test_body = whole_page_tests(PROBES, _OPEN)


if __name__ == "__main__":  # pragma: no cover
    report(PROBES)
