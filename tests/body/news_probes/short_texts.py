"""A blind round (wave 57): pages whose text is short and whose furniture is long, written
without reading the extractor, in thirty-one pages of twenty-nine languages (eight of them ones
the other probe files lack: Breton, Yiddish, West Frisian, Maori, Occitan, Cebuano, Latin,
Assamese). An extractor that finds the text by its density fails here: the text is one or two
paragraphs, the related stories' summaries, the comments, the reviews or the menus around it
are ten times longer.

The kinds: a two-paragraph news brief above a list of related stories with their summaries; a
one-paragraph "breaking" item above a river of the latest news; a photo of the day whose text
is one paragraph under the picture (once in the ``<figcaption>`` itself: there the caption *is*
the text); a council's notice (road closure, office hours, a water cut) in a site of long
mega-menus, a section menu and a "was this page helpful?" box; a short answer on a Q&A page
above a long comment thread; a product page whose description is three lines above long
reviews and a spec table; a quote and poems of the day above their archives; weather
bulletins; short company statements followed by "About the company" and a legal disclaimer; a
video page whose text is two lines above an "up next" playlist; tweet-length live updates
beside the other updates; and articles whose comments are ten times their text.

Each page has its whole furniture in its language: a cookie banner, a mega-menu of two or
three sections, a footer of links. The must-lines are the text, all of it; the must-nots are
the teasers' titles and summaries, the comments, the reviews, the disclaimers, the menus'
entries, the cookie banner and the footer's links.

Borderline cases, decided:
- a Q&A page's question is a must-line: the answer reads only against it, and it is the
  page's own text (an "ask the doctor" column prints both);
- "About the company" after a statement is neutral: a wire sends it as part of the release,
  a reader comes for the statement; truths differ;
- a product's spec table is neutral: product data, some truths keep it, the brief names the
  reviews only;
- a forecast table under a weather bulletin is neutral (data the bulletin sums up), its
  warnings legend a must-not (the site's key, the same on every page);
- a "this story is developing" line under a breaking item, a photo credit, a poet's bio, a
  notice's contact box and a release's media contact are neutral (the paper's or the
  office's word, kept by some truths and not by others);
- a live update's time stamp is neutral; the other updates beside it are must-nots (the page
  is the one update's permalink, the others are its river);
- a poem's title is the page's h1, so not a must-line of the body.

Every name, place and sentence here is invented (the Latin sayings too).
"""

from __future__ import annotations

import html as html_lib

import attrs

from .pages import Probes

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

DE = Chrome(
    lang="de",
    host="grünauer-zeitung.example",
    menu=(
        ("Nachrichten", ("Lokales aus Grünau", "Politik und Wirtschaft", "Sport in der Region")),
        ("Service", ("Veranstaltungskalender", "Traueranzeigen aufgeben", "Abo und Zustellung")),
        ("Leben", ("Essen und Trinken", "Reisen und Freizeit")),
    ),
    cookie="Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten.",
    footer=(
        "Impressum und Kontakt",
        "Datenschutzerklärung",
        "Allgemeine Geschäftsbedingungen",
        "Mediadaten für Anzeigenkunden",
    ),
)

add(
    "bruecke",
    DE,
    "Brücke über die Mulde ab Montag wieder offen",
    brief(
        "Brücke über die Mulde ab Montag wieder offen",
        (
            "Die Muldebrücke zwischen Grünau und Westerfeld wird nach achtmonatiger Sanierung "
            "am Montag um sechs Uhr wieder für den Verkehr freigegeben.",
            "Radfahrer müssen bis Ende April noch den alten Weg über die Fußgängerbrücke "
            "nehmen, weil der neue Radstreifen erst dann markiert wird.",
        ),
        "Mehr aus der Region",
        (
            (
                "Neues Hallenbad in Westerfeld öffnet im Herbst",
                "Das Hallenbad soll nach zwei Jahren Bauzeit im Oktober eröffnen; die Stadt "
                "rechnet mit Kosten von zwölf Millionen Euro und mit mehr als hunderttausend "
                "Besuchern im Jahr.",
            ),
            (
                "Stadtrat streitet über Parkgebühren in der Altstadt",
                "Die Fraktionen konnten sich in der jüngsten Sitzung nicht einigen, ob die "
                "Gebühren für Anwohner steigen sollen; eine Entscheidung fällt frühestens im Mai.",
            ),
            (
                "Grünauer Bäckerei feiert hundertjähriges Bestehen",
                "Seit 1926 backt die Familie Lehmann in der Hauptstraße Brot; zum Jubiläum gibt "
                "es am Samstag ein Fest mit Musik und Führungen durch die Backstube.",
            ),
            (
                "Polizei sucht Zeugen nach Unfall an der Bundesstraße",
                "Ein Autofahrer ist am Dienstagabend mit einem Traktor zusammengestoßen und "
                "wurde leicht verletzt; die Polizei bittet Zeugen, sich zu melden.",
            ),
            (
                "Schulen bekommen neue Tablets für den Unterricht",
                "Alle fünf Grundschulen im Landkreis erhalten bis zum Sommer zusammen "
                "sechshundert Geräte, finanziert aus dem Digitalpakt des Bundes und des Landes.",
            ),
            (
                "Kirmes auf dem Marktplatz fällt dieses Jahr kleiner aus",
                "Wegen der Bauarbeiten am Rathaus stehen nur halb so viele Fahrgeschäfte wie "
                "sonst auf dem Platz, die Veranstalter hoffen dennoch auf viele Gäste.",
            ),
        ),
        "article",
    ),
)

BR = Chrome(
    lang="br",
    host="keleier-breizh.example",
    menu=(
        ("Keleier", ("Keleier ar vro", "Sevenadur ha sonerezh", "Sport e Breizh")),
        ("Diwar hon penn", ("Kelaouennoù kozh", "Skrivañ d'ar skipailh")),
    ),
    cookie="Implijout a reomp toupinoù evit gwellaat ho tro war al lec'hienn.",
    footer=(
        "Evezhiadennoù hag harpañ",
        "Gwarez ar roadennoù personel",
        "Kefridi hag istor ar gazetenn",
    ),
)

add(
    "skol_divyezhek",
    BR,
    "Digoret eo bet ar skol divyezhek nevez e Plouared",
    brief(
        "Digoret eo bet ar skol divyezhek nevez e Plouared",
        (
            "Digoret eo bet dor ar skol divyezhek nevez e Plouared d'al Lun, gant pemp "
            "warn-ugent a vugale er c'hlas kentañ.",
            "Ar c'huzul-kêr en deus lakaet daou vilion euro evit adkempenn an ti-skol kozh, ha "
            "digor e vo ur preti nevez e miz Gwengolo.",
        ),
        "Keleier all",
        (
            (
                "Gouel ar brezhoneg e Kemper d'ar Sadorn",
                "Muioc'h eget dek strollad sonerien a vo war al leurenn e-kerzh an deiz, hag "
                "abadennoù evit ar vugale a vo kinniget e liorzh an eskopti.",
            ),
            (
                "Ur c'hlub mell-droad nevez evit ar merc'hed e Lannuon",
                "Tregont plac'h yaouank o deus en em enskrivet dija er c'hlub nevez, a vo o "
                "c'hoari en e genstrivadeg kentañ e-pad ar goañv a zeu.",
            ),
            (
                "Priz an tiez o kreskiñ war an aod",
                "Kresket eo priz an tiez dek dre gant e kumunioù an aod er bloaz tremenet, "
                "hervez an noterien, ha diaes eo d'ar re yaouank kavout lojeiz.",
            ),
            (
                "Ur gentel nevez war ar gwez e skolaj Karaez",
                "Deskiñ a ra ar skolajidi penaos plantañ ha kempenn ar gwez frouezh, gant "
                "skoazell ur gevredigezh a ra war-dro ar gwez kozh er vro.",
            ),
            (
                "Hent-houarn Gwengamp–Paimpol serret e-pad ur sizhun",
                "Labourioù a vo graet war ar roudoù adalek al Lun, ha kirri-boutin a gemero "
                "lec'h an trenioù etre an div gêr betek ar Sul da noz.",
            ),
            (
                "Kalz a dud e festoù-noz ar goañv",
                "Biskoazh n'eus bet kement a dud e festoù-noz ar vro evel er goañv-mañ, a "
                "lavar an aozerien, laouen gant an niver a zañserien yaouank.",
            ),
        ),
        "views",
    ),
)

JA = Chrome(
    lang="ja",
    host="aoba-shimbun.example",
    menu=(
        ("ニュース", ("地域のニュース一覧", "政治・経済の話題", "スポーツ・文化")),
        ("サービス", ("イベントカレンダー", "お悔やみ情報を見る", "新聞購読のお申し込み")),
    ),
    cookie="当サイトではサービス向上のためにクッキーを使用しています。",
    footer=("会社概要とお問い合わせ", "個人情報の取り扱いについて", "広告掲載のご案内"),
)

