"""URL normalisation, so the same article found twice is listed once."""

from __future__ import annotations

import functools
import ipaddress
import re
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from newsextract.browser_urls import ascii_host, browser_address, browser_host, has_usable_port
from newsextract.sites import under_site

# Query parameters that only track where a click came from.
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|yclid|igshid|"
    r"_ga|_gl|ref|ref_src|referrer|cmpid|cmp|xtor|ito|ns_mchannel|ns_source|ns_campaign|"
    r"ns_linkname|ns_fee|at_medium|at_campaign|wt_mc|wt_zmc|icid|ocid|smid|share|s_cid|"
    r"__twitter_impression|sr_share|rss|feed|from)$",
    re.I,
)


#: Bytes of an address (UTF-8): the sitemap protocol's limit ("less than 2,048 characters").
#: A longer one in a feed, a sitemap or a link is no article's; the store keys pages and
#: articles by their addresses, and PostgreSQL's unique indexes hold 2,704 bytes a row.
MAX_URL_BYTES = 2_048


#: An address ``_normalize`` returns unchanged, told by one C-level match: lower-case http(s)
#: scheme and ASCII host (labels of 1-63 letters, digits and "-", the last opening with a
#: letter, so no number to read as an IPv4 address), no port, user, fragment, space,
#: control, ``;`` (urljoin splits it off as params), a path, and a query (if any) of
#: ``key=value`` pairs in the characters ``urlencode`` leaves as they are (a ``%``, ``+`` or
#: bare key is re-encoded, so not here). A sitemap's 50,000 addresses were 50 us each of
#: urllib work (2 s a sitemap; an index of copies is read up to ``max_sources`` times);
#: most are already normal.
_NORMAL = re.compile(
    r"https?://((?:[a-z0-9-]{1,63}\.)*[a-z][a-z0-9-]{0,62})/[A-Za-z0-9\-._~!$&'()*+,=:@/%]*"
    r"(?:\?[A-Za-z0-9\-._~]+=[A-Za-z0-9\-._~]*(?:&[A-Za-z0-9\-._~]+=[A-Za-z0-9\-._~]*)*)?"
)
#: A tracking key in such a query (its keys need no decoding): ``_TRACKING``'s names, each
#: after ``?`` or ``&`` and followed by ``=``.
_TRACKING_KEY = re.compile(
    r"[?&](?:" + _TRACKING.pattern.removeprefix("^(?:").removesuffix(")$") + r")=", re.I
)


@functools.lru_cache(maxsize=256)
def _joinable(base: str) -> bool:
    """Whether urljoin can read ``base`` (urlsplit refuses an unclosed IPv6 host, say)."""
    try:
        urlsplit(base)
    except ValueError:
        return False
    return True


def normalize_url(url: str, base: str | None = None) -> str | None:
    """An absolute http(s) URL without fragment and tracking parameters, host lower-cased;
    None for anything else (mailto:, javascript:, garbage, an address over ``MAX_URL_BYTES``)."""
    if len(url) > MAX_URL_BYTES:  # no longer once normalised: read no further
        return None
    if (
        (normal := _NORMAL.fullmatch(url)) is not None
        and len(normal.group(1)) <= MAX_HOST_CHARS
        and (base is None or _joinable(base))
        and _DOT_SEGMENT.search(url) is None
    ):
        query = url.find("?")
        if query < 0 or _TRACKING_KEY.search(url, query) is None:
            return url  # what _normalize returns for it (tests/discovery/test_normal_urls.py)
    return _normalize(url, base)


def listed_url(value: str, document: str) -> str | None:
    """``normalize_url`` of an address a document lists (a feed's item, a sitemap's
    ``<loc>``, a page's feed link), None when it names only that document: nothing before a
    ``#`` (``#top``, ``""``) or a bare ``?``. Such a value resolved to the document itself,
    which was then listed as an article, or fetched again as a feed or sitemap, and being
    listed kept discovery from trying the common paths. The value is read as a browser
    reads it (``content_address``)."""
    address = content_address(value).partition("#")[0].strip()
    url = normalize_url(address, document) if address else None
    return None if url is None or url == normalize_url(document) else url


def content_address(value: str) -> str:
    """An address a document or a server wrote (a sitemap's ``<loc>``, a feed's item, a
    page's link, a redirect's ``Location``) as a browser reads it (``browser_address``):
    ``\\news\\story`` is the path ``/news/story``, where urllib and httpx kept the
    backslashes in the path, and ``https://site.example\\@other.example/`` is on
    site.example, where urllib read the host other.example; so a page's own addresses are
    read (``page.web_address``)."""
    return browser_address(value)


def _normalize(url: str, base: str | None) -> str | None:
    """``normalize_url`` read through urllib (every address the fast path does not take)."""
    try:
        parts = urlsplit(urljoin(base, url.strip()) if base else url.strip())
        usable_port = has_usable_port(parts)  # ":abc" raises ValueError; ":0" is False
    except ValueError:  # and so does an unclosed IPv6 host: "http://[::1/a"
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or not usable_port:
        return None
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        ]
    )
    # the user and password are the lister's, no part of the article's address: "user:pass@"
    # kept, a feed's secret went into every row and store, and one article was two addresses
    netloc = parts.netloc.lower().rpartition("@")[2]
    if netloc.endswith(":80") and parts.scheme == "http":
        netloc = netloc[:-3]
    elif netloc.endswith(":443") and parts.scheme == "https":
        netloc = netloc[:-4]
    if not netloc.isascii():
        netloc = _ascii_netloc(netloc)
    if not _is_host(netloc):
        return None
    path = _without_dot_segments(parts.path) if _DOT_SEGMENT.search(parts.path) else parts.path
    normal = urlunsplit((parts.scheme.lower(), netloc, path or "/", query, ""))
    normal = _CONTROLS.sub(lambda found: quote(found.group()), normal)
    return normal if fits_url_limit(normal) else None


