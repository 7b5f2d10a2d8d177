"""Discovery end to end against loopback sites, feeds and sitemaps the tests serve."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.discovery.conftest import FAST, MakeSite, StaticSite

from newsextract import FetchOptions, OptionError
from newsextract.cli import main
from newsextract.discovery import SourceFailure, discover


def rss(base: str, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{slug}</title><link>{base}{slug}</link><pubDate>{date}</pubDate></item>"
        for slug, date in items
    )
    channel = f"<channel><title>t</title>{entries}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def urlset(base: str, paths: list[tuple[str, str | None]]) -> bytes:
    urls = "".join(
        f"<url><loc>{base}{p}</loc>{f'<lastmod>{d}</lastmod>' if d else ''}</url>" for p, d in paths
    )
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def index(children: list[str]) -> bytes:
    items = "".join(f"<sitemap><loc>{c}</loc></sitemap>" for c in children)
    return f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'.encode()


HTML = "text/html; charset=utf-8"
XML = "application/xml"


@pytest.fixture
def news_site(make_site: MakeSite) -> StaticSite:
    site = make_site("127.0.0.11", {})
    base = site.url
    home = b"""<html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head>
    <body><a href="/2024/05/03/from-the-home-page-only">x</a></body></html>"""
    site.routes.update(
        {
            "/": (200, HTML, home),
            "/feed": (
                200,
                "application/rss+xml",
                rss(
                    base,
                    [
                        (
                            "/2024/05/02/bridge-reopens-after-repairs",
                            "Thu, 02 May 2024 08:00:00 +0000",
                        ),
                        (
                            "/2024/04/30/council-budget-vote?utm_source=rss",
                            "Tue, 30 Apr 2024 08:00:00 +0000",
                        ),
                    ],
                ),
            ),
            "/robots.txt": (
                200,
                "text/plain",
                f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap_index.xml\n".encode(),
            ),
            "/sitemap_index.xml": (
                200,
                XML,
                index([f"{base}/sitemap-2024.xml.gz", f"{base}/sitemap_index.xml"]),
            ),
            "/sitemap-2024.xml.gz": (
                200,
                "application/gzip",
                gzip.compress(
                    urlset(
                        base,
                        [
                            ("/2024/05/01/market-opens-on-the-quay", "2024-05-01T10:00:00+00:00"),
                            ("/2024/04/30/council-budget-vote", "2024-04-30T09:00:00+00:00"),
                            ("/2023/01/01/old-story-from-last-year", "2023-01-01T09:00:00+00:00"),
                        ],
                    )
                ),
            ),
        }
    )
    return site


def test_site_feeds_and_sitemaps_newest_first(news_site: StaticSite) -> None:
    failures: list[object] = []
    found = list(discover(news_site.url + "/", fetch_options=FAST, failures=failures))
    base = news_site.url
    assert [f.url for f in found] == [
        f"{base}/2024/05/02/bridge-reopens-after-repairs",
        f"{base}/2024/05/01/market-opens-on-the-quay",
        f"{base}/2024/04/30/council-budget-vote",
        f"{base}/2023/01/01/old-story-from-last-year",
    ]
    merged = found[2]  # listed by the feed (with a tracking parameter) and the sitemap: once
    assert merged.via == "feed" and merged.title is not None
    assert failures == []  # the index listing itself is skipped, not an error
    assert news_site.hits["/sitemap_index.xml"] == 1


def test_filters_since_pattern_limit(news_site: StaticSite) -> None:
    found = list(
        discover(
            news_site.url + "/",
            fetch_options=FAST,
            since=datetime(2024, 5, 1, tzinfo=UTC),
            include=r"/2024/",
        )
    )
    assert [f.url.rsplit("/", 1)[-1] for f in found] == [
        "bridge-reopens-after-repairs",
        "market-opens-on-the-quay",
    ]
    assert len(list(discover(news_site.url + "/", fetch_options=FAST, limit=1))) == 1


def test_a_feed_or_a_sitemap_as_the_start(news_site: StaticSite) -> None:
    assert len(list(discover(news_site.url + "/feed", fetch_options=FAST))) == 2
    assert len(list(discover(news_site.url + "/sitemap_index.xml", fetch_options=FAST))) == 3


def test_links_fallback_and_robots(make_site: MakeSite) -> None:
    site = make_site("127.0.0.12", {})
    site.routes.update(
        {
            "/": (
                200,
                HTML,
                b"""<html><body><nav><a href="/politics/">Politics</a></nav>
            <a href="/politics/the-council-votes-on-a-new-budget">Budget vote</a>
            <a href="/tag/budget">tag</a><a href="/private/secret-story-about-things">x</a>
            </body></html>""",
            ),
            "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private\n"),
        }
    )
    found = list(discover(site.url + "/", fetch_options=FAST))
    assert [(f.url, f.via) for f in found] == [
        (f"{site.url}/politics/the-council-votes-on-a-new-budget", "links"),
        (f"{site.url}/private/secret-story-about-things", "links"),
    ]


def test_bad_sources_fail_alone(make_site: MakeSite) -> None:
    site = make_site("127.0.0.13", {})
    base = site.url

    def endless() -> Iterator[bytes]:
        yield b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        chunk = b"<url><loc>" + base.encode() + b"/x</loc></url>" * 1000
        for _ in range(100_000):  # far more than the cap: the fetcher stops reading
            yield chunk

    site.routes.update(
        {
            "/": (
                200,
                HTML,
                b'<html><head><link rel="alternate" type="application/rss+xml" '
                b'href="/broken-feed"></head></html>',
            ),
            "/broken-feed": (200, "application/rss+xml", b"<rss><channel><item><title>oops"),
            "/robots.txt": (
                200,
                "text/plain",
                "".join(
                    f"Sitemap: {base}/{name}\n" for name in ("huge.xml", "ok.xml", "self.xml")
                ).encode(),
            ),
            "/huge.xml": (200, XML, endless),
            "/self.xml": (200, XML, index([f"{base}/self.xml"])),
            "/ok.xml": (
                200,
                XML,
                urlset(base, [("/2024/02/02/the-one-good-story-here", "2024-02-02")]),
            ),
        }
    )
    failures: list[object] = []
    small = FetchOptions(
        per_host_delay=0.0, retries=0, trust_env=False, max_bytes=1_000_000, total_timeout=10
    )
    found = list(discover(base + "/", fetch_options=small, failures=failures))
    assert [f.url for f in found] == [f"{base}/2024/02/02/the-one-good-story-here"]
    by_source = {f.source.rsplit("/", 1)[-1]: f for f in failures if isinstance(f, SourceFailure)}
    assert set(by_source) == {"broken-feed", "huge.xml"}
    assert by_source["huge.xml"].error_type == "ResponseTooLargeError"


def test_feed_in_the_wrong_encoding(make_site: MakeSite) -> None:
    site = make_site("127.0.0.14", {})
    body = rss(
        site.url, [("/2024/03/03/cafe-reopens-on-the-square", "Sun, 03 Mar 2024 08:00:00 +0000")]
    )
    body = body.replace(b"<title>/2024", "<title>Café ".encode("latin-1") + b"/2024")
    site.routes["/feed"] = (200, "application/rss+xml; charset=utf-8", body)
    [item] = discover(site.url + "/feed", fetch_options=FAST)
    assert item.url.endswith("cafe-reopens-on-the-square")


def test_unreachable_start_is_a_failure_not_a_crash() -> None:
    failures: list[object] = []
    assert list(discover("http://127.0.0.15:9/", fetch_options=FAST, failures=failures)) == []
    assert len(failures) == 1


def test_failures_come_back_with_the_result() -> None:
    run = discover("http://127.0.0.15:9/", fetch_options=FAST)
    assert run.failures == ()  # nothing has run yet
    assert list(run) == []
    [failure] = run.failures
    assert isinstance(failure, SourceFailure) and failure.source == "http://127.0.0.15:9/"


def test_a_run_stopped_early_can_be_closed(news_site: StaticSite) -> None:
    run = discover(news_site.url + "/", fetch_options=FAST)
    first = next(run)
    run.close()
    assert first.url.endswith("bridge-reopens-after-repairs")
    assert list(run) == []


@pytest.mark.parametrize("pattern", ["(", "a{99999999999}", "(" * 1_000 + ")" * 1_000])
def test_a_bad_regex_fails_before_any_fetch(news_site: StaticSite, pattern: str) -> None:
    """An OptionError: re raised re.error, OverflowError or RecursionError, untyped."""
    with pytest.raises(OptionError, match="exclude takes a regular expression") as raised:
        discover(news_site.url + "/", fetch_options=FAST, exclude=pattern)
    assert raised.value.field == "exclude"
    assert news_site.hits == {}


def test_a_regex_re_cannot_repeat_so_often_is_one_line_from_the_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["discover", "--include", "a{99999999999}", "http://127.0.0.1:9/"])
    assert exited.value.code == 2
    assert "not a valid regex: 'a{99999999999}'" in capsys.readouterr().err.splitlines()[-1]


@pytest.mark.parametrize("command", ["discover", "crawl"])
def test_cli_environment_error_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    from newsextract.cli import main

    (tmp_path / "file").write_text("")
    cache = str(tmp_path / "file" / "cache")  # below a file: cannot be made
    argv = [command, "http://127.0.0.15:9/", "--cache-dir", cache, "--delay", "0"]
    if command == "crawl":
        argv += ["-o", str(tmp_path / "out.jsonl")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsextract{' crawl' if command == 'crawl' else ''}: error: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("option", ["--include", "--exclude"])
def test_cli_discover_bad_regex_is_a_usage_error(
    news_site: StaticSite, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsextract.cli import main

    with pytest.raises(SystemExit) as info:
        main(["discover", news_site.url + "/", option, "(", "--delay", "0"])
    assert info.value.code == 2
    assert "not a valid regex" in capsys.readouterr().err


def test_cli_discover_lists_urls(news_site: StaticSite) -> None:
    from newsextract.cli import main

    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        code = main(
            ["discover", news_site.url + "/", "--format", "jsonl", "--limit", "2", "--delay", "0"]
        )
    assert code == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["url"].rsplit("/", 1)[-1] for r in rows] == [
        "bridge-reopens-after-repairs",
        "market-opens-on-the-quay",
    ]


def test_crawl_discovers_fetches_extracts_and_resumes(make_site: MakeSite, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import contextlib
    from pathlib import Path

    from newsextract.cli import main

    page = (Path(__file__).parents[1] / "fixtures" / "fr_wordpress_byline_par.html").read_bytes()
    site = make_site("127.0.0.16", {})
    base = site.url
    stories = [
        ("/2024/05/02/first-story-of-the-day", "Thu, 02 May 2024 08:00:00 +0000"),
        ("/2024/05/01/second-story-of-the-week", "Wed, 01 May 2024 08:00:00 +0000"),
    ]
    site.routes.update(
        {
            "/feed": (200, "application/rss+xml", rss(base, stories)),
            stories[0][0]: (200, HTML, page),
            stories[1][0]: (200, HTML, page),
            "/2024/05/03/a-newer-story-appears": (200, HTML, page),
        }
    )
    out = tmp_path / "crawl.jsonl"
    argv = [
        "crawl",
        base + "/feed",
        "-o",
        str(out),
        "--per-host-delay",
        "0",
        "--workers",
        "1",
        "--since",
        "2024-04-01",
        "--no-progress",
    ]
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(argv) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["input"] for r in rows) == sorted(base + s for s, _ in stories)
    assert all(r["authors"] == ["Camille Lefèvre"] for r in rows)
    stories.insert(0, ("/2024/05/03/a-newer-story-appears", "Fri, 03 May 2024 08:00:00 +0000"))
    site.routes["/feed"] = (200, "application/rss+xml", rss(base, stories))
    with contextlib.redirect_stderr(err):
        assert main([*argv, "--resume"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["input"] for r in rows) == sorted(base + s for s, _ in stories)
    assert site.hits[stories[1][0]] == 1  # not fetched again
