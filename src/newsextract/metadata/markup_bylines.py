"""Bylines from the markup: author links and containers, a post's poster, a signature closing
the text."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from selectolax.lexbor import LexborNode

from newsextract.dates import find_text_date
from newsextract.label_lists import LabelList
from newsextract.labels import (
    LABEL_END,
    alternation,
    interview_labels,
    markup_byline_labels,
    news_agencies,
    starts_with,
    with_words,
    words,
)
from newsextract.language import primary_code
from newsextract.lazy_regex import LazyPattern
from newsextract.metadata.authors import split_byline
from newsextract.metadata.byline_agencies import (
    BYLINE_AGENCY,
    byline_agency,
    without_helping_agency,
)
from newsextract.metadata.byline_labels import byline_prefix
from newsextract.metadata.byline_openings import names_a_person
from newsextract.metadata.byline_placeholders import not_a_name, staff_credit
from newsextract.metadata.byline_tails import trim_byline
from newsextract.metadata.candidate import Candidate
from newsextract.metadata.markup_places import (
    cand,
    outside_article,
)
from newsextract.metadata.markup_tags import (
    PROSE,
    category_path,
)
from newsextract.metadata.name_cleaning import FORUM_HANDLE
from newsextract.metadata.name_shapes import looks_like_name
from newsextract.metadata.name_splits import is_unspaced
from newsextract.metadata.site_names import is_host_name, is_site_name, site_names_from_url
from newsextract.metadata.superscript_marks import without_superscripts
from newsextract.name_lists import (
    BYLINE,
    has_name_token,
    matches_in_order,
)
from newsextract.page import ParsedPage
from newsextract.regex_words import longest_first, word_alternation
from newsextract.text import clean_text

_BYLINE_MAX_CHARS = 160  # a byline is a line (names, a role, a date), not a paragraph
# Characters other than white space past which an element cannot clean down to a byline, not
# even one written in HTML entities ("&amp;" is 5 for 1): its text is not cleaned at all.
_BYLINE_RAW_MAX = 10 * _BYLINE_MAX_CHARS


def _non_space(text: str) -> int:
    """The characters of ``text`` other than white space."""
    return sum(map(len, text.split()))


def byline_candidates(page: ParsedPage) -> Iterator[Candidate]:
    body = page.body
    if body is None:
        return
    language = primary_code(page.html_lang) if page.html_lang else None
    user_cards = has_name_token(page.names, _USER_CARD_CLASS)  # queried only on such pages
    pictured: tuple[str, ...] = ()  # the first byline that is only portraits: their alt texts
    for node in matches_in_order(body, BYLINE.for_page(page.names, page.names_by_attribute)):
        if outside_article(node, form=not _poster_block(node)):
            continue
        if node.tag == "address" and _postal_address(node):
            continue  # an office's or a shop's address on the page, no writer's
        raw = without_superscripts(node, node.text(deep=True, separator=" "))
        if len(raw) > _BYLINE_RAW_MAX and (
            # its start first: a text of 60 MB was split whole (0.9 s)
            _non_space(raw[: 2 * _BYLINE_RAW_MAX]) > _BYLINE_RAW_MAX
            or _non_space(raw) > _BYLINE_RAW_MAX
        ):
            continue  # a container named for its author (a whole post): not worth cleaning
        text = clean_text(raw).replace(" ,", ",")
        if not text and not pictured:
            pictured = _portrait_names(node, language)
        if not text or len(text) > _BYLINE_MAX_CHARS:
            continue
        if "·" in text and _hangul_dots()[0].search(node.text(deep=True)):
            # "<a>김민수</a>·<a>이지은</a>": the dot joins the names as written, without spaces
            text = _hangul_dots()[1].sub("·", text)
        if _date_line(text, language) or _mention(node):
            continue
        if user_cards and not _poster_block(node) and node.css_first(_USER_CARD) is not None:
            continue  # a Q&A post's signature box: the user card inside names its member
        if _poster_block(node):
            poster = _poster_name(node, language)
            if poster is not None:
                yield cand("authors", (poster[0],), poster[1])
                return
            continue
        text = _without_markup_label(text)
        named_after_handle = bracketed_name(text)
        split = split_byline(named_after_handle or text, places_of=language)
        names = without_helping_agency([n for n in split if looks_like_name(n)], text)
        names = _named_parts(node, names, text) or names
        if len(names) == 1 and (
            first := _first_block_name(node, names[0], language) or _first_span_name(node, names[0])
        ):
            names = [first]
        elif len(names) > 1 and unmarked_last(node, names, text):
            names = names[:-1]
        card = None
        if len(names) <= 1 and (marked := _marked_name(node, names, language)) is not None:
            names = [marked]
        if not names:
            names = _linked_names(node, text, language)
        if not names and (card := _card_name(node, text, language)) is not None:
            names = [card]
        # tested once names are read (two queries of the element): most elements tried name none
        if names and (_section_links_only(node, text) or _is_button(node)):
            continue
        if names:
            yield cand("byline", card or trim_byline(text, language), "byline")
            yield cand("authors", tuple(names), "byline")
            # an agency written in lower case ("Von Anna Berg, dpa"), no name in form, is
            # the story's source all the same
            if (agency := byline_agency(split, text)) is not None:
                yield cand("source", agency, BYLINE_AGENCY)
            return
        if not split and staff_credit(text):
            yield cand("byline", trim_byline(text), "byline")  # a newsroom's credit, no author
            return
        if not pictured and _label_alone(text):  # "Contributors:", its names the avatars'
            pictured = _portrait_names(node, language)
        handle = forum_handle(node) or _labelled_member(node, text, page.url)
        if handle is not None and not _no_member(handle, page.url):
            yield cand("authors", (handle,), FORUM_HANDLE)
            return
        if (joined := _joined_agency().search(text)) is not None:
            yield cand("source", joined.group(1), BYLINE_AGENCY)  # the newsroom's: no author
        elif (bracketed := byline_agency((), text)) is not None:
            yield cand("source", bracketed, BYLINE_AGENCY)  # "Cairo (Reuters)": a dateline's
    if pictured:  # no byline's text named anyone: the portraits' alt texts do
        yield cand("authors", pictured, PORTRAIT)


# A byline set as the writers' portraits alone, their alt texts the names
# (``_portrait_names``).
PORTRAIT = "byline-portrait"
# A name is two words to four (a portrait's alt text of more is a caption).
_PORTRAIT_WORDS = (2, 4)
# Longer than this, a byline's text is more than a label.
_MAX_LABEL_CHARS = 40
# A name of a script without spaces is two characters to six ("佐々木由美"); a longer alt
# text is a caption.
_MAX_UNSPACED_NAME = 6
# More portraits than this are a gallery or a team's page, no byline.
_MAX_PORTRAITS = 6


def _label_alone(text: str) -> bool:
    """Whether a byline element's text is a byline label alone ("Contributors:"), its names
    left to its images."""
    if len(text) > _MAX_LABEL_CHARS:
        return False  # most bylines: no label's length, no search
    return not byline_prefix().sub("", f"{text} ").strip(" :：")


def _portrait_names(node: LexborNode, language: str | None) -> tuple[str, ...]:
    """The names a byline element without names in its text gives as its images' alt texts
    (``<div class=byline><img alt="Jo Marsh"></div>``, a theme's portrait for the byline; a
    documentation page's "Contributors:" and their avatars): each a person's name (a given
    name first) in a script with capitals, else a name's shape of two to four words (of two
    to six characters in a script without spaces); "Author
    avatar" or a photo's caption is none, and then no image names anyone. A link to the
    writer's profile with no text names the writer in its ``aria-label`` or ``title``
    (``<a href=/profiles/jo-marsh aria-label="Jo Marsh"><img alt=""></a>``, an icon or an
    avatar whose alt text is empty): its label stands for the portrait's alt text."""
    labelled = node.css("a[aria-label], a[title]")
    portraits = labelled or node.css("img[alt]")
    if not 0 < len(portraits) <= _MAX_PORTRAITS:
        return ()
    names = []
    for portrait in portraits:
        attrs = portrait.attributes
        alt = clean_text(
            (attrs.get("aria-label") or attrs.get("title") or "")
            if labelled
            else (attrs.get("alt") or "")
        )
        words_ = len(alt.split())
        if is_unspaced(alt):  # "山田太郎": a name of a script without spaces, its characters
            words_ = _PORTRAIT_WORDS[0] if 1 < len(alt) <= _MAX_UNSPACED_NAME else 0
        if not _PORTRAIT_WORDS[0] <= words_ <= _PORTRAIT_WORDS[1] or not_a_name(alt):
            return ()
        cased = alt[:1].isupper() or alt[:1].islower()
        if not (names_a_person(alt, language) if cased else looks_like_name(alt)):
            return ()
        names.append(alt)
    return tuple(dict.fromkeys(names))


