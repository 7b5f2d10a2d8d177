"""Is a fetched page an article? A site's "about" page, a section front or a tag page
extracts to an ``Article`` too, mostly empty; a crawl should record it as skipped, saying
why, rather than store it as an empty article.

The verdict weighs three kinds of evidence, strongest first:

1. the type the page declares: a JSON-LD ``@type`` (``NewsArticle``, ``BlogPosting``...)
   or ``og:type`` (``article``) says article; ``CollectionPage``, ``AboutPage``,
   ``og:type=website`` and the like say not;
2. the article's signals: a published date the page states, an author or byline;
3. the body's size.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

from newsextract.article import Article
from newsextract.jsonld import ARTICLE_TYPES, node_types
from newsextract.page import ParsedPage

#: Below this, a body is a teaser, a caption or a bio, not a story: the shortest news
#: items (agency briefs) run to about 80 words, navigation blurbs seldom reach 50.
MIN_ARTICLE_WORDS = 80
#: A page with no date and no author still reads as an article when its body is this long:
#: section fronts and about pages rarely hold 300 words of running text.
LONG_BODY_WORDS = 300

#: JSON-LD types of pages that list or describe, and never are, an article.
NOT_ARTICLE_TYPES = frozenset(
    {
        "CollectionPage",
        "AboutPage",
        "ContactPage",
        "ProfilePage",
        "SearchResultsPage",
        "ItemList",
        "Organization",
        "NewsMediaOrganization",
        "Person",
    }
)
#: ``og:type`` values of pages that are not articles.
NOT_ARTICLE_OG_TYPES = frozenset({"website", "profile", "video.other", "music.song"})

#: Chinese, Japanese and Thai are written without spaces between words, which run to about
#: two characters there: a body in them counts one word per two such characters.
UNSPACED_CHARS_PER_WORD = 2
#: The characters of those scripts: Thai, Lao, Myanmar, Khmer, kana, Han (and its
#: compatibility forms), half-width katakana. Hangul is written with spaces.
_UNSPACED_CHAR = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9f]"
)

#: Provenances of a date guessed from anything dated on the page: a section front's links
#: and teasers give it one too, so it is no sign of an article.
GUESSED_DATES = frozenset({"html:page-date"})

Verdict = Literal["article", "not-article"]


@attrs.frozen(kw_only=True)
class PageKind:
    """The verdict on one page and the reason, in words a crawl log can show."""

    verdict: Verdict
    reason: str

    @property
    def is_article(self) -> bool:
        return self.verdict == "article"


@attrs.frozen(kw_only=True)
class DeclaredType:
    """What a page says it is: its JSON-LD ``@type`` values and its ``og:type``."""

    jsonld: frozenset[str] = frozenset()
    og: str | None = None

    @classmethod
    def of(cls, page: ParsedPage) -> DeclaredType:
        types: set[str] = set()
        for node in page.jsonld.of_type(*ARTICLE_TYPES, *NOT_ARTICLE_TYPES):
            types |= node_types(node)
        og = page.meta_first("og:type")
        return cls(jsonld=frozenset(types), og=og.strip().lower() if og else None)


def classify(article: Article, declared: DeclaredType | None = None) -> PageKind:
    """Article or not, from the page's declared type, the article's signals and body size."""
    declared = declared or DeclaredType()
    words = body_words(article.body)
    article_types = sorted(declared.jsonld & set(ARTICLE_TYPES))
    if article_types:
        return PageKind(verdict="article", reason=f"JSON-LD @type {article_types[0]}")
    if declared.og == "article":
        return PageKind(verdict="article", reason="og:type article")
    other_types = sorted(declared.jsonld & NOT_ARTICLE_TYPES)
    if other_types:
        return PageKind(verdict="not-article", reason=f"JSON-LD @type {other_types[0]}")
    if words < MIN_ARTICLE_WORDS:
        return PageKind(
            verdict="not-article",
            reason=f"body of {words} words (an article has at least {MIN_ARTICLE_WORDS})",
        )
    signals = _signals(article)
    if signals:
        return PageKind(verdict="article", reason=f"{', '.join(signals)}, {words} words")
    if declared.og in NOT_ARTICLE_OG_TYPES:
        return PageKind(verdict="not-article", reason=f"og:type {declared.og}, no date or author")
    if words >= LONG_BODY_WORDS:
        return PageKind(verdict="article", reason=f"body of {words} words")
    return PageKind(
        verdict="not-article",
        reason=f"no date, author or declared type, and a body of {words} words "
        f"(below {LONG_BODY_WORDS} without them)",
    )


def body_words(text: str) -> int:
    """The words of a body: those between spaces, and in a script written without spaces
    (Chinese, Japanese, Thai) one per ``UNSPACED_CHARS_PER_WORD`` characters."""
    spaced, unspaced = _UNSPACED_CHAR.subn(" ", text)
    return len(spaced.split()) + unspaced // UNSPACED_CHARS_PER_WORD


def _signals(article: Article) -> list[str]:
    """The article signals the page carries; a headline alone is not one (every page has a
    title)."""
    found = []
    if article.published is not None and article.provenance.get("published") not in GUESSED_DATES:
        found.append("published date")
    if article.authors or article.byline:
        found.append("author")
    return found


def page_kind(html: str, article: Article, url: str | None = None) -> PageKind:
    """``classify`` with the type the page at ``url`` declares in its markup."""
    return classify(article, DeclaredType.of(ParsedPage(html, url)))
