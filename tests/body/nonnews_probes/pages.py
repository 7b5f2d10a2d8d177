"""The layouts the probe pages share (the record each probe is: the news probes')."""

from __future__ import annotations

from news_probes.pages import Furniture, Probe, Probes, furnished

__all__ = [
    "Furniture",
    "Probe",
    "Probes",
    "elementor",
    "elementor_section",
    "elementor_widget",
    "furnished",
    "page",
    "wordpress",
]


def page(lang: str, title: str, body: str, *, dir_: str = "ltr", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}' dir='{dir_}'><head><meta charset='utf-8'>"
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )


def wordpress(lang: str, title: str, content: str, *, after: str = "", dir_: str = "ltr") -> str:
    """A WordPress theme's page: masthead, menu, the entry, a sidebar of widgets, a footer."""
    return page(
        lang,
        title,
        "<div id='page' class='site'><header id='masthead' class='site-header'><p "
        "class='site-title'><a href='/'>Example Site</a></p><nav id='site-navigation' "
        "class='main-navigation'><ul id='primary-menu' class='menu'><li><a href='/'>Home</a>"
        "</li><li><a href='/blog/'>Blog</a></li><li><a href='/about/'>About</a></li></ul></nav>"
        "</header><div id='content' class='site-content'><div id='primary' "
        "class='content-area'><main id='main' class='site-main'><article class='post type-post "
        "status-publish hentry'><header class='entry-header'><h1 class='entry-title'>"
        f"{title}</h1></header><div class='entry-content'>{content}</div>{after}</article>"
        "</main></div><aside id='secondary' class='widget-area'><section class='widget "
        "widget_recent_entries'><h2 class='widget-title'>Recent Posts</h2><ul><li><a "
        "href='/p/1'>Spring cleaning for the garden shed</a></li><li><a href='/p/2'>Three "
        "soups for cold evenings</a></li></ul></section><section class='widget "
        "widget_categories'><h2 class='widget-title'>Categories</h2><ul><li><a href='/c/1'>"
        "Uncategorized</a></li></ul></section></aside></div><footer id='colophon' "
        "class='site-footer'><div class='site-info'>Proudly powered by WordPress</div></footer>"
        "</div>",
        dir_=dir_,
    )


def elementor(lang: str, title: str, widgets: str) -> str:
    """An Elementor page: every paragraph, heading and picture in a widget of its own,
    widgets in columns in sections."""
    return page(
        lang,
        title,
        "<div data-elementor-type='header' class='elementor elementor-location-header'><div "
        "class='elementor-section'><div class='elementor-widget-wrap'><div class='elementor-"
        "widget elementor-widget-theme-site-logo'><a href='/'>Studio</a></div><div "
        "class='elementor-widget elementor-widget-nav-menu'><nav><a href='/'>Start</a><a "
        "href='/kontakt'>Kontakt</a></nav></div></div></div></div><div data-elementor-"
        "type='wp-page' class='elementor elementor-42'>"
        f"{widgets}</div><div data-elementor-type='footer' class='elementor "
        "elementor-location-footer'><div class='elementor-widget elementor-widget-text-editor'>"
        "<div class='elementor-widget-container'><p>© 2026 Studio · Impressum · Datenschutz"
        "</p></div></div></div>",
    )


def elementor_widget(kind: str, inner: str) -> str:
    return (
        f"<div class='elementor-element elementor-widget elementor-widget-{kind}'><div "
        f"class='elementor-widget-container'>{inner}</div></div>"
    )


def elementor_section(*widgets: str) -> str:
    return (
        "<section class='elementor-section elementor-top-section'><div class='elementor-"
        "container'><div class='elementor-column elementor-col-100'><div class='elementor-"
        f"widget-wrap elementor-element-populated'>{''.join(widgets)}</div></div></div>"
        "</section>"
    )
