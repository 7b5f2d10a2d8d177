"""The cookie jar of a client a fetcher builds for itself, bounded as a browser's is.

httpx keeps every ``Set-Cookie`` of every response in its client's jar and sends them back
with each later request that matches them. Unbounded, a host setting a few cookies a page
had each request of a batch carry all it had set so far (six 1 KB cookies a page: a 296 KB
``Cookie`` header on its 50th page), the jar growing with the batch. The bounds are RFC 6265's
(section 6.1: the least a user agent should keep), which browsers keep about as much as: a
cookie beyond them is not kept, the oldest domain's cookies make way for a new domain's.

A cookie's ``Domain`` is kept only when it names the answering host's own site
(``SiteCookiePolicy``): one jar serves every site of a batch, and Python's policy took
``Domain=co.uk`` from news.co.uk, ``Domain=github.io`` from a.github.io and ``Domain=0.0.1``
from 127.0.0.1, each then sent to every other site under it.
"""

from __future__ import annotations

from http.cookiejar import Cookie, CookieJar, DefaultCookiePolicy
from typing import Any
from urllib.parse import urlsplit

from newsextract.sites import under_site

# The bytes of a cookie's name and value kept at most (RFC 6265: at least 4096).
COOKIE_BYTES = 4096
# The cookies kept for one domain (RFC 6265: at least 50); a new name beyond is not kept,
# a cookie already held is still replaced.
COOKIES_PER_DOMAIN = 50
# The domains whose cookies are kept: with 50 a domain, RFC 6265's 3000 cookies in all.
DOMAINS_KEPT = 60


class SiteCookiePolicy(DefaultCookiePolicy):
    """Python's policy, and a ``Domain`` attribute naming no public suffix and no part of an
    IP address: the domain must be the answering host's own site (``sites.under_site``: the
    host or a parent on its registrable domain), as RFC 6265 (5.3, 5.1.3) and browsers ask."""

    def set_ok_domain(self, cookie: Cookie, request: Any) -> bool:
        if not super().set_ok_domain(cookie, request):
            return False
        if not cookie.domain_specified:
            return True  # a host-only cookie, sent back to its host alone
        host = urlsplit(request.get_full_url()).hostname or ""
        return under_site(host, cookie.domain.lstrip("."))


def _sendable(cookie: Cookie) -> bool:
    """Whether a request can carry ``cookie`` back: what goes into a ``Cookie`` header (its
    name and value, and for a cookie of version 1 its path and domain) in printable ASCII,
    RFC 6265's cookie octets and the space. httpx writes request headers in ASCII: a server
    setting ``a=café`` made every later request to its host raise ``UnicodeEncodeError``.
    (A control character is no cookie octet either, and is dropped with them.)"""
    parts = (cookie.name, cookie.value or "", cookie.path or "", cookie.domain or "")
    return all(part.isascii() and part.isprintable() for part in parts)


class BoundedCookieJar(CookieJar):
    """A ``CookieJar`` that keeps at most ``COOKIES_PER_DOMAIN`` cookies of at most
    ``COOKIE_BYTES`` each for each of at most ``DOMAINS_KEPT`` domains (the latest), under
    ``SiteCookiePolicy``."""

    def __init__(self) -> None:
        super().__init__(SiteCookiePolicy())

    def set_cookie(self, cookie: Cookie) -> None:
        if len(cookie.name) + len(cookie.value or "") > COOKIE_BYTES or not _sendable(cookie):
            return
        with self._cookies_lock:  # type: ignore[attr-defined]
            domains: dict[str, dict[str, dict[str, Cookie]]] = self._cookies  # type: ignore[attr-defined]
            paths = domains.get(cookie.domain)
            if paths is None:
                while len(domains) >= DOMAINS_KEPT:
                    del domains[next(iter(domains))]  # the oldest domain's
            elif cookie.name not in paths.get(cookie.path, {}) and (
                sum(len(names) for names in paths.values()) >= COOKIES_PER_DOMAIN
            ):
                return  # a new name past the domain's bound
            super().set_cookie(cookie)
