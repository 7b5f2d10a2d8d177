"""The short-text probe's kit: a site's furniture (``Chrome``), the page shell and one
builder a kind of page, each adding its page to ``PROBES``."""

from __future__ import annotations

import html as html_lib

import attrs

from ..pages import Probes

PROBES = Probes()


@attrs.frozen(kw_only=True)
class Chrome:
    """A site's furniture in its language: the menu (each section a label and its entries),
    the cookie banner and the footer's links."""

    lang: str
    host: str
    menu: tuple[tuple[str, tuple[str, ...]], ...]
    cookie: str
    footer: tuple[str, ...]
    dir_: str = "ltr"

    def out(self) -> tuple[str, ...]:
        """The furniture's lines a body must not hold (entries long enough to be told apart
        from words of the text)."""
        entries = tuple(entry for _, items in self.menu for entry in items if len(entry) >= 8)
        return (self.cookie, *entries, *self.footer)


def shell(chrome: Chrome, title: str, main: str, *, aside: str = "") -> str:
    """The page: a cookie banner, a header with a mega-menu, the main column, an aside and a
    footer of links."""
    menu = "".join(
        f"<li class='menu-item menu-item-has-children'><a href='/s{n}/'>{label}</a><div "
        "class='mega-panel'><ul class='sub-menu'>"
        + "".join(
            f"<li class='menu-item'><a href='/s{n}/{m}/'>{entry}</a></li>"
            for m, entry in enumerate(entries)
        )
        + "</ul></div></li>"
        for n, (label, entries) in enumerate(chrome.menu)
    )
    footer = "".join(
        f"<li><a href='/info/{n}/'>{line}</a></li>" for n, line in enumerate(chrome.footer)
    )
    return (
        f"<!DOCTYPE html><html lang='{chrome.lang}' dir='{chrome.dir_}'><head><meta "
        f"charset='utf-8'><title>{html_lib.escape(title)}</title><meta name='viewport' "
        "content='width=device-width, initial-scale=1'></head><body>"
        f"<div class='cookie-consent' role='dialog' aria-live='polite'><p>{chrome.cookie}</p>"
        "<button class='btn-accept'>OK</button></div><header class='site-header'><a "
        "class='site-logo' href='/'><img src='/logo.svg' alt='logo'></a><nav "
        f"class='primary-nav' aria-label='Main'><ul class='menu'>{menu}</ul></nav><form "
        "class='search-form' role='search' action='/search'><input type='search' name='q'>"
        "</form></header>"
        f"<div class='site-content'><div class='content-area'>{main}</div>{aside}</div>"
        f"<footer class='site-footer'><ul class='footer-links'>{footer}</ul><p "
        "class='copyright'>© 2026</p></footer></body></html>"
    )


Built = tuple[str, tuple[str, ...], tuple[str, ...]]


def add(name: str, chrome: Chrome, title: str, built: Built, *, aside: str = "") -> None:
    """One probe: the main column's markup with its must-lines and must-nots, in the site's
    shell (whose furniture's lines join the must-nots)."""
    main, must, out = built
    out = (*out, *chrome.out())
    clash = [line for line in out if any(line in kept for kept in (*must, title))]
    assert not clash, f"{name}: must-not lines inside must-lines: {clash}"
    url = f"https://{chrome.host}/2026/03/04/{name}/"
    PROBES.add(
        f"short_{chrome.lang}_{name}", url, shell(chrome, title, main, aside=aside), must, out
    )


