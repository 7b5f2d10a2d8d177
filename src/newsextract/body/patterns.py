"""Generic, multilingual knowledge about page furniture: tags, class names and lines.

Nothing here names a site: these are the words that templates in many languages use for
navigation, sharing, teasers, ads and credits, so a block or container carrying them is
boilerplate on any site.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata

from ahocorasick_rs import AhoCorasick

from newsextract.label_openers import UNKNOWN, FirstLetterOpeners
from newsextract.labels import (
    LABEL_COLONS,
    LABEL_END,
    WORD_MARKS,
    LabelList,
    agency_line,
    alternation,
    calendar_words,
    clock_marks,
    clock_words,
    first_characters,
    languages,
    longest_first,
    news_agencies,
    picture_agencies,
    starts_with,
    word_alternation,
    words,
)
from newsextract.text import word_count

# Subtrees never read: no article text lives in them, and skipping them saves the walk.
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "video", "audio", "canvas", "map", "button", "select", "input", "textarea", "label",
        "option", "nav", "aside", "footer", "figure", "figcaption", "picture", "img", "head",
        "title", "meta", "link", "dialog", "source", "track", "menu", "fieldset", "legend",
        "#comment", "area", "param", "noembed", "noframes", "frame", "frameset", "applet",
        "progress", "meter", "output", "datalist", "slot", "portal", "time-ago",
        # AMP's components that hold an ad, an embed, a player, a share button, a menu or a
        # consent layer: what they show is the component's (an ad's "failed to load"
        # fallback), never the article's. ``amp-img`` and ``amp-list`` may hold text.
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel",
        "amp-consent", "amp-user-notification", "amp-social-share", "amp-sidebar",
        "amp-iframe", "amp-video", "amp-youtube",
    }
)  # fmt: skip

# Elements whose whole text is one paragraph-level block.
LEAF_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"})

# Elements that start a new block when met among inline content.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "ul", "ol", "li", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "address", "hr", "center", "details", "summary",
        "body", "html", "form", "hgroup", "search", "colgroup", "col",
    }
) | SKIP_TAGS  # fmt: skip

# Inline elements: their text joins the running paragraph of the enclosing block.
INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
        "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub",
        "sup", "time", "tt", "u", "var", "wbr", "del", "ins", "strike", "big", "nobr", "#text",
    }
)  # fmt: skip

HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# class/id words of boilerplate containers (matched on word-ish boundaries of the names).
# Not "hidden": in a compound it qualifies something else ("field-label-hidden", a responsive
# "hidden-xs"); the classes that hide an element are whole tokens (blocks._HIDDEN_CLASSES).
_NEGATIVE_WORDS = (
    r"share|sharing|social|socials|related|relacionad[oa]s?|correlat[ie]|verwandt|"
    r"newsletter|subscribe|subscription|signup|sign-up|paywall|piano|premium-box|cta|"
    r"comments?|commentaires?|kommentare?|disqus|respond|reply|replies|"
    r"cookie|consent|gdpr|banner|promo|promotion|teaser|teasers|recommend\w*|"
    r"outbrain|taboola|sponsor\w*|advert\w*|ads?|adslot|ad-?container|ad-?wrapper|adunit|"
    r"dfp|gpt|werbung|anzeige|publicite|pub|"
    r"sidebar|widget|breadcrumbs?|pagination|pager|tags?|tag-?list|keywords|topics|"
    r"byline|author|authors|autor|auteur|bio|caption|credit|credits|copyright|"
    r"meta|metadata|dateline|timestamp|date|"
    r"popup|modal|dialog|overlay|toolbar|tools|print|skip|"
    r"most-?read|most-?popular|trending|more-?stories|read-?more|readmore|see-?also|"
    r"also-?read|further-?reading|recirc\w*|next-?article|prev-?article|more-?from|"
    # a box of similar threads, posts or products ("similarthreads", "similar-posts")
    r"similar\w*|"
    r"prev|previous|prev-?next|next-?prev|post-?navigation|article-?navigation|"
    r"footer|masthead|navbar|nav|menu|header-?nav|jump-?link|toc|"
    r"video-?player|player|gallery|slideshow|carousel|embed|infobox|disclaimer|"
    # an affiliate or sponsorship disclosure ("affiliate-disclosure", "affiliate-hinweis") and a
    # recipe card's ask to rate or share the dish ("wprm-call-to-action"); a payment widget
    r"disclosures?|affiliate|call-?to-?action|klarna\w*|afterpay|clearpay|"
    # what a consent tool sets in place of an embed until the reader agrees ("Click here to
    # load content from YouTube"): a placeholder, a content blocker, an embedding's box
    r"placeholder|content-?blocker|embedding|"
    # what a player or an embed shows when it fails to load ("video-fallback": "We are sorry,
    # this video could not be played"), as AMP names its component's "fallback" too
    r"fallback|"
    # a health or fact-check page's notice of who reviewed it ("medically-reviewed", "reviewed-by",
    # "fact-checked-by", a "review-note"): a trust badge over the text, never the text; not a
    # bare "review" or "fact-check", which name a review's or a fact-check's own body
    r"medically-?reviewed|medical-?review|reviewed-?by|fact-?checked-?by|review-?note|"
    r"(?:media|image|img|pic|photo|foto|bild)-?(?:info|box|caption|credit|meta|legend)|"
    r"key-?points|key-?takeaways|takeaways|"
    # a forum post's or an answer's poster card, signature and vote counter, and the poster
    # named over a quoted post ("Originally Posted by …": vBulletin's "bbcode_postedby"), and
    # a table forum's cell of the poster's join date and post count (phpBB's "postdetails")
    r"userinfo|user-?info|user-?details|user-?extras?|usertitle|postprofile|postedby|"
    r"postdetails|"
    r"signature|signaturecontainer|votecell|vote-?count|reputation-?score|"
    # a post's or a recipe's count of votes and its star rating ("추천 15", "★★★★★ (128
    # โหวต)", "15 إعجاب"): the readers' tally, in any language, never the text
    r"votes?|ratings?|"
    # a post's or an answer's row of actions under it ("ContentItem-actions", "post-actions":
    # like, comment, share, save with their counts), whatever language its buttons are in
    r"actions|"
    # a notebook cell's execution counter ("In [1]:", "Out[1]:"), as nbconvert exports it
    # (JupyterLab's "jp-InputPrompt", the classic "prompt input_prompt")
    r"prompt|inputprompt|outputprompt|"
    # a forum's boxes under the thread: who is online, the board's statistics (phpBB's
    # "stat-block online-list", vBulletin's "whosonline")
    r"stat-?block|online-?list|whos-?online|who-?is-?online|"
    # a wiki's line under the entry's title naming the wiki ("From Examplepedia, the free
    # encyclopedia") and its redirect note ("Redirected from …"), as MediaWiki names them
    r"site-?sub|content-?sub|"
    # a search box: its label or placeholder text ("Search questions"), never the article's
    r"search|search-?box|search-?form"
)


@functools.cache
def _negative() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s_-])(?:{by_first_letter(_NEGATIVE_WORDS)})(?:$|[\s_-])")


# Words never found inside an innocent name, so matched anywhere (camelCase, glued).
@functools.cache
def _negative_anywhere() -> re.Pattern[str]:
    return re.compile(
        by_first_letter(
            r"comment|kommentar|share|sharing|social|related|newsletter|subscri|paywall|"
            r"promo|sidebar|advert|cookie|teaser|recommend|outbrain|taboola|breadcrumb|"
            r"pagination|consent|sponsor|trending|mostread|most-read|popular|readmore|read-more|signup|"
            r"widget|banner|byline|caption(?!ed)|copyright|disclaimer|footer|navigation|navbar|"
            # an e-mail's preview line over its web copy ("templatePreheader": "View this
            # e-mail in your browser"), as newsletter templates name it
            r"preheader|"
            r"twitter-tweet|instagram-media|tiktok-embed|social-embed"
        ),
    )


def by_first_letter(alternation: str) -> str:
    """``alternation`` with its top-level alternatives that open with a letter grouped by
    that letter (``sign up|subscribe`` becomes ``s(?:ign up|ubscribe)``): the same texts
    match, faster, as the regex engine tries every alternative at every position of the
    text and a group only where its letter is (a third to two fifths less time on class
    words and box prompts). The other alternatives follow the groups unchanged, so which
    alternative matches may differ: for patterns whose match is tested, not read."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alternative in _top_level(alternation):
        if alternative[:1].isalnum() and alternative[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(alternative[0], []).append(alternative[1:])
        else:
            others.append(alternative)
    grouped = [
        letter + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0])
        for letter, rests in groups.items()
    ]
    return "|".join(grouped + others)


