"""What the leave-out probe pages share: the pages, and the templates of the non-news sites
they sit in, each with the furniture a reader skips (author cards, "about this blog" boxes,
archive widgets, rating boxes, print buttons, sign-up asks, shipping and returns blocks,
"customers also bought", forum signatures and counters, docs' edit and feedback lines,
version pickers, pagers, wiki edit links, navboxes and categories, registration boxes,
related lists)."""

from __future__ import annotations

from ..pages import Probes, page

PROBES = Probes()


def _paras(paras: tuple[str, ...]) -> str:
    return "".join(f"<p>{text}</p>" for text in paras)


def _links(items: tuple[str, ...], prefix: str = "/l") -> str:
    return "".join(f"<li><a href='{prefix}/{n}'>{item}</a></li>" for n, item in enumerate(items))


def blog(
    lang: str,
    title: str,
    paras: tuple[str, ...],
    *,
    blog_name: str,
    author_card: str,
    about_title: str,
    about: str,
    archive_title: str,
    archive: tuple[str, ...],
    dir_: str = "ltr",
) -> str:
    """A personal blog's theme: the post, an author card under it (avatar, name, a line of
    bio), a sidebar with an "about this blog" box of prose and an archive widget of months
    with their counts."""
    return page(
        lang,
        title,
        f"<div class='wrapper'><header class='blog-header'><a class='blog-title' href='/'>"
        f"{blog_name}</a><nav class='blog-nav'><a href='/'>⌂</a> <a href='/archive'>…</a>"
        "</nav></header><div class='columns'><main class='column-main'><article "
        f"class='blog-post'><h1 class='post-title'>{title}</h1><div class='post-date'>"
        f"2026-10-14</div><div class='post-body'>{_paras(paras)}</div><div "
        "class='author-card'><img class='avatar' src='/a.jpg' alt=''><div "
        f"class='author-card__text'><p>{author_card}</p></div></div></article></main><aside "
        f"class='column-side'><div class='widget widget-about'><h3>{about_title}</h3><p>"
        f"{about}</p></div><div class='widget widget-archive'><h3>{archive_title}</h3><ul>"
        f"{_links(archive, '/archive')}</ul></div></aside></div><footer class='blog-footer'>"
        f"<p>© 2026 {blog_name}</p></footer></div>",
        dir_=dir_,
    )


def recipe(
    lang: str,
    title: str,
    intro: tuple[str, ...],
    ingredients: tuple[str, ...],
    steps: tuple[str, ...],
    *,
    site: str,
    rating: str,
    print_line: str,
    newsletter: str,
    dir_: str = "ltr",
) -> str:
    """A recipe site's card: the intro, a ratings box over the card, a print button line,
    ingredients and steps, a newsletter ask after the card."""
    ing = "".join(f"<li class='ingredient'>{item}</li>" for item in ingredients)
    stp = "".join(f"<li class='instruction'><p>{item}</p></li>" for item in steps)
    return page(
        lang,
        title,
        f"<header class='site-head'><a href='/'>{site}</a></header><main class='content'>"
        f"<article class='recipe-post'><h1>{title}</h1><div class='entry-content'>"
        f"{_paras(intro)}<div class='recipe-card'><div class='recipe-rating'><span "
        f"class='stars'>★★★★★</span><span class='rating-text'>{rating}</span></div><div "
        f"class='recipe-buttons'><a class='btn-print' href='/print/1'>{print_line}</a></div>"
        f"<h3>∙</h3><ul class='ingredients'>{ing}</ul><h3>∙∙</h3><ol class='instructions'>"
        f"{stp}</ol></div><div class='newsletter-box'><p>{newsletter}</p><form><input "
        "type='email'><button>→</button></form></div></div></article></main><footer>"
        f"<p>© {site}</p></footer>",
        dir_=dir_,
    )


