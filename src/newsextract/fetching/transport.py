"""The fetchers' own connections: where they go, and for how long at most.

httpcore's connection pools take a network backend; newsextract's backend

- resolves each host once, through the fetcher's resolver, refuses it when
  ``block_private_addresses`` says so, and connects to an address it checked (``dns``);
- bounds every blocking step of the sync fetcher (connect, TLS, each read and write) by the
  request's total deadline (``deadline``), so a server that trickles its headers a byte at a
  time cannot hold a thread or a pooled connection past ``total_timeout``. (The async
  fetcher cancels the request instead, which closes its connection.)

Proxies, from ``FetchOptions.proxy`` or (with ``trust_env``) the environment as httpx reads
it, get pools of their own whose connections go unchecked: the proxy resolves the names.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import httpcore
import httpx
from hishel import AsyncSqliteStorage, CacheOptions, SqliteStorage
from hishel.httpx import AsyncCacheTransport, CacheTransport

# httpx's own reading of HTTP(S)_PROXY, ALL_PROXY and NO_PROXY: a client given a transport
# does not read them itself, and the same patterns must hold here.
from httpx._utils import get_environment_proxies

from newsextract.errors import NewsExtractError, OptionError
from newsextract.fetching import dns, http
from newsextract.fetching.cookies import BoundedCookieJar
from newsextract.fetching.options import FetchOptions

logger = logging.getLogger(__name__)

# hishel logs each cache failure (a file another process holds locked, a damaged entry) with
# its traceback and adds no handler, so a caller who configured no logging had it printed
# by Python's last-resort handler. A library adds no output of its own (the logging HOWTO):
# a caller's own configuration still gets these records (the CLI's with ``--debug``).
logging.getLogger("hishel").addHandler(logging.NullHandler())

CACHE_FILE = "http-cache.sqlite"

_DEADLINE: ContextVar[float | None] = ContextVar("newsextract_fetch_deadline", default=None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Bound the sync connections' blocking steps in this thread to ``seconds`` from now."""
    token = _DEADLINE.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def deadline_passed() -> bool:
    end = _DEADLINE.get()
    return end is not None and time.monotonic() >= end


def _bounded(timeout: float | None, timed_out: type[Exception]) -> float | None:
    """``timeout`` cut down to what is left before the deadline; ``timed_out`` if nothing is."""
    end = _DEADLINE.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise timed_out("the total timeout ran out")
    return left if timeout is None else min(timeout, left)


