"""Class and id names that tell what a container is: furniture, a teaser, an overlay."""

from __future__ import annotations

import functools
import re

from newsextract.lazy_regex import LazyPattern

# class/id words of boilerplate containers (matched on word-ish boundaries of the names).
# Not "hidden": in a compound it qualifies something else ("field-label-hidden", a responsive
# "hidden-xs"); the classes that hide an element are whole tokens (container_hints._HIDDEN_CLASSES).
_NEGATIVE_WORDS = (
    r"share|sharing|social|socials|related|relacionad[oa]s?|correlat[ie]|verwandt|"
    r"newsletter|subscribe|subscription|signup|sign-up|paywall|piano|premium-box|cta|"
    r"comments?|commentaires?|kommentare?|disqus|respond|reply|replies|"
    # an obituary's or a site's guest book ("guestbook": readers' condolences, signed), the
    # readers' comments by another name (blind74s: an Icelandic one's entry was kept)
    r"guest-?book|"
    r"cookie|consent|gdpr|banner|promo|promotion|teaser|teasers|recommend\w*|"
    r"outbrain|taboola|sponsor\w*|advert\w*|ads?|adslot|ad-?container|ad-?wrapper|adunit|"
    r"dfp|gpt|werbung|anzeige|publicite|pub|"
    r"sidebar|widget|breadcrumbs?|pagination|pager|tags?|tag-?list|keywords|topics|"
    r"byline|author|authors|autor|auteur|bio|caption|credit|credits|copyright|"
    # a reporter's card or bio after the text, as Korean and Japanese newsrooms name it
    # ("reporter-info", "reporter_box"): the author box by another word
    r"reporter-?(?:info|box|bio|profile|card|area)|"
    r"meta|metadata|dateline|timestamp|date|"
    r"popup|modal|dialog|overlay|toolbar|tools|print|skip|"
    r"most-?read|most-?popular|trending|more-?stories|read-?more|readmore|see-?also|"
    r"also-?read|further-?reading|recirc\w*|next-?article|prev-?article|more-?from|"
    # a match report's box of the round's other results ("other-results", "more-matches"):
    # other games' scores, as a related box holds other stories
    r"other-?(?:results|matches|games|scores|fixtures)|more-?(?:results|matches|games)|"
    # a box of similar threads, posts or products ("similarthreads", "similar-posts")
    r"similar\w*|"
    # a wiki's note over an entry pointing to others of its name ("For the town, see …":
    # MediaWiki's "hatnote", older "dablink" and "rellink"): a way off, not the entry
    r"hatnote|dablink|rellink|"
    r"prev|previous|prev-?next|next-?prev|post-?navigation|article-?navigation|"
    r"footer|masthead|navbar|nav|menu|header-?nav|jump-?link|toc|"
    # the footer as templates name it in other languages (Polish "stopka", Czech "paticka",
    # Portuguese "rodape", German "fusszeile", Dutch "voettekst", Swedish "sidfot", French
    # "pied-de-page"): a club's or an operator's name line under a results table was kept
    r"stopka|paticka|rodape|fusszeile|voettekst|sidfot|pied-?de-?page|"
    # a count of the page's views ("Views: 1042", Joomla's "hits" in its article-info list,
    # a blog's "post-views"): the readers' tally, as a vote count is
    r"hits|view-?count|views-?count|post-?views|"
    r"video-?player|player|gallery|slideshow|carousel|embed|infobox|disclaimer|"
    # a gallery as templates name it in other languages (Spanish, Portuguese and Polish
    # "galeria", Italian "galleria", French and German "galerie"): a photo counter ("1 de 12
    # fotos") between two parts of the text was kept (blind70r)
    r"galeria|galleria|galerie|"
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
    # "fact-checked-by", a "review-note", a "reviewed-badge", a "content-reviewed" box): a
    # trust badge over the text, never the text; not a bare "review" or "fact-check", which
    # name a review's or a fact-check's own body
    r"medically-?reviewed|medical-?review|reviewed|reviewed-?by|fact-?checked-?by|review-?note|"
    r"(?:media|image|img|pic|photo|foto|bild)-?(?:info|box|caption|credit|meta|legend)|"
    r"key-?points|key-?takeaways|takeaways|"
    # a forum post's or an answer's poster card, signature and vote counter, and the poster
    # named over a quoted post ("Originally Posted by …": vBulletin's "bbcode_postedby"), and
    # a table forum's cell of the poster's join date and post count (phpBB's "postdetails")
    r"userinfo|user-?info|user-?details|user-?extras?|usertitle|postprofile|postedby|"
    r"postdetails|"
    # a thread's mark on the reply that solved it, a label over or under the post ("Solution",
    # Discourse's "accepted-answer" box, a "solved" badge): the thread's state, no one's words
    r"accepted-?answer|solved|solution-?(?:label|badge|mark)|"
    # (not a code member's signature in a reference page: Javadoc's "member-signature" and
    # "type-signature" hold a method's or a class's declaration, blind77l's was dropped)
    r"(?<!member-|method-)(?<!type-)signature|signaturecontainer|votecell|vote-?count|"
    r"reputation-?score|"
    # a forum's signature by its short name under a post ("msg-sig", "post-sig", "usersig"):
    # compounds only, a bare "sig" names other things (blind73s: a Hebrew board's was kept)
    r"(?:msg|message|post|user|forum)-?sig|"
    # a forum post's line of who thanked it ("thanks-list", "post-thanks", "thanked-by":
    # "3 users thanked this post"), a tally by names; compounds only, a bare "thanks" may be a
    # paper's acknowledgements (blind73s: a Ukrainian board's was kept)
    r"thanks-?list|post-?thanks|thanked-?by|"
    # a post's poster card named by its user ("user" as a whole name, "a-user", "username",
    # "user-card"): never a "user-content" box, which holds what a user wrote
    r"user(?=$|\s)|user-?name|user-?card|"
    # a box asking the reader to log in ("login-box": "Log in to answer this question")
    r"login|log-?in|sign-?in|"
    # a post's or a recipe's count of votes and its star rating ("추천 15", "★★★★★ (128
    # โหวต)", "15 إعجاب"): the readers' tally, in any language, never the text
    r"votes?|ratings?|"
    # a recipe card's or a post's ask to rate it ("rate-box", "rate-recipe", "rate-this"):
    # compounds only, a bare "rate" is an exchange or interest rate's (blind73s: an Arabic
    # recipe's "قيّم الوصفة" was kept)
    r"rate-?(?:box|recipe|this|post|article|it)|"
    # a course page's box with its price and the button to enrol ("course-enrol",
    # "enroll-button"): a shop's buy box by another name (blind74s: an Armenian one kept)
    r"enroll?(?:-?(?:box|button|btn|now|cta))?|"
    # a course's instructor card ("instructor-card": name, "14 courses · 3,200 students"):
    # an author box by another word; compounds only, "instructor" may name a lesson's text
    r"instructor-?(?:card|bio|info|box|profile)|"
    # a fiction archive's tally of readers' thanks under a chapter ("kudos": "214 people
    # left kudos on this work!"), a vote count by another name
    r"kudos|"
    # a progress bar ("progress-bar": a reading plan's "Day 12 of 30", a page's "62% read"):
    # a widget's state, never the text
    r"progress-?bar|"
    # a box asking for a donation after the text ("donate-box", "donation-widget": "Your
    # small gift keeps the campaign going"), as a sign-up box asks for an address
    r"donate|donations?|"
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
    # a wiki's box of the entry's categories under its text ("Categories: Lakes"), as
    # MediaWiki names it in every language
    r"catlinks|"
    # a wiki's box of the entries in the same series under the text ("Villages of the county:
    # …"), as MediaWiki's Navbox template names it in every language: a way to others
    r"navbox|"
    # a reference page's list of the members a class inherits, their names and links only
    # (Javadoc's "inherited-list"): the parent's, documented there. Not a bare "inherit",
    # Doxygen's rows' name and a utility class's too (a link that inherits its colour, "u-
    # link-inherit"), which cut a news page's line (fundus A, down)
    r"inherited-?list|"
    # a search box: its label or placeholder text ("Search questions"), never the article's
    r"search|search-?box|search-?form|"
    # a shop's delivery and returns blocks under a product's description ("shipping-info",
    # "delivery-information", "returns-info", "refund-policy"; German "versandinfo"): the
    # shop's terms, the same under every product (probe set leaveout). Compounds only: a
    # bare "shipping" or "versand" may name a shop's whole product column
    r"(?:shipping|delivery|returns?|refunds?|versand)-?(?:info|information|policy|details|"
    r"block|box|note|terms)|"
    # a marketplace's box of its safety advice under every ad ("safety-tips": "Meet the
    # seller in a safe place, never pay in advance"): the site's, the same under each ad
    # (blind75s: an Afrikaans classified's was kept); compounds only, "safety" names texts
    r"safety-?(?:tips|advice|notice)|"
    # a preprint server's list of an entry's versions under its abstract ("submission-
    # history": "[v1] Tue, 2 Dec 2026 (412 KB)"), a record of uploads, no one's text
    # (blind75s: a Russian landing page's was kept)
    r"submission-?history|"
    # a page's box of whom to call after its text ("contact-box": "Didn't find an answer?
    # Call 1664"), a press release's media contact by the same name (blind75s: a Lithuanian
    # FAQ's was kept); compounds only, a bare "contact" names a contact page's own text
    r"contact-?(?:box|card|block)|"
    # a badge marking a page as live ("live-badge": "LIVE"), a state and no text (blind75s:
    # a Georgian results page's was kept); compounds only, "live" names a live blog's stream
    r"live-?(?:badge|label|indicator)"
)


