"""A grammar of the pages the extractors read, for Hypothesis: the elements and attributes
the metadata sources and the body walk look at (meta/og, JSON-LD, microdata, ``<time>``,
bylines, tables, lists, charset declarations), filled with hostile values (odd JSON types
and nesting, BOMs, NULs, lone surrogates as escapes, entities, huge values, deep nesting).

Unlike ``tests/hostile_inputs.tag_soup`` (random tokens), every page here is shaped like an
article, so the values reach the stages that parse them instead of being dropped early.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st


def _names(text: str) -> list[str]:
    return text.split()


_WORDS = _names(
    "the council harbour plan report Paris 2021 March 5 de marzo 12:30 By Par Von Jean Anna "
    "Smith Reuters AFP Source: Tags: Updated Published 記者 기자 © — | : , . 1 00 "
    # login names and handles (the login-name author, a forum member), sub-site names
    "mkestrel w4lrus trail_crew.7 admin webmaster example.org Beitrag von » « • › "
    "Page 2 Seite 3 von 5 Strona Green Corner Bloggarden 12 / MAR / 2024 3/Okt/2022"
)
# Characters and escapes no page should carry but some do: NUL, BOM, lone surrogates (as
# HTML and JSON escapes), bidi controls, line separators, private use, noncharacters.
_ODD = [
    *["\x00", "\ufeff", "\u202e", "\u2028", "\u200b", "\x0c", "\x1b", "\x7f", "\ue000"],
    *["\uffff", "\U0010ffff", "&#xD800;", "&#0;", "&#x110000;", "&#99999999999;", "&nbsp;"],
    *["&amp;", "&", "<", ">", '"', "'", "\\", "&#x1F600;", "&lt;script&gt;", "\u0301"],
]
_WORD = st.sampled_from(_WORDS) | st.sampled_from(_ODD)
text = st.lists(_WORD, max_size=10).map(" ".join) | st.text(max_size=24)
# A value built to be big: a repeated word or character, up to 200 KB.
_UNITS = ["a", "a ", "a|", "a,", "é", "<", "&amp;", "2021-", "\\u0041", "\n"]
huge = st.builds(
    lambda unit, count: unit * count, st.sampled_from(_UNITS), st.integers(1000, 200_000)
)
value = text | st.sampled_from(["", " ", "0", "-1", "null", "[]", "{}"]) | huge


def _year() -> st.SearchStrategy[int]:
    return st.sampled_from([0, 1, 1969, 2021, 9999, 10000]) | st.integers(-99, 99999)


_ZONES = ["", "Z", "+01:00", "-23:59", "+99:99", "+0530", " UTC", "[Europe/X]"]
_ODD_DATES = [
    *_names(
        "1e400 NaN -0 1614900000 16149000000000000000 today 2021-W10-5 2021-064 P1D T12:00 "
        "0000-00-00 2021/03/05"
    ),
    "5 mars 2021",
    "2021/03/05 25:61",
]
date = st.one_of(
    st.builds(
        lambda y, m, d, h, mi, z: f"{y:04d}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00{z}",
        _year(),
        st.integers(0, 13),
        st.integers(0, 32),
        st.integers(0, 25),
        st.integers(0, 61),
        st.sampled_from(_ZONES),
    ),
    st.sampled_from(_ODD_DATES),
    text,
)

# Login names, handles and accounts a CMS sets up: the login-name author rule's inputs.
_LOGINS = [
    *_names(
        "mkestrel w4lrus trail_crew.7 admin webmaster wpadmin red example.org xn--e1a.example "
        "a.b ..._ 12345 ___ kettenblatt77 Nora"
    ),
    *["", " ", "\x00", "a" * 31, "Site Admin", "ridgeline-notes", "\ud800x"],
]

_JSON_KEYS = st.sampled_from(
    _names(
        "@type @graph @id @context @value @list headline name alternativeHeadline author "
        "creator datePublished dateCreated dateModified uploadDate publisher articleBody text "
        "description keywords articleSection inLanguage url image thumbnailUrl "
        "mainEntityOfPage isAccessibleForFree hasPart wordCount itemListElement item position "
        "sameAs logo contentUrl width height givenName familyName mainEntity acceptedAnswer "
        "suggestedAnswer answerCount upvoteCount alternateName"
    )
)
_JSON_TYPES = st.sampled_from(
    [
        *_names(
            "NewsArticle Article ReportageNewsArticle BlogPosting Person Organization WebPage "
            "BreadcrumbList ListItem ImageObject LiveBlogPosting VideoObject "
            "http://schema.org/NewsArticle x Question QAPage Answer DiscussionForumPosting "
            "Product Review"
        ),
        "",
    ]
)
_JSON_SCALAR = (
    st.none()
    | st.booleans()
    | st.integers(-(2**80), 2**80)
    | st.floats(allow_nan=True, allow_infinity=True)
    | date
    | text
    | _JSON_TYPES
)


def _containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(children, max_size=4) | st.dictionaries(
        _JSON_KEYS | st.text(max_size=6), children, max_size=5
    )


json_value = st.recursive(_JSON_SCALAR, _containers, max_leaves=30)


def _person() -> st.SearchStrategy[Any]:
    """An author node: a person named by a login name, a handle, a host or odd values."""
    return st.builds(
        lambda kind, name: {"@type": kind, "name": name},
        st.sampled_from(["Person", "Organization", "", "x"]),
        st.sampled_from(_LOGINS) | text | huge,
    )


@st.composite
def jsonld_node(draw: st.DrawFn) -> Any:
    """An article-ish node, alone, in a ``@graph`` or in a list, with odd-typed values."""
    node: dict[str, Any] = {"@type": draw(_JSON_TYPES | st.lists(_JSON_TYPES, max_size=3))}
    node.update(draw(st.dictionaries(_JSON_KEYS, json_value, max_size=8)))
    shape = draw(st.integers(0, 4))
    if shape == 4:  # a Q&A page: the question read as the page's article when it has none
        node["@type"] = draw(st.sampled_from(["Question", ["Question", "x"], "QAPage"]))
        node["author"] = draw(_person() | json_value)
        node["dateCreated"] = draw(date | json_value)
        return {"@context": "https://schema.org", "@type": "QAPage", "mainEntity": node}
    if shape == 0:
        return {"@context": "https://schema.org", "@graph": [node, draw(json_value)]}
    if shape == 1:
        return [node, draw(json_value)]
    return node


_DEEP_OPENERS = ['{"@type":"Thing","hasPart":', "[", '{"author":[']
_CLOSERS = {"[": "]", '{"author":[': "]}"}
_SCRIPT_TYPES = ["application/ld+json", "application/ld+json; charset=x", "LD+JSON"]


@st.composite
def jsonld_script(draw: st.DrawFn) -> str:
    """A JSON-LD script: whole, truncated, nested thousands deep, with a lone surrogate
    escape, wrapped in a comment, two values glued, or ended early by ``</script>``."""
    raw = json.dumps(draw(jsonld_node()), allow_nan=True, ensure_ascii=draw(st.booleans()))
    if draw(st.integers(0, 5)) == 0:  # nested deep: the walk of the graph must not overflow
        depth = draw(st.integers(10, 5000))
        opener = draw(st.sampled_from(_DEEP_OPENERS))
        raw = opener * depth + raw + _CLOSERS.get(opener, "}") * depth
    how = draw(st.integers(0, 7))
    if how == 0:
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif how == 1:
        raw = raw.replace('"', '"\\ud800', 1)
    elif how == 2:
        raw = f"<!--{raw}-->"
    elif how == 3:
        raw = raw + ";" + raw
    elif how == 4:
        raw = raw.replace("</", "<\\/") + "</scr" + "ipt><p>"
    return f'<script type="{draw(st.sampled_from(_SCRIPT_TYPES))}">{raw}</script>'


_META_NAMES = st.sampled_from(
    [
        *(
            ("property", name)
            for name in _names(
                "og:title og:description og:type og:image og:url og:site_name og:locale "
                "article:published_time article:modified_time article:author article:tag "
                "article:section og:image:width"
            )
        ),
        *(
            ("name", name)
            for name in _names(
                "author description keywords news_keywords date pubdate dc.date dc.creator "
                "dc.title dc.language parsely-pub-date parsely-author sailthru.date twitter:title "
                "twitter:creator citation_author byl robots viewport"
            )
        ),
        *(("itemprop", name) for name in _names("datePublished author name headline")),
        *(("http-equiv", name) for name in _names("content-type content-language refresh")),
    ]
)


def _attr(raw: str) -> str:
    return raw.replace('"', "&quot;")


@st.composite
def meta(draw: st.DrawFn) -> str:
    attribute, name = draw(_META_NAMES)
    return f'<meta {attribute}="{name}" content="{_attr(draw(value | date))}">'


_CHARSETS = [
    *_names(
        "utf-8 UTF-16 utf-16be utf-32 windows-1252 iso-8859-1 shift_jis gb2312 x-user-defined "
        "replacement utf-7 base64 rot13 hex undefined idna punycode unicode_escape "
        "raw_unicode_escape zlib bz2 uu quopri mbcs"
    ),
    "",
    "\x00",
    "utf-8\x00x",
    "a" * 300,
]


@st.composite
def charset_declaration(draw: st.DrawFn) -> str:
    """A charset declared three ways, its label a web encoding, a Python codec that is none
    (``base64``, ``rot13``, ``unicode_escape``), or junk."""
    label = draw(st.sampled_from(_CHARSETS) | st.text(max_size=12))
    form = draw(st.integers(0, 2))
    if form == 0:
        return f'<meta charset="{_attr(label)}">'
    if form == 1:
        return f'<meta http-equiv="Content-Type" content="text/html; charset={_attr(label)}">'
    return f"<?xml version='1.0' encoding='{label}'?>"


@st.composite
def time_element(draw: st.DrawFn) -> str:
    return f'<time datetime="{_attr(draw(date))}" pubdate>{draw(date)}</time>'


_BYLINE_ATTRIBUTES = [
    *['class="byline"', 'rel="author"', 'itemprop="author"', 'class="author vcard"'],
    *['class="dateline"', 'class="credit"', 'class="tags"', 'class="lead"', ""],
]


@st.composite
def byline(draw: st.DrawFn) -> str:
    tag = draw(st.sampled_from(_names("p div span address a")))
    attribute = draw(st.sampled_from(_BYLINE_ATTRIBUTES))
    opener = draw(st.sampled_from([*_names("By Par Von Por Di Source: Tags:"), ""]))
    return f"<{tag} {attribute}>{opener} {draw(value)}</{tag}>"


@st.composite
def table(draw: st.DrawFn) -> str:
    rows = draw(st.lists(st.lists(text, max_size=4), max_size=5))
    span = draw(st.sampled_from(["", ' colspan="0"', ' rowspan="99999999"', ' colspan="-1"']))
    cells = "".join(
        "<tr>" + "".join(f"<td{span}>{cell}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr><th>{draw(text)}</th></tr></thead>{cells}</table>"


_LIST_STARTS = ["", ' start="-5"', ' start="99999999999999999999"', ' type="A"']


@st.composite
def list_element(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["ul", "ol", "dl"]))
    item = "dt" if kind == "dl" else "li"
    items = "".join(f"<{item}>{entry}</{item}>" for entry in draw(st.lists(text, max_size=5)))
    return f"<{kind}{draw(st.sampled_from(_LIST_STARTS))}>{items}</{kind}>"


_NESTED = ["div", "b", "blockquote", "ul><li", "table><tr><td", "section"]


@st.composite
def nested(draw: st.DrawFn) -> str:
    """Up to 3,000 levels of one element around a paragraph, closed or left open."""
    tag = draw(st.sampled_from(_NESTED))
    depth = draw(st.integers(1, 3000))
    inner = "<p>Deep text of the article, a sentence long.</p>"
    closed = draw(st.booleans())
    end = "".join(f"</{t}>" for t in reversed(tag.split("><"))) * depth if closed else ""
    return f"<{tag}>" * depth + inner + end


def _paragraph(words: str) -> str:
    return f"<p>{words}</p>"


def _code(words: str) -> str:
    return f'<pre><code class="language-{_attr(words)}">{words}</code></pre>'


def _image(raw: str) -> str:
    return f'<img src="{_attr(raw)}" alt="{_attr(raw)}" srcset="{_attr(raw)} 2x">'


def _microdata(raw: str) -> str:
    return f'<span itemscope itemtype="{_attr(raw)}"><meta itemprop="name" content="x"></span>'


# The paths of the last waves, each drawn with hostile values in its slots.
_LOGIN = st.sampled_from(_LOGINS) | text
_LABELS = [*_names("Written By Posted by Von Par Av 投稿者: Γράφτηκε από Beitrag von"), ""]


@st.composite
def login_author(draw: st.DrawFn) -> str:
    """A blog's rel=author link or microdata author holding a login name."""
    login = draw(_LOGIN)
    if draw(st.booleans()):
        link = f'<a rel="author" href="/author/{_attr(login)}/">{login}</a>'
        return f'<p class="meta">Filed by {link}</p>'
    person = 'itemprop="author" itemscope itemtype="https://schema.org/Person"'
    return f'<span {person}><span itemprop="name">{login}</span></span>'