add(
    "toshokan",
    JA,
    "市立図書館、来月から開館時間を延長",
    brief(
        "市立図書館、来月から開館時間を延長",
        (
            "青葉市立図書館は来月一日から、平日の開館時間を午後九時まで延長すると発表した。"
            "仕事帰りの利用者の要望に応えたもので、市内の三つの分館も同じ扱いとなる。",
            "延長に伴う人件費は年間約八百万円で、市は来年度予算に計上する方針だ。",
        ),
        "関連ニュース",
        (
            (
                "青葉駅前に新しい商業施設、秋に開業へ",
                "旧百貨店の跡地に建設中の商業施設は、飲食店や書店など約五十店舗が入る予定で、"
                "市は駅前のにぎわいが戻ることに期待を寄せている。",
            ),
            (
                "市内の小学校でプログラミング授業を拡充",
                "来年度から全ての小学校で週一回のプログラミング授業を行うため、市教育委員会は"
                "教員向けの研修を今月から始めた。",
            ),
            (
                "桜まつり、今年は三日間に延長して開催",
                "例年二日間だった桜まつりは、昨年の来場者数が過去最多となったことを受け、"
                "今年は会期を一日延ばして開かれる。",
            ),
            (
                "路線バスの一部便、四月から減便",
                "運転手不足を理由に、市内を走る路線バスのうち朝夕の一部の便が減便されることに"
                "なり、利用者からは不安の声が上がっている。",
            ),
            (
                "市民マラソン、参加者募集を開始",
                "十月に開かれる市民マラソンの参加者募集が始まり、フルマラソンと十キロの部を"
                "合わせて八千人の定員が設けられている。",
            ),
            (
                "古民家を改修した宿泊施設がオープン",
                "築百年を超える古民家を改修した宿泊施設が山あいの集落に開業し、地元の食材を"
                "使った料理が楽しめると話題になっている。",
            ),
        ),
        "list",
    ),
)


# --- one-paragraph breaking items above the latest news

EN = Chrome(
    lang="en",
    host="millford-echo.example",
    menu=(
        ("News", ("Local news and politics", "Business and property", "Crime and courts")),
        ("Sport", ("Football results and tables", "Cricket and rugby")),
        ("What's on", ("Events this weekend", "Restaurant reviews")),
    ),
    cookie="We use cookies to improve your experience and to show you relevant advertising.",
    footer=(
        "Contact the newsroom",
        "Privacy and cookie policy",
        "Terms and conditions of use",
        "Advertise with us",
    ),
)

add(
    "bridge_fire",
    EN,
    "Fire closes Harbour Street bridge",
    breaking(
        "Fire closes Harbour Street bridge",
        "Breaking",
        "Harbour Street bridge in Millford has been closed in both directions after a fire "
        "broke out in a storage unit beneath it shortly before 3pm on Tuesday, police said.",
        "This is a breaking news story and will be updated.",
        "Latest news",
        (
            (
                "14:52",
                "Council approves plan for new cycle lanes",
                "The scheme will add eleven miles of protected lanes across the city centre "
                "over the next three years, at a cost of £8 million.",
            ),
            (
                "14:30",
                "Millford Rovers sign striker on loan",
                "The 21-year-old joins from a Premier League club until the end of the season "
                "and could make his debut against Eastbury on Saturday.",
            ),
            (
                "14:05",
                "Hospital waiting times fall for third month",
                "Figures published on Tuesday show the number of patients waiting more than four "
                "hours in the emergency department has dropped to its lowest level since 2019.",
            ),
            (
                "13:41",
                "Primary school wins national gardening prize",
                "Pupils at St Anne's planted more than two hundred trees and built a pond, "
                "impressing judges with the variety of wildlife they attracted.",
            ),
            (
                "13:20",
                "Rail strike called off after late talks",
                "Union leaders said an improved pay offer would be put to members, and services "
                "on Thursday are expected to run as normal.",
            ),
            (
                "12:58",
                "Woman, 84, completes first marathon",
                "Margaret Hale crossed the finish line in just under seven hours, raising more "
                "than £12,000 for the hospice that cared for her husband.",
            ),
        ),
    ),
)

ES = Chrome(
    lang="es",
    host="diario-valdeluna.example",
    menu=(
        ("Noticias", ("Actualidad local", "Política y economía", "Sucesos y tribunales")),
        ("Deportes", ("Fútbol en directo", "Baloncesto y otros deportes")),
        ("Servicios", ("Esquelas y defunciones", "Farmacias de guardia")),
    ),
    cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
    footer=("Aviso legal y condiciones", "Política de privacidad", "Quiénes somos y contacto"),
)

add(
    "terremoto",
    ES,
    "Un terremoto de magnitud 5,1 sacude la costa de Valdeluna",
    breaking(
        "Un terremoto de magnitud 5,1 sacude la costa de Valdeluna",
        "Última hora",
        "Un terremoto de magnitud 5,1 se ha registrado a las 10.42 horas frente a la costa de "
        "Valdeluna, según el Instituto Geográfico, sin que por el momento conste ningún herido "
        "ni daños materiales.",
        "Noticia en ampliación.",
        "Lo último",
        (
            (
                "10:38",
                "El Gobierno regional aprueba las ayudas al campo",
                "Los agricultores afectados por la sequía podrán pedir hasta 20.000 euros por "
                "explotación a partir del próximo lunes, según el decreto publicado hoy.",
            ),
            (
                "10:15",
                "La huelga de transporte deja sin autobuses a tres comarcas",
                "Los sindicatos mantienen los paros hasta el viernes y la empresa concesionaria "
                "asegura que solo podrá cubrir los servicios mínimos.",
            ),
            (
                "09:52",
                "El Valdeluna CF ficha a un portero argentino",
                "El guardameta, de 27 años, firma por dos temporadas y llega para cubrir la baja "
                "del titular, lesionado de larga duración.",
            ),
            (
                "09:30",
                "Abre el nuevo mercado de abastos tras dos años de obras",
                "El edificio cuenta con cuarenta puestos y un aparcamiento subterráneo, y los "
                "comerciantes esperan recuperar la clientela perdida.",
            ),
            (
                "09:04",
                "La Universidad ofrecerá un grado en Inteligencia Artificial",
                "Las primeras sesenta plazas saldrán en la preinscripción de junio y las clases "
                "comenzarán en septiembre en el campus norte.",
            ),
        ),
    ),
)

YI = Chrome(
    lang="yi",
    host="di-vokh.example",
    dir_="rtl",
    menu=(
        ("נײַעס", ("נײַעס פֿון דער שטאָט", "פּאָליטיק און עקאָנאָמיע")),
        ("קולטור", ("ביכער און ליטעראַטור", "טעאַטער און מוזיק")),
    ),
    cookie="מיר ניצן קיכעלעך כּדי צו פֿאַרבעסערן אײַער באַזוך אויפֿן וועבזײַטל.",
    footer=("קאָנטאַקט מיט דער רעדאַקציע", "פּריוואַטקייט־פּאָליטיק", "שטיצט אונדזער צײַטונג"),
)

add(
    "srejfe",
    YI,
    "שׂרפֿה אין אַ וואָונהויז אין ניו־שטאָט",
    breaking(
        "שׂרפֿה אין אַ וואָונהויז אין ניו־שטאָט",
        "לעצטע נײַעס",
        "אַ גרויסע שׂרפֿה איז אויסגעבראָכן הײַנט אין דער פֿרי אין אַ זעקס־שטאָקיקן וואָונהויז "
        "אין ניו־שטאָט, און די פֿײַערלעשער האָבן עוואַקויִרט אַלע איינוווינער.",
        "די ידיעה ווערט דערגאַנצט.",
        "נאָך נײַעס",
        (
            (
                "09:40",
                "נײַע ביבליאָטעק עפֿנט זיך אין שטאָטצענטער",
                "די ביבליאָטעק וועט האָבן מער ווי צוואַנציק טויזנט ביכער אויף ייִדיש, און אַ "
                "באַזונדערן צימער פֿאַר קינדער.",
            ),
            (
                "09:12",
                "אַ קאָנצערט פֿון ייִדישע לידער אין פּאַרק",
                "צענדליקער זינגער וועלן אויפֿטרעטן זונטיק נאָכמיטאָג, און דער אַרײַנגאַנג וועט "
                "זײַן פֿרײַ פֿאַר אַלעמען.",
            ),
            (
                "08:47",
                "די שטאָט בויט אַ נײַעם שפּילפּלאַץ",
                "דער שפּילפּלאַץ וועט זײַן גרייט ביזן זומער, און וועט קאָסטן בערך צוויי "
                "מיליאָן דאָלאַר, האָט געזאָגט דער בירגערמײַסטער.",
            ),
            (
                "08:20",
                "סטודענטן לערנען זיך ייִדיש אין זומער־קורס",
                "מער ווי הונדערט סטודענטן פֿון צוואַנציק לענדער האָבן זיך אײַנגעשריבן אין דעם "
                "קורס, וואָס הייבט זיך אָן אין יולי.",
            ),
            (
                "07:55",
                "אַ נײַער צוג צווישן די צוויי שטעט",
                "פֿון חודש מײַ אָן וועט אַ דירעקטער צוג פֿאָרן יעדע שעה, און די נסיעה וועט "
                "דויערן ווייניקער ווי אַ שעה.",
            ),
        ),
    ),
)


# --- photos of the day

FR = Chrome(
    lang="fr",
    host="le-courrier-des-lacs.example",
    menu=(
        (
            "Actualités",
            ("Toute l'actualité locale", "Faits divers et justice", "Économie et emploi"),
        ),
        ("Loisirs", ("Sorties du week-end", "Cinéma et spectacles")),
    ),
    cookie="Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
    footer=(
        "Mentions légales et contact",
        "Politique de confidentialité",
        "Conditions générales de vente",
        "Publicité et annonces légales",
    ),
)

