"""What a fetch returns: a ``Page``, or for ``fetch_many`` a ``FetchFailure`` saying why not."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import TypeGuard

import attrs

from newsextract.decode import DecodedText, check_decodable, decode_html, normalize_encoding
from newsextract.errors import FetchError, NotHTMLError, NotHTMLResponseError

HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def _frozen_headers(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType({k.lower(): v for k, v in value.items()})


@attrs.frozen(kw_only=True)
class Page:
    """One fetched web page.

    ``url`` is the URL that was asked for, ``final_url`` the one the page came from after
    redirects (``redirects`` lists the URLs that redirected, in order). ``headers`` are the
    final response's headers with lower-case names. ``content`` holds the body bytes (after
    HTTP decompression) and ``text`` the decoded text; ``encoding`` is the codec used and
    ``encoding_reason`` why: ``bom``, ``http-header``, ``meta``, ``utf-8-valid``,
    ``detected`` (see the decoding docs) or ``empty``. ``elapsed`` is the seconds the final
    response took from sending the request to its last byte; ``fetched_at`` is when it
    arrived (UTC); ``from_cache`` is True when the body came from the HTTP cache.

    The body is decoded when ``text``, ``encoding`` or ``encoding_reason`` is first read,
    not when the page arrives (a body that is not HTML was refused then already): a batch
    hands the bytes to a worker process, which decodes them there, so the one process that
    fetches for all the workers does not.
    """

    url: str
    final_url: str
    status: int
    headers: Mapping[str, str] = attrs.field(converter=_frozen_headers, hash=False)
    content: bytes = attrs.field(repr=False)
    elapsed: float
    fetched_at: datetime
    from_cache: bool = False
    redirects: tuple[str, ...] = ()
    # The decoded body once read; given up front when there is nothing to decode (a body
    # of another media type that the caller accepted).
    _decoded: DecodedText | None = attrs.field(default=None, repr=False, eq=False, alias="decoded")

    @property
    def text(self) -> str:
        """The body decoded like a browser would (empty for a body that is not a page)."""
        return self._decoding().text

    @property
    def encoding(self) -> str:
        """The codec ``text`` was decoded with (``binary`` for a body that is not a page)."""
        return self._decoding().encoding

    @property
    def encoding_reason(self) -> str:
        """Why that codec: ``bom``, ``http-header``, ``meta``, ``utf-8-valid``, ``detected``,
        ``empty`` or, for a body that is not a page, ``not-html``."""
        return self._decoding().reason

    @property
    def declared_charset(self) -> str | None:
        """The charset of the ``Content-Type`` header, as sent (None without one)."""
        return parse_content_type(self.headers.get("content-type"))[1]

    def _decoding(self) -> DecodedText:
        if self._decoded is None:  # two threads may both decode: the same text either way
            decoded = decode_body(self.content, self.headers.get("content-type"), url=self.url)
            object.__setattr__(self, "_decoded", decoded)  # a cache, not a change
            return decoded
        return self._decoded

    @property
    def content_type(self) -> str | None:
        """The media type of the ``Content-Type`` header, lower-case, without parameters."""
        return parse_content_type(self.headers.get("content-type"))[0]

    @property
    def not_modified(self) -> bool:
        """True for the answer to a conditional fetch (``validators``) that the page has not
        changed (HTTP 304): ``content`` and ``text`` are then empty."""
        return self.status == NOT_MODIFIED

    @property
    def validators(self) -> Validators:
        """The ``ETag`` and ``Last-Modified`` to send back on the next fetch of this URL."""
        return Validators(
            etag=self.headers.get("etag"), last_modified=self.headers.get("last-modified")
        )


NOT_MODIFIED = 304


@attrs.frozen(kw_only=True)
class Validators:
    """What a conditional fetch sends back (``fetch(url, validators=...)``): the page's last
    ``ETag`` as ``If-None-Match`` and its ``Last-Modified`` as ``If-Modified-Since``. A
    server whose page has not changed answers 304, a ``Page`` with ``not_modified`` and no
    body; one that ignores them sends the page as usual."""

    etag: str | None = None
    last_modified: str | None = None

    def request_headers(self) -> dict[str, str]:
        """The validators that can be sent back. They are the server's own header values,
        kept in a store between crawls, so as hostile as the rest of its response: one that
        is no printable ASCII (httpx raised UnicodeEncodeError before sending) or longer than
        ``MAX_VALIDATOR_CHARS`` is left out, and the fetch is simply not conditional."""
        headers = {}
        if _sendable(self.etag):
            headers["If-None-Match"] = self.etag
        if _sendable(self.last_modified):
            headers["If-Modified-Since"] = self.last_modified
        return headers


MAX_VALIDATOR_CHARS = 1_024
"""An ETag is a hash or a version (tens of characters), a Last-Modified date 29: sent back at
100 KB (what a response header may hold), one got HTTP 431 on every later fetch."""


def _sendable(value: str | None) -> TypeGuard[str]:
    return (
        bool(value)
        and isinstance(value, str)
        and len(value) <= MAX_VALIDATOR_CHARS
        and value.isascii()
        and value.isprintable()
    )


@attrs.frozen(kw_only=True)
class FetchFailure:
    """A URL that ``fetch_many`` could not turn into a ``Page``, and why.

    ``error`` is the ``FetchError`` that ``fetch`` would have raised; ``reason`` is its class
    name (``HTTPStatusError``, ``RobotsDisallowedError``, ...) and ``message`` its text.
    """

    url: str
    error: FetchError = attrs.field(eq=False)

    @property
    def reason(self) -> str:
        return type(self.error).__name__

    @property
    def message(self) -> str:
        return str(self.error)


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """The media type and the charset parameter of a ``Content-Type`` header value."""
    if not value:
        return None, None
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        name, _, raw = param.partition("=")
        if name.strip().lower() == "charset":
            charset = raw.strip().strip("\"'") or None
    return media_type.strip().lower() or None, charset


def check_media_type(
    media_type: str | None, *, url: str, accepted: frozenset[str] | None = None
) -> None:
    """Refuse a response whose declared media type is not HTML (checked before the body),
    or not one of ``accepted`` when the caller widened the set."""
    if accepted is not None and (media_type is None or "*" in accepted or media_type in accepted):
        return
    if media_type is not None and media_type not in HTML_MEDIA_TYPES:
        raise NotHTMLResponseError(
            f"{url} is {media_type}, not HTML or XHTML", url=url, content_type=media_type
        )


def check_body(content: bytes, content_type: str | None, *, url: str) -> None:
    """Raise at once the ``NotHTMLResponseError`` that ``decode_body`` would raise for this
    body, without decoding it."""
    if not content.strip():
        return
    try:
        check_decodable(content)
    except NotHTMLError as exc:
        raise _not_html(exc, content_type, url=url) from exc


def _not_html(exc: NotHTMLError, content_type: str | None, *, url: str) -> NotHTMLResponseError:
    media_type = parse_content_type(content_type)[0]
    return NotHTMLResponseError(
        f"{url} is declared {media_type or 'without a Content-Type'} but holds {exc.kind}",
        url=url,
        content_type=media_type,
        kind=exc.kind,
    )


def decode_body(content: bytes, content_type: str | None, *, url: str) -> DecodedText:
    """Decode a body like a browser: BOM, the header's charset, ``<meta>``, detection."""
    charset = parse_content_type(content_type)[1]
    if not content.strip():
        encoding = normalize_encoding(charset) or "utf-8"
        return DecodedText(
            text=content.decode("ascii", "replace"), encoding=encoding, reason="empty"
        )
    try:
        return decode_html(content, declared=charset)
    except NotHTMLError as exc:
        raise _not_html(exc, content_type, url=url) from exc
