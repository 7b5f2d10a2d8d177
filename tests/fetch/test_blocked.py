"""Refusing private, loopback and link-local addresses, for URLs that users supply."""

from __future__ import annotations

import pytest

from newsextract import AsyncFetcher, BlockedAddressError, Fetcher
from newsextract.fetching.dns import refusal

from .servers import Site, fast_options


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
