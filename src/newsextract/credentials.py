"""Passwords in URLs, kept out of what is shown and stored.

A URL may carry credentials (``http://user:pass@host/``): the caller's own, or a server's,
in a redirect's ``Location`` or a page's links. They must reach no message, log, error row,
``Page.final_url`` or stored address. Messages mask the password as httpx's ``repr`` does
(``user:[secure]@``); an address that is data (a final URL, a redirect, a canonical link)
loses its password instead, since ``[secure]`` in a host's place is no URL that urllib
splits (it reads the brackets as an IPv6 host and raises).

A user name alone is kept, as httpx, curl and git show it: it names an account, it does not
open one.
"""

from __future__ import annotations

from newsextract.lazy_regex import LazyPattern

# ``scheme://user:password@``: the password runs to the last ``@`` before the path, as
# urllib splits a netloc (``rpartition``), so one holding an ``@`` is masked whole. Spaces,
# quotes and brackets end a URL written in a message.
_PASSWORD = LazyPattern(r"(?i)(\b[a-z][a-z0-9+.\-]*://[^\s/?#@:'\"<>\[\]]*):[^\s/?#'\"<>]*@")


def mask_passwords(text: str) -> str:
    """``text`` with the password of every URL in it shown as ``[secure]``."""
    if "@" not in text:
        return text
    return _PASSWORD.sub(r"\1:[secure]@", text)


def without_password(url: str) -> str:
    """``url`` with no password in it (``http://user@host/``): an address kept as data."""
    scheme, separator, rest = url.partition("://")
    if not separator or "@" not in rest:
        return url
    end = len(rest)
    for stop in "/?#":
        at = rest.find(stop)
        if at != -1:
            end = min(end, at)
    userinfo, at_sign, host = rest[:end].rpartition("@")
    if not at_sign or ":" not in userinfo:
        return url
    user = userinfo.partition(":")[0]
    return f"{scheme}://{user}@{host}{rest[end:]}" if user else f"{scheme}://{host}{rest[end:]}"
