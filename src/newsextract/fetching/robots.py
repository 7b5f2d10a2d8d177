"""robots.txt: fetched once per origin, parsed with Protego, cached for the fetcher's life.

Following RFC 9309: a 4xx (no robots.txt) allows everything, a 5xx (after retries) or a
429 means the site is unavailable and disallows everything, and a file over 500 KiB is
parsed up to that size, the line the cut runs through left out. A connection failure is
not cached: the next URL tries again.
"""

from __future__ import annotations

import asyncio
import codecs
import logging
import math
import re
import threading
from collections.abc import Awaitable, Callable

import attrs
from protego import Protego

logger = logging.getLogger(__name__)

MAX_ROBOTS_BYTES = 500 * 1024
MAX_ROBOTS_REDIRECTS = 5
#: Allow/Disallow lines with a wildcard read from one robots.txt; later ones are left out,
#: the file's other lines read. Protego tries each wildcard rule on every URL checked, a
#: scan of the URL each: 40,000 of them (500 KiB) cost 0.26 s a URL of 8 KB and 1.6 s one
#: of 64 KB (a redirect's Location), on every page and hop, where 20,000 plain rules cost
#: 1.3 ms a URL. Real files hold tens of wildcard rules; a thousand cost 1.5 ms a URL of 2 KB.
MAX_ROBOTS_WILDCARD_RULES = 1_000
# An Allow or Disallow line whose path holds a wildcard (Protego's directive names, any
# case, spaces before the colon), whole.
_WILDCARD_RULE = re.compile(r"^[ \t]*(?:dis)?allow[ \t]*:[^\n#]*\*[^\n]*(?:\n|$)", re.I | re.M)


@attrs.frozen(kw_only=True)
class RobotsRules:
    """What one origin's robots.txt says; ``parser`` is None when nothing was parsed."""

    parser: Protego | None = attrs.field(default=None, eq=False)
    disallow_all: bool = False
    why: str = "robots.txt"

    def allows(self, url: str, token: str) -> bool:
        if self.disallow_all:
            return False
        return self.parser is None or self.parser.can_fetch(url, token)

    def delay(self, token: str) -> float | None:
        """Seconds between requests asked for by ``Crawl-delay`` or ``Request-rate``."""
        if self.parser is None:
            return None
        delays = []
        crawl_delay = self.parser.crawl_delay(token)
        if crawl_delay is not None:
            delays.append(float(crawl_delay))
        rate = self.parser.request_rate(token)
        if rate is not None and rate.requests:
            try:
                delays.append(rate.seconds / rate.requests)
            except OverflowError:  # a period of hundreds of digits: longer than any cap
                delays.append(math.inf)
        return max(delays) if delays else None


ALLOW_ALL = RobotsRules(why="no robots.txt")


# RFC 9110 15.3.7: a part of a file, the answer to a Range request (the robots.txt request
# asks for none): its missing end may hold the Disallow lines that matter.
_PARTIAL_CONTENT = 206


def rules_for_status(status: int, text: str) -> RobotsRules:
    """The rules an origin's robots.txt response stands for."""
    if status == _PARTIAL_CONTENT:
        return RobotsRules(disallow_all=True, why="robots.txt cut short (HTTP 206)")
    if 200 <= status < 300:
        return RobotsRules(parser=Protego.parse(bounded_robots(text)))
    if status == 429 or status >= 500:
        return RobotsRules(disallow_all=True, why=f"robots.txt unavailable (HTTP {status})")
    return ALLOW_ALL


def refused_redirect(address: str) -> RobotsRules:
    """The rules of a robots.txt whose redirect leads to an address the fetcher refuses
    (``block_private_addresses``): not requested, so unreachable, which disallows all."""
    return RobotsRules(
        disallow_all=True, why=f"robots.txt unreachable (redirected to refused {address})"
    )


def bounded_robots(text: str) -> str:
    """``text`` without its wildcard rules past the ``MAX_ROBOTS_WILDCARD_RULES``-th, all of
    it when it holds fewer (a C count of its asterisks tells most files at once). The rest
    of the file is read: it was cut at the cap, and a plain "Disallow: /private/" after a
    thousand wildcard rules was not honoured (RFC 9309 2.5: 500 KiB are parsed)."""
    if text.count("*") <= MAX_ROBOTS_WILDCARD_RULES:
        return text
    seen = 0

    def bounded(rule: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return rule.group() if seen <= MAX_ROBOTS_WILDCARD_RULES else ""

    bounded_text = _WILDCARD_RULE.sub(bounded, text)
    if seen > MAX_ROBOTS_WILDCARD_RULES:
        logger.warning(
            "robots.txt: more than %d wildcard rules; the later ones are not read",
            MAX_ROBOTS_WILDCARD_RULES,
        )
    return bounded_text


def decode_robots(content: bytes) -> str:
    """The text of a robots.txt body, at most ``MAX_ROBOTS_BYTES``. A body the cap cut
    (as long as the cap) loses the line the cut ran through: read as a rule, "Allow:
    /partners-only/" cut to "Allow: /" tied "Disallow: /" and opened the whole site."""
    content = content[:MAX_ROBOTS_BYTES]
    if len(content) == MAX_ROBOTS_BYTES:  # a line ends at CR, LF or both (RFC 9309 2.2)
        content = content[: max(content.rfind(b"\n"), content.rfind(b"\r")) + 1]
    # A byte order mark is no part of the first rule: read as one, "\ufeffUser-agent: *"
    # named no group and a file a Windows editor saved disallowed nothing (Google's parser
    # skips it too). A UTF-16 mark says the file's encoding, where RFC 9309 asks for UTF-8.
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16", "replace")
    return content.decode("utf-8-sig", "replace")


class AsyncRobotsCache:
    """One load per origin, however many tasks ask at once."""

    def __init__(self) -> None:
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def get(self, origin: str, load: Callable[[], Awaitable[RobotsRules]]) -> RobotsRules:
        rules = self._rules.get(origin)
        if rules is not None:
            return rules
        lock = self._locks.setdefault(origin, asyncio.Lock())
        async with lock:
            rules = self._rules.get(origin)
            if rules is None:
                rules = await load()
                self._rules[origin] = rules
                self._locks.pop(origin, None)
                logger.debug("robots.txt of %s: %s", origin, rules.why)
        return rules


class SyncRobotsCache:
    def __init__(self) -> None:
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, origin: str, load: Callable[[], RobotsRules]) -> RobotsRules:
        rules = self._rules.get(origin)
        if rules is not None:
            return rules
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            rules = self._rules.get(origin)
            if rules is None:
                rules = load()
                self._rules[origin] = rules
                logger.debug("robots.txt of %s: %s", origin, rules.why)
        return rules
