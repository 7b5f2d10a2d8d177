"""The blind69n round (issue 12, wave 69): thirty whole news pages in languages no whole-page
kit had (Galician, Slovak, Slovenian, Latvian, Lithuanian, Estonian, Icelandic, Maltese, Welsh,
Irish, Albanian, Macedonian, Bosnian, Georgian, Armenian, Azerbaijani, Uzbek, Mongolian, Nepali,
Sinhala, Khmer, Lao, Burmese, Hausa, Yoruba, Somali, Pashto, Kurmanji, Tajik, Basque), every
field of a page judged at once (``whole_pages_69_probes``).

``python -m tests.metadata.test_blind_whole_pages_69`` prints both tools' hits per field.
Blind: see the module's _OPEN and docs/fields.md."""

from __future__ import annotations

from typing import Any

import pytest
from tests.metadata.whole_pages_68 import check_body, check_field, field_params, report
from tests.metadata.whole_pages_69_probes import PROBES

# Fields newsextract does not give as the probe's truth has them, each with why.
_OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("url", "html", "field", "want"), field_params(PROBES, _OPEN))
def test_field(url: str, html: str, field: str, want: object) -> None:
    check_field(url, html, field, want)


@pytest.mark.parametrize("probe", PROBES, ids=[p.name for p in PROBES])
def test_body(probe: Any) -> None:
    """The text's first and last paragraphs in the lead and body; no "read also" link,
    comment, related story, footer or ad label."""
    check_body(probe)


if __name__ == "__main__":  # pragma: no cover
    report(PROBES)
