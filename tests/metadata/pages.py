"""A news page built around the blocks a test is about: its head, its headline and what the
test puts in the article, in the page's language."""

from __future__ import annotations

import newsextract


def article_page(language: str, headline: str, inner: str, *, title: str | None = None) -> str:
    """The page: ``<html lang>``, a ``<title>`` (the headline unless ``title``), and an
    ``<article>`` holding the ``<h1>`` and ``inner``."""
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title or headline}'
        f"</title></head><body><article><h1>{headline}</h1>{inner}</article></body></html>"
    )


def filler(word: str) -> str:
    """Two paragraphs of ``word``: text enough for a body, in the page's own language."""
    return f"<p>{' '.join([word] * 12)}.</p><p>{' '.join([word] * 10)}.</p>"


def meta_author_page(language: str, headline: str, author: str, inner: str) -> str:
    """``article_page`` with ``<meta name="author" content=author>`` in its head."""
    page = article_page(language, headline, inner)
    return page.replace("</head>", f'<meta name="author" content="{author}"></head>', 1)


def byline_page(language: str, word: str, byline: str, after: str = "") -> str:
    """A page in ``language`` about ``word``: the byline in an author box above the text,
    then ``after`` (a tag list, a credit line)."""
    inner = f'<div class="author">{byline}</div>{filler(word)}{after}'
    return article_page(language, f"{word} {word} {word}", inner)


# A language's byline and credit case: (language, word, byline, credit, author, source).
Credited = tuple[str, str, str, str | None, str, str | None]


def check_byline_and_credit(case: Credited) -> None:
    """``byline_page`` with ``credit`` in a closing paragraph gives ``author`` and ``source``."""
    language, word, byline, credit, author, source = case
    closing = f"<p>{credit}</p>" if credit else ""
    article = newsextract.extract(byline_page(language, word, byline, closing))
    assert article.authors == (author,)
    assert article.source == source
