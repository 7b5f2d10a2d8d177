"""A news page built around the blocks a test is about: its head, its headline and what the
test puts in the article, in the page's language."""

from __future__ import annotations


def article_page(language: str, headline: str, inner: str, *, title: str | None = None) -> str:
    """The page: ``<html lang>``, a ``<title>`` (the headline unless ``title``), and an
    ``<article>`` holding the ``<h1>`` and ``inner``."""
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title or headline}'
        f"</title></head><body><article><h1>{headline}</h1>{inner}</article></body></html>"
    )