@functools.cache
def _markup_label() -> re.Pattern[str]:
    """A label only an author's element is read with, opening its text ("Receta de "); a
    colon needs no space after it, full width or not ("レシピ考案：森下 千夏", "گزارش:علی
    رضایی": inside the author's element the label is glued to the name as often)."""
    labels = word_alternation(markup_byline_labels())
    return re.compile(rf"^(?:{labels})(?:\s*:?\s+|\s*[:：]\s*)(?=\w)", re.I)


def _without_markup_label(text: str) -> str:
    """``text`` without a markup-only byline label opening it (``markup_byline_labels``):
    a recipe card's "Receta de Lucía Barral" is the byline of "Lucía Barral". After an
    interview's label the interviewer alone: "Interview: Anna Berg with Tom Klein" is Anna
    Berg's, "Interview mit Tom Klein" no one's (the person interviewed did not write it)."""
    found = _markup_label().match(text)
    if found is None:
        return text
    rest = text[found.end() :]
    if _interview_label().fullmatch(found.group(0).strip(" :")) is None:
        return rest
    partner = _interview_partner().search(f" {rest}")
    return rest[: max(partner.start() - 1, 0)] if partner is not None else rest


@functools.cache
def _interview_label() -> re.Pattern[str]:
    return re.compile(word_alternation(interview_labels()), re.I)


