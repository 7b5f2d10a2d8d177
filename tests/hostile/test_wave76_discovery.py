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

import pytest

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