@st.composite
def dated_byline(draw: st.DrawFn) -> str:
    """A post meta line: a date in an element of its own, then a byline label and a name."""
    when = draw(st.sampled_from(["time", "span", "em", "b"]))
    label = draw(st.sampled_from(_LABELS))
    name = draw(_LOGIN | value)
    lines = draw(st.integers(1, 3))
    line = (
        f'<div class="entry-meta"><{when} class="date" datetime="{_attr(draw(date))}">'
        f'{draw(date)}</{when}> {label} <a href="/me">{name}</a></div>'
    )
    return line * lines


@st.composite
def forum_post(draw: st.DrawFn) -> str:
    """A forum post: a labelled author line naming a member link (class username)."""
    member = draw(_LOGIN | huge)
    label = draw(st.sampled_from(["Beitrag von", "Posted by", "by", "Von", "", "»"]))
    return (
        f'<div class="post"><p class="author">{label} <strong><a class="username" '
        f'href="/u/{_attr(member)}">{member}</a></strong> » {draw(date)}</p>'
        f'<div class="content">{draw(text)}</div></div>'
    )


_BADGE_DAYS = ["12", "3", "0", "32", "-1", "", "99999999999", "١٢"]
_BADGE_MONTHS = [*_names("MAR Okt März Μαρτίου mars ABC"), "", "13", "\x00"]


