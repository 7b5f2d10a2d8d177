"""What the sync and async fetchers share: clients, requests, responses, error mapping."""

from __future__ import annotations

import base64
import re
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote_to_bytes

import attrs
import httpx

from newsextract.browser_urls import MAX_PORT, browser_address
from newsextract.credentials import without_password
from newsextract.decode import DecodedText
from newsextract.errors import (
    FetchConnectionError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    InvalidURLError,
    NotHTMLResponseError,
    RedirectLoopError,
    TooManyRedirectsError,
)
from newsextract.fetching.dns import RefusedAddress
from newsextract.fetching.options import FetchOptions
from newsextract.fetching.page import (
    NOT_MODIFIED,
    Page,
    check_body,
    check_media_type,
    parse_content_type,
)
from newsextract.fetching.robots import MAX_ROBOTS_BYTES
from newsextract.fetching.stream import ACCEPT_ENCODING, BodyReader, check_declared_length

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PARTIAL_CONTENT = 206  # RFC 9110 15.3.7: a part of the page, the answer to a Range request
ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
MAX_LABEL_LENGTH = 63  # RFC 1035: a longer label cannot be looked up (Python's idna codec raises)
MAX_HOST_LENGTH = 253  # RFC 1035, for a name in its dotted text form
# A response's header block, capped by us because httpcore's own cap (h11 refusing 100 KiB
# still incomplete) holds only when the block arrives in pieces: read in one go, any size
# passed, so the same answer was the page or an error by chance of the network.
# Under httpcore's 100 KiB, so a block over ours is refused however it arrives; 8x the head a
# page served through nginx can have (its proxy buffer, 8 KiB), cookie-heavy sites included.
MAX_HEADER_BYTES = 64 * 1024
# A field costs work in every header lookup (httpx scans the list); HAProxy passes at most
# 101 and Apache takes 100 in a request, so 1,000 is a real answer ten times over.
MAX_HEADER_COUNT = 1_000


@attrs.frozen(kw_only=True)
class Received:
    """One response as read by one attempt (the body is empty unless it was a 2xx)."""

    url: httpx.URL
    status: int
    headers: httpx.Headers = attrs.field(eq=False)
    content: bytes = attrs.field(default=b"", repr=False)
    elapsed: float = 0.0
    from_cache: bool = False
    fetched_at: datetime = attrs.field(factory=lambda: datetime.now(UTC))


def body_reader(
    response: httpx.Response, options: FetchOptions, *, url: str, for_robots: bool
) -> BodyReader | None:
    """How to read this response's body, or None when it is not wanted (not a 2xx).

    Every response's header block is capped first (``check_header_block``). A page must be
    HTML (checked on the headers, before any of the body is read) and within ``max_bytes``;
    a robots.txt is cut at 500 KiB.
    """
    check_header_block(response.headers, url=url)
    if not 200 <= response.status_code < 300:
        return None
    if not for_robots and is_unasked_part(response.status_code, options):
        return None  # refused unread (``partial_error``)
    encoding = response.headers.get("content-encoding")
    if for_robots:
        return BodyReader(url=url, limit=MAX_ROBOTS_BYTES, content_encoding=encoding, truncate=True)
    check_media_type(
        parse_content_type(response.headers.get("content-type"))[0],
        url=url,
        accepted=options.media_types,
    )
    check_declared_length(response.headers.get("content-length"), limit=options.max_bytes, url=url)
    return BodyReader(url=url, limit=options.max_bytes, content_encoding=encoding)


def check_header_block(headers: httpx.Headers, *, url: str) -> None:
    """``FetchError`` for a header block over ``MAX_HEADER_COUNT`` fields or
    ``MAX_HEADER_BYTES`` (names, values and the ``: `` and CRLF of each line), whatever the
    status: the same verdict whether the block came in one read or many."""
    fields = headers.raw
    if len(fields) > MAX_HEADER_COUNT:
        raise FetchError(
            f"{url}: {len(fields):,} header fields, more than the {MAX_HEADER_COUNT:,} read",
            url=url,
        )
    size = sum(len(name) + len(value) + 4 for name, value in fields)
    if size > MAX_HEADER_BYTES:
        raise FetchError(
            f"{url}: a header block of {size:,} bytes, more than the {MAX_HEADER_BYTES:,} read",
            url=url,
        )


def has_no_body(response: httpx.Response) -> bool:
    """A 304 has no body by definition: reading its end costs nothing and lets the
    connection be reused, where closing it unread drops the connection (a re-check of many
    stored pages would open, and for https handshake, one connection per page)."""
    return response.status_code == NOT_MODIFIED


