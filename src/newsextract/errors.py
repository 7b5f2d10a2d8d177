"""The errors newsextract raises, all under one base class.

::

    NewsExtractError
     ├── InputError            the input cannot be read as a web page at all
     │    ├── EmptyInputError      no bytes, or only whitespace
     │    ├── NotHTMLError         binary data, PDF, images, ... (also a ValueError)
     │    ├── InputTooLargeError   a page file over the size cap, counted once gunzipped
     │    ├── CorruptInputError    a corrupt or truncated compressed file
     │    ├── NotRegularFileError  a FIFO, device or socket, which could block or never end
     │    ├── MalformedRowError    a JSONL row that is no JSON object holding an ``html`` string
     │    ├── RecordNotFoundError  a row or record key (``file.jsonl:12``, ``crawl.warc#1024``)
     │    │                        naming no row or page (also a LookupError)
     │    ├── TruncatedRecordError  a WARC record cut short, or its header (also a
     │    │                        CorruptInputError)
     │    └── UnreadableRecordError  a WARC record whose WARC or HTTP head cannot be parsed
     │                             (also a CorruptInputError)
     ├── ExtractionError       a page was read but extraction failed unexpectedly
     │    ├── PageTimeoutError     over the batch's per-page time limit (batching.timelimit)
     │    └── WorkerCrashedError   a batch worker process died on the page (batching.workers)
     ├── OptionError           an extract option has a value it does not take: names the
     │                         option and its allowed values (also a ValueError)
     ├── RuleError             a site rule is invalid: names its file and key (also a ValueError)
     ├── RuleExistsError       ``rules new`` would overwrite a rule's files (also a FileExistsError)
     ├── DiscoveryError        a feed or sitemap could not be read (``.source``)
     │    ├── SitemapTooLongError  over sitemaps.org's 50,000 entries, or a million elements
     │    │                        (discovery.sitemaps)
     │    ├── SitemapCutShortError  no longer well-formed XML after some entries, which are
     │    │                        kept (discovery.sitemaps)
     │    └── FeedTooLongError     over 10,000 entries, or 100,000 tags (discovery.feeds)
     ├── StoreError            the article store cannot be opened or written (``.location``)
     │    └── StoreExtraMissingError  the ``store`` extra is not installed (also an ImportError)
     └── FetchError            a URL could not be fetched; every one carries ``.url``
          ├── HTTPStatusError          the server answered 4xx/5xx, or 206 to a request that
          │                            asked for no range: a page cut short (``.status``)
          ├── FetchTimeoutError        connect, read or whole-request timeout (also a TimeoutError)
          ├── FetchConnectionError     the server could not be reached, or broke off (also a
          │                            ConnectionError)
          ├── InvalidURLError          not a fetchable http(s) URL, asked for or redirected to
          │                            (also a ValueError)
          ├── ResponseTooLargeError    the body, once decompressed, is over ``max_bytes``
          ├── ContentDecodingError     a corrupt or cut-off compressed (``Content-Encoding``) body
          ├── NotHTMLResponseError     not an HTML/XHTML response (also a NotHTMLError)
          ├── RobotsDisallowedError    the site's robots.txt forbids the URL
          ├── TooManyRedirectsError    more than ``max_redirects`` redirects
          │    └── RedirectLoopError       a redirect led back to a URL already visited
          └── BlockedAddressError      the host resolves to a private, loopback or
                                       link-local address and such addresses are refused

Callers that only want "did this page work" catch ``NewsExtractError``; the subclasses say why.
"""

from __future__ import annotations

from typing import Any, TypeVar
from urllib.parse import urlsplit

from newsextract.credentials import mask_passwords


class NewsExtractError(Exception):
    """Base of every error raised by newsextract."""


_E = TypeVar("_E", bound=NewsExtractError)


class InputError(NewsExtractError, ValueError):
    """The input cannot be treated as an HTML page."""


class EmptyInputError(InputError):
    """The input holds no content at all."""


class NotHTMLError(InputError):
    """The input is some other kind of data (PDF, image, archive, binary)."""

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


class InputTooLargeError(InputError):
    """The input is over the size cap, counted after decompression (the message says it)."""


class CorruptInputError(InputError):
    """The input is damaged: a corrupt or truncated gzip stream, for instance."""


class NotRegularFileError(InputError):
    """The path names a FIFO, device or socket: reading it could block forever or never end."""


class InputNameError(InputError):
    """An input of a batch is no path or URL string, or its name is not UTF-8 (no output file
    can store it): the batch records it and reads the rest."""


class MalformedRowError(InputError):
    """A row of a JSONL input is no JSON, or no object holding an ``html`` string."""


class RecordNotFoundError(InputError, LookupError):
    """A row key or record key names a line or offset that holds no row or page."""


class TruncatedRecordError(CorruptInputError):
    """A WARC record is cut short: its header, or its block before its declared length."""


class UnreadableRecordError(CorruptInputError):
    """A WARC record's WARC header, or its HTTP head, cannot be parsed."""


class ExtractionError(NewsExtractError):
    """An unexpected failure inside the pipeline; the original error is chained."""


