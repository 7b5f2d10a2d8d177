"""Posts of one template: a container's template (its tag and class, BEM modifiers aside),
a template's variants ("answer accepted" beside "answer"), whether a box is a thread of
posts, the question before its answers, the answers after it, and the heading that only
counts them ("3 Answers").

Apart from ``region.py`` because the cleanup and the boxes ask the same questions of a
container (``signature``, ``entry_template``, ``is_answer_count_heading``) without climbing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from newsextract.body.characters import ends_as_sentence
from newsextract.body.model import HEADING, PARAGRAPH
from newsextract.body.region_record import SIBLING_MAX_DENSITY, Headlines, children_of
from newsextract.body.scoring import Tally
from newsextract.body.walk_records import Walk
from newsextract.labels import answer_counts


def signature(walked: Walk, index: int) -> tuple[str, str]:
    """A container's template: its tag and class attribute."""
    cont = walked.containers
    return cont.tag[index], cont.classes[index]


def entry_template(walked: Walk, index: int) -> tuple[str, str]:
    """A post's template: its tag and class without the BEM modifiers (``message--mod``,
    ``post--sticky``) that mark one variant of it (a moderator's post, the opening one);
    the posts of one thread are one template whoever wrote them."""
    cont = walked.containers
    names = [name for name in cont.classes[index].split() if "--" not in name]
    return cont.tag[index], " ".join(names)


def variant_of(tag: str, classes: str, trusted: set[tuple[str, str]]) -> bool:
    """Whether a class attribute is a trusted template's with words of a state added, none
    named as furniture (the caller's test): a live blog's pinned entry ("entry pinned"
    beside the "entry"s), a thread's accepted answer ("answer accepted"), whose one or two
    sentences are too little prose to join by their mass."""
    if " " not in classes.strip():
        return False  # one class word: no template's with another added
    names: set[str] | None = None
    for own, template in trusted:
        if own == tag and template and template != classes:
            names = names or set(classes.split())
            if names > set(template.split()):
                return True
    return False


def replies(walked: Walk, sums: Tally, parent: int, story: int, mark: tuple[str, str]) -> list[int]:
    """The ``<article>``s after the story's of another template that answer it: a question
    page sets its question in one template and its answers in another ("question",
    "answer accepted"), beside it or in a wrapper of their own beside it ("answers"). Each
    holds prose and no heading at all (a teaser card or another story has its title),
    under a name that is not furniture's (a comment's is), and is no link list."""
    cont = walked.containers
    if cont.tag[story] != "article":
        return []
    candidates: list[int] = []
    for index in children_of(walked, sums, parent):
        if index <= story or cont.hint[index] < 0:
            continue
        if cont.tag[index] == "article":
            candidates.append(index)
        elif sums.mass[index] > 0:  # a wrapper of the answers: its own <article>s
            candidates += [
                child for child in children_of(walked, sums, index) if cont.tag[child] == "article"
            ]
    out: list[int] = []
    headed: Headlines | None = None
    for index in candidates:
        total = sums.text[index]
        if (
            entry_template(walked, index) == mark
            or cont.hint[index] < 0
            or not total
            or sums.links[index] / total > SIBLING_MAX_DENSITY
        ):
            continue
        if headed is None:
            headed = Headlines(walked, sums, any_level=True)
        if not headed.within(index):
            out.append(index)
    return out


# Posts of one template in a box that make it a thread of answers: two, the fewest a
# question's answers are listed as.
_THREAD_POSTS = 2


def question_before(walked: Walk, sums: Tally, parent: int, first: int, current: int) -> list[int]:
    """The child of ``parent`` right before the first taken one when the region so far is a
    thread of answers (``_is_thread``) and that child is the post they answer: a question
    page sets its question in a box of its own before the answers' box ("question", then
    "answers" of "answer"s), and a question of one or two sentences has too little prose
    mass to join as a sibling. The child holds a sentence, is not named as furniture, is no
    link list and holds no page title (``<h1>``: the question's title is the page's)."""
    if first != current:
        return []
    cont = walked.containers
    candidate = -1  # the nearest child before ``first`` holding text
    index = parent + 1
    while index < first:
        if sums.text[index]:
            candidate = index
        index = sums.end[index] + 1
    # The cheap tests first: most levels stop here, before the thread's or the blocks'.
    if candidate < 0 or cont.hint[candidate] < 0:
        return []
    if sums.links[candidate] / sums.text[candidate] > SIBLING_MAX_DENSITY:
        return []
    if not _is_thread(walked, sums, current):
        return []
    end = sums.end[candidate]
    sentence = False
    for block in walked.blocks:
        if candidate <= block.container <= end:
            if block.kind is HEADING and block.level == 1:
                return []
            sentence = sentence or (block.kind is PARAGRAPH and ends_as_sentence(block.text))
    return [candidate] if sentence else []


