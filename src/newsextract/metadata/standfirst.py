"""The standfirst: the lead paragraph a page sets with its headline, found by its class names
(``standfirst``, ``chapo``, ``dek``, ``lead``, ``intro``…: ``name_lists.LEAD``) or as the
``<h2>`` right after the ``<h1>``.

A class that names a lead names many other boxes too: the header block that holds the
standfirst with the byline and the date, the lead picture and its caption, another story's
teaser card, a paywall teaser after the text or a subscription prompt in the lead's place
(its words: the language data's ``prompts``; its class: a paywall's name, ``PAYWALL``, on
a "paywall-teaser" set between the paragraphs). Each is passed over here, so that the lead is
the page's own standfirst or, failing one, a description (``resolve``).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsextract.ancestry import near_ancestor
from newsextract.body.prompts import is_box_prompt
from newsextract.dates import find_text_date
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_labels import byline_prefix
from newsextract.metadata.headline import shown_start, shown_text
from newsextract.metadata.markup_headlines import in_hidden_or_modal_box
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.metadata.site_header import within
from newsextract.name_lists import LEAD, matches_in_order
from newsextract.page import ParsedPage
from newsextract.paywall import names_paywall
from newsextract.text import clean_text

# A standfirst's length in characters: shorter is a label or a kicker, longer is the
# article's text itself (a box holding its first paragraphs).
STANDFIRST_CHARS = (25, 600)


# A lead-classed element that is a picture's caption or credit ("lead-image-caption"), not
# the standfirst: figures and class names of media.
_MEDIA_CLASS = LazyPattern(r"caption|credit|image|img|photo|picture|media|figure|video", re.I)
_MEDIA_TAGS = frozenset({"figure", "figcaption", "picture"})
_MEDIA_DEPTH = 4  # ancestors checked for a <figure>: a caption's text sits close to it


def standfirst(
    page: ParsedPage, scope: LexborNode | None, h1: LexborNode | None
) -> tuple[str, str]:
    """The standfirst and how it was found: a lead-classed element that is no caption, else
    a subtitle set small in the headline, else an ``<h2>`` right after the scope's first
    ``<h1>`` (``h1``)."""
    if scope is None:
        return "", ""
    lead_h1 = h1 if h1 is not None or not page.headlines else page.headlines[0]
    selector = LEAD.for_page(page.names, page.names_by_attribute)
    cards: list[LexborNode] = []  # lead-classed boxes found to be another story's card
    for node in matches_in_order(scope, selector):
        # An element with no element inside (most lead-classed paragraphs) is its own
        # subtree: the queries below are told by its tag and attributes (``_holds_header_part``).
        leaf = next(node.iter(), None) is None
        if node.tag in _NOT_STANDFIRSTS or _holds_header_part(node, leaf):
            continue  # a container (of the headline block, its date and byline), a link
        if _is_media(node) or _in_link(node):
            continue  # a picture's caption; another story's teaser card, a link as a whole
        if names_paywall(node):
            continue  # a paywall's "continue reading" teaser ("paywall-teaser"), in any language
        if _holds_a_summary(node):
            continue  # a body field of a type that may have a summary: the text itself
        if _under_a_linked_name(node):
            continue  # an author card's role line ("Managing director at …") under the name
        if not leaf and len(node.css("p")) >= _TEXT_PARAGRAPHS:  # a leaf is one at most
            continue  # a box of the text's paragraphs (a category page's "category-intro")
        text = _shown_text(node)
        if STANDFIRST_CHARS[0] <= len(text) <= STANDFIRST_CHARS[1]:
            if in_hidden_or_modal_box(node):
                continue  # a cookie layer's or a sign-up dialog's "lead" line, over the page
            if _mostly_links(node, text):
                continue  # a box of links (a reference page's "summary" of its sections)
            if _in_card(node) or any(within(node, card) for card in cards):
                # Another story's card: its title linked to it, its summary; a lead-classed
                # box inside a card's summary is that summary (WordPress's query loop:
                # "wp-block-post-excerpt > p.wp-block-post-excerpt__excerpt").
                cards.append(node)
                continue
            if _in_sidebar(node, lead_h1):
                continue  # a sidebar's featured teaser ("Em destaque"), beside the text
            if is_box_prompt(text):
                continue  # a paywall's or a sign-up's box ("premium-teaser lead"): no lead
            if _mostly_caption(node, text):
                continue  # a lead picture's box, its picture loaded by a script
            if _is_label_or_date(text) or not _before_the_text(scope, node):
                # A label, a date line or a byline in the lead's place, or a box after the
                # article's text (a paywall teaser): the scan stops; a lead-classed element
                # after it is the text's first paragraph, which the body keeps.
                break
            intro = _intro_after_points(node, selector)
            return (f"{text} {intro}", "standfirst") if intro else (text, "standfirst")
    # The scope's headline, else the page's (set above the scope: only its subtitle is read).
    headline = h1 if h1 is not None or not page.headlines else page.headlines[0]
    subtitle = _small_in_h1(headline)
    if subtitle:
        return subtitle, "h1 small"
    sub_headline = _h2_after_h1(h1)
    if sub_headline:
        return sub_headline, "h2"
    return _bold_first_paragraph(h1), "bold first paragraph"


def _intro_after_points(node: LexborNode, selector: str) -> str:
    """The paragraph a summary box of points (a live page's "Key points", "Das Wichtigste")
    has right after it, named as a lead too: the page's introduction, which opens the lead
    with the points (it is neither a point nor the stream's first entry)."""
    if node.css_first("li") is None:
        return ""
    after = node.next
    while after is not None and after.tag in _NOT_ELEMENTS:
        after = after.next
    if after is None or after.css_first("li") is not None or not after.css_matches(selector):
        return ""
    text = _shown_text(after)
    if not STANDFIRST_CHARS[0] <= len(text) <= STANDFIRST_CHARS[1] or _mostly_links(after, text):
        return ""
    return text


# The nodes between elements: text and comments.
_NOT_ELEMENTS = frozenset({"-text", "_comment", "-comment"})


# A person's name as an author card links it: a given name and a family name at least (a
# single word is as often a section's link, a kicker), and no longer than a long name.
_NAME_WORDS = (2, 5)
_NAME_CHARS = 60


def _under_a_linked_name(node: LexborNode) -> bool:
    """Whether the element comes right after a link whose words are a person's name: an
    author card's line under the name (the author's role, "subtitle"), not the standfirst,
    which follows the headline or stands in the header beside the byline."""
    before = node.prev
    while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
        before = before.prev
    if before is None or before.tag != "a":
        return False
    name = clean_text(before.text(deep=True))
    return (
        len(name) <= _NAME_CHARS
        and _NAME_WORDS[0] <= len(name.split()) <= _NAME_WORDS[1]
        and looks_like_name(name)
    )


# A lead-classed box holding this many paragraphs holds the text's opening, which the body
# reads (a shop category's "category-intro" of a buying guide's paragraphs): no standfirst.
_TEXT_PARAGRAPHS = 2


# A lead's text read this far before cleaning: a cut cleaning longer than a standfirst by an
# entity's length and a space (``_CUT_SLACK``) decides as the whole; a 60 MB lead paragraph is
# not cleaned whole (the dev pages' lead-classed elements are a few thousand characters at most).
_LEAD_READ = 4 * STANDFIRST_CHARS[1]
_CUT_SLACK = 64


def _shown_text(node: LexborNode) -> str:
    """``shown_text`` of a lead-classed element, its start only when that is already too long
    for a standfirst."""
    start, cut = shown_start(node, _LEAD_READ)
    if not cut or len(start) > STANDFIRST_CHARS[1] + _CUT_SLACK:
        return start  # the whole, or too long either way
    return shown_text(node)  # a cut cleaning short (white space): the whole decides


def _small_in_h1(h1: LexborNode | None) -> str:
    """A subtitle the ``<h1>`` sets in small type after its headline
    (``<h1>Headline <small>subtitle</small></h1>``), as a standfirst's length."""
    if h1 is None:
        return ""
    small = h1.last_child
    while (
        small is not None
        and small.tag in ("-text", "br")
        and not (small.text_content or "").strip()
    ):
        small = small.prev
    if small is None or small.tag != "small" or small.prev is None:
        return ""
    text = shown_text(small)
    if not STANDFIRST_CHARS[0] <= len(text) <= STANDFIRST_CHARS[1] or _is_label_or_date(text):
        return ""  # a label, a date line or a byline set small beside the headline
    return text


# What an article's header block holds beside its standfirst: a lead-classed element holding
# one ("article__intro": summary, byline, date; "LeadFeature": the lead picture and its
# caption) is that block; the standfirst, if any, is inside it.
_HEADER_PARTS = "h1, time, [rel=author], img, picture, figure, video"
_NOT_STANDFIRSTS = frozenset({"meta", "body", "html", "article", "main", "section"} | {"a", "img"})
# ``_HEADER_PARTS``' tags: what an element with no element inside matches it by, besides a
# ``rel`` (a query decides one that has the attribute).
_HEADER_PART_TAGS = frozenset({"h1", "time", "img", "picture", "figure", "video"})


def _holds_header_part(node: LexborNode, leaf: bool) -> bool:
    """``node.css_first(_HEADER_PARTS) is not None`` (lexbor's query matches its root too),
    told without the query for an element with no element inside (``leaf``) and no ``rel``:
    by its own tag (a query costs 35-55 K instructions, its selector parsed again)."""
    if leaf and "rel" not in node.attrs:
        return node.tag in _HEADER_PART_TAGS
    return node.css_first(_HEADER_PARTS) is not None


# A standfirst says something in words of its own: fewer than this, besides a date, is a
# date line ("Energie 12.12.2022, 08:30 Uhr", "Veröffentlichung: 2. Februar 2022").
_MIN_OWN_WORDS = 4


def _is_label_or_date(text: str) -> bool:
    """A label introducing something ("Benachrichtigung über neue Artikel :"), a date line or
    a byline ("von Lena Markwart, Tomo Vrbanić"), not a standfirst."""
    if text.endswith((":", "：")):
        return True
    date = find_text_date(text)
    if date is not None and len(text.replace(date, " ").split()) < _MIN_OWN_WORDS:
        return True
    names = split_byline(text) if byline_prefix().match(text) else []
    return bool(names) and all(map(looks_like_name, names))


# A paragraph this long has begun the article's text: a standfirst comes before it (shorter
# paragraphs before the text are bylines, dates and captions). So has a code block, which no
# headline's group holds: a reference page's text, in short paragraphs, lists and code,
# begins by the first (a wiki page's "like-summary", a Javadoc "summary-list" after it).
_TEXT_STARTED = 200


def _before_the_text(scope: LexborNode, node: LexborNode) -> bool:
    """Whether ``node`` comes before the scope's first paragraph of text, in page order: the
    walk stops at whichever comes first, so it stays short either way."""
    target = node.mem_id
    for current in scope.traverse():
        if current.mem_id == target:
            return True
        tag = current.tag
        if (tag == "p" and len(current.text(deep=True)) >= _TEXT_STARTED) or tag == "pre":
            return False
    return True


# Class names of a picture's caption or credit inside a box ("embed-caption", "imageCaption").
_CAPTION_PARTS = '[class*="aption"], [class*="credit"], [class*="Credit"]'


def _mostly_caption(node: LexborNode, text: str) -> bool:
    """Whether most of ``node``'s text is a caption's: a box holding a lead picture whose
    ``<img>`` a script adds later ("LeadFeature" around an "embed-caption")."""
    rest = text
    for part in node.css(_CAPTION_PARTS):
        caption = clean_text(part.text(deep=True, separator=" "))
        if caption:
            rest = rest.replace(caption, "")
    return 2 * len(rest.strip()) < len(text)


# Ancestors checked for a link around a lead-classed box: a teaser card's link wraps its
# title and lead a few levels up ("a.teaser__link > div > div.teaser__lead").
_LINK_DEPTH = 5


# A standfirst is prose: a box whose words are links in at least this share is a list of
# links set in a lead-named box (Doxygen's "summary": "Public methods | List of all members").
_LINKED_SHARE = 0.8


def _mostly_links(node: LexborNode, text: str) -> bool:
    """Whether the links inside ``node`` hold ``_LINKED_SHARE`` of its text's letters and
    figures (the separators between the links aside)."""
    links = node.css("a")
    if not links:
        return False
    linked = sum(_letters(link.text(deep=True)) for link in links)
    return linked >= _LINKED_SHARE * _letters(text) > 0


def _letters(text: str) -> int:
    """The letters and figures of ``text``."""
    return sum(1 for char in text if char.isalnum())


def _in_link(node: LexborNode) -> bool:
    return near_ancestor(node, "a", _LINK_DEPTH) is not None


# The headings a teaser card titles another story with (an <h1> is the page's own headline,
# which some themes link to the page itself).
_CARD_TITLES = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _in_card(node: LexborNode) -> bool:
    """Whether ``node`` is, or stands beside, a heading whose text is all a link (or a bare
    link), with no ``<h1>`` beside them: a teaser card's title, linked to another story, and
    its summary ("teaser__title > a" and "teaser__summary" in one box; an archive's "li > a
    + p.excerpt"), which a short text's standfirst scan reaches after the text (its
    paragraphs too short to tell where the text began). The story's own header (its
    ``<h1>``, a kicker linked to the section) is no card."""
    parent = node.parent
    titled = False
    for sibling in (node,) if parent is None else parent.iter():
        if sibling.tag == "h1":
            return False
        if sibling.tag == "a" and _shown(sibling):
            titled = True  # an archive's entry: its title a bare link ("li > a + p.excerpt")
        elif sibling.tag in _CARD_TITLES and not titled:
            link = sibling.css_first("a")
            shown = _shown(sibling)
            titled = link is not None and bool(shown) and _shown(link) == shown
    return titled


# Levels walked up from a lead-classed box to a sidebar around it (a widget's box inside
# "aside > div.widget > div.inner" sits a few levels down; a deeper one is as rare).
_SIDEBAR_REACH = 6


def _in_sidebar(node: LexborNode, h1: LexborNode | None) -> bool:
    """Whether ``node`` sits in an ``<aside>`` (or a ``role="complementary"`` box) that
    does not hold the headline: a sidebar's teaser of another story, set beside the text, which
    a short text's standfirst scan reaches (its paragraphs too short to tell where the text
    began). A standfirst that is an ``<aside>`` itself, or one beside the headline in the same
    aside, stays."""
    current = node.parent
    for _ in range(_SIDEBAR_REACH):
        if current is None or current.tag in ("body", "html"):
            return False
        if current.tag == "aside" or current.attributes.get("role") == "complementary":
            return h1 is None or not within(h1, current)
        current = current.parent
    return False


def _shown(node: LexborNode) -> str:
    return clean_text(node.text(deep=True, separator=" "))


# A class that names what a box may hold beside its text, not the box as a summary: a CMS's
# body field of the type "text with summary" (Drupal's "field--type-text-with-summary", on
# the body of most of its pages: a short body, a paragraph or two, read as the lead left the
# text empty), a theme's "has-excerpt" on a post's wrapper.
# Written so that no character can be read two ways: "with", separators ("-", "_"), maybe a
# word (letters and digits, "_" only between them) and separators again. The plain form,
# ``(?:with|has)[-_]+(?:\w+[-_]+)?$``, let "_" be a separator or a word's and tried every
# split of a run of them: a class "with" + 1,600 "_" + ".lead" took 7 s, cubic in the run.
_HOLDS_A_LEAD_WORD = LazyPattern(
    r"(?:with|has)(?:[-_]++|[-_]++[^\W_]++(?:_++[^\W_]++)*+[-_]++)$", re.IGNORECASE
)
# Characters before a class token's lead word in which "with-" or "has-" is looked for: the
# word and the separators between them are a few characters in a real class
# ("field--type-text-with-summary"); each "with" of a longer stretch costs a pass to its end.
_LEAD_CLASS_READ = 64
# Words that hold a standfirst word and name no lead: a utility class's line height
# (Tailwind's "leading-relaxed", "md:leading-7", set on every paragraph of a page) and an
# ad slot of banner size ("leaderboard").
_NOT_LEAD_WORDS = ("leading", "leader")
# What a class holding a lead word as either must hold.
_HOLDS_HINTS = ("with", "has", *_NOT_LEAD_WORDS)


def _holds_a_summary(node: LexborNode) -> bool:
    """Whether every class token of ``node`` that holds a standfirst word holds it after
    "with-" or "has-" (``_HOLDS_A_LEAD_WORD``) or inside a word that names no lead
    (``_NOT_LEAD_WORDS``): the box has a summary or a line height, it is none."""
    classes = (node.attributes.get("class") or "").lower()
    if not any(hint in classes for hint in _HOLDS_HINTS):
        return False  # most lead-classed elements: four substring tests, no word loop
    found = False
    for token in classes.split():
        for word in LEAD.words:
            at = token.find(word)
            if at < 0:
                continue
            before = token[max(0, at - _LEAD_CLASS_READ) : at]
            if _HOLDS_A_LEAD_WORD.search(before) is None and not token.startswith(
                _NOT_LEAD_WORDS, at
            ):
                return False
            found = True
    return found


def _is_media(node: LexborNode) -> bool:
    """A caption: media named in the element's own class, a figure around it (a class
    of an ancestor names the layout: "post-image-aligned-center" holds the whole article),
    or a box holding only a picture and it."""
    if _MEDIA_CLASS.search(node.attributes.get("class") or ""):
        return True
    if _beside_a_picture_alone(node):
        return True
    current: LexborNode | None = node
    for _ in range(_MEDIA_DEPTH):
        if current is None:
            break
        if current.tag in _MEDIA_TAGS:
            return True
        current = current.parent
    return False


# A picture's element, or a box of one (a link around the <img>) holding no text.
_PICTURES = "img, picture, amp-img, video"


def _beside_a_picture_alone(node: LexborNode) -> bool:
    """Whether ``node`` shares its box with nothing but a picture before it: the picture's
    caption set in a lead-classed paragraph (``div.article-photo > img + p.lead``); a
    standfirst beside a hero picture shares its box with the headline or the text too."""
    parent = node.parent
    if parent is None:
        return False
    children = [child for child in parent.iter() if (child.tag or "").isalnum()]
    if len(children) != 2 or children[1].mem_id != node.mem_id:
        return False
    picture = children[0]
    if picture.tag in {"img", "picture", "amp-img", "video"}:
        return True
    return picture.css_first(_PICTURES) is not None and not clean_text(picture.text(deep=True))


# Elements between the headline and its standfirst passed over: the lead picture's box and
# the date line (two: a picture and a date line, as themes set them).
_FURNITURE_SKIPPED = 2
# A date or byline line is short: a longer box holding a <time> or a date holds the text too.
_DATE_LINE_CHARS = 120


def _after_furniture(h1: LexborNode | None, *, date_lines: bool) -> LexborNode | None:
    """The element after the ``<h1>``, passing over the lead picture's box (a ``<figure>``,
    or a box of a picture and its caption) and, when ``date_lines``, a date or byline line
    (a short box holding a ``<time>``, or a date or byline alone): a standfirst's place."""
    node = _first_element(h1.next) if h1 is not None else None
    for _ in range(_FURNITURE_SKIPPED):
        if node is None or node.tag in {"h2", "p"} or not _is_furniture_box(node, date_lines):
            break
        node = _first_element(node.next)
    return node


# Characters of a box's text cleaned first: ten times the longest text a test below takes.
_READ_CHARS = 10 * max(STANDFIRST_CHARS[1], _DATE_LINE_CHARS)


def _is_furniture_box(node: LexborNode, date_lines: bool) -> bool:
    """Whether ``node`` is the lead picture's box or, when ``date_lines``, a date or byline
    line. Its text is read only when a test needs it, and a date or byline is looked for only
    in a short one: the box after the ``<h1>`` is often the whole article's."""
    if node.tag in _MEDIA_TAGS:
        return True
    pictured = node.css_first(_PICTURES) is not None
    if not (pictured or date_lines):
        return False
    raw = node.text(deep=True, separator=" ")
    # Each test below is of a short text: a long one's opening, cleaned, tells it is long
    # (cleaning never lengthens a text), where cleaning 50 MB took 0.6 s a time, five times.
    text = clean_text(raw[:_READ_CHARS])
    if len(raw) > _READ_CHARS and len(text) <= _READ_CHARS // 2:
        text = clean_text(raw)  # mostly white space: the whole text tells
    if pictured and len(text) <= STANDFIRST_CHARS[1] and node.css_first("h2, h3") is None:
        return True
    if not date_lines or not text or len(text) > _DATE_LINE_CHARS:
        return False
    return node.css_first("time") is not None or (
        not text.endswith((":", "：")) and _is_label_or_date(text)
    )


def _h2_after_h1(h1: LexborNode | None) -> str:
    """A sub-headline: the ``<h2>`` that is the next element after the ``<h1>``, unless it
    is the first of numbered sections (``_first_numbered_section``)."""
    sibling = _after_furniture(h1, date_lines=False)
    if sibling is None or sibling.tag != "h2" or sibling.css_first("a") is not None:
        return ""
    text = clean_text(sibling.text(deep=True, separator=" "))
    if _first_numbered_section(sibling, text):
        return ""
    return text if STANDFIRST_CHARS[0] <= len(text) <= STANDFIRST_CHARS[1] else ""


# A section's number opening its heading: a figure and its mark ("1. What it is", "1) …").
_SECTION_NUMBER = LazyPattern(r"\s*(\d)([.)])\s")
# Siblings looked at after the first numbered heading for its second: a section holds a
# few paragraphs, lists or tables (a hostile page's run of thousands is not scanned).
_SECTION_SIBLINGS = 60


def _first_numbered_section(h2: LexborNode, text: str) -> bool:
    """Whether the ``<h2>`` opens the first of numbered sections: its text opens with 1 and
    a mark, and a later sibling ``<h2>`` opens with 2 and the same mark (a leaflet's "1. What
    it is" over "2. How to take it"). A deck opening on a number ("1. FC …", a club's name)
    has no second."""
    first = _SECTION_NUMBER.match(text)
    if first is None or int(first.group(1)) != 1:
        return False
    node = h2.next
    for _ in range(_SECTION_SIBLINGS):
        if node is None:
            return False
        if node.tag == "h2":
            second = _SECTION_NUMBER.match(clean_text(node.text(deep=True, separator=" ")))
            return second is not None and int(second.group(1)) == 2 and second[2] == first[2]
        node = node.next
    return False


# Levels descended from the element after the ``<h1>`` to the text's first paragraph
# (div.article-body > div.text > p).
_FIRST_PARAGRAPH_DEPTH = 3
_BOLD_TAGS = frozenset({"strong", "b"})


def _bold_first_paragraph(h1: LexborNode | None) -> str:
    """The text's first paragraph after the ``<h1>`` when it is set whole in bold
    (``<p><strong>…</strong></p>``) at a standfirst's length and a paragraph follows it:
    the lead as Balkan and Central European newsrooms set it, with no class. An ``<h1>``
    alone in its box is followed by the box after that one; a ``<div>`` holding only the
    bold text is a paragraph so written, and when it is alone in its box the text follows
    that box (the lead in a box of its own between the headline's and the text's)."""
    node = _after_furniture(h1, date_lines=True)
    if node is None and h1 is not None and _alone_in_parent(h1):
        node = _first_element(h1.parent.next) if h1.parent is not None else None
    for _ in range(_FIRST_PARAGRAPH_DEPTH):
        if node is None or node.tag == "p" or _bold_box(node):
            break
        node = _first_element(node.child)
    after = _first_element(node.next) if node is not None else None
    if after is None and node is not None and node.tag == "div" and _alone_in_parent(node):
        after = _first_element(node.parent.next) if node.parent is not None else None
    if after is not None and after.tag != "p":
        after = _first_element(after.child)  # the text's box after the lead, a paragraph first
    if node is None or not (node.tag == "p" or _bold_box(node)) or after is None:
        return ""  # no paragraph, or none after it: a lone bold line is no lead of a text
    if after.tag != "p" or not _all_bold(node):
        return ""  # words outside the bold: a paragraph opening with a bold phrase
    text = clean_text(node.text(deep=True, separator=" "))
    if _is_label_or_date(text):
        return ""  # a bold label over a list ("Was Sie wissen müssen:"), a date, a byline
    return text if STANDFIRST_CHARS[0] <= len(text) <= STANDFIRST_CHARS[1] else ""


def _alone_in_parent(node: LexborNode) -> bool:
    """Whether ``node`` is its parent's only element."""
    parent = node.parent
    first = _first_element(parent.child) if parent is not None else None
    return first is not None and first.mem_id == node.mem_id and _first_element(node.next) is None


def _bold_box(node: LexborNode) -> bool:
    """Whether ``node`` is a ``<div>`` set whole in bold: a paragraph written as a box."""
    return node.tag == "div" and _all_bold(node)


def _all_bold(node: LexborNode) -> bool:
    """Whether ``node``'s only element is a bold one holding all its text."""
    bold = _first_element(node.child)
    if bold is None or bold.tag not in _BOLD_TAGS or _first_element(bold.next) is not None:
        return False
    return clean_text(bold.text(deep=True, separator=" ")) == clean_text(
        node.text(deep=True, separator=" ")
    )


def _first_element(node: LexborNode | None) -> LexborNode | None:
    """``node`` or its first next sibling that is an element (text and comments passed)."""
    while node is not None and not (node.tag or "").isalnum():
        node = node.next
    return node