add(
    "brume",
    FR,
    "Brume matinale sur le lac de Saint-Aulaire",
    photo(
        "Brume matinale sur le lac de Saint-Aulaire",
        "La photo du jour",
        "Ce mardi, peu après le lever du soleil, une épaisse brume recouvrait encore le lac de "
        "Saint-Aulaire, où quelques pêcheurs avaient déjà mis leur barque à l'eau. Notre "
        "lectrice Claire Fontanel a saisi l'instant depuis le ponton du village.",
        "Photo Claire Fontanel",
        "Les photos précédentes",
        (
            (
                "Les cerisiers en fleur à Montbrac",
                "Les premiers cerisiers ont fleuri avec deux semaines d'avance dans les vergers "
                "de Montbrac, au grand bonheur des promeneurs du dimanche.",
            ),
            (
                "Un renard dans la neige",
                "Un jeune renard a été aperçu au petit matin dans un champ enneigé près de "
                "Vercelles, cherchant sa nourriture sous la couche blanche.",
            ),
            (
                "Le marché de Noël illuminé",
                "Les chalets du marché de Noël ont ouvert vendredi soir sur la place de la "
                "mairie, attirant des centaines de visiteurs malgré le froid.",
            ),
            (
                "Coucher de soleil sur le port",
                "Le ciel s'est embrasé de rouge et d'orange au-dessus des bateaux amarrés dans "
                "le vieux port, offrant un spectacle rare aux habitants.",
            ),
            (
                "Les vendanges ont commencé",
                "Dans les vignes des coteaux de Serrières, les vendangeurs ont commencé la "
                "récolte sous un soleil encore estival, avec une semaine d'avance.",
            ),
            (
                "Un arc-en-ciel au-dessus du viaduc",
                "Après une averse de fin d'après-midi, un double arc-en-ciel s'est formé "
                "au-dessus du viaduc, immortalisé par de nombreux automobilistes.",
            ),
        ),
    ),
)

FY = Chrome(
    lang="fy",
    host="omrop-fryslan.example",
    menu=(
        ("Nijs", ("Nijs út de provinsje", "Polityk en ekonomy", "Sport út Fryslân")),
        ("Kultuer", ("Muzyk en toaniel", "Boeken en skriuwers")),
    ),
    cookie="Wy brûke cookies om dizze webside better te meitsjen.",
    footer=("Kontakt mei de redaksje", "Privacybelied fan de omrop", "Help en foarwaarden"),
)

add(
    "iisfugel",
    FY,
    "Iisfûgel by de Grutte Wielen",
    photo(
        "Iisfûgel by de Grutte Wielen",
        "Foto fan de dei",
        "In iisfûgel sit op in tûke by de Grutte Wielen en wachtet op in fiskje. Lêzer Sjoerd "
        "de Vries stie moarns om seis oere al mei syn kamera oan de wâl en hie twa oeren geduld "
        "nedich foar dizze foto.",
        "Foto: Sjoerd de Vries",
        "Eardere foto's fan de dei",
        (
            (
                "Reedriders op de Alde Feanen",
                "Hûnderten reedriders makken sneon gebrûk fan it earste natuerizen fan dizze "
                "winter op de Alde Feanen, dêr't it iis sterk genôch wie.",
            ),
            (
                "Skiep op de dyk by Harns",
                "In keppel skiep rint oer de seedyk by Harns, wylst in skipper mei syn boat it "
                "havenkanaal ynfart yn it ljocht fan de moarnsinne.",
            ),
            (
                "Mist oer it Sneekermar",
                "In tinne laach mist hinget oer it Sneekermar, dêr't in pear sylboaten stil op "
                "it wetter lizze en wachtsje op wyn.",
            ),
            (
                "Ljochten yn de âlde stêd",
                "De grachten fan de âlde stêd binne fersierd mei tûzenen lampkes foar it "
                "winterfeest, dat dit jier foar it earst fjouwer wiken duorret.",
            ),
            (
                "Kij wer it lân yn",
                "Op in buorkerij by Grou giene de kij tiisdei foar it earst dit jier wer it lân "
                "yn, ta grutte wille fan de bern út it doarp.",
            ),
        ),
    ),
)

MI = Chrome(
    lang="mi",
    host="te-karere-o-te-rohe.example",
    menu=(
        ("Ngā Kōrero", ("Ngā kōrero o te rohe", "Ngā take tōrangapū", "Ngā hākinakina katoa")),
        ("Mō mātou", ("Whakapā mai ki a mātou", "Ngā kaupapa here")),
    ),
    cookie="Ka whakamahia e mātou ngā pihikete kia pai ake tō wheako i tēnei paetukutuku.",
    footer=("Ngā tikanga whakamahi", "Te kaupapa here tūmataiti", "Tautokona tā mātou mahi"),
)

add(
    "maunga",
    MI,
    "Ka whiti te rā ki runga i te maunga",
    photo(
        "Ka whiti te rā ki runga i te maunga",
        "Te whakaahua o te rā",
        "I te ata tū o te Rātū, ka whiti ngā hihi tuatahi o te rā ki runga i te tihi o te "
        "maunga, ā, i kite te tini o te hunga hīkoi i te ātaahua o te whenua i raro.",
        "Whakaahua: Aroha Ngata",
        "Ngā whakaahua o mua",
        (
            (
                "Ngā waka i te awa",
                "E rima tekau ngā waka i hoe i te awa i te Rāhoroi hei whakanui i te tīmatanga "
                "o te tau hou Māori, ā, he nui te hunga mātakitaki i te taha.",
            ),
            (
                "Te kura hou i te pā",
                "I whakatuwheratia te kura hou i te pā i te wiki nei, ā, i waiata ngā tamariki i "
                "ngā waiata hou ki ō rātou mātua me ō rātou kaumātua.",
            ),
            (
                "Te hua o te māra",
                "I kohia e ngā kaimahi o te māra hapori ngā kūmara tuatahi o te kōanga, ā, ka "
                "tohaina ki ngā whānau katoa o te takiwā.",
            ),
            (
                "Te marae i te pō",
                "I tiaho ngā rama i te marae i te pō o Matariki, ā, i noho tahi te iwi ki te "
                "maumahara ki ō rātou tūpuna kua wehe atu.",
            ),
            (
                "Te moana i te awatea",
                "He mārie te moana i te awatea, ā, i kau ngā aihe i te taha o te waka hī ika, he "
                "mea whakamīharo ki ngā kaihī ika katoa.",
            ),
        ),
        in_caption=True,
    ),
)


# --- councils' notices in long menus

NL = Chrome(
    lang="nl",
    host="gemeente-zandvoorde.example",
    menu=(
        (
            "Wonen en leven",
            (
                "Afval en recycling",
                "Parkeren en vergunningen",
                "Bouwen en verbouwen",
                "Subsidies voor verenigingen",
            ),
        ),
        ("Werk en inkomen", ("Bijstand aanvragen", "Schuldhulpverlening", "Hulp bij werk zoeken")),
        ("Bestuur en organisatie", ("Gemeenteraad en vergaderingen", "Vacatures bij de gemeente")),
    ),
    cookie="Deze website gebruikt alleen functionele en analytische cookies.",
    footer=(
        "Contact en openingstijden",
        "Privacyverklaring",
        "Toegankelijkheidsverklaring",
        "Proclaimer en disclaimer",
    ),
)

_built, _aside = notice(
    "Wegafsluiting Dorpsstraat van 10 tot en met 14 maart",
    (
        "Van maandag 10 tot en met vrijdag 14 maart is de Dorpsstraat in Zandvoorde afgesloten "
        "voor alle verkeer tussen de Kerklaan en de Molenweg. De aannemer vervangt in die week "
        "de riolering.",
        "Een omleiding wordt met gele borden aangegeven. De bushaltes bij de kerk vervallen "
        "tijdelijk; gebruik de halte aan de Molenweg.",
    ),
    "Verkeer en vervoer",
    (
        "Actuele wegwerkzaamheden",
        "Gladheidsbestrijding in de winter",
        "Melding openbare ruimte doen",
        "Evenementen en afsluitingen",
        "Bereikbaarheid tijdens werkzaamheden",
    ),
    "Vragen? Bel 14 0123 of mail naar gemeente@zandvoorde.example.",
    "Was deze informatie nuttig?",
)
add(
    "wegafsluiting",
    NL,
    "Wegafsluiting Dorpsstraat van 10 tot en met 14 maart",
    _built,
    aside=_aside,
)

OC = Chrome(
    lang="oc",
    host="sant-andrieu-de-varenas.example",
    menu=(
        ("La comuna", ("Lo conselh municipal", "Los servicis comunals", "Istòria del vilatge")),
        (
            "Vida vidanta",
            ("Las associacions del vilatge", "Escòla e cantina", "Mercat del dijòus"),
        ),
        ("Practic", ("Recuèlh dels escobilhs", "Demandas d'urbanisme", "Sala de las fèstas")),
    ),
    cookie="Aqueste site utiliza de cookies per melhorar vòstra navigacion.",
    footer=("Mencions legalas", "Plan del site", "Accessibilitat del site"),
)

_built, _aside = notice(
    "Orari novèl de la comuna a partir del 1èr d'abril",
    (
        "A partir del 1èr d'abril, lo secretariat de la comuna de Sant Andrieu de Varenas serà "
        "dobèrt del diluns al divendres, de 8 oras e mièja a 12 oras, e lo dimècres de vèspre "
        "de 14 a 18 oras.",
        "Lo dissabte de matin, la permanéncia de l'estat civil serà suprimida.",
    ),
    "Actualitats",
    (
        "Totas las actualitats",
        "Arrestats municipals",
        "Bulletin municipal",
        "Agenda de las manifestacions",
    ),
    "Secretariat de la comuna: 05 00 00 00 00.",
    "Aquesta pagina vos es estada utila?",
)
add("orari", OC, "Orari novèl de la comuna a partir del 1èr d'abril", _built, aside=_aside)

PL = Chrome(
    lang="pl",
    host="debowa-wola.example",
    menu=(
        (
            "Urząd",
            ("Godziny pracy urzędu", "Wydziały i referaty", "Elektroniczna skrzynka podawcza"),
        ),
        (
            "Dla mieszkańca",
            (
                "Odpady komunalne i harmonogram",
                "Podatki i opłaty lokalne",
                "Dowody osobiste",
            ),
        ),
        ("Inwestycje", ("Fundusze unijne w gminie", "Przetargi i zamówienia publiczne")),
    ),
    cookie="Serwis używa plików cookies zgodnie z polityką prywatności.",
    footer=(
        "Deklaracja dostępności",
        "Polityka prywatności i cookies",
        "Biuletyn Informacji Publicznej",
    ),
)

