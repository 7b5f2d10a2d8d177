"""The script state's key regexes matched at their keys' offsets (``_keyed_matches``) find
``finditer``'s matches, the same ones in the same order (speed75k)."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from newsextract.metadata import script_state_dates as state

# Pieces a state is made of: every key (keys that overlap, "modified_at" in
# "lastModified_at"), the separators and stamps the regexes read, and filler.
_PIECES = st.sampled_from(
    [
        *state._PUBLISHED_KEYS.split("|"),
        *state._UPDATED_KEYS.split("|"),
        '"',
        "'",
        ":",
        " ",
        "{",
        "}",
        ",",
        "2024-03-05T07:00:00Z",
        "2024-03-05 07:00:00+01:00",
        "_at",
        "Modified",
        "x",
    ]
)


def _spans(found: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m["value"]) for m in found]  # type: ignore[attr-defined]


@given(st.lists(_PIECES, max_size=40))
def test_keyed_matches_are_finditers(pieces: list[str]) -> None:
    text = "".join(pieces)
    for pattern, words in (
        (state._UPDATED, state._UPDATED_ANCHORS),
        (state._PUBLISHED, state._PUBLISHED_ANCHORS),
    ):
        expected = _spans(pattern.finditer(text))
        assert _spans(state._keyed_matches(pattern, words, text)) == expected


def test_keys_in_a_row_some_without_a_stamp() -> None:
    text = (
        '"updatedAt":"2024-03-06T08:00:00Z","updated_at": "x", '
        "modified_at:'2024-03-06 08:00:00' lastModified_at:\"2024-03-07T08:00:00Z\""
    )
    expected = _spans(state._UPDATED.finditer(text))
    assert len(expected) == 2  # "updated_at" holds no stamp, "lastModified_at" no colon
    assert _spans(state._keyed_matches(state._UPDATED, state._UPDATED_ANCHORS, text)) == expected


def test_long_runs_stay_linear() -> None:
    for text in (
        "updatedAt" * 20_000,
        'updatedAt"' + " " * 100_000,
        ("updatedAt: " + " " * 50) * 2_000,
        "dateModified:'2024-" * 10_000,
        "a" * 100_000,
    ):
        started = time.process_time()
        state._keyed_matches(state._UPDATED, state._UPDATED_ANCHORS, text)
        assert time.process_time() - started < 2.0


def test_every_key_is_found_by_a_shared_word() -> None:
    for anchors in (state._UPDATED_ANCHORS, state._PUBLISHED_ANCHORS):
        assert len(anchors) == 3
        for word, keys in anchors:
            assert all(key[offset:].startswith(word) for key, offset in keys)


def test_runs_of_a_word_stay_linear() -> None:
    for text in ("odified" * 20_000, "ublish" * 20_000, "datePublished" * 10_000):
        started = time.process_time()
        state._keyed_matches(state._PUBLISHED, state._PUBLISHED_ANCHORS, text)
        state._keyed_matches(state._UPDATED, state._UPDATED_ANCHORS, text)
        assert time.process_time() - started < 2.0
