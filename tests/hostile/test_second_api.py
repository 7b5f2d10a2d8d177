"""Second blind red team, wave 57: the Python API given values of the wrong type or at the
edges (options of integers for counts, a 2**63 byte cap, negative and NaN times, a billion
workers), and addresses that are homographs of a rule's domain or hold userinfo.

Expected outcome: an ``OptionError`` (a ``NewsExtractError``) as the options are made, or a
documented coercion; a rule matches its own host and subdomains only. Bound: a second a call,
and no run of a billion processes."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import newsextract
from newsextract import FetchOptions, FieldRule, NewsExtractError, SiteRule

from .blind import attack, held
from .second import page

BAD_FETCH = {
    "timeout-negative": {"total_timeout": -1},
    "timeout-nan": {"read_timeout": math.nan},
    "max-bytes-negative": {"max_bytes": -1},
    "max-bytes-str": {"max_bytes": "10"},
    "concurrency-zero": {"per_host_concurrency": 0},
    "pending-negative": {"max_pending": -5},
    "retries-negative": {"retries": -1},
    "redirects-negative": {"max_redirects": -1},
    "user-agent-bytes": {"user_agent": b"agent"},
    "proxy-int": {"proxy": 5},
    "proxy-no-url": {"proxy": "::::"},
    "proxy-other-scheme": {"proxy": "ftp://127.0.0.1:1"},
    "cache-dir-int": {"cache_dir": 5},
    "cache-dir-bytes": {"cache_dir": b"/tmp/x"},
}


@pytest.mark.parametrize("changes", list(BAD_FETCH.values()), ids=list(BAD_FETCH))
def test_fetch_options_out_of_range_or_of_the_wrong_type(changes: dict[str, object]) -> None:
    # Each is an OptionError as the options are made, or at the latest a NewsExtractError
    # of the fetch that uses them (a proxy of 5 was a TypeError of httpx's, "::::" its
    # InvalidURL, cache_dir=5 a TypeError of pathlib's). Huge counts (retries=10**9,
    # max_bytes=2**63) are the caller's to choose: every fetch stays bounded by its timeouts
    # and max_retry_wait, so they are not attacked here.
    try:
        options = FetchOptions(**{"respect_robots": False, "retries": 0, **changes})  # type: ignore[arg-type]
    except NewsExtractError:
        return
    with pytest.raises(NewsExtractError):
        newsextract.fetch("http://127.0.0.1:9/a", options=options)


@pytest.mark.parametrize(
    "changes",
    [{"workers": 10**9}, {"workers": 0}, {"workers": -1}, {"chunksize": 0}, {"chunksize": 10**12},
     {"workers": 2.5}, {"workers": "2"}],
    ids=["workers-billion", "workers-zero", "workers-negative", "chunk-zero", "chunk-huge",
         "workers-float", "workers-str"],
)  # fmt: skip
def test_batch_counts_out_of_range(changes: dict[str, object], tmp_path: Path) -> None:
    # A billion workers would start processes until the machine falls over: an OptionError
    # before any, or a count the machine can run. Bound: 20 s, 400 MB for the whole try.
    path = tmp_path / "p.html"
    path.write_text(page())
    body = f"""
    items = list(newsextract.batch([{str(path)!r}], **{changes!r}))
    outcome["rows"] = len(items)
    """
    outcome = attack(body, seconds=20, megabytes=400)
    assert held(outcome, 20), outcome
    assert outcome.get("typed") in (None, "OptionError"), outcome
    assert "typed" in outcome or outcome.get("rows") == 1, outcome


@pytest.mark.parametrize(
    "kwargs",
    [{"favor": None}, {"language": 5}, {"language": "e\x00n"}, {"date_search": 1},
     {"body": b"none"},
     {"fetched_at": "2024-05-02"}, {"fetched_at": 1714636800}, {"rules": "rules/"},
     {"rules": [None]}, {"rules": [5, "x"]}, {"default_rules": "no"}],
)  # fmt: skip
def test_extract_options_of_the_wrong_type(kwargs: dict[str, object]) -> None:
    try:
        article = newsextract.extract(page(), **kwargs)  # type: ignore[arg-type]
    except NewsExtractError:
        return
    assert article.title == "Harbour plan"


RULE = SiteRule(name="ex", domains=("example.org",), fields={"title": FieldRule(selectors=("p",))})

OWN = ["https://example.org/a", "https://news.example.org/a", "https://EXAMPLE.ORG/a",
       "https://example.org./a",
       "https://user:pw@example.org/a", "https://example.org:8443/a"]  # fmt: skip
OTHERS = [
    "https://exаmple.org/a",  # a Cyrillic a
    "https://xn--exmple-4nf.org/a",  # the same, as the DNS writes it
    "https://evil-example.org/a",
    "https://example.org.evil.test/a",
    "https://example.org@evil.test/a",
    "https://evil.test/example.org",
    "https://evil.test/?u=https://example.org/a",
    "https://evil.test#@example.org",
    "https://exampleorg/a",
    "https://ｅxample.org.evil.test/a",
]


@pytest.mark.parametrize("url", OWN)
def test_a_rule_matches_its_own_host(url: str) -> None:
    assert newsextract.extract(page(), url, rules=[RULE]).rule == "ex", url


@pytest.mark.parametrize("url", OTHERS)
def test_a_rule_matches_no_homograph_nor_other_host(url: str) -> None:
    assert newsextract.extract(page(), url, rules=[RULE]).rule is None, url


@pytest.mark.parametrize("url", OTHERS)
def test_a_page_declaring_a_homograph_canonical_matches_no_rule(url: str) -> None:
    html = page().replace("<head>", f"<head><link rel='canonical' href='{url}'>")
    assert newsextract.extract(html, rules=[RULE]).rule is None, url