def received(response: httpx.Response, hop: httpx.URL, content: bytes, started: float) -> Received:
    return Received(
        url=hop,
        status=response.status_code,
        headers=response.headers,
        content=content,
        elapsed=time.monotonic() - started,
        from_cache=from_cache(response),
    )


AsyncTrace = Callable[[str, dict[str, Any]], Awaitable[None]]
SyncTrace = Callable[[str, dict[str, Any]], None]
_SENT = ("http11.send_request_headers.complete", "http2.send_request_headers.complete")


def async_trace(sent: Callable[[], None]) -> AsyncTrace:
    """httpx's ``trace`` hook: tell politeness when the request is on the wire."""

    async def trace(name: str, info: dict[str, Any]) -> None:
        if name in _SENT:
            sent()

    return trace


def sync_trace(sent: Callable[[], None]) -> SyncTrace:
    def trace(name: str, info: dict[str, Any]) -> None:
        if name in _SENT:
            sent()

    return trace


class DamagedCache(Exception):
    """Raised by the cache's transport (``transport``) for a cached body it cannot read
    back; the fetcher turns it into a ``FetchError`` with the URL asked for."""


@contextmanager
def send_errors(hop: httpx.URL, *, url: str) -> Iterator[None]:
    """Our errors for what sending a request can raise besides httpx's transport errors."""
    try:
        yield
    except RefusedAddress as exc:  # from our connections, which do not know the URL asked
        raise exc.error(url) from None
    except DamagedCache as exc:
        raise FetchError(f"{hop}: {exc}", url=url) from exc
    except (httpx.InvalidURL, UnicodeError) as exc:
        # httpx parses a redirect's Location while sending, even when it does not follow it
        raise InvalidURLError(f"{hop} redirects to an invalid URL: {exc}", url=url) from exc


def parse_url(url: str, *, asked: str, base: httpx.URL | None = None) -> httpx.URL:
    """An absolute http(s) URL (``url`` resolved against ``base``, for a redirect's
    ``Location``), or ``InvalidURLError`` saying what is wrong with it."""
    try:
        parsed = httpx.URL(url) if base is None else base.join(url)
        host = parsed.host  # decodes xn-- labels: invalid punycode raises here
    except (httpx.InvalidURL, TypeError, ValueError) as exc:  # IDNAError is a ValueError
        raise InvalidURLError(f"invalid URL {url!r}: {exc}", url=asked) from exc
    if parsed.scheme not in ("http", "https") or not host:
        raise InvalidURLError(f"not an http(s) URL: {url!r}", url=asked)
    if "%" in host:
        try:
            parsed = parsed.copy_with(host=_unescaped_host(host, url=url, asked=asked))
        except httpx.InvalidURL as exc:  # a name IDNA refuses: "☃.example", "a。。b"
            raise InvalidURLError(f"invalid URL {url!r}: {exc}", url=asked) from exc
    if parsed.port is not None and not 0 < parsed.port <= MAX_PORT:
        # httpx takes any number; the async connection then failed with an untyped
        # ExceptionGroup (an OverflowError inside anyio's task group).
        raise InvalidURLError(f"invalid port {parsed.port} in {url!r}", url=asked)
    labels = parsed.raw_host.decode("ascii").removesuffix(".").split(".")
    if len(parsed.raw_host) > MAX_HOST_LENGTH or not all(
        0 < len(label) <= MAX_LABEL_LENGTH for label in labels
    ):
        raise InvalidURLError(f"invalid host name in {url!r}", url=asked)
    return parsed.copy_with(fragment=None) if parsed.fragment else parsed  # a copy parses again


def _unescaped_host(host: str, *, url: str, asked: str) -> str:
    """``host`` with its percent escapes undone, as a browser reads a host before looking it
    up (``caf%C3%A9.example`` is ``café.example``); ``InvalidURLError`` when the bytes are no
    UTF-8 (a Latin-1 ``Location``'s escaped ``\\xe9``) or name no host (``a%2Fb``): httpx
    kept the escapes, and the name went to DNS as it was written."""
    try:
        name = unquote_to_bytes(host).decode("utf-8")
    except UnicodeDecodeError:
        name = ""
    if not name.isprintable() or not _FORBIDDEN_IN_HOST.isdisjoint(name):
        raise InvalidURLError(f"invalid host name in {url!r}", url=asked)
    return name


