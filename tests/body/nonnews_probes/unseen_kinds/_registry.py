"""What the unseen-kinds probe pages share: the pages, and the templates of the sites they
sit in (a government design system, Drupal, Bootstrap, an old table layout, a script app's
hashed classes, a WordPress theme), each with its own furniture around the text."""

from __future__ import annotations

from ..pages import Probes, page

PROBES = Probes()


def _links(items: tuple[str, ...], prefix: str = "/l") -> str:
    return "".join(f"<li><a href='{prefix}/{n}'>{item}</a></li>" for n, item in enumerate(items))


def gov(
    lang: str,
    title: str,
    content: str,
    *,
    service: str,
    crumbs: tuple[str, ...],
    feedback: str,
    footer: str,
    related_title: str,
    related: tuple[str, ...],
) -> str:
    """A government design system's page (GOV.UK-like): a skip link, a crown header, a
    phase banner, breadcrumbs, the text in a two-thirds column, related links in the third,
    an "is this page useful?" strip and a footer of links."""
    trail = "".join(
        f"<li class='govuk-breadcrumbs__list-item'><a class='govuk-breadcrumbs__link' "
        f"href='/c{n}'>{crumb}</a></li>"
        for n, crumb in enumerate(crumbs)
    )
    return page(
        lang,
        title,
        "<a href='#main-content' class='govuk-skip-link'>Skip</a><header class='govuk-header' "
        "role='banner'><div class='govuk-header__container govuk-width-container'><a "
        f"href='/' class='govuk-header__link--homepage'>{service}</a></div></header><div "
        "class='govuk-width-container'><div class='govuk-phase-banner'><strong "
        "class='govuk-tag'>BETA</strong></div><nav class='govuk-breadcrumbs'><ol "
        f"class='govuk-breadcrumbs__list'>{trail}</ol></nav><main class='govuk-main-wrapper' "
        "id='main-content' role='main'><div class='govuk-grid-row'><div "
        f"class='govuk-grid-column-two-thirds'><h1 class='govuk-heading-xl'>{title}</h1>"
        f"{content}</div><div class='govuk-grid-column-one-third'><aside "
        f"class='app-related-items' role='complementary'><h2 class='govuk-heading-s'>"
        f"{related_title}</h2><ul class='govuk-list'>{_links(related)}</ul></aside></div>"
        "</div><div class='gem-c-feedback'><div class='gem-c-feedback__prompt'><h2 "
        f"class='gem-c-feedback__prompt-question'>{feedback}</h2><button>✓</button><button>"
        "✗</button></div></div></main></div><footer class='govuk-footer' role='contentinfo'>"
        f"<div class='govuk-width-container'><p class='govuk-footer__meta'>{footer}</p></div>"
        "</footer>",
    )


def drupal(
    lang: str,
    title: str,
    content: str,
    *,
    site: str,
    menu: tuple[str, ...],
    sidebar_title: str,
    sidebar: tuple[str, ...],
    footer: str,
    dir_: str = "ltr",
) -> str:
    """A Drupal page: regions of blocks, the node's fields (``field--name-body`` and
    others) in the main content block, a sidebar block of views rows."""
    rows = "".join(
        f"<div class='views-row'><span class='field-content'><a href='/node/{n}'>{item}</a>"
        "</span></div>"
        for n, item in enumerate(sidebar, 100)
    )
    return page(
        lang,
        title,
        "<div class='dialog-off-canvas-main-canvas'><div class='layout-container'><header "
        "role='banner'><div class='region region-header'><div id='block-site-branding' "
        f"class='block block-system'><a href='/' rel='home'>{site}</a></div><nav "
        "id='block-main-menu' class='block block-menu navigation menu--main'><ul "
        f"class='menu'>{_links(menu, '/menu')}</ul></nav></div></header><main role='main'>"
        "<div class='layout-content'><div class='region region-content'><div "
        "id='block-page-title' class='block block-core'><h1 class='page-title'><span "
        f"class='field field--name-title'>{title}</span></h1></div><div "
        "id='block-mainpagecontent' class='block block-system block-system-main-block'>"
        f"<article class='node node--type-page node--view-mode-full'>{content}</article>"
        "</div></div></div><aside class='layout-sidebar-second' role='complementary'><div "
        f"class='region region-sidebar-second'><div class='block block-views'><h2>"
        f"{sidebar_title}</h2><div class='view-content'>{rows}</div></div></div></aside>"
        "</main><footer role='contentinfo'><div class='region region-footer'><div "
        f"class='block'><p>{footer}</p></div></div></footer></div></div>",
        dir_=dir_,
    )


def field(name: str, inner: str, label: str = "") -> str:
    """A Drupal field, its label over its items when it has one."""
    head = f"<div class='field__label'>{label}</div>" if label else ""
    return (
        f"<div class='field field--name-{name} field--type-text-long field--label-"
        f"{'above' if label else 'hidden'}'>{head}<div class='field__item'>{inner}</div></div>"
    )


