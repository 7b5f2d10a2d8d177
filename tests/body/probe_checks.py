"""What the body probe tests share: the text a probe is read against and its cases, each
known failure a strict xfail so that a fix shows."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html.parser import HTMLParser

import pytest
from _pytest.mark import ParameterSet
from news_probes.pages import Probe

import newsextract


def probe_text(probe: Probe) -> str:
    """newsextract's text: the lead and the body (a standfirst, a live blog's intro, is
    kept apart as ``lead`` by design, and is the article's text all the same)."""
    article = newsextract.extract(probe.html, url=probe.url)
    return "\n\n".join(part for part in (article.lead, article.body) if part)


def probe_cases(probes: Iterable[Probe], known_failures: Mapping[str, str]) -> list[ParameterSet]:
    """Each probe a case named after it; a known failure a strict xfail with its reason."""
    return [
        pytest.param(
            probe,
            id=probe.name,
            marks=[pytest.mark.xfail(reason=known_failures[probe.name], strict=True)]
            if probe.name in known_failures
            else [],
        )
        for probe in probes
    ]


def check_probe_body(probe: Probe) -> None:
    """Every must-line in the text, no must-not line in it."""
    text = probe_text(probe)
    assert [line for line in probe.must if line not in text] == []
    assert [line for line in probe.must_not if line in text] == []


def holds_blocks(markdown: str, expected: tuple[str, ...]) -> bool:
    """One of the expected renderings stands in ``markdown`` as whole blocks."""
    framed = f"\n\n{markdown.strip()}\n\n"
    return any(f"\n\n{one}\n\n" in framed for one in expected)


# Every tag body_html() writes; <br> and no other is void.
_HTML_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "blockquote",
        "pre",
        "code",
        "dl",
        "dt",
        "dd",
        "figcaption",
        "caption",
        "sup",
        "strong",
        "br",
    ]
)


class HtmlTagCheck(HTMLParser):
    """Checks that every tag is one ``body_html()`` writes, with no attribute but a code
    block's ``class`` and a list's ``start`` (and ``reversed``), and that they nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag not in _HTML_TAGS:
            self.errors.append(f"<{tag}>")
        names = [name for name, _ in attributes]
        allowed = (("code", ["class"]), ("ol", ["start"]), ("ol", ["reversed", "start"]))
        if names and (tag, names) not in allowed:
            self.errors.append(f"<{tag} {names}>")
        if tag != "br":
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.errors.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def check_render_probe(html: str, url: str, markdown: tuple[str, ...]) -> None:
    """One of a render probe's expected renderings stands in the page's Markdown."""
    rendered = newsextract.extract(html, url=url).body_markdown()
    assert holds_blocks(rendered, markdown), rendered


def check_clean_html(html: str, url: str) -> None:
    """The page's ``body_html()`` is well-formed, with none of the page's attributes."""
    checker = HtmlTagCheck()
    checker.feed(newsextract.extract(html, url=url).body_html())
    checker.close()
    assert checker.errors == [] and checker.open == []