# The URL Standard's forbidden host code points, and "%" (an escape that decodes to an escape)
_FORBIDDEN_IN_HOST = frozenset(" #%/:<>?@[\\]^|")


def host_key(url: httpx.URL) -> str:
    """Politeness is per server: host and port."""
    return f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"


def origin(url: httpx.URL) -> str:
    """Robots.txt is per origin: scheme, host and port."""
    return f"{url.scheme}://{host_key(url)}"


def on_the_wire(hop: httpx.URL, headers: dict[str, str]) -> tuple[httpx.URL, dict[str, str]]:
    """The URL a request is sent to, and its headers: credentials in ``hop``
    (``http://user:pass@host/``, the caller's or a redirect's) travel as the Basic
    ``Authorization`` header httpx would make of them, not in the URL, which httpx logs
    (``HTTP Request: GET …`` at INFO) with the password."""
    if not hop.userinfo:
        return hop, headers
    pair = f"{hop.username}:{hop.password}".encode()
    basic = "Basic " + base64.b64encode(pair).decode("ascii")
    return hop.copy_with(userinfo=b""), {**headers, "Authorization": basic}


def request_headers(options: FetchOptions) -> dict[str, str]:
    headers = {"User-Agent": options.user_agent, "Accept": ACCEPT}
    headers.update(options.headers)
    headers["Accept-Encoding"] = ACCEPT_ENCODING  # the codings stream.BodyReader inflates
    return headers


def timeout(options: FetchOptions) -> httpx.Timeout:
    return httpx.Timeout(
        connect=options.connect_timeout,
        read=options.read_timeout,
        write=options.read_timeout,
        pool=options.total_timeout,
    )


def from_cache(response: httpx.Response) -> bool:
    """Whether hishel served the body from its cache (its ``caching`` extension says so)."""
    status = response.extensions.get("caching")
    return isinstance(status, Mapping) and bool(status.get("from_cache"))


def check_injected(options: FetchOptions, client: object | None, resolver: object) -> None:
    """Refuse options that only the client a fetcher builds for itself can carry out."""
    own = {
        "cache_dir": options.cache_dir is not None,
        "proxy": options.proxy is not None,
        "block_private_addresses": options.block_private_addresses,
        "resolver": resolver is not None,
    }
    if client is not None and any(own.values()):
        names = ", ".join(name for name, used in own.items() if used)
        raise ValueError(
            f"{names} set up the connections of the client a fetcher builds; with an "
            "injected client, set them up on that client instead"
        )


_BAD_LOCATION = "Invalid URL in location header"  # how httpx words an unparsable redirect


def transport_error(exc: httpx.TransportError, *, url: str, hop: httpx.URL) -> FetchError:
    """Our error for an ``httpx`` transport failure (the caller chains ``exc``)."""
    where = _where(hop, url)
    phases = {
        httpx.ConnectTimeout: "connect",
        httpx.ReadTimeout: "read",
        httpx.WriteTimeout: "write",
        httpx.PoolTimeout: "pool",
    }
    for kind, phase in phases.items():
        if isinstance(exc, kind):
            return FetchTimeoutError(f"{phase} timeout for {where}", url=url, phase=phase)
    if isinstance(exc, httpx.ConnectError):
        return FetchConnectionError(f"cannot connect to {where}: {exc}", url=url)
    if isinstance(exc, httpx.RemoteProtocolError) and str(exc).startswith(_BAD_LOCATION):
        return InvalidURLError(f"{where} redirects to an invalid URL: {exc}", url=url)
    if isinstance(exc, (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)):
        return FetchConnectionError(f"the connection to {where} broke off: {exc}", url=url)
    return FetchError(f"{type(exc).__name__} for {where}: {exc}", url=url)


def _where(hop: httpx.URL, url: str) -> str:
    """The address that failed, and how fetching ``url`` led there: compared as URLs (httpx
    writes ``http://host`` as ``http://host/``), and the site's robots.txt, read before its
    first page, is not a redirect. ``url`` is read as the plan read it (``browser_address``):
    the caller's string may hold a line break httpx refuses."""
    asked = httpx.URL(browser_address(url))
    if hop == asked:
        return str(hop)
    if hop.path == "/robots.txt" and origin(hop) == origin(asked):
        return f"{hop} (the robots.txt read before {url})"
    return f"{hop} (redirected from {url})"


def total_timeout_error(options: FetchOptions, *, url: str, hop: httpx.URL) -> FetchTimeoutError:
    return FetchTimeoutError(
        f"{hop} took longer than the {options.total_timeout:g} s total timeout",
        url=url,
        phase="total",
    )


