"""Fixtures of the store tests: loopback news sites."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from tests.store import postgres
from tests.store.newssite import NewsSite, Story
from tests.store.postgres import PostgresServer


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


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the session (skipped where initdb is not installed)."""
    if not postgres.available():
        pytest.skip(
            "PostgreSQL's initdb and pg_ctl are not on PATH: the PostgreSQL tests need them"
        )
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, request: pytest.FixtureRequest) -> str:
    """The URL of a new, empty database on the session's server, named after the test."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    return postgres_server.create_database(name)