def paras(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


# --- the kinds of page


def brief(
    title: str, texts: tuple[str, ...], label: str, teasers: tuple[tuple[str, str], ...], form: str
) -> Built:
    """A news brief of a paragraph or two above a list of related stories, each a linked
    title and a summary (in three markups: semantic articles, Drupal views, a list)."""
    if form == "article":
        related = "".join(
            f"<article class='teaser'><a class='teaser__image' href='/r/{n}/'><img "
            f"src='/img/r{n}.jpg' alt=''></a><h3 class='teaser__title'><a href='/r/{n}/'>{head}"
            f"</a></h3><p class='teaser__summary'>{summary}</p><time class='teaser__date'>"
            "04.03.2026</time></article>"
            for n, (head, summary) in enumerate(teasers)
        )
        main = (
            f"<main id='main'><article class='article article--brief'><header><span "
            f"class='kicker'>Region</span><h1 class='article__title'>{title}</h1><p "
            "class='article__meta'><span class='author'>dpa/red</span> <time "
            "datetime='2026-03-04T08:12:00+01:00'>04.03.2026, 08:12</time></p></header><div "
            f"class='article__body'>{paras(texts)}</div></article><section "
            f"class='related-stories'><h2>{label}</h2>{related}</section></main>"
        )
    elif form == "views":
        related = "".join(
            f"<div class='views-row'><div class='views-field views-field-title'><span "
            f"class='field-content'><a href='/r/{n}/'>{head}</a></span></div><div "
            "class='views-field views-field-body'><div class='field-content'><p>"
            f"{summary}</p></div></div></div>"
            for n, (head, summary) in enumerate(teasers)
        )
        main = (
            f"<div class='region region-content'><div class='node node-article'><h1 "
            f"class='page-header'>{title}</h1><div class='submitted'>04/03/2026</div><div "
            "class='field field-name-body'><div class='field-items'><div class='field-item "
            f"even'>{paras(texts)}</div></div></div></div><div class='block block-views'><h2 "
            f"class='block-title'>{label}</h2><div class='view view-related'><div "
            f"class='view-content'>{related}</div></div></div></div>"
        )
    else:
        related = "".join(
            f"<li class='news-list__item'><a href='/r/{n}/'><h3>{head}</h3><p>{summary}</p>"
            "<span class='date'>2026年3月4日</span></a></li>"
            for n, (head, summary) in enumerate(teasers)
        )
        main = (
            f"<div id='main-contents'><div class='article-detail'><h1>{title}</h1><p "
            "class='date'>2026年3月4日 9時05分</p><div class='article-text'>"
            f"{paras(texts)}</div></div><div class='related-news'><h2>{label}</h2><ul "
            f"class='news-list'>{related}</ul></div></div>"
        )
    return main, texts, tuple(line for teaser in teasers for line in teaser)


def breaking(
    title: str,
    label: str,
    text: str,
    note: str,
    river_label: str,
    river: tuple[tuple[str, ...], ...],
) -> Built:
    """A one-paragraph breaking item (a label, a "developing" note left neutral) above a
    river of the latest news, each a time, a linked title and a summary."""
    items = "".join(
        f"<li class='river__item'><time>{time}</time><h3><a href='/n/{n}/'>{head}</a></h3>"
        f"<p>{summary}</p></li>"
        for n, (time, head, summary) in enumerate(river)
    )
    main = (
        f"<div class='breaking-banner'><span class='breaking-banner__label'>{label}</span>"
        f"</div><main><article class='story story--breaking'><h1 class='story__headline'>{title}"
        "</h1><div class='story__meta'><time datetime='2026-03-04T15:10:00Z'>15:10</time></div>"
        f"<div class='story__content'><p>{text}</p><p class='developing'><em>{note}</em></p>"
        f"</div></article><section class='river'><h2>{river_label}</h2><ol>{items}</ol>"
        "</section></main>"
    )
    return main, (text,), tuple(line for item in river for line in item[1:])


def photo(
    title: str,
    label: str,
    text: str,
    credit: str,
    archive_label: str,
    archive: tuple[tuple[str, str], ...],
    *,
    in_caption: bool = False,
) -> Built:
    """A photo of the day: the picture, one paragraph under it (in the ``<figcaption>`` when
    ``in_caption``), a grid of earlier photos with their captions."""
    if in_caption:
        figure = (
            f"<figure class='potd__figure'><img src='/img/potd.jpg' alt=''><figcaption><p>{text}"
            f"</p><span class='credit'>{credit}</span></figcaption></figure>"
        )
    else:
        figure = (
            "<figure class='potd__figure'><img src='/img/potd.jpg' alt=''><figcaption "
            f"class='credit'>{credit}</figcaption></figure><div class='potd__text'><p>{text}</p>"
            "</div>"
        )
    grid = "".join(
        f"<li class='grid__item'><a href='/photo/{n}/'><img src='/img/p{n}.jpg' alt=''><h3>"
        f"{head}</h3><p class='grid__caption'>{caption}</p></a></li>"
        for n, (head, caption) in enumerate(archive)
    )
    main = (
        f"<main class='photo-of-the-day'><article class='potd'><p class='section-label'>{label}"
        f"</p><h1>{title}</h1>{figure}<div class='share-buttons'><a href='#'>Facebook</a> <a "
        f"href='#'>X</a></div></article><section class='potd-archive'><h2>{archive_label}</h2>"
        f"<ul class='grid'>{grid}</ul></section></main>"
    )
    return main, (text,), tuple(line for item in archive for line in item)


def notice(
    title: str,
    texts: tuple[str, ...],
    section: str,
    section_links: tuple[str, ...],
    contact: str,
    helpful: str,
    extra: tuple[str, ...] = (),
) -> tuple[Built, str]:
    """A council's notice in a breadcrumb, a section menu beside it, a contact box (neutral)
    and a "was this page helpful?" box; ``extra`` lines are a register's record of who
    published the page (must-nots). Returns the main column and the aside."""
    links = "".join(
        f"<li><a href='/sec/{n}/'>{link}</a></li>" for n, link in enumerate(section_links)
    )
    record = "".join(f"<li>{line}</li>" for line in extra)
    main = (
        "<nav class='breadcrumb' aria-label='breadcrumb'><ol><li><a href='/'>Start</a></li><li>"
        f"<a href='/sec/'>{section}</a></li></ol></nav><main id='content' class='page-main'><h1>"
        f"{title}</h1><div class='rich-text'>{paras(texts)}</div><div class='contact-box'><p>"
        f"{contact}</p></div>"
        + (f"<ul class='metadata-record'>{record}</ul>" if record else "")
        + f"<div class='feedback-widget'><p>{helpful}</p><button>+</button> <button>-</button>"
        "</div></main>"
    )
    aside = (
        f"<aside class='section-nav'><h2>{section}</h2><ul class='section-nav__list'>{links}"
        "</ul></aside>"
    )
    return (main, texts, (*section_links, helpful, *extra)), aside


def qa(
    title: str,
    question: str,
    answer: tuple[str, ...],
    answer_html: str,
    comments: tuple[tuple[str, str], ...],
    linked_label: str,
    linked: tuple[str, ...],
) -> Built:
    """A Q&A site's page: the question, one short accepted answer, a long thread of comments
    under it, linked questions beside it."""
    thread = "".join(
        f"<li class='comment'><div class='comment-body'><span class='comment-copy'>{text}</span>"
        f" – <a class='comment-user' href='/u/{n}/'>{user}</a> <span class='comment-date'>"
        "Mar 4 at 10:12</span></div></li>"
        for n, (user, text) in enumerate(comments)
    )
    others = "".join(
        f"<li><a class='question-hyperlink' href='/q/{n}/'>{q}</a></li>"
        for n, q in enumerate(linked)
    )
    main = (
        f"<div id='mainbar'><div id='question-header'><h1 itemprop='name'><a class='question-"
        f"hyperlink' href='/q/1/'>{title}</a></h1></div><div class='question' id='question'><div "
        "class='votecell'><span class='vote-count'>14</span></div><div class='postcell'><div "
        f"class='s-prose js-post-body'><p>{question}</p></div><div class='post-taglist'><a "
        "class='post-tag' href='/t/a'>shell</a></div></div></div><div id='answers'><h2>1 "
        "Answer</h2><div class='answer accepted-answer' id='answer-2'><div class='votecell'>"
        "<span class='vote-count'>31</span></div><div class='answercell'><div class='s-prose "
        f"js-post-body'>{answer_html}</div><div class='user-info'>answered Mar 4 by <a "
        "href='/u/9/'>kestrel</a></div></div><div class='comments'><ul class='comments-list'>"
        f"{thread}</ul></div></div></div></div><div id='sidebar'><div class='module "
        f"sidebar-linked'><h4>{linked_label}</h4><ul>{others}</ul></div></div>"
    )
    return main, (question, *answer), (*(text for _, text in comments), *linked)


def column(
    title: str,
    texts: tuple[str, ...],
    byline: str,
    comments_label: str,
    comments: tuple[tuple[str, str], ...],
) -> Built:
    """An article (a short story, or an "ask the expert" column of a question and its
    answer) with readers' comments ten times its length, in a comment plugin's markup."""
    thread = "".join(
        f"<li class='comment depth-1' id='comment-{n}'><article class='comment-body'><footer "
        f"class='comment-meta'><div class='comment-author vcard'><b class='fn'>{user}</b></div>"
        "<div class='comment-metadata'><a href='#'><time>4. 3. 2026 v 10:41</time></a></div>"
        f"</footer><div class='comment-content'><p>{text}</p></div><div class='reply'><a "
        "class='comment-reply-link' href='#'>↩</a></div></article></li>"
        for n, (user, text) in enumerate(comments)
    )
    main = (
        "<main id='primary' class='site-main'><article class='post type-post status-publish "
        f"hentry'><header class='entry-header'><h1 class='entry-title'>{title}</h1><div "
        f"class='entry-meta'><span class='byline'>{byline}</span></div></header><div "
        f"class='entry-content'>{paras(texts)}</div></article><div id='comments' "
        f"class='comments-area'><h2 class='comments-title'>{comments_label}</h2><ol "
        f"class='comment-list'>{thread}</ol><div id='respond' class='comment-respond'><form "
        "id='commentform'><textarea name='comment'></textarea></form></div></div></main>"
    )
    return main, texts, tuple(text for _, text in comments)


def product(
    name: str,
    lines: tuple[str, ...],
    price: str,
    button: str,
    badge: str,
    specs: tuple[tuple[str, str], ...],
    reviews_label: str,
    reviews: tuple[tuple[str, str, str], ...],
    related_label: str,
    related: tuple[str, ...],
    *,
    as_list: bool = False,
) -> Built:
    """A shop's product page: a three-line description (lines of one paragraph, or a list),
    the price and a cart button, a badge, a spec table (neutral), long reviews and related
    products."""
    if as_list:
        description = "<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"
    else:
        description = "<p>" + "<br>".join(lines) + "</p>"
    rows = "".join(f"<tr><th>{key}</th><td>{value}</td></tr>" for key, value in specs)
    review_items = "".join(
        f"<li class='review'><div class='star-rating' role='img' aria-label='{stars} / 5'><span "
        f"style='width:{int(stars) * 20}%'>{stars}</span></div><p class='meta'><strong "
        f"class='review__author'>{author}</strong> <time>2026-02-1{n}</time></p><div "
        f"class='description'><p>{text}</p></div></li>"
        for n, (author, stars, text) in enumerate(reviews)
    )
    others = "".join(
        f"<li class='product'><a href='/p/{n}/'><img src='/img/p{n}.jpg' alt=''><h2 "
        f"class='product__title'>{item}</h2><span class='price'>{price}</span></a></li>"
        for n, item in enumerate(related)
    )
    main = (
        "<div id='primary'><main id='main'><div class='product type-product'><div "
        "class='product-gallery'><img src='/img/product.jpg' alt=''></div><div class='summary "
        f"entry-summary'><h1 class='product_title entry-title'>{name}</h1><p class='price'>"
        f"{price}</p><div class='product-details__short-description'>{description}</div><form "
        f"class='cart'><input type='number' value='1'><button type='submit'>{button}</button>"
        f"</form><p class='shipping-badge'>{badge}</p></div><div class='product-tabs'><ul "
        f"class='tabs'><li><a href='#tab-specs'>Specs</a></li><li><a href='#tab-reviews'>"
        f"{reviews_label}</a></li></ul><div id='tab-specs' class='panel'><table "
        f"class='shop_attributes'>{rows}</table></div><div id='tab-reviews' class='panel'><div "
        f"id='reviews'><h2>{reviews_label}</h2><ol class='commentlist'>{review_items}</ol></div>"
        f"</div></div></div><section class='related products'><h2>{related_label}</h2><ul "
        f"class='products'>{others}</ul></section></main></div>"
    )
    return main, lines, (badge, *(text for _, _, text in reviews), *related)


def poem(
    title: str,
    label: str,
    poet: str,
    stanzas: tuple[tuple[str, ...], ...],
    after: tuple[str, ...],
    bio: str,
    archive_label: str,
    archive: tuple[tuple[str, str], ...],
) -> Built:
    """A poem (or a saying) of the day: its lines in stanzas broken by ``<br>``, a note after
    it (``after``, the page's own words), the poet's bio (neutral) and the archive of earlier
    ones, each a title and its first lines."""
    body = "".join("<p>" + "<br>".join(stanza) + "</p>" for stanza in stanzas)
    items = "".join(
        f"<li><a href='/poem/{n}/'>{head}</a><p class='archive__excerpt'>{lines}</p></li>"
        for n, (head, lines) in enumerate(archive)
    )
    main = (
        f"<main class='poem-page'><article class='poem-of-the-day'><p class='label'>{label}</p>"
        f"<h1 class='poem__title'>{title}</h1><p class='poem__author'>{poet}</p><div "
        f"class='poem__text'>{body}</div>{paras(after)}</article><aside class='about-poet'><p>"
        f"{bio}</p></aside><section class='archive'><h2>{archive_label}</h2><ul>{items}</ul>"
        "</section></main>"
    )
    must = (*(line for stanza in stanzas for line in stanza), *after)
    return main, must, tuple(line for item in archive for line in item)


def saying(
    title: str,
    label: str,
    quote: str,
    source: str,
    gloss: str,
    archive_label: str,
    archive: tuple[str, ...],
) -> Built:
    """A saying of the day: the quote in a ``<blockquote>`` with its source, a gloss under it,
    and the earlier sayings listed."""
    items = "".join(
        f"<li><a href='/sententia/{n}/'>{line}</a></li>" for n, line in enumerate(archive)
    )
    main = (
        f"<main><div class='quote-of-the-day'><span class='label'>{label}</span><h1>{title}</h1>"
        f"<blockquote class='quote'><p>{quote}</p><footer><cite>{source}</cite></footer>"
        f"</blockquote><p class='gloss'>{gloss}</p></div><div class='quote-archive'><h2>"
        f"{archive_label}</h2><ul>{items}</ul></div></main>"
    )
    return main, (quote, gloss), archive


def weather(
    title: str,
    issued: str,
    texts: tuple[str, ...],
    table: tuple[tuple[str, str, str], ...],
    legend_label: str,
    legend: tuple[str, ...],
    other_label: str,
    others: tuple[str, ...],
) -> Built:
    """A weather bulletin: the issue time, the text, a forecast table (neutral), the
    warnings' legend and a list of the other regions' or readers' pictures."""
    rows = "".join(
        f"<tr><th>{day}</th><td>{sky}</td><td>{temp}</td></tr>" for day, sky, temp in table
    )
    key = "".join(f"<li>{line}</li>" for line in legend)
    links = "".join(f"<li><a href='/region/{n}/'>{o}</a></li>" for n, o in enumerate(others))
    main = (
        f"<main class='forecast-page'><h1>{title}</h1><p class='issued'>{issued}</p><div "
        f"class='forecast-text'>{paras(texts)}</div><table class='forecast-table'>{rows}</table>"
        f"<div class='warning-legend'><h3>{legend_label}</h3><ul>{key}</ul></div><nav "
        f"class='other-regions'><h2>{other_label}</h2><ul>{links}</ul></nav></main>"
    )
    return main, texts, (*legend, *others)


def statement(
    title: str,
    texts: tuple[str, ...],
    about_label: str,
    about: tuple[str, ...],
    contact: str,
    disclaimer_label: str,
    disclaimer: tuple[str, ...],
    related_label: str,
    related: tuple[str, ...],
    *,
    wire: bool = True,
) -> Built:
    """A company's short statement, "About the company" (neutral) and a media contact
    (neutral) after it, a legal disclaimer (must-not) and the company's other releases.
    ``wire``: all in one release body, as a newswire sets them; else the about and the
    disclaimer in their own boxes, as a company's newsroom does."""
    others = "".join(f"<li><a href='/release/{n}/'>{r}</a></li>" for n, r in enumerate(related))
    if wire:
        body = (
            f"{paras(texts)}<p><b>{about_label}</b></p>{paras(about)}<p>{contact}</p><p><b>"
            f"{disclaimer_label}</b></p>{paras(disclaimer)}"
        )
        main = (
            f"<main><article class='news-release'><header><h1 class='release-title'>{title}</h1>"
            "<p class='release-meta'>NEWS PROVIDED BY Wire · Mar 04, 2026, 08:00 ET</p></header>"
            f"<section class='release-body'>{body}</section></article><aside "
            f"class='more-releases'><h2>{related_label}</h2><ul>{others}</ul></aside></main>"
        )
    else:
        main = (
            f"<main><article class='news-item'><h1>{title}</h1><p class='news-item__date'>"
            f"4.3.2026 klo 9.15</p><div class='news-item__body'>{paras(texts)}</div><hr><div "
            f"class='boilerplate'><h2>{about_label}</h2>{paras(about)}<p>{contact}</p></div>"
            f"<small class='disclaimer'><strong>{disclaimer_label}</strong> "
            f"{' '.join(disclaimer)}</small></article><section class='latest-releases'><h2>"
            f"{related_label}</h2><ul>{others}</ul></section></main>"
        )
    return main, texts, (disclaimer_label, *disclaimer, *related)


def video_page(
    title: str,
    lines: tuple[str, ...],
    views: str,
    next_label: str,
    playlist: tuple[tuple[str, str, str], ...],
    comments_label: str,
    comments: tuple[str, ...],
) -> Built:
    """A video page: the player, the title, a view count, a two-line description, an "up
    next" playlist with each video's title, duration and description, and comments."""
    cards = "".join(
        f"<li class='video-card'><a href='/v/{n}/'><div class='thumb'><img src='/img/v{n}.jpg' "
        f"alt=''><span class='duration'>{duration}</span></div><h3 class='video-card__title'>"
        f"{head}</h3><p class='video-card__desc'>{desc}</p></a></li>"
        for n, (head, duration, desc) in enumerate(playlist)
    )
    thread = "".join(
        f"<div class='comment'><p class='comment__text'>{c}</p></div>" for c in comments
    )
    main = (
        "<main class='video-page'><div class='player-wrapper'><video controls "
        "poster='/img/poster.jpg' src='/v/main.mp4'></video></div><h1 class='video-title'>"
        f"{title}</h1><div class='video-meta'><span class='views'>{views}</span></div><div "
        f"class='video-description'>{paras(lines)}</div><section class='up-next'><h2>"
        f"{next_label}</h2><ul>{cards}</ul></section><section class='video-comments'><h2>"
        f"{comments_label}</h2>{thread}</section></main>"
    )
    return main, lines, (*(line for card in playlist for line in (card[0], card[2])), *comments)


def update(
    title: str,
    time: str,
    head: str,
    text: str,
    more_label: str,
    more: tuple[tuple[str, str], ...],
    *,
    river: bool = False,
) -> Built:
    """A tweet-length live update as its own page (its headline and one sentence), the
    other updates after it (each a time and a sentence); or (``river``) a live page opened
    with one update beside a long "top stories of the day" list of titles and summaries."""
    if river:
        items = "".join(
            f"<li class='top-story'><a href='/t/{n}/'><h3>{h}</h3></a><p>{s}</p></li>"
            for n, (h, s) in enumerate(more)
        )
        main = (
            f"<main class='live'><h1 class='live__title'><span class='live-badge'>LIVE</span> "
            f"{title}</h1><div class='live__feed'><article class='live-post' id='post-1'><time>"
            f"{time}</time><p>{text}</p></article></div></main>"
        )
        aside = f"<aside class='top-stories'><h2>{more_label}</h2><ol>{items}</ol></aside>"
        return main + aside, (text,), tuple(line for item in more for line in item)
    items = "".join(
        f"<article class='live-post'><time>{t}</time><p>{s}</p><a href='/u/{n}/'>#</a></article>"
        for n, (t, s) in enumerate(more)
    )
    main = (
        f"<main class='live-entry'><p class='live-entry__context'><a href='/live/'>{title}</a>"
        f"</p><article class='live-post live-post--permalink'><time>{time}</time><h1>{head}"
        f"</h1><p>{text}</p></article><section class='live-more'><h2>{more_label}</h2>{items}"
        "</section></main>"
    )
    return main, (text,), tuple(s for _, s in more)


# --- the pages: news briefs above related stories
