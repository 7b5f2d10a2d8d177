"""Hostile input, wave 76: a sitemap's URLs against the user's ``--include``/``--exclude``.

The regexes of ``discover --include/--exclude`` (and ``crawl``'s, ``DiscoverOptions``) ran
through Python's ``re``, without bound, on every URL a sitemap lists: ``--include
'(a|aa)+$'`` on one listed URL of 40 letters and a "!" ran past two minutes (the run was
killed). The site, not the user, chooses the URLs. They now run as a rule's ``paths``
regexes do (``rules.patterns``: the ``regex`` module, which avoids most blow-ups, within
``MATCH_SECONDS`` a URL). A URL a regex ran past that on is set aside as skipped, with the
reason; a regex that stalls on ``MAX_REGEX_STALLS`` URLs stops the run with an
``OptionError`` saying so, not a run of hours at a quarter second a URL.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsextract.cli import main
from newsextract.discovery.core import (
    MAX_REGEX_STALLS,
    Discoverer,
    DiscoverOptions,
    Resource,
)
from newsextract.errors import OptionError

SITE = "https://news.example"
STALLING = SITE + "/news/" + "a" * 40 + "!"


class _Sitemap:
    """A fetcher serving one sitemap listing ``urls``."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls

    def get(self, url: str) -> Resource:
        entries = "".join(f"<url><loc>{address}</loc></url>" for address in self.urls)
        body = f'<?xml version="1.0"?><urlset>{entries}</urlset>'.encode()
        return Resource(url=url, content=body, media_type="application/xml")


def _run(urls: list[str], **options: object) -> tuple[list[str], Discoverer]:
    discoverer = Discoverer(_Sitemap(urls), DiscoverOptions(**options))  # type: ignore[arg-type]
    found = [item.url for item in discoverer.discover(SITE + "/sitemap.xml")]
    return found, discoverer


@pytest.mark.parametrize("option", ["include", "exclude"])
def test_a_url_a_regex_stalls_on_is_skipped_with_the_reason(
    option: str, caplog: pytest.LogCaptureFixture
) -> None:
    plain = SITE + "/news/harbour-works-resume"
    regex = "(a|aa)+$" if option == "include" else "(a|aa)+$|nothing"
    found, discoverer = _run([plain, STALLING], **{option: regex})
    assert STALLING not in found
    assert any(STALLING in record.getMessage() for record in caplog.records)  # crawl's view
    (skipped,) = [item for item in discoverer.skipped if item.url == STALLING]
    assert option in skipped.reason and "ran past" in skipped.reason
    if option == "exclude":
        assert found == [plain]


def test_a_regex_that_stalls_again_and_again_stops_the_run() -> None:
    urls = [SITE + "/news/" + "a" * (40 + n) + "!" for n in range(MAX_REGEX_STALLS + 5)]
    with pytest.raises(OptionError, match="include"):
        _run(urls, include="(a|aa)+$")


def test_ordinary_regexes_keep_their_meaning() -> None:
    urls = [SITE + "/news/harbour-works-resume", SITE + "/sport/cup-final", STALLING]
    found, _ = _run(urls, include=r"/news/[\w-]+$", exclude="cup")
    assert found == [SITE + "/news/harbour-works-resume"]
    found, _ = _run(urls, include=r"(?i)/NEWS/")
    assert sorted(found) == sorted([SITE + "/news/harbour-works-resume", STALLING])


@pytest.fixture
def stalling_sitemap() -> Iterator[str]:
    """A loopback server whose sitemap lists one URL the regex stalls on and one plain."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            if self.path == "/robots.txt":
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            urls = [base + "/news/harbour-works", base + "/news/" + "a" * 40 + "!"]
            entries = "".join(f"<url><loc>{url}</loc></url>" for url in urls)
            data = f'<?xml version="1.0"?><urlset>{entries}</urlset>'.encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sitemap.xml"
    server.shutdown()
    server.server_close()


def test_discover_without_skipped_rows_says_what_it_set_aside(
    stalling_sitemap: str, capsys: pytest.CaptureFixture[str]
) -> None:
    options = ["--no-articles-only", "--delay", "0", "--include", "(a|aa)+$|harbour"]
    status = main(["discover", *options, stalling_sitemap])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert out.strip().endswith("/news/harbour-works")
    assert "a" * 40 + "!: the include regex ran past" in err