@functools.cache
def _interview_partner() -> re.Pattern[str]:
    """The word before the person interviewed, after the interviewer's name (" with ")."""
    return re.compile(rf"\s(?:{word_alternation(with_words())})\s", re.I)


# An <address> holding a postal address (an office's, a shop's, a venue's: its name, street
# and town on lines of their own) is the page's contact information, no byline: this many
# lines at least, one with a figure that is no date (a house number, a postcode, a phone
# number). A byline set in one names the writer on a line or two ("By Jane Doe", a role).
_POSTAL_LINES = 3
_LINE_BREAKS = frozenset({"br", "p", "div", "li"})


def _postal_address(node: LexborNode) -> bool:
    """Whether an ``<address>`` holds a postal address (``_POSTAL_LINES``)."""
    lines: list[list[str]] = [[]]
    for part in node.traverse(include_text=True):
        if part.tag in _LINE_BREAKS and lines[-1]:
            lines.append([])
        elif part.tag == "-text":
            lines[-1].append(part.text_content or "")
    texts = [" ".join(line).strip() for line in lines]
    texts = [text for text in texts if text]
    return len(texts) >= _POSTAL_LINES and any(
        any(c.isdigit() for c in text) and find_text_date(text) is None for text in texts
    )


# Words of a class naming a control: a byline's "Follow" or "Subscribe" button
# ("author-info__follow-button"), whose label is no writer's name.
_BUTTON_WORDS = ("button", "btn", "follow", "subscribe")


def _is_button(node: LexborNode) -> bool:
    """Whether a byline-classed element is a control beside the byline, not the byline: a
    button, named as one, or holding nothing but buttons ("<div class=author-tools><button>
    Suivre</button></div>")."""
    if node.tag == "button":
        return True
    named = (node.attributes.get("class") or "").lower()
    if any(word in named for word in _BUTTON_WORDS):
        return True
    buttons = node.css("button")
    return (
        bool(buttons)
        and "".join(b.text(deep=True) for b in buttons).split() == node.text(deep=True).split()
    )


# A middle dot between two Hangul syllables as the page writes it, and as the text read with
# spaces between elements gives it when the names are links.
# Built on the first byline with a middle dot: their sets of Hangul cost the regex compiler
# 2 ms, which a process reading no such byline never needs.
@functools.cache
def _hangul_dots() -> tuple[re.Pattern[str], re.Pattern[str]]:
    glued = re.compile(r"[\uac00-\ud7a3]·[\uac00-\ud7a3]")
    spaced = re.compile(r"(?<=[\uac00-\ud7a3]) · (?=[\uac00-\ud7a3])")
    return glued, spaced


def _mention(node: LexborNode) -> bool:
    """Whether a link found by its address alone (``a[href*='/author/']``, no byline class
    or rel=author) sits in a sentence or heading: a writer the text mentions ("as <a
    href=/author/jane-doe>Jane Doe</a> wrote last week"), not the byline."""
    if node.tag != "a" or node.parent is None or node.parent.tag not in PROSE:
        return False
    attrs = node.attributes
    if "author" in (attrs.get("rel") or "").lower():
        return False
    named = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    return not any(word in named for word in BYLINE.words)  # no byline class ("username")


def _section_links_only(node: LexborNode, text: str) -> bool:
    """Whether a byline-classed element holds nothing but links to category pages ("<div
    class=author-container><a href=/news/category/29/…>Varieties</a></div>"): a section's
    name set beside the byline, not a writer. (A tag or topic page may be an author's own.)"""
    links = node.css("a[href]")  # an SVG link's xlink:href too, which has no key "href"
    if not links or not all(category_path().search(a.attrs.sget("href")) for a in links):
        return False
    return " ".join(clean_text(a.text(deep=True, separator=" ")) for a in links) == text


