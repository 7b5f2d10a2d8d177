"""The sixth red team (wave 61): robots.txt past its 500 KiB cap (RFC 9309 2.5: a crawler
parses at least 500 KiB). The cap cut the file inside a line, and the cut line was read as
a rule: "Allow: /partners-only/" cut to "Allow: /" ties "Disallow: /" and, the least
restrictive of two equal rules winning, opened a site that shuts every crawler out."""

from __future__ import annotations

from newsextract.fetching.robots import (
    MAX_ROBOTS_BYTES,
    MAX_ROBOTS_WILDCARD_RULES,
    bounded_robots,
    decode_robots,
    rules_for_status,
)

HEAD = b"User-agent: *\nDisallow: /\n"
TAIL = b"Allow: /partners-only/\n"


def _cut_at(line_kept: int) -> bytes:
    """A robots.txt whose ``TAIL`` line the cap cuts after its first ``line_kept`` bytes."""
    padding = MAX_ROBOTS_BYTES - len(HEAD) - line_kept
    return HEAD + b"#" * (padding - 1) + b"\n" + TAIL


def test_a_line_cut_by_the_cap_is_not_read_as_a_rule() -> None:
    content = _cut_at(len(b"Allow: /"))[:MAX_ROBOTS_BYTES]  # as the body reader keeps it
    rules = rules_for_status(200, decode_robots(content))
    assert not rules.allows("https://harbour-news.example/2024/05/quay-plan", "newsextract")


def test_a_file_of_lines_ended_by_carriage_returns_keeps_its_whole_lines() -> None:
    content = _cut_at(len(b"Allow: /")).replace(b"\n", b"\r")[:MAX_ROBOTS_BYTES]
    text = decode_robots(content)
    assert text.startswith(HEAD.replace(b"\n", b"\r").decode())
    assert not text.endswith("Allow: /")
    rules = rules_for_status(200, text)
    assert not rules.allows("https://harbour-news.example/2024/05/quay-plan", "newsextract")


def test_a_file_of_exactly_the_cap_keeps_its_last_line() -> None:
    content = HEAD + b"#" * (MAX_ROBOTS_BYTES - len(HEAD) - len(TAIL) - 1) + b"\n" + TAIL
    assert len(content) == MAX_ROBOTS_BYTES
    assert decode_robots(content).endswith(TAIL.decode())


def test_a_short_file_without_a_last_line_break_is_read_whole() -> None:
    assert decode_robots(b"User-agent: *\nDisallow: /private") == (
        "User-agent: *\nDisallow: /private"
    )


def _wildcards(count: int) -> str:
    return "".join(f"Disallow: /*zq{i}\n" for i in range(count))


def test_a_plain_rule_after_the_wildcard_cap_is_honoured() -> None:
    text = (
        "User-agent: *\n"
        + _wildcards(MAX_ROBOTS_WILDCARD_RULES + 50)
        + "Disallow: /private/\nUser-agent: newsextract\nDisallow: /drafts/\n"
    )
    rules = rules_for_status(200, text)
    assert not rules.allows("https://harbour-news.example/private/a", "somebot")
    assert not rules.allows("https://harbour-news.example/drafts/a", "newsextract")
    assert rules.allows("https://harbour-news.example/news/a", "newsextract")
    assert bounded_robots(text).count("*") == MAX_ROBOTS_WILDCARD_RULES + 1  # and User-agent
