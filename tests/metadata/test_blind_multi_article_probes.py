"""A blind probe of ``title``, ``authors`` and ``published`` on pages carrying more than one
article (issue 12): infinite scroll, a "next article" container, a "read next" box holding a
whole story, a blog's previous post in full, a partner's piece, a digest, a translation, a
live page with a pinned summary (``tests/body/news_probes/multi_articles.py``, whose
docstring gives the decisions). The fields are those of the story the URL and the head name
(the canonical link, og:url, JSON-LD, the first h1), never the next story's headline, byline
or newer or older date. ``python -m tests.metadata.test_blind_multi_article_probes`` prints
newsextract's and trafilatura's hits per field. Every site, name and text is invented."""

from __future__ import annotations

import pytest
from tests.body.news_probes.multi_articles import META
from tests.metadata.language_probes.kit import field_cases, matches, trafilatura_fields

import newsextract

FIELDS = ("title", "authors", "published")

# Probes newsextract fails, each with why: kept as strict xfails so a fix shows.
_OPEN: dict[tuple[str, str], str] = {}
_CASES = field_cases(META, FIELDS, _OPEN)


@pytest.mark.parametrize(("url", "html", "field", "want"), _CASES)
def test_blind_multi_article_probe(url: str, html: str, field: str, want: object) -> None:
    got = getattr(newsextract.extract(html, url=url), field)
    assert matches(field, got, want), f"{field}: {got!r}"


def report() -> None:  # pragma: no cover
    """Both tools' hits per field, and each miss (trafilatura's dates judged on the day)."""
    from datetime import datetime

    for tool in ("newsextract", "trafilatura"):
        hits = dict.fromkeys(FIELDS, 0)
        for name, url, html, *wants in META:
            if tool == "newsextract":
                article = newsextract.extract(html, url=url)
                got = {field: getattr(article, field) for field in FIELDS}
            else:
                got = trafilatura_fields(html, url)
            for field, want in zip(FIELDS, wants, strict=True):
                if tool != "newsextract" and isinstance(want, datetime):
                    want = datetime.combine(want.date(), datetime.min.time())
                if matches(field, got.get(field), want):
                    hits[field] += 1
                else:
                    print(f"   {tool} {name} {field}: {got.get(field)!r}")
        print(tool, " ".join(f"{field} {hits[field]}/{len(META)}" for field in FIELDS))


if __name__ == "__main__":  # pragma: no cover
    report()