_built, _aside = notice(
    "Przerwa w dostawie wody na ulicy Lipowej",
    (
        "W czwartek 12 marca w godzinach od 8:00 do 14:00 nastąpi przerwa w dostawie wody dla "
        "mieszkańców ulic Lipowej, Krótkiej i Polnej w Dębowej Woli. Przyczyną są prace przy "
        "wymianie zasuwy.",
        "Beczkowóz z wodą pitną będzie stał przy świetlicy wiejskiej.",
    ),
    "Aktualności",
    (
        "Ogłoszenia wójta gminy",
        "Komunikaty i ostrzeżenia",
        "Sesje rady gminy",
        "Archiwum wiadomości",
    ),
    "Referat Gospodarki Komunalnej, tel. 22 000 00 00.",
    "Czy ta strona była pomocna?",
    (
        "Wytworzył: Referat Gospodarki Komunalnej",
        "Opublikował: Jan Nowicki, 04.03.2026",
        "Liczba odsłon: 214",
    ),
)
add("przerwa_wody", PL, "Przerwa w dostawie wody na ulicy Lipowej", _built, aside=_aside)


# --- short answers above long comments

RU = Chrome(
    lang="ru",
    host="otvety-sad.example",
    menu=(
        ("Вопросы", ("Новые вопросы", "Популярные за неделю", "Вопросы без ответа")),
        ("Категории", ("Дом и сад", "Здоровье и красота", "Компьютеры и интернет")),
    ),
    cookie="Мы используем файлы cookie, чтобы сайт работал лучше.",
    footer=("Правила сообщества", "Политика конфиденциальности", "Обратная связь с поддержкой"),
)

_answer = (
    "Зимой кактусы поливают очень редко, раз в месяц или реже, и только если земля совсем "
    "сухая. В тёплой комнате у батареи можно чуть чаще, но лучше переставить их на прохладный "
    "подоконник."
)
add(
    "kaktusy",
    RU,
    "Можно ли поливать кактусы зимой?",
    qa(
        "Можно ли поливать кактусы зимой?",
        "Купила три кактуса осенью. Сейчас в квартире тепло, батареи горячие. Нужно ли их "
        "поливать зимой, и как часто?",
        (_answer,),
        f"<p>{_answer}</p>",
        (
            (
                "Ольга_К",
                "У меня кактусы стоят на подоконнике прямо над батареей уже пять лет, и я поливаю "
                "их раз в две недели круглый год. Ничего с ними не случилось, даже цвели прошлой "
                "весной. Так что всё зависит от конкретной квартиры.",
            ),
            (
                "sergey77",
                "Не согласен с автором ответа. Если не поливать месяц, в сухом воздухе корни "
                "могут засохнуть, особенно у маленьких растений в пластиковых горшках. Я бы "
                "советовал следить за почвой, а не за календарём.",
            ),
            (
                "Марина",
                "Главное — не заливать. Мой первый кактус сгнил именно зимой, потому что я "
                "поливал его так же, как летом, и земля не успевала просыхать неделями.",
            ),
            (
                "botanik",
                "А какой у вас вид кактуса? Лесные кактусы, например декабрист, зимой как раз "
                "цветут, и их нужно поливать чаще, чем пустынные. Это совсем разные растения.",
            ),
            (
                "Ирина В.",
                "Прохладная зимовка важна, если хотите, чтобы кактус зацвёл. Я держу свои на "
                "застеклённом балконе при десяти градусах и совсем не поливаю с ноября по март.",
            ),
            (
                "Лена",
                "Спасибо за вопрос, у меня была та же проблема. Купила подсветку для растений, и "
                "теперь кактусы не вытягиваются зимой, хотя стоят далеко от окна.",
            ),
            (
                "dachnik",
                "Ещё совет: поливайте тёплой отстоянной водой и утром, чтобы к ночи верхний слой "
                "земли успел подсохнуть. Холодная вода из-под крана для кактусов вредна.",
            ),
            (
                "Наталья",
                "Пересаживать зимой не нужно, лучше дождаться весны. Я в прошлом году пересадила "
                "в январе, и два кактуса из трёх погибли.",
            ),
        ),
        "Похожие вопросы",
        (
            "Почему у кактуса желтеет ствол?",
            "Как пересадить колючий кактус без перчаток?",
            "Какую землю купить для суккулентов?",
        ),
    ),
)

EN_QA = Chrome(
    lang="en",
    host="shell-answers.example",
    menu=(
        ("Questions", ("Newest questions", "Unanswered questions", "Questions with bounties")),
        ("Tags", ("Popular tags this week",)),
        ("Users", ("Top users this month",)),
    ),
    cookie="We use cookies to personalise content and to analyse our traffic.",
    footer=(
        "Site design and logo",
        "Terms of service",
        "Privacy policy and cookies",
        "Contact the moderators",
    ),
)

add(
    "terminal_beep",
    EN_QA,
    "How do I stop my terminal from beeping on tab completion?",
    qa(
        "How do I stop my terminal from beeping on tab completion?",
        "Every time I press Tab in my terminal and there is more than one match, the machine "
        "beeps loudly. Is there a setting to turn the sound off without muting the whole system?",
        (
            "Add the line",
            "set bell-style none",
            "and open a new terminal.",
            "If you would rather see a flash instead, use visible in place of none.",
        ),
        "<p>Add the line <code>set bell-style none</code> to the file <code>~/.inputrc</code> "
        "and open a new terminal.</p><p>If you would rather see a flash instead, use visible in "
        "place of none.</p>",
        (
            (
                "marlow",
                "This works for bash and anything else that uses readline, but zsh ignores the "
                "file completely, so if you switched shells last year like I did you will need "
                "the option NO_BEEP in your zshrc instead.",
            ),
            (
                "quietdesk",
                "On my laptop the beep came from the terminal emulator itself rather than the "
                "shell, and the only way to stop it was to untick the audible bell box in the "
                "profile preferences, which took me an hour to find.",
            ),
            (
                "ptolemy",
                "Worth mentioning that you can reload the file in the current session with a key "
                "binding instead of opening a new window, which is handy when you are connected "
                "over a slow remote link.",
            ),
            (
                "hanna.b",
                "I tried this on a fresh install and nothing happened until I noticed the file "
                "did not exist at all; creating it with just this one line was enough, but make "
                "sure you also include the system default file if you rely on its settings.",
            ),
            (
                "orwin",
                "The visible bell is the worst of both worlds in my opinion, the whole screen "
                "flashes white every time and it is far more distracting than the sound ever was.",
            ),
            (
                "fenwick",
                "For anyone landing here from a search engine: the same beep happens in the "
                "Python shell and in many database clients because they all link against the "
                "same library, so this fix silences them too.",
            ),
            (
                "juno",
                "Thanks, this has been driving my whole open-plan office mad for months and "
                "nobody knew where the noise came from.",
            ),
            (
                "brack",
                "Is there any way to keep the beep for real errors but not for ambiguous "
                "completions? I find it useful when a long command fails in the background.",
            ),
        ),
        "Linked",
        (
            "How can I change the colour of the prompt in bash?",
            "Why does my terminal print strange characters after ssh?",
        ),
    ),
)

CEB = Chrome(
    lang="ceb",
    host="balita-sugbo.example",
    menu=(
        ("Balita", ("Balita sa Sugbo", "Balita sa nasod", "Isports ug dula")),
        ("Kinabuhi", ("Panglawas ug kahimsog", "Pagkaon ug luto")),
    ),
    cookie="Naggamit kami og cookies aron mapauswag ang imong kasinatian sa among site.",
    footer=("Mahitungod kanamo", "Palisiya sa privacy", "Kontaka ang redaksyon"),
)

add(
    "kape_mabdos",
    CEB,
    "Luwas ba ang pag-inom og kape samtang nagmabdos?",
    column(
        "Luwas ba ang pag-inom og kape samtang nagmabdos?",
        (
            "Pangutana: Tulo ka bulan na akong nagmabdos ug ganahan kaayo ko og kape. Makadaot "
            "ba kini sa akong bata?",
            "Tubag: Luwas ang usa o duha ka tasa sa kape matag adlaw, sumala sa kadaghanan sa "
            "mga doktor. Apan likayi ang labaw pa niana, ug ayaw kalimti ang kape nga anaa usab "
            "sa tsokolate ug softdrinks.",
        ),
        "Dr. Maria Santos, obstetrician",
        "14 ka komento",
        (
            (
                "Jessa",
                "Sa akong unang pagmabdos wala gyud koy giinom nga kape sulod sa siyam ka bulan, "
                "ug lisod kaayo kadto kay naanad ko og tulo ka tasa kada buntag. Karon mas "
                "relaks na ko.",
            ),
            (
                "Rommel",
                "Salamat doc sa tubag. Akong asawa nagmabdos karon ug kanunay siyang mangutana "
                "niini. Ipakita nako niya kini nga artikulo karong gabii.",
            ),
            (
                "Lola Nena",
                "Ang akong lola nag-ingon nga dili gyud maayo ang kape sa mabdos kay mangitom "
                "kuno ang bata. Tinuod ba kana o tinuohan ra sa karaan?",
            ),
            (
                "Cheryl",
                "Nag-inom ko og duha ka tasa kada adlaw sa akong pagmabdos ug himsog kaayo akong "
                "anak, karon lima na ka tuig. Basta ayaw lang sobra.",
            ),
            (
                "mamaJoy",
                "Unsa man ang decaf? Luwas ba kana bisan pila ka tasa? Wala man koy makita nga "
                "tubag bahin niana dinhi sa artikulo.",
            ),
            (
                "Dodong",
                "Maayo unta kung mosulat pa mo og artikulo bahin sa tsaa ug sa mga herbal nga "
                "ilimnon, kay daghan kaayo nag-inom niana dinhi sa among lugar.",
            ),
            (
                "Ivy",
                "Ako nagtrabaho sa gabii ug kinahanglan gyud nako ang kape aron dili makatulog. "
                "Nahadlok ko kaniadto pero karon nakasabot na ko.",
            ),
            (
                "Nurse Ana",
                "Importante gyud nga mangutana sa kaugalingong doktor kay lahi-lahi ang "
                "kahimtang sa matag mabdos. Ayaw lang pagsalig sa internet.",
            ),
        ),
    ),
)


