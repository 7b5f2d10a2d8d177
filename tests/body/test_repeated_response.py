"""A short sentence said again as a paragraph of the same container, other text kept between
and other neighbours each time (a litany's response after each petition), is kept each time
(``finish._response``); a passage printed twice, a template's line in each card, a long
paragraph met again and a line without a sentence's end still count once."""

from __future__ import annotations

from newsextract.body.extractor import extract_body
from newsextract.page import ParsedPage

_RESPONSE = "Lord, hear our prayer."


def _text(main: str) -> str:
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/p'>Prayers</a></nav><main><article>"
        f"<h1>Prayers of the faithful</h1>{main}</article></main><footer><p>Parish of St Anne"
        "</p></footer></body></html>"
    )
    return extract_body(ParsedPage(html, "https://parish.example/prayers")).text


def _paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


_PETITIONS = (
    "For the Church, that she may be a light to all who have lost their way home.",
    "For the sick and the lonely, that they may feel the hope of this holy season.",
    "For those who have died, that they may rest in the peace of the Father's house.",
)


def test_a_litany_response_after_each_petition_is_kept_each_time() -> None:
    main = _paras(*(line for petition in _PETITIONS for line in (petition, _RESPONSE)))
    assert _text(main).count(_RESPONSE) == 3


def test_a_passage_printed_twice_counts_once() -> None:
    passage = (_PETITIONS[0], "Amen, so be it.", _PETITIONS[1])
    text = _text(_paras(*passage, *passage))
    assert text.count("Amen, so be it.") == 1
    assert text.count(_PETITIONS[0]) == 1


def test_a_template_line_in_each_card_counts_once() -> None:
    cards = "".join(
        f"<div class='card'><p>{petition}</p><p>Thanks be to God.</p></div>"
        for petition in _PETITIONS
    )
    assert _text(cards).count("Thanks be to God.") <= 1


def test_a_long_paragraph_met_again_counts_once() -> None:
    long_line = " ".join(_PETITIONS[:2]) + " We ask this through Christ our Lord, for ever."
    main = _paras(_PETITIONS[2], long_line, "Let us pray in silence for a moment.", long_line)
    assert _text(main).count(long_line) == 1


def test_a_label_without_a_sentence_end_counts_once() -> None:
    main = _paras(_PETITIONS[0], "Advertisement", _PETITIONS[1], "Advertisement", _PETITIONS[2])
    assert _text(main).count("Advertisement") <= 1
