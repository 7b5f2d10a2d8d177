"""The third blind red team (wave 58), on cost: pages of 1 MB or less built to make the library
slow or hungry (regexes that backtrack, date parsing on every date-looking place, work that
grows with the square of a count, deep nesting), costly rule selectors, and a batch of such
pages. Each must give an article or a typed error within 2 CPU seconds and 200 MB (the bound
is the test; ``third.py`` runs each in a forked child). Holes found are strict xfails."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

import newsextract
from newsextract import BodyRule, FieldRule, SiteRule
from newsextract.explain_report import explain_report
from newsextract.rules.tooling import explain

from .third import CPU_BOUND, HOLE_GUARD, HUNGRY, MONTHS, WALL_GUARD, page, para, within_bounds

URL = "https://news.example/news/quay-works"  # no date in it: the date search reads the page


def _jsonld(node: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


_META_DATES = [
    *("article:published_time", "article:modified_time", "og:updated_time", "date", "pubdate"),
    *("publishdate", "DC.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"),
    *("datePublished", "last-modified"),
]

ATTACKS: dict[str, Callable[[], str]] = {
    # Runs of one character or fragment, for regexes that backtrack.
    "a_run_of_a_million_digits": lambda: para("1" * 1_000_000),
    "a_run_of_dotted_date_fragments": lambda: para("12." * 330_000),
    "spaced_dotted_date_fragments": lambda: para("12.12.12 " * 110_000),
    "a_run_of_a_million_dashes": lambda: para("-" * 1_000_000),
    "a_run_of_spaced_dashes": lambda: para("- " * 500_000),
    "a_million_spaces_between_two_words": lambda: para("a" + " " * 1_000_000 + "b"),
    "par_par_par_as_a_byline": lambda: page("<p>Par " + "Par " * 200_000 + "</p>"),
    "by_and_and_and_as_a_byline": lambda: page("<p>By " + "and " * 200_000 + "</p>"),
    "a_byline_of_60000_names": lambda: page(
        "<p>By " + ", ".join(f"Anna Berg{i}" for i in range(60_000)) + "</p>"
    ),
    "unclosed_brackets": lambda: para("(" * 500_000 + "[" * 250_000),
    "unclosed_quotes": lambda: para('"' * 300_000 + "«" * 100_000 + "'" * 200_000),
    "thousands_of_month_names_in_a_line": lambda: para(" ".join([MONTHS] * 12_000)),
    "month_and_day_pairs": lambda: para(
        " ".join(f"{m} {d}," for d in range(1, 29) for m in MONTHS.split()) * 150
    ),
    "a_run_of_iso_stamps": lambda: para("2020-01-01T12:00:00+01:00" * 40_000),
    "a_run_of_clock_colons": lambda: para("12:" * 330_000),
    "a_run_of_arabic_indic_date_fragments": lambda: para("١٢." * 300_000),
    "a_run_of_hyphenated_letters": lambda: para("a-" * 500_000),
    "a_paragraph_of_1mb_without_spaces": lambda: para("x" * 1_000_000),
    "a_paragraph_of_1mb_of_one_word": lambda: para("harbour " * 125_000),
    "a_paragraph_of_1mb_of_sentences": lambda: para("The quay is long. " * 55_000),
    "a_paragraph_of_cjk_without_spaces": lambda: para("港口工程下周恢复。" * 110_000),
    "a_dateline_of_capitals_repeated": lambda: para("HARBOUR CITY, " * 70_000),
    "words_of_five_scripts_mixed": lambda: para("港 a ب б α " * 100_000),
    "a_run_of_emoji": lambda: para("😀" * 250_000),
    "a_letter_with_400000_combining_marks": lambda: para("a" + "\u0301" * 400_000),
    "a_run_of_entities": lambda: para("&amp;" * 200_000),
    # Date-hungry strings in every date-looking place.
    "date_hungry_values_in_every_date_meta": lambda: page(
        "",
        "".join(
            f'<meta property="{n}" content="{HUNGRY * 30}"><meta name="{n}" content="{HUNGRY}">'
            for n in _META_DATES
        ),
    ),
    "1500_date_metas_of_date_hungry_values": lambda: page(
        "", "".join(f'<meta name="date" content="{HUNGRY}{i}">' for i in range(1500))
    ),
    "1000_time_elements_of_date_hungry_values": lambda: page(
        "".join(f'<time datetime="{HUNGRY}{i}">{HUNGRY}</time>' for i in range(1000))
    ),
    "json_ld_dates_of_date_hungry_values": lambda: page(
        "",
        _jsonld(
            {
                "@type": "NewsArticle",
                "headline": "Quay",
                "datePublished": HUNGRY * 50,
                "dateModified": HUNGRY * 50,
                "dateCreated": HUNGRY * 50,
            }
        ),
    ),
    "1500_published_lines_of_date_hungry_values": lambda: page(
        "".join(f"<p>Published {HUNGRY} {i}</p>" for i in range(1500))
    ),
    "10000_updated_lines": lambda: page(
        "".join(
            f"<p>Updated: {i % 28 + 1} March 2021, {i % 24}:{i % 60:02d}</p>" for i in range(10_000)
        )
    ),
    "10000_published_lines": lambda: page(
        "".join(f"<p>Published {i % 28 + 1} March 2021</p>" for i in range(10_000))
    ),
    "10000_date_lines": lambda: page(
        "".join(f"<p>{i % 28 + 1} March 2021, {i % 24}:{i % 60:02d}</p>" for i in range(10_000))
    ),
    "10000_dated_time_elements": lambda: page(
        "".join(
            f'<p><time datetime="2020-01-{i % 28 + 1:02d}">{i % 28 + 1} January 2020</time></p>'
            for i in range(10_000)
        )
    ),
    "10000_relative_stamps": lambda: page("".join(f"<p>{i} hours ago</p>" for i in range(10_000))),
    "10000_copyright_lines": lambda: page(
        "".join(
            f"<p>© {i % 100 + 1950} News Example. All rights reserved.</p>" for i in range(10_000)
        )
    ),
    # Work that could grow with the square of a count.
    "10000_siblings_of_one_class": lambda: page(
        "".join(
            f'<div class="story-item">Item {i} text of a teaser line</div>' for i in range(10_000)
        )
    ),
    "10000_paragraphs_each_a_link_to_the_page": lambda: page(
        "".join(f'<p><a href="{URL}">Link {i} to the page</a></p>' for i in range(10_000))
    ),
    "10000_tag_metas_and_20000_keywords": lambda: page(
        "",
        "".join(f'<meta property="article:tag" content="tag{i}">' for i in range(10_000))
        + '<meta name="keywords" content="'
        + ",".join(f"kw{i}" for i in range(20_000))
        + '">',
    ),
    "10000_tag_links": lambda: page(
        "<div class='tags'>"
        + "".join(f'<a rel="tag" href="/tag/t{i}">t{i}</a>' for i in range(10_000))
        + "</div>"
    ),
    "10000_authors_and_keywords_in_json_ld": lambda: page(
        "",
        _jsonld(
            {
                "@type": "NewsArticle",
                "headline": "Quay",
                "author": [
                    {"@type": "Person", "name": f"Anna Berg{i}", "url": f"/a/{i}"}
                    for i in range(10_000)
                ],
                "keywords": [f"k{i}" for i in range(10_000)],
            }
        ),
    ),
    "10000_headings": lambda: page("".join(f"<h2>Heading number {i}</h2>" for i in range(10_000))),
    "8000_headings_each_with_a_paragraph": lambda: page(
        "".join(f"<h2>Heading {i}</h2><p>Para {i} with a few words in it.</p>" for i in range(8000))
    ),
    "a_table_of_300_by_300_cells": lambda: page(
        "<table>" + ("<tr>" + "<td>c</td>" * 300 + "</tr>") * 300 + "</table>"
    ),
    "10000_line_breaks_in_a_paragraph": lambda: page("<p>" + "line of text<br>" * 10_000 + "</p>"),
    "200000_bare_line_breaks": lambda: page("<p>" + "<br>" * 200_000 + "</p>"),
    "a_title_of_100000_characters": lambda: page(
        "", f'<meta property="og:title" content="{"Harbour " * 12_500}">', title="Harbour " * 12_500
    ),
    "a_title_of_100000_characters_without_spaces": lambda: page(
        "", f'<meta property="og:title" content="{"H" * 100_000}">', title="H" * 100_000
    ),
    "lists_nested_5000_deep": lambda: page("<ul><li>item " * 5000 + "</li></ul>" * 5000),
    "tables_nested_2000_deep": lambda: page(
        "<table><tr><td>cell " * 2000 + "</td></tr></table>" * 2000
    ),
    "divs_nested_10000_deep": lambda: page(
        "<div>" * 10_000 + "<p>Deep text.</p>" + "</div>" * 10_000
    ),
    "quotes_nested_5000_deep": lambda: page("<blockquote>q " * 5000 + "</blockquote>" * 5000),
    "10000_iframes_and_embeds": lambda: page(
        "".join(
            f'<iframe src="https://v.example/{i}"></iframe><embed src="x{i}.swf">'
            for i in range(10_000)
        )
    ),
    "10000_figures_with_captions": lambda: page(
        "".join(
            f'<figure><img src="/i/{i}.jpg" alt="a{i}"><figcaption>Photo {i}</figcaption></figure>'
            for i in range(10_000)
        )
    ),
    "3000_json_ld_blocks": lambda: page(
        "",
        "".join(
            _jsonld(
                {
                    "@type": "NewsArticle",
                    "headline": f"H{i}",
                    "datePublished": "2020-01-01",
                    "author": {"name": f"N{i}"},
                }
            )
            for i in range(3000)
        ),
    ),
    "a_json_ld_object_of_100000_keys": lambda: page(
        "", _jsonld({f"k{i}": i for i in range(100_000)})
    ),
    "a_script_of_json_of_100000_keys": lambda: page(
        f"<script>window.__DATA__ = {json.dumps({f'k{i}': i for i in range(100_000)})};</script>"
    ),
    "a_next_data_script_of_20000_dated_items": lambda: page(
        '<script id="__NEXT_DATA__" type="application/json">'
        + json.dumps(
            {
                "props": {
                    "pageProps": {
                        f"k{i}": {"title": "x", "date": "2020-01-01"} for i in range(20_000)
                    }
                }
            }
        )
        + "</script>"
    ),
    "1200_paragraphs_of_200_classes_each": lambda: page(
        "".join(
            f'<p class="{" ".join(f"c{j}" for j in range(200))}">Para {i} of text.</p>'
            for i in range(1200)
        )
    ),
    "10000_byline_paragraphs": lambda: page(
        "".join(f"<p>By Anna Berg{i} and Tom Lund{i}</p>" for i in range(10_000))
    ),
    "10000_author_links": lambda: page(
        "".join(f'<a rel="author" href="/author/a{i}">Anna Berg{i}</a>' for i in range(10_000))
    ),
    "10000_metas_of_other_names": lambda: page(
        "", "".join(f'<meta name="n{i}" content="v{i}">' for i in range(10_000))
    ),
    "10000_og_images": lambda: page(
        "",
        "".join(
            f'<meta property="og:image" content="https://img.example/{i}.jpg">'
            for i in range(10_000)
        ),
    ),
    "a_breadcrumb_of_10000_steps": lambda: page(
        '<nav class="breadcrumb"><ol>'
        + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(10_000))
        + "</ol></nav>"
    ),
    "10000_links_with_dated_addresses": lambda: page(
        "".join(
            f'<p><a href="/2020/01/{i % 28 + 1:02d}/story-{i}">Story {i}</a></p>'
            for i in range(10_000)
        )
    ),
    "8000_comment_boxes": lambda: page(
        "".join(
            f'<div class="comment"><span class="author">U{i}</span><p>Comment {i}</p></div>'
            for i in range(8000)
        )
    ),
    "a_list_of_10000_items": lambda: page(
        "<ul>" + "".join(f"<li>Point {i} of the list</li>" for i in range(10_000)) + "</ul>"
    ),
    "70000_inline_spans_in_a_paragraph": lambda: page("<p>" + "<span>w </span>" * 70_000 + "</p>"),
    "8000_microdata_authors_and_dates": lambda: page(
        "".join(
            '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<span itemprop="name">N{i}</span></span>'
            f'<meta itemprop="datePublished" content="2020-01-{i % 28 + 1:02d}">'
            for i in range(8000)
        )
    ),
}

# Holes found before any fix: (attack, what it cost on the first run).
HOLES: dict[str, str] = {
    # closed: body/field_lines reads each run of field lines once (0.8 s at 10000 lines)
}


def _read_and_render(html: str) -> None:
    article = newsextract.extract(html, URL)
    article.to_json()
    article.body_markdown()
    article.body_html()
    explain(article)


def _guard(name: str) -> float:
    return HOLE_GUARD if name in HOLES else WALL_GUARD


def _marks(name: str) -> list[pytest.MarkDecorator]:
    if name in HOLES:
        return [pytest.mark.xfail(strict=True, reason=HOLES[name])]
    return []


@pytest.mark.parametrize(
    "name", [pytest.param(name, id=name, marks=_marks(name)) for name in ATTACKS]
)
def test_an_attack_page_is_read_and_rendered_within_the_bound(name: str) -> None:
    html = ATTACKS[name]()
    assert len(html.encode()) <= 3_000_000  # 1 MB of text, up to 3 bytes a character
    cpu_bound = _LINEAR_BOUNDS.get(name, CPU_BOUND)
    within_bounds(lambda: _read_and_render(html), cpu_bound=cpu_bound, guard=_guard(name))


# Pages whose cost is linear but large, with their own bound: 8,000 headings and paragraphs
# are 16,000 blocks read, then rendered three ways (0.6-1.0 s at rest in a lone run; 2.00 s
# once in a clean-clone CI's full run, 2026-12-07, against the 2 s bound): three times the
# cost at rest still tells a quadratic walk (which took minutes) from this.
_LINEAR_BOUNDS = {"8000_headings_each_with_a_paragraph": 3.0}


# The explain report re-reads the page and marks it: the costliest pages of the attacks.
REPORTED = [
    "10000_siblings_of_one_class",
    "8000_headings_each_with_a_paragraph",
    "10000_figures_with_captions",
    "8000_comment_boxes",
    "a_table_of_300_by_300_cells",
    "unclosed_quotes",
    "a_run_of_entities",
    "lists_nested_5000_deep",
    "10000_updated_lines",
]


@pytest.mark.parametrize(
    "name", [pytest.param(name, id=name, marks=_marks(name)) for name in REPORTED]
)
def test_the_explain_report_of_an_attack_page_is_within_the_bound(name: str) -> None:
    html = ATTACKS[name]()
    # The report extracts the page, then reads and marks it again: twice the bound.
    within_bounds(lambda: explain_report(html, URL), cpu_bound=4.0, guard=_guard(name))


# Costly rule selectors, each on one field of a rule, on a wide and on a deep page.
SELECTORS = {
    "star_not_star_star": "*:not(*) *",
    "eight_stars": "* * * * * * * *",
    "has_in_two_steps": "*:has(*) *:has(*)",
    "a_list_of_1000_selectors": ", ".join(f"div.c{i} span" for i in range(1000)),
    "a_list_of_1000_descendant_stars": ", ".join(f"* .c{i} *" for i in range(1000)),
    "a_chain_of_500_nots": "*" + ":not(.x)" * 500,
    "nth_last_in_two_steps": "*:nth-last-child(2n+1) *:nth-last-of-type(3n)",
    "substring_attributes_in_three_steps": '*[class*="a"] *[class*="x"] *',
    "a_plain_tag": "div",
}
RULE_PAGES = {
    "wide": lambda: page(
        "".join(f'<div class="a b c"><span>x{i}</span></div>' for i in range(10_000))
    ),
    "deep": lambda: page("<div>" * 2000 + "<p>t</p>" + "</div>" * 2000),
}
# Holes found before any fix, all closed (rules/patterns.selector_work weighs a long
# selector; rules/apply reads a container inside one already read no more):
# 1000 descendant stars, deep 43.8 s, wide 3.4 s; 500 nots, deep 21.7 s and 326 MB (its
# body containers: every nested element cloned and walked), wide 6.1 s; 1000 selectors,
# wide 2.9 s (each for seven uses in one rule).
RULE_HOLES: dict[tuple[str, str], str] = {}


def _rule_cases() -> list[object]:
    cases = []
    for selector in SELECTORS:
        for shape in RULE_PAGES:
            marks = []
            if (selector, shape) in RULE_HOLES:
                marks = [pytest.mark.xfail(strict=True, reason=RULE_HOLES[selector, shape])]
            cases.append(pytest.param(selector, shape, id=f"{selector}-{shape}", marks=marks))
    return cases


@pytest.mark.parametrize(("selector", "shape"), _rule_cases())
def test_a_costly_rule_selector_in_every_place_of_a_rule_is_within_the_bound(
    selector: str, shape: str
) -> None:
    css = SELECTORS[selector]
    rule = SiteRule(
        name="costly",
        domains=("news.example",),
        fields={
            f: FieldRule(selectors=(css,))
            for f in ("title", "authors", "tags", "lead", "published")
        },
        body=BodyRule(containers=(css,), drop=(css,)),
    )
    html = RULE_PAGES[shape]()
    guard = HOLE_GUARD if (selector, shape) in RULE_HOLES else WALL_GUARD
    within_bounds(lambda: newsextract.extract(html, URL, rules=[rule]), guard=guard)


def _statm_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20


def _warc(pages: list[str]) -> bytes:
    out = bytearray()
    for n, html in enumerate(pages):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()
        head = (
            f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/a/{n}\r\n"
            f"WARC-Record-ID: <urn:uuid:{n:08d}-0000-0000-0000-000000000000>\r\n"
            "WARC-Date: 2024-05-01T00:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n"
        ).encode()
        out += gzip.compress(head + http + b"\r\n\r\n", compresslevel=1)
    return bytes(out)


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads /proc/self/statm")
def test_a_warc_of_costly_pages_keeps_the_batch_s_memory_flat(tmp_path: Path) -> None:
    kinds = [
        "a_table_of_300_by_300_cells",
        "a_paragraph_of_cjk_without_spaces",
        "words_of_five_scripts_mixed",
        "10000_tag_links",
    ]
    built = [ATTACKS[kind]() for kind in kinds]
    path = tmp_path / "costly.warc.gz"
    path.write_bytes(_warc([built[n % len(built)] for n in range(24)]))

    def run() -> None:
        sizes = []
        for count, item in enumerate(newsextract.batch([str(path)], workers=1), 1):
            assert item.failure is None, item.failure
            if count in (8, 24):
                sizes.append(_statm_mb())
        assert len(sizes) == 2
        # Pages 9 to 24 repeat pages 1 to 8: what they leave behind grows the batch.
        assert sizes[1] - sizes[0] < 30, sizes

    # 24 pages at half a second each; the memory of one costly page (200 MB) and the pages
    # the batch reads ahead of the one it extracts (first run: 204-208 MB at peak). The wall
    # guard only ends a hang: at load 16 the run took 70 s for 6.7 s of CPU, so 150.
    within_bounds(run, cpu_bound=24 * 0.5, guard=150, mb_bound=300)