def shop(
    lang: str,
    title: str,
    paras: tuple[str, ...],
    *,
    shop_name: str,
    price: str,
    cart: str,
    shipping: str,
    returns: str,
    also_title: str,
    also: tuple[str, ...],
    dir_: str = "ltr",
) -> str:
    """A shop's product page: price and cart button, the description tab, shipping and
    returns blocks under it, a "customers also bought" carousel."""
    cards = "".join(
        f"<div class='product-card'><a href='/p/{n}'><h4 class='product-card__name'>{item}"
        "</h4></a><span class='price'>9,90</span></div>"
        for n, item in enumerate(also)
    )
    return page(
        lang,
        title,
        f"<header class='shop-header'><a class='logo' href='/'>{shop_name}</a><a "
        "href='/cart'>🛒 0</a></header><main class='product-page'><div "
        "class='product-gallery'><img src='/p.jpg' alt=''></div><div class='product-info'>"
        f"<h1 class='product-title'>{title}</h1><div class='product-price'>{price}</div>"
        f"<button class='add-to-cart'>{cart}</button><div class='product-description'>"
        f"{_paras(paras)}</div><div class='shipping-info'><p>{shipping}</p></div><div "
        f"class='returns-info'><p>{returns}</p></div></div><section class='also-bought'><h2>"
        f"{also_title}</h2><div class='carousel'>{cards}</div></section></main><footer "
        f"class='shop-footer'><p>© {shop_name}</p></footer>",
        dir_=dir_,
    )


def forum(
    lang: str,
    title: str,
    posts: tuple[tuple[str, tuple[str, ...]], ...],
    *,
    board: str,
    counter: str,
    signature: str,
    actions: tuple[str, ...],
    dir_: str = "ltr",
) -> str:
    """A forum thread (phpBB/vBulletin-like): each post a poster's column with a post
    counter, the message, a signature under a rule, a row of quote / reply / report
    links."""
    rows = "".join(
        f"<div class='post' id='p{n}'><div class='postprofile'><a class='username' "
        f"href='/u/{n}'>{user}</a><dd class='profile-posts'>{counter}</dd></div><div "
        f"class='postbody'><div class='content'>{'<br><br>'.join(text)}</div><div "
        f"class='signature'>{signature}</div><ul class='post-buttons'>"
        + "".join(f"<li><a href='#'>{action}</a></li>" for action in actions)
        + "</ul></div></div>"
        for n, (user, text) in enumerate(posts)
    )
    return page(
        lang,
        title,
        f"<div id='wrap'><div class='headerbar'><a href='/'>{board}</a></div><div "
        f"class='navbar'><a href='/'>⌂</a> › <a href='/f/2'>…</a></div><h2 "
        f"class='topic-title'>{title}</h2><div class='topic-posts'>{rows}</div><div "
        f"class='copyright'>© {board}</div></div>",
        dir_=dir_,
    )


def docs(
    lang: str,
    title: str,
    body: str,
    *,
    product: str,
    version: str,
    edit: str,
    helpful: str,
    prev: str,
    next_: str,
    dir_: str = "ltr",
) -> str:
    """A documentation site: a version picker in the top bar, a side menu, the page with an
    "edit this page" link, a "was this helpful?" strip and previous / next links."""
    return page(
        lang,
        title,
        f"<nav class='navbar'><a class='navbar__brand' href='/'>{product}</a><div "
        f"class='dropdown version-picker'><a class='navbar__link'>{version}</a><ul "
        "class='dropdown__menu'><li><a href='/next/'>next</a></li></ul></div></nav><div "
        "class='main-wrapper'><aside class='sidebar'><ul class='menu'><li><a href='/a'>A</a>"
        "</li><li><a href='/b'>B</a></li></ul></aside><main class='docMainContainer'>"
        f"<article><div class='markdown'><h1>{title}</h1>{body}</div><footer "
        f"class='docusaurus-footer'><a class='edit-this-page' href='/edit'>{edit}</a>"
        f"</footer></article><div class='feedback'><p>{helpful}</p><button>👍</button>"
        "<button>👎</button></div><nav class='pagination-nav'><a class='pagination-nav__link "
        f"pagination-nav__link--prev' href='/prev'>{prev}</a><a class='pagination-nav__link "
        f"pagination-nav__link--next' href='/next'>{next_}</a></nav></main></div>",
        dir_=dir_,
    )