@st.composite
def calendar_badge(draw: st.DrawFn) -> str:
    """A blog theme's calendar badge: day, month name and year set apart by slashes."""
    day = draw(st.sampled_from(_BADGE_DAYS) | text)
    month = draw(st.sampled_from(_BADGE_MONTHS) | text)
    year = draw(st.sampled_from(["2024", "0", "99999", "", "2024 / 2025"]) | text)
    slash = draw(st.sampled_from([" / ", "/", " // ", "/ /"]))
    return (
        f'<div class="post-date-badge"><span class="d">{day}</span>{slash}'
        f'<span class="m">{month}</span>{slash}<span class="y">{year}</span></div>'
    )


@st.composite
def readmore(draw: st.DrawFn) -> str:
    """Read-more expanders: text under a section title, several per page, some of links."""
    names = draw(st.sampled_from(["js-readmore", "read-more", "js_readmore", "readmore-box"]))
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        inner = draw(st.sampled_from(["p", "a", "li"]))
        filler = draw(st.lists(_WORD, min_size=3, max_size=25).map(" ".join))
        parts.append(
            f'<div class="{names}"><h3>{draw(text)}</h3><{inner} href="/x">{filler}</{inner}></div>'
        )
    return "".join(parts) + '<a class="readmore-toggle" href="#">Show more</a>'


