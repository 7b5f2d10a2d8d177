"""The blind round's pictures (``news_probes.blind_news``): the body leaves a caption out by
design, and ``body_blocks`` keeps it, marked as a caption, whichever markup the theme gives
it (a ``<figcaption>``, a ``wp-caption-text`` paragraph, an ``image-caption`` box, a table
cell classed ``caption`` under the picture)."""

from __future__ import annotations

import pytest
from news_probes.blind_news import CAPTIONS, PROBES
from news_probes.pages import Probe

import newsextract


# Every form is kept: a layout table's caption cell since ``caption_boxes.cell_of_picture``, a
# wp-caption box and an image-caption box since ``body.caption_boxes``.
@pytest.mark.parametrize("probe", PROBES, ids=lambda probe: probe.name)
def test_caption_kept_apart(probe: Probe) -> None:
    article = newsextract.extract(probe.html, url=probe.url)
    caption = CAPTIONS[probe.name]
    assert caption not in article.body
    assert [block.text for block in article.body_blocks if block.caption and caption in block.text]
