"""``class_weight`` weighs class and id names word by word: the strongest word wins."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

import newsextract
from newsextract.body import class_names
from newsextract.body.blocks import walk
from newsextract.body.class_names import class_weight, story_teaser_weight


@pytest.mark.parametrize(
    ("names", "weight"),
    [
        ("", 0),
        ("row col-md-8", 0),
        ("post", 1),
        ("article-body", 2),
        ("share-bar article-body", 2),  # a body-ish word outranks boilerplate anywhere
        ("comments post", -2),
        ("sidebar post", -1),
        ("post has-comments", 1),  # a state modifier names a feature of the page
        ("show-comments", -2),  # the box that shows the comments, as a button would
        ("layout without-sidebar\tentry", 1),  # any white space separates the words
        ("layout comments-enabled", 0),
        ("Related-Stories", -2),  # upper case is weighed as lower case
        ("ad wrapper", -1),
        ("header-nav\u00a0story", -1),
        ("accepted-answer", -1),  # a thread's "Solution" label over the reply that solved it
        ("post-badge solved", -1),
        ("solution", 0),  # a puzzle's or an exercise's solution is its text
        ("answer accepted-answer", -1),  # an answer's box itself: read by its prose, as before
    ],
)
def test_the_strongest_word_wins(names: str, weight: int) -> None:
    assert class_weight(names) == weight


@pytest.mark.parametrize(
    "names",
    ["row col-md-8", "layout comments-enabled", "no-sidebar", "recommended-has-comments",
     "header-nav\u00a0story", "\u212aomment-list", "x-share-on grid", "post-12345 has-ads",
     "has-ads has-ads nav", "story\nhas-sidebar related-box", "post comments-off share"],
)  # fmt: skip
def test_the_searches_of_the_whole_names_agree_with_the_words(names: str) -> None:
    """The patterns are searched in the whole class string, not word by word: the weight is
    still the one of its strongest word, each word weighed alone."""
    words = {class_names.class_weight.__wrapped__(word) for word in names.split()}
    strongest = next((w for w in class_names._WEIGHT_ORDER if w in words), 0)
    assert class_names.class_weight.__wrapped__(names) == strongest


def test_a_name_weighs_as_its_words_in_any_order() -> None:
    words = ["story-body", "comments", "sidebar", "entry", "promo-teaser", "grid"]
    for first in words:
        for second in words:
            assert class_weight(f"{first} {second}") == class_weight(f"{second} {first}")


@pytest.mark.parametrize(
    ("classes", "hint"),
    [
        ("post-7 post type-post hentry category-garden tag-tomatoes", 1),
        ("h-entry tag-travel", 1),
        ("post type-post category-garden tag-tomatoes", -1),  # no microformat: the words decide
        ("hentry comments", -2),  # a comment marked as an entry stays furniture
    ],
)
def test_a_post_marked_as_an_entry_is_not_named_furniture_by_its_taxonomy(
    classes: str, hint: int
) -> None:
    root = LexborHTMLParser(f'<div class="{classes}"><p>text</p></div>').body
    assert root is not None
    containers = walk(root).containers
    assert containers.hint[containers.tag.index("div")] == hint


@pytest.mark.parametrize(
    ("names", "weight"),
    [
        ("teaser-text", 0),
        ("article__teaser", 0),
        ("teaser story-text", 2),  # the other words weigh as they would alone
        ("teaser related", None),  # furniture by another word too
        ("article-body", None),  # no teaser word: class_weight decides
    ],
)
def test_a_teaser_name_weighs_as_its_other_words(names: str, weight: int | None) -> None:
    assert story_teaser_weight(names) == weight


@pytest.mark.parametrize(
    "names",
    [
        "userinfo_extra",  # vBulletin
        "postprofile",  # phpBB
        "message-userDetails",  # XenForo
        "post-signature flex--item",  # Stack Exchange's poster card
        "js-vote-count flex--item",
        "reputation-score",
    ],
)
def test_a_forum_posters_card_and_vote_counter_are_furniture(names: str) -> None:
    assert class_weight(names) == -1


@pytest.mark.parametrize("names", ["member-signature", "type-signature", "method-signature"])
def test_a_code_members_signature_is_no_posters(names: str) -> None:
    """A reference page's declaration of a method or a class (Javadoc's names) is no forum
    signature (blind77l); a bare or a post's "signature" still is."""
    assert class_weight(names) == 0
    assert class_weight("signature") == class_weight("user-signature") == -1


def test_a_captioned_images_wrapper_is_not_a_caption() -> None:
    assert class_weight("captioned-image-container") == 0  # Substack's wrapper of a figure
    assert class_weight("image-caption") == -1


def test_only_the_containers_holding_text_are_weighed() -> None:
    """A container's class weighs only when it holds text (its hint is read only then); the
    nearest boilerplate-named container of each one follows the weighed hints."""
    root = LexborHTMLParser(
        '<section class="sidebar"><p>More about the town and its harbour.</p></section>'
        '<div class="sidebar"><img src="x.png"></div>'
        '<article class="story"><div class="grid"><p>The text goes on.</p></div></article>'
    ).body
    assert root is not None
    containers = walk(root).containers
    section, div = containers.tag.index("section"), containers.tag.index("div")
    assert (containers.hint[section], containers.bad[section]) == (-1, section)
    assert (containers.hint[div], containers.bad[div]) == (0, -1)  # no text: never read
    article = containers.tag.index("article")
    assert containers.hint[article] == 1
    assert containers.bad[article + 1] == -1


def test_a_box_that_shows_the_comments_is_not_the_text() -> None:
    """The prompt to join the discussion under the text, in a ``show-comments`` box inside
    the article, is furniture like the comments it opens."""
    text = (
        "Der Gemeinderat hat am Dienstagabend beschlossen, die alte Turnhalle bis zum "
        "Herbst zu sanieren. Die Arbeiten sollen in den Sommerferien beginnen."
    )
    page = (
        "<html lang='de'><body><article><h1>Turnhalle wird saniert</h1><div class='body'>"
        f"<p>{text}</p><p>{text} Die Vereine trainieren so lange in der Nachbargemeinde.</p>"
        "<div class='show-comments'><div class='x9'><h2>Das Forum zum Artikel</h2>"
        "<p>Lesen Sie die Beiträge anderer Leserinnen und Leser und antworten Sie ihnen</p>"
        "<a role='button'>Kommentare</a></div></div></div></article></body></html>"
    )
    body = newsextract.extract(page).body or ""
    assert "Gemeinderat" in body
    assert "Beiträge anderer" not in body


def test_the_state_modifier_hint_finds_every_modifier() -> None:
    """A name the hint passes over is one the substitution leaves as it is: every modifier
    word and state word, with every separator, in every place of a name."""
    modifiers = ("has", "with", "without", "no", "hide")
    boxes = ("comment", "comments", "sidebar", "ad", "ads", "share", "social", "related")
    states = ("enabled", "disabled", "on", "off", "open", "closed", "allowed", "active", "inactive")
    separators = ("-", "_", "--", "-_")
    names = [
        f"{first}{separator}{second}"
        for separator in separators
        for first, second in [(m, b) for m in modifiers for b in boxes]
        + [(b, s) for b in boxes for s in states]
    ]
    for name in names + [f"post {n}" for n in names] + [f"x-{n} y" for n in names]:
        cut = class_names._STATE_MODIFIER.sub(" ", name)
        assert class_names._without_state_modifiers(name) == cut