@functools.cache
def _negative() -> re.Pattern[str]:
    r"""``_NEGATIVE_WORDS`` on word-ish boundaries, searched in the names with a space before
    them (``class_weight``), which stands for their start: a pattern opening with ``(?:^|[\s_-])``
    had the regex engine enter that group at every position of the names."""
    return re.compile(rf"[\s_-](?:{by_first_letter(_NEGATIVE_WORDS)})(?:$|[\s_-])")


# The classes a social network's embed code gives the quoted post, whose text stands in
# until its script loads (Facebook's "fb-post" and "fb-xfbml-parse-ignore", Bluesky's,
# Mastodon's, Reddit's "reddit-embed-bq", Threads' "text-post-media"): another's post, never
# the text; a Facebook post's text was kept (probes: 0/1 -> 1/1).
_EMBED_NAMES = (
    r"fb-post|fb-video|fb-xfbml-parse-ignore|bluesky-embed|mastodon-embed|reddit-embed|"
    r"text-post-media"
)


# Words never found inside an innocent name, so matched anywhere (camelCase, glued).
@functools.cache
def _negative_anywhere() -> re.Pattern[str]:
    return re.compile(
        by_first_letter(
            # not "commentary": an opinion or analysis piece's own text ("commentary-body")
            r"comment(?!ary)|kommentar|share|sharing|social|related|newsletter|subscri|paywall|"
            r"promo|sidebar|advert|cookie|teaser|recommend|outbrain|taboola|breadcrumb|"
            r"pagination|consent|sponsor|trending|mostread|most-read|popular|readmore|read-more|signup|"
            r"widget|banner|byline|caption(?!ed)|copyright|disclaimer|footer|navigation|navbar|"
            # an e-mail's preview line over its web copy ("templatePreheader": "View this
            # e-mail in your browser"), as newsletter templates name it
            r"preheader|"
            # a post's poster card glued into a camel-cased name ("ClapLv1UserInfo")
            r"userinfo|"
            r"twitter-tweet|instagram-media|tiktok-embed|social-embed|" + _EMBED_NAMES
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


_POSITIVE = LazyPattern(
    by_first_letter(
        r"article|artikel|body|content|entry|main|post|story|text|texte|rich-?text|prose|"
        r"paragraph|copy|inhalt|corpo|cuerpo|contenu|materia|noticia"
    ),
)
_STRONG_POSITIVE = LazyPattern(
    by_first_letter(
        r"article[-_]?(?:body|content|text)|story[-_]?(?:body|content|text)|"
        # each word its own alternative, not a group: ``by_first_letter`` files them under
        # their first letters, where the engine tests one letter, not enters a group
        r"entry[-_]?(?:body|content|text)|post[-_]?(?:body|content|text)|"
        r"news[-_]?(?:body|content|text)|main[-_]?(?:body|content|text)|"
        r"articlebody|rich-?text|body-?text|"
        r"artikel[-_]?(?:body|text|inhalt)|content[-_]?body|text[-_]?body|paywall-?content"
    ),
)


# Names of furniture that is never the article, however much prose it holds (-2: never read
# through, damped most): a comment section, a cookie layer, a newsletter box. The dev halves
# barely need them (snippets B -0.0006 with them), but a short story beside its comments, a
# consent layer's "main-content" and a thread told by its comment names do (fixtures in
# tests/body: test_comment_sections, test_extractor, test_unseen_kinds_round31). An
# obituary's "condolences" are its readers' comments, on pages (a funeral home's) that
# declare no article, so that the comment names of the languages are not asked (probe
# hy_obituary_condolences). A business site's testimonials (a builder's "testimonial-
# carousel", "et_pb_testimonial", "vc_testimonial") are its customers' praise, comments
# set apart: never the page's text (probe de_elementor_studio_blog_widgets).
_STRONG_NEGATIVE = LazyPattern(
    by_first_letter(
        r"comment(?!ary)|condolence|testimonial|kommentar|disqus|related|recommend|outbrain|taboola|newsletter|social|"
        r"share|sharing|most-?read|mostpopular|most-?popular|trending|recirc|cookie|consent|"
        r"twitter-tweet|instagram-media|tiktok-embed|social-embed|"
        # a shop's shelf of other products ("also-viewed", "also-bought", WooCommerce's
        # "upsells" and "cross-sells", Magento's "crosssell"): a related box of products
        r"also[-_]?viewed|also[-_]?bought|also[-_]?purchased|recently[-_]?viewed|upsell|"
        r"cross[-_]?sell|" + _EMBED_NAMES
    ),
)


# Names of a box drawn over the page (a login or registration modal, a cookie or consent
# layer): its form labels and messages are never the article, however much text they hold.
# A word after "enable-", "has-", "with-" names a feature the element offers or holds
# ("penci-enable-lightbox" on a page-wide layout), not what the element is; "lightbox" is no
# overlay word at all: it names where a gallery's pictures open ("js-lightbox-gallery").
# The words before the overlay's are joined by "-" alone: a "_" both joined them and opened
# a name, so "a_a_a…" was read from each "_" to its end (a class of 9,600 characters: 9 s).
# A name whose words a "_" joins is found from its last "_", with the same words to test.
_OVERLAY = LazyPattern(
    r"(?:^|[\s_])(?:(?!(?:enable|enabled|has|with|without|no|use|allow|show|hide|is)[-_])"
    r"[a-z0-9]+-)*(?:modal|dialog|popup|overlay|cookie|consent|gdpr)(?:$|[\s_-])"
)


@functools.lru_cache(maxsize=4096)  # a template repeats its names
def is_overlay(names: str) -> bool:
    """Whether a container's class/id names a box drawn over the page."""
    return _OVERLAY.search(names.lower()) is not None


# A page's sidebar named as such: "sidebar" as a whole class token or id ("col-md-4 sidebar",
# id="sidebar"). Compounds are not asked: layouts name the wrapper of their main column with
# the word ("page-sidebar-wrap", "sidebar-grid__primary", "sidebar-2col"), and on the
# half-A pages of the dev sets whose best prose lies under a "sidebar" compound (thirteen) it was
# the article's each time; under the bare token (one), a blog's box of recent comments
# beside a short post.
_SIDEBAR = LazyPattern(r"(?:^|\s)sidebar(?:$|\s)")


@functools.lru_cache(maxsize=4096)  # a template repeats its names
def is_sidebar(names: str) -> bool:
    """Whether a container's class/id names it the page's sidebar, the bare word alone."""
    return _SIDEBAR.search(names.lower()) is not None


# State modifiers name a feature of the page, not the element: "comments-enabled" on the
# article wrapper, "without-sidebar" on the layout, "header-has-actions" on a recipe's
# "Ingredients" heading (with its unit switch beside it). Not "show-": "show-comments" names the
# box that shows them (a prompt to join the discussion under the text), as a button would
# (halves A/B: fundus body F1 +0.0005/0, fundus-eval +0.0015/0, trafilatura snippets 0/0).
_STATE_MODIFIER = LazyPattern(
    r"(?:^|[\s_-])(?:has|with|without|no|hide)[-_]+(?:comments?|sidebar|ads?|share|social|"
    r"related|banner|actions?|ratings?|votes?)s?(?=$|\s)|"
    r"(?:^|[\s_-])(?:comments?|ads?|sidebar|share|social)[-_]+(?:enabled|disabled|on|off|open|"
    r"closed|allowed|active|inactive)(?=$|\s)"
)
# What every match of ``_STATE_MODIFIER`` holds: a modifier word and the separator after it,
# or a separator and the state word after it. Searched first: half the time of the
# substitution (whose opening "start or separator" has the engine try every position), and
# 94% of the weighed names with a separator hold none.
_STATE_MODIFIER_HINT = LazyPattern(
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
    # A space before the names stands for their start, where ``_negative``'s words need a
    # separator before them; no other pattern matches a space.
    spaced = " " + lower
    first = _any_weight().search(spaced)
    if first is None:
        return 0  # most names: one search (cutting a state modifier only removes matches)
    cut = _without_state_modifiers(lower)
    # No pattern matches before the union's first match (the first of any of theirs): each
    # is searched from there, unless a state modifier was cut, which moved the positions.
    start = first.start()
    if cut is not lower:
        spaced, start = " " + cut, 0
    if _STRONG_POSITIVE.search(spaced, start):
        return 2
    if _STRONG_NEGATIVE.search(spaced, start):
        return -2
    if _negative().search(spaced, start) or _negative_anywhere().search(spaced, start):
        return -1
    if _POSITIVE.search(spaced, start):
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
    """Names any pattern of ``class_weight`` matches: their union, searched once (in the
    names with a space before them, as ``_negative`` is). None of the patterns reaches
    across white space (``_negative``'s edges take it for the start or end of a word), so a
    word's match is one of the names it is in. Every alternative opens with a letter or the
    separator set, which the engine tests without entering a group."""
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


# The furniture word of a page's table of contents: a box of links to the page's own
# sections (or to a guide's other pages), furniture. A book's or a course's contents on its
# page are a list of chapters written out, no link among them: what the reader came for.
# The container tells them apart (``scoring``): a list named so, without a link, weighs as
# its other names do.
_CONTENTS_WORD = "toc"


@functools.lru_cache(maxsize=1024)
def contents_list_weight(names: str) -> int | None:
    """The weight of names that are furniture only for ``_CONTENTS_WORD`` ("toc",
    "css-toc"), as if that word were absent; ``None`` for any other names."""
    if _CONTENTS_WORD not in names.lower() or furniture_words(names) != {_CONTENTS_WORD}:
        return None
    rest = " ".join(w for w in names.split() if _CONTENTS_WORD not in w.lower())
    weight = class_weight(rest)
    return weight if weight >= 0 else None


# The kinds a page builder's widget in the text is named for when it is the text's own: a
# review's pros and cons ("widget statement" with "pro" and "contra" columns), a recipe's
# ingredients, a data table, a quotation (read as a <blockquote> is). A widget named for
# nothing of the text (a "widget sharebear", "widget video", a sidebar's
# "widget_recent_entries") stays furniture ("widget" read through whatever it names cost
# fundus half B, class_names._CONTENT_DECIDES).
_TEXT_WIDGET_KINDS = frozenset(
    {"statement", "proscons", "pros", "cons", "procon", "contra", "ingredients", "table", "quote"}
)
# The same in one class, as a page builder names its widgets ("elementor-widget-text-editor"
# around a page's prose, "elementor-widget-icon-list" around its list of features), and the
# inner wrapper every widget of the builder has ("elementor-widget-container"), which the
# widget around it names: a sidebar's "elementor-widget-wp-widget-recent-posts" or an
# "elementor-widget-share-buttons" stays furniture by its own words. (Not a sidebar's bare
# "widget_text": a theme's text widget is the sidebar's box.)
_BUILDER_TEXT_WIDGETS = frozenset(
    {
        "text-editor", "heading", "icon-list", "accordion", "toggle", "tabs",
        "theme-post-content", "container", "wrap",
    }
)  # fmt: skip
_CLASS_WORD = LazyPattern(r"[^\s_-]+")
_WIDGET = "widget"


@functools.lru_cache(maxsize=1024)
def text_widget(classes: str) -> bool:
    """Whether a container named as furniture by ``widget`` alone names, with another of
    its class words, a kind of the text's own content (``_TEXT_WIDGET_KINDS``), or is a
    page builder's widget of text or its inner wrapper (``_BUILDER_TEXT_WIDGETS``)."""
    lower = classes.lower()
    if _WIDGET not in lower or furniture_words(classes) != {_WIDGET}:
        return False
    for token in lower.split():
        at = token.find(_WIDGET)
        if at > 0 and token[at + len(_WIDGET) :].lstrip("-_") in _BUILDER_TEXT_WIDGETS:
            return True
    return any(word in _TEXT_WIDGET_KINDS for word in _CLASS_WORD.findall(lower))