#: A dot segment of a path ("." or "..", either dot maybe written "%2e"), which a browser
#: resolves (the URL Standard): kept, ``/a/../b`` and ``/b`` were one article listed, fetched
#: and stored twice.
_DOT_SEGMENT = re.compile(r"/(?:\.|%2e){1,2}(?=[/?#]|$)", re.IGNORECASE)
_SINGLE_DOT = frozenset({".", "%2e"})
_DOUBLE_DOT = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})


def _without_dot_segments(path: str) -> str:
    """``path`` with its dot segments resolved as the URL Standard resolves them: "." goes,
    ".." takes the segment before it (none above the root); either ending the path leaves
    a "/" there."""
    kept: list[str] = []
    segments = path.split("/")[1:]
    for at, segment in enumerate(segments):
        folded = segment.lower()
        last = at == len(segments) - 1
        if folded in _DOUBLE_DOT:
            if kept:
                kept.pop()
            if last:
                kept.append("")
        elif folded in _SINGLE_DOT:
            if last:
                kept.append("")
        else:
            kept.append(segment)
    return "/" + "/".join(kept)


#: Characters of a host name: DNS's limit (RFC 1035, 253 written without the root's dot).
MAX_HOST_CHARS = 253
#: A host name as DNS writes it (the name, its last label), then its port: labels of 1-63
#: letters, digits, "-" or "_" (which browsers open, and some sites' subdomains hold), maybe
#: a root's dot after the last. "a..b",
#: ".site.example", "exa mple.com" (encoded "exa%20mple.com") and "<script>" were listed,
#: then fetched in vain or stored as articles.
_HOST_NAME = re.compile(r"((?:[a-z0-9_-]{1,63}\.)*([a-z0-9_-]{1,63}))\.?(?::[0-9]*)?")
#: An IPv6 literal and its port (validated by ``ipaddress``).
_IPV6_NETLOC = re.compile(r"\[([0-9a-f:.]{2,45})\](?::[0-9]+)?")
#: Four numbers of 0-255 written in decimal: a host whose last label is a number must be
#: one (a regex, where ``ipaddress`` cost 9 µs an address of a sitemap on an IP host).
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")


def _is_host(netloc: str) -> bool:
    """Whether ``netloc`` (lower case, ASCII, no user) names a host a browser can open: a
    name of DNS's shape (``_HOST_NAME``, ``MAX_HOST_CHARS``) whose last label, if all
    digits, makes with the others an IPv4 address (a browser reads "1.2.3.4.5" as one, and
    refuses it), or an IPv6 address in brackets."""
    if netloc.startswith("["):
        literal = _IPV6_NETLOC.fullmatch(netloc)
        return literal is not None and _is_address(literal.group(1), ipaddress.IPv6Address)
    found = _HOST_NAME.fullmatch(netloc)
    if found is None or len(found.group(1)) > MAX_HOST_CHARS:
        return False
    return not found.group(2).isdigit() or _IPV4.fullmatch(found.group(1)) is not None


def _is_address(text: str, kind: type[ipaddress.IPv4Address | ipaddress.IPv6Address]) -> bool:
    try:
        kind(text)
    except ValueError:
        return False
    return True


def _ascii_netloc(netloc: str) -> str:
    """``netloc`` (lower case) with its host in ASCII as a browser reads it (``ascii_host``:
    ``bücher.example``, ``ｂücher。example`` and ``xn--bcher-kva.example`` are one host,
    which was listed as many), its user and port kept."""
    user, at, rest = netloc.rpartition("@")
    host, colon, port = rest.rpartition(":") if not rest.endswith("]") else (rest, "", "")
    if not colon or not port.isdigit():
        host, colon, port = rest, "", ""
    return f"{user}{at}{ascii_host(host)}{colon}{port}"


#: Spaces and control characters (C0, DEL, C1), which ``urlsplit`` keeps inside a URL: they
#: are percent-encoded, as a browser does. Left as they are, a feed's URL holding
#: ``ESC ] 0 ; ... BEL`` rewrote the terminal of whoever ran ``discover`` (its text output),
#: and one holding a space was split in two by whatever read that output. So are the
#: bidirectional overrides and isolates, which show ``…/\u202egpj.exe`` as ``…/exe.jpg``.
_CONTROLS = re.compile(r"[\x00-\x20\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def fits_url_limit(url: str) -> bool:
    """Whether ``url`` is within ``MAX_URL_BYTES`` once encoded."""
    if len(url) <= MAX_URL_BYTES // 4:  # four bytes a character at most
        return True
    return len(url.encode("utf-8", "surrogatepass")) <= MAX_URL_BYTES


def same_site(url: str, home: str) -> bool:
    """True when ``url`` is on the home page's host or one of its subdomains (www ignored),
    not across a public suffix (``sites.under_site``): from ``github.io`` the blogs at
    ``*.github.io`` are other sites. Both hosts are the ones a browser opens
    (``browser_host``): a start URL "https://site.example\\@other.example/" is fetched from
    site.example, and its articles were dropped as other.example's."""
    return under_site(browser_host(url), browser_host(home))