def is_answer_count_heading(walked: Walk, sums: Tally, position: int) -> bool:
    """Whether the heading ``walked.blocks[position]`` only counts the answers of the thread
    it opens (a label word of ``answer_counts`` and a number: "3 Answers", "Odpowiedzi (2)",
    "回答 (4)"): the thread's label over its posts, as a widget's is. It is the first text
    of its box, or of a box around that up to ``_COUNT_HEADING_LEVELS`` up, which is a thread
    (``_is_thread``: a post's template its first class, "answer is-best" an answer; one
    post furnished is enough where the heading counts them)."""
    block = walked.blocks[position]
    text = block.text.strip()
    if (
        not text
        or len(text) > _COUNT_HEADING_CHARS
        or not (_COUNT_END(text[0]) or _COUNT_END(text[-1]))
    ):
        return False  # nearly every heading opens and ends with a letter: no pattern tried
    if not answer_count_label().fullmatch(text):
        return False  # no box looked at
    before = walked.blocks[position - 1].container if position else -1
    parents, box = walked.containers.parent, block.container
    for _ in range(_COUNT_HEADING_LEVELS):
        if box < 0 or box <= before <= sums.end[box]:
            return False  # text before the heading in the box: it opens nothing
        if _is_thread(walked, sums, box, template=_base_template, furnished=1):
            return True
        box = parents[box]
    return False


# The count opens or closes the heading ("3 Answers", "回答 (4)"): a figure or a bracket.
_COUNT_END = frozenset("0123456789()[]").__contains__
# A heading counting answers is a word and a number ("Antworten (12)"): longer is a title.
_COUNT_HEADING_CHARS = 40
# The heading may sit in a header box of its own inside the thread's ("<div class='answers'>
# <div class='answers-header'><h2>3 Answers</h2>"): this many boxes up, no further.
_COUNT_HEADING_LEVELS = 2


def _base_template(walked: Walk, index: int) -> tuple[str, str]:
    """A post's tag and first class (a variant's added classes aside: "answer is-best")."""
    cont = walked.containers
    names = [name for name in cont.classes[index].split() if "--" not in name]
    return cont.tag[index], names[0] if names else ""


@functools.cache
def answer_count_label() -> re.Pattern[str]:
    """A count and a label word of ``answer_counts`` either way round, the count bracketed
    or not ("3 Answers", "Antworten (5)", "Ответы 3")."""
    words = "|".join(re.escape(w) for w in sorted(answer_counts(), key=len, reverse=True))
    count = r"[(\[]?\d[\d.,]*[)\]]?"
    return re.compile(rf"(?:{count}\s*(?:{words})|(?:{words})\s*{count})", re.IGNORECASE)


def _is_thread(
    walked: Walk,
    sums: Tally,
    box: int,
    template: Callable[[Walk, int], tuple[str, str]] = entry_template,
    furnished: int = _THREAD_POSTS,
) -> bool:
    """Whether ``box`` holds posts: ``_THREAD_POSTS`` children of one template (its BEM
    modifiers aside, ``entry_template``: the accepted answer is an answer) holding text, each
    with a box of furniture's name holding text inside it (its vote count, its poster's card,
    its date line). A how-to's steps, one template each with its number, carry none.
    A post whose classes are a template's with a state's words added ("answer accepted",
    "post is-op") is of that template too. ``template``: what makes two posts one template;
    ``furnished``: how many must carry furniture."""
    cont = walked.containers
    hint, text, end = cont.hint, sums.text, sums.end
    children: dict[tuple[str, str], list[int]] = {}
    for index in children_of(walked, sums, box):
        if text[index]:
            mark = template(walked, index)
            if mark[1]:
                children.setdefault(mark, []).append(index)
    if len(children) > 1:
        children = _with_variants(children)
    for posts in children.values():
        if len(posts) < _THREAD_POSTS:
            continue  # most boxes: no two children of one template, no subtree looked at
        seen = 0
        for index in posts:
            if any(hint[inner] < 0 and text[inner] for inner in range(index + 1, end[index] + 1)):
                seen += 1
                if seen >= furnished:
                    return True
    return False


def _with_variants(
    children: dict[tuple[str, str], list[int]],
) -> dict[tuple[str, str], list[int]]:
    """Each template's children with those of its variants added: a tag's children whose
    classes hold all of the template's and more (``variant_of``)."""
    out: dict[tuple[str, str], list[int]] = {}
    for mark, posts in children.items():
        found = list(posts)
        for other, more in children.items():
            if other != mark and variant_of(other[0], other[1], {mark}):
                found += more
        out[mark] = found
    return out
