"""Hypothesis strategies for hostile pages: tag soup, broken JSON-LD, absurd dates.

Shared by the fuzz tests (a few hundred cases in CI) and ``benchmarks/fuzz_extract.py``
(tens of thousands of cases), so both throw the same kinds of input at ``extract``.
"""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

import newsextract
from newsextract import Article, ExtractionError, NewsExtractError


def _names(text: str) -> list[str]:
    return text.split()


FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("*.html"))
# When the fuzzed pages were "fetched": the reference of their relative stamps.
FETCHED = datetime(2024, 3, 5, 14, 47, tzinfo=UTC)

_TAGS = _names(
    "html head body title meta link script style div p span a b i em strong h1 h2 h3 ul ol li "
    "table tr td th thead tbody select option textarea pre code blockquote figure figcaption img "
    "br hr article main section header footer nav aside time svg math template iframe noscript "
    "form input button label dl dt dd sup sub font center marquee frameset frame plaintext xmp"
)
_ATTRIBUTES = _names(
    "class id href src lang charset content name property itemprop itemtype itemscope datetime "
    "http-equiv type rel style hidden aria-hidden data-x"
)
_ODD_TOKENS = ["&", "&amp;", "&#0;", "&#x110000;", "&nbsp;", "<", ">", '"', "'", "\u202e"]
_WORDS = st.sampled_from(
    [
        *_names("the a news report Paris 2021 März 5 de marzo 12:30 Par Jean le Source: AFP"),
        *_names("Tags: 記者 기자 ©"),
        *_ODD_TOKENS,
        *["\u200b", "\ufeff", "\x00", "\ud7ff"],
    ]
)
_TEXT = st.lists(_WORDS, max_size=12).map(" ".join) | st.text(max_size=40)


@st.composite
def _start_tag(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(_TAGS) | st.text("abcxyz-:", min_size=1, max_size=8))
    attributes = draw(
        st.lists(st.tuples(st.sampled_from(_ATTRIBUTES), _TEXT), max_size=3).map(
            lambda pairs: "".join(f' {key}="{value}"' for key, value in pairs)
        )
    )
    closer = draw(st.sampled_from([">", "/>", "", " >", ">>"]))
    return f"<{name}{attributes}{closer}"


_TOKEN = st.one_of(
    _start_tag(),
    st.sampled_from(_TAGS).map(lambda name: f"</{name}>"),
    _TEXT,
    st.sampled_from(["<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml?>", "</", "<"]),
)

#: Markup that is almost HTML: unbalanced, misnested, truncated, with odd tokens.
tag_soup = st.lists(_TOKEN, max_size=80).map("".join)


def _year() -> st.SearchStrategy[int]:
    return st.sampled_from([0, 1, 1969, 1991, 2021, 2100, 9999, 10000]) | st.integers(-5, 99999)


@st.composite
def _iso_date(draw: st.DrawFn) -> str:
    year, month, day = draw(_year()), draw(st.integers(0, 13)), draw(st.integers(0, 32))
    hour, minute = draw(st.integers(0, 25)), draw(st.integers(0, 61))
    offset = draw(st.sampled_from(["", "Z", "+01:00", "-01:00", "+14:00", "-23:59", "+99:99"]))
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00{offset}"


