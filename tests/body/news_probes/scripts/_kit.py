"""The scripts probe's kit: a site's furniture in its script (``Site``), the page shell and
one builder a kind of page (a story in four markups, a forum thread, a blog post, a product,
a recipe, a notice), each adding its page to ``PROBES``."""

from __future__ import annotations

import html as html_lib

import attrs

from ..pages import Probes

PROBES = Probes()

Built = tuple[str, tuple[str, ...], tuple[str, ...]]


@attrs.frozen(kw_only=True)
class Site:
    """A site's furniture in its language and script: the menu's entries, the share bar's
    label and networks, the related box's heading, the comments' heading, the most-read
    box's heading and entries, and the footer's lines."""

    lang: str
    host: str
    menu: tuple[str, ...]
    share: str
    related: str
    comments: str
    most_read: str
    most_read_items: tuple[str, ...]
    footer: tuple[str, ...]
    dir_: str = "ltr"

    def out(self) -> tuple[str, ...]:
        """The furniture's lines a body must not hold (the menu's entries of two words or
        more, or of four characters in a script written without spaces)."""
        entries = tuple(entry for entry in self.menu if len(entry) >= 4)
        return (
            *entries,
            self.share,
            self.related,
            self.comments,
            self.most_read,
            *self.most_read_items,
            *self.footer,
        )


def shell(site: Site, title: str, main: str) -> str:
    """The page: a header with the menu, a breadcrumb, the main column, a most-read aside
    and a footer."""
    menu = "".join(
        f"<li class='nav-item'><a class='nav-link' href='/c{n}/'>{entry}</a></li>"
        for n, entry in enumerate(site.menu)
    )
    most = "".join(
        f"<li><span class='rank'>{n + 1}</span><a href='/top/{n}/'>{item}</a></li>"
        for n, item in enumerate(site.most_read_items)
    )
    footer = "".join(
        f"<li><a href='/about/{n}/'>{line}</a></li>" for n, line in enumerate(site.footer)
    )
    return (
        f"<!DOCTYPE html><html lang='{site.lang}' dir='{site.dir_}'><head><meta "
        f"charset='utf-8'><title>{html_lib.escape(title)}</title><meta name='viewport' "
        "content='width=device-width, initial-scale=1'></head><body><header class='site-header'>"
        "<div class='container'><a class='logo' href='/'><img src='/logo.png' alt=''></a><nav "
        f"class='main-nav'><ul class='nav'>{menu}</ul></nav></div></header><div class='container "
        f"page'><div class='row'><div class='col-md-8 main-col'>{main}</div><div class='col-md-4 "
        f"sidebar'><div class='widget widget-most-read'><h3 class='widget-title'>{site.most_read}"
        f"</h3><ol>{most}</ol></div></div></div></div><footer class='site-footer'><ul "
        f"class='footer-links'>{footer}</ul><p class='copyright'>© 2026 {site.host}</p></footer>"
        "</body></html>"
    )


def add(name: str, site: Site, title: str, built: Built, *, neutral: tuple[str, ...] = ()) -> None:
    """One probe: the main column with its must-lines and must-nots, in the site's shell
    (whose furniture's lines join the must-nots, but those ``neutral``)."""
    main, must, out = built
    out = (*out, *(line for line in site.out() if line not in neutral))
    clash = [line for line in out if any(line in kept for kept in (*must, title))]
    assert not clash, f"{name}: must-not lines inside must-lines: {clash}"
    url = f"https://{site.host}/2026/12/04/{name}.html"
    PROBES.add(f"script_{site.lang}_{name}", url, shell(site, title, main), must, out)


def _share(site: Site) -> str:
    return (
        f"<div class='share-bar'><span class='share-bar__label'>{site.share}</span> <a "
        "href='#' class='share-fb'>f</a> <a href='#' class='share-x'>x</a> <a href='#' "
        "class='share-line'>line</a></div>"
    )


