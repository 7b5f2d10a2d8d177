"""newsextract: news web pages in, clean typed article records out.

>>> import newsextract
>>> article = newsextract.extract(html_bytes, url="https://example.org/news/1")
>>> article.title, article.authors, article.published
>>> article = newsextract.extract_url("https://example.org/news/1")
"""

import logging as _logging
import typing as _typing

from newsextract._build import runs_compiled as _runs_compiled
from newsextract._version import __version__ as __version__
from newsextract.article import Article
from newsextract.body.model import Block, BlockKind
from newsextract.errors import (
    BlockedAddressError,
    ContentDecodingError,
    CorruptInputError,
    DiscoveryError,
    EmptyInputError,
    ExtractionError,
    FetchConnectionError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InputError,
    InputNameError,
    InputTooLargeError,
    InvalidURLError,
    MalformedRowError,
    NewsExtractError,
    NotHTMLError,
    NotHTMLResponseError,
    NotRegularFileError,
    OptionError,
    RecordNotFoundError,
    RecordTypeError,
    RedirectLoopError,
    ResponseTooLargeError,
    RobotsDisallowedError,
    RuleError,
    RuleExistsError,
    StoreError,
    StoreExtraMissingError,
    TooManyRedirectsError,
    TruncatedRecordError,
    UnreadableRecordError,
)
from newsextract.extract import extract
from newsextract.options import ExtractOptions
from newsextract.rules import BodyRule, FieldRule, RuleRegistry, SiteRule

# True when this install runs the mypyc-compiled hot modules (an optional wheel build, see
# hatch_build.py), False for the pure-Python package; outputs are the same either way.
compiled: bool = _runs_compiled()

# A library leaves log output to the application: without this, Python's last-resort handler
# prints this package's warnings to stderr in programs that configured no logging.
_logging.getLogger(__name__).addHandler(_logging.NullHandler())

if _typing.TYPE_CHECKING:
    from newsextract.batching import BatchItem, Failure, Skipped, batch
    from newsextract.discovery import DiscoveredURL, SourceFailure, discover
    from newsextract.fetching import (
        AsyncFetcher,
        Fetcher,
        FetchFailure,
        FetchOptions,
        Page,
        extract_url,
        fetch,
    )
    from newsextract.rules.load import load_rule_dir, load_rule_file
    from newsextract.store import Store

# Fetching, batch and discovery pull in httpx, hishel, fastwarc, tqdm and a process pool:
# loaded on first use, so ``import newsextract`` for ``extract`` stays light (time, memory).
_LAZY = {
    "AsyncFetcher": "newsextract.fetching",
    "Fetcher": "newsextract.fetching",
    "FetchFailure": "newsextract.fetching",
    "FetchOptions": "newsextract.fetching",
    "Page": "newsextract.fetching",
    "extract_url": "newsextract.fetching",
    "fetch": "newsextract.fetching",
    "BatchItem": "newsextract.batching",
    "Failure": "newsextract.batching",
    "Skipped": "newsextract.batching",
    "batch": "newsextract.batching",
    "DiscoveredURL": "newsextract.discovery",
    "SourceFailure": "newsextract.discovery",
    "discover": "newsextract.discovery",
    # The store needs the `store` extra: importing it without raises StoreExtraMissingError.
    "Store": "newsextract.store",
    # Reading rule files takes tomllib and pathlib; a page's built-in rules load them later.
    "load_rule_dir": "newsextract.rules.load",
    "load_rule_file": "newsextract.rules.load",
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsextract' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Article",
    "AsyncFetcher",
    "BatchItem",
    "Block",
    "BlockKind",
    "BlockedAddressError",
    "BodyRule",
    "ContentDecodingError",
    "CorruptInputError",
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
    "InputNameError",
    "InputTooLargeError",
    "InvalidURLError",
    "MalformedRowError",
    "NewsExtractError",
    "NotHTMLError",
    "NotHTMLResponseError",
    "NotRegularFileError",
    "OptionError",
    "Page",
    "RecordNotFoundError",
    "RecordTypeError",
    "RedirectLoopError",
    "ResponseTooLargeError",
    "RobotsDisallowedError",
    "RuleError",
    "RuleExistsError",
    "RuleRegistry",
    "SiteRule",
    "Skipped",
    "SourceFailure",
    "Store",
    "StoreError",
    "StoreExtraMissingError",
    "TooManyRedirectsError",
    "TruncatedRecordError",
    "UnreadableRecordError",
    "batch",
    "compiled",
    "discover",
    "extract",
    "extract_url",
    "fetch",
    "load_rule_dir",
    "load_rule_file",
]