def bootstrap(
    lang: str,
    title: str,
    content: str,
    *,
    brand: str,
    nav: tuple[str, ...],
    card_title: str,
    cards: tuple[str, ...],
    footer: str,
    dir_: str = "ltr",
) -> str:
    """A Bootstrap site: a navbar, the text in ``col-lg-8``, cards in ``col-lg-4`` beside
    it, a dark footer."""
    items = "".join(
        f"<li class='nav-item'><a class='nav-link' href='/n{n}'>{item}</a></li>"
        for n, item in enumerate(nav)
    )
    side = "".join(
        f"<div class='card mb-3'><div class='card-body'><h5 class='card-title'><a "
        f"href='/c/{n}'>{item}</a></h5></div></div>"
        for n, item in enumerate(cards)
    )
    return page(
        lang,
        title,
        "<nav class='navbar navbar-expand-lg navbar-light bg-light'><div class='container'>"
        f"<a class='navbar-brand' href='/'>{brand}</a><button class='navbar-toggler' "
        "data-bs-toggle='collapse' data-bs-target='#nav'><span class='navbar-toggler-icon'>"
        "</span></button><div class='collapse navbar-collapse' id='nav'><ul "
        f"class='navbar-nav ms-auto'>{items}</ul></div></div></nav><div class='container "
        f"my-5'><div class='row'><div class='col-lg-8'><h1 class='mb-4'>{title}</h1>"
        f"{content}</div><div class='col-lg-4'><h4 class='mb-3'>{card_title}</h4>{side}</div>"
        "</div></div><footer class='bg-dark text-white py-4'><div class='container'><p "
        f"class='mb-0'>{footer}</p></div></footer>",
        dir_=dir_,
    )


def table_layout(
    lang: str, title: str, content: str, *, menu: tuple[str, ...], footer: str, dir_: str = "ltr"
) -> str:
    """A page of 2002: a banner row, a left column of menu links, the text in a ``<td>``
    of ``<font>``s, a footer row with a hit counter."""
    links = "<br>".join(f"<a href='/p{n}.htm'>{item}</a>" for n, item in enumerate(menu))
    return page(
        lang,
        title,
        "<table width='760' border='0' cellpadding='0' cellspacing='0' align='center'><tr>"
        "<td colspan='2'><img src='/img/banner.gif' width='760' height='90' alt=''></td></tr>"
        f"<tr><td width='160' valign='top' bgcolor='#ddeeff'><font size='2'>{links}</font>"
        "</td><td width='600' valign='top'><font face='Verdana' size='2'><b><font size='4'>"
        f"{title}</font></b><br><br>{content}</font></td></tr><tr><td colspan='2' "
        f"align='center'><font size='1'>{footer} <img src='/cgi-bin/counter.gif' alt=''>"
        "</font></td></tr></table>",
        dir_=dir_,
    )


def app(
    lang: str,
    title: str,
    content: str,
    *,
    brand: str,
    related_title: str,
    related: tuple[str, ...],
    footer: str,
    dir_: str = "ltr",
) -> str:
    """A script framework's rendered page: ``#__next``, hashed class names, ``data-testid``
    attributes, no semantic elements but a header and the ``<h1>``."""
    cards = "".join(
        f"<a class='css-1q2w3e' data-testid='card-{n}' href='/r/{n}'><div class='css-9k8j7h'>"
        f"{item}</div></a>"
        for n, item in enumerate(related)
    )
    return page(
        lang,
        title,
        f"<div id='__next'><div class='css-0'><header class='css-h3a1x'><a href='/' "
        f"class='css-logo'>{brand}</a></header><div class='css-8f7g6h'><div class='css-b5n4m'>"
        f"<h1 class='css-t1t2e'>{title}</h1><div class='css-c0n7e' "
        f"data-testid='content'>{content}</div></div><div class='css-r3l4t'><div "
        f"class='css-s1d3b'>{related_title}</div>{cards}</div></div><div class='css-f0o7r'>"
        f"{footer}</div></div></div><script id='__NEXT_DATA__' type='application/json'>"
        '{"props":{}}</script>',
        dir_=dir_,
    )


def astra(
    lang: str,
    title: str,
    content: str,
    *,
    site: str,
    after: str,
    widget_title: str,
    widgets: tuple[str, ...],
    footer: str,
    dir_: str = "ltr",
) -> str:
    """A WordPress page in the Astra theme: ``ast-container``, ``inside-article``-like
    wrappers, the post's meta line, what a plugin puts after the entry, a widget column."""
    return page(
        lang,
        title,
        "<div class='hfeed site' id='page'><header class='site-header ast-primary-header-bar'>"
        f"<div class='ast-container'><span class='site-title'><a href='/'>{site}</a></span>"
        "<nav class='main-header-menu'><a href='/'>⌂</a></nav></div></header><div "
        "id='content' class='site-content'><div class='ast-container'><div id='primary' "
        "class='content-area primary'><main id='main' class='site-main'><article class='post "
        "ast-article-single'><div class='ast-post-format- ast-no-thumb single-layout-1'><header "
        f"class='entry-header'><h1 class='entry-title'>{title}</h1></header><div "
        f"class='entry-content clear'>{content}</div></div>{after}</article></main></div><div "
        "class='widget-area secondary' id='secondary'><div class='sidebar-main'><aside "
        f"class='widget'><h2 class='widget-title'>{widget_title}</h2><ul>{_links(widgets)}"
        "</ul></aside></div></div></div></div><footer class='site-footer'><div "
        f"class='ast-small-footer'>{footer}</div></footer></div>",
        dir_=dir_,
    )


__all__ = ["PROBES", "app", "astra", "bootstrap", "drupal", "field", "gov", "page", "table_layout"]
