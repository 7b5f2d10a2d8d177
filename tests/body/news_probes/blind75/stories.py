"""The blind75 probe's pages: each story twice, in the two ways sites set the furniture
inside the article's own container. ``boxes``: the widgets in boxes of their own classes (a
picture's caption and credit, a "read also" teaser between paragraphs, a sign-up box, an
embedded post, a topics row, a share row, an author's bio card, a prompt to comment), a
"most read" rail beside the article. ``plain``: the same furniture written as the text's own
paragraphs in one content box (a bold "read also" line, a sign-up line in italics, a bold
topics line, the bio in italics, the comment prompt), the picture's caption and credit in a
bare <figcaption>, and a paywall teaser after the text."""

from __future__ import annotations

from ._kit import Site, add
from .sites import SITES


def _shell(s: Site, article: str) -> str:
    rail = "".join(
        f"<li><a href='/r/{n}'>{item}</a></li>" for n, item in enumerate(s.related_items)
    )
    return (
        f"<!DOCTYPE html><html lang='{s.lang}' dir='{s.dir_}'><head><meta charset='utf-8'>"
        f"<title>{s.title}</title><meta property='og:type' content='article'></head><body>"
        "<header class='site-header'><a class='logo' href='/'>Logo</a><nav><a href='/a'>1</a> "
        f"<a href='/b'>2</a> <a href='/c'>3</a></nav></header><main class='content'>{article}"
        f"<aside class='sidebar'><h3>{s.related}</h3><ul>{rail}</ul></aside></main>"
        f"<footer class='site-footer'><p>© {s.host}</p></footer></body></html>"
    )


def _url(s: Site, kind: str) -> str:
    return f"https://{s.host}/noticias/2026/03/03/{kind}-{s.lang.lower()}"


def _boxes(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    tags = " ".join(f"<a href='/tag/{n}'>{topic}</a>" for n, topic in enumerate(s.topics))
    article = (
        f"<article class='article'><header class='article-header'><h1>{s.title}</h1>"
        f"<div class='byline'><span class='author'>{s.byline}</span> <time datetime="
        "'2026-03-03T09:30:00Z'>03.03.2026</time></div></header>"
        "<figure class='lead-image'><img src='/img/lead.jpg' alt=''><figcaption>"
        f"<span class='caption-text'>{s.caption}</span> <span class='credit'>{s.credit}</span>"
        f"</figcaption></figure><div class='article-body'><p>{p1}</p>"
        f"<div class='read-also'><strong>{s.also_label}</strong> <a href='/n/1'>"
        f"{s.also_teaser}</a></div><p>{p2}</p><div class='newsletter-signup'><p>"
        f"{s.newsletter}</p><form><input type='email'><button>OK</button></form></div>"
        f"<p>{p3}</p><blockquote class='twitter-tweet'><p lang='{s.lang}'>{s.tweet}</p>"
        "— City Desk (@citydesk) <a href='https://twitter.com/citydesk/status/1'>3/3/2026</a>"
        "</blockquote><script async src='https://platform.twitter.com/widgets.js'></script>"
        f"<p>{p4}</p></div><div class='tags'><span>{s.topics_label}</span> {tags}</div>"
        f"<div class='share-bar'><span>{s.share}</span> <a href='#f'>f</a> <a href='#x'>x</a>"
        "</div><div class='author-box'><img src='/img/author.jpg' alt=''><p>"
        f"{s.bio}</p></div><div class='comments-cta'><p>{s.comment_prompt}</p>"
        "<button>💬</button></div></article>"
    )
    add(
        f"b75_boxes_{s.lang}",
        _url(s, "boxes"),
        _shell(s, article),
        s.paras,
        (
            s.caption,
            s.credit,
            s.also_teaser,
            s.newsletter,
            s.tweet,
            s.topics_label,
            s.share,
            s.bio,
            s.comment_prompt,
            *s.related_items,
        ),
    )


def _plain(s: Site) -> None:
    p1, p2, p3, p4 = s.paras
    tags = ", ".join(f"<a href='/tag/{n}'>{topic}</a>" for n, topic in enumerate(s.topics))
    article = (
        f"<article><h1>{s.title}</h1><p class='byline'>{s.byline}</p>"
        "<div class='entry-content'><figure><img src='/img/lead.jpg' alt=''><figcaption>"
        f"{s.caption}. {s.credit}</figcaption></figure><p>{p1}</p><p><strong>"
        f"{s.also_label}</strong> <a href='/n/1'>{s.also_teaser}</a></p><p>{p2}</p>"
        f"<p>{p3}</p><p><em>{s.newsletter}</em> <a href='/newsletter'>→</a></p><p>{p4}</p>"
        f"<p><strong>{s.topics_label}</strong> {tags}</p><p><em>{s.bio}</em></p>"
        f"<p>{s.comment_prompt}</p></div><div class='paywall-teaser'><p>{s.paywall}</p>"
        "<a href='/subscribe' class='button'>→</a></div></article>"
    )
    add(
        f"b75_plain_{s.lang}",
        _url(s, "plain"),
        _shell(s, article),
        s.paras,
        (
            s.caption,
            s.credit,
            s.also_teaser,
            s.newsletter,
            s.topics_label,
            s.bio,
            s.comment_prompt,
            s.paywall,
            *s.related_items,
        ),
    )


for _site in SITES:
    _boxes(_site)
for _site in SITES:
    _plain(_site)