_RATINGS = st.sampled_from(["5/5", "0/0", "", "-1/5"])


@st.composite
def reviews(draw: st.DrawFn) -> str:
    """Readers' rated reviews on a page that declares nothing."""
    box = draw(st.sampled_from(["product-reviews", "reviews", "review-list", "comments"]))
    items = "".join(
        f'<div class="review"><span class="rating">{draw(_RATINGS)}'
        f"</span> <b>{draw(_LOGIN)}</b><p>{draw(text)}</p></div>"
        for _ in range(draw(st.integers(0, 5)))
    )
    return f'<section class="{box}"><h2>Customer reviews ({draw(text)})</h2>{items}</section>'


_HEADLINE = st.lists(_WORD, min_size=4, max_size=14).map(" ".join)
_ITEM_DATES = st.sampled_from(["14 March 2023", "6 décembre 2019", "2023"]) | date


@st.composite
def comment_section(draw: st.DrawFn) -> str:
    """Readers' comments: entries dated by a ``<time>`` or their text, before a form."""
    entry = draw(st.sampled_from(["li", "div", "article"]))
    entries = "".join(
        f'<{entry} class="comment"><b>{draw(_LOGIN)}</b> <time datetime="{_attr(draw(date))}">'
        f"{draw(date)}</time><p>{draw(text)}</p></{entry}>"
        for _ in range(draw(st.integers(0, 6)))
    )
    form = draw(st.sampled_from(["<form><textarea></textarea><button>Post</button></form>", ""]))
    box = draw(st.sampled_from(['<section id="comments">', "<div>", '<ol class="commentlist">']))
    closer = "</ol>" if box.startswith("<ol") else ("</section>" if "section" in box else "</div>")
    return f"{box}{entries}{form}{closer}"