def _top_level(alternation: str) -> list[str]:
    """The alternatives of ``alternation`` outside any group or character class."""
    parts: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(alternation):
        char = alternation[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(alternation[start:index])
            start = index + 1
        index += 1
    parts.append(alternation[start:])
    return parts


_POSITIVE = re.compile(
    by_first_letter(
        r"article|artikel|body|content|entry|main|post|story|text|texte|rich-?text|prose|"
        r"paragraph|copy|inhalt|corpo|cuerpo|contenu|materia|noticia"
    ),
)
_STRONG_POSITIVE = re.compile(
    by_first_letter(
        r"article[-_]?(?:body|content|text)|story[-_]?(?:body|content|text)|"
        r"(?:entry|post|news|main)[-_]?(?:body|content|text)|articlebody|rich-?text|body-?text|"
        r"artikel[-_]?(?:body|text|inhalt)|content[-_]?body|text[-_]?body|paywall-?content"
    ),
)


_STRONG_NEGATIVE = re.compile(
    by_first_letter(
        r"comment|kommentar|disqus|related|recommend|outbrain|taboola|newsletter|social|"
        r"share|sharing|most-?read|mostpopular|most-?popular|trending|recirc|cookie|consent|"
        r"twitter-tweet|instagram-media|tiktok-embed|social-embed"
    ),
)


# Names of a box drawn over the page (a login or registration modal, a cookie or consent
# layer): its form labels and messages are never the article, however much text they hold.
# A word after "enable-", "has-", "with-" names a feature the element offers or holds
# ("penci-enable-lightbox" on a page-wide layout), not what the element is; "lightbox" is no
# overlay word at all: it names where a gallery's pictures open ("js-lightbox-gallery").
_OVERLAY = re.compile(
    r"(?:^|[\s_])(?:(?!(?:enable|enabled|has|with|without|no|use|allow|show|hide|is)[-_])"
    r"[a-z0-9]+[-_])*(?:modal|dialog|popup|overlay|cookie|consent|gdpr)(?:$|[\s_-])"
)


@functools.lru_cache(maxsize=4096)  # a template repeats its names
def is_overlay(names: str) -> bool:
    """Whether a container's class/id names a box drawn over the page."""
    return _OVERLAY.search(names.lower()) is not None


# State modifiers name a feature of the page, not the element: "comments-enabled" on the
# article wrapper, "without-sidebar" on the layout, "header-has-actions" on a recipe's
# "Ingredients" heading (with its unit switch beside it). Not "show-": "show-comments" names the
# box that shows them (a prompt to join the discussion under the text), as a button would
# (halves A/B: fundus body F1 +0.0005/0, fundus-eval +0.0015/0, trafilatura snippets 0/0).
_STATE_MODIFIER = re.compile(
    r"(?:^|[\s_-])(?:has|with|without|no|hide)[-_]+(?:comments?|sidebar|ads?|share|social|"
    r"related|banner|actions?|ratings?|votes?)s?(?=$|\s)|"
    r"(?:^|[\s_-])(?:comments?|ads?|sidebar|share|social)[-_]+(?:enabled|disabled|on|off|open|"
    r"closed|allowed|active|inactive)(?=$|\s)"
)
# What every match of ``_STATE_MODIFIER`` holds: a modifier word and the separator after it,
# or a separator and the state word after it. Searched first: half the time of the
# substitution (whose opening "start or separator" has the engine try every position), and
# 94% of the weighed names with a separator hold none.
_STATE_MODIFIER_HINT = re.compile(
    r"(?:has|with|without|no|hide)[-_]|"
    r"[-_](?:enabled|disabled|on|off|open|closed|allowed|active|inactive)"
)


def _without_state_modifiers(lower: str) -> str:
    """``lower`` (a class/id string in lower case) with its state modifiers cut."""
    if ("-" in lower or "_" in lower) and _STATE_MODIFIER_HINT.search(lower):
        return _STATE_MODIFIER.sub(" ", lower)
    return lower


# The weights of ``class_weight`` in the order they win: a name is as strong as its
# strongest word, and a body-ish word outranks any boilerplate one.
_WEIGHT_ORDER = (2, -2, -1, 1)


@functools.lru_cache(maxsize=8192)  # templates repeat the same names on many elements
def class_weight(names: str) -> int:
    """-2 for names of furniture that may hold prose (comments, related stories), -1 for
    other boilerplate names, +1 for article-ish ones, +2 for body-ish, else 0.

    A name that is both (``article-related``) counts as boilerplate only when no positive
    word dominates it: ``article-share-bar`` is furniture, ``article-body`` is not.

    The names weigh as their strongest word, in ``_WEIGHT_ORDER``. No pattern reaches across
    white space, so each pattern is searched in the whole string at once: a word's weight is
    the first of the patterns, in that order, that it matches, and that order is the order
    in which the weights win, so the first pattern any word matches gives the names' weight
    (one search of the whole string a pattern, where a search a word cost more: a page's
    words are as often new as its class strings).
    """
    lower = names.lower()  # the patterns are lower-case: cheaper than IGNORECASE
    if _any_weight().search(lower) is None:
        return 0  # most names: one search (cutting a state modifier only removes matches)
    lower = _without_state_modifiers(lower)
    if _STRONG_POSITIVE.search(lower):
        return 2
    if _STRONG_NEGATIVE.search(lower):
        return -2
    if _negative().search(lower) or _negative_anywhere().search(lower):
        return -1
    if _POSITIVE.search(lower):
        return 1
    return 0


@functools.lru_cache(maxsize=4096)  # a template repeats its names
def furniture_words(names: str) -> frozenset[str]:
    """The boilerplate words of ``class_weight``'s weak kind (-1) that a class/id string
    carries, as matched ("ad" of "ad-attributes"; state modifiers cut first): what a name
    would be judged furniture by."""
    lower = _without_state_modifiers(names.lower())
    found = {m.group(0).strip(" \t\n_-") for m in _negative_words().finditer(lower)}
    found.update(m.group(0) for m in _negative_anywhere().finditer(lower))
    return frozenset(found)


@functools.cache
def _negative_words() -> re.Pattern[str]:
    """``_negative``'s words, each match ending before the next word's separator so that
    ``finditer`` finds neighbours ("ad-box ad-item") too."""
    return re.compile(rf"(?:^|[\s_-])(?:{by_first_letter(_NEGATIVE_WORDS)})(?=$|[\s_-])")


@functools.cache
def _any_weight() -> re.Pattern[str]:
    """Names any pattern of ``class_weight`` matches: their union, searched once. None of
    the patterns reaches across white space (``_negative``'s edges take it for the start
    or end of a word), so a word's match is one of the names it is in."""
    plain = (_STRONG_POSITIVE, _STRONG_NEGATIVE, _negative_anywhere(), _POSITIVE)
    return re.compile(
        by_first_letter("|".join(pattern.pattern for pattern in plain)) + "|" + _negative().pattern
    )


# Furniture words that name the page's own text as often as furniture: a story's own lead
# is its "teaser" as often as a card for another story is, and a "read more" expander holds
# the collapsed rest of the text as often as a read-more link leads elsewhere. ("widget"
# too: trafilatura A +0.0008, fundus B -0.0004, not taken.)
_CONTENT_DECIDES = ("teaser", "readmore", "read-more")


@functools.lru_cache(maxsize=4096)
def story_teaser_weight(names: str) -> int | None:
    """The weight of names that are furniture only for a word of ``_CONTENT_DECIDES``, as
    if that word were absent; ``None`` for any other names. What the container holds tells
    the page's own text from furniture (``scoring.tally``)."""
    lower = names.lower()
    if not any(word in lower for word in _CONTENT_DECIDES):
        return None
    rest = " ".join(w for w in names.split() if not any(x in w.lower() for x in _CONTENT_DECIDES))
    weight = class_weight(rest)
    return weight if weight >= 0 else None


# Lines that are furniture whatever their container: ad labels, read-more links, credits,
# bylines, source and tag lines, share prompts. Only tested on short blocks.
@functools.cache
def _label_line() -> re.Pattern[str]:
    """An ad's or a widget's label alone on a line ("Advertisement", "Reklam", "Up next")."""
    labels = alternation(LabelList.AD_LABELS, LabelList.WIDGETS)
    return re.compile(rf"^\W*{labels}\W*$", re.IGNORECASE)


# An ad label set off before a few words is a disclosure ("Anzeige, enthält Affiliate
# Links", "Advertisement | Partner content"): at most a short line, a sentence is text.
_DISCLOSURE = 60


@functools.cache
def _disclosure_line() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.AD_LABELS)}\s*[,:|–—-]\s*\w", re.IGNORECASE)


# An excerpt of another page: text cut off by an ellipsis before a read-more link, or a
# read-more link with an ellipsis or arrow after it ("… Weiterlesen …", "[…] Read more »").
@functools.cache
def _excerpt_end() -> re.Pattern[str]:
    phrase = alternation(LabelList.READ_MORE)
    return re.compile(
        rf"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*{phrase}\W*$|\b{phrase}\s*(?:…|\.\.\.|»|→|›|>>)\W*$",
        re.IGNORECASE,
    )


def is_excerpt(text: str, links: int) -> bool:
    """Whether a block with links is another page's excerpt ending in its read-more link."""
    if links <= 0:
        return False
    tail = text[-_EXCERPT_TAIL:]
    # Every match holds one of the marks (a scan in C each; few blocks end with one, and the
    # search tried every read-more phrase at every position: 17 µs a linked block).
    return any(mark in tail for mark in _EXCERPT_MARKS) and _excerpt_end().search(tail) is not None


# The marks around an excerpt's read-more link, one of which every match of
# ``_excerpt_end`` holds ("[…]" and "[...]" hold the first two).
_EXCERPT_MARKS = ("…", "...", "»", "→", "›", ">>")


# The end of a block searched for a read-more link: the longest phrase and its marks.
_EXCERPT_TAIL = 80


@functools.cache
def _read_more_line() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.READ_MORE)}{LABEL_END}", re.IGNORECASE)


# A longer read-more line is a teaser headline only when the label is set off (":", "|").
@functools.cache
def _read_more_label() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.READ_MORE)}\s*[:：|>»]", re.IGNORECASE)


# A copyright mark ending a short line credits a picture: "Odermatt at the start. © AFP /
# Jane Roe"; a credit is a name or two (60 characters), a longer tail after it is prose.
_COPYRIGHT_CREDIT = 60


@functools.cache
def _credit_tail() -> re.Pattern[str]:
    """Captions and image credits that end a line: "(Image: Getty)", "Bildrechte: dpa",
    "Name | Agency | Getty Images" (the agencies from the data)."""
    agencies = longest_first(news_agencies() | picture_agencies())
    return re.compile(
        r"(?:\(|\b)(?:image|images|photo|photos|picture|foto|fotos|bild|bildrechte|credit|"
        r"crédit|crédito|quelle)(?:\(s\))?\s*:\s*[^.!?]{2,80}\)?\s*$|"
        rf"\|\s*(?:{'|'.join(map(re.escape, agencies))})\s*$|"
        rf"(?:^|[\s|(])©\s*(?:[^©.!?]|\.(?=\S)){{2,{_COPYRIGHT_CREDIT}}}$",
        re.IGNORECASE,
    )