class FetchError(NewsExtractError):
    """A URL could not be fetched. ``url`` is the URL that was asked for.

    When a redirect led elsewhere, the message names the URL that failed. The cause (an
    ``httpx`` exception, for instance) is chained as ``__cause__``.
    """

    def __init__(self, message: str, *, url: str) -> None:
        super().__init__(_without_password(message, url))
        self.url = url

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments do not survive the default exception pickling, and
        # failures cross process boundaries in batch runs.
        return (_restore, (type(self), str(self), dict(self.__dict__)))


def _without_password(message: str, url: str) -> str:
    """The message with the passwords of its URLs masked as httpx masks them: messages go to
    logs and error rows, which are shown and kept where a password should not be. Every URL
    written in it counts, not only the one asked for: a redirect's target may carry its
    own (``credentials``)."""
    message = mask_passwords(message)
    if not isinstance(url, str):  # a caller's None, number or list: no password to mask
        return message
    try:
        password = urlsplit(url).password
    except ValueError:  # a URL urllib cannot split has no password it could find either
        return message
    if not password:
        return message
    return message.replace(f":{password}@", ":[secure]@")


def _restore(cls: type[_E], message: str, state: dict[str, Any]) -> _E:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class HTTPStatusError(FetchError):
    """The server answered with an error status (after any retries), or with part of the page
    (206) when the request asked for no range."""

    def __init__(self, message: str, *, url: str, status: int) -> None:
        super().__init__(message, url=url)
        self.status = status


class FetchTimeoutError(FetchError, TimeoutError):
    """A timeout ran out. ``phase`` is ``connect``, ``read``, ``pool`` or ``total``."""

    def __init__(self, message: str, *, url: str, phase: str) -> None:
        super().__init__(message, url=url)
        self.phase = phase


class FetchConnectionError(FetchError, ConnectionError):
    """The server could not be reached (DNS failure, connection refused or reset), or the
    connection broke off before the whole response arrived."""


class InvalidURLError(FetchError, ValueError):
    """The URL asked for, or a redirect's target, is not a fetchable http(s) URL (another
    scheme such as ``data:``, an invalid host name, an unparsable URL)."""


class ResponseTooLargeError(FetchError):
    """The body is larger than the limit (``limit``, in bytes, counted after decompression)."""

    def __init__(self, message: str, *, url: str, limit: int) -> None:
        super().__init__(message, url=url)
        self.limit = limit


class ContentDecodingError(FetchError):
    """The body is compressed (``Content-Encoding``) but corrupt, or cut short."""


class NotHTMLResponseError(FetchError, NotHTMLError):
    """The response is not a web page: ``content_type`` says what the server sent."""

    def __init__(
        self, message: str, *, url: str, content_type: str | None, kind: str | None = None
    ) -> None:
        super().__init__(message, url=url)
        self.content_type = content_type
        self.kind = kind or content_type


class RobotsDisallowedError(FetchError):
    """The site's robots.txt does not allow this user agent to fetch the URL."""


class TooManyRedirectsError(FetchError):
    """The redirect chain is longer than ``FetchOptions.max_redirects``."""


class RedirectLoopError(TooManyRedirectsError):
    """A redirect pointed back to a URL already visited in the same chain."""


class BlockedAddressError(FetchError):
    """The host resolves to a refused address (``address``); see ``block_private_addresses``."""

    def __init__(self, message: str, *, url: str, address: str) -> None:
        super().__init__(message, url=url)
        self.address = address


class OptionError(NewsExtractError, ValueError):
    """An option of ``extract`` (``ExtractOptions``) got a value it does not take: ``field``
    names the option and ``allowed`` says what it takes."""

    def __init__(self, message: str, *, field: str, allowed: str) -> None:
        super().__init__(message)
        self.field = field
        self.allowed = allowed

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only arguments, as for FetchError: a Dask worker's error travels pickled.
        return (_restore, (type(self), str(self), dict(self.__dict__)))


class RecordTypeError(NewsExtractError, TypeError):
    """A hand-built ``Article`` or ``Block`` holds a value of a type its field does not take
    (a None body, a number for a title): it cannot be rendered or written. ``field`` names it."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), str(self), dict(self.__dict__)))


class RuleError(NewsExtractError, ValueError):
    """A site rule is invalid; ``source`` and ``key`` say where (file and TOML key)."""

    def __init__(self, message: str, *, source: str | None = None, key: str | None = None) -> None:
        super().__init__(message)
        self.source = source
        self.key = key


class RuleExistsError(NewsExtractError, FileExistsError):
    """Scaffolding a rule would replace files already there (``paths``); ``force`` replaces."""

    def __init__(self, message: str, *, paths: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.paths = paths


class DiscoveryError(NewsExtractError):
    """A feed, sitemap or page given to discovery could not be read."""

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(message)
        self.source = source


class StoreError(NewsExtractError):
    """The article store (``newsextract.Store``) cannot be opened or written: ``location``
    is the store's file or database URL (its password hidden)."""

    def __init__(self, message: str, *, location: str) -> None:
        super().__init__(message)
        self.location = location


class StoreExtraMissingError(StoreError, ImportError):
    """The store needs SQLAlchemy, Alembic and datasketch: ``pip install 'newsextract[store]'``."""
