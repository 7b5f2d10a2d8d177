"""Labels end where the word ends in every script: the vowel signs and other marks of
Devanagari, Bengali or Tamil are no word characters to Python's ``re``, so a word boundary
taken from ``\\w`` cuts words in two ("लेखकों", authors, opened with the label "लेखक")."""

from __future__ import annotations

import re

import pytest

from newsextract.label_lists import LabelList
from newsextract.labels import LABEL_END, LABEL_START, starts_with
from newsextract.metadata.authors import split_byline


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # Hindi "लेखकों ने कहा" (the authors said): the byline label "लेखक" and an ending.
        (LabelList.BYLINE, "लेखकों ने कहा कि"),
        # Bengali "বিষয়ে আলোচনা" (a talk about the subject): the tag label "বিষয়" inflected.
        (LabelList.TAGS, "বিষয়ে আলোচনা হয়"),
        # A Devanagari label followed by a virama (the word goes on in a conjunct).
        (LabelList.TAGS, "टैग्सों"),
    ],
)
def test_a_label_inside_a_longer_word_is_no_label(kind: LabelList, text: str) -> None:
    assert starts_with(kind).match(text) is None


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (LabelList.BYLINE, "लेखक: राहुल शर्मा"),
        (LabelList.BYLINE, "द्वारा राहुल शर्मा"),
        (LabelList.TAGS, "বিষয়: রাজনীতি"),
        # A sentence's end (the danda) ends the word too.
        (LabelList.TAGS, "टैग। इंदौर"),
    ],
)
def test_a_whole_label_is_read(kind: LabelList, text: str) -> None:
    assert starts_with(kind).match(text) is not None


def test_a_word_ending_in_a_vowel_sign_ends_before_a_space() -> None:
    """ "को" (Hindi "on") ends with a vowel sign: ``\\b`` finds no end there, LABEL_END does."""
    pattern = re.compile(LABEL_START + "को" + LABEL_END)
    assert pattern.search("5 मार्च को 10:30") is not None
    assert pattern.search("कोई") is None
    assert pattern.search("एकको") is None


def test_a_month_name_ending_in_a_vowel_sign_is_cut_from_a_name() -> None:
    assert split_byline("राहुल शर्मा जनवरी 5, 2024") == ["राहुल शर्मा"]
