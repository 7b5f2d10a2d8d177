"""The shells of the blind multi-article pages (``multi_articles``): a story and the
markup that sets one, two or three more after it (infinite scroll, a "next article"
container, a "read next" box holding a whole story, a blog's previous post, a partner's
piece), and the page's head naming the first. Every name, place and sentence is invented."""

from __future__ import annotations

import json
from datetime import datetime
from html import escape

import attrs


@attrs.frozen
class Story:
    """One invented story: its address, headline, byline, moment, the date as the page
    prints it, and its paragraphs."""

    slug: str
    title: str
    author: str
    when: datetime
    shown: str
    paras: tuple[str, ...]

    def url(self, host: str) -> str:
        return f"https://{host}/{self.when:%Y/%m/%d}/{self.slug}"

    def lines(self) -> tuple[str, ...]:
        """The lines a body holding this story would show: its headline and paragraphs."""
        return (self.title, *self.paras)


def ld_article(story: Story, host: str, kind: str = "NewsArticle") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": story.title,
        "url": story.url(host),
        "mainEntityOfPage": story.url(host),
        "datePublished": story.when.isoformat(),
        "author": {"@type": "Person", "name": story.author},
    }
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def head(
    story: Story,
    host: str,
    site: str,
    *,
    og: bool = True,
    ld: bool = True,
    meta_date: bool = True,
    title_tag: str | None = None,
) -> str:
    """The head an article page gives the story its URL names: the canonical link always,
    og tags, JSON-LD and the published-time meta when asked."""
    url = story.url(host)
    parts = [
        f"<meta charset='utf-8'><title>{title_tag or f'{story.title} | {site}'}</title>",
        f"<link rel='canonical' href='{url}'>",
    ]
    if og:
        parts.append(
            f"<meta property='og:url' content='{url}'><meta property='og:type' "
            f"content='article'><meta property='og:title' content='{escape(story.title)}'>"
            f"<meta property='og:site_name' content='{escape(site)}'>"
        )
    if meta_date:
        parts.append(f"<meta property='article:published_time' content='{story.when.isoformat()}'>")
    if ld:
        parts.append(ld_article(story, host))
    return "".join(parts)


def block(
    story: Story,
    host: str,
    *,
    tag: str = "article",
    cls: str = "article",
    heading: str = "h1",
    by: str = "By",
    own_meta: bool = True,
    ld: bool = False,
    extra: str = "",
) -> str:
    """One story as a page sets it: headline, byline and date (``own_meta``), then its
    paragraphs in a body div; its own JSON-LD inside when ``ld``."""
    meta = (
        f"<div class='article-meta'><span class='byline'>{by} <a rel='author' "
        f"href='/author/{story.author.lower().replace(' ', '-')}'>{story.author}</a></span> "
        f"<time class='published' datetime='{story.when.isoformat()}'>{story.shown}</time></div>"
        if own_meta
        else ""
    )
    body = "".join(f"<p>{text}</p>" for text in story.paras)
    script = ld_article(story, host) if ld else ""
    return (
        f"<{tag} class='{cls}' data-url='{story.url(host)}'>{script}<header>"
        f"<{heading} class='headline'>{story.title}</{heading}>{meta}</header>"
        f"<div class='article-body'>{body}</div>{extra}</{tag}>"
    )


def shell(lang: str, site: str, head_html: str, main: str, *, dir_: str = "ltr") -> str:
    """A news site's page: masthead and menu, ``main``, a footer."""
    return (
        f"<!DOCTYPE html><html lang='{lang}' dir='{dir_}'><head>{head_html}</head><body>"
        f"<header class='masthead'><a class='logo' href='/'>{site}</a><nav><a href='/news'>"
        "News</a> <a href='/sport'>Sport</a> <a href='/culture'>Culture</a></nav></header>"
        f"<main id='main'>{main}</main><footer class='site-footer'><p>© 2024 {site}</p>"
        "<a href='/contact'>Contact</a> <a href='/privacy'>Privacy</a></footer></body></html>"
    )


def share_bar(label: str) -> str:
    return (
        f"<div class='share'><span>{label}</span><a href='#'>Facebook</a> <a href='#'>X</a> "
        "<a href='#'>E-mail</a></div>"
    )