def _related(site: Site, teasers: tuple[tuple[str, str], ...]) -> str:
    items = "".join(
        f"<li class='related__item'><a href='/news/{n}.html'><img src='/img/t{n}.jpg' alt=''>"
        f"<h4>{head}</h4></a><p class='related__summary'>{summary}</p></li>"
        for n, (head, summary) in enumerate(teasers)
    )
    return (
        f"<section class='related'><h3 class='related__title'>{site.related}</h3><ul>{items}"
        "</ul></section>"
    )


def _comments(site: Site, comments: tuple[tuple[str, str], ...]) -> str:
    items = "".join(
        f"<li class='comment'><div class='comment__author'>{user}</div><div "
        f"class='comment__text'>{text}</div><a class='comment__reply' href='#'>↩</a></li>"
        for user, text in comments
    )
    return (
        f"<section class='comments' id='comments'><h3>{site.comments}</h3><ol "
        f"class='comment-list'>{items}</ol></section>"
    )


def _teaser_lines(teasers: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(line for teaser in teasers for line in teaser)


def _comment_lines(comments: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    return tuple(text for _, text in comments)


def story(
    site: Site,
    title: str,
    texts: tuple[str, ...],
    *,
    form: str = "p",
    lead: str = "",
    caption: str = "",
    subheads: dict[int, str] | None = None,
    teasers: tuple[tuple[str, str], ...] = (),
    comments: tuple[tuple[str, str], ...] = (),
    byline: str = "",
) -> Built:
    """A news story whose paragraphs are ``<p>`` (``form="p"``), lines parted by ``<br>``
    only (``"br"``), ``<div>`` blocks (``"div"``) or bare text runs parted by blank
    ``<br><br>`` in a table cell (``"td"``); a standfirst, a picture's caption (neutral:
    truths differ on captions), subheadings before the given paragraphs, related stories
    with summaries and comments after."""
    subheads = subheads or {}
    blocks: list[str] = []
    musts: list[str] = [lead] if lead else []
    for n, text in enumerate(texts):
        if n in subheads:
            musts.append(subheads[n])
            blocks.append(
                f"<h2>{subheads[n]}</h2>" if form == "p" else f"<strong>{subheads[n]}</strong>"
            )
        musts.append(text)
        blocks.append(
            text
            if form in ("br", "td")
            else f"<{'p' if form == 'p' else 'div'}>{text}</{'p' if form == 'p' else 'div'}>"
        )
    if form == "br":
        body = "<br>\n".join(blocks)
    elif form == "td":
        body = "<br><br>".join(blocks)
    else:
        body = "".join(blocks)
    figure = (
        f"<figure class='article-figure'><img src='/img/main.jpg' alt=''><figcaption>{caption}"
        "</figcaption></figure>"
        if caption
        else ""
    )
    head = f"<p class='standfirst'>{lead}</p>" if lead else ""
    meta = (
        f"<div class='byline'>{byline} <time datetime='2026-12-04T09:30:00'>2026-12-04 09:30"
        "</time></div>"
    )
    if form == "td":
        container = (
            "<table class='news-table' width='100%'><tr><td class='title'>"
            f"<h1>{title}</h1></td></tr>"
            f"<tr><td class='date'>{meta}</td></tr><tr><td class='content'>{figure}{body}</td></tr>"
            "</table>"
        )
    else:
        container = (
            f"<article class='article'><header><h1 class='article__title'>{title}</h1>{head}{meta}"
            f"</header>{figure}<div class='article__body' id='article-body'>{body}</div>"
            f"{_share(site)}</article>"
        )
    main = (
        container
        + (_related(site, teasers) if teasers else "")
        + (_comments(site, comments) if comments else "")
    )
    if form == "td":
        main = f"<div class='article-wrap'>{main}{_share(site)}</div>"
    return main, tuple(musts), (*_teaser_lines(teasers), *_comment_lines(comments))


def thread(
    site: Site,
    title: str,
    texts: tuple[str, ...],
    replies: tuple[tuple[str, str], ...],
    signature: str,
    *,
    br: bool = True,
) -> Built:
    """A forum thread's first post (lines parted by ``<br>`` in a phpBB/Discuz-like table
    when ``br``), a signature under it (the poster's, on every post: furniture) and the
    replies: the thread's text as the project's probes hold it (``nonnews_probes.
    conversations``: a Discourse topic's, a XenForo topic's replies are must-lines). The
    blind draft held them as comments; see the package's docstring."""
    first = "<br>\n".join(texts) if br else "".join(f"<p>{t}</p>" for t in texts)
    rows = "".join(
        f"<div class='post reply' id='p{n + 2}'><div class='postauthor'>{user}</div><div "
        f"class='postbody'><div class='content'>{text}</div></div></div>"
        for n, (user, text) in enumerate(replies)
    )
    main = (
        f"<div class='forum'><h1 class='topic-title'>{title}</h1><div class='post first' "
        "id='p1'><div class='postauthor'>op_user</div><div class='postbody'><div "
        f"class='content'>{first}</div><div class='signature'>{signature}</div></div></div>"
        f"{_share(site)}<h3 class='replies-title'>{site.comments}</h3>{rows}</div>"
    )
    return main, (*texts, *_comment_lines(replies)), (signature,)


def blog(
    site: Site,
    title: str,
    texts: tuple[str, ...],
    comments: tuple[tuple[str, str], ...],
    prev_next: tuple[str, str],
    tags: tuple[str, ...],
) -> Built:
    """A blog post (WordPress-like) with tags, previous/next links and comments."""
    tag_links = "".join(f"<a rel='tag' href='/tag/{n}/'>{t}</a> " for n, t in enumerate(tags))
    main = (
        f"<article class='post hentry'><h1 class='entry-title'>{title}</h1><div "
        "class='entry-meta'><span class='posted-on'>2026-12-04</span></div><div "
        f"class='entry-content'>{''.join(f'<p>{t}</p>' for t in texts)}</div><footer "
        f"class='entry-footer'><span class='tags-links'>{tag_links}</span></footer></article>"
        f"{_share(site)}<nav class='post-navigation'><div class='nav-previous'><a href='/p/1/'>"
        f"{prev_next[0]}</a></div><div class='nav-next'><a href='/p/3/'>{prev_next[1]}</a></div>"
        f"</nav>{_comments(site, comments)}"
    )
    return main, texts, (*prev_next, *_comment_lines(comments))


def product(
    site: Site,
    title: str,
    texts: tuple[str, ...],
    specs: tuple[tuple[str, str], ...],
    reviews: tuple[tuple[str, str], ...],
    also_label: str,
    also: tuple[str, ...],
) -> Built:
    """A shop's product page: a description of a few paragraphs, a spec table (neutral:
    product data some truths keep), the reviews (comments) and "customers also bought"."""
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in specs)
    revs = "".join(
        f"<div class='review'><span class='review__stars'>★★★★☆</span><span "
        f"class='review__author'>{user}</span><p class='review__text'>{text}</p></div>"
        for user, text in reviews
    )
    others = "".join(
        f"<li class='product-card'><a href='/p/{n}/'><img src='/img/p{n}.jpg' alt=''><span "
        f"class='product-card__name'>{name}</span></a><span class='price'>99</span></li>"
        for n, name in enumerate(also)
    )
    main = (
        f"<div class='product-detail'><h1 class='product-title'>{title}</h1><div "
        "class='price-box'><span class='price'>1 290</span><button class='add-to-cart'>+</button>"
        f"</div><div class='product-description'>{''.join(f'<p>{t}</p>' for t in texts)}</div>"
        f"<table class='specs'>{rows}</table>{_share(site)}<div class='reviews'><h3>"
        f"{site.comments}</h3>{revs}</div><div class='also-bought'><h3>{also_label}</h3><ul>"
        f"{others}</ul></div></div>"
    )
    return main, texts, (*_comment_lines(reviews), also_label, *also)


def recipe(
    site: Site,
    title: str,
    intro: tuple[str, ...],
    ingredients_label: str,
    ingredients: tuple[str, ...],
    steps_label: str,
    steps: tuple[str, ...],
    comments: tuple[tuple[str, str], ...],
    teasers: tuple[tuple[str, str], ...],
) -> Built:
    """A recipe: an introduction, the ingredients and the steps (all the text), comments and
    more recipes with their summaries after."""
    main = (
        f"<article class='recipe'><h1>{title}</h1><div class='recipe-intro'>"
        f"{''.join(f'<p>{t}</p>' for t in intro)}</div><div class='recipe-ingredients'><h2>"
        f"{ingredients_label}</h2><ul>{''.join(f'<li>{i}</li>' for i in ingredients)}</ul></div>"
        f"<div class='recipe-steps'><h2>{steps_label}</h2><ol>"
        f"{''.join(f'<li>{s}</li>' for s in steps)}</ol></div>{_share(site)}</article>"
        f"{_related(site, teasers)}{_comments(site, comments)}"
    )
    must = (*intro, ingredients_label, *ingredients, steps_label, *steps)
    return main, must, (*_teaser_lines(teasers), *_comment_lines(comments))


def notice(
    site: Site,
    title: str,
    texts: tuple[str, ...],
    items: tuple[str, ...],
    helpful: str,
    section_links: tuple[str, ...],
) -> Built:
    """An office's notice: paragraphs and a list, a "was this page helpful?" box and a
    section menu before the text."""
    links = "".join(f"<li><a href='/s/{n}/'>{t}</a></li>" for n, t in enumerate(section_links))
    main = (
        f"<nav class='section-menu'><ul>{links}</ul></nav><main class='notice'><h1>{title}</h1>"
        f"<div class='notice-body'>{''.join(f'<p>{t}</p>' for t in texts)}<ul>"
        f"{''.join(f'<li>{i}</li>' for i in items)}</ul></div><div class='feedback'><p>"
        f"{helpful}</p><button>✓</button><button>✗</button></div>{_share(site)}</main>"
    )
    return main, (*texts, *items), (helpful, *section_links)


def inline(
    site: Site,
    title: str,
    texts: tuple[str, ...],
    *,
    form: str = "p",
    label: str = "",
    links: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
    neutral: tuple[str, ...] = (),
    teasers: tuple[tuple[str, str], ...] = (),
    comments: tuple[tuple[str, str], ...] = (),
) -> Built:
    """A story whose container holds furniture in its script after the text, as CMSs of
    these scripts set it: a "related" label and its links, a share line, a copyright line
    (``after``: must-nots), an editor's credit or an end mark (``neutral``); text as ``<p>``,
    or as runs parted by ``<br><br>`` (``form="br"``, the CJK habit of a full-width
    indent kept)."""
    if form == "br":
        body = "<br><br>".join(texts) + "<br><br>" + "<br>".join(neutral)
    else:
        body = "".join(f"<p>{t}</p>" for t in texts) + "".join(f"<p>{n}</p>" for n in neutral)
    if label:
        body += f"<p><strong>{label}</strong></p>" + "".join(
            f"<p><a href='/news/r{n}.html'>{link}</a></p>" for n, link in enumerate(links)
        )
    body += "".join(f"<p class='note'>{line}</p>" for line in after)
    main = (
        f"<article class='news-detail'><h1>{title}</h1><div class='info'><span>2026-12-04 "
        f"10:05</span></div><div class='detail-content' id='content'>{body}</div>"
        f"{_share(site)}</article>"
        + (_related(site, teasers) if teasers else "")
        + (_comments(site, comments) if comments else "")
    )
    musts = tuple(t.strip("\u3000") for t in texts)
    return (
        main,
        musts,
        (
            *((label,) if label else ()),
            *links,
            *after,
            *_teaser_lines(teasers),
            *_comment_lines(comments),
        ),
    )