# What sets a credit off from the caption before it: spaces, bars and dashes.
_CREDIT_SEPARATORS = " \t|–—-/,;"


def without_credit(caption: str) -> str:
    """A figure's caption without the picture credit ending it ("The new wheel is larch.
    Foto: Jan Vlček" -> "The new wheel is larch."): the caption says what the picture shows,
    the credit who took it. A caption that is only a credit is returned whole (a credit line)."""
    if not (":" in caption or "|" in caption or "©" in caption or _CREDIT_MARKS & set(caption)):
        return caption
    match = _credit_tail().search(caption) or _labelled_credit_tail().search(caption)
    if match is None:
        return caption
    before = caption[: match.start()].rstrip(_CREDIT_SEPARATORS + "([（")
    return before if _WORD.search(before) else caption


# A caption closing with its picture's credit in brackets, a name and a picture agency or
# stock library set off by a slash ("(mlharing / iStock.com)", "(AP Photo/Jane Roe)"): the
# bracket holds at most this many characters. A bracket with no slash is an abbreviation as
# often ("Environmental Protection Agency (EPA)").
_BRACKETED_PICTURE_CREDIT = 60


def _is_bracketed_picture_credit(text: str) -> bool:
    if text[-1:] not in (")", "）"):
        return False
    opening = max(text.rfind("("), text.rfind("（"))
    inside = text[opening + 1 : -1]
    if opening < 0 or len(inside) > _BRACKETED_PICTURE_CREDIT or "/" not in inside:
        return False
    return _picture_agency().search(inside) is not None


@functools.cache
def _picture_agency() -> re.Pattern[str]:
    names = "|".join(map(re.escape, longest_first(picture_agencies())))
    return re.compile(rf"(?<![^\W_])(?:{names})(?![^\W_])", re.IGNORECASE)


# The marks after a credit's label in the languages that do not write a colon there: Korean
# "[사진=연합뉴스]", the full-width colon of Chinese and Japanese "（图片来源：宜昌日报）", and the
# other label colons (``LABEL_COLONS``: Amharic "ፎቶ፦ …").
_CREDIT_MARKS = frozenset("=" + LABEL_COLONS) - {":"}
_CREDIT_MARK_LIST = (":", *sorted(_CREDIT_MARKS))


@functools.cache
def _labelled_credit_tail() -> re.Pattern[str]:
    """A credit ending a caption under a label of the language data (``contributors``,
    ``credit``: "사진", "图片来源", "写真", "Grafik") and a colon or "=", in brackets or not:
    "… 2026.11.30 [사진=연합뉴스]", "…长江。（图片来源：宜昌日报）". A date set before it is
    the picture's, and goes with it. A label the data writes with its full stop is an
    abbreviation that takes no colon: Polish "Fot. PAP/Jan Kowalski"."""
    label = alternation(LabelList.CONTRIBUTORS, LabelList.CREDIT)
    kinds = (LabelList.CONTRIBUTORS, LabelList.CREDIT)
    abbreviated = [w for kind in kinds for w in words(kind) if w.endswith(".")]
    marked = rf"{label}\s*[{LABEL_COLONS}=]"
    if abbreviated:
        marked = rf"(?:{marked}|{word_alternation(abbreviated)})"
    return re.compile(
        r"(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?\s*)?[\[(（/]?\s*"
        rf"(?<![^\W_]){marked}\s*[^.!?。！？\[\]()（）]{{1,80}}[\])）]?\s*$",
        re.IGNORECASE,
    )


# A line closing with a credit under a label of the language data ("… Fotó: MTI/Kovács",
# "… Φωτογραφία: Eurokinissi", "… 写真：共同"): the label and the name fit in this many
# characters at the line's end, where the credit is looked for.
_LABELLED_CREDIT_TAIL = 100


def _is_labelled_credit(text: str) -> bool:
    """Whether a short line closes with a picture's (or another contributor's) credit under
    a label of the language data: a caption set as a paragraph of its own, outside
    ``<figure>``, with its credit ("Egy HÉV-szerelvény az Örs vezér terén. Fotó: MTI/X").
    The English and German labels ``_credit_tail`` reads; this reads every language's.

    Read from the last mark on: the words before it are looked up (one to three, the
    longest label's), the credit after it is a name or two without a sentence's mark; an
    abbreviated label ("Fot. PAP/…") is looked for as written. No regex of every language's
    labels is run over the line (it took two thirds of the furniture test's time)."""
    start = len(text) - _LABELLED_CREDIT_TAIL
    # The marks' last places in the tail alone (one before it is no credit's either way), by
    # C calls; an ASCII tail (a flag) can hold only the ASCII marks.
    lo = max(0, start)
    tail = text[lo:] if lo else text
    if tail.isascii():
        at = max(tail.rfind(":"), tail.rfind("="))
    else:
        at = max(map(tail.rfind, _CREDIT_MARK_LIST))
    at = at + lo if at >= 0 else -1
    if at >= 0 and at >= start and _is_credit_after(text[at + 1 :]):
        before = _CREDIT_WORD_SEPARATORS.split(text[max(0, start) : at].rstrip().lower())
        labels = _credit_labels()
        if any(" ".join(before[-size:]) in labels for size in range(1, _LABEL_WORDS + 1)):
            return True
    for label in _abbreviated_credit_labels():  # as written, capitalised or in capitals
        found = text.rfind(label, lo)
        if found >= 0 and found >= start and (found == 0 or not text[found - 1].isalnum()):
            return _is_credit_after(text[found + len(label) :])
    return False


# What sets a label off from the caption before it: spaces, brackets, slashes, bars and the
# full stops and commas of the scripts ("…ホーム。写真：共同", "…长江（图片来源：宜昌日报）").
_CREDIT_WORD_SEPARATORS = re.compile(r"[\s\[\](){}（）【】/|,;。、]+")
# A label is one to three words ("photo", "texto e fotos", "mpiga picha").
_LABEL_WORDS = 3
# A credit after its label: a name or two, no sentence's mark ("MTI/Koszticsák Szilárd").
_CREDIT_NAME = 80
_SENTENCE_MARK = re.compile(r"[.!?。！？]")


def _is_credit_after(after: str) -> bool:
    after = after.strip().rstrip(")]）】").strip()
    return 0 < len(after) <= _CREDIT_NAME and _SENTENCE_MARK.search(after) is None


@functools.cache
def _credit_labels() -> frozenset[str]:
    """The contributors' and credit labels of every language, lower case, each word joined
    by one space."""
    kinds = (LabelList.CONTRIBUTORS, LabelList.CREDIT)
    return frozenset(" ".join(w.lower().split()) for kind in kinds for w in words(kind))


@functools.cache
def _abbreviated_credit_labels() -> tuple[str, ...]:
    """The labels the data writes with their full stop, taking no colon (Polish "fot."), as
    written, capitalised and in capitals: looked for with ``str.rfind``, which is ten times
    faster than a regex search of the line."""
    labels = [label for label in _credit_labels() if label.endswith(".")]
    return tuple(
        dict.fromkeys(f(label) for label in labels for f in (str, str.capitalize, str.upper))
    )


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# A contact line is a label and one or two names beside their addresses ("Write to Jane
# Roe at … and John Smith at …" is nine words): a line with more words around an address is
# a sentence of the text ("Please do not file a public issue; instead send your report …").
_CONTACT_WORDS = 10
# A contact block set as lines (``<br>``): a label, a name, a telephone and an address, each
# a line ("Pressekontakt:\nMax Muster\nTel. 030 123\nE-Mail: presse@…"); each line is
# read as a contact line is, and an address block has no more than this many.
_CONTACT_LINES = 6


def _is_contact_line(text: str) -> bool:
    """Whether a block holding an address is a contact line, or a contact block of short
    lines (``_CONTACT_LINES``), rather than a sentence of the text that names one."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) <= _CONTACT_LINES and all(
        len(_WORD.findall(_EMAIL.sub(" ", line))) <= _CONTACT_WORDS for line in lines
    )


# A telephone number set as a line of its own, with at most a short label ("Tel.", "Telp:"):
# it opens as numbers to dial do, with "+", a trunk "0" or an area code in brackets, and
# holds eight digits or more ("0812 3456 7890", "+49 7131 55 20"); a figure ("1 234 567")
# opens otherwise.
_PHONE_LINE = re.compile(r"(?:[^\W\d]{1,6}\.?:?\s*)?(?:\+|0|\()[\d\s()./-]{7,}")
_PHONE_DIGITS = 8


def _is_phone_contact(text: str) -> bool:
    """Whether a block set as short lines (``<br>``) is a contact block giving a telephone
    number and no address ("Media contact:\nJane Roe\n0812 3456 7890"): two lines at
    least, as many as an address block's at most, the first a label closed by a colon (a
    venue's box in a review, its name, address and number, is the review's), each as short
    as a contact line's, none a sentence, one a telephone number."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _CONTACT_LINES or not lines[0].endswith((":", "：")):
        return False
    if any(len(_WORD.findall(line)) > _CONTACT_WORDS or ends_as_sentence(line) for line in lines):
        return False
    return any(
        _PHONE_LINE.fullmatch(line) is not None
        and sum(char.isdigit() for char in line) >= _PHONE_DIGITS
        for line in lines
    )


