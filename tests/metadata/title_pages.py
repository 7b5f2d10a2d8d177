"""Pages the title probes share: invented layouts of real kinds, with a head, a body and
the page's language (right-to-left scripts marked as their pages mark them)."""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from typing import Any

# Languages written right to left, whose pages say so on <html>.
_RTL = {"ar", "he", "fa", "ur", "ps", "ckb"}


def ld(kind: str, **fields: Any) -> str:
    data = {"@context": "https://schema.org", "@type": kind, **fields}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def og_meta(title: str = "", site: str = "") -> str:
    """The ``og:title`` and ``og:site_name`` tags of those given (escaped: a title may quote)."""
    return "".join(
        f'<meta property="{prop}" content="{escape(value)}">'
        for prop, value in (("og:title", title), ("og:site_name", site))
        if value
    )


def paragraphs(*sentences: str) -> str:
    """Each sentence thrice in a paragraph: text enough to be an article's."""
    return "".join(f"<p>{s} {s} {s}</p>" for s in sentences)


def page(lang: str, title: str, head: str, body: str, *, amp: bool = False) -> str:
    attrs = (' dir="rtl"' if lang in _RTL else "") + (" amp" if amp else "")
    return (
        f'<html lang="{lang}"{attrs}><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body>{body}</body></html>"
    )


def news(
    lang: str, title: str, h1: str, text: str, *, site: str, head: str = "", above: str = ""
) -> str:
    """A news CMS's story: the logo and menu, then the article: ``above`` (a kicker line),
    the ``<h1>`` (markup allowed), a date line and the text."""
    return page(
        lang,
        title,
        head,
        f'<header class="site-header"><a class="logo" href="/">{site}</a><nav><ul>'
        '<li><a href="/a/">I</a></li><li><a href="/b/">II</a></li></ul></nav></header>'
        f'<main><article class="story">{above}<h1 class="story-title">{h1}</h1>'
        '<div class="story-meta"><time datetime="2024-03-05T10:30:00+01:00">5.3.2024'
        f'</time></div><div class="story-body">{paragraphs(text)}</div></article></main>'
        f'<footer class="site-footer">© 2024 {site}</footer>',
    )


def probe_rows(
    rows: list[tuple[str, str, str, str, str, str]], url: Callable[[str], str]
) -> list[tuple[Any, ...]]:
    """Each row (name, language, <title>, head, body, expected title) as a probe (name, the
    address ``url`` gives its name, the page, expected title)."""
    return [
        (name, url(name), page(lang, title, head, body), want)
        for name, lang, title, head, body, want in rows
    ]
