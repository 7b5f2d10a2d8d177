"""Prompts to the reader: sign-up, consent, subscription and membership asks."""

from __future__ import annotations

import functools
import re

from ahocorasick_rs import AhoCorasick

from newsextract.body.characters import latin_width
from newsextract.label_lists import LabelList
from newsextract.labels import words
from newsextract.regex_words import word_alternation

# Prompts that head a box of furniture: consent to show an embed, a newsletter sign-up, a
# paywall or registration wall. The whole small box around such a line goes, not just it.
# The words are language data (``prompts``), found anywhere in the lower-cased text; two
# prompts stay here as regex grammar a word list cannot say: "sign up"/"signing up" as a
# whole word (a list word may start a longer one), and "follow <someone> on <network>",
# each by a word it holds as written.
_GRAMMAR_PROMPTS = {
    "sign": r"sign(?:ing)? up\b",
    "follow": (
        r"follow (?:us|[\w.]+(?: [\w.]+){0,3}) on "
        r"(?:twitter|facebook|instagram|tiktok|x|telegram|whatsapp|linkedin|youtube)\b"
    ),
}


# A consent or sign-up prompt is a sentence or two; a longer block naming a newsletter is
# article text about one. Latin letters: a wide character weighs three (a Chinese paragraph
# of 161 characters on paid content, "付费内容", is a long one).
_PROMPT_MAX = 400


def is_box_prompt(text: str) -> bool:
    """Whether a short block asks for consent, a sign-up or a subscription."""
    if len(text) > _PROMPT_MAX:
        return False
    lower = text.lower()
    held = _prompt_words().find_matches_as_indexes(lower, overlapping=True)
    if not held or latin_width(text) > _PROMPT_MAX:  # the width once a prompt's word is held
        return False
    return any(prompt_search(index).search(lower) is not None for index in {i for i, _, _ in held})


def _key_word(prompt: str) -> str:
    """The word a prompt holds as written wherever it matches: its longest (a space in a
    prompt matches any white space, its other characters themselves)."""
    return max(prompt.split(), key=len)


@functools.cache
def _prompt_keys() -> list[str]:
    """Each prompt's ``_key_word`` and the grammar prompts' words, sorted."""
    found = {_key_word(prompt) for prompt in words(LabelList.PROMPTS)}
    return sorted(found.union(_GRAMMAR_PROMPTS))


@functools.cache
def _prompt_words() -> AhoCorasick:
    """``_prompt_keys``, one of which every prompt holds. A block holding none of them (95% of
    the dev pages' blocks) holds no prompt, which one pass of an Aho-Corasick automaton
    tells: 1 µs a block where a search of every prompt costs 6."""
    return AhoCorasick(_prompt_keys())


@functools.cache
def prompt_patterns() -> tuple[str, ...]:
    """For each of ``_prompt_keys`` (by its index), the regex of the prompts that hold it:
    a block is searched only for the prompts whose word it holds (a weak word, "get",
    "read", "last", is in 5% of the blocks, where a search of every prompt cost 35 µs)."""
    keys = _prompt_keys()
    by_key: dict[str, list[str]] = {key: [] for key in keys}
    for prompt in words(LabelList.PROMPTS):
        by_key[_key_word(prompt)].append(prompt)
    return tuple(
        "|".join(
            ([word_alternation(by_key[key])] if by_key[key] else [])
            + ([_GRAMMAR_PROMPTS[key]] if key in _GRAMMAR_PROMPTS else [])
        )
        for key in keys
    )


# ``prompt_patterns`` compiled, by index, as blocks holding their words are met.
_prompt_compiled: dict[int, re.Pattern[str]] = {}


def prompt_search(index: int) -> re.Pattern[str]:
    """The search of ``prompt_patterns()[index]``, compiled on first use: a process that
    extracts a page without the warm-up compiles the few its blocks' words need, not all
    412 (25 ms)."""
    search = _prompt_compiled.get(index)
    if search is None:
        search = _prompt_compiled[index] = re.compile(prompt_patterns()[index])
    return search


@functools.cache
def _prompt_searches() -> tuple[re.Pattern[str], ...]:
    """Every prompt search compiled (what the warm-up builds)."""
    return tuple(prompt_search(index) for index in range(len(prompt_patterns())))