# Date lines: a date or time with at most a few other words (a section, a name).
@functools.cache
def _date_signal() -> re.Pattern[str]:
    r"""A time of day, a numeric date, a year from 1900 to 2099, "3 hours ago" or a CJK date.

    Every signal opens with a digit, so the pattern opens with one too, and the regex engine
    skips to the digits of a line instead of trying each signal at every position (half the
    time of a line with a number and no date). The word boundary some signals need before
    their first digit is asked after it, looking back at the character before (``(?<!\w\d)``),
    and the year's first digit by a look back (``(?<=1)9``): the same matches as
    ``\d{1,2}[:.h]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}|...``, at the same
    places."""
    return re.compile(
        r"\d(?:\d?[:.h]\d{2}\b|(?<!\w\d)\d{0,3}[./-]\d{1,2}[./-]\d{2,4}\b|"
        r"(?<!\w\d)(?<=1)9\d{2}|(?<!\w\d)(?<=2)0\d{2}|"
        r"(?<!\w\d)\d*\s*(?:min|mins|minutes?|hours?|hrs?|days?)\s+ago\b|\d*\s*[年月日時])",
        re.IGNORECASE,
    )


# A date more precise than a year: a time, a numeric date, "3 hours ago", a CJK date.
_PRECISE_DATE = re.compile(
    r"\d{1,2}[:.h]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|"
    r"\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?)\s+ago\b|\d+\s*[年月日時]",
    re.IGNORECASE,
)
# Words a date line is made of besides numbers (up to 12 characters: "03", "2021", "5th",
# "10h30"): month and day names (dateparser's), then the words around a date and time in the
# language data ("published", "um", "kl"), dateparser's clock and "ago" words, and these
# time zones and clock words, which are no language's.
_ZONE_AND_CLOCK_WORDS = frozenset(
    ["am", "pm", "jst", "est", "edt", "gmt", "bst", "cet", "cest", "utc", "pst", "pdt"]
)
_DATE_WORD_LISTS = (LabelList.DATE_WORDS, LabelList.PUBLISHED, LabelList.UPDATED)


# A calendar name's form this long is no other language's short word: the three- and
# four-letter abbreviations are ("die", "out", "mar", "maj"), the inflected forms are not.
_INFLECTED_MONTH = 5


@functools.cache
def _date_names() -> tuple[frozenset[str], frozenset[str]]:
    """The calendar names, and every word a date line may hold besides numbers."""
    calendar = calendar_words(abbreviations=False) | calendar_words("en")  # "Mar 3, 2024"
    # A month's other long forms: the case a date is written in ("12 grudnia 2026",
    # "3 декабря 2025", "5. joulukuuta"), which is not the longest form of every language.
    calendar |= {name for name in calendar_words() if len(name) >= _INFLECTED_MONTH}
    labels = {w for kind in _DATE_WORD_LISTS for phrase in words(kind) for w in phrase.split()}
    return calendar, calendar | labels | clock_words() | _ZONE_AND_CLOCK_WORDS


# A time of day a clock's word is written against: hours and minutes, or an hour's figure
# before a CJK hour sign ("10:30", "10時30分", "3点").
_CLOCK_TIME = re.compile(r"\d{1,2}(?:[:.]\d{2}|[時时点點시])")


@functools.cache
def _clock_mark_words() -> tuple[frozenset[str], frozenset[str], int]:
    """``clock_marks``, lower case, and the length of the longest word of a half of the day."""
    letters, halves = clock_marks()
    return letters, halves, max(map(len, halves), default=0)


def _without_clock_marks(text: str, start: int) -> str:
    """``text`` without the clock's words written against its times from ``start`` on: a
    word of a half of the day right before the figures ("上午10:30", "午前10時30分"), a
    clock's letter right after hours and minutes ("١٠:٣٠ ص", "10:30 น."), which alone is no
    word of a date (an initial, a list's letter). A dot after the letter stays: a
    sentence's or the abbreviation's, the line's closing mark decides ("Ended at 18.40 h."
    is a sentence). Looked up in sets at each time's two ends, not searched for."""
    letters, halves, longest = _clock_mark_words()
    parts: list[str] = []
    done = 0  # the end of the text already copied to ``parts``
    for time in _CLOCK_TIME.finditer(text, start):
        begin, end = time.start(), time.end()
        for length in range(min(longest, begin - done), 1, -1):
            if text[begin - length : begin].lower() in halves:
                begin -= length
                break
        after = end + 1 if text[end : end + 1].isspace() else end
        if (
            time.group()[-1].isdecimal()
            and text[after : after + 1].lower() in letters
            and not _WORD_CHAR.match(text, after + 1)
        ):
            end = after + 1
        if begin != time.start() or end != time.end():
            parts += [text[done:begin], time.group()]
            done = end
    return "".join([*parts, text[done:]]) if parts else text


_WORD_CHAR = re.compile(r"\w")


# More words than this besides a date's own (a place, a label, an author) make a line
# that says more than a date ("Berlin, 5. März 2024" is one; a sentence with a date is not).
_DATE_MAX_WORDS = 3
# A label opening a line: one to three words and a colon ("Termin:", "Kick-off time:").
_LINE_LABEL = re.compile(r"^\W*([^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2})\s*:")
# A word of a date or a time written in figures: digits, with the units and ordinal endings
# written inside it ("5th", "1er", "12h30", "2021年3月5日", "10時30分"). A word that only
# starts with a figure ("3カ月間試行する", "3D-Drucker") is an ordinary word.
_FIGURE_WORD = re.compile(
    r"\d+(?:(?:st|nd|rd|th|er|e|º|h|[年月日时時分秒년월일시초])\d*)*", re.IGNORECASE
)


@functools.cache
def _byline_line() -> re.Pattern[str]:
    """A byline or a contributor's credit opening a line ("By …", "Par …", "Edited by …"), or
    such a label alone ("Autor*in:", its name in the next block)."""
    phrases = [*words(LabelList.BYLINE), *(w for w in words(LabelList.CONTRIBUTORS) if " " in w)]
    escaped = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in phrases), key=len, reverse=True)
    return re.compile(
        rf"^(?:{'|'.join(escaped)}){LABEL_END}(?::?\s+(?P<name>\S)|\W*$)", re.IGNORECASE
    )


def _is_byline_line(text: str) -> bool:
    """A byline opens with its label and a name: a word in lower case after the label starts
    a sentence ("By the end of the module you should be able to:"), unless it is an agency
    written so ("von dpa"), and a figure there is a time or a count ("By 10 am")."""
    match = _byline_line().match(text)
    if match is None or match["name"] is None:
        return match is not None
    if match["name"].isdecimal():
        return False  # a time, a date or a count follows ("By 10 am", "Von 8 bis 12 Uhr")
    if not match["name"].islower():
        # "By Saturday the pitch was…", "Von Montag an gilt…": a day or month, then a word
        # in lower case, is a sentence ("By April Smith" names someone).
        words = text[match.start("name") :].split(maxsplit=2)
        day = words[0].strip(".,;:").lower()
        return not (len(words) > 1 and day in _date_names()[0] and words[1][:1].islower())
    first = text[match.start("name") :].split(maxsplit=1)[0].strip(".,;:")
    return first in news_agencies()


@functools.cache
def _credit_line() -> re.Pattern[str]:
    """A labelled credit, tag, category or date line ("Source:", "Foto:", "Schlagworte:",
    "Mis à jour :"), or a copyright line."""
    labels = alternation(
        LabelList.CREDIT,
        LabelList.CONTRIBUTORS,
        LabelList.TAGS,
        LabelList.CATEGORIES,
        LabelList.PUBLISHED,
        LabelList.UPDATED,
    )
    return re.compile(
        rf"^\W*(?:{labels}|copyright|©|\(c\))\s*[{LABEL_COLONS}|=]|^\W*(?:©|\(c\)|copyright\b)",
        re.IGNORECASE,
    )


# A category line without links: a category label, then a section's name or a few
# ("Filed under: Recipes", "Posted in Soups, Winter"). The label is set off by a colon, or is
# one of several words with a name in capitals after it: a one-word label opens sentences
# ("Category 4 storms …"), and so does a longer one before a word in lower case.
_CATEGORY_NAME_WORDS = 4  # a few short section names; more words are a clause


@functools.cache
def _category_line() -> re.Pattern[str]:
    labels = alternation(LabelList.CATEGORIES)
    return re.compile(
        rf"^\W*(?P<label>{labels}){LABEL_END}\s*(?P<colon>[{LABEL_COLONS}]?)\s*"
        rf"(?P<names>[^\W\d_][^.!?\d{LABEL_COLONS}]*?)\W*$",
        re.IGNORECASE,
    )


def category_line_names(text: str) -> tuple[str, ...]:
    """The section names a category line without links gives (see above), else ()."""
    match = _category_line().match(text)
    if match is None:
        return ()
    names = match["names"]
    if " " in names and (byline := _closing_byline().search(names)) is not None:
        person = byline["person"].split()
        if _PERSON_WORDS[0] <= len(person) <= _PERSON_WORDS[1] and all(
            word[0].isupper() for word in person
        ):
            names = names[: byline.start()]  # "Posted in Soups by Ada Stone": names end there
    if len(names.split()) > _CATEGORY_NAME_WORDS:
        return ()
    if not match["colon"] and (" " not in match["label"] or not names[:1].isupper()):
        return ()
    return tuple(name for part in _NAME_SEPARATORS.split(names) if (name := part.strip()))


# A byline closing a category line ("Posted in Soups by Ada Stone"): a byline label in lower
# case (a section's name is capitalised: "Words") before a person's name of two or three
# capitalised words, to the line's end ("Sopa de Tomate" names no one).
_PERSON_WORDS = (2, 3)


@functools.cache
def _closing_byline() -> re.Pattern[str]:
    """A byline label and the person's name closing a category line (every language's)."""
    return re.compile(rf"\s(?:{alternation(LabelList.BYLINE)})\s+(?P<person>[^\d]+)$")


_NAME_SEPARATORS = re.compile(r"[,;|·•/]")


# A share or comment prompt: its label and a few words more ("Partager sur Facebook",
# "Kommentare (12)"); a single-word label followed by a sentence may be prose ("Teilen
# der Stadt …").
_SHARE_EXTRA_WORDS = 4