def status_error(received: Received, *, url: str) -> HTTPStatusError:
    reason = httpx.codes.get_reason_phrase(received.status)
    message = f"HTTP {received.status} {reason} for {received.url}".replace("  ", " ")
    if str(received.url) != url:
        message += f" (redirected from {url})"
    if "retry-after" in received.headers:
        message += f" (Retry-After: {received.headers['retry-after']})"
    return HTTPStatusError(message, url=url, status=received.status)


def is_unasked_part(status: int, options: FetchOptions) -> bool:
    """A 206 though no ``Range`` was asked for (only a caller's own headers could ask): the
    body is a part of the page, and taking it for the whole would cut the article short."""
    return status == PARTIAL_CONTENT and not any(
        name.lower() == "range" for name, _ in options.headers
    )


def partial_error(received: Received, *, url: str) -> HTTPStatusError:
    """The error for a 206 no one asked for: the status the server sent, said why."""
    error = status_error(received, url=url)
    return HTTPStatusError(
        f"{error} to a request without a Range header: only a part of the page",
        url=url,
        status=received.status,
    )


def is_redirect(received: Received) -> bool:
    return received.status in REDIRECT_STATUSES and "location" in received.headers


def next_hop(
    received: Received, chain: list[httpx.URL], options: FetchOptions, *, url: str
) -> httpx.URL:
    """Where a redirect leads; ``chain`` holds the URLs visited so far (this one last)."""
    locations = location_values(received.headers)
    if len(locations) > 1:
        # as browsers refuse it: which of them the server meant, nothing says
        raise InvalidURLError(
            f"the redirect from {url} names {len(locations)} different addresses", url=url
        )
    # read as a browser reads it, as discovery reads a listed address: "\\b" is "/b"
    location = browser_address(locations[0])
    target = parse_url(location, asked=url, base=received.url)
    if any(target == seen for seen in chain):
        hops = " -> ".join(str(u) for u in [*chain, target])
        raise RedirectLoopError(f"redirect loop: {hops}", url=url)
    if len(chain) > options.max_redirects:
        raise TooManyRedirectsError(
            f"more than {options.max_redirects} redirects from {url}", url=url
        )
    return target


def location_values(headers: httpx.Headers) -> list[str]:
    """The distinct ``Location`` fields of a response (a field sent twice is one, as
    browsers read it; two that differ are an error there), each read from its bytes, each
    byte over 0x7F percent-escaped as it is, as browsers send it: a Latin-1 ``/caf\\xe9`` is
    ``/caf%E9``, a UTF-8 ``/café`` is ``/caf%C3%A9`` (as httpx would write it), and a host
    so escaped is read unescaped (``parse_url``). httpx decodes the whole header block in one
    encoding, Latin-1 once any field is not UTF-8, so the Latin-1 ``é`` was sent as UTF-8's
    ``%C3%A9`` and a UTF-8 ``é`` next to another field's stray byte became
    ``%C3%83%C2%A9``: addresses the server never named. ASCII, so the HTTP cache keeps it as
    it is (``transport``)."""
    fields = dict.fromkeys(value for name, value in headers.raw if name.lower() == b"location")
    return [
        _NON_ASCII_BYTE.sub(lambda byte: b"%%%02X" % byte[0][0], field).decode("ascii")
        for field in fields
    ]


_NON_ASCII_BYTE = re.compile(rb"[\x80-\xff]")


def make_page(
    received: Received, chain: list[httpx.URL], *, url: str, lenient: bool = False
) -> Page:
    """The ``Page`` for the final response (a 2xx) of a redirect chain.

    ``lenient`` (the caller accepts other media types): a body that is not a page is kept as
    bytes with empty ``text`` and encoding ``binary`` instead of raising.
    """
    decoded = None  # decoded when the text is first read (``Page``)
    try:
        check_body(received.content, received.headers.get("content-type"), url=url)
    except NotHTMLResponseError:
        if not lenient:
            raise
        decoded = DecodedText(text="", encoding="binary", reason="not-html")
    return Page(
        url=url,
        final_url=without_password(str(received.url)),
        status=received.status,
        headers=dict(received.headers.items()),
        content=received.content,
        decoded=decoded,
        elapsed=received.elapsed,
        fetched_at=received.fetched_at,
        from_cache=received.from_cache,
        redirects=tuple(without_password(str(u)) for u in chain[:-1]),
    )
