"""A review's verdict box right after its text: the reviewer's closing judgement, set apart
in a box of its own with the score and the pros and cons ("review-verdict", "textFazit").

A verdict of two or three sentences joins the region by its prose mass as any sibling does;
a one-sentence verdict ("A fine vacuum for small flats, though its bin could be larger.")
weighs less than a sibling must (``region_record.MIN_SIBLING_MASS``) and was lost, while it is the
review's conclusion. The box's name says what it is, so it joins when it holds one sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from newsextract.body.characters import closes_sentence
from newsextract.body.model import PARAGRAPH
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import Walk
from newsextract.lazy_regex import LazyPattern
from newsextract.text import word_count

# The names review templates give the verdict box: "verdict" ("review-verdict",
# "verdict-boxout", "game-verdict"), German "Fazit" ("textFazit", "fazit-box"), a
# "conclusion" as a whole word. Not "summary" (a news page's summary box stands before the
# text) nor "bottom-line" (a border's name as often as a verdict's).
_VERDICT_NAME = LazyPattern(r"verdict|fazit|(?:^|[\s_-])conclusions?(?=$|[\s_-])")
# The verdict's sentence has at least this many words (as the region's closing line must):
# fewer are a score's label or a button ("Buy now").
_VERDICT_WORDS = 5
# A box this long joins by its mass already, or is more than a verdict (a whole section
# named "conclusion" holding the text's second half, which the mass test weighs).
_VERDICT_CHARS = 600
# A verdict box links at most this share of its text (a product's name linked to a shop):
# more is a box of links ("More verdicts").
_VERDICT_LINKED = 0.35


def verdict_after(
    walked: Walk, sums: Tally, parent: int, last: int, passed_over: Callable[[int], bool]
) -> list[int]:
    """The child of ``parent`` right after the last taken one (``last``), when its class or
    id names a review's verdict and it holds a sentence of five words or more (closing as a
    sentence, ``closes_sentence``: Thai writes no closing mark): the verdict box after a
    review's text. Not one named as furniture, nor a box of links. A child ``passed_over``
    tells (an ad slot) may stand between: review pages set an ad there."""
    cont = walked.containers
    index = sums.end[last] + 1
    while index <= sums.end[parent] and (not sums.text[index] or passed_over(index)):
        index = sums.end[index] + 1
    if (
        index > sums.end[parent]
        or cont.hint[index] < 0
        or sums.text[index] > _VERDICT_CHARS
        or sums.links[index] > _VERDICT_LINKED * sums.text[index]
        or _VERDICT_NAME.search(cont.names(index).lower()) is None
    ):
        return []
    end = sums.end[index]
    for block in walked.blocks:
        if (
            index <= block.container <= end
            and block.kind is PARAGRAPH
            and word_count(block.text) >= _VERDICT_WORDS
            and closes_sentence(block.text)
        ):
            return [index]
    return []
