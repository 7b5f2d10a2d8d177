"""IPv6 site-local addresses (fec0::/10, deprecated by RFC 3879 but still routed inside old
networks) passed ``block_private_addresses``: ``ipaddress`` calls them global."""

from __future__ import annotations

import pytest

from newsextract.errors import BlockedAddressError
from newsextract.fetching.dns import refusal

from .servers import Site, fast_options, fetch_once
from .test_blocked import FakeDNS


@pytest.mark.parametrize("address", ["fec0::1", "feff:ffff::1", "fec0::1%eth0"])
def test_a_site_local_address_is_refused(address: str) -> None:
    assert refusal(address) == "site-local"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_a_host_resolving_to_a_site_local_address_is_refused(site: Site, kind: str) -> None:
    dns = FakeDNS({"intranet.example": ["fec0::10"]})
    options = fast_options(block_private_addresses=True)
    with pytest.raises(BlockedAddressError, match="site-local"):
        fetch_once(kind, f"http://intranet.example:{site.port}/page", options, resolver=dns)
    assert site.hits == {}
