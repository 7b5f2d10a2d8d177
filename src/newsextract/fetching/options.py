"""The one options object of the fetch layer."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import urlsplit

import attrs
from attrs import validators as v

from newsextract._version import __version__
from newsextract.options import _option

DEFAULT_USER_AGENT = f"newsextract/{__version__} (+https://github.com/newsextract/newsextract)"


def _header_pairs(
    value: Mapping[str, str] | Iterable[tuple[str, str]],
) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple((str(k), str(val)) for k, val in items)


def _optional_path(value: str | Path | None) -> Path | None:
    # Another type is left to the validator, which names the option (Path(5) was a TypeError).
    return Path(value) if isinstance(value, str | PurePath) else value


#: Longest wait or timeout taken (a week): more is a typo, not a setting, and one past about
#: 292 years cannot be slept (``time.sleep`` and thread waits raised OverflowError mid-run).
MAX_SECONDS = 7 * 24 * 3600.0


def _seconds(value: Any) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value <= MAX_SECONDS


def _check(test: Any, what: str) -> Any:
    """An attrs validator: ``test(value)`` or a ValueError (made ``OptionError`` by ``_option``)."""

    def validate(instance: Any, attribute: Any, value: Any) -> None:
        if not test(value):
            raise ValueError(what)

    return validate


_WEEK = "a week (604800 s)"
_positive = _option(
    v.and_(v.gt(0.0), _check(_seconds, "seconds")), f"a number of seconds over 0, at most {_WEEK}"
)
_non_negative = _option(
    v.and_(v.ge(0.0), _check(_seconds, "seconds")), f"a number of seconds from 0 to {_WEEK}"
)
_positive_int = _option(v.gt(0), "a number over 0")
_non_negative_int = _option(v.ge(0), "a number, 0 or more")


def _header_text(value: str) -> bool:
    """What an HTTP header can carry: printable ASCII and tabs. httpx raised UnicodeEncodeError
    mid-fetch for other letters, and CR, LF or NUL would end or split the header."""
    return value.isascii() and all(c == "\t" or " " <= c <= "~" for c in value)


_USER_AGENT = _option(
    v.and_(v.instance_of(str), _check(_header_text, "header text")),
    "printable ASCII (no line breaks or control characters)",
)
_HEADERS = _option(
    _check(lambda pairs: all(_header_text(k) and _header_text(x) for k, x in pairs), "headers"),
    "names and values of printable ASCII (no line breaks or control characters)",
)


def _proxy_url(value: Any) -> bool:
    """An address httpx can send requests through: a proxy of 5, "::::" or "ftp://..." was
    taken, and each fetch then failed with httpx's TypeError, InvalidURL or ValueError."""
    if not isinstance(value, str) or not _header_text(value):
        return False
    parts = urlsplit(value)  # a ValueError ("http://[::1") is the option's error too
    return parts.scheme.lower() in _PROXY_SCHEMES and bool(parts.hostname)


#: The proxy schemes httpx takes (socks5 with its socks extra).
_PROXY_SCHEMES = frozenset({"http", "https", "socks5", "socks5h"})
_PROXY = _option(
    v.optional(_check(_proxy_url, "proxy")), "an http, https or socks5 URL with a host, or None"
)
_CACHE_DIR = _option(v.optional(v.instance_of(Path)), "a folder's path (a str or Path), or None")


def _media_types(value: Iterable[str] | None) -> frozenset[str] | None:
    return frozenset(value) if value is not None else None


