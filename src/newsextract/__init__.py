"""newsextract: news web pages in, clean typed article records out.

>>> import newsextract
>>> article = newsextract.extract(html_bytes, url="https://example.org/news/1")
>>> article.title, article.authors, article.published
>>> article = newsextract.extract_url("https://example.org/news/1")
"""

from newsextract._version import __version__ as __version__
from newsextract.article import Article
from newsextract.batch import BatchItem, Failure, batch
from newsextract.body.model import Block, BlockKind
from newsextract.discover import DiscoveredURL, SourceFailure, discover
from newsextract.errors import (
    BlockedAddressError,
    DiscoveryError,
    EmptyInputError,
    ExtractionError,
    FetchConnectionError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputError,
    NewsExtractError,
    NotHTMLError,
    NotHTMLResponseError,
    RedirectLoopError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    RuleError,
    TooManyRedirectsError,
)
from newsextract.extract import extract
from newsextract.fetching import (
    AsyncFetcher,
    Fetcher,
    FetchFailure,
    FetchOptions,
    Page,
    extract_url,
    fetch,
)
from newsextract.options import ExtractOptions
from newsextract.rules import (
    BodyRule,
    FieldRule,
    RuleRegistry,
    SiteRule,
    load_rule_dir,
    load_rule_file,
)

__all__ = [
    "Article",
    "AsyncFetcher",
    "BatchItem",
    "Block",
    "BlockKind",
    "BlockedAddressError",
    "BodyRule",
    "DiscoveredURL",
    "DiscoveryError",
    "EmptyInputError",
    "ExtractOptions",
    "ExtractionError",
    "Failure",
    "FetchConnectionError",
    "FetchError",
    "FetchFailure",
    "FetchOptions",
    "FetchTimeoutError",
    "Fetcher",
    "FieldRule",
    "HTTPStatusError",
    "InputError",
    "NewsExtractError",
    "NotHTMLError",
    "NotHTMLResponseError",
    "Page",
    "RedirectLoopError",
    "ResponseTooLargeError",
    "RobotsDisallowedError",
    "RuleError",
    "RuleRegistry",
    "SiteRule",
    "SourceFailure",
    "TooManyRedirectsError",
    "batch",
    "discover",
    "extract",
    "extract_url",
    "fetch",
    "load_rule_dir",
    "load_rule_file",
]