@st.composite
def press_list(draw: st.DrawFn) -> str:
    """A dated list of reports: each item a date, a colon or dash, then a title, linked or not."""
    items = []
    linked = draw(st.sampled_from(["all", "some"]))  # all: a list of links, dropped as one
    for _ in range(draw(st.integers(1, 8))):
        title = draw(text | _HEADLINE)
        if linked == "all" or draw(st.booleans()):
            title = f'<a href="{_attr(draw(value))}">{title}</a>'
        mark = draw(st.sampled_from([":", " –", " -", ""]))
        items.append(f"<li>{draw(_ITEM_DATES)}{mark} {title}</li>")
    box = draw(st.sampled_from(["", ' class="more-links"', ' class="press"']))
    return f"<h2>Press</h2><ul{box}>{''.join(items)}</ul>"


@st.composite
def quote_widget(draw: st.DrawFn) -> str:
    names = draw(st.sampled_from(["widget quote", "quote", "widget video player", "widget"]))
    tag = draw(st.sampled_from(["h2", "p", "blockquote", "div"]))
    return f'<div class="{names}"><{tag}>{draw(value)}</{tag}><p>{draw(text)}</p></div>'


@st.composite
def code_table(draw: st.DrawFn) -> str:
    """A Pygments or Rouge code table: a line-number cell and a code cell, or odd rows."""
    lines = draw(st.integers(0, 3000))
    numbers = "\n".join(str(n) for n in range(1, lines + 1))
    code = draw(st.sampled_from(["x = 1\n", "\x00\n", "<b>&amp;</b>\n", "\n"])) * lines
    cells = [
        f'<td class="linenos"><pre>{numbers}</pre></td><td class="code"><pre>{code}</pre></td>',
        f'<td class="rouge-gutter gl"><pre class="lineno">{numbers}</pre></td>'
        f'<td class="rouge-code"><pre>{code}</pre></td>',
        f'<td class="code"><pre>{code}</pre></td><td class="linenos"><pre>{numbers}</pre></td>',
        f'<td class="linenos"><pre>{numbers}</pre></td>',
        f'<td class="linenos"></td><td class="code"><pre></pre><pre>{code}</pre></td>',
    ]
    table_class = draw(st.sampled_from(["highlighttable", "rouge-table", ""]))
    rows = "".join(
        f"<tr>{draw(st.sampled_from(cells))}</tr>" for _ in range(draw(st.integers(1, 3)))
    )
    return (
        f'<div class="highlight"><table class="{table_class}"><tbody>{rows}</tbody></table></div>'
    )


