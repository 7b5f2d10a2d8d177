"""Readers' comments under an article are cut whatever the template calls them (or without a
name, by their structure), on a page that declares itself an article; a thread whose posts
are the page keeps them (``body/comments.py``)."""

from __future__ import annotations

import pytest

from newsextract.body.comments import is_comment_name
from newsextract.body.extractor import extract_body
from newsextract.page import ParsedPage

_TEXT = (
    "The harbour authority approved the new ferry pier on Monday after a long hearing in "
    "which fishermen and hotel owners argued over where the boats should dock.",
    "Work starts in the autumn, and the first ferries are to call at the pier in two years "
    "if the state pays the share of the cost it promised in the spring.",
    "The fishermen asked for a second study of the northern bay, where the water is deeper "
    "and the pier would not block their moorings at the old quay.",
)
_COMMENTS = (
    "About time, the old quay is a disgrace and the ferry queue blocks the whole street.",
    "Another pier that will cost twice the estimate, as every project in this town does.",
    "The northern bay was the better place, the fishermen were right from the start.",
)
_ARTICLE_META = '<meta property="og:type" content="article">'


def _page(section: str, *, head: str = _ARTICLE_META) -> ParsedPage:
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    html = (
        f"<html><head>{head}<title>Ferry pier</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f'<div class="wrap"><h1>Ferry pier approved</h1>{text}{section}</div>'
        "<footer>Harbour Post</footer></body></html>"
    )
    return ParsedPage(html, "https://harbour.example/pier")


def _entries(item: str = "li", attrs: str = "") -> str:
    return "".join(
        f'<{item} class="entry" id="c{i}"{attrs}><span class="author">Reader {i}</span> '
        f'<time datetime="2026-04-0{i + 1}">{i + 1} April</time><p>{text}</p>'
        f'<a href="#c{i}">Reply</a></{item}>'
        for i, text in enumerate(_COMMENTS)
    )


def _assert_comments_cut(page: ParsedPage) -> None:
    text = extract_body(page).text
    assert all(p in text for p in _TEXT)
    assert not any(c in text for c in _COMMENTS)


@pytest.mark.parametrize(
    "name",
    ["comentarios", "yorumlar", "reacties", "binh-luan", "discussion", "reader-responses"],
)
def test_a_comment_section_named_in_any_language_is_cut(name: str) -> None:
    _assert_comments_cut(_page(f'<section class="{name}"><ol>{_entries()}</ol></section>'))


def test_schema_org_comments_are_cut_under_a_neutral_name() -> None:
    items = _entries("div", ' itemprop="comment" itemscope itemtype="https://schema.org/Comment"')
    _assert_comments_cut(_page(f'<div class="box-3">{items}</div>'))


def test_an_unnamed_list_of_dated_signed_replies_is_cut() -> None:
    _assert_comments_cut(_page(f'<div class="zone"><ol class="tree">{_entries()}</ol></div>'))


def test_entries_dated_in_text_before_a_comment_form_are_cut() -> None:
    rows = "".join(
        f'<div class="row"><span class="user-name">Reader {i}</span> 0{i + 1}.04.2026 '
        f'<p>{text}</p><a href="#r{i}">Reply</a></div>'
        for i, text in enumerate(_COMMENTS)
    )
    form = '<form method="post"><textarea name="comment"></textarea><button>Send</button></form>'
    _assert_comments_cut(_page(f'<div class="box">{rows}{form}</div>'))


def test_a_long_discussion_does_not_outscore_the_article() -> None:
    long = "".join(
        f'<li class="entry"><span class="author">Reader {i}</span> <time>today</time>'
        f"<p>{text} {text} {text}</p><a href='?replytocom={i}'>Reply</a></li>"
        for i, text in enumerate(_COMMENTS * 3)
    )
    _assert_comments_cut(_page(f'<div id="comentarios"><ul>{long}</ul></div>'))


def test_a_live_blogs_dated_entries_are_kept() -> None:
    """Dated, signed entries without a reply link are a live blog's posts, not comments."""
    updates = "".join(
        f'<div class="update"><span class="author">Desk</span> <time>1{i}:00</time>'
        f'<p>{text}</p><a href="https://social.example/s{i}">Share</a></div>'
        for i, text in enumerate(_COMMENTS)
    )
    text = extract_body(_page(f'<div class="updates">{updates}</div>')).text
    assert all(c in text for c in _COMMENTS)


def test_a_thread_whose_first_post_is_long_keeps_its_replies() -> None:
    """A forum page declares no article: its replies after a long opening post are the
    page's text, whatever they are called."""
    page = _page(
        f'<div class="respuestas">{_entries("div")}</div>',
        head='<meta property="og:type" content="website">',
    )
    text = extract_body(page).text
    assert all(c in text for c in _COMMENTS)


def test_a_comment_named_box_holding_the_article_is_kept() -> None:
    """The article text must come before a comment section: a column a Turkish site names
    "yorum" (commentary) is the article itself."""
    text = "".join(f"<p>{p}</p>" for p in _TEXT)
    html = (
        f"<html><head>{_ARTICLE_META}</head><body><h1>Column</h1>"
        f'<div class="yorum-detay">{text}</div></body></html>'
    )
    body = extract_body(ParsedPage(html, "https://gazete.example/yorum/1")).text
    assert all(p in body for p in _TEXT)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ("binh-luan", True),
        ("box binh_luan", True),
        ("section-comentarios", True),
        ("reacties-lijst", True),
        ("reactiesblok", False),  # "reacties" must be a whole word of the name
        ("wrap yorumlar", True),
        ("commentary-photo", False),
        ("areactions", False),
    ],
)
def test_comment_names_are_whole_words(names: str, expected: bool) -> None:
    assert is_comment_name(names) is expected


