"""The blind70p probe's kit: ``PROBES`` and ``add``, which sets a story's own markup (the
furniture written into it) inside one article frame and checks that no must-not line is part
of a must-line."""

from __future__ import annotations

from ..pages import Probes, page

PROBES = Probes()
__all__ = ["PROBES", "add", "ps"]


def ps(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def add(
    name: str,
    lang: str,
    title: str,
    body: str,
    must: tuple[str, ...],
    must_not: tuple[str, ...],
    *,
    dir_: str = "ltr",
) -> None:
    """A story page: the headline and ``body`` (the text with its furniture inside) in the
    article's own container, the site's header and footer around it."""
    assert not [out for out in must_not if any(out in line for line in must)], name
    main = (
        f"<main class='site-main'><article class='story'><h1 class='story-title'>{title}</h1>"
        f"<p class='story-meta'>Redaktion · 2026-12-05</p><div class='story-body'>{body}</div>"
        "</article></main>"
    )
    PROBES.add(
        f"b70p_{name}",
        f"https://news.example.{lang}/2026/12/{name}",
        page(lang, title, main, dir_=dir_),
        must,
        must_not,
    )