# The parts of a byline container that mark the author's name itself, whatever words its
# label is in: the hCard's formatted name ("fn": WordPress's "author vcard", Blogger's
# "post-author vcard") and a link to the author's page.
_MARKED_NAME_PARTS = "[class~=fn i], a[href*='/author/' i], a[rel~=author i]"
# Fewer words than this, a marked part is no name alone: a surname linked in "Jane <a>Doe</a>".
MIN_MARKED_NAME_WORDS = 2


def _marked_name(node: LexborNode, names: list[str], language: str | None) -> str | None:
    """The name the container marks as its author's, where its reading gives none or one
    that holds the marked name and more: a label in words no language file lists ("על ידי
    <a href=/author/…>יוסי כהן</a>", "Αναρτήθηκε από <span class=fn>…</span> στις 9:05
    μ.μ."). One marked name only: of several authors, some may be linked and some not."""
    found = {
        own
        for part in node.css(_MARKED_NAME_PARTS)
        if (own := clean_text(part.text(deep=True, separator=" ")))
    }
    if len(found) != 1:
        return None
    (own,) = found
    if len(own.split()) < MIN_MARKED_NAME_WORDS or (
        names and (names[0] == own or own not in names[0])
    ):
        return None
    if split_byline(own, places_of=language) != [own] or not looks_like_name(own):
        return None
    return own


# An author card's text up to this long: a heading, the name and a short bio; a longer
# container is a whole section, whose first link or bold text need not be its author.
_CARD_MAX_CHARS = 600
# The card's parts that hold the name: its link to the author's page, its bold or heading
# text (the card's heading, "About the author", is one too and reads as no name).
_CARD_NAME_PARTS = "a, strong, b, h2, h3, h4, h5, [class*=name i]"


# Words of an author card's class or id beside the author word ("author-card", "authorbox",
# "author-bio", "about-author"): a card, not a forum post's poster box or a share bar.
_CARD_WORDS = ("card", "box", "bio", "about")


def _linked_names(node: LexborNode, text: str, language: str | None) -> list[str]:
    """The names of a byline of links to several authors with nothing between them, whose
    text reads as no name run together ("Door <a>Jan van der Berg</a><a>Seán Ó Briain</a>":
    the particles make "Jan van der Berg Seán Ó Briain" no name): each link one name, the
    links the whole text but a byline label before them."""
    names = [clean_text(link.text(deep=True, separator=" ")) for link in node.css("a")]
    if not all(names) or len(set(names)) < 2:  # one link: the byline's reading stands
        return []
    joined = " ".join(names)
    if not text.endswith(joined):
        return []
    label = text[: len(text) - len(joined)].strip()
    if label and not byline_prefix().fullmatch(label + " "):
        return []
    # The names read last, once the text's shape allows them (each read costs a byline's
    # split): the outcome is the same in either order.
    for own in names:
        if split_byline(own, places_of=language) != [own] or not looks_like_name(own):
            return []
    return names


def _card_name(node: LexborNode, text: str, language: str | None) -> str | None:
    """The author an author card names when its whole text reads as no byline: a heading,
    the name (a link to the author's page or bold) and a bio ("<div class=author-card><h4>
    About the author</h4><a><strong>Jane Doe</strong></a><p>Jane covers housing.</p>"): the
    first such part whose text is one name, without a label ("Über die Autorin")."""
    if len(text) > _CARD_MAX_CHARS:
        return None
    attrs = node.attributes
    named = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    if not any(word in named for word in _CARD_WORDS):
        return None
    for part in node.css(_CARD_NAME_PARTS):
        own = clean_text(part.text(deep=True, separator=" "))
        if not own or own == text:
            continue
        names = split_byline(own, places_of=language)
        if len(names) == 1 and names[0] == own and looks_like_name(own):
            return own
    return None


@functools.cache
def _joined_agency() -> re.Pattern[str]:
    """An agency joined to the end of a byline element that names no writer ("La rédaction
    avec AFP", "Redaktion mit dpa"): the story's source (a newsroom is no author)."""
    agencies = longest_first(news_agencies())
    return re.compile(
        rf"\s{alternation(LabelList.BYLINE_JOINERS)}\s+({'|'.join(map(re.escape, agencies))})\W*$",
        re.I,
    )


