"""Addresses a sitemap or feed lists are written by the site: one holding a password
(``http://user:pass@host/``) kept it, lower-cased, in every listed page's row, the store and
``discover``'s output, and one holding a bidirectional override showed ``…/\\u202egpj.exe``
as ``…/exe.jpg``. The password now goes (since wave 75 the user too), and the override is
percent-encoded."""

from __future__ import annotations

from newsextract.discovery.sitemaps import parse_sitemap
from newsextract.discovery.urls import normalize_url


def test_a_listed_password_is_dropped() -> None:
    sitemap = (
        b"<urlset><url><loc>https://desk:Hunter2@News.example/ferry</loc></url>"
        b"<url><loc>https://news.example/\xe2\x80\xaegpj.exe</loc></url></urlset>"
    )
    _, pages = parse_sitemap(sitemap, "https://news.example/sitemap.xml")
    assert [page.url for page in pages] == [
        "https://news.example/ferry",
        "https://news.example/%E2%80%AEgpj.exe",
    ]


def test_a_relative_link_under_a_credentialed_base() -> None:
    assert normalize_url("/b", "http://u:pw@news.example/a") == "http://news.example/b"