@pytest.mark.parametrize(
    "section",
    [
        '<section id="discussion"><h2>Discussion</h2><p>{0}</p><p>{1}</p></section>',
        '<div class="reactions"><h2>Reactions</h2><p><b>Fishermen\'s union</b> said: {0}</p>'
        "<p><b>Hotel owners</b> said: {1}</p></div>",
    ],
    ids=["paper-discussion", "quoted-reactions"],
)
def test_an_article_section_named_like_replies_is_kept(section: str) -> None:
    """ "Discussion" and "reactions" also name parts of an article: without a comment's
    date or form the section is the article's."""
    page = _page(section.format(_COMMENTS[0], _COMMENTS[1]))
    text = extract_body(page).text
    assert _COMMENTS[0] in text
    assert _COMMENTS[1] in text


def test_a_thread_whose_posts_are_named_comments_is_the_text() -> None:
    """A forum page that declares no article and sets each post in a "comment" box: the
    posts are its text (read as a thread's), not furniture leaving the body empty."""
    posts = "".join(
        f'<div class="comment" id="c{n}"><span class="comment-author">user{n}</span> '
        f"<time>2026-02-0{n + 1}</time><div class=comment-body><p>{text}</p></div>"
        f'<a href="#c{n}">reply</a></div>'
        for n, text in enumerate(
            (
                "My router drops the connection every evening around nine, and a restart "
                "only helps for an hour or so.",
                "Check whether the channel is crowded then; a fixed channel fixed the same "
                "problem for me last winter.",
                "Thanks, a fixed channel did it, no drops for three evenings now, marking "
                "this as solved.",
            )
        )
    )
    html = (
        '<html><head><meta property="og:type" content="website"><title>Router drops</title>'
        f"</head><body><h1>Router drops every evening</h1><div class=thread>{posts}"
        "<form><textarea></textarea><button>Reply</button></form></div></body></html>"
    )
    body = extract_body(ParsedPage(html, "https://forum.example.org/t/1"))
    text = "\n".join(block.text for block in body.blocks)
    assert "drops the connection" in text and "marking this as solved" in text


def test_a_short_page_text_keeps_its_comments_out() -> None:
    """Only a page with no text of its own is read as a thread: a video page's one-line
    description stays its body, its viewers' comments stay out."""
    comment = "This video was great and I learned a lot about the bridge from it. " * 2
    comments = "".join(
        f'<div class="comment"><span class="comment-author">viewer{n}</span>'
        f"<time>2026-02-0{n + 1}</time><p>{comment}</p></div>"
        for n in range(4)
    )
    html = (
        '<html><head><meta property="og:type" content="video.other"><title>Bridge</title>'
        "</head><body><h1>Bridge opening, in two minutes</h1><div class=video><p>The new "
        "bridge over the river opened on Friday morning.</p></div>"
        f'<div class="comments">{comments}</div></body></html>'
    )
    body = extract_body(ParsedPage(html, "https://video.example.org/v/1"))
    assert [block.text for block in body.blocks] == [
        "The new bridge over the river opened on Friday morning."
    ]


def test_an_undeclared_pages_short_replies_before_a_comment_form_are_cut() -> None:
    """A page that declares nothing (a hand-made blog): replies as short as comments,
    dated in their text, before a comment form and after a text that is no forum post,
    are its comments, whatever the boxes are called."""
    entries = "".join(
        f'<div class="item-7"><div class="n"><b>Reader {i}</b> <span>4.5.2025 8:1{i}</span>'
        f'</div><p>{text}</p><a href="#r{i}">Reply</a></div>'
        for i, text in enumerate(_COMMENTS)
    )
    form = '<form><textarea name="c"></textarea><button>Post</button></form>'
    _assert_comments_cut(_page(f'<div class="box-3">{entries}{form}</div>', head=""))


def test_an_undeclared_threads_replies_after_a_posters_opening_post_are_kept() -> None:
    """A forum's opening post, its poster's card in it, set apart from the replies under it
    and a reply form: the replies are the thread's text."""
    opening = (
        '<div class="opening"><span class="username">starter</span>'
        + "".join(f"<p>{p}</p>" for p in _TEXT)
        + "</div>"
    )
    entries = "".join(
        f'<div class="msg"><span class="username">user{i}</span> <span>4.5.2025 8:1{i}</span>'
        f'<p>{text}</p><a href="#p{i}">#{i}</a></div>'
        for i, text in enumerate(_COMMENTS)
    )
    form = '<form><textarea name="c"></textarea></form>'
    html = (
        "<html><head><title>Ferry pier</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<div class='thread'><h1>Ferry pier</h1>{opening}<div class='posts'>{entries}</div>{form}"
        "</div></body></html>"
    )
    text = extract_body(ParsedPage(html, "https://forum.example/t/1")).text
    assert all(c in text for c in _COMMENTS)