def _date_line(text: str, language: str | None) -> bool:
    """Whether a byline-classed element is a date line: its text opens with a "published"
    or "updated" label of the page's language (of any, where the page names none) and holds
    no name after it ("अंतिम अद्यतन: 20 नोव्हेंबर 2026", "Last updated: 3 March"), where
    the label's first word would read as a name. "Updated by Jane Doe" names one."""
    # Every language's labels first (their regex built by the warm-up): a text none of them
    # opens is opened by none of the page language's, whose regex (about 1 ms to compile,
    # on the first page of each language) is then never built; most byline texts are names.
    opening = starts_with(LabelList.UPDATED, LabelList.PUBLISHED).match(text)
    if opening is None:
        return False
    if language is not None and words(LabelList.UPDATED, language):
        # a language without a file keeps every language's labels
        opening = starts_with(LabelList.UPDATED, LabelList.PUBLISHED, language=language).match(text)
        if opening is None:
            return False
    return not any(looks_like_name(n) for n in split_byline(text[opening.end() :]))


# An element of a byline container that holds the author's name alone ("author-name",
# "AuthorInfo-name"): the container's other parts are a place, a role or a badge
# ("প্ৰিয়ংকা বৰা, গুৱাহাটী", "绿手指小王 园艺爱好者"), which read as more names beside it.
_NAME_PARTS = "[class*=name i]"


def _named_parts(node: LexborNode, whole: list[str], read: str) -> list[str]:
    """The names in the container's name elements, in order, when each is part of a name
    the container gives read ``whole`` and they leave a word of it out (a place, a badge);
    else none: the container's reading stands (a name element may hold a label, "Über" of
    an author box's "About", "AUTOR/IN" beside the name). A name part that the container's
    reading lost, run together with the element after it ("Hindrik van der Meer" of "…
    Meer Fryske Akademy, Ljouwert", a paper's authors before their affiliation), counts
    when it is in the container's text ``read`` and another part is one of ``whole``."""
    if not whole or "name" in (node.attributes.get("class") or "").lower():
        return []
    names: list[str] = []
    for part in node.css(_NAME_PARTS):
        text = clean_text(part.text(deep=True, separator=" "))
        names.extend(n for n in split_byline(text) if looks_like_name(n) and n not in names)
    in_whole = [any(n in w for w in whole) for n in names]
    if not any(in_whole) or not all(
        found or n in read for n, found in zip(names, in_whole, strict=True)
    ):
        return []
    if any(w in news_agencies() and w not in names for w in whole):
        return []  # "<span class=author-name>Tom Nguyen</span> and AAP": the agency is credited
    kept = {word for name in names for word in name.split()}
    left_out = any(word not in kept for name in whole for word in name.split())
    return names if left_out else []


# The elements of a byline container that set its parts on lines of their own: the name's,
# then a job title's or a place's ("<div>Elif Şahin</div><div>Ekonomi Muhabiri</div>"; an
# author card's "<h3>name</h3><h4>job title</h4>").
_LINE_BLOCKS = frozenset({"div", "p", "h2", "h3", "h4", "h5", "h6"})
# Boxes the lines may stand in below the container: a card wraps its name and title in an
# info box beside the portrait and a follow button ("<div><h3>…</h3><h4>…</h4></div><a>").
_LINE_DEPTH = 2


def _first_block_name(node: LexborNode, name: str, language: str | None) -> str | None:
    """The name the container's first line gives alone, when its one ``name`` read whole runs
    that line into the next ("Elif Şahin Ekonomi" of an economy correspondent's box): the
    line after it is the writer's title or place, which the role words of every language
    cannot all list. The lines may stand in a box of the container's (``_LINE_DEPTH``).
    None when the lines are no such pair."""
    holder = node
    for _ in range(_LINE_DEPTH):
        first = _next_line(holder.child)
        if first is None or first.tag not in _LINE_BLOCKS:
            return None
        following = _next_line(first.next)
        if following is not None and following.tag in _LINE_BLOCKS:
            break
        holder = first  # no second line beside it: the lines may be inside it
    else:
        return None
    own = clean_text(first.text(deep=True, separator=" "))
    if not own or own == name or not name.startswith(own + " "):
        return None
    if split_byline(own, places_of=language) != [own] or not looks_like_name(own):
        return None
    return own


# A name of this many words at least, alone in the byline's first span, is whole: one word
# is a given name a family name's span follows ("<span>Lucía</span> <span>Moreno</span>").
_MIN_SPAN_NAME_WORDS = 2
# A mark that ends the words the name's reading took from the next span: the place's end
# before the date ("<span>Madrid | 05 mar 2024</span>", "Madrid - …", "Madrid, …").
_SPAN_PART_END = LazyPattern(r"\s*[|,·•–—-]")


