"""Code set one element a line (``body.code_lines``): a table of line rows (a code host's
file view, an embedded gist, highlight.js's line-numbers plugin), SyntaxHighlighter's gutter
and code cells, prettify's ``<ol>`` of lines in a ``<pre>`` and Doxygen's line ``<div>``s are
read as one code block, its lines in order and its numbers left out; a chart's table of
ranks and a box of "line" ``<div>``s not named for code stay what they were."""

from __future__ import annotations

import newsextract
from newsextract import BlockKind


def _article(inner: str) -> newsextract.Article:
    html = (
        "<html lang='de'><head><title>Messwerte glätten | Beispiel-Doku</title></head><body>"
        "<nav><a href='/'>Doku</a> <a href='/api'>API</a></nav><main><article>"
        "<h1>Messwerte glätten</h1><p>Der gleitende Mittelwert nimmt die letzten fünf Werte "
        f"und teilt ihre Summe durch fünf.</p>{inner}<p>Ein größeres Fenster glättet "
        "stärker, reagiert aber später auf echte Sprünge.</p></article></main></body></html>"
    )
    return newsextract.extract(html, url="https://doku.example.de/messwerte/glaetten")


def _code(article: newsextract.Article) -> list[str]:
    return [b.text for b in article.body_blocks if b.kind is BlockKind.PREFORMATTED]


_LINES = ("def mittel(werte):", "    fenster = werte[-5:]", "    return sum(fenster) / 5")


def test_code_host_line_rows_are_one_code_block() -> None:
    rows = "".join(
        f"<tr><td id='L{n}' class='blob-num js-line-number' data-line-number='{n}'></td>"
        f"<td id='LC{n}' class='blob-code blob-code-inner js-file-line'>{line}</td></tr>"
        for n, line in enumerate(_LINES, 1)
    )
    article = _article(f"<div class='blob-wrapper'><table class='highlight'>{rows}</table></div>")
    assert _code(article) == ["\n".join(_LINES)]
    assert not [b for b in article.body_blocks if b.kind is BlockKind.TABLE_ROW]


def test_line_numbers_plugin_rows_leave_their_numbers_out() -> None:
    rows = "".join(
        f"<tr><td class='hljs-ln-line hljs-ln-numbers' data-line-number='{n}'><div "
        f"class='hljs-ln-n' data-line-number='{n}'>{n}</div></td><td class='hljs-ln-line "
        f"hljs-ln-code' data-line-number='{n}'>{line}</td></tr>"
        for n, line in enumerate(_LINES, 1)
    )
    article = _article(
        f"<pre><code class='hljs'><table class='hljs-ln'>{rows}</table></code></pre>"
    )
    assert "\n".join(_LINES) in "\n".join(_code(article))
    assert "1\n2" not in article.body and "1\n\n2" not in article.body


def test_gutter_and_code_cells_of_line_divs() -> None:
    gutter = "".join(f"<div class='line number{n} index{n - 1}'>{n}</div>" for n in (7, 8, 9))
    code = "".join(
        f"<div class='line number{n} index{n - 7}'><code class='python plain'>{line}</code></div>"
        for n, line in zip((7, 8, 9), _LINES, strict=True)
    )
    article = _article(
        "<div class='syntaxhighlighter python'><table><tbody><tr><td class='gutter'>"
        f"{gutter}</td><td class='code'><div class='container'>{code}</div></td></tr></tbody>"
        "</table></div>"
    )
    assert _code(article) == ["\n".join(_LINES)]
    assert "7\n\n8" not in article.body


def test_ordered_list_of_lines_in_a_pre() -> None:
    items = "".join(f"<li class='L{n}'><code>{line}</code></li>" for n, line in enumerate(_LINES))
    article = _article(
        f"<pre class='prettyprint linenums'><ol class='linenums'>{items}</ol><div "
        "class='copy-button' data-title='Kopieren'></div></pre>"
    )
    assert _code(article) == ["\n".join(_LINES)]
    assert not [b for b in article.body_blocks if b.kind is BlockKind.LIST_ITEM]


def test_code_box_of_line_divs() -> None:
    lines = "".join(f"<div class='line'>{line}</div>" for line in _LINES)
    article = _article(f"<div class='fragment'>{lines}</div>")
    assert _code(article) == ["\n".join(_LINES)]


def test_chart_of_ranks_stays_a_table() -> None:
    rows = "".join(
        f"<tr><td class='num'>{n}</td><td class='title'>{song}</td></tr>"
        for n, song in enumerate(("Regen über Kiel", "Nachtzug", "Sommerende"), 1)
    )
    article = _article(f"<table class='chart'>{rows}</table>")
    rows_kept = [b.cells for b in article.body_blocks if b.kind is BlockKind.TABLE_ROW]
    assert ("2", "Nachtzug") in rows_kept
    assert not _code(article)


def test_box_of_line_divs_not_named_for_code_stays_text() -> None:
    article = _article(
        "<div class='timeline'><div class='line'>1998 gegründet als Messtechnik-Werkstatt."
        "</div><div class='line'>2004 erster eigener Datenlogger.</div></div>"
    )
    assert not _code(article)
    assert "2004 erster eigener Datenlogger." in article.body
