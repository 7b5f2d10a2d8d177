"""A scholarly paper's references and what follows them ("Cite this article", metrics) are
its back matter, not its text, on a page that declares a paper (the citation_* meta tags, a
JSON-LD ScholarlyArticle); an encyclopedic page's sources stay (test_reference_lists).
Footnotes' links back to their calls ("↩") are no words of the notes. Invented pages."""

from __future__ import annotations

import newsextract

_TEXT = (
    "<h2>1. Introduction</h2><p>Salt marshes store carbon faster than most forests of the "
    "same area, yet their edges erode in storms [1].</p><h2>2. Results</h2><p>The twelve "
    "plots lost four centimetres of edge a year on average over the decade.</p>"
)
_BACK = (
    "<h2>References</h2><ol><li>Marsh, A. Coastal carbon. Estuary Letters 4, 2019.</li><li>"
    "Reed, B. Storm erosion of marsh edges. Coast 12, 2021.</li></ol><h2>Cite this article"
    "</h2><p>Tern, C. Marsh edges in storms. Example Journal 3, 2026.</p>"
)


def _page(head: str) -> str:
    return (
        f"<html lang='en'><head><title>Marsh edges in storms</title>{head}</head><body>"
        "<nav><a href='/'>Example Journal</a></nav><main><article><h1>Marsh edges in storms"
        f"</h1>{_TEXT}{_BACK}</article></main><footer><p>Example Journal</p></footer></body>"
        "</html>"
    )


def test_a_declared_papers_references_and_citation_box_leave_the_body() -> None:
    head = "<meta name='citation_title' content='Marsh edges in storms'>"
    body = newsextract.extract(_page(head), url="https://journal.example/a/3").body or ""
    assert "four centimetres of edge a year" in body
    assert "Coastal carbon" not in body
    assert "Marsh edges in storms. Example Journal" not in body


def test_a_scholarly_article_in_json_ld_is_a_paper_too() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "ScholarlyArticle", "headline": '
        '"Marsh edges in storms"}</script>'
    )
    body = newsextract.extract(_page(head), url="https://journal.example/a/3").body or ""
    assert "four centimetres of edge a year" in body
    assert "Storm erosion of marsh edges" not in body


def test_a_page_that_declares_no_paper_keeps_its_sources() -> None:
    body = newsextract.extract(_page(""), url="https://wiki.example/Marsh").body or ""
    assert "Storm erosion of marsh edges" in body


def test_a_footnotes_link_back_to_its_call_is_no_word() -> None:
    html = (
        "<html lang='en'><head><title>Tides</title></head><body><main><article><h1>Tides"
        "</h1><p>The spring tide rose higher than any in the harbour's records.<sup><a "
        "href='#fn1' id='fnref1'>1</a></sup></p><p>Boats were moved to the inner basin a "
        "day before.</p><section class='footnotes'><ol><li id='fn1'><p>From the harbour "
        "master's log. <a href='#fnref1' class='footnote-backref'>↩︎</a></p></li></ol>"
        "</section></article></main></body></html>"
    )
    body = newsextract.extract(html, url="https://blog.example/tides").body or ""
    assert "From the harbour master's log." in body
    assert "↩" not in body


def test_a_references_line_early_in_the_body_cuts_nothing() -> None:
    head = "<meta name='citation_title' content='Marsh edges in storms'>"
    contents = (
        "<p>We measured how far marsh edges retreat in storms.</p><p>Contents</p><p>"
        "Introduction</p><p>References</p>"
    )
    long_text = "<p>" + "The marsh edge moved inland again after the winter storms. " * 30 + "</p>"
    html = _page(head).replace("<h2>1. Introduction</h2>", contents + long_text)
    body = newsextract.extract(html, url="https://journal.example/a/3").body or ""
    assert "twelve plots lost four centimetres" in body


def _sections_in_h1(head: str) -> str:
    """A German paper whose platform titles every section with an ``<h1>``, its references'
    too (wave 57)."""
    return (
        f"<html lang='de'><head><title>Salzwiesen im Sturm</title>{head}</head><body><main>"
        "<div class='kopf'><h2>Salzwiesen im Sturm</h2></div><div class='volltext'>"
        "<h1>Einleitung</h1><p>Salzwiesen speichern Kohlenstoff schneller als die meisten "
        "Wälder gleicher Fläche, doch ihre Ränder brechen bei Sturm ab.</p><h1>Ergebnisse</h1>"
        "<p>Die zwölf Flächen verloren im Mittel vier Zentimeter Rand im Jahr, über das ganze "
        "Jahrzehnt gemessen.</p><h1>Literatur</h1><ul><li>Marsch, A. Kohlenstoff an der Küste. "
        "Watt 4, 2019.</li><li>Reet, B. Sturmschäden an Salzwiesen. Küste 12, 2021.</li></ul>"
        "</div></main></body></html>"
    )


def test_a_papers_references_under_an_h1_leave_the_body() -> None:
    head = "<meta name='citation_title' content='Salzwiesen im Sturm'>"
    body = newsextract.extract(_sections_in_h1(head), url="https://zeitschrift.example/a/7").body
    assert "vier Zentimeter Rand im Jahr" in (body or "")
    assert "Kohlenstoff an der Küste" not in (body or "")


def test_an_undeclared_pages_sources_under_an_h1_stay() -> None:
    body = newsextract.extract(_sections_in_h1(""), url="https://zeitschrift.example/a/7").body
    assert "Kohlenstoff an der Küste" in (body or "")
