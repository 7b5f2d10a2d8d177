"""Long fuzz run of ``extract``: the strategies of tests/test_fuzz_extract.py, many more cases.

    .venv/bin/python benchmarks/fuzz_extract.py                 # 5,000 cases per strategy
    .venv/bin/python benchmarks/fuzz_extract.py --cases 500     # a quick look

Every case must give an Article or a NewsExtractError that is a verdict on the input (see
``tests/hostile_inputs.is_unexpected``). Failures are collected, not raised, so one run
reports them all; the exit code is 1 if there were any. Prints cases, failures by kind and
the slowest case of each strategy.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import newsextract

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_inputs import (  # found through the path set just above
    broken_metadata_page,
    extract_or_error,
    is_unexpected,
    mutated_fixture,
    tag_soup,
)

_ARTICLE = (
    "<article><h1>Harbour plan</h1>"
    + "<p>The council voted on the new harbour plan after a long debate on costs.</p>" * 4
    + "</article>"
)
_LETTERS = "abcdefghijklmnopqrstuvwxy"
# Shapes built to be expensive (the hostile rounds' findings and their neighbours), each a
# function of a count; the strategy draws the shape, the count and where it goes.
_SHAPES: dict[str, Any] = {
    "nested-table": lambda n: "<table><tr><td>" * n + "x" + "</td></tr></table>" * n,
    "nested-list": lambda n: "<ul><li>" * n + "x" + "</li></ul>" * n,
    "nested-inline": lambda n: "<a><b><i><span><em>" * n + "text",
    "siblings": lambda n: "<div>" + "<span>x</span>" * n + "</div>",
    "br-lines": lambda n: "<p>" + "a<br>" * n + "</p>",
    "giant-text": lambda n: "<div>" + "word " * (n * 20) + "</div>",
    "giant-word": lambda n: "<p>" + "é" * (n * 50) + "</p>",
    "tag-openings": lambda n: "<a" * n,
    "unclosed-quotes": lambda n: '<a b="' * n,
    "comments": lambda n: "<!--" * n,
    "empty-comments": lambda n: "<!---->" * n,
    "cdata": lambda n: "<![CDATA[" * n,
    "entities": lambda n: "&#99999999999; &#x; &#xD800; &#0; &amp &#" * n,
    "srcset": lambda n: '<img srcset="' + ", ".join(f"/i{i}.jpg {i}w" for i in range(n)) + '">',
    "data-uris": lambda n: '<img src="data:image/png;base64,' + "A" * (n * 50) + '">',
    "attributes": lambda n: (
        ("<p " + " ".join(f'a{i}="v"' for i in range(300)) + ">t</p>") * max(1, n // 300)
    ),
    # names without a value, 600 to an element (a page of them and no text of its own was
    # read again by trafilatura's fallback, 1-2 s, before too_many_for_fallback)
    "bare-attributes": lambda n: (
        ("<p " + " ".join(a + b for a in _LETTERS for b in _LETTERS[:24]) + ">x</p>")
        * max(1, n // 600)
    ),
    "ld-deep": lambda n: _ld("[" * n + "]" * n),
    "ld-deep-author": lambda n: _ld(
        '{"@type":"NewsArticle","author":' + '{"a":' * n + "1" + "}" * (n + 1)
    ),
    "ld-array": lambda n: _ld(
        '{"@type":"NewsArticle","author":['
        + ",".join(f'{{"@type":"Person","name":"A B{i}"}}' for i in range(n))
        + "]}"
    ),
    "ld-numbers": lambda n: _ld(
        '{"@type":"NewsArticle","datePublished":1e999,"dateModified":-1e999,'
        f'"wordCount":{"9" * min(n, 4000)},"headline":"\\ud800\\udfff\\ud800"}}'
    ),
    "ld-scripts": lambda n: _ld('{"@type":"NewsArticle","headline":"x"}') * n,
    "ld-lines": lambda n: _ld('{"@type":"NewsArticle","articleBody":"' + "a\\n" * (n * 5) + '"}'),
    "title": lambda n: "<title>" + "a|" * (n * 20) + "</title>",
    "meta": lambda n: '<meta name="author" content="' + "Ann Bee, " * (n * 5) + '">',
    "years": lambda n: "".join(
        f'<time datetime="{y}-03-01">x</time><meta property="article:published_time" '
        f'content="{y}-03-01T10:00:00Z">'
        for y in ("0000", "99999", "-0001", "-99999", "9999", str(n))
    ),
    "stamps": lambda n: "".join(
        f'<meta name="date" content="{t}"><time datetime="{t}" data-timestamp="{t}">x</time>'
        for t in ("1e20", "100000000000000000000", "-1e20", "1e308", "253402300800", str(n))
    ),
    "nuls": lambda n: "<p>x\x00y</p>\x00" * n,
    # a forum table's cell of one long word (its card pattern was tried from each letter)
    "long-cell": lambda n: (
        "<table>" + f"<tr><td>{'a' * n * 5}</td><td>x</td></tr>" * 3 + "</table>"
    ),
    # paragraphs of capitals (a dateline's place was cut into words in every way)
    "capitals": lambda n: ("<p>" + "A" * min(n * 5, 4_000) + "</p>") * 4,
}


def _ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


# Declarations a page makes of its encoding, true or not: the bytes are UTF-8 (with a BOM or
# as UTF-16 without one, now and then).
_CHARSETS = ["", "utf-7", "utf-16", "utf-16le", "x-unknown-charset", "base64", "iso-8859-1"]


@st.composite
def _hostile_shape(draw: st.DrawFn) -> bytes | str:
    shape = draw(st.sampled_from(sorted(_SHAPES)))
    count = draw(st.sampled_from([1, 10, 100, 1_000, 10_000, 40_000]))
    markup = _SHAPES[shape](count)
    charset = draw(st.sampled_from(_CHARSETS))
    meta = f'<meta charset="{charset}">' if charset else ""
    where = draw(st.sampled_from(["head", "before", "after"]))
    head = meta + (markup if where == "head" else "")
    body = (markup if where == "before" else "") + _ARTICLE + (markup if where == "after" else "")
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    encoding = draw(st.sampled_from(["str", "utf-8", "utf-8-bom", "utf-16le"]))
    if encoding == "str":
        return page
    data = page.encode("utf-16-le" if encoding == "utf-16le" else "utf-8", "surrogatepass")
    return b"\xef\xbb\xbf" + data if encoding == "utf-8-bom" else data


# Where a run of one character (or a few) goes, and what opens it: the regexes that read
# lines, cells, captions, bylines and dates are tried on every run (32nd hostile round).
_PLACES = {
    "paragraph": "<p>{}</p>",
    "cells": "<table><tr><td>{0}</td><td>{0}</td></tr><tr><td>a</td><td>b</td></tr></table>",
    "list": "<ul><li><a href='/a'>x</a>{0}</li><li><a href='/b'>{0}</a></li></ul>",
    "caption": "<figure><img src='a.jpg'><figcaption>{}</figcaption></figure>",
    "byline": "<p class='byline'>{}</p>",
    "heading": "<h2>{}</h2>",
    "time": "<time>{}</time>",
    "lines": "<p>{0}<br>{0}</p>",
    "meta": "<meta name='author' content='{0}'><meta property='og:title' content='{0}'>",
    "json-ld": _ld(
        '{{"@type":"NewsArticle","headline":"{0}","author":"{0}","datePublished":"{0}"}}'
    ),
}
_OPENINGS = ["", "By ", "Published ", "Photo: ", "Posts: ", "1. ", "— ", "(", "© ", "Tags: "]
_RUNS = ["a", "A", "1", "a ", "1 ", ".", "-", ":", ",", "Aa ", "A. ", "1:", "1/", "é", "年", "_"]
_RUNS += ["|", "(", "@", "a.", "x1x", "Ab", "—", "ab1:", "abc:", "a_", "a-", "1.", "Aa, "]


@st.composite
def _character_run(draw: st.DrawFn) -> str:
    place = _PLACES[draw(st.sampled_from(sorted(_PLACES)))]
    run = draw(st.sampled_from(_RUNS)) * draw(st.sampled_from([10, 200, 2_000, 20_000]))
    text = draw(st.sampled_from(_OPENINGS)) + run
    markup = place.format(text.replace("'", "&#39;").replace('"', "&quot;"))
    return f"<html><head><title>Harbour plan</title></head><body>{markup}{_ARTICLE}</body></html>"


# Runs of white space of each kind (33rd hostile round): the regexes that put \s* before a
# separator are quadratic on them, and linear only as long as the texts they read are
# collapsed first; a code block keeps its line breaks, a JSON-LD string its escapes.
_SPACES = [" ", "\t", "\n", "\u00a0", "\u3000", "\u2009", "\u200b", " \u00a0", "&nbsp;"]
_CLOSINGS = ["", ":", "x", "1", "|", " -"]
_WHITE_PLACES = {**_PLACES, "code": "<pre>{}</pre>", "title": "<h1>{}</h1>"}


@st.composite
def _white_space_run(draw: st.DrawFn) -> str:
    place = _WHITE_PLACES[draw(st.sampled_from(sorted(_WHITE_PLACES)))]
    run = draw(st.sampled_from(_SPACES)) * draw(st.sampled_from([100, 5_000, 100_000]))
    text = draw(st.sampled_from(_OPENINGS)) + run + draw(st.sampled_from(_CLOSINGS))
    markup = place.format(text.replace("'", "&#39;").replace('"', "&quot;"))
    return f"<html><head><title>Harbour plan</title></head><body>{markup}{_ARTICLE}</body></html>"


# Addresses a page names itself by, and the one a caller passes (33rd round): credentials,
# unclosed IPv6 hosts, ports out of range, other schemes, controls, overrides, giant ones.
_ADDRESSES = [
    "http://editor:s3cret@news.example/a",
    "https://:s3cret@news.example/",
    "http://a:b@c@news.example/x",
    "http://[::1",
    "http://[::1]:99999/x",
    "http://news.example:abc/",
    "javascript:alert(1)",
    "file:///etc/passwd",
    "//news.example/x",
    "/relative/path",
    "http://news.example/\u202egpj.exe",
    "http://news.example/\x00x",
    "http://news.example/a b",
    "http://xn--/x",
    "http://" + "a" * 70_000 + ".example/",
    "http://news.example/" + "%" * 5_000,
    "data:text/html,<p>x</p>",
    "http://news.example/?" + "a=1&" * 20_000,
]
_ADDRESS_PLACES = [
    "<link rel='canonical' href='{}'>",
    "<meta property='og:url' content='{}'>",
    "<meta property='og:image' content='{}'>",
    "<base href='{}'>",
    _ld('{{"@type":"NewsArticle","url":"{0}","image":"{0}","mainEntityOfPage":"{0}"}}'),
]


@st.composite
def _hostile_address(draw: st.DrawFn) -> tuple[str, str | None]:
    address = draw(st.sampled_from(_ADDRESSES))
    place = draw(st.sampled_from(_ADDRESS_PLACES))
    markup = place.format(address.replace("'", "&#39;").replace('"', "&quot;"))
    url = draw(st.sampled_from([None, *_ADDRESSES]))
    page = f"<html><head><title>Harbour plan</title>{markup}</head><body>{_ARTICLE}</body></html>"
    return page, url


STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "bytes": st.binary(max_size=8192),
    "text": st.text(max_size=4000),
    "tag-soup": tag_soup,
    "broken-metadata": broken_metadata_page,
    "mutated-fixtures": mutated_fixture,
    "hostile-shapes": _hostile_shape(),
    "character-runs": _character_run(),
    "white-space-runs": _white_space_run(),
    "hostile-addresses": _hostile_address(),
}
#: A case taking more CPU seconds than this is counted as slow (a page should answer within
#: about 2 s).
SLOW_SECONDS = 2.0


class Tally:
    def __init__(self) -> None:
        self.cases = 0
        self.outcomes: Counter[str] = Counter()
        self.failures: list[tuple[str, str]] = []
        self.slowest = (0.0, "")
        self.slow = 0

    def record(self, case: bytes | str | tuple[str, str | None]) -> None:
        start = time.process_time()  # CPU: on a loaded machine wall time says little
        if isinstance(case, tuple):  # a page and the URL a caller gives with it
            data, url = case
            error = extract_or_error(data, url=url)
            if error is None and "s3cret" in newsextract.extract(data, url=url).to_json():
                self.failures.append(("a password kept in the Article", repr(case)[:200]))
        else:
            data, error = case, extract_or_error(case)
        elapsed = time.process_time() - start
        self.cases += 1
        self.outcomes["article" if error is None else type(error).__name__] += 1
        if error is not None and is_unexpected(error):
            self.failures.append((f"{type(error).__name__}: {error}", repr(data[:200])))
        self.slow += elapsed > SLOW_SECONDS
        if elapsed > self.slowest[0]:
            self.slowest = (elapsed, repr(data[:120]))


def run(name: str, strategy: st.SearchStrategy[Any], cases: int) -> Tally:
    tally = Tally()

    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],  # every case new; no shrinking (failures are only collected)
    )
    @given(strategy)
    def case(data: bytes | str | tuple[str, str | None]) -> None:
        tally.record(data)

    case()
    return tally


def warm_up() -> None:
    """Import what ``extract`` loads lazily (dateparser, htmldate, trafilatura), so that no
    case's time is an import's."""
    words = "<p>" + "Words of an article that go on. " * 10 + "</p>"
    page = f"<html><body><h1>T</h1><p>Publié le 5 mars 2021 à 10h30</p>{words}</body></html>"
    extract_or_error(page)
    extract_or_error("<html><body><nav><a href=/x>x</a></nav></body></html>")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=5000, help="cases per strategy")
    parser.add_argument("--only", help="comma-separated strategy names")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(STRATEGIES)
    warm_up()
    total = failed = 0
    print("| strategy | cases | failures | slow (> 2 s CPU) | slowest (CPU s) | outcomes |")
    print("| --- | --- | --- | --- | --- | --- |")
    slowest: list[tuple[float, str, str]] = []
    for name in names:
        started = time.perf_counter()
        tally = run(name, STRATEGIES[name], args.cases)
        outcomes = ", ".join(f"{k} {v}" for k, v in tally.outcomes.most_common())
        print(
            f"| {name} | {tally.cases} | {len(tally.failures)} | {tally.slow} | "
            f"{tally.slowest[0]:.3f} | "
            f"{outcomes} |",
            flush=True,
        )
        print(f"  ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        total += tally.cases
        failed += len(tally.failures)
        slowest.append((tally.slowest[0], name, tally.slowest[1]))
        for message, data in tally.failures[:5]:
            print(f"  FAIL {message}\n       input {data}", file=sys.stderr)
    worst = max(slowest)
    print(f"\n{total} cases, {failed} failures; slowest {worst[0]:.3f} s ({worst[1]}): {worst[2]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