def wiki(
    lang: str,
    title: str,
    sections: tuple[tuple[str, tuple[str, ...]], ...],
    *,
    site: str,
    edit: str,
    navbox_title: str,
    navbox: tuple[str, ...],
    cats_label: str,
    cats: tuple[str, ...],
    dir_: str = "ltr",
) -> str:
    """A wiki page (MediaWiki-like): sections whose headings carry "[edit]" links, a navbox
    table of linked names at the end, a category footer."""
    body = "".join(
        (
            f"<h2><span class='mw-headline'>{head}</span><span class='mw-editsection'>"
            f"<span class='mw-editsection-bracket'>[</span><a href='?action=edit'>{edit}</a>"
            "<span class='mw-editsection-bracket'>]</span></span></h2>"
            if head
            else ""
        )
        + _paras(paras)
        for head, paras in sections
    )
    nav = " · ".join(f"<a href='/wiki/N{n}'>{item}</a>" for n, item in enumerate(navbox))
    cat = "".join(f"<li><a href='/wiki/C{n}'>{c}</a></li>" for n, c in enumerate(cats))
    return page(
        lang,
        title,
        f"<div id='content' class='mw-body'><h1 id='firstHeading'>{title}</h1><div "
        f"id='bodyContent'><div id='mw-content-text'><div class='mw-parser-output'>{body}"
        f"<table class='navbox'><tr><th class='navbox-title'>{navbox_title}</th></tr><tr><td "
        f"class='navbox-list'>{nav}</td></tr></table></div></div><div id='catlinks' "
        f"class='catlinks'><a href='/wiki/Special:Categories'>{cats_label}</a><ul>{cat}</ul>"
        f"</div></div></div><div id='footer'><a href='/about'>{site}</a></div>",
        dir_=dir_,
    )


def course(
    lang: str,
    title: str,
    paras: tuple[str, ...],
    *,
    org: str,
    register: tuple[str, ...],
    dir_: str = "ltr",
) -> str:
    """A course or event page: the description, a registration box (price, seats, dates, a
    button) beside it."""
    box = "".join(f"<p>{line}</p>" for line in register)
    return page(
        lang,
        title,
        f"<header class='top'><a href='/'>{org}</a><nav><a href='/events'>…</a></nav>"
        "</header><main class='event'><div class='container'><div class='row'><div "
        f"class='col-md-8 event-description'><h1>{title}</h1>{_paras(paras)}</div><div "
        f"class='col-md-4'><div class='registration-box card'>{box}<a class='btn "
        f"btn-primary' href='/register'>→</a></div></div></div></div></main><footer>"
        f"<p>© {org}</p></footer>",
        dir_=dir_,
    )


def listicle(
    lang: str,
    title: str,
    intro: str,
    items: tuple[tuple[str, str], ...],
    *,
    site: str,
    related_title: str,
    related: tuple[str, ...],
    dir_: str = "ltr",
) -> str:
    """A list page: an intro, numbered items each a heading and a paragraph, a "related
    lists" box after the list."""
    body = "".join(f"<h2>{n}. {head}</h2><p>{text}</p>" for n, (head, text) in enumerate(items, 1))
    return page(
        lang,
        title,
        f"<header class='site-header'><a href='/'>{site}</a></header><main><article "
        f"class='list-article'><h1>{title}</h1><div class='article-content'><p>{intro}</p>"
        f"{body}</div></article><section class='related-lists'><h3>{related_title}</h3><ul>"
        f"{_links(related, '/lists')}</ul></section></main><footer><p>© {site}</p></footer>",
        dir_=dir_,
    )
