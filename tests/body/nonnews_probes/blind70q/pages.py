"""The blind70q probe's parts, in the order they add their pages."""

from __future__ import annotations

from . import guides, linked_sources, tables, third_batch, wiki  # noqa: F401