# --- products: three lines above reviews and specs

IT = Chrome(
    lang="it",
    host="bottega-del-caffe.example",
    menu=(
        ("Negozio", ("Caffettiere e moka", "Macchine per espresso", "Tazze e accessori")),
        ("Assistenza", ("Spedizioni e resi", "Domande frequenti")),
    ),
    cookie="Questo sito utilizza cookie tecnici e di profilazione di terze parti.",
    footer=("Condizioni generali di vendita", "Informativa sulla privacy", "Chi siamo e contatti"),
)

add(
    "moka",
    IT,
    "Moka in alluminio da 3 tazze",
    product(
        "Moka in alluminio da 3 tazze",
        (
            "Caffettiera classica in alluminio per tre tazze di espresso.",
            "Adatta a fornelli a gas ed elettrici, non a induzione.",
            "Guarnizione di ricambio inclusa nella confezione.",
        ),
        "€ 24,90",
        "Aggiungi al carrello",
        "Spedizione gratuita sopra i 49 euro",
        (
            ("Capacità", "150 ml"),
            ("Materiale", "alluminio"),
            ("Peso", "450 g"),
            ("Altezza", "18 cm"),
        ),
        "Recensioni (6)",
        (
            (
                "Giovanna R.",
                "5",
                "Fa un caffè ottimo e cremoso, proprio come quella di mia nonna. L'ho usata ogni "
                "mattina per tre mesi e non ha perso nulla, anche il manico è rimasto fresco al "
                "tatto.",
            ),
            (
                "Marco",
                "4",
                "Buona qualità per il prezzo, ma la prima volta il caffè sapeva un po' di "
                "metallo. Consiglio di fare tre o quattro caffè da buttare prima di usarla "
                "davvero.",
            ),
            (
                "Lucia B.",
                "2",
                "Ho comprato questa moka pensando di usarla sul piano a induzione e invece non "
                "funziona, bisognava leggere meglio la descrizione. Ora uso un adattatore ma non "
                "è la stessa cosa.",
            ),
            (
                "Paolo",
                "5",
                "Spedizione velocissima, arrivata in due giorni ben imballata. La guarnizione di "
                "ricambio è un pensiero gentile che altri venditori non hanno.",
            ),
            (
                "Anna Maria",
                "3",
                "Il caffè è buono ma la moka è più piccola di quanto sembri in foto, tre "
                "tazzine piccole piccole. Per due persone va bene, per una famiglia no.",
            ),
            (
                "Stefano T.",
                "5",
                "Dopo aver provato le macchinette a capsule sono tornato alla moka e non me ne "
                "pento: costa meno, fa meno rifiuti e il caffè ha più sapore.",
            ),
        ),
        "Potrebbe interessarti anche",
        ("Macinacaffè manuale in legno", "Set di sei tazzine in ceramica"),
    ),
)

KO = Chrome(
    lang="ko",
    host="haneul-mall.example",
    menu=(
        ("카테고리", ("디지털 가전 전체", "음향 기기와 이어폰", "생활 가전 모음")),
        ("고객센터", ("주문 배송 조회", "교환 및 반품 안내")),
    ),
    cookie="더 나은 서비스를 위해 쿠키를 사용합니다.",
    footer=("회사 소개 및 채용", "개인정보처리방침", "이용약관 및 청소년보호정책"),
)

add(
    "speaker",
    KO,
    "무선 블루투스 스피커 미니",
    product(
        "무선 블루투스 스피커 미니",
        (
            "손바닥만 한 크기에 360도로 퍼지는 소리를 담았습니다.",
            "한 번 충전으로 최대 열두 시간 동안 재생할 수 있습니다.",
            "생활 방수 기능이 있어 욕실이나 캠핑장에서도 쓸 수 있습니다.",
        ),
        "39,000원",
        "장바구니 담기",
        "오늘 주문하면 내일 도착",
        (
            ("크기", "8 x 8 x 9 cm"),
            ("무게", "320 g"),
            ("배터리", "2,000 mAh"),
            ("연결", "블루투스 5.3"),
        ),
        "상품평 (6)",
        (
            (
                "김**",
                "5",
                "캠핑 갈 때 가져갔는데 생각보다 소리가 커서 놀랐어요. 밤새 음악을 틀어도 "
                "배터리가 남아 있었고, 비가 조금 왔는데도 아무 문제 없었습니다.",
            ),
            (
                "이**",
                "4",
                "디자인이 예쁘고 가벼워서 가방에 넣고 다니기 좋아요. 다만 저음이 조금 약해서 별 "
                "하나 뺐습니다. 가격을 생각하면 만족합니다.",
            ),
            (
                "박**",
                "2",
                "처음 일주일은 잘 됐는데 블루투스 연결이 자꾸 끊겨요. 고객센터에 문의했더니 "
                "펌웨어를 업데이트하라고 하는데 방법이 너무 복잡합니다.",
            ),
            (
                "최**",
                "5",
                "부모님 선물로 샀는데 버튼이 단순해서 어르신들도 쉽게 쓰세요. 라디오 앱이랑 "
                "연결해서 매일 아침 듣고 계십니다.",
            ),
            (
                "정**",
                "3",
                "소리는 괜찮은데 충전 단자가 덮개 안에 있어서 충전할 때마다 열기가 불편해요. "
                "방수 때문이라니 이해는 합니다.",
            ),
            (
                "강**",
                "5",
                "욕실에서 샤워하면서 듣는데 물이 튀어도 괜찮아요. 두 개를 사서 스테레오로 "
                "연결하면 훨씬 좋습니다.",
            ),
        ),
        "함께 본 상품",
        ("충전식 무드등 스피커", "노이즈 캔슬링 무선 이어폰"),
        as_list=True,
    ),
)

AS = Chrome(
    lang="as",
    host="puthi-ghor.example",
    menu=(
        ("কিতাপ", ("নতুন প্ৰকাশিত কিতাপ", "শিশু সাহিত্যৰ সম্ভাৰ", "উপন্যাস আৰু গল্প")),
        ("সহায়", ("অৰ্ডাৰৰ অৱস্থা চাওক", "উভতাই দিয়াৰ নিয়ম")),
    ),
    cookie="এই ৱেবছাইটে আপোনাৰ অভিজ্ঞতা উন্নত কৰিবলৈ কুকি ব্যৱহাৰ কৰে।",
    footer=("আমাৰ বিষয়ে জানক", "গোপনীয়তা নীতি", "যোগাযোগৰ ঠিকনা"),
)

add(
    "lokokotha",
    AS,
    "অসমীয়া লোককথাৰ সংকলন",
    product(
        "অসমীয়া লোককথাৰ সংকলন",
        (
            "অসমৰ বিভিন্ন প্ৰান্তৰ পৰা সংগ্ৰহ কৰা পঞ্চাশটা লোককথা।",
            "প্ৰতিটো কাহিনীৰ সৈতে শিল্পীৰ হাতেৰে অঁকা ছবি আছে।",
            "শিশু আৰু ডাঙৰ সকলোৱে পঢ়িব পৰাকৈ সহজ ভাষাত লিখা।",
        ),
        "₹ ৩৫০",
        "বেগত ভৰাওক",
        "৫০০ টকাৰ ওপৰৰ অৰ্ডাৰত বিনামূলীয়া ডাক",
        (("পৃষ্ঠা", "২৪০"), ("প্ৰকাশক", "পুথিঘৰ প্ৰকাশন"), ("বছৰ", "২০২৫")),
        "পাঠকৰ মতামত (৫)",
        (
            (
                "ৰীতা",
                "5",
                "মোৰ জীয়েকক প্ৰতি নিশা শুৱাৰ আগতে এটা কাহিনী পঢ়ি শুনাওঁ। ছবিবোৰ ইমান ধুনীয়া যে "
                "তাই নিজেও পৃষ্ঠা লুটিয়াই থাকে, বহুত ভাল কিতাপ।",
            ),
            (
                "অনুপম",
                "4",
                "কাহিনীবোৰ ভাল, কিন্তু কিছুমান কথা আইতাই কোৱাৰ দৰে নহয়, অলপ সলনি কৰা যেন "
                "লাগিল। তথাপিও সংগ্ৰহটো মূল্যবান।",
            ),
            (
                "প্ৰিয়ংকা",
                "5",
                "বিদেশত থকা মোৰ ল'ৰাৰ বাবে কিনিছিলোঁ যাতে সি অসমীয়া ভাষা পাহৰি নাযায়। ডাক খৰচ "
                "বেছি হ'লেও কিতাপখন সময়মতে পালোঁ।",
            ),
            (
                "বিকাশ",
                "3",
                "কাগজৰ মান আৰু অলপ ভাল হ'ব লাগিছিল, দুই-এটা পৃষ্ঠাত ছপা অলপ মলিন। কাহিনীৰ বাছনি কিন্তু চমৎকাৰ।",
            ),
            (
                "মৌচুমী",
                "5",
                "বিদ্যালয়ৰ পুথিভঁৰালৰ বাবে দহখন কিনিলোঁ, ছাত্ৰ-ছাত্ৰীসকলে খুব ভাল পাইছে আৰু পঢ়াৰ অভ্যাস বাঢ়িছে।",
            ),
        ),
        "এইবোৰো চাওক",
        ("অসমৰ বিহু গীতৰ পুথি", "শিশুৰ বাবে ছবিৰ অভিধান"),
    ),
)


