"""A changelog's items, each a link whole to its entry in the project's tracker (an issue,
a pull request, a commit), are the text; a list of whole links to articles stays out."""

from __future__ import annotations

import newsextract


def _body(inner: str) -> str:
    html = (
        "<html lang='en'><body><header><a href='/'>Home</a> <a href='/docs'>Docs</a></header>"
        "<main><h1>Release notes for Quillwork 2.3</h1><p>Quillwork 2.3 is a maintenance "
        "release with several bug fixes and one new option. Upgrading is recommended for "
        f"all users.</p>{inner}</main><footer><p>Quillwork project</p></footer></body></html>"
    )
    return newsextract.extract(html, url="https://quillwork.example.org/news/2-3").body or ""


def test_items_linked_whole_to_tracker_entries_stay() -> None:
    body = _body(
        "<h2>Fixed</h2><ul><li><a href='/issues/512'>Crash when the configuration file is "
        "empty (#512)</a></li><li><a href='/issues/519'>Export to CSV drops the last row "
        "(#519)</a></li></ul><h2>Added</h2><ul><li><a href='/pull/541'>New --quiet option "
        "suppresses progress output</a></li><li><a href='/-/commit/9f3c2a1'>Read gzip-"
        "compressed input files</a> (<a href='/u/ana'>@ana</a>)</li></ul>"
    )
    assert "Crash when the configuration file is empty" in body
    assert "Export to CSV drops the last row" in body
    assert "New --quiet option" in body
    assert "Read gzip-compressed input files" in body
    assert "Fixed" in body


def test_a_list_of_whole_links_to_articles_stays_out() -> None:
    body = _body(
        "<h2>More news</h2><ul><li><a href='/news/quillwork-2-2-released'>Quillwork 2.2 "
        "released with a new theme</a></li><li><a href='/news/roadmap'>Our roadmap for the "
        "coming year</a></li></ul>"
    )
    assert "roadmap" not in body
