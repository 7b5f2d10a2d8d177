"""The blind71c probe's kit: blind69s's sites (a language's furniture) set in the page shells
of the CMSs, site builders, documentation tools and blog platforms the earlier kits barely
touch (``SHELLS``: each the platform's own header, menu, content wrapper and footer around
the main column), with this set's own ``PROBES`` and ``add``."""

from __future__ import annotations

from collections.abc import Callable

from ..blind66._kit import Site, comment_prompt, newsletter, paras, related, share
from ..blind69s._kit import SITES
from ..pages import Probes

PROBES = Probes()
__all__ = [
    "PROBES",
    "SITES",
    "add",
    "comment_prompt",
    "newsletter",
    "paras",
    "related",
    "share",
]


def _menu(site: Site, item: str = "li", link: str = "") -> str:
    return "".join(
        f"<{item}><a class='{link}' href='/m/{n}'>{entry}</a></{item}>"
        for n, entry in enumerate(site.nav)
    )


def _cookie(site: Site, cls: str = "cookie-banner") -> str:
    return f"<div class='{cls}' role='dialog'><p>{site.cookie}</p><button>OK</button></div>"


def _drupal(site: Site, main: str) -> str:
    return (
        "<div class='dialog-off-canvas-main-canvas' data-off-canvas-main-canvas><div "
        f"class='layout-container'>{_cookie(site, 'eu-cookie-compliance-banner')}<header "
        f"role='banner'><div class='region region-header'><a href='/' rel='home'>{site.name}"
        "</a></div><nav role='navigation' class='block block-menu'><ul class='menu'>"
        f"{_menu(site)}</ul></nav></header><main role='main'><a id='main-content' "
        "tabindex='-1'></a><div class='layout-content'><div class='region region-content'>"
        "<div data-drupal-messages-fallback class='hidden'></div><div id='block-main-page-"
        f"content' class='block block-system block-system-main-block'>{main}</div></div></div>"
        "<aside class='layout-sidebar-first' role='complementary'><div class='region "
        f"region-sidebar-first'>{related(site)}</div></aside></main><footer role='contentinfo'>"
        f"<div class='region region-footer'><p>{site.footer}</p></div></footer></div></div>"
    )


def _joomla(site: Site, main: str) -> str:
    return (
        f"{_cookie(site, 'cookiesjx')}<header class='header container-header full-width'>"
        f"<div class='navbar-brand'><a class='brand-logo' href='/'>{site.name}</a></div>"
        f"<div class='container-nav'><ul class='mod-menu mod-list nav'>{_menu(site)}</ul></div>"
        "</header><div class='site-grid'><div class='grid-child container-component'><nav "
        "class='mod-breadcrumbs__wrapper'><ol class='mod-breadcrumbs breadcrumb'><li>"
        f"<a href='/'>{site.nav[0]}</a></li></ol></nav><main>{main}</main></div><div "
        f"class='grid-child container-sidebar-right'><div class='sidebar-right card'>"
        f"{related(site)}</div></div></div><footer class='container-footer footer "
        f"full-width'><div class='grid-child'><p>{site.footer}</p></div></footer>"
    )


def _typo3(site: Site, main: str) -> str:
    return (
        f"{_cookie(site)}<div class='body-bg'><a class='skip-link' href='#page-content'>"
        f"Skip</a><header class='navbar navbar-mainnavigation'><a class='navbar-brand' "
        f"href='/'>{site.name}</a><ul class='navbar-nav'>{_menu(site, 'li', 'nav-link')}</ul>"
        f"</header><div id='page-content' class='bp-page-content main-section'><main>{main}"
        "</main></div><footer id='page-footer' class='bp-page-footer'><section "
        f"class='section footer-section footer-section-content'><p>{site.footer}</p></section>"
        f"<section class='section footer-section footer-section-meta'>{related(site)}</section>"
        "</footer></div>"
    )


