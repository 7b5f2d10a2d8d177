"""Whether two hosts are one site: one is the other or under it, and no public suffix lies
between them.

A host under a public suffix is its own site, whoever runs the suffix: ``a.github.io`` and
``b.blogspot.com`` are tenants of a platform, not parts of ``github.io`` or ``blogspot.com``.
Read by host names alone, a blog at ``x.github.io`` naming ``github.io``'s (or, through it,
another tenant's) page as its canonical took that page's row in the store. The public
suffix list (its ICANN and private sections) is ``tld``'s copy, as ``benchmarks/split.py``
and ``metadata.site_names`` read it. A host no suffix in the list ends (``localhost``,
``news.example``) is read by its names alone, as before.
"""

from __future__ import annotations

import functools
import ipaddress

# Hosts whose registrable domain is kept: a page's links name a handful of hosts, each
# looked up in the suffix list once.
_KEPT_HOSTS = 1024


def bare_host(host: str) -> str:
    """``host`` in lower case without a trailing dot or a leading ``www.``."""
    return host.lower().rstrip(".").removeprefix("www.")


@functools.lru_cache(maxsize=_KEPT_HOSTS)
def registrable_domain(host: str) -> str | None:
    """The registrable domain of ``host`` ("bbc.co.uk" of news.bbc.co.uk, "a.github.io" of
    b.a.github.io); None for a public suffix itself ("github.io", "co.uk") and for a host
    the list does not know (an IP address, ``localhost``, an unlisted top-level name)."""
    # tld loads urllib.request (http.client, email): imported on first use.
    from tld import get_tld
    from tld.utils import Result

    if "xn--" in host:
        host = _unicode_host(host)
    try:
        found = get_tld(host, as_object=True, fail_silently=True, fix_protocol=True)
    except ValueError:  # a host urllib cannot split
        return None
    if not isinstance(found, Result) or not found.domain or found.fld == found.tld:
        return None
    return str(found.fld)


def _unicode_host(host: str) -> str:
    """``host`` with its ``xn--`` labels in Unicode, as ``tld``'s suffix list spells them:
    read in ASCII, "xn--12c1fe0br.xn--o3cw4h" (a public suffix, ศึกษา.ไทย) was a registrable
    domain, and ``browser_host`` gives every host in that form, so a tenant under it was
    under the suffix and a canonical link from one took the suffix's row. A label IDNA
    refuses leaves the host as it is."""
    import idna  # httpx's own dependency; loaded for an internationalised host only

    try:
        return str(idna.decode(host))
    except idna.IDNAError:
        return host


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def under_site(host: str, site: str) -> bool:
    """Whether ``host`` is ``site`` or a host under it (``www.`` aside on both), on the same
    registrable domain: ``blog.example.fr`` is under ``example.fr``, ``a.github.io`` is not
    under ``github.io``, and an IP address is under itself only."""
    host, site = bare_host(host), bare_host(site)
    if not host or not site:
        return False
    if host == site:
        return True
    if not host.endswith("." + site) or _is_ip(host) or _is_ip(site):
        return False
    # both None: a host the list does not know, read by its names alone
    return registrable_domain(host) == registrable_domain(site)


def same_site(host: str, other: str) -> bool:
    """Whether ``host`` and ``other`` are one site: one is the other or under it
    (``under_site``), a mobile page's desktop host as well as a blog's subdomain."""
    return under_site(host, other) or under_site(other, host)
