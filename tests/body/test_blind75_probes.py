"""The blind75 round (``news_probes.blind75``, wave 75, issue 11): twenty invented local
news stories in languages the dev sets lack, each twice (the furniture in boxes of its own,
and written as the text's own paragraphs) and hashed: the four paragraphs stay; captions,
credits, "read also" teasers, sign-ups, embedded posts, topics lines, share rows, bios,
comment prompts, paywall teasers and the "most read" rail go."""

from __future__ import annotations

import pytest
from news_probes.blind75 import PROBES
from news_probes.pages import Probe
from probe_checks import check_probe_body, probe_cases

# Blind figures (before any fix, 80 pages, 320 must-lines, 840 must-nots, main's tree at
# 9d8d1606): newsextract 41/80 (320/320 must-lines, 772/840 must-nots kept out: every
# "plain" page but the Japanese kept its closing comment prompt, and most the bio before
# it), trafilatura 0/80 (304/320, 516/840).
# Dropping the comment prompt (62/80) moved two dev pages down: the truths keep such a
# closing invitation as the writer's last word (one fundus-eval page, one blog in the
# trafilatura set), so it stays, and the probes' convention yields to them. Fixed by method:
# the tail trim reads on past a closing invitation to comment for a bio before it
# (``reader_asks.is_comment_ask``); Greek and Hebrew bios (a name opening on a Greek capital
# or a Hebrew letter, Hebrew's copulas and professions), the "works as" and feminine forms
# of Turkish and Ukrainian bios; a closing paragraph opening with the page's author's name
# and naming a profession after it (``about_lines.is_named_bio``, professions for th, fa,
# hi, zh, ja, ko, ar). After: 44/80, 804/840: no bio kept; what is kept is the 36 plain
# pages' comment prompts, strict xfails below.
_COMMENT = (
    "a closing invitation to comment, which the dev truths keep as the writer's last word"
    " (one fundus-eval page, one trafilatura blog): kept by design"
)
_KNOWN_FAILURES: dict[str, str] = {
    f"b75_plain_{lang}{hashed}": _COMMENT
    for lang in (
        "pt-BR", "es-MX", "id", "vi", "th", "tr", "pl", "cs", "ro", "hu", "el", "uk", "he",
        "hi", "sw", "zh", "ko", "ar",
    )
    for hashed in ("", "_hashed")
}  # fmt: skip


@pytest.mark.parametrize("probe", probe_cases(PROBES, _KNOWN_FAILURES))
def test_probe_body(probe: Probe) -> None:
    check_probe_body(probe)