# A count before a comment or share label is the counter a post's meta line shows ("12
# Comments", "23 komentarze"): the label ends the line.
_COUNT = re.compile(r"^\W*\d[\d.,]*\s+")


def _is_share_line(text: str, *, labelled: bool = True) -> bool:
    """``labelled``: the line may open with a label (``_opening_label``); when it cannot,
    its share or comment label is only looked for after a count."""
    count = None if text[:1].isalpha() else _COUNT.match(text)  # most lines open with a word
    if count is not None:
        rest = text[count.end() :]
        label = starts_with(LabelList.SHARE, LabelList.COMMENTS).match(rest)
        if label is not None and not _WORD.search(rest, label.end()):
            return True
    match = starts_with(LabelList.SHARE, LabelList.COMMENTS).match(text) if labelled else None
    if match is None:
        return _is_share_bar(text) or _share_prompt_verb_last(text)
    # A label of more words before the channels ("Partilhe este artigo: Facebook X …") is
    # still a share bar.
    return (
        " " in match.group(0).strip()
        or len(text[match.end() :].split()) <= _SHARE_EXTRA_WORDS
        or _is_share_bar(text)
    )


# A share prompt in a language that puts the verb last, in a script without Latin letters
# ("このニュースをシェア", "기사 공유하기"), ends with the share word: a line this short that
# does is a prompt. (Latin-script lines are left out: "Market share" is a heading.)
_VERB_LAST_PROMPT_CHARS = 16


def _share_prompt_verb_last(text: str) -> bool:
    if len(text) > _VERB_LAST_PROMPT_CHARS or any("a" <= c.lower() <= "z" for c in text):
        return False
    return _share_at_end().search(text) is not None


@functools.cache
def _share_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(LabelList.SHARE)})\W*$", re.IGNORECASE)


# The channels a share bar offers: brand names, no language's words ("email" and "print"
# label the same buttons in English-language templates worldwide).
_SHARE_CHANNELS = frozenset(
    ["facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest",
     "email", "e-mail", "mail", "messenger", "xing", "flipboard", "pocket", "threads",
     "bluesky", "mastodon", "tumblr", "vk", "line", "viber", "print", "copy", "sms"]
)  # fmt: skip
# A share bar names at least three channels, and they are half its words besides figures
# (a date or a share count beside the buttons: "03 May 2025 Facebook Email WhatsApp 4").
_SHARE_BAR_CHANNELS = 3


# A share bar is a few buttons: more words than this is a line of text.
_SHARE_BAR_WORDS = 16


def _is_share_bar(text: str) -> bool:
    parts = text.lower().split()  # in C: most lines fail the length or the channel test
    if not _SHARE_BAR_CHANNELS <= len(parts) <= _SHARE_BAR_WORDS or _SHARE_CHANNELS.isdisjoint(
        parts
    ):
        return False
    words = [w for w in (p.strip(_PUNCTUATION) for p in parts) if w and not w.isdecimal()]
    channels = sum(1 for w in words if w in _SHARE_CHANNELS)
    return channels >= _SHARE_BAR_CHANNELS and 2 * channels >= len(words)


_PUNCTUATION = ".,;:!?|·•()[]"


@functools.cache
def _all_rights() -> re.Pattern[str]:
    """A copyright notice's reservation ("all rights reserved", "alle rechte vorbehalten"),
    searched anywhere in a line the caller has put in lower case: a pattern without
    IGNORECASE lets the engine skip to the places where a phrase's first letter stands
    (2.1 µs a short line, against 5.6 with IGNORECASE and a lookahead)."""
    return re.compile(word_alternation({word.lower() for word in words(LabelList.RIGHTS_RESERVED)}))


@functools.cache
def _rights_words() -> AhoCorasick:
    """A word every match of ``_all_rights`` holds as written: each reservation's longest
    word (a space in it matches any white space). A line holding none of them (nearly
    every line) holds no reservation, which one pass of an Aho-Corasick automaton tells in
    less than half the time of the search. The search is built with it (by the warm-up)."""
    _all_rights()
    reservations = words(LabelList.RIGHTS_RESERVED)
    return AhoCorasick(sorted({max(w.lower().split(), key=len) for w in reservations}))


# A word with its combining marks: an Indic vowel sign or virama goes on with the word
# ("वर्मा" is one word, not three that push a byline's count past a date line's).
_WORD = re.compile(rf"[\w{WORD_MARKS}]+")
_DIGIT = re.compile(r"\d")
# A pagination line: at most this long ("« Previous page 1 2 3 4 5 … 12 Next page »"); a
# longer line of such words is a sentence about pages.
_PAGINATION_LINE = 80