# --- a saying and poems of the day

LA = Chrome(
    lang="la",
    host="ephemeris-latina.example",
    menu=(
        ("Domus", ("Nuntii Latini hodierni", "Sententiae et proverbia", "Carmina antiqua")),
        ("De nobis", ("Epistulam nobis mittite",)),
    ),
    cookie="Crustulis utimur ut situs melius operetur.",
    footer=("De secreto datorum", "Condiciones usus", "Tabula situs interretialis"),
)

add(
    "sententia",
    LA,
    "De horto et patientia",
    saying(
        "De horto et patientia",
        "Sententia diei",
        "Qui hortum colit, tempus non perdit, sed in radices condit.",
        "Lucius Aemilius Rufus, Epistulae ad amicum",
        "Hodie sententiam legimus de hortis et de patientia: qui plantat, non sibi solum sed "
        "etiam posteris laborat.",
        "Sententiae priores",
        (
            "Aqua lenta saxum cavat, non vi sed constantia.",
            "Liber bonus amicus est qui numquam tacet nisi iussus.",
            "Qui multa promittit, pauca servat.",
            "Magister optimus est dies qui heri praeteriit.",
            "Nemo navigat sine vento, nemo discit sine errore.",
            "Lux matutina pigros non expectat.",
        ),
    ),
)

ZH = Chrome(
    lang="zh",
    host="meiri-shige.example",
    menu=(
        ("诗词", ("唐诗宋词精选", "现代诗歌专栏", "诗人名录大全")),
        ("社区", ("读者投稿园地", "诗词知识问答")),
    ),
    cookie="本网站使用Cookie以改善您的浏览体验。",
    footer=("关于我们与联系方式", "隐私政策与用户协议", "网站地图与帮助中心"),
)

add(
    "shanzhong_yeyu",
    ZH,
    "山中夜雨",
    poem(
        "山中夜雨",
        "每日一诗",
        "林静远",
        (("夜雨敲窗静，", "山灯照客愁。", "明朝溪水涨，", "载梦到江头。"),),
        ("赏析：诗人借山中夜雨写客居之愁，末句以溪水载梦作结，愁中见希望。",),
        "林静远，当代诗人，生于江南水乡，著有诗集《听雨集》《远山》等，作品多写山水与乡愁。",
        "往期诗歌",
        (
            ("春江晚照", "江上晚霞红似火，渔舟唱晚过前滩。"),
            ("秋夜寄友", "月满西楼人未寐，一封书信寄秋风。"),
            ("雪后登山", "山路无人雪未消，松枝压白过溪桥。"),
            ("故园桃花", "故园三月桃花发，不见当年种树人。"),
            ("夏日荷塘", "荷叶田田风自凉，蜻蜓立处晚霞长。"),
            ("冬夜读书", "炉火微明书卷暖，窗前细雪落无声。"),
        ),
    ),
)

GA = Chrome(
    lang="ga",
    host="nuacht-an-iarthair.example",
    menu=(
        ("Nuacht", ("Nuacht na Gaeltachta", "Cúrsaí polaitíochta", "Spórt agus cluichí")),
        ("Cultúr", ("Leabhair agus litríocht", "Ceol traidisiúnta")),
    ),
    cookie="Úsáidimid fianáin chun do thaithí ar an suíomh a fheabhsú.",
    footer=("Déan teagmháil linn", "Polasaí príobháideachta", "Téarmaí agus coinníollacha"),
)

add(
    "gealach",
    GA,
    "An Ghealach os cionn an Chuain",
    poem(
        "An Ghealach os cionn an Chuain",
        "Dán an lae",
        "le Siobhán Ní Bhriain",
        (
            (
                "Tá an ghealach ina suí os cionn an chuain,",
                "is na báid ina gcodladh ar an uisce ciúin;",
                "cloisim glór na farraige i bhfad uaim,",
                "mar amhrán a chan mo mháthair dom fadó.",
            ),
            (
                "Amárach beidh an ghaoth ag séideadh arís,",
                "ach anocht tá an domhan ar fad ina thost.",
            ),
        ),
        (),
        "Rugadh Siobhán Ní Bhriain i gConamara sa bhliain 1970. Tá cúig chnuasach filíochta "
        "foilsithe aici, agus bhuaigh sí duais an Oireachtais faoi dhó.",
        "Dánta eile",
        (
            ("Cois Locha ar Maidin", "Is glas iad na cnoic i bhfad uainn, a dúirt mo sheanathair."),
            ("Bóthar na Trá", "Shiúil muid bóthar na trá agus an taoide ag casadh ar ais."),
            ("Fómhar", "Tá na duilleoga ag titim ina gceann is ina gceann ar an tsráid."),
            ("An Teach Folamh", "Níl aon solas sa fhuinneog anois, ná deatach ón simléar."),
            ("Oíche Shamhna", "Lasann na páistí tinte ar an gcnoc agus canann siad go hard."),
        ),
    ),
)


# --- weather bulletins

NB = Chrome(
    lang="nb",
    host="vaervarsel.example",
    menu=(
        ("Vær", ("Været der du er", "Farevarsler og beredskap", "Radar og satellittbilder")),
        ("Klima", ("Klimastatistikk for steder", "Havvarsler for kysten")),
    ),
    cookie="Vi bruker informasjonskapsler for å forbedre tjenestene våre.",
    footer=("Kontakt meteorologen", "Personvernerklæring", "Tilgjengelighetserklæring"),
)

add(
    "vestlandet",
    NB,
    "Værvarsel for Vestlandet",
    weather(
        "Værvarsel for Vestlandet",
        "Utstedt tirsdag kl. 06.00",
        (
            "Regn fra morgenen av, periodevis kraftig i ytre strøk. Sørvestlig frisk bris, på "
            "kysten periodevis sterk kuling.",
            "Fra ettermiddagen byger og litt lettere vær i indre strøk. Temperatur mellom 4 og "
            "9 grader.",
        ),
        (
            ("Tirsdag", "Regn", "4–9 °C"),
            ("Onsdag", "Byger", "3–7 °C"),
            ("Torsdag", "Sol", "2–8 °C"),
        ),
        "Forklaring på farevarslene",
        (
            "Gult farevarsel betyr at været kan være utfordrende for enkelte.",
            "Oransje farevarsel betyr at været kan gi store skader.",
            "Rødt farevarsel betyr ekstremt vær som sjelden forekommer.",
        ),
        "Andre landsdeler",
        (
            "Østlandet og Telemark",
            "Sørlandet og Agder",
            "Trøndelag og Nordmøre",
            "Nordland og Troms",
            "Finnmark og Svalbard",
        ),
    ),
)

LB = Chrome(
    lang="lb",
    host="wieder-letzebuerg.example",
    menu=(
        ("Noriichten", ("Noriichten aus dem Land", "Politik a Gesellschaft", "Sport vun haut")),
        ("Servicer", ("Apdikten vum Déngscht", "Verkéier an Direkt")),
    ),
    cookie="Mir benotze Cookien, fir Iech déi bescht Erfahrung op eisem Site ze ginn.",
    footer=("Kontakt mat der Redaktioun", "Dateschutz a Cookien", "Impressum vum Site"),
)

add(
    "wieder",
    LB,
    "Wiederbericht fir Dënschdeg",
    weather(
        "Wiederbericht fir Dënschdeg",
        "Publizéiert um 5.30 Auer",
        (
            "Den Dënschdeg fänkt mat Niwwel an den Dällere un, deen sech bis mëttes opléist. "
            "Duerno gëtt et vill Sonn mat Temperaturen tëscht 12 Grad am Éislek an 15 Grad am "
            "Süden.",
            "Den Owend zitt vu Westen eng Wollekendeck op, an an der Nuecht kann et stellenweis "
            "e bësse reenen.",
        ),
        (("Dënschdeg", "Sonn", "12–15 °C"), ("Mëttwoch", "Reen", "9–12 °C")),
        "Wiederwarnungen",
        (
            "Giel Warnung: Passt op bei Aktivitéiten dobaussen.",
            "Orange Warnung: Sidd virsiichteg, et ka geféierlech ginn.",
        ),
        "Wiederbiller vun eise Lieser",
        (
            "Sonnenopgang iwwer der Musel bei Réimech",
            "Rauwräif op de Felder bei Ettelbréck",
            "Reebou iwwer dem Stauséi",
            "Niwwel an der Uelzecht-Dall",
        ),
    ),
)


# --- short statements before "About the company" and a disclaimer

EN_WIRE = Chrome(
    lang="en",
    host="newswire.example",
    menu=(
        ("News", ("All press releases", "Business and finance news", "Technology releases")),
        ("Products", ("Distribute a release", "Media monitoring tools")),
    ),
    cookie="This site uses cookies to enhance your browsing experience and analyse traffic.",
    footer=("Terms of use and legal", "Privacy statement", "Contact customer support"),
)

