"""Refusing private, loopback and link-local addresses (``block_private_addresses``).

Two checks, because a name can resolve differently twice (DNS rebinding): the host's
addresses are resolved and checked before the request, and the address the connection
actually reached is checked as soon as it is open, before a byte of the request is sent
(through httpx's ``trace`` extension). The second check is skipped when the connection goes
to a proxy, which resolves the name itself.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from newsextract.errors import BlockedAddressError, FetchConnectionError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def refusal(address: str) -> str | None:
    """Why ``address`` is refused (``loopback``, ``private``, ...), or None if it is public."""
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "unparsable"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-global"


def _check(addresses: list[str], *, host: str, url: str) -> None:
    for address in addresses:
        why = refusal(address)
        if why is not None:
            raise BlockedAddressError(
                f"{host} resolves to {address}, a {why} address, which is refused",
                url=url,
                address=address,
            )


def _port(hop: httpx.URL) -> int:
    return hop.port or (443 if hop.scheme == "https" else 80)


def _unresolved(host: str, url: str, exc: OSError) -> FetchConnectionError:
    return FetchConnectionError(f"cannot resolve {host}: {exc}", url=url)


async def check_host_async(hop: httpx.URL, *, url: str) -> None:
    """Resolve the host of ``hop`` and refuse it if any of its addresses is not public."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(hop.host, _port(hop), type=socket.SOCK_STREAM)
    except OSError as exc:
        raise _unresolved(hop.host, url, exc) from exc
    _check([str(info[4][0]) for info in infos], host=hop.host, url=url)


def check_host_sync(hop: httpx.URL, *, url: str) -> None:
    try:
        infos = socket.getaddrinfo(hop.host, _port(hop), type=socket.SOCK_STREAM)
    except OSError as exc:
        raise _unresolved(hop.host, url, exc) from exc
    _check([str(info[4][0]) for info in infos], host=hop.host, url=url)


class _PeerCheck:
    """Remembers whether the connection being opened goes to the host itself (no proxy)."""

    def __init__(self, hop: httpx.URL, url: str) -> None:
        self.hop = hop
        self.url = url
        self.direct = False

    def refused_peer(self, name: str, info: dict[str, Any]) -> str | None:
        if name == "connection.connect_tcp.started":
            self.direct = str(info.get("host", "")).lower() == self.hop.host.lower()
        elif name == "connection.connect_tcp.complete" and self.direct:
            peer = info["return_value"].get_extra_info("server_addr")
            if peer and refusal(str(peer[0])) is not None:
                return str(peer[0])
        return None

    def error(self, address: str) -> BlockedAddressError:
        return BlockedAddressError(
            f"{self.hop.host} connected to {address}, a {refusal(address)} address, "
            "which is refused",
            url=self.url,
            address=address,
        )


def peer_trace_async(
    hop: httpx.URL, *, url: str
) -> Callable[[str, dict[str, Any]], Awaitable[None]]:
    """An httpx ``trace`` callback that closes a connection to a refused address."""
    check = _PeerCheck(hop, url)

    async def trace(name: str, info: dict[str, Any]) -> None:
        address = check.refused_peer(name, info)
        if address is not None:
            await info["return_value"].aclose()
            raise check.error(address)

    return trace


def peer_trace_sync(hop: httpx.URL, *, url: str) -> Callable[[str, dict[str, Any]], None]:
    check = _PeerCheck(hop, url)

    def trace(name: str, info: dict[str, Any]) -> None:
        address = check.refused_peer(name, info)
        if address is not None:
            info["return_value"].close()
            raise check.error(address)

    return trace
