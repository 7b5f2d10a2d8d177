"""The posts of a thread are read together though one of them is a variant of the template
(a moderator's post marked ``message--mod``): a BEM modifier names a variant, not another
kind of box."""

from __future__ import annotations

from newsextract.body.blocks import walk
from newsextract.body.extractor import extract_body
from newsextract.body.post_templates import entry_template
from newsextract.page import ParsedPage

_OPENING = (
    "Patch 4.2 is live. The health and damage of the desert bosses were raised, and their "
    "respawn time was cut from thirty to twenty minutes so that more players can meet them."
)
_REPLY = (
    "Nice that the system messages work now and show when a boss appears, but the raised "
    "damage hurts small groups, who can barely finish the fight before the timer runs out."
)
_SECOND = (
    "We will watch the numbers this week and lower the damage again if fewer groups win; "
    "thanks for the report, it is the kind of detail that helps us tune the encounters."
)


def _post(variant: str, author: str, text: str) -> str:
    return (
        f'<article class="message message--post{variant} js-post">'
        f'<div class="message-cell message-cell--user"><h4 class="message-name">{author}</h4>'
        '<div class="message-userTitle">Member</div></div>'
        '<div class="message-cell message-cell--main"><div class="message-content">'
        f'<article class="message-body"><div class="bbWrapper"><p>{text}</p></div></article>'
        '</div><footer class="message-footer"><a href="#">Like</a> <a href="#">Reply</a>'
        "</footer></div></article>"
    )


def _thread() -> ParsedPage:
    posts = (
        _post(" message--mod", "GameMaster", _OPENING)
        + _post("", "Tiberius", _REPLY)
        + _post(" message--mod", "GameMaster", _SECOND)
    )
    html = (
        "<html><body><nav><a href='/forums'>Forums</a> <a href='/new'>New posts</a></nav>"
        '<div class="p-body"><h1 class="p-title-value">Patch notes 4.2</h1>'
        f'<div class="block block--messages"><div class="block-body">{posts}</div></div>'
        '<div class="block-footer">You must log in or register to reply here.</div></div>'
        "<footer>Community platform by Example</footer></body></html>"
    )
    return ParsedPage(html, "https://forum.example/threads/patch-notes-42")


def test_a_reply_between_moderator_posts_is_part_of_the_thread() -> None:
    text = extract_body(_thread()).text
    assert _OPENING in text
    assert _REPLY in text
    assert _SECOND in text
    assert "log in or register" not in text


def test_the_template_of_a_post_leaves_out_its_modifiers_only() -> None:
    page = _thread()
    root = page.body
    assert root is not None
    walked = walk(root)
    cont = walked.containers
    posts = [i for i, tag in enumerate(cont.tag) if tag == "article" and "js-" in cont.classes[i]]
    assert {entry_template(walked, i) for i in posts} == {("article", "message js-post")}


def _linked_post(number: int, text: str) -> str:
    return (
        f"<article class='post'><div class='profile'><h4><a href='/members/{number}'>"
        f"member_{number}</a></h4></div><div class='postbody'><h3><a href='/t/1#p{number}'>"
        f"Re: Boiler pressure drops</a></h3><div class='content'><p>{text}</p></div></div>"
        "</article>"
    )


def test_a_short_reply_is_a_post_of_the_thread_not_a_teaser_card() -> None:
    opening = (
        "My boiler loses one bar of pressure every day, and I cannot find any visible leak "
        "under the radiators or at the valves. What should I check first?"
    )
    replies = [
        "Check the expansion vessel's pre-charge first.",
        "Mine was the safety valve dripping into the drain.",
        "Thanks, I will look at both tomorrow.",
    ]
    posts = _linked_post(0, opening) + "".join(
        _linked_post(n, text) for n, text in enumerate(replies, start=1)
    )
    html = (
        "<html><body><nav><a href='/'>Forum</a></nav><main><h1>Boiler pressure drops</h1>"
        f"<div class='posts'>{posts}</div></main><footer>© forum</footer></body></html>"
    )
    text = extract_body(ParsedPage(html, "https://forum.example/t/1")).text
    assert opening in text
    assert all(reply in text for reply in replies)
