"""A list of results that links each name to its page and gives its figure after it
("<a>Green Party</a> — 31.2%"), set between the text's paragraphs, is the text; a list of
links closing with a count or a date stays out."""

from __future__ import annotations

import newsextract


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><head><meta property='og:type' content='article'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav><main><article>"
        "<h1>Council election results</h1><p>Turnout was 38 per cent, up four points on the "
        f"last election. Four parties won seats on the council.</p>{inner}<p>The final "
        "figures will be confirmed by the returning officer next week.</p></article></main>"
        "</body></html>"
    )
    return newsextract.extract(html, url="https://news.example/elections/results").body or ""


def test_linked_names_with_their_figures_stay() -> None:
    body = _body(
        "<ul><li><a href='/p/1'>Harbour Party</a> — 31.2%</li><li><a href='/p/2'>Valley "
        "Alliance</a> — 24.8%</li><li><a href='/p/3'>New Road</a> — 7.1%</li></ul>"
    )
    assert "Harbour Party — 31.2%" in body
    assert "New Road — 7.1%" in body


def test_linked_titles_with_dates_stay_out() -> None:
    body = _body(
        "<ul><li><a href='/n/1'>Turnout rises in the north</a> – 12.03.2025</li>"
        "<li><a href='/n/2'>What the new council can do</a> – 10.03.2025</li></ul>"
    )
    assert "Turnout rises in the north" not in body


def test_linked_sections_with_counts_stay_out() -> None:
    body = _body(
        "<ul><li><a href='/c/1'>Local politics</a> (12)</li>"
        "<li><a href='/c/2'>Elections</a> (31)</li></ul>"
    )
    assert "Local politics" not in body
