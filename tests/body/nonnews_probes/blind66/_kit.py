"""The blind66 probe's kit: a site's furniture in its language (``Site``), the frames of
the site templates the pages sit in, the furniture blocks a page sets inside its own column
(share row, comment prompt, newsletter box, related links) and ``add``, which checks that no
must-not line is part of a must-line and adds the page to ``PROBES``."""

from __future__ import annotations

import functools

import attrs

from ..pages import Probes

PROBES = Probes()


@attrs.frozen(kw_only=True)
class Site:
    """A site's furniture in its language: the menu, a cookie banner's sentence, the share
    row's label, the newsletter box's ask, a comment prompt, the related box's title and
    entries, and the footer's line."""

    lang: str
    name: str
    host: str
    nav: tuple[str, ...]
    cookie: str
    share: str
    newsletter: str
    comment: str
    related_title: str
    related: tuple[str, ...]
    footer: str
    dir_: str = "ltr"

    def out(self) -> tuple[str, ...]:
        """The furniture's lines no body may hold."""
        return (
            self.cookie,
            self.share,
            self.newsletter,
            self.comment,
            self.related_title,
            *self.related,
            self.footer,
        )


def site_from(
    lang: str, name: str, host: str, nav: tuple[str, ...], furniture: tuple[str, ...], **kw: str
) -> Site:
    """A site from its ``furniture``'s lines in ``Site``'s order: cookie, share, newsletter,
    comment, related title, two related entries, footer (``kw``: ``dir_``)."""
    cookie, share_, letter, comment, related_title, first, second, footer = furniture
    return Site(
        lang=lang,
        name=name,
        host=host,
        nav=nav,
        cookie=cookie,
        share=share_,
        newsletter=letter,
        comment=comment,
        related_title=related_title,
        related=(first, second),
        footer=footer,
        **kw,
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def share(site: Site) -> str:
    return (
        f"<div class='share-row social-share'><span class='share-label'>{site.share}</span>"
        "<a class='share-facebook' href='#'>Facebook</a><a class='share-x' href='#'>X</a>"
        "<a class='share-mail' href='#'>E-mail</a></div>"
    )


def comment_prompt(site: Site) -> str:
    return (
        f"<div id='respond' class='comment-respond'><h3 class='comment-reply-title'>"
        f"{site.comment}</h3><form class='comment-form'><textarea name='comment'></textarea>"
        "<button type='submit'>OK</button></form></div>"
    )


def newsletter(site: Site) -> str:
    return (
        f"<div class='newsletter-box'><p class='newsletter-text'>{site.newsletter}</p><form>"
        "<input type='email' placeholder='@'><button>OK</button></form></div>"
    )


def related(site: Site) -> str:
    items = "".join(
        f"<li><a href='/r/{n}'><img src='/r{n}.jpg' alt=''><span>{item}</span></a></li>"
        for n, item in enumerate(site.related)
    )
    return (
        f"<section class='related-posts'><h3 class='related-title'>{site.related_title}</h3>"
        f"<ul>{items}</ul></section>"
    )


def _menu(site: Site) -> str:
    return "".join(f"<li><a href='/m/{n}'>{entry}</a></li>" for n, entry in enumerate(site.nav))


def frame(site: Site, title: str, main: str, *, template: str = "theme") -> str:
    """The page in its site's template around the main column (which holds its own
    furniture): a cookie banner, the header and menu, the column, an aside with the related
    links when the column does not hold them, and a footer."""
    cookie = (
        f"<div id='cookie-notice' class='cookie-banner' role='dialog'><p>{site.cookie}</p>"
        "<button class='accept'>OK</button></div>"
    )
    aside = (
        ""
        if "related-posts" in main
        else f"<aside id='secondary' class='widget-area'>{related(site)}</aside>"
    )
    footer = (
        f"<footer id='colophon' class='site-footer'><div class='footer-inner'><p>{site.footer}"
        f"</p><p>© 2026 {site.name}</p></div></footer>"
    )
    head = (
        f"<!DOCTYPE html><html lang='{site.lang}' dir='{site.dir_}'><head><meta charset='utf-8'>"
        f"<title>{title} - {site.name}</title><meta name='viewport' content='width=device-width'>"
        "</head><body>"
    )
    if template == "theme":  # a WordPress-like theme
        shell = (
            f"{cookie}<div id='page' class='site'><header id='masthead' class='site-header'>"
            f"<div class='site-branding'><a href='/' rel='home'>{site.name}</a></div><nav "
            f"id='site-navigation' class='main-navigation'><ul class='menu'>{_menu(site)}</ul>"
            f"</nav></header><div id='content' class='site-content'><main id='primary' "
            f"class='site-main'>{main}</main>{aside}</div>{footer}</div>"
        )
    elif template == "portal":  # a government or university portal (Drupal-like)
        shell = (
            f"{cookie}<div class='dialog-off-canvas-main-canvas'><header role='banner' "
            f"class='gov-header'><a class='logo' href='/'>{site.name}</a><nav role='navigation' "
            f"class='menu--main'><ul>{_menu(site)}</ul></nav></header><div class='region "
            "region-breadcrumb'><ol class='breadcrumb'><li><a href='/'>⌂</a></li></ol></div>"
            f"<main role='main' class='main-container'><div class='region region-content'>"
            f"{main}</div></main>{aside}{footer}</div>"
        )
    elif template == "app":  # a framework's rendered page with hashed classes
        shell = (
            f"<div id='__next'>{cookie}<div class='Layout_root__x7Tq2'><header "
            f"class='Header_bar__k2PzQ'><nav class='Header_nav__a81Lm'><ul>{_menu(site)}</ul>"
            f"</nav></header><div class='Layout_body__Qw3e9'><main class='Layout_main__Zt91c'>"
            f"{main}</main>{aside}</div>{footer}</div></div>"
        )
    else:  # "table": an older site of layout tables
        shell = (
            f"{cookie}<table width='100%' class='layout'><tr><td colspan='2' class='top'><a "
            f"href='/'>{site.name}</a> | {' | '.join(site.nav)}</td></tr><tr><td valign='top' "
            f"class='content'>{main}</td><td valign='top' width='220' class='right'>{aside}</td>"
            f"</tr><tr><td colspan='2'>{footer}</td></tr></table>"
        )
    return f"{head}{shell}</body></html>"


def add_probe(
    probes: Probes,
    prefix: str,
    name: str,
    site: Site,
    title: str,
    main: str,
    must: tuple[str, ...],
    out: tuple[str, ...] = (),
    *,
    template: str = "theme",
    path: str = "",
) -> None:
    """One probe of ``probes`` (ids ``{prefix}_{lang}_{name}``): the page in its site's frame,
    its must-lines and its must-nots (its own and the site's furniture)."""
    out = (*out, *site.out())
    clash = [line for line in out if any(line in kept for kept in (*must, title))]
    assert not clash, f"{name}: must-not lines inside must-lines: {clash}"
    url = f"https://{site.host}/{path or '2026/12/06/' + name}"
    probes.add(
        f"{prefix}_{site.lang}_{name}", url, frame(site, title, main, template=template), must, out
    )


add = functools.partial(add_probe, PROBES, "b66")