#: Values a page may give as a date: ISO strings out of range, epochs, words, junk.
date_value = st.one_of(
    _iso_date(),
    st.sampled_from(["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "1e400", "NaN"]),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    _TEXT,
)

_JSON_SCALAR = st.none() | st.booleans() | st.integers(-(2**64), 2**64) | st.floats() | _TEXT
_JSON_KEYS = st.sampled_from(
    _names(
        "@type @graph @id @context headline name author datePublished dateModified publisher "
        "articleBody description keywords articleSection inLanguage url image mainEntityOfPage "
        "isAccessibleForFree wordCount"
    )
)


def _json_containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(children, max_size=4) | st.dictionaries(
        _JSON_KEYS | st.text(max_size=8), children, max_size=5
    )


# A named function, not a lambda: Hypothesis reads the source to check that it recurses.
_JSON = st.recursive(
    _JSON_SCALAR | date_value,
    _json_containers,
    max_leaves=25,
)


@st.composite
def _article_jsonld(draw: st.DrawFn) -> str:
    node = {
        "@type": draw(st.sampled_from(["NewsArticle", "Article", ["BlogPosting", 5], None])),
        "datePublished": draw(date_value),
        "dateModified": draw(date_value),
        "author": draw(_JSON),
    }
    node.update(draw(st.dictionaries(_JSON_KEYS, _JSON, max_size=4)))
    text = json.dumps(node, allow_nan=True)
    cut = draw(st.integers(0, len(text)))
    return text if draw(st.booleans()) else text[:cut]  # often whole, sometimes truncated


# A relative stamp ("3 hours ago") with any number: read back from the fetch time.
_AMOUNT = st.integers(-(2**70), 2**70).map(str) | st.sampled_from(["1e400", "0,5", "٣", "三"])
_STAMP = st.tuples(
    _AMOUNT, st.sampled_from(["years ago", "hours ago", "Jahren", "saat önce", "小时前", "weeks"])
).map(" ".join)


@st.composite
def _page_with_metadata(draw: st.DrawFn) -> str:
    jsonld = draw(_article_jsonld())
    published = draw(date_value)
    time_value = draw(date_value)
    words = draw(_TEXT)
    stamp = draw(_STAMP)
    return (
        "<html><head><title>A title | Site</title>"
        f'<script type="application/ld+json">{jsonld}</script>'
        f'<meta property="article:published_time" content="{published}"></head>'
        f'<body><article><h1>Headline</h1><span class="date">{stamp}</span>'
        f'<p>Par Jean Dupont, le <time datetime="{time_value}">'
        f"</time></p><p>{words} {time_value}</p>"
        "<p>Some article text that goes on for a sentence or two, as articles do.</p>"
        "</article></body></html>"
    )


#: A page whose markup is fine but whose JSON-LD, meta and ``<time>`` values are not.
broken_metadata_page = _page_with_metadata()


@st.composite
def _mutated_fixture(draw: st.DrawFn) -> bytes:
    """A real-looking page with random spans cut, spliced or overwritten."""
    data = bytearray(draw(st.sampled_from(FIXTURES)).read_bytes())
    edits = draw(
        st.lists(
            st.tuples(st.floats(0, 1), st.integers(1, 400), st.binary(max_size=64)), max_size=6
        )
    )
    for where, length, insert in edits:
        start = int(where * len(data))
        data[start : start + length] = insert
    return bytes(data)


mutated_fixture = _mutated_fixture()


def is_unexpected(error: BaseException) -> bool:
    """Whether an error shows a bug: an ExtractionError wrapping an error nobody expected.
    (Every other NewsExtractError is a clear verdict on bad input.)"""
    if not isinstance(error, NewsExtractError):
        return True
    cause = error.__cause__
    return (
        type(error) is ExtractionError
        and cause is not None
        and not isinstance(cause, (RecursionError, MemoryError))
    )


#: URLs a record or a caller may pass along with a page: unparsable, odd hosts and schemes.
hostile_url = st.one_of(
    st.sampled_from(
        [
            "http://[::1",
            "http://xn--/a",
            "http://" + "a" * 300 + ".com/a",
            "javascript:alert(1)",
            "http://rébind.example/2021/03/05/a",
            "http://a\uff03b/",
            "http://host:99999999/a",
            "//example.org/a",
        ]
    ),
    st.text(max_size=60),
    st.text(max_size=30).map(lambda host: f"https://{host}/2021/01/01/story"),
)


def extract_or_error(
    data: bytes | str, url: str | None = "https://example.org/a"
) -> BaseException | None:
    """``extract`` on one input: None if it gave an Article (that serialises), else the error.

    Given a fetch time, so that a page's relative stamps are read too."""
    try:
        article = newsextract.extract(data, url=url, fetched_at=FETCHED)
    except Exception as exc:
        return exc
    assert isinstance(article, Article)
    article.to_json()
    return None


def gzip_bomb(path: Path, size: int) -> Path:
    """A small gzip file that inflates to ``size`` bytes of markup (about 1,000:1)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"<p>" + b"a" * (1 << 20)
    with path.open("wb") as out:
        for _ in range(size // len(block) + 1):
            out.write(compressor.compress(block))
        out.write(compressor.flush())
    return path