add(
    "cfo",
    EN_WIRE,
    "Northbay Foods names new chief financial officer",
    statement(
        "Northbay Foods names new chief financial officer",
        (
            "CEDARTON, March 4, 2026 – Northbay Foods Inc. today announced that Priya Raman will "
            "join the company as chief financial officer on April 1, succeeding Tom Bellweather, "
            "who is retiring after eighteen years.",
            "“Priya brings deep experience in consumer goods and a record of disciplined "
            "growth,” said chief executive Helen Marsh. “We are delighted to welcome her.”",
        ),
        "About Northbay Foods",
        (
            "Northbay Foods Inc. is one of the region's leading producers of frozen and chilled "
            "foods, with six plants, more than 4,000 employees and products sold in over thirty "
            "countries. Founded in 1952 as a family bakery in Cedarton, the company today makes "
            "ready meals, pastries and plant-based products under its own brands and for "
            "retailers' private labels.",
            "The company is committed to sustainable sourcing and aims to reach net-zero "
            "emissions in its own operations by 2035. For more information, visit the company's "
            "website.",
        ),
        "Media contact: Lena Ortiz, press office, +1 555 0100",
        "Forward-looking statements",
        (
            "This press release contains forward-looking statements within the meaning of "
            "applicable securities laws, including statements about the company's leadership, "
            "strategy and expected financial performance.",
            "These statements are based on current expectations and are subject to risks and "
            "uncertainties that could cause actual results to differ materially, including "
            "changes in consumer demand, input costs, competition and general economic "
            "conditions.",
            "The company undertakes no obligation to update any forward-looking statement "
            "except as required by law.",
        ),
        "More from Northbay Foods",
        (
            "Northbay Foods reports record fourth-quarter sales",
            "Northbay Foods opens distribution centre in Eastfield",
        ),
    ),
)

FI = Chrome(
    lang="fi",
    host="kuusirannan-energia.example",
    menu=(
        (
            "Asiakkaille",
            ("Sähkösopimukset kotiin", "Häiriökartta ja katkot", "Muuttoilmoitus verkossa"),
        ),
        ("Yritys", ("Sijoittajille tietoa", "Avoimet työpaikat")),
    ),
    cookie="Käytämme evästeitä parantaaksemme sivuston käyttökokemusta.",
    footer=("Yhteystiedot ja asiakaspalvelu", "Tietosuojaseloste", "Saavutettavuusseloste"),
)

add(
    "sahkokatko",
    FI,
    "Kuusirannan Energia: sähkökatko korjattu",
    statement(
        "Kuusirannan Energia: sähkökatko korjattu",
        (
            "Kuusirannan Energian verkossa tiistai-iltana alkanut sähkökatko saatiin korjattua "
            "keskiviikkona kello 4.30. Katko koski enimmillään noin 2 400 asiakasta Mäntylän ja "
            "Koivulahden alueella.",
            "Katkon syynä oli myrskyn kaatama puu keskijännitelinjalla. Pahoittelemme "
            "asiakkaillemme aiheutunutta haittaa.",
        ),
        "Kuusirannan Energia lyhyesti",
        (
            "Kuusirannan Energia on vuonna 1911 perustettu paikallinen energiayhtiö, joka "
            "toimittaa sähköä ja kaukolämpöä noin 60 000 asiakkaalle kolmen kunnan alueella. "
            "Yhtiön sähköverkon pituus on yli 5 000 kilometriä, ja siitä jo puolet on "
            "maakaapeloitu.",
            "Yhtiö työllistää 180 henkeä, ja sen liikevaihto oli viime vuonna 95 miljoonaa "
            "euroa. Yhtiön osakkeet on listattu pörssin pienten yhtiöiden listalle.",
        ),
        "Lisätietoja: viestintäpäällikkö Aino Lehtonen, puh. 040 000 0000",
        "Vastuuvapauslauseke:",
        (
            "Tämän tiedotteen sisältö on tarkoitettu ainoastaan tiedoksi, eikä se ole "
            "sijoitussuositus tai tarjous ostaa tai myydä arvopapereita.",
            "Yhtiö ei vastaa tiedotteen tietojen käytöstä aiheutuvista vahingoista.",
        ),
        "Uusimmat tiedotteet",
        ("Kuusirannan Energia investoi maakaapelointiin", "Sähkön siirtohinta laskee huhtikuussa"),
        wire=False,
    ),
)


# --- video pages of two lines

AR = Chrome(
    lang="ar",
    host="qanat-alwaha.example",
    dir_="rtl",
    menu=(
        ("الأخبار", ("أخبار محلية وعربية", "اقتصاد وأعمال", "رياضة ومنوعات")),
        ("فيديو", ("أحدث مقاطع الفيديو", "برامج وثائقية")),
    ),
    cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.",
    footer=("من نحن واتصل بنا", "سياسة الخصوصية", "شروط الاستخدام"),
)

add(
    "souq",
    AR,
    "جولة في السوق القديم بعد الترميم",
    video_page(
        "جولة في السوق القديم بعد الترميم",
        (
            "بعد ثلاث سنوات من أعمال الترميم، عاد السوق القديم في مدينة الواحة ليستقبل زواره.",
            "نرافق في هذا التقرير أحد التجار في جولة بين الدكاكين التي استعادت أبوابها الخشبية "
            "الأصلية.",
        ),
        "١٢٬٤٠٠ مشاهدة",
        "التالي",
        (
            (
                "مهرجان التمور يعود بعد غياب عامين",
                "04:12",
                "يشارك في المهرجان أكثر من مئتي مزارع من مختلف المناطق، ويعرضون أنواعاً نادرة من "
                "التمور إلى جانب منتجات النخيل.",
            ),
            (
                "كيف تُصنع السجادة اليدوية خطوة بخطوة",
                "07:45",
                "تشرح إحدى الحرفيات مراحل نسج السجاد من غزل الصوف وصباغته بالألوان الطبيعية حتى "
                "عقد الخيوط الأخيرة.",
            ),
            (
                "افتتاح أول مكتبة عامة في الحي الشمالي",
                "03:30",
                "تضم المكتبة الجديدة عشرين ألف كتاب وقاعة مخصصة للأطفال، وتفتح أبوابها يومياً "
                "حتى التاسعة مساءً.",
            ),
            (
                "صيادون يواجهون ارتفاع أسعار الوقود",
                "05:02",
                "يقول صيادو الميناء إن كلفة الوقود تضاعفت خلال عام واحد، ما دفع بعضهم إلى ترك "
                "المهنة والبحث عن عمل آخر.",
            ),
            (
                "مدرسة تزرع حديقة على سطحها",
                "02:58",
                "حوّل طلاب إحدى المدارس سطح المبنى إلى حديقة للخضروات، يتعلمون فيها الزراعة "
                "ويقدمون محصولها لمطعم المدرسة.",
            ),
        ),
        "التعليقات",
        (
            "زرت السوق الأسبوع الماضي وكان رائعاً، لكن المواقف قليلة جداً ويجب على البلدية أن "
            "تجد حلاً لذلك قبل الصيف.",
            "أتذكر هذا السوق من طفولتي عندما كان أبي يأخذني لشراء البهارات، سعيد أنه عاد كما كان.",
            "تقرير جميل، نتمنى أن تصوروا أيضاً الأسواق القديمة في المدن الأخرى التي ما زالت "
            "تنتظر الترميم.",
        ),
    ),
)

HI = Chrome(
    lang="hi",
    host="pahad-samachar.example",
    menu=(
        ("समाचार", ("देश की बड़ी खबरें", "राज्यों से समाचार", "खेल की दुनिया")),
        ("वीडियो", ("ताज़ा वीडियो देखें", "विशेष कार्यक्रम")),
    ),
    cookie="हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।",
    footer=("हमारे बारे में जानें", "गोपनीयता नीति", "संपर्क करें और शिकायत"),
)

add(
    "pahli_bus",
    HI,
    "पहाड़ी गाँव में पहली बार पहुँची बस",
    video_page(
        "पहाड़ी गाँव में पहली बार पहुँची बस",
        (
            "एक पहाड़ी गाँव में आज़ादी के बाद पहली बार सरकारी बस पहुँची तो पूरे गाँव ने ढोल बजाकर स्वागत किया।",
            "देखिए गाँव वालों की खुशी और उनकी बातें।",
        ),
        "8.2 हज़ार बार देखा गया",
        "अगला वीडियो",
        (
            (
                "नदी पर बना नया झूला पुल",
                "03:40",
                "गाँव के बच्चों को अब स्कूल जाने के लिए नाव का इंतज़ार नहीं करना पड़ता, क्योंकि "
                "नदी पर नया झूला पुल बनकर तैयार है।",
            ),
            (
                "किसानों ने शुरू की सेब की नई किस्म की खेती",
                "06:15",
                "ठंडे इलाकों में उगने वाली इस किस्म से किसानों को पहले से दोगुनी कमाई की उम्मीद "
                "है, कृषि विभाग मदद कर रहा है।",
            ),
            (
                "गाँव की लड़कियों ने बनाई फुटबॉल टीम",
                "04:50",
                "बिना मैदान और जूतों के अभ्यास करने वाली इस टीम ने ज़िला स्तर की प्रतियोगिता "
                "जीतकर सबको चौंका दिया।",
            ),
            (
                "पहाड़ों में सौर ऊर्जा से जगमगाए घर",
                "05:25",
                "एक संस्था की मदद से तीस घरों में सौर पैनल लगाए गए हैं, जिससे अब रात में बच्चे पढ़ाई कर पाते हैं।",
            ),
            (
                "बर्फ़बारी के बाद खुला राष्ट्रीय राजमार्ग",
                "02:35",
                "तीन दिन तक बंद रहे राजमार्ग को सीमा सड़क संगठन ने बर्फ़ हटाकर खोल दिया, सैकड़ों वाहन फँसे थे।",
            ),
        ),
        "टिप्पणियाँ",
        (
            "हमारे गाँव में भी अब तक बस नहीं आती, बच्चों को रोज़ पाँच किलोमीटर पैदल चलकर सड़क तक जाना पड़ता है।",
            "बहुत अच्छी खबर है, बुज़ुर्गों को अस्पताल जाने में अब आसानी होगी। सरकार को ऐसे "
            "और गाँवों पर ध्यान देना चाहिए।",
        ),
    ),
)


# --- tweet-length live updates

PT = Chrome(
    lang="pt",
    host="jornal-vila-serena.example",
    menu=(
        ("Notícias", ("Última hora em Portugal", "Política nacional", "Economia e mercados")),
        ("Desporto", ("Futebol nacional", "Modalidades e outros")),
    ),
    cookie="Utilizamos cookies para melhorar a sua experiência de navegação.",
    footer=("Estatuto editorial", "Política de privacidade", "Ficha técnica e contactos"),
)

