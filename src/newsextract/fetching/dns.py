"""Resolving host names, and refusing private, loopback and link-local addresses.

A fetcher's connections resolve their host once, through its ``Resolver``
(``socket.getaddrinfo`` unless the fetcher was given another), and connect to one of the
addresses found (see ``transport``). With ``block_private_addresses`` every address found is
checked before any connection is opened, and a host with one refused address is refused
whole. As the connection goes to an address that was checked and the name is not looked up
again, a name that resolves to a public address for the check and to a private one for the
connection (DNS rebinding) cannot slip through, and no host spelling (an IDN reaches the
connection in its ASCII ``xn--`` form) is compared with another. Connections to a proxy are
not checked: the proxy resolves the names.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence

import httpcore

from newsextract.errors import BlockedAddressError

Resolver = Callable[[str, int], Sequence[str]]
"""``resolver(host, port)``: the addresses (as text) to connect to, in order of preference.

``host`` is the ASCII form of the name (``xn--`` labels for an IDN). An ``OSError`` (such as
``socket.gaierror``) means the name does not resolve.
"""

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses ``socket.getaddrinfo`` gives for a TCP connection, without repeats."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def refusal(address: str) -> str | None:
    """Why ``address`` is refused (``loopback``, ``private``, ...), or None if it is public."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "unparsable"
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4-mapped address (``::ffff:127.0.0.1``) is that IPv4 address, and a 6to4 one
        # (``2002:7f00:1::``) is routed through the IPv4 address it holds: judged by that,
        # as ``ipaddress`` calls every 6to4 address global whatever it embeds.
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    # Site-local (fec0::/10) is deprecated (RFC 3879) but still routed inside old networks,
    # and ``ipaddress`` calls it global.
    kinds = ("loopback", "link_local", "site_local", "private", "multicast", "unspecified")
    for kind in (*kinds, "reserved"):
        if getattr(ip, f"is_{kind}", False):  # IPv4 addresses have no site_local
            return kind.replace("_", "-")
    return None if ip.is_global else "non-global"


class RefusedAddress(Exception):
    """Raised inside the connection pool; the fetcher turns it into ``BlockedAddressError``
    (which needs the URL asked for, unknown down there)."""

    def __init__(self, host: str, address: str, why: str) -> None:
        super().__init__(f"{host} resolves to {address}, a {why} address, which is refused")
        self.address = address

    def error(self, url: str) -> BlockedAddressError:
        return BlockedAddressError(str(self), url=url, address=self.address)


def addresses(resolver: Resolver, host: str, port: int, *, block: bool) -> list[str]:
    """The addresses to connect to for ``host``; with ``block``, refuse any non-public one."""
    try:
        found = [str(address) for address in resolver(host, port)]
    except (OSError, UnicodeError) as exc:  # the idna codec raises UnicodeError on bad labels
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
    if not found:
        raise httpcore.ConnectError(f"cannot resolve {host}: no address")
    if block:
        for address in found:
            why = refusal(address)
            if why is not None:
                raise RefusedAddress(host, address, why)
    return found