class _BoundedStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    """Sync connections: resolved through ``resolver`` (None: a proxy, by name), bounded."""

    def __init__(self, resolver: dns.Resolver | None, *, block: bool) -> None:
        self._resolver = resolver
        self._block = block
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        targets = [host]
        if self._resolver is not None:
            targets = dns.addresses(self._resolver, host, port, block=self._block)
        for number, address in enumerate(targets, 1):
            bounded = _bounded(timeout, httpcore.ConnectTimeout)
            try:
                stream = self._backend.connect_tcp(
                    address, port, bounded, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                if number == len(targets):
                    raise
                continue
            return _BoundedStream(stream)
        raise AssertionError("unreachable: the resolver gave at least one address")

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:  # pragma: no cover - newsextract never asks for one
        raise httpcore.ConnectError("unix sockets are not used by newsextract")

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    """Async connections: resolved (in a worker thread) through ``resolver``, checked."""

    def __init__(self, resolver: dns.Resolver | None, *, block: bool) -> None:
        self._resolver = resolver
        self._block = block
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        targets = [host]
        if self._resolver is not None:
            resolver, block = self._resolver, self._block
            targets = await asyncio.to_thread(dns.addresses, resolver, host, port, block=block)
        for number, address in enumerate(targets, 1):
            try:
                return await self._backend.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                if number == len(targets):
                    raise
        raise AssertionError("unreachable: the resolver gave at least one address")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:  # pragma: no cover - newsextract never asks for one
        raise httpcore.ConnectError("unix sockets are not used by newsextract")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _Transport(httpx.HTTPTransport):
    """httpx's transport over a pool of ours: httpx has no parameter for the network
    backend, so the pool it would build is replaced whole (request, response and error
    mapping stay httpx's)."""

    def __init__(self, pool: httpcore.ConnectionPool) -> None:
        self._pool = pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _ascii_location(super().handle_request(request))


class _AsyncTransport(httpx.AsyncHTTPTransport):
    def __init__(self, pool: httpcore.AsyncConnectionPool) -> None:
        self._pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return _ascii_location(await super().handle_async_request(request))


def _ascii_location(response: httpx.Response) -> httpx.Response:
    """``response`` with a ``Location`` holding bytes over 0x7F made ASCII as the fetcher
    reads it (``http.location_values``), before the HTTP cache sees it: hishel writes each
    header back as UTF-8 from the text httpx decoded, so a Latin-1 ``/caf\\xe9`` came out of
    it as ``/caf%C3%A9``, on the first fetch as on the cached ones. Fields that differ are
    left as they are: the fetcher refuses them (``http.next_hop``), and one field set here
    would hide them."""
    if any(
        name.lower() == b"location" and not value.isascii() for name, value in response.headers.raw
    ):
        locations = http.location_values(response.headers)
        if len(locations) == 1:
            response.headers["location"] = locations[0]
    return response


def _core_url(url: httpx.URL) -> httpcore.URL:
    return httpcore.URL(
        scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
    )


def ssl_context(options: FetchOptions) -> ssl.SSLContext:
    """The TLS settings of a fetcher's connections. Building one costs about 20 ms (it loads
    the CA bundle) and 0.8 MB, so every client and transport of a fetcher shares one."""
    return httpx.create_ssl_context(trust_env=options.trust_env)


def _pool_settings(
    options: FetchOptions, backend: object, context: ssl.SSLContext
) -> dict[str, Any]:
    size = options.global_concurrency * 2
    return {
        "ssl_context": context,
        "max_connections": size,
        "max_keepalive_connections": size,
        "keepalive_expiry": httpx.Limits().keepalive_expiry,
        "network_backend": backend,
    }


def _proxy_settings(proxy: httpx.Proxy) -> dict[str, Any]:
    settings: dict[str, Any] = {"proxy_url": _core_url(proxy.url), "proxy_auth": proxy.raw_auth}
    if proxy.url.scheme not in ("socks5", "socks5h"):
        settings.update(proxy_headers=proxy.headers.raw, proxy_ssl_context=proxy.ssl_context)
    return settings


def sync_transport(
    options: FetchOptions,
    resolver: dns.Resolver | None,
    proxy: httpx.Proxy | None = None,
    *,
    context: ssl.SSLContext | None = None,
) -> httpx.BaseTransport:
    """A transport going direct (through ``resolver``) or, given ``proxy``, through it;
    its TLS settings are ``context`` (default: built for it)."""
    context = context or ssl_context(options)
    if proxy is None:
        backend = _Backend(resolver or dns.system_resolver, block=options.block_private_addresses)
        return _Transport(httpcore.ConnectionPool(**_pool_settings(options, backend, context)))
    backend = _Backend(None, block=False)
    settings = {**_pool_settings(options, backend, context), **_proxy_settings(proxy)}
    socks = proxy.url.scheme in ("socks5", "socks5h")
    return _Transport((httpcore.SOCKSProxy if socks else httpcore.HTTPProxy)(**settings))


def async_transport(
    options: FetchOptions,
    resolver: dns.Resolver | None,
    proxy: httpx.Proxy | None = None,
    *,
    context: ssl.SSLContext | None = None,
) -> httpx.AsyncBaseTransport:
    """The same for the async fetcher."""
    context = context or ssl_context(options)
    if proxy is None:
        block = options.block_private_addresses
        backend = _AsyncBackend(resolver or dns.system_resolver, block=block)
        pool = httpcore.AsyncConnectionPool(**_pool_settings(options, backend, context))
        return _AsyncTransport(pool)
    backend = _AsyncBackend(None, block=False)
    settings = {**_pool_settings(options, backend, context), **_proxy_settings(proxy)}
    socks = proxy.url.scheme in ("socks5", "socks5h")
    pool = (httpcore.AsyncSOCKSProxy if socks else httpcore.AsyncHTTPProxy)(**settings)
    return _AsyncTransport(pool)


def _proxies(options: FetchOptions) -> dict[str, httpx.Proxy | None]:
    """Mount patterns and their proxy (None: go direct), as httpx would set them up."""
    if options.proxy is not None:
        return {"all://": httpx.Proxy(options.proxy)}
    if not options.trust_env:
        return {}
    found = get_environment_proxies().items()
    return {pattern: None if url is None else httpx.Proxy(url) for pattern, url in found}


def _client_settings(options: FetchOptions) -> dict[str, Any]:
    return {
        "trust_env": options.trust_env,
        "follow_redirects": False,
        "timeout": http.timeout(options),
        "cookies": BoundedCookieJar(),
    }


# What a cache transport may raise that is no fault of the cache: the network's errors
# (httpx's), a refused address, and our own typed errors. Anything else comes out of the
# cache file, which is as hostile as the network (entries written by another program, a
# table of another layout, a number column holding text).
_NOT_THE_CACHE = (httpx.HTTPError, dns.RefusedAddress, NewsExtractError)


def _sound(response: httpx.Response) -> bool:
    """A response our code can read: a cache entry's status may be any value msgpack holds."""
    status = response.status_code
    return (
        type(status) is int and 100 <= status <= 599
    )  # HTTP status codes are three digits, 1xx to 5xx


def _damaged(where: object, exc: BaseException | str) -> http.DamagedCache:
    return http.DamagedCache(f"an entry of the HTTP cache {where} is damaged ({exc})")


def _cached_chunk(chunk: object, where: object) -> bytes:
    """``chunk`` of a cached body, which must be bytes: the cache file is hostile too."""
    if not isinstance(chunk, bytes):
        raise _damaged(where, f"a body chunk of type {type(chunk).__name__}")
    return chunk


class _GuardedStream(httpx.SyncByteStream):
    """A body read back from the cache: a chunk that is no bytes, or a failure of the cache
    file mid-body, is ``DamagedCache`` (the fetcher's ``FetchError``), not a TypeError."""

    def __init__(self, stream: Any, where: object) -> None:
        self._stream = stream
        self._where = where

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._stream:
                yield _cached_chunk(chunk, self._where)
        except (*_NOT_THE_CACHE, http.DamagedCache):
            raise
        except Exception as exc:
            raise _damaged(self._where, exc) from exc

    def close(self) -> None:
        self._stream.close()


class _AsyncGuardedStream(httpx.AsyncByteStream):
    def __init__(self, stream: Any, where: object) -> None:
        self._stream = stream
        self._where = where

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield _cached_chunk(chunk, self._where)
        except (*_NOT_THE_CACHE, http.DamagedCache):
            raise
        except Exception as exc:
            raise _damaged(self._where, exc) from exc

    async def aclose(self) -> None:
        await self._stream.aclose()


class _CacheGuard(httpx.BaseTransport):
    """The cache transport, checked: when the cache cannot answer (its file unreadable by
    hishel, an entry whose status or headers are no HTTP), the request goes to the network
    past the cache, with a warning, instead of failing with an untyped error."""

    def __init__(self, cached: httpx.BaseTransport, plain: httpx.BaseTransport, where: object):
        self._cached = cached
        self._plain = plain
        self._where = where

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self._cached.handle_request(request)
        except _NOT_THE_CACHE:
            raise
        except Exception as exc:
            _passed_over(self._where, request, exc)
            return self._plain.handle_request(request)
        if not _sound(response):
            response.close()
            _passed_over(self._where, request, f"status {response.status_code!r}")
            return self._plain.handle_request(request)
        response.stream = _GuardedStream(response.stream, self._where)
        return response

    def close(self) -> None:
        self._cached.close()


class _AsyncCacheGuard(httpx.AsyncBaseTransport):
    def __init__(
        self, cached: httpx.AsyncBaseTransport, plain: httpx.AsyncBaseTransport, where: object
    ):
        self._cached = cached
        self._plain = plain
        self._where = where

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._cached.handle_async_request(request)
        except _NOT_THE_CACHE:
            raise
        except Exception as exc:
            _passed_over(self._where, request, exc)
            return await self._plain.handle_async_request(request)
        if not _sound(response):
            await response.aclose()
            _passed_over(self._where, request, f"status {response.status_code!r}")
            return await self._plain.handle_async_request(request)
        response.stream = _AsyncGuardedStream(response.stream, self._where)
        return response

    async def aclose(self) -> None:
        await self._cached.aclose()


def _passed_over(where: object, request: httpx.Request, why: object) -> None:
    logger.warning(
        "the HTTP cache %s could not answer for %s (%s): fetched without it",
        where,
        request.url,
        why,
    )


def make_cache_dir(cache_dir: Path) -> None:
    """Make the folder of an HTTP cache if missing; ``OptionError`` when it cannot be made (a
    file of that name, no permission), not an OSError out of the fetcher's constructor."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        allowed = "a folder that exists or can be made"
        raise OptionError(
            f"invalid option cache_dir={str(cache_dir)!r}: "
            f"{exc.strerror or exc}; cache_dir takes {allowed}",
            field="cache_dir",
            allowed=allowed,
        ) from None


CACHE_BUSY_TIMEOUT_MS = 250
"""Milliseconds a cache lookup or write waits on another process's lock of the cache file,
where hishel sets 5,000: a writer holds it for milliseconds, and a file held longer
(another program's open transaction) is read around, each lookup a miss fetched from the
network, each write left out. Waiting 5 s a lookup made a robots.txt fetch run out its 5 s
total timeout, a misleading ``FetchTimeoutError``."""

_SHORT_WAIT = f"PRAGMA busy_timeout={CACHE_BUSY_TIMEOUT_MS}"


class _ShortWaitStorage(SqliteStorage):
    """hishel's storage with ``CACHE_BUSY_TIMEOUT_MS``: hishel takes no timeout, and sets
    its own while it opens the file (so it is set again after)."""

    def _initialize_database(self) -> None:
        assert self.connection is not None
        self.connection.execute(_SHORT_WAIT)
        try:
            super()._initialize_database()
        finally:
            self.connection.execute(_SHORT_WAIT)


class _AsyncShortWaitStorage(AsyncSqliteStorage):
    async def _initialize_database(self) -> None:
        assert self.connection is not None
        await self.connection.execute(_SHORT_WAIT)
        try:
            await super()._initialize_database()
        finally:
            await self.connection.execute(_SHORT_WAIT)


def _cache_storage(options: FetchOptions, storage: type[Any]) -> Any:
    assert options.cache_dir is not None
    make_cache_dir(options.cache_dir)
    return storage(database_path=options.cache_dir / CACHE_FILE, max_stream_size=options.max_bytes)


def build_client(options: FetchOptions, resolver: dns.Resolver | None = None) -> httpx.Client:
    """The client a ``Fetcher`` builds for itself: our transports, the cache if asked for."""
    transport = _transports(options, sync_transport, _ShortWaitStorage, CacheTransport)
    return httpx.Client(**_client_arguments(options, resolver, transport))


def build_async_client(
    options: FetchOptions,
    resolver: dns.Resolver | None = None,
    *,
    context: ssl.SSLContext | None = None,
) -> httpx.AsyncClient:
    """The same for an ``AsyncFetcher``; ``context``: TLS settings shared with its other
    clients (default: built for this one)."""
    transport = _transports(
        options,
        async_transport,
        _AsyncShortWaitStorage,
        AsyncCacheTransport,
        context,
        _AsyncCacheGuard,
    )
    return httpx.AsyncClient(**_client_arguments(options, resolver, transport))


def _transports(
    options: FetchOptions,
    make: Callable[..., Any],
    storage_type: type[Any],
    cache_type: type[Any],
    context: ssl.SSLContext | None = None,
    guard_type: type[Any] = _CacheGuard,
) -> Callable[[dns.Resolver | None, httpx.Proxy | None], Any]:
    """A maker of the client's transports (sync or async alike), each behind the one cache
    of the client when ``options.cache_dir`` asks for one, all with one TLS ``context``
    (built on first use when not given)."""
    storage = None if options.cache_dir is None else _cache_storage(options, storage_type)
    where = None if options.cache_dir is None else options.cache_dir / CACHE_FILE

    def transport(resolver: dns.Resolver | None, proxy: httpx.Proxy | None) -> Any:
        nonlocal context
        context = context or ssl_context(options)
        made = make(options, resolver, proxy, context=context)
        if storage is None:
            return made
        cached = cache_type(made, storage=storage, rfc=CacheOptions(shared=False))
        return guard_type(cached, made, where)

    return transport


def _client_arguments(
    options: FetchOptions,
    resolver: dns.Resolver | None,
    transport: Callable[[dns.Resolver | None, httpx.Proxy | None], Any],
) -> dict[str, Any]:
    """The client's transports, as httpx would mount them for its proxies (sync or async
    alike): the direct one goes through ``resolver``, proxied ones through their proxy."""
    proxies = _proxies(options)
    main = proxies.pop("all://", None) if options.proxy is not None else None
    return {
        "transport": transport(resolver, main),
        "mounts": {
            pattern: None if proxy is None else transport(None, proxy)
            for pattern, proxy in proxies.items()
        },
        **_client_settings(options),
    }