_BOX_CLASSES = st.sampled_from(
    ["widget author-box", "author", "widget_author", "comment-author", "about-author"]
)


@st.composite
def sidebar(draw: st.DrawFn) -> str:
    """A blog's sidebar (an <aside> or a sidebar box) holding author boxes, after the article."""
    boxes = "".join(
        f'<div class="{draw(_BOX_CLASSES)}"><h3>{draw(text)}</h3>'
        f'<p class="author-name">{draw(_LOGIN | value)}</p><p>{draw(text)}</p></div>'
        for _ in range(draw(st.integers(1, 3)))
    )
    depth = draw(st.integers(0, 8))
    opener = draw(st.sampled_from(['<aside class="sidebar">', '<div id="sidebar">', "<aside>"]))
    closer = "</aside>" if opener.startswith("<aside") else "</div>"
    return opener + "<div>" * depth + boxes + "</div>" * depth + closer


_TITLE_PARTS = [
    *["Page 2", "Seite 3 von 5", "Strona 2", "page 99999999999999", "Page", "Green Corner"],
    *["Bloggarden", "12.03.2024", "2024-03-12", "5 March 2021", "Example Blog", "Post"],
]
_TITLE_SEPARATORS = [" - ", " | ", " « ", " • ", " » ", " › ", " :: ", " — ", "«", " »» "]


@st.composite
def cut_title(draw: st.DrawFn) -> str:
    """A title of parts the title cuts look at: page labels, sub-site names, dates, joined by
    « • » and the usual separators."""
    parts = draw(st.lists(st.sampled_from(_TITLE_PARTS) | text, min_size=1, max_size=6))
    joined = parts[0]
    for part in parts[1:]:
        joined += draw(st.sampled_from(_TITLE_SEPARATORS)) + part
    return joined


def _link_without_address(raw: str) -> str:
    """Links that name a kind but no address: a rel=tag or rel=author link, a writer's link
    beside a follow button, a hashtag chip (every link-reading source must do without href)."""
    return (
        f'<p><a rel="tag">{raw}</a> <a rel="category">{raw}</a> <a rel="author">{raw}</a></p>'
        f"<div><a>{raw}</a><button>Follow</button></div><p><a>#{raw}</a> <a href>#{raw}</a></p>"
    )


# Numbers where a page may write anything (benchmarks/mutate_pages.py's odd values): blank,
# an anchor, NaN, infinite, negative, huge, unicode digits, stamps past year 9999 and before 1.
_ODD_NUMBERS = st.sampled_from(
    [*_names("# NaN inf -1 -0 1e999 ١٢٣ 99999999999999999999 253402300800 -62135596801"), ""]
) | st.sampled_from(["1700000000000000", " "])


def _odd_numbers(raw: str) -> str:
    """Attributes read as numbers or stamps, each holding ``raw``."""
    number = _attr(raw)
    return (
        f'<img src="/a.jpg" width="{number}" height="{number}">'
        f'<span data-utime="{number}" data-timestamp="{number}" data-time="{number}">x</span>'
        f'<abbr class="published" title="{number}">x</abbr><ol start="{number}"><li>x</li></ol>'
        f'<table><tr><td colspan="{number}" rowspan="{number}">x</td></tr></table>'
    )


# Elements without the attribute their reader looks for (a template that left it out).
_WITHOUT_ATTRIBUTES = [
    *["<time pubdate>5 March 2021</time>", "<img alt=x>", '<meta itemprop="datePublished">'],
    *['<span itemprop="author" itemscope></span>', '<a rel="author"></a>', "<source>"],
    *['<span property="article:published_time">x</span>', "<iframe></iframe>", "<video>"],
]
_HEAD_WITHOUT_ATTRIBUTES = [
    *['<meta property="article:published_time">', '<meta content="x">', "<meta>"],
    *['<link rel="canonical">', "<meta charset>", '<meta http-equiv="refresh">', "<link>"],
    *['<meta property="og:image">', '<meta name="author">', "<base>", '<link rel="amphtml">'],
]

