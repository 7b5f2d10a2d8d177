"""Fixtures: real HTTP servers on 127.0.0.x (see ``servers.py``), stopped after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from .servers import Site, Tracker


@pytest.fixture
def make_site() -> Iterator[Callable[..., Site]]:
    """Start sites on 127.0.0.2, 127.0.0.3, ... (or the address given); stopped afterwards."""
    sites: list[Site] = []

    def make(ip: str | None = None, shared: Tracker | None = None) -> Site:
        site = Site(ip or f"127.0.0.{len(sites) + 2}", shared)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.stop()


@pytest.fixture
def site(make_site: Callable[..., Site]) -> Site:
    return make_site()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
