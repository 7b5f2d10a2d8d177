"""A picture's caption opening with a credit's label ("Picture: …", "ಚಿತ್ರ: …") that says
what the picture shows rather than who took it: the words after the label recur in the
text (a pendulum's motion beside a text about pendulums), where a credit's names (a
photographer, an agency) do not. Such a caption is kept as the caption it is."""

from __future__ import annotations

from newsextract.body.characters import WORD
from newsextract.body.reasons import FURNITURE_LINE, Judged

# The label before the colon is a word or three ("Foto", "Picture", "ಚಿತ್ರ"): a longer
# opening is a sentence's clause, no label.
_LABEL_CHARS = 24
# A description is a phrase: this many words after the label at least (a credit is a name
# or two, "Jane Roe", "dpa/Max Muster").
_DESCRIPTION_WORDS = 3
# Of which this many, each of ``_SHARED_CHARS`` characters at least (no particle), are words
# of the kept text.
_SHARED_WORDS = 2
_SHARED_CHARS = 4


def with_described_captions(candidates: list[Judged]) -> list[Judged]:
    """The candidates with each caption dropped as a labelled credit kept when its words
    after the label are the text's (see the module's docstring)."""
    found = [
        at
        for at, (block, reason) in enumerate(candidates)
        if block.caption and reason == FURNITURE_LINE
    ]
    if not found:
        return candidates
    text_words: set[str] | None = None
    out: list[Judged] | None = None
    for at in found:
        block = candidates[at][0]
        after = _after_label(block.text)
        if after is None:
            continue
        words = [word.lower() for word in WORD.findall(after)]
        if len(words) < _DESCRIPTION_WORDS:
            continue
        if text_words is None:
            text_words = {
                word.lower()
                for kept, reason in candidates
                if reason is None and not kept.caption
                for word in WORD.findall(kept.text)
                if len(word) >= _SHARED_CHARS
            }
        shared = {word for word in words if len(word) >= _SHARED_CHARS and word in text_words}
        if len(shared) >= _SHARED_WORDS:
            out = out if out is not None else list(candidates)
            out[at] = (block, None)
    return out if out is not None else candidates


def _after_label(text: str) -> str | None:
    """The caption's words after a short label closed by a colon, ``None`` without one."""
    head = text[: _LABEL_CHARS + 1]
    colon = max(head.find(":"), head.find("："))
    if colon <= 0:
        return None
    return text[colon + 1 :]
