"""The tag sets the walk reads elements by: subtrees never read, paragraph-level leaves,
inline elements and heading levels, the containers that change the walk below them. Kept
apart from the line tests because they say how the markup is walked, not what a line of
text is."""

from __future__ import annotations

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
        # a scrolling ticker ("<marquee>Minister resigns</marquee>", old sites' breaking-news
        # rows): a deprecated element kept for tickers alone, never a story's text
        "marquee",
        # a ruby's reading over its characters ("<ruby>大雨<rt>おおあめ</rt></ruby>" on a
        # page for learners) and the brackets around it: a note on the text, not its words
        "rt", "rp",
    }
)  # fmt: skip
# The same two read inside a paragraph read whole: left out of its text.
RUBY_NOTES = frozenset({"rt", "rp"})

# Elements whose whole text is one paragraph-level block.
LEAF_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"})

# Inline elements: their text joins the running paragraph of the enclosing block.
INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i",
        "kbd", "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub",
        "sup", "time", "tt", "u", "var", "wbr", "del", "ins", "strike", "big", "nobr", "#text",
    }
)  # fmt: skip

HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


# An inline element holding one of these is a container in disguise (cards, wrappers).
INLINE_HAS_BLOCKS = frozenset(
    {"div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote",
     "section", "article", "br"}
)  # fmt: skip


# Tags whose nearest one above a list item says whether its list is numbered.
LIST_TAGS = frozenset({"ul", "ol", "menu", "dl"})


# A figure's children that are read: its caption and the text content it may hold.
FIGURE_CONTENT = frozenset({"figcaption", "table", "blockquote", "pre", "figure"})


# Containers whose tag changes the walk below them: lists, quotes, headings (the kind of
# their loose text), links, figures.
CONTEXT_TAGS = frozenset(
    {"ul", "ol", "dl", "a", "figure", "figcaption", "li", "dd", "dt", "blockquote", "pre",
     "h1", "h2", "h3", "h4", "h5", "h6"}
)  # fmt: skip
