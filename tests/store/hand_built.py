"""A page and a clock for the tests that build store records by hand (hostile text,
unsplittable addresses): one article worth writing, one moment to check it at."""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
PAGE = (
    "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1><p>"
    + "The council met on Tuesday to discuss the harbour plan. " * 8
    + "</p></article></body></html>"
)