def _first_span_name(node: LexborNode, name: str) -> str | None:
    """The name the container's first ``<span>`` gives alone, when its one ``name`` read whole
    ran on into the next span's first words, which a mark ends there: a place before the date
    ("<span>Lucía Moreno</span><span>Madrid | 05 mar 2024</span>", AMP bylines). None
    otherwise: names split into spans of their own parts stay whole."""
    first = _next_line(node.child)
    if first is None or first.tag != "span":
        return None
    following = _next_line(first.next)
    if following is None or following.tag != "span":
        return None
    own = clean_text(first.text(deep=True, separator=" "))
    if len(own.split()) < _MIN_SPAN_NAME_WORDS or not name.startswith(own + " "):
        return None
    rest = name[len(own) + 1 :]
    after = clean_text(following.text(deep=True, separator=" "))
    if not after.startswith(rest) or _SPAN_PART_END.match(after, len(rest)) is None:
        return None
    return own if looks_like_name(own) else None


def _next_line(node: LexborNode | None) -> LexborNode | None:
    """``node`` or the first element after it that holds text (a portrait before the name
    holds none); None when text stands between, outside any element."""
    while node is not None:
        tag = node.tag or ""
        if tag == "-text":
            if (node.text_content or "").strip():
                return None
        elif tag.isalnum() and node.text(deep=True).strip():
            return node
        node = node.next
    return None


# The elements of a byline line that mark a writer's name: a link (to the writer's page) or
# an element named for the author or the name ("<span class=author>").
_NAME_MARKS = "a, [class*=author i], [class*=name i]"
# The last part of a byline line set off by a comma or a slash, to its end.
_SET_OFF_LAST = LazyPattern(r"[,،/|／]\s*([^,،/|／]+?)\W*$")


def unmarked_last(node: LexborNode, names: list[str], text: str) -> bool:
    """Whether the last of ``names`` is text the line sets after the writers it marks, past a
    comma ("By <span class=author>Tom Hargreaves</span>, Wagga Wagga"): the place it was
    filed from, where a second writer would be marked as the first is; not an agency."""
    last = names[-1]
    closing = _SET_OFF_LAST.search(text)
    if closing is None or closing.group(1).strip() != last or byline_agency([last]) is not None:
        return False  # an agency after the writers is credited ("<a>Erik Lindqvist</a>/TT")
    marked = {clean_text(m.text(deep=True, separator=" ")) for m in node.css(_NAME_MARKS)}
    if last in marked or any(last in m for m in marked):
        return False
    return all(name in marked for name in names[:-1])


# A forum member's name as the board prints it: one word of letters, digits, "_", "." or
# "-", with a letter ("paddlefish_77", "minhtuan_hn"); a name of words reads as a name.
_HANDLE = LazyPattern(r"(?=[\w.-]*[^\W\d_])[\w.-]{3,30}")
_USERNAME = "[class*=username i]"  # phpBB's, XenForo's and vBulletin's poster link
# A poster's name as the element's whole class: phpBB's older subsilver theme's "<b
# class=postauthor>", the member's name alone, no link; or a board's "post-author" or
# "post_author" (written with a dash or an underscore: the same word) around the member's link.
_POSTAUTHOR = "postauthor"
_CLASS_MARKS = str.maketrans("", "", "-_")


# A handle written with the mark platforms set before a member's id, "@" ("@kim_l") or "id:"
# ("id:kumanoko", a Japanese blog platform's vcard): a member's id, not a word.
_MARKED_HANDLE = LazyPattern(r"(?:@|id:)((?=[\w.-]*[^\W\d_])[\w.-]{3,30})", re.I)
_FORMATTED_NAME = "[class~=fn i]"  # the hCard's formatted name


def forum_handle(node: LexborNode) -> str | None:
    """The poster's handle of a forum post's author line ("by <a class=username>
    paddlefish_77</a> » Mon Mar 03, 2025"), which is no person's name in form; or the
    handle an hCard's formatted name writes with its mark ("<span class='author vcard'><span
    class=fn>id:kumanoko</span>"), without the mark."""
    named = (node.attributes.get("class") or "").lower()
    whole = [word.translate(_CLASS_MARKS) for word in named.split()]
    holder = node if "username" in named or whole == [_POSTAUTHOR] else None
    holder = holder or node.css_first(_USERNAME)
    if holder is None:
        formatted = node.css_first(_FORMATTED_NAME)
        text = clean_text(formatted.text(deep=True)) if formatted is not None else ""
        marked = _MARKED_HANDLE.fullmatch(text)
        return marked.group(1) if marked else None
    text = clean_text(holder.text(deep=True))
    return text if _HANDLE.fullmatch(text) else None


