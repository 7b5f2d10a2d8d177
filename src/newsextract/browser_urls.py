"""Addresses a page, a feed, a sitemap or a server writes, read as a browser reads them (the
URL Standard) before their scheme and host are checked: urllib and httpx read some of them
otherwise, and a check passed on their reading let through what a browser opens elsewhere.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, unquote, urlsplit

# The ASCII tab and line breaks, which the URL Standard's parser (and ``urlsplit``) takes out
# of a URL before reading it: kept, a CR or LF reached the Article's ``url``, a line break in
# a text output or a terminal.
_TAB_OR_NEWLINE = dict.fromkeys(map(ord, "\t\n\r"))


def browser_address(value: str) -> str:
    """``value``, an address a page writes (an image's, a canonical link's, ``og:url``), as
    a browser reads it before its scheme is checked: its ASCII tabs and line breaks dropped
    (the URL Standard strips them first: ``jav<TAB>ascript:`` is a javascript: URL, which
    was read as the path ``jav%20ascript:`` on the page's host) and its backslashes made
    slashes (``backslashes_as_slashes``)."""
    return backslashes_as_slashes(without_tabs_or_newlines(value))


def without_tabs_or_newlines(url: str) -> str:
    """``url`` without the ASCII tabs and line breaks a URL parser drops (see
    ``_TAB_OR_NEWLINE``); an address that prints is returned as it is, at no cost."""
    return url if url.isprintable() else url.translate(_TAB_OR_NEWLINE)


def backslashes_as_slashes(address: str) -> str:
    """``address`` (a page's own value for an http(s) link) with each backslash before its
    query or fragment made a slash, as the URL Standard reads a web address and so every
    browser: ``\\\\cdn.example\\a.jpg`` is the image at ``//cdn.example/a.jpg``. Read by
    urllib, it was a path on the page's own host, and ``https://site.example\\@other.example/``
    was on other.example for this package but on site.example for any browser."""
    if "\\" not in address:
        return address
    ends = [at for at in (address.find("?"), address.find("#")) if at >= 0]
    cut = min(ends, default=len(address))
    return address[:cut].replace("\\", "/") + address[cut:]


# Characters no host name holds once a browser has read it (the URL Standard's forbidden
# domain code points; control characters are tested apart, and ":" is an IPv6 address's):
# a host that holds one after its escapes are decoded is no host, a browser opens nothing.
_FORBIDDEN_IN_HOST = frozenset(" #/<>?@[\\]^|")


def browser_host(url: str) -> str:
    """The host a browser opens for ``url`` (absolute, or ``//host/...``): its name in lower
    case and ASCII (an IDN in its ``xn--`` form, as UTS 46 maps it: full-width letters,
    ``。`` as a dot), without the trailing dot, the port or a user; "" for none.

    Read by ``urlsplit``, ``https://evil.example\\.news.example/`` was on
    ``evil.example\\.news.example``, a host under news.example, and took news.example's site
    rule; a browser opens evil.example (the backslash ends the host). ``BÜCHER.example``,
    ``xn--bcher-kva.example`` and ``bücher.example`` are one host to a browser."""
    address = browser_address(url.strip())
    if address.startswith("//"):
        address = "http:" + address
    try:
        host = urlsplit(address).hostname or ""
    except ValueError:  # an unclosed "[", a port that is no number
        return ""
    if "%" in host:
        host = unquote(host)
    if not host.isprintable() or not _FORBIDDEN_IN_HOST.isdisjoint(host):
        return ""  # one C test each, where a test a character cost a link's host 3 µs
    return ascii_host(host)


def ascii_host(host: str) -> str:
    """``host`` in lower case and ASCII, without its trailing dot: an internationalised name
    in its ``xn--`` form (UTS 46, non-transitional: ``faß.example`` stays apart from
    ``fass.example``, as browsers read it); a name IDNA refuses (an underscore, a symbol)
    kept in lower case."""
    host = host.lower().rstrip(".")
    if host.isascii():
        return host
    import idna  # httpx's own dependency; loaded for a non-ASCII host only

    try:
        return str(idna.encode(host, uts46=True, transitional=False), "ascii").rstrip(".")
    except idna.IDNAError:
        return host


def has_usable_port(parts: SplitResult) -> bool:
    """Whether ``parts`` names no port or one a connection can go to (1 to 65535): the one
    rule for every address read from content, a caller or a server. ``urlsplit`` raises for
    65536 and up but takes 0, so a canonical link on port 0 was kept and one on 65536
    dropped, where the fetcher refuses both (``InvalidURLError``). Raises ``ValueError``
    for a port that is no number, as ``parts.port`` does."""
    port = parts.port
    return port is None or 0 < port <= MAX_PORT


MAX_PORT = 65_535
"""TCP's ports are 16-bit, and port 0 cannot be connected to."""

MAX_HOST_CHARS = 253
"""DNS's longest name (RFC 1035: 255 octets on the wire, 253 written without the root's dot)."""
MAX_LABEL_CHARS = 63
"""DNS's longest label (RFC 1035)."""
# The dots UTS 46 reads as a label's end: the full stop and its ideographic, full-width and
# half-width forms.
_LABEL_END = re.compile("[.\u3002\uff0e\uff61]")


def has_dns_sized_host(host: str) -> bool:
    """Whether ``host`` (``urlsplit``'s ``hostname``) fits DNS: at most ``MAX_HOST_CHARS``
    and labels of at most ``MAX_LABEL_CHARS``. A longer one is no name a resolver can look
    up nor a browser open: a canonical link's or an image's host of 3,000 "ü" was kept as
    the article's URL (under ``MAX_URL_CHARS``). Read on the name as written, percent
    escapes decoded: its ASCII form (``xn--`` labels) is never shorter, but for characters
    UTS 46 maps to nothing (a soft hyphen), so a name this passes may still be too long once
    encoded (the fetcher's ``InvalidURLError`` then), never the other way round."""
    if len(host) <= MAX_LABEL_CHARS:
        return True
    if "%" in host:
        host = unquote(host)
    name = host.rstrip(".\u3002\uff0e\uff61")  # the root's dot
    if len(name) > MAX_HOST_CHARS:
        return False
    return all(len(label) <= MAX_LABEL_CHARS for label in _LABEL_END.split(name))


def split_or_none(address: str) -> SplitResult | None:
    """``urlsplit(address)``, None for an address urllib cannot split: a page's link to
    "http://[::1" (an unclosed IPv6 host) or "http://a]b/" raised its ValueError out of the
    reads that split links unguarded, and the whole page failed to extract."""
    try:
        return urlsplit(address)
    except ValueError:
        return None


def path_of(address: str) -> str:
    """The path of ``address`` (``split_or_none``), "" for one urllib cannot split."""
    parts = split_or_none(address)
    return parts.path if parts is not None else ""