@attrs.frozen(kw_only=True)
class FetchOptions:
    """How ``Fetcher`` and ``AsyncFetcher`` fetch pages. Times are in seconds.

    The defaults are what a site operator would call polite: at most
    ``per_host_concurrency`` requests at a time to one host, started at least
    ``per_host_delay`` apart (longer if robots.txt asks with ``Crawl-delay``), robots.txt
    honoured, and an honest ``user_agent``. ``global_concurrency`` bounds the requests in
    flight across all hosts; ``max_pending`` is how many URLs ``fetch_many`` works on at once
    (waiting for their host or fetching), which bounds its memory.

    Timeouts: ``connect_timeout`` to open a connection, ``read_timeout`` between two reads,
    ``total_timeout`` for one whole request from sending it to the last body byte (so a server
    that trickles a byte a second cannot hold a worker). ``max_bytes`` caps the body after
    decompression; ``max_redirects`` the redirect chain.

    Retries: ``retries`` more attempts after a connection failure or a 429/500/502/503/504,
    waiting ``backoff_base * 2**attempt`` seconds (with jitter, at most ``backoff_cap``), or
    what ``Retry-After`` asks; a ``Retry-After`` longer than ``retry_after_cap`` is not waited
    for: the error is raised at once. ``max_retry_wait`` caps the waiting of one fetch, over
    all its retries and redirects: a wait that would go past it is not made, and the error at
    hand is raised.

    ``cache_dir`` turns on an on-disk HTTP cache (RFC 9111: fresh responses are served from
    it, stale ones revalidated with ``ETag``/``Last-Modified``). ``proxy`` sends every request
    through one proxy URL; ``trust_env`` lets httpx read ``HTTP(S)_PROXY``/``NO_PROXY`` and
    ``SSL_CERT_FILE`` from the environment. ``block_private_addresses`` refuses hosts that
    resolve to private, loopback, link-local or otherwise non-public addresses: turn it on in a
    service that fetches URLs its users supply. ``media_types`` widens what a response may be
    (``{"application/xml", "application/rss+xml"}``, or ``{"*"}`` for anything): feeds and
    sitemaps for discovery; such a body is kept as bytes and decoded only when it is a page.
    """

    user_agent: str = attrs.field(default=DEFAULT_USER_AGENT, validator=_USER_AGENT)
    headers: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=_header_pairs, validator=_HEADERS
    )
    connect_timeout: float = attrs.field(default=10.0, validator=_positive)
    read_timeout: float = attrs.field(default=20.0, validator=_positive)
    total_timeout: float = attrs.field(default=60.0, validator=_positive)
    max_bytes: int = attrs.field(default=10 * 1024 * 1024, validator=_positive_int)
    max_redirects: int = attrs.field(default=10, validator=_non_negative_int)
    per_host_concurrency: int = attrs.field(default=2, validator=_positive_int)
    per_host_delay: float = attrs.field(default=1.0, validator=_non_negative)
    global_concurrency: int = attrs.field(default=32, validator=_positive_int)
    max_pending: int = attrs.field(default=1000, validator=_positive_int)
    respect_robots: bool = True
    max_crawl_delay: float = attrs.field(default=60.0, validator=_non_negative)
    retries: int = attrs.field(default=3, validator=_non_negative_int)
    backoff_base: float = attrs.field(default=0.5, validator=_non_negative)
    backoff_cap: float = attrs.field(default=30.0, validator=_non_negative)
    retry_after_cap: float = attrs.field(default=120.0, validator=_non_negative)
    # One Retry-After at the cap, or a dozen backoffs at theirs: a URL is given up on within
    # about two minutes of waiting, not ``retries`` times the cap (six minutes).
    max_retry_wait: float = attrs.field(default=120.0, validator=_non_negative)
    cache_dir: Path | None = attrs.field(
        default=None, converter=_optional_path, validator=_CACHE_DIR
    )
    proxy: str | None = attrs.field(default=None, validator=_PROXY)
    trust_env: bool = True
    block_private_addresses: bool = False
    media_types: frozenset[str] | None = attrs.field(default=None, converter=_media_types)

    @property
    def robots_token(self) -> str:
        """The product token robots.txt groups are matched against (``newsextract``)."""
        return self.user_agent.split("/", 1)[0].split()[0] if self.user_agent.strip() else "*"