# A member's handle, then their name in brackets ("@tanaka_t (田中 太郎)"): the handle written
# with its mark or with a character no name holds ("_", a figure).
_HANDLE_THEN_NAME = LazyPattern(
    r"(?:(?:@|id:)[\w.-]{3,30}|(?=[\w.-]*[\d_])[\w.-]{3,30})\s*[(（]([^()（）]+)[)）]", re.I
)


def bracketed_name(text: str) -> str | None:
    """The name a byline of a handle sets in brackets after it, or None."""
    found = _HANDLE_THEN_NAME.fullmatch(text)
    if found is None:
        return None
    name = found.group(1).strip()
    return name if looks_like_name(name) else None


# The link to the writer's own page in a blog's post line: WordPress's author archive, or the
# profile a rel=author link gives (Blogger's).
_MEMBER_LINK = "a[href*='/author/' i], a[rel~=author i]"
# A member name: one word of letters, digits, "_", "." or "-", with a letter; from five
# characters, as newsrooms' initials and desk codes are shorter ("red", "amw").
_MEMBER_NAME = LazyPattern(r"(?=[\w.-]*[^\W\d_])[\w.-]{5,30}")
_MEMBER_MARKS = LazyPattern(r"[._-]+")
# The text before the link read for its label: a post line's date and "by" ("Posted on
# 5 March 2024 by"), not a paragraph.
_LABEL_REACH = 60


def _labelled_member(node: LexborNode, text: str, url: str | None) -> str | None:
    """The member name a blog's post line credits by its link to the author's page, right
    after a byline label ("Posted on March 5, 2024 by <a href=/author/kimlee>kimlee</a>",
    "Автор: <a>olga_s</a>"): a WordPress login, no person's name in form, but the writer the
    page names. Not a label or placeholder ("admin", "redaktion"), nor a host's name, nor the
    site's own (a blog's first account, named after it: no one's); the label is what tells
    the writer's credit from a category's or a tag's link."""
    if not _MEMBER_NAME.fullmatch(text.rsplit(None, 1)[-1] if text else ""):
        return None  # the line ends with no member name: no query of its links
    links = [node] if node.tag == "a" else node.css(_MEMBER_LINK)
    if len(links) != 1 or not links[0].css_matches(_MEMBER_LINK):
        return None
    own = clean_text(links[0].text(deep=True))
    if not _MEMBER_NAME.fullmatch(own) or not_a_name(own) or is_host_name(own):
        return None
    if is_site_name(_MEMBER_MARKS.sub(" ", own), site_names_from_url(url)):
        return None
    if node.tag == "a":
        before = node.prev
        text = clean_text(before.text_content or "") if before and before.tag == "-text" else ""
    elif text.endswith(own):
        text = text[: -len(own)]
    else:
        return None
    return own if _label_closing().search(text[-_LABEL_REACH:]) else None


def _no_member(handle: str, url: str | None) -> bool:
    """Whether a handle names no member: a label or placeholder ("admin"), a host's name, or
    the site's own (a board's link home set where a poster's name stands)."""
    return (
        not_a_name(handle)
        or is_host_name(handle)
        or is_site_name(_MEMBER_MARKS.sub(" ", handle), site_names_from_url(url))
    )


@functools.cache
def _label_closing() -> re.Pattern[str]:
    """A byline label of any language closing a text ("… by", "Автор:", "投稿者")."""
    labels = alternation(LabelList.BYLINE)
    return re.compile(rf"(?<![^\W_])(?:{labels}){LABEL_END}\s*[:：]?\s*$", re.IGNORECASE)


# A forum post's poster block, as its whole class: SMF's "poster", phpBB's "postprofile",
# Discuz's "pls" (the poster's table cell beside the post's, "plc"). It holds the member's name
# (a link to their profile, maybe in a heading) and then their rank, post count, join date and
# place ("Full Member", "Posts: 1,234", "Joined: …", "積分"), which read as no byline. A
# forum's bare "<span class=user>" beside the post's date, and a Q&A site's user card,
# "user-details", its link to the member's profile before the reputation ("1,204").
_POSTER_CLASSES = frozenset({"poster", "postprofile", "pls", "user", "user-details"})
_POSTER_NAME_PARTS = "a, h4, dt, strong, b"


def _poster_block(node: LexborNode) -> bool:
    classes = (node.attributes.get("class") or "").lower().split()
    return not _POSTER_CLASSES.isdisjoint(classes)


