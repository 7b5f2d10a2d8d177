"""Fixtures of the store tests: loopback news sites."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from tests.store.newssite import NewsSite, Story


@pytest.fixture
def make_news_site() -> Iterator[Callable[[str, dict[str, Story]], NewsSite]]:
    sites: list[NewsSite] = []

    def make(ip: str, stories: dict[str, Story]) -> NewsSite:
        site = NewsSite(ip, stories)
        sites.append(site)
        return site

    yield make
    for site in sites:
        site.close()
