"""Refusing private, loopback and link-local addresses, for URLs that users supply."""

from __future__ import annotations

import socket

import pytest

from newsextract import AsyncFetcher, BlockedAddressError, FetchConnectionError, Fetcher
from newsextract.fetching.dns import refusal

from .servers import Site, fast_options, fetch_once

IDN = "rébind.example"
IDN_ASCII = "xn--rbind-bsa.example"  # how the name goes on the wire
PUBLIC = "93.184.216.34"


class FakeDNS:
    """A resolver to inject: names to addresses; remembers the names it was asked for."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.answers[host]


def test_loopback_is_refused_when_asked(site: Site) -> None:
    with (
        Fetcher(fast_options(block_private_addresses=True)) as fetcher,
        pytest.raises(BlockedAddressError) as caught,
    ):
        fetcher.fetch(site.url("/page"))
    assert caught.value.address == site.ip
    assert "loopback" in str(caught.value)
    assert site.hits == {}  # not even robots.txt was asked for


@pytest.mark.anyio
async def test_loopback_is_refused_async(site: Site) -> None:
    async with AsyncFetcher(fast_options(block_private_addresses=True)) as fetcher:
        with pytest.raises(BlockedAddressError):
            await fetcher.fetch(site.url("/page"))
    assert site.hits == {}


def test_hostnames_are_resolved_first(site: Site) -> None:
    with (
        Fetcher(fast_options(block_private_addresses=True)) as fetcher,
        pytest.raises(BlockedAddressError, match="localhost resolves to"),
    ):
        fetcher.fetch(f"http://localhost:{site.port}/page")


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("name", [IDN, IDN_ASCII])
def test_idn_host_with_a_loopback_address_is_refused(site: Site, kind: str, name: str) -> None:
    """The first address is public, the second loopback: the host is refused whole, however
    it is spelt, before anything is sent to it."""
    dns = FakeDNS({IDN_ASCII: [PUBLIC, site.ip]})
    options = fast_options(block_private_addresses=True)
    with pytest.raises(BlockedAddressError) as caught:
        fetch_once(kind, f"http://{name}:{site.port}/page", options, resolver=dns)
    assert caught.value.address == site.ip
    assert f"{IDN_ASCII} resolves to {site.ip}, a loopback address" in str(caught.value)
    assert site.hits == {}
    assert dns.asked == [IDN_ASCII]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_connections_go_to_the_address_resolved(site: Site, kind: str) -> None:
    """The resolver's answer is what the connection uses: the name is looked up once, so no
    second answer (DNS rebinding) can differ from the one that was checked."""
    dns = FakeDNS({IDN_ASCII: [site.ip]})
    options = fast_options(respect_robots=False)
    page = fetch_once(kind, f"http://{IDN}:{site.port}/page", options, resolver=dns)
    assert page.status == 200
    assert dns.asked == [IDN_ASCII]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_name_that_does_not_resolve_is_not_retried(site: Site, kind: str) -> None:
    dns = FakeDNS({})
    with pytest.raises(FetchConnectionError, match=r"cannot resolve nowhere\.example"):
        fetch_once(kind, "http://nowhere.example/page", fast_options(retries=3), resolver=dns)
    assert dns.asked == ["nowhere.example"]


def test_allowed_by_default(site: Site) -> None:
    with Fetcher(fast_options()) as fetcher:
        assert fetcher.fetch(site.url("/page")).status == 200


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("fd00::1", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("0.0.0.0", "private"),
        ("224.0.0.1", "multicast"),
        ("100.64.0.1", "non-global"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_refusal(address: str, why: str | None) -> None:
    assert refusal(address) == why
