"""A call to act closing the page after the text: a strip of its own (a page builder's row or
section, a column strip) holding one short line that is no sentence beside a control, a
button, a form or a link styled as a button ("Open day on Saturday 14 December" beside
"Enrol now", "Orders by WhatsApp (11) 95555-0101" beside "Order", a box of opening hours
under its title beside a contact form). The builder sets the strip in the template of the
text's own rows, so neither its name nor its place in the region tells it apart; its
control does, whatever the language of its words.

The text's own last line stands in the text's container, or closes as a sentence, or has
no control beside it in a box of its own: each of these keeps it."""

from __future__ import annotations

from newsextract.body.characters import closes_sentence
from newsextract.body.model import HEADING, PARAGRAPH
from newsextract.body.reasons import ACTION_STRIP, Judged
from newsextract.body.walk_records import Walk

# A call's line is one line: a longer one is a paragraph of the text's.
_STRIP_LINE = 80
# A strip's title over its line ("Open every day"): a heading this short; a longer one is a
# section's title in the text.
_STRIP_TITLE = 60
# The text before the strip holds at least this many times the strip's characters: a page
# of two short lines and a button is a call on its own, not a text closed by one.
_TEXT_OUTWEIGHS = 3
# What a control is: a button, a form's field, a link named as a button (Bootstrap's
# ``btn``, builders' ``vc_btn3``, ``wixui-button``, ``et_pb_button``).
_CONTROLS = "button, form, input, select, a[class*='btn'], a[class*='button']"


def without_action_strip(walked: Walk, candidates: list[Judged]) -> list[Judged]:
    """Drop the kept blocks of a call to act closing the text (the module's docstring): the
    last kept line that is not a heading, at most ``_STRIP_LINE`` characters and closing no
    sentence, with the short headings over it, when the highest container around it that
    holds none of the text before also holds a control."""
    kept = [at for at, (_, reason) in enumerate(candidates) if reason is None]
    lines = [at for at in kept if candidates[at][0].kind is not HEADING]
    if len(lines) < 2:
        return candidates
    line = candidates[lines[-1]][0]
    if (
        line.kind is not PARAGRAPH
        or line.links
        or len(line.text) > _STRIP_LINE
        or closes_sentence(line.text)
    ):
        return candidates
    before = candidates[lines[-2]][0].container
    parent = walked.containers.parent
    above = set()
    index = before
    while index >= 0:
        above.add(index)
        index = parent[index]
    strip = line.container
    while parent[strip] >= 0 and parent[strip] not in above:
        strip = parent[strip]
    if strip in above:
        return candidates  # the line sits in a container of the text before it
    inside = [at for at in kept if _within(walked, candidates[at][0].container, strip)]
    titles = [at for at in inside if at != lines[-1]]
    if any(
        candidates[at][0].kind is not HEADING or len(candidates[at][0].text) > _STRIP_TITLE
        for at in titles
    ):
        return candidates
    strip_chars = sum(len(candidates[at][0].text) for at in inside)
    text_chars = sum(len(candidates[at][0].text) for at in kept if at < inside[0])
    if text_chars < _TEXT_OUTWEIGHS * strip_chars:
        return candidates
    if not _holds_control_beside(walked, strip, line.text):
        return candidates
    out = list(candidates)
    for at in inside:
        out[at] = (out[at][0], ACTION_STRIP)
    return out


def _holds_control_beside(walked: Walk, strip: int, line: str) -> bool:
    """Whether container ``strip`` holds a control that is not the line's own element (a
    video's chapter written as a button is a line of the text)."""
    return any(
        line not in control.text(deep=True)
        for control in walked.containers.nodes[strip].css(_CONTROLS)
    )


def _within(walked: Walk, index: int, box: int) -> bool:
    """Whether container ``index`` is ``box`` or inside it."""
    parent = walked.containers.parent
    while index > box:
        index = parent[index]
    return index == box