def _bitrix(site: Site, main: str) -> str:
    return (
        f"<div id='panel'></div>{_cookie(site)}<div class='wrapper'><header class='header'>"
        f"<div class='header__logo'><a href='/'>{site.name}</a></div><div class='bx-top-nav'>"
        f"<ul class='bx-nav-list-1-lvl'>{_menu(site, 'li', 'bx-nav-1-lvl')}</ul></div></header>"
        "<div class='workarea'><div class='bx-breadcrumb'><div class='bx-breadcrumb-item'><a "
        f"href='/'>{site.nav[0]}</a></div></div>{main}</div><div class='sidebar'>"
        f"{related(site)}</div><footer class='footer'><p>{site.footer}</p></footer></div>"
    )


def _wix(site: Site, main: str) -> str:
    return (
        "<div id='SITE_CONTAINER'><div id='main_MF'><div id='SITE_ROOT'><header "
        f"id='SITE_HEADER' class='xa9Ryq'>{_cookie(site, 'consent-banner-root')}<nav "
        f"id='comp-kq1' aria-label='Site'><ul class='StylableHorizontalMenu'>{_menu(site)}"
        "</ul></nav></header><main id='PAGES_CONTAINER' tabindex='-1'><div id='SITE_PAGES'>"
        f"<div class='page-wrapper'>{main}</div></div></main><footer id='SITE_FOOTER'>"
        f"<div class='wixui-rich-text'><p class='font_8'>{site.footer}</p></div></footer>"
        "</div></div></div>"
    )


def _squarespace(site: Site, main: str) -> str:
    return (
        f"{_cookie(site, 'sqs-cookie-banner-v2')}<div id='siteWrapper' class='clearfix "
        "site-wrapper'><header data-test='header' id='header' class='header theme-col--primary'>"
        f"<div class='header-title'><a href='/'>{site.name}</a></div><nav class='header-nav'>"
        f"<div class='header-nav-list'>{_menu(site, 'div', 'header-nav-item')}</div></nav>"
        f"</header><main id='page' class='container' role='main'>{main}</main><footer "
        "class='sections' id='footer-sections' data-footer-sections><section class='page-"
        "section'><div class='sqs-block html-block sqs-block-html'><div class='sqs-block-"
        f"content'><p>{site.footer}</p></div></div></section></footer></div>"
    )


def _webflow(site: Site, main: str) -> str:
    return (
        f"{_cookie(site, 'fs-cc-banner_component')}<div class='page-wrapper'><div "
        "data-collapse='medium' role='banner' class='navbar w-nav'><a href='/' class='brand "
        f"w-nav-brand'>{site.name}</a><nav role='navigation' class='nav-menu w-nav-menu'>"
        f"{_menu(site, 'div', 'nav-link w-nav-link')}</nav></div><main class='main-wrapper'>"
        f"{main}</main><footer class='footer'><div class='footer-bottom'><p>{site.footer}</p>"
        "</div></footer></div>"
    )


def _tilda(site: Site, main: str) -> str:
    return (
        "<div id='allrecords' class='t-records' data-tilda-page-id='1234'><div id='rec1' "
        "class='r t-rec' data-record-type='257'><div class='t228'><div class='t228__maincontainer'>"
        f"<a class='t228__logo' href='/'>{site.name}</a><ul class='t228__list'>"
        f"{_menu(site, 'li', 't-menu__link-item')}</ul></div></div></div>{main}<div id='rec9' "
        f"class='r t-rec' data-record-type='345'><div class='t345'><div class='t-text'>"
        f"{site.footer}</div></div></div><div class='t-tildalabel'><a href='#'>Made on Tilda</a>"
        f"</div>{_cookie(site, 't886')}</div>"
    )


def _wordpress(site: Site, main: str) -> str:
    return (
        f"{_cookie(site)}<div id='page' class='site'><header id='masthead' class='site-header "
        f"wp-block-template-part'><div class='site-title'><a href='/'>{site.name}</a></div><nav "
        "class='wp-block-navigation'><ul class='wp-block-navigation__container'>"
        f"{_menu(site, 'li', 'wp-block-navigation-item__content')}</ul></nav></header>{main}"
        "<footer class='site-footer wp-block-template-part'><div class='wp-block-group'><p>"
        f"{site.footer}</p></div></footer></div>"
    )