_BODY_PART = st.one_of(
    login_author(),
    dated_byline(),
    forum_post(),
    calendar_badge(),
    readmore(),
    reviews(),
    comment_section(),
    press_list(),
    quote_widget(),
    code_table(),
    st.lists(_WORD, min_size=5, max_size=30).map(" ".join).map(_paragraph),
    byline(),
    time_element(),
    table(),
    list_element(),
    nested(),
    text.map(lambda words: f"<h2>{words}</h2>"),
    text.map(_code),
    value.map(_image),
    value.map(lambda raw: f'<a href="{_attr(raw)}">{raw}</a>'),
    value.map(_link_without_address),
    (_ODD_NUMBERS | value).map(_odd_numbers),
    st.lists(st.sampled_from(_WITHOUT_ATTRIBUTES), min_size=1).map("".join),
    value.map(lambda raw: f'<div itemprop="articleBody" lang="{_attr(raw)}">{raw}</div>'),
    value.map(_microdata),
    text.map(lambda words: f'<figure><img src="/a.jpg"><figcaption>{words}</figcaption></figure>'),
)
_HEAD_PART = st.one_of(
    meta(),
    jsonld_script(),
    charset_declaration(),
    value.map(lambda raw: f"<title>{raw}</title>"),
    cut_title().map(lambda title: f"<title>{title}</title>"),
    cut_title().map(lambda title: f'<meta property="og:title" content="{_attr(title)}">'),
    cut_title().map(lambda title: f'<meta property="og:site_name" content="{_attr(title)}">'),
    value.map(lambda raw: f'<link rel="canonical" href="{_attr(raw)}">'),
    value.map(lambda raw: f'<base href="{_attr(raw)}">'),
    st.lists(st.sampled_from(_HEAD_WITHOUT_ATTRIBUTES), min_size=1).map("".join),
)
_PREFIX = st.sampled_from(["", "", "\ufeff", "\x00", "<!DOCTYPE html>", "\n\n", "<?xml?>"])
_LANGS = st.sampled_from([*_names("en fr de ja ar zh-Hant"), "", "x" * 40]) | text


def _navigation(sections: list[str] | None) -> str:
    """The site's navigation linking to its sections (the names a title's part may be)."""
    if sections is None:
        return ""
    links = "".join(f'<a href="/{_attr(name)}/">{name}</a>' for name in sections)
    return f'<header><nav class="menu">{links}</nav></header>'


@st.composite
def article_page(draw: st.DrawFn) -> str:
    """An article page of the grammar's parts, as text."""
    head = "".join(draw(st.lists(_HEAD_PART, max_size=6)))
    body = "".join(draw(st.lists(_BODY_PART, min_size=1, max_size=8)))
    outside = "".join(draw(st.lists(sidebar() | forum_post() | comment_section(), max_size=2)))
    navigation = draw(st.none() | st.lists(st.sampled_from(_TITLE_PARTS) | text, max_size=6))
    return (
        f'{draw(_PREFIX)}<html lang="{_attr(draw(_LANGS))}"><head>{head}</head>'
        f"<body>{_navigation(navigation)}<article><h1>{draw(text | cut_title())}</h1>{body}"
        f"</article>{outside}"
        "</body></html>"
    )


_ENCODINGS = _names("utf-8 utf-16 utf-16-le cp1252 shift_jis gb18030")
_BOMS = [b"", b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"]


@st.composite
def article_bytes(draw: st.DrawFn) -> bytes:
    """An article page as bytes: in one of several encodings, behind a BOM that may lie."""
    page = draw(article_page())
    encoding = draw(st.sampled_from(_ENCODINGS))
    data = page.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
    return draw(st.sampled_from(_BOMS)) + data