@functools.cache
def _pagination_words() -> frozenset[str]:
    """Every language's words of a pagination line (``data/pagination.toml``)."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "pagination.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return frozenset(word for words in data.values() for word in words)


def is_pagination_line(text: str) -> bool:
    """Whether a short line is the article's page links, not its text: only page numbers
    and the words of pagination ("Page 2 of 3", "Seite 1 von 3 · Weiter »", "« Anterior 1 2
    3 Siguiente"), at least one of each: a number alone is a bare number, the words alone a
    link's label ("Next", "Weiter") that the line tests read by their own lists."""
    if len(text) > _PAGINATION_LINE or _DIGIT.search(text) is None:
        return False
    known = _pagination_words()
    numbers = words = 0
    for match in _WORD.finditer(text.lower()):  # a line of text fails at its first word
        token = match[0]
        if token.isdigit():
            numbers += 1
        elif token in known:
            words += 1
        else:
            return False
    return numbers > 0 and words > 0


# A sort control's line: its label, a colon and the order chosen ("Sorted by: Highest score",
# "Sortieren nach: Neueste zuerst"); a longer line is a sentence about an order.
_SORT_LINE = 50


@functools.cache
def _sort_control() -> re.Pattern[str]:
    """A sort control's label opening a line, then a colon (``data/sorting.toml``)."""
    import tomllib
    from importlib import resources

    path = resources.files("newsextract").joinpath("data", "sorting.toml")
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    labels = word_alternation(label for found in data.values() for label in found)
    return re.compile(rf"\W*{labels}\s*:", re.IGNORECASE)


# The longest line ``is_pagination_line`` or ``is_sort_control`` reads: a caller's test of a
# line's length before either call (most of the text's lines are longer).
PAGE_CONTROL_LINE = max(_PAGINATION_LINE, _SORT_LINE)


def is_sort_control(text: str) -> bool:
    """Whether a short line is a list's sort control ("Sorted by: Highest score")."""
    return ":" in text and len(text) <= _SORT_LINE and _sort_control().match(text) is not None


# A template's unfilled slot left in the text: "$$ARTICLEAD$$", "{{ad_slot}}", "[[AD]]".
_PLACEHOLDER = re.compile(r"^(?:\$\$|\{\{|\[\[|%%)\s*[\w.:-]+\s*(?:\$\$|\}\}|\]\]|%%)$")


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
    return any(_prompt_search(index).search(lower) is not None for index in {i for i, _, _ in held})


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
def _prompt_patterns() -> tuple[str, ...]:
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


# ``_prompt_patterns`` compiled, by index, as blocks holding their words are met.
_prompt_compiled: dict[int, re.Pattern[str]] = {}


def _prompt_search(index: int) -> re.Pattern[str]:
    """The search of ``_prompt_patterns()[index]``, compiled on first use: a process that
    extracts a page without the warm-up compiles the few its blocks' words need, not all
    412 (25 ms)."""
    search = _prompt_compiled.get(index)
    if search is None:
        search = _prompt_compiled[index] = re.compile(_prompt_patterns()[index])
    return search


@functools.cache
def _prompt_searches() -> tuple[re.Pattern[str], ...]:
    """Every prompt search compiled (what the warm-up builds)."""
    return tuple(_prompt_search(index) for index in range(len(_prompt_patterns())))


def is_date_line(text: str) -> bool:
    """Whether a short line is a date (a page's or a section's stamp), as the furniture
    test reads it."""
    return len(text) <= _DATELINE and _is_dateline(text)


# Letters of a script written without spaces per word: Chinese and Japanese words are one to
# three characters, most often two (a name is two to four).
_LETTERS_PER_UNSPACED_WORD = 2


def _words_in_run(run: str) -> int:
    """The words of a run of letters between spaces: one in most scripts, but a clause in one
    written without them, whose letters outside a date's figures count ("渡辺洋介2025年1月13日"
    is a name of four letters and a date; "梁振英在星期二" is a clause)."""
    letters = word_count(_FIGURE_WORD.sub("", run))
    return max(1, -(-letters // _LETTERS_PER_UNSPACED_WORD)) if letters > 1 else 1


# A release's number: three or more figures joined by dots, the last a single figure, or
# figures after a "v" ("3.2.0", "4.47.4", "v2.1"). No date is written so (its year has two or
# four figures), and a line naming a release ("3.2.0 — 27 November 2026", "Patch notes
# 4.47.4") heads the notes of that release in a changelog or a forum's patch notes; its
# figures read as a date ("4.47" a time) and its words were too few to say more than one.
_RELEASE_NUMBER = re.compile(r"(?<![\w.])(?:v\d+(?:\.\d+)+|\d+(?:\.\d+)+\.\d)(?![\w.])", re.I)


def _is_dateline(text: str, *, list_item: bool = False) -> bool:
    """A short line that is a date: a year alone dates a topic ("The flood of 1953"), so it
    needs a month or day name, a time or a numeric date with it. ``list_item``: the line is
    an item of a list, where a time of day after words of its own is a step's or a rule's
    ("Wake up before 5:30 am"), not a stamp: it needs a date too."""
    # Every date signal starts at a digit: most lines have none, found by a one-character
    # scan, and the signal is looked for from the first one on.
    digit = _DIGIT.search(text)
    if digit is None:
        return False
    signal = _date_signal().search(text, digit.start())
    if signal is None or _is_price(text, signal.start(), signal.end()):
        return False
    text = _without_clock_marks(text, digit.start())
    if _RELEASE_NUMBER.search(text):
        return False  # a release's heading, dated: the notes of a changelog under it
    if _TIME_RANGE.search(text):
        return False  # a span of hours ("2:00 PM – 5:00 PM") times an event, no page is
    calendar_names, date_names = _date_names()
    label = _LINE_LABEL.match(text)
    if label and not set(label.group(1).lower().split()) <= date_names:
        return False  # a date the text gives under its own label ("Deadline: 3 April")
    words = _WORD.findall(text)
    rest = others = 0  # the words, and the runs of letters, that are not a date's
    named = False
    for index, word in enumerate(words):
        if word[0].isdecimal() and _FIGURE_WORD.fullmatch(word):
            continue
        lower = word.lower()
        if lower in date_names:
            if not named and lower in calendar_names:
                named = _beside_a_day(words, index) and _beside_a_day_not_an_hour(text, word)
            continue
        others += 1
        rest += 1 if word.isascii() else _words_in_run(word)
        if rest > _DATE_MAX_WORDS:
            return False  # enough words that are not a date's: this line says more
    if others < len(words) and (named or _PRECISE_DATE.search(text) is not None):
        # A time of day before words of its own, with no date, times an entry: a chapter
        # of a podcast, an item of a programme ("02:22 Why bats fly at dusk").
        if named or rest == 0:
            return True
        if _DATE_BEYOND_TIME.search(text) is None:
            if list_item:
                return False  # a time in an item's own words: "Doors open at 19:30"
            if _SENTENCE_END.search(text) is not None:
                return False  # a sentence telling a time: "The meeting ended at 18.40."
        return _CLOCK_ENTRY.match(text) is None
    return False


def _is_price(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is an amount of money: a currency sign (Unicode
    category Sc) right before or after it, a space allowed ("£7.50", "7.50 €"). A menu's
    or a listing's price is no time of day, whatever its dot says."""
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip()[:1]
    return any(char and unicodedata.category(char) == "Sc" for char in (before, after))


# The date signals of ``_PRECISE_DATE`` other than a time of day: a numeric date, "3 hours
# ago", a CJK date.
_DATE_BEYOND_TIME = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|"
    r"\b\d+\s*(?:min|mins|minutes?|hours?|hrs?|days?)\s+ago\b|\d+\s*[年月日時]",
    re.IGNORECASE,
)


# A sentence's closing mark at a line's end (Latin, CJK, Devanagari, Urdu, Ethiopic,
# Armenian and Burmese full stops, "!" and "?" with their full-width and Arabic forms), before
# a closing quote or bracket (CJK's corner quotes too): a time of day in words of a line's own
# that closes so is told by a sentence ("Fundurin endaði kl. 18.40."); a stamp is no sentence
# ("Posted 18:40").
_SENTENCE_END = re.compile(r"[.!?。．！？؟।۔።։။][\"”’»)」』）]?\s*$")


def ends_as_sentence(text: str) -> bool:
    """Whether a line closes with a sentence's closing mark (``_SENTENCE_END``)."""
    return _SENTENCE_END.search(text) is not None


# Thai and Lao close a sentence with no mark (a space parts their sentences, the paragraph's
# end closes its last): a paragraph ending in a letter of theirs (a vowel or tone mark
# included, their figures not) ends as a sentence.
_UNMARKED_SENTENCES = ("\u0e00", "\u0eff")


def closes_sentence(text: str) -> bool:
    """Whether a paragraph closes as a sentence: with a sentence's closing mark
    (``ends_as_sentence``), or in a script that writes none (``_UNMARKED_SENTENCES``)."""
    last = text.rstrip()[-1:]
    low, high = _UNMARKED_SENTENCES
    return ends_as_sentence(text) or (low <= last <= high and not last.isdigit())


# The time may stand in brackets or before a dash ("(03:12) Why buses bunch", "[03:12]
# ...", "03:12 – Why ..."), as chapter lists of podcasts and videos write it.
_CLOCK_ENTRY = re.compile(r"^\W*\d{1,2}[:.h]\d{2}(?::\d{2})?[)\]]?\s+(?:[-–—|]\s+)?[^\W\d]")
# Two times of day joined by a dash ("10:00–12:30", "2:00 PM - 5:00 PM", "19h - 21h30"):
# opening hours, a programme, an event; a page's stamp is one moment.
_TIME_RANGE = re.compile(
    r"\d{1,2}(?:[:.h]\d{2}|h)\s*(?:[ap]\.?\s?m\.?\s*)?[–—-]\s*\d{1,2}(?:[:.h]\d{2}|h)",
    re.IGNORECASE,
)


# A month or day name dates a line only beside a day of the month, at most one word away
# ("5 March", "March 5", "5 de marzo", "Monday, March 5"): every language's names are looked
# for, and some are other languages' words ("Mac", Malay March, in "Mac Studio 2025 review";
# "marca", Slovak "of March", in "La nueva marca de 2024").
_NAME_TO_DAY = 2
_DAY_OF_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|º)?", re.IGNORECASE)


def _beside_a_day(words: list[str], index: int) -> bool:
    near = words[max(0, index - _NAME_TO_DAY) : index] + words[index + 1 : index + 1 + _NAME_TO_DAY]
    return any(_DAY_OF_MONTH.fullmatch(word) for word in near)


# A time of day in hours and minutes ("20:00"), whose hour is no day of the month: "Friday
# 20:00 – The Marlow Quintet" is a programme's entry, not "Friday 20".
_HOURS_MINUTES = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?!\d)")


def _beside_a_day_not_an_hour(text: str, name: str) -> bool:
    """Whether the day beside a month's or a day's ``name`` is one once the line's times of
    day are cut (looked at only when a name is beside a figure, and a colon is there)."""
    if ":" not in text:
        return True
    words = _WORD.findall(_HOURS_MINUTES.sub(" ", text))
    return name in words and _beside_a_day(words, words.index(name))


# A teaser is a label and a headline (a headline rarely passes 100 characters, with a
# standfirst some 300): a longer block is text.
_TEASER_MAX = 300
# Three " | " bars make a row of links or a programme note, not a sentence.
_LINK_LIST_BARS = 3
# A teaser link set off by a label or an arrow: "READ MORE | headline", ">> Hier finden Sie".
_TEASER_LABEL = re.compile(r"^\s*([^:：|»>\d]{2,40}?)\s*[:：|»>]")
_TEASER_ARROW = re.compile(r"^\s*(?:>>|»|→|►|▶)")
_TEASER_LINKS = 0.4


def is_teaser_link(text: str, links: int) -> bool:
    """Whether a short block is a link to another story under an upper-case label or an
    arrow (the label's language does not matter: "READ MORE |", "LEIA TAMBÉM:")."""
    if len(text) > _TEASER_MAX or links < _TEASER_LINKS * len(text):
        return False
    if _TEASER_ARROW.match(text):
        return True
    label = _TEASER_LABEL.match(text)
    return label is not None and label.group(1).isupper()


# A list of names after a label in running text ("宮崎県：高鍋町、新富町、宮崎市", "Affected
# districts: Mayur Vihar, Yamuna Bazar"): sites link each place, company or person named to
# its topic page, so the line is mostly links, yet it is the article's content. The label
# is a few words (the longest a line's opening label runs, as ``_TEASER_LABEL``); a name is
# a few words too, in Latin-script characters (a teaser's headline is longer), set off by a
# list's separator of any script (the ideographic, Arabic and Ethiopic commas, a semicolon,
# a middle dot).
_ENUMERATION_LABEL = 40
# A label names the list in a word or three ("Betroffene Orte", "상승 종목"); a longer lead-in
# is a phrase about the page ("Artikel abgelegt unter": its tags).
_ENUMERATION_LABEL_WORDS = 3
_ENUMERATION_NAME = 30
_LIST_SEPARATORS = ",，、;；・·،፣"
_LABELLED_LIST = re.compile(
    rf"\s*[^:：{_LIST_SEPARATORS}]{{1,{_ENUMERATION_LABEL}}}?\s*[:：]\s*(.+?)\s*[.。]?\s*"
)
_LIST_SEPARATOR = re.compile(rf"\s*[{_LIST_SEPARATORS}]\s*")
# A character of the wide scripts (CJK ideographs, kana, hangul) carries about as much as
# three Latin letters (as ``scoring`` weighs them): "人吉市" is a name as long as "Hitoyoshi".
_WIDE = "\u2e80"
_WIDE_CHARS = re.compile(f"[{_WIDE}-\U0010ffff]")
_WIDE_WEIGHT = 3


def is_labelled_enumeration(text: str, links: int) -> bool:
    """Whether a block is a label and a list of two or more names after it, the names
    linked and the label not (see ``_LABELLED_LIST``): a line of the text however dense
    in links. A furniture label ("Tags:", "Related:", "标签：") is still furniture:
    ``is_furniture_line`` reads the line after this test."""
    found = _LABELLED_LIST.fullmatch(text)
    if found is None or links > len(text) - found.start(1):
        return False
    if len(text[: found.start(1)].split()) > _ENUMERATION_LABEL_WORDS:
        return False
    names = _LIST_SEPARATOR.split(found.group(1))
    return len(names) >= 2 and all(0 < _name_width(name) <= _ENUMERATION_NAME for name in names)


# Hangul's blocks: Korean is written wide but with spaces between its words.
_HANGUL = ("\u1100", "\u11ff"), ("\u3130", "\u318f"), ("\uac00", "\ud7af")


def _unspaced(char: str) -> bool:
    """Whether ``char`` is a wide letter of a script written without spaces (Chinese's,
    Japanese's): not Hangul's."""
    return char >= _WIDE and not any(low <= char <= high for low, high in _HANGUL)


def _name_width(name: str) -> int:
    """A name's length in Latin letters (see ``_WIDE_WEIGHT``); a colon makes it no name."""
    if ":" in name or "：" in name:
        return 0
    return latin_width(name)


def latin_width(text: str) -> int:
    """``text``'s length in Latin letters: a wide character (CJK, kana, hangul) counts as
    ``_WIDE_WEIGHT``."""
    if text.isascii():
        return len(text)  # no wide character: the common case, found by a flag
    wide = len(_WIDE_CHARS.findall(text))  # in C: max() and a generator built a str a char
    return len(text) + (_WIDE_WEIGHT - 1) * wide


# A note that the text is a (machine) translation of another article: its opening, a
# phrase of the language data, ends anywhere ("this article was translated" also opens
# "this article was translated from the German").
@functools.cache
def _translation_note() -> re.Pattern[str]:
    return re.compile(rf"^\W*{alternation(LabelList.TRANSLATION_NOTES)}", re.IGNORECASE)


# A news agency's credit set after the last sentence of a paragraph, as agencies and the
# papers printing their copy close a story: "… end of the month. (Lusa)", "…目指す。（共同）",
# "… two stations. — ТАСС", BTA's "… six months /БТА/" (slashes, with or without the full
# stop). The names are the data's (``agencies.toml``), one or a few joined ("(dpa/AFP)",
# "(AFP, Reuters)", "(ANSA-AFP)"), a desk's code after one allowed ("(dpa/lno)"). Brackets
# and a dash need the sentence closed before them: "… as reported by (AFP)" is no credit.
_DESK_CODE = r"(?:/[a-z]{2,4})?"


@functools.cache
def _closing_credit() -> re.Pattern[str]:
    names = "|".join(map(re.escape, longest_first(news_agencies())))
    one = rf"(?:{names}){_DESK_CODE}"
    several = rf"{one}(?:\s*[-/,;+]\s*{one})*"  # "(ANSA-AFP)", "(TT-Reuters)" too
    closed = r"(?<=[.!?…。！？।\"”»’'])"
    return re.compile(
        rf"(?:{closed}\s*(?:[(（\[]\s*{several}\s*[)）\]]|[–—]\s*{several}|--\s*{several})"
        rf"|\s/\s*{several}\s*/)\s*$"
    )


# The end of a paragraph searched for an agency's credit: the longest few names and marks.
_CLOSING_CREDIT_TAIL = 60
# What ends a closing credit (``_closing_credit``): a bracket or a slash, or else a dash
# before the agency's name.
_CREDIT_CLOSES = frozenset(")）]/")
_CREDIT_DASHES = ("–", "—", "--")


def without_closing_credit(text: str) -> str:
    """``text`` without a news agency's credit closing it ("… of the month. (Lusa)" -> "…
    of the month."): the credit names the story's source, which the metadata reads, and is
    not a sentence of the text. A text that is only the credit is returned whole."""
    tail = max(0, len(text) - _CLOSING_CREDIT_TAIL)
    if text.rstrip()[-1:] not in _CREDIT_CLOSES and not any(
        dash in text[tail:] for dash in _CREDIT_DASHES
    ):
        return text  # no bracket or slash closing it, no dash before a name: most paragraphs
    found = _closing_credit().search(text, tail)
    if found is None or not _WORD.search(text, 0, found.start()):
        return text
    return text[: found.start()].rstrip()


# Lengths past which a line is read as prose, not as the furniture each test looks for:
# a label line is at most a long tweet; a read-more or credit line, a byline and a date line
# are a few words each (a sentence about a photo, an author or a date is article text).
_FURNITURE_LINE = 160
_READ_MORE_OR_CREDIT = 100
_DATELINE = 120
#: The length of a dateline at most (a paragraph classed as one that is longer holds prose).
DATELINE_CHARS = _DATELINE
_BYLINE_LINE = 80


# What sets a meta line's parts off: bars, and the middle dots WordPress themes print
# ("12 grudnia 2026 przez Anna Wiśniewska · 23 komentarze").
_META_PARTS = re.compile(r" [|·] ")


def _furniture_parts(text: str) -> bool:
    """A post's meta line, its parts set off by bars or dots: "March 5, 2020 at 8:45 AM |
    categories: Python | View Comments" is furniture when most of its parts are."""
    parts = _META_PARTS.split(text)
    return 2 * sum(1 for part in parts if is_furniture_line(part)) > len(parts)


def is_furniture_line(text: str, *, list_item: bool = False) -> bool:
    """Whether a short block is an ad label, a read-more/share prompt, a byline, a credit
    or caption, a contact line or a date line (``list_item``: read as a list's item, see
    ``_is_dateline``)."""
    n = len(text)
    if n > _FURNITURE_LINE:
        # A translation note, or a read-more label ("Lire aussi :") in front of a long
        # teaser headline.
        return n <= _TEASER_MAX and (
            _translation_note().match(text) is not None
            or _read_more_label().match(text) is not None
        )
    bars = text.count(" | ")
    if bars >= _LINK_LIST_BARS:
        return True  # "Gold rate | Silver rate | Holidays": a row of links or a programme note
    if (bars or " · " in text) and _furniture_parts(text):
        return True
    # The tests of a label opening the line, only when one of their labels does.
    labelled = _opens_with_label(text)
    if labelled and (
        _translation_note().match(text)
        or _label_line().match(text)
        or (n <= _DISCLOSURE and _disclosure_line().match(text))
        or (
            n <= _READ_MORE_OR_CREDIT
            and (_read_more_line().match(text) or _credit_line().match(text))
        )
        or _read_more_label().match(text)
        or (n <= _BYLINE_LINE and _is_byline_line(text))
        or (n <= _BYLINE_LINE and category_line_names(text))
    ):
        return True
    if _PLACEHOLDER.match(text):
        return True
    if n <= _READ_MORE_OR_CREDIT and _is_share_line(text, labelled=labelled):
        return True
    if (
        n <= _AGENCY_LINE_MAX
        and text.count(" ") < _AGENCY_LINE_WORDS
        and agency_line().fullmatch(text)
    ):
        return True
    if (
        n <= _READING_TIME_LINE
        and _DIGIT.search(text)
        and not _LONG_NUMBER.search(text)
        and len(text.split()) <= _READING_TIME_WORDS
        and _reading_time().search(text)
    ):
        return True
    # Each pattern needs its character ("Photo: X", "X | AFP", "a@b.c"): a cheap test first.
    if (":" in text or "|" in text or "©" in text) and _credit_tail().search(text):
        return True
    if _is_labelled_credit(text) or _is_bracketed_picture_credit(text):
        return True
    if "@" in text and _EMAIL.search(text) and _is_contact_line(text):
        return True
    if "\n" in text and _is_phone_contact(text):
        return True
    if n <= _DATELINE and _is_dateline(text, list_item=list_item):
        return True
    # (A line naming cookies or JavaScript was furniture too: it paid on no half of any set
    # and cut recipe headings, "Chocolate chip cookies".)
    lower = text.lower()
    return bool(_rights_words().find_matches_as_indexes(lower)) and (
        _all_rights().search(lower) is not None
    )


# The label lists whose tests above read a label opening the line, each label followed by
# a mark, a space or the line's end (the byline's, the credit's, the ad label's, the
# read-more and share labels'): a line opening with none of them skips those tests.
_OPENING_LABELS = (
    LabelList.AD_LABELS, LabelList.WIDGETS, LabelList.READ_MORE, LabelList.CREDIT,
    LabelList.CONTRIBUTORS, LabelList.TAGS, LabelList.CATEGORIES, LabelList.PUBLISHED,
    LabelList.UPDATED, LabelList.BYLINE, LabelList.SHARE, LabelList.COMMENTS,
)  # fmt: skip


# The tests ``_opening_label`` gates (with ``starts_with`` of the share and comment labels).
_GATED_LABEL_TESTS = (
    _translation_note, _label_line, _disclosure_line, _read_more_line, _credit_line,
    _read_more_label, _byline_line, _category_line,
)  # fmt: skip


def build_gated_tests() -> None:
    """Build the tests ``_opening_label`` gates, and the gate, its regexes of the labels
    opening with each label's first letter (``_OPENERS``): what the warm-up runs so that
    no page pays for their compilation (75 ms, 40 of them the credit line's) when its line
    is the process's first to pass the gate."""
    for gated in _GATED_LABEL_TESTS:
        gated()
    starts_with(LabelList.SHARE, LabelList.COMMENTS)
    # The first letters in their cases, and the ASCII letters and digits: the characters
    # most lines open with.
    _OPENERS.build(string.ascii_letters + string.digits)


# What ``_opening_label`` reads before a label: the marks opening the line.
_LEADING_MARKS = re.compile(r"\W*")
# The rest of a "(c)" whose bracket closes those marks.
_C_CLOSED = re.compile(r"c\)", re.IGNORECASE)


def _opens_with_label(text: str) -> bool:
    """``_opening_label().match(text) is not None``, without that regex (26,800 characters,
    60 ms to compile). Every label and note opens with a word character (``\\w``: what
    ``isalnum`` or "_" is; ``_opening_words`` makes sure), so past the marks opening the
    line the labels can match only at the first word character, and only those whose first
    letter is that character in some case: its regex of those labels alone (``_OPENERS``),
    where the whole gate tries the branches of a few hundred first letters one by one
    (2.4-4.9 µs a line). Among the marks, only the other alternatives can: a "©", or a
    "(c)" whose bracket is the last of them."""
    start = 0
    char = text[:1]
    if not (char.isalnum() or char == "_"):
        marks = _LEADING_MARKS.match(text)
        assert marks is not None  # it matches the empty string
        start = marks.end()
        if "©" in marks.group() or (
            text[start - 1 : start] == "(" and _C_CLOSED.match(text, start) is not None
        ):
            return True
        char = text[start : start + 1]
        if not char:
            return False
    match = _OPENERS.openers.get(char, UNKNOWN)
    if match is UNKNOWN:
        match = _OPENERS.look_up(char)
    return match is not None and match(text, start) is not None


def _opening_words() -> list[str]:
    """The gate's labels and translation notes ("copyright" among them), each opening with a
    word character (what ``_opens_with_label`` relies on)."""
    found = [w for kind in (*_OPENING_LABELS, LabelList.TRANSLATION_NOTES) for w in words(kind)]
    found.append("copyright")
    if not all(w[:1].isalnum() or w[:1] == "_" for w in found):
        raise ValueError("a label or translation note opening with a mark")
    return found


@functools.cache
def _opening_words_by_first() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The gate's labels, and its notes with "copyright", by their first letter."""
    labels: dict[str, list[str]] = {}
    notes: dict[str, list[str]] = {}
    for word in (w for kind in _OPENING_LABELS for w in words(kind)):
        labels.setdefault(word[0], []).append(word)
    for word in (*words(LabelList.TRANSLATION_NOTES), "copyright"):
        notes.setdefault(word[0], []).append(word)
    return labels, notes


def _opener_of(firsts: frozenset[str]) -> re.Pattern[str]:
    """The gate's regex of the labels and notes opening with ``firsts``, with their endings
    (shared by the characters that open the same ones: "p" and "P")."""
    by_first, notes_by_first = _opening_words_by_first()
    labels = [w for first in firsts for w in by_first.get(first, ())]
    notes = [w for first in firsts for w in notes_by_first.get(first, ())]
    branches = [rf"{word_alternation(labels)}(?![^\W_])"] if labels else []
    branches += [word_alternation(notes)] if notes else []
    return re.compile("|".join(branches), re.IGNORECASE)


# The gate's regex of a line's first character.
_OPENERS = FirstLetterOpeners(_opening_words, _opener_of)


@functools.cache
def _opening_label() -> re.Pattern[str]:
    """Whether a line may open with a label of ``_OPENING_LABELS`` (or a translation note's
    opening, or a copyright sign): what every label test of ``is_furniture_line`` needs
    first, in one search of their labels' tree, so that most lines (which open with none)
    skip ten searches. It matches every line one of those tests matches, and more (a label
    followed by a mark a test does not take). The tests it gates are built on first use, by
    the first line that passes it, or by the warm-up (``build_gated_tests``): a process that
    extracts a page without the warm-up pays for them (130 ms, 55 of them the credit
    line's) only when one of its lines opens with a label. ``_opens_with_label`` answers
    as it does without compiling it: this is the gate's definition, which tests hold it to."""
    labels = alternation(*_OPENING_LABELS)
    notes = alternation(LabelList.TRANSLATION_NOTES)
    return re.compile(rf"^\W*(?:{labels}(?![^\W_])|{notes}|copyright|©|\(c\))", re.IGNORECASE)


# A line that is an agency's name alone, behind a dash or in brackets ("— Reuters",
# "(MTI)", "-- AFP"): the story's credit, set after its last paragraph. Agencies' names are
# short; this bounds the test to such lines.
_AGENCY_LINE_MAX = 40
# ... and a few words: a dash and a name of up to three words ("— Europa Press").
_AGENCY_LINE_WORDS = 4


# A reading-time line is a label and a number ("4 min read", "Lesedauer: 5 Minuten", "By
# Jane Roe · 6 min read"): at most a short line.
_READING_TIME_LINE = 60
# ... and a few words: a byline before it at most; a sentence naming a reading time is text.
_READING_TIME_WORDS = 7
# Minutes are one to three digits: a line with a longer number (a year, a count) says else.
_LONG_NUMBER = re.compile(r"\d{4}")


# In a reading-time label of the data, the number's place when words stand on both sides of
# it ("อ่าน # นาที": "อ่าน 3 นาที", read 3 minutes): neither side alone is a label ("read").
_NUMBER_PLACE = "#"


@functools.cache
def _reading_time() -> re.Pattern[str]:
    """A reading-time label anywhere in the line: scripts without spaces write it against
    the number ("約3分で読めます"), so no word boundary is asked; a label written around the
    number ("Ανάγνωση σε 3 λεπτά") holds it between its words, up to three marks or spaces
    before it ("Lecture : 3 min") and a space after. The lookahead of first letters (in
    both cases, the search ignoring case) halves the search of a line without."""
    found = words(LabelList.READING_TIME)
    cased = {case(word[:1]) for word in found for case in (str.lower, str.upper)}
    plain = word_alternation(w for w in found if _NUMBER_PLACE not in w)
    around = [
        r"\W{0,3}\d{1,3}\s?".join(
            re.escape(side.strip()).replace(r"\ ", r"\s+") for side in w.split(_NUMBER_PLACE, 1)
        )
        for w in sorted(found, key=len, reverse=True)
        if _NUMBER_PLACE in w
    ]
    labels = "(?:" + "|".join([*around, plain]) + ")"
    return re.compile(first_characters(sorted(cased)) + labels, re.I)


# Notes that close an article and are about it rather than of it: who wrote it (an author
# bio), where it appeared first, who translated it. Only looked for after the last
# paragraph of the text, where a sentence like "X is a reporter" is not the story.
@functools.cache
def _bio() -> re.Pattern[str]:
    """An author bio's sentence: a copula and, a few words on, a profession of the same
    language, also as the end of a compound ("X ist Wirtschaftsredakteurin"); or an English
    or German bio phrase. A copula pairs with its own language's professions: Finnish "on"
    ("is") is an English word too ("based on a piece the writer wrote")."""
    paired = "|".join(
        rf"\b{word_alternation(copulas)}\s+(?:[\w'’.-]+\s+){{0,5}}?[\w-]*?"
        rf"{word_alternation(professions)}\b"
        for code in sorted(languages())
        if (copulas := words(LabelList.COPULAS, code))
        and (professions := words(LabelList.PROFESSIONS, code))
    )
    return re.compile(
        rf"{paired}|"
        r"\b(?:he|she|they)\s+(?:is|are)\s+based\s+in\b|\bis\s+the\s+author\s+of\b|"
        r"\bwrites\s+(?:about|on)\b|\bfollow\s+(?:him|her|them)\s+on\b|"
        r"\bist\s+bei\s+[\w-]+\s+für\b|\b(?:er|sie)\s+schreibt\s+über\b",
        re.IGNORECASE,
    )


# An author bio is a few sentences; a longer closing paragraph is the article's.
_BIO_MAX = 600
_NAME_START = re.compile(r"^\W{0,3}(?:[A-ZÀ-ÞА-ЯĀ-Ž][\w'’.-]*\s+){1,3}")


# A note about the article: the openings of the language data (``about_notes``), and as
# regex grammar a list of phrases cannot say: "this article/story/piece was (first)
# published/appeared" anywhere in the line (108 phrases written out), "… contributed to
# this report" (a wire's note naming its other reporters), a translation credit
# with a slot for the language ("Aus dem Englischen von", "Übersetzung aus dem …:",
# "Traduction :"), and "read the original" with its verb, article and noun in five languages.
@functools.cache
def _about_text() -> re.Pattern[str]:
    notes = words(LabelList.ABOUT_NOTES)
    # A note's opening that ends in a colon or a Chinese or Japanese character ("声明：",
    # "本文经授权转载") runs on into its text without a space, as those scripts write: only
    # the others must end at a word's end ("first published", not "first publishedness";
    # Korean sets spaces between words, "기자 소개" too).
    run_on = [note for note in notes if note[-1] in LABEL_COLONS or _unspaced(note[-1])]
    ended = [note for note in notes if note not in run_on]
    return re.compile(
        rf"^\W*(?:{word_alternation(run_on)}|{word_alternation(ended)}{LABEL_END})|"
        r"\bthis\s+(?:article|story|piece)\s+(?:was|is|first|originally)\s+"
        r"(?:first\s+|originally\s+)?(?:published|republished|appeared)\b|"
        # a wire's note naming who else reported ("Jane Roe in Paris contributed to this
        # report", "Additional reporting ... contributed reporting")
        r"\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b|"
        r"\bcontributed\s+reporting\b|"
        # a developing story's closing note that more is coming, after what it is ("This is
        # a breaking news story - more to follow", "Police are at the scene. More to follow.")
        r"\bmore\s+(?:details\s+|updates\s+)?to\s+follow\W*$|"
        r"^\W*(?:aus\s+dem\s+\w+\s+(?:von|übersetzt)|übersetzung(?:\s+aus\s+dem\s+\w+)?\s*:|"
        r"traduction\s*:)|"
        r"^\W*(?:read|lest|lesen\s+sie|lisez|lea|leia|leggi)\s+(?:the|den|das|l'|el|o|l')\s*"
        r"(?:original|originalartikel|originaltext|article\s+original|artículo\s+original)",
        re.IGNORECASE,
    )


# A note about the article (where it first appeared, who translated it) is a sentence.
_ABOUT_MAX = 200


def is_about_label(text: str) -> bool:
    """Whether a short line is the label of a note about the article ("About the author",
    "この記事を書いた人"): a box of such notes may follow it."""
    return _about_text().search(text) is not None


def is_about_line(text: str) -> bool:
    """Whether a block closing an article is about it or its author rather than part of it:
    an author bio ("Jane Roe is a reporter based in Paris"), a first-published or
    translation note, an invitation to read more stories or to write to the newsroom."""
    n = len(text)
    if n <= _ABOUT_MAX and _about_text().search(text):
        return True
    if n <= _ABOUT_MAX and "@" in text and _EMAIL.search(text):
        return True  # "Got a story? Email our news team at …": the newsroom's address
    return n <= _BIO_MAX and _NAME_START.match(text) is not None and _bio().search(text) is not None