def _elementor(site: Site, main: str) -> str:
    return (
        f"{_cookie(site, 'cmplz-cookiebanner')}<div data-elementor-type='header' "
        "class='elementor elementor-location-header'><div class='elementor-widget "
        "elementor-widget-theme-site-logo'><a href='/'>"
        f"{site.name}</a></div><nav class='elementor-nav-menu--main'><ul class='elementor-nav-"
        f"menu'>{_menu(site, 'li', 'elementor-item')}</ul></nav></div>{main}<div "
        "data-elementor-type='footer' class='elementor elementor-location-footer'><div "
        "class='elementor-widget elementor-widget-text-editor'><div class='elementor-widget-"
        f"container'><p>{site.footer}</p></div></div></div>"
    )


def _docs(site: Site, main: str) -> str:
    """A documentation tool's frame: the tool's own side navigation sits in ``main``."""
    return (
        f"{_cookie(site)}<header class='docs-header'><a class='docs-logo' href='/'>{site.name}"
        f"</a><nav class='docs-topnav'><ul>{_menu(site)}</ul></nav><div class='search'><input "
        f"type='search' placeholder='⌕'></div></header>{main}<footer class='docs-footer'><p>"
        f"{site.footer}</p></footer>"
    )


def _blog(site: Site, main: str) -> str:
    """A blog platform's frame (the platform's own chrome sits in ``main``)."""
    return (
        f"{_cookie(site)}<div class='gnb'><a class='gnb-logo' href='/'>{site.name}</a><ul "
        f"class='gnb-menu'>{_menu(site)}</ul></div>{main}<div class='app-footer'><p>"
        f"{site.footer}</p></div>"
    )


def _amp(site: Site, main: str) -> str:
    return (
        f"<amp-consent id='consent' layout='nodisplay'><div class='consent-ui'><p>{site.cookie}"
        "</p><button on='tap:consent.accept'>OK</button></div></amp-consent><header "
        f"class='amp-header'><a href='/'>{site.name}</a><amp-sidebar id='sidebar' layout="
        f"'nodisplay'><ul>{_menu(site)}</ul></amp-sidebar></header><main>{main}</main><footer "
        f"class='amp-footer'><p>{site.footer}</p></footer>"
    )


SHELLS: dict[str, Callable[[Site, str], str]] = {
    "drupal": _drupal,
    "joomla": _joomla,
    "typo3": _typo3,
    "bitrix": _bitrix,
    "wix": _wix,
    "squarespace": _squarespace,
    "webflow": _webflow,
    "tilda": _tilda,
    "wordpress": _wordpress,
    "elementor": _elementor,
    "docs": _docs,
    "blog": _blog,
    "amp": _amp,
}


def add(
    name: str,
    site: Site,
    title: str,
    main: str,
    must: tuple[str, ...],
    out: tuple[str, ...] = (),
    *,
    shell: str,
    path: str = "",
) -> None:
    """One probe (id ``b71c_{lang}_{name}``): ``main`` in the platform's ``shell`` with the
    site's furniture, its must-lines, and its must-nots (its own and the site's furniture);
    no must-not line may be part of a must-line or of the title."""
    out = (*out, *site.out())
    clash = [line for line in out if any(line in kept for kept in (*must, title))]
    assert not clash, f"{name}: must-not lines inside must-lines: {clash}"
    html = (
        f"<!DOCTYPE html><html lang='{site.lang}' dir='{site.dir_}'><head><meta charset='utf-8'>"
        f"<title>{title} - {site.name}</title><meta name='viewport' content='width=device-width'>"
        f"</head><body>{SHELLS[shell](site, main)}</body></html>"
    )
    url = f"https://{site.host}/{path or 'p/' + name.replace('_', '-')}"
    PROBES.add(f"b71c_{site.lang}_{name}", url, html, must, out)
