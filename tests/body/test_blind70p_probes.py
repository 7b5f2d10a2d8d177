"""The blind70p round (``news_probes.blind70p``, wave 70, issue 11): furniture inside the
story's own container, in the page's language (sign-up boxes, "read also" lines and boxes,
bio boxes, appeals, app prompts, credit lines, republication footers, counts, reaction
bars, players, reading-time lines, print and share words, consent placeholders and
"advertisement" labels in 28 languages), goes; the story's sentences holding such words,
its correction notes and its funding note stay."""

from __future__ import annotations

import pytest
from news_probes.blind70p import PROBES
from news_probes.pages import Probe
from probe_checks import check_probe_body, probe_cases

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
# Blind figures (before any fix, 59 pages, 29 languages, 178 must-lines, 82 must-nots):
# newsextract 57/59 (178/178, 80/82), trafilatura 12/59 (176/178, 19/82: it kept nearly
# every box, label and line the kit sets inside the text, and lost two Persian sentences
# holding a zero-width non-joiner). Fixed by method: the Traditional-script ad label "廣告"
# (zh.toml) and a Korean app prompt's words, "앱에서 더 많은 뉴스" (ko.toml): 59/59.
# Second batch (``shapes``: 23 pages in 21 languages, furniture as bare paragraphs, notes
# of the story's own beside standing notices; written after that run, run on the tree with
# its fixes): newsextract 18/23, trafilatura 3/23. Fixed by method: an Arabic app prompt's
# promise "لتصلك آخر الأخبار" (ar.toml), a Vietnamese donation ask "ủng hộ tòa soạn"
# (vi.toml; the bio before it is then the text's last block and goes as a bio), a Turkish
# related box's heading "ilginizi çekebilir" (tr.toml), a Hindi player's label in the
# oblique "इस खबर को सुनें" (hi.toml), and a read-more word set off by a comma before a
# clause of seven words or more opens a sentence ("Subscribe, she tells visitors …", the
# trap; ``label_lines.read_more_line``): 23/23. No dev output moved by any of them.
# Third batch: every page hashed (no class, id or role), run on the tree with those fixes:
# newsextract 82/82, trafilatura 9/82. Fourth batch (``inline``: 8 pages written after
# that run, furniture no box tells), newsextract 6/8, trafilatura 2/8. Fixed by method: an
# appeal's opening ("Before you go: we have a small favour to ask", ``reader_asks.toml``'s
# ``appeal``) takes the short paragraphs after it to the text's end, its plea
# (``reader_asks.appeal_opening`` in ``text_edges.trim_tail``); a block of ad labels only
# ("Publicidad" over "La noticia continúa tras la publicidad") is one
# (``label_lines.label_line``): 8/8 (and their hashed copies). No dev output moved.
_KNOWN_FAILURES: dict[str, str] = {}


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
