"""Human-readable renderings of an Article: a text summary and markdown."""

from __future__ import annotations

from newsextract.article import METADATA_FIELDS, Article
from newsextract.body.render import escape_heading, escape_markdown
from newsextract.record_checks import check_article

_FIELDS = tuple(f for f in METADATA_FIELDS if f != "image")


def _value(article: Article, name: str) -> str:
    value = getattr(article, name)
    if isinstance(value, tuple):
        return ", ".join(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return "" if value is None else str(value)


def render_text(article: Article) -> str:
    """Field lines, then the body."""
    check_article(article)
    lines = [f"{name:13} {_value(article, name)}" for name in _FIELDS if _value(article, name)]
    return "\n".join([*lines, "", article.body])


def _line(text: str) -> str:
    """Metadata text as one literal line of Markdown."""
    return escape_markdown(" ".join(text.split()))


def render_markdown(article: Article) -> str:
    """A markdown document: headline, standfirst, a metadata line and the body with its
    structure (``Article.body_markdown()``; the plain ``body`` when there are no blocks, as
    in an Article read back from JSON)."""
    check_article(article)
    parts = [f"# {escape_heading(_line(article.title or 'Untitled'))}"]
    if article.lead:
        parts.append(f"*{_line(article.lead)}*")
    meta = [
        v
        for v in (
            _value(article, "byline") or _value(article, "authors"),
            _value(article, "published"),
            _value(article, "publisher"),
            _value(article, "source") and f"Source: {article.source}",
        )
        if v
    ]
    if meta:
        parts.append(_line(" · ".join(meta)))
    body = article.body_markdown() or escape_markdown(article.body)
    if body:
        parts.append(body)
    return "\n\n".join(parts)
