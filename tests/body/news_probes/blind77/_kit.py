"""The blind77 probe's kit: a news site's story and the extra text of its layouts in its
language (``Site``), and ``add``, which checks that no must-not line is part of a must-line
and adds the page to ``PROBES``."""

from __future__ import annotations

import attrs

from ..pages import Probes

PROBES = Probes()


@attrs.frozen(kw_only=True)
class Site:
    """A story, its layouts' extra text and the furniture its site sets, in one language."""

    lang: str
    host: str
    title: str
    byline: str
    # each paragraph holds a comma and a space (the glued-spans layout splits it there)
    paras: tuple[str, str, str, str]
    entries: tuple[str, str, str]
    key_label: str
    key_events: tuple[str, str, str]
    comments_title: str
    commenters: tuple[str, str]
    comments: tuple[str, str]
    credit: str
    sponsored: str
    chart_cols: tuple[str, str]
    chart_source: str
    know_title: str
    know: tuple[str, str, str]
    teams: tuple[str, str]
    lineup_label: str
    lineups: tuple[str, str]
    survivors_intro: str
    survivors: tuple[str, str, str]
    syndication: str
    watch: str
    transcript_label: str
    show_transcript: str
    ad_label: str
    share: str
    dir_: str = "ltr"


def add(name: str, url: str, html: str, must: tuple[str, ...], must_not: tuple[str, ...]) -> None:
    """Add a page; a must-not line inside a must-line would be a kit error."""
    clashes = [(out, line) for out in must_not for line in must if out in line]
    assert not clashes, clashes
    PROBES.add(name, url, html, must, must_not)