def _poster_name(node: LexborNode, language: str | None) -> tuple[str, str] | None:
    """The member a poster block names, with its candidate's detail: the first of its links
    and headings whose whole text is one name ("byline") or a handle (``FORUM_HANDLE``)."""
    if _editor_card(node) or _in_site_header(node):
        return None
    # a bare "<span class=user>NAME</span>" is its own name part
    parts = node.css(_POSTER_NAME_PARTS) or ([node] if node.child is not None else [])
    for part in parts:
        own = clean_text(part.text(deep=True, separator=" "))
        if not own:
            continue
        names = split_byline(own, places_of=language)
        if len(names) == 1 and names[0] == own and looks_like_name(own):
            return own, "byline"
        if _HANDLE.fullmatch(own):
            return own, FORUM_HANDLE
    return None


_USER_CARD_CLASS = "user-details"  # a Q&A site's user card (see ``_POSTER_CLASSES``)
_USER_CARD = f"[class~={_USER_CARD_CLASS} i]"
_SIGNATURE_DEPTH = 3  # a user card's name, its card, the post's signature box


def _in_site_header(node: LexborNode) -> bool:
    """Whether a member's element stands in the site's header, outside any article: a log-in
    box's "user" (the visitor's name, signed in), no post's member."""
    current = node.parent
    header = False
    while current is not None and current.tag not in ("body", "html"):
        if current.tag in ("article", "main"):
            return False
        header = header or current.tag == "header" or current.attributes.get("role") == "banner"
        current = current.parent
    return header


def _editor_card(node: LexborNode) -> bool:
    """Whether a Q&A post's user card is its editor's: its signature box, one of two or
    more beside each other, is not the one whose class names the "owner" (the asker's card
    comes after an editor's: "edited …" beside "asked …")."""
    box: LexborNode | None = node
    for _ in range(_SIGNATURE_DEPTH):
        box = box.parent if box is not None else None
        if box is None:
            return False
        if "owner" in (box.attributes.get("class") or "").split():
            return False
    box = node
    for _ in range(_SIGNATURE_DEPTH):
        if box.parent is None:
            return False
        box = box.parent
        sibling = box.next
        while sibling is not None:
            if "owner" in (sibling.attributes.get("class") or "").split():
                return True
            sibling = sibling.next
    return False


_SIGNATURE_MAX_CHARS = 60  # a name or two, not a sentence
_EMPHASIS = "strong, b, em, i"


def signature_candidates(scope: LexborNode | None) -> Iterator[Candidate]:
    """The author signing the article at its end: its last paragraph, set flush right and
    in bold or italics, holding nothing but names ("<p style='text-align:right'><strong>Jane
    Doe</strong></p>"), and the agency it credits as a byline does ("Nguyễn Hoàng (TTXVN)",
    Vietnamese pages' signature). Read only when the scope has a paragraph set flush right."""
    if scope is None:
        return
    last = _last_paragraph(scope)
    if last is None or not _right_aligned(last):
        return
    text = clean_text(last.text(deep=True, separator=" "))
    emphasis = last.css_first(_EMPHASIS)
    if not text or len(text) > _SIGNATURE_MAX_CHARS or emphasis is None:
        return
    if clean_text(emphasis.text(deep=True, separator=" ")) != text:
        return
    names = split_byline(text)
    if names and all(looks_like_name(n) for n in names):
        yield cand("byline", text, "signature")
        yield cand("authors", tuple(names), "signature")
        if (agency := byline_agency(names, text)) is not None:
            yield cand("source", agency, BYLINE_AGENCY)


def _last_paragraph(scope: LexborNode) -> LexborNode | None:
    """The scope's last paragraph with text, before the credit lines closing it ("Theo
    VnExpress", "Nguồn: TTXVN" after the signature, Vietnamese pages)."""
    credits = 0
    for paragraph in reversed(scope.css("p")):
        text = paragraph.text(deep=True)
        if not text.strip():
            continue
        if credits < _MAX_CLOSING_CREDITS and _credit_start().match(text) is not None:
            credits += 1
            continue
        return paragraph
    return None


# Credit lines after a signature: the story's source, and a second (a photo's, a wire's).
_MAX_CLOSING_CREDITS = 2


@functools.cache
def _credit_start() -> re.Pattern[str]:
    return re.compile(r"^\s*" + alternation(LabelList.CREDIT) + LABEL_END, re.I)


_ALIGN_RIGHT = LazyPattern(r"text-align\s*:\s*right", re.I)


def _right_aligned(node: LexborNode) -> bool:
    attrs = node.attributes
    return bool(
        _ALIGN_RIGHT.search(attrs.get("style") or "")
        or (attrs.get("align") or "").lower() == "right"
    )
