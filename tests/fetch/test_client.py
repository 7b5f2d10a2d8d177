"""An httpx client can be injected; the fetcher then leaves it open."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from newsextract import AsyncFetcher, Fetcher

from .servers import Site, fast_options


def test_injected_client(site: Site) -> None:
    with httpx.Client(headers={"X-Team": "newsroom"}) as client:
        with Fetcher(fast_options(), client=client) as fetcher:
            page = fetcher.fetch(site.url("/page"))
        assert page.status == 200
        assert client.get(site.url("/page")).status_code == 200  # still open
    [headers, _] = [h for _, path, h in site.log if path == "/page"]
    assert headers["x-team"] == "newsroom"
    assert headers["user-agent"].startswith("newsextract/")


@pytest.mark.anyio
async def test_injected_async_client(site: Site) -> None:
    async with httpx.AsyncClient(headers={"X-Team": "newsroom"}) as client:
        async with AsyncFetcher(fast_options(), client=client) as fetcher:
            page = await fetcher.fetch(site.url("/page"))
        assert page.status == 200
        assert (await client.get(site.url("/page"))).status_code == 200
    assert site.log[1][2]["x-team"] == "newsroom"


@pytest.mark.parametrize(
    "own",
    [{"proxy": "http://127.0.0.9:3128"}, {"block_private_addresses": True}, {"resolver": True}],
    ids=lambda own: next(iter(own)),
)
def test_connection_options_need_the_fetchers_own_client(own: dict[str, object]) -> None:
    """The injected client makes its own connections: it cannot check or resolve ours."""
    resolver = (lambda host, port: ["127.0.0.1"]) if own.pop("resolver", None) else None
    with httpx.Client() as client, pytest.raises(ValueError, match="injected"):
        Fetcher(fast_options(**own), client=client, resolver=resolver)


def test_proxy_option(site: Site) -> None:
    """Requests go to the proxy, in absolute form; the test site plays the proxy."""
    options = fast_options(proxy=site.url("/").rstrip("/"), respect_robots=False)
    with Fetcher(options) as fetcher:
        page = fetcher.fetch("http://news.invalid/page")
    assert page.final_url == "http://news.invalid/page"
    assert page.status == 200
    assert site.hits["/page"] == 1


def test_environment_proxy_with_trust_env(
    make_site: Callable[..., Site], monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP_PROXY is honoured as httpx would, and NO_PROXY hosts go direct, through the
    fetcher's own (resolving, checking) connections."""
    proxy, direct = make_site(), make_site()
    monkeypatch.setenv("HTTP_PROXY", proxy.url("/").rstrip("/"))
    monkeypatch.setenv("NO_PROXY", "direct.example")
    options = fast_options(trust_env=True, respect_robots=False)
    with Fetcher(options, resolver=lambda host, port: [direct.ip]) as fetcher:
        assert fetcher.fetch("http://news.invalid/page").status == 200
        assert fetcher.fetch(f"http://direct.example:{direct.port}/page").status == 200
    assert (proxy.hits["/page"], direct.hits["/page"]) == (1, 1)