add(
    "greve_metro",
    PT,
    "Metro retoma circulação na linha azul",
    update(
        "Ao minuto: greve dos transportes em Vila Serena",
        "11:47",
        "Metro retoma circulação na linha azul",
        "O metro retomou a circulação na linha azul às 11h40, com comboios a cada dez minutos, "
        "segundo a empresa.",
        "Mais atualizações",
        (
            (
                "11:32",
                "Os sindicatos anunciaram uma concentração em frente à câmara municipal às "
                "15h00, com o apoio de três associações de utentes.",
            ),
            (
                "11:10",
                "A empresa de autocarros garante que os serviços mínimos estão a ser cumpridos "
                "em todas as carreiras consideradas essenciais.",
            ),
            (
                "10:51",
                "Na estação central, centenas de passageiros esperam pelos primeiros comboios da "
                "manhã, muitos deles desde as seis horas.",
            ),
            (
                "10:25",
                "O ministro dos Transportes disse estar disponível para receber os sindicatos "
                "ainda esta semana, mas rejeitou negociar sob pressão.",
            ),
            (
                "10:02",
                "Os táxis registam uma procura três vezes superior à de um dia normal, segundo a "
                "associação do setor.",
            ),
            (
                "09:40",
                "Começou às zero horas a greve de vinte e quatro horas nos transportes públicos "
                "da cidade, convocada por quatro sindicatos.",
            ),
        ),
    ),
)

UK = Chrome(
    lang="uk",
    host="zelenohirsk-news.example",
    menu=(
        ("Новини", ("Новини України", "Світові новини", "Економіка та бізнес")),
        ("Регіони", ("Новини Зеленогірська", "Новини області")),
    ),
    cookie="Ми використовуємо файли cookie, щоб покращити роботу сайту.",
    footer=(
        "Про редакцію та контакти",
        "Політика конфіденційності",
        "Правила використання матеріалів",
    ),
)

add(
    "povin",
    UK,
    "Наживо: повінь у Зеленогірську",
    update(
        "Наживо: повінь у Зеленогірську",
        "08:15",
        "",
        "Рівень води в річці Зелена за ніч піднявся на півтора метра, затоплено дві вулиці на "
        "лівому березі, повідомили рятувальники.",
        "Головне за добу",
        (
            (
                "Уряд виділив кошти на ремонт доріг у трьох областях",
                "Загалом на ремонт спрямують понад два мільярди гривень, роботи мають завершити "
                "до кінця літа, повідомили в міністерстві.",
            ),
            (
                "У Києві відкрили нову станцію метро",
                "Станція стала першою за останні п'ять років, нею щодня користуватимуться "
                "близько тридцяти тисяч пасажирів.",
            ),
            (
                "Фермери Полтавщини почали посівну раніше",
                "Через теплу зиму аграрії вийшли в поле на два тижні раніше звичайного і "
                "розраховують на добрий урожай.",
            ),
            (
                "Школи переходять на нову програму з математики",
                "Нова програма передбачає більше практичних задач і менше заучування формул, її "
                "впроваджуватимуть поступово.",
            ),
            (
                "Збірна України виграла товариський матч",
                "Команда перемогла з рахунком два-нуль, обидва голи забили молоді гравці, які "
                "вперше грали за національну збірну.",
            ),
        ),
        river=True,
    ),
)


# --- articles whose comments are ten times their text

CS = Chrome(
    lang="cs",
    host="lipnicke-listy.example",
    menu=(
        ("Zprávy", ("Zprávy z regionu", "Domácí politika", "Sport a volný čas")),
        ("Služby", ("Předplatné novin", "Inzerce a reklama")),
    ),
    cookie="Tento web používá soubory cookie ke zlepšení služeb.",
    footer=("Kontakty a redakce", "Zásady ochrany osobních údajů", "Podmínky užívání webu"),
)

add(
    "hriste",
    CS,
    "Obec Lipnice dostane nové hřiště",
    column(
        "Obec Lipnice dostane nové hřiště",
        (
            "Zastupitelstvo obce Lipnice schválilo ve čtvrtek stavbu nového dětského hřiště u "
            "mateřské školy. Bude stát necelé dva miliony korun.",
            "Polovinu nákladů pokryje dotace z krajského fondu, zbytek zaplatí obec ze svého "
            "rozpočtu.",
            "Hřiště by mělo být hotové do konce června.",
        ),
        "Jana Dvořáková",
        "Diskuse (10)",
        (
            (
                "Pepa z Lipnice",
                "Konečně! Děti si hrají na staré prolézačce, která je tam od sedmdesátých let a "
                "je celá rezavá. Jen doufám, že tentokrát obec vybere pořádnou firmu a ne tu, co "
                "loni opravovala chodník a za půl roku se rozpadl.",
            ),
            (
                "Maruška",
                "Dva miliony za hřiště mi přijdou moc. Za ty peníze by se dala opravit celá "
                "cesta ke hřbitovu, kudy chodí starší lidé a kde se v zimě pořád někdo zraní.",
            ),
            (
                "Jirka_K",
                "@Maruška Cesta ke hřbitovu je v plánu na příští rok, stálo to v obecním "
                "zpravodaji. Hřiště se dělá z dotace, ty peníze by na cestu stejně použít nešly.",
            ),
            (
                "anonym",
                "Kdo bude hřiště udržovat? Na návsi máme lavičky, které nikdo neopravil pět let, "
                "a koše, které se vyvážejí jednou za měsíc. Nové věci stavět umíme, starat se o "
                "ně ne.",
            ),
            (
                "Lenka M.",
                "Jako máma dvou malých dětí jsem ráda. Chtěla bych ale poprosit, aby tam byl i "
                "stín, stromy nebo plachta, protože v létě se na současném hřišti nedá vydržet.",
            ),
            (
                "Starý Lipničan",
                "Za mých časů jsme si hráli v lese a u potoka a nikdo nepotřeboval hřiště za dva "
                "miliony. Dnešní děti jsou rozmazlené.",
            ),
            (
                "Pepa z Lipnice",
                "@Starý Lipničan Les je pořád tam, nikdo dětem nebrání. Ale malé děti ze školky "
                "do lesa samy nepustíte, na to je hřiště u školky ideální.",
            ),
            (
                "Tomáš",
                "Bylo by fajn zveřejnit plán hřiště, ať víme, co tam bude. Na webu obce jsem nic "
                "nenašel a na zastupitelstvo v pracovní den nikdo z nás nestihne dojít.",
            ),
            (
                "Věra",
                "Doufám, že nezapomenou na oplocení. U silnice to bez plotu není bezpečné a psi "
                "by tam chodili dělat nepořádek.",
            ),
            (
                "Jirka_K",
                "@Tomáš Plán visí na úřední desce u obecního úřadu, fotku jsem dal na "
                "facebookovou skupinu obce. Je tam houpačka, pískoviště, lanová pyramida a pítko.",
            ),
        ),
    ),
)

HU = Chrome(
    lang="hu",
    host="kisberesi-hirek.example",
    menu=(
        ("Hírek", ("Megyei hírek", "Belföldi politika", "Sport és szabadidő")),
        ("Szolgáltatás", ("Gyászhírek és emlékezés", "Hirdetésfeladás online")),
    ),
    cookie="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.",
    footer=(
        "Impresszum és kapcsolat",
        "Adatvédelmi tájékoztató",
        "Általános szerződési feltételek",
    ),
)

add(
    "buszjarat",
    HU,
    "Új buszjárat indul Kisbéres és a megyeszékhely között",
    column(
        "Új buszjárat indul Kisbéres és a megyeszékhely között",
        (
            "Áprilistól óránként közlekedik közvetlen busz Kisbéres és a megyeszékhely között – "
            "jelentette be a közlekedési társaság.",
            "Az első járat reggel fél ötkor indul, az utolsó este tizenegykor érkezik vissza.",
        ),
        "Szerkesztőség",
        "Hozzászólások (8)",
        (
            (
                "Kovácsné",
                "Végre! Eddig kétszer kellett átszállnom, hogy beérjek a kórházba, és sokszor "
                "lekéstem a csatlakozást. Remélem, hétvégén is járni fog, mert a nővérem csak "
                "akkor ér rá.",
            ),
            (
                "Laci63",
                "Ezt már tavaly is megígérték, aztán nem lett belőle semmi. Majd elhiszem, ha ott "
                "áll a busz a megállóban.",
            ),
            (
                "Erika",
                "Az iskolásoknak is nagyon jó lesz, reggel eddig nem volt olyan busz, amivel "
                "nyolcra beértek volna a gimnáziumba. Sok szülő hordta kocsival a gyereket.",
            ),
            (
                "ZoltánB",
                "A menetrend jó, de a megállók állapota siralmas. Nincs fedett váró, esőben "
                "ázunk, télen fagyunk. Erre is költhetnének valamennyit.",
            ),
            (
                "Mari néni",
                "Az unokám olvasta fel nekem a hírt. Nagyon örülök, mert így csütörtökönként be "
                "tudok menni a piacra, és délre haza is érek.",
            ),
            (
                "Laci63",
                "@Erika Az iskolabusz más történet, azt az önkormányzat fizeti. Ez a járat a "
                "menetrendi busz, diákbérlettel persze arra is fel lehet szállni.",
            ),
            (
                "pityu",
                "Hány perc lesz az út? Ha egy óránál több, akkor autóval továbbra is gyorsabb, "
                "és a benzin sem sokkal drágább, mint két jegy.",
            ),
            (
                "Kovácsné",
                "@pityu A társaság honlapja szerint negyvenöt perc, mert nem áll meg minden "
                "faluban. Szerintem ez nagyon jó idő.",
            ),
        ),
    ),
)
