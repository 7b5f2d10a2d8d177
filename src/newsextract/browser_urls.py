"""Addresses a page, a feed, a sitemap or a server writes, read as a browser reads them (the
URL Standard) before their scheme and host are checked: urllib and httpx read some of them
otherwise, and a check passed on their reading let through what a browser opens elsewhere.
"""

from __future__ import annotations

# The ASCII tab and line breaks, which the URL Standard's parser (and ``urlsplit``) takes out
# of a URL before reading it: kept, a CR or LF reached the Article's ``url``, a line break in
# a text output or a terminal.
_TAB_OR_NEWLINE = dict.fromkeys(map(ord, "\t\n\r"))


def browser_address(value: str) -> str:
    """``value``, an address a page writes (an image's, a canonical link's, ``og:url``), as
    a browser reads it before its scheme is checked: its ASCII tabs and line breaks dropped
    (the URL Standard strips them first: ``jav<TAB>ascript:`` is a javascript: URL, which
    was read as the path ``jav%20ascript:`` on the page's host) and its backslashes made
    slashes (``backslashes_as_slashes``)."""
    return backslashes_as_slashes(without_tabs_or_newlines(value))


def without_tabs_or_newlines(url: str) -> str:
    """``url`` without the ASCII tabs and line breaks a URL parser drops (see
    ``_TAB_OR_NEWLINE``); an address that prints is returned as it is, at no cost."""
    return url if url.isprintable() else url.translate(_TAB_OR_NEWLINE)


def backslashes_as_slashes(address: str) -> str:
    """``address`` (a page's own value for an http(s) link) with each backslash before its
    query or fragment made a slash, as the URL Standard reads a web address and so every
    browser: ``\\\\cdn.example\\a.jpg`` is the image at ``//cdn.example/a.jpg``. Read by
    urllib, it was a path on the page's own host, and ``https://site.example\\@other.example/``
    was on other.example for this package but on site.example for any browser."""
    if "\\" not in address:
        return address
    ends = [at for at in (address.find("?"), address.find("#")) if at >= 0]
    cut = min(ends, default=len(address))
    return address[:cut].replace("\\", "/") + address[cut:]
