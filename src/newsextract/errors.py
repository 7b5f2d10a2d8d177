"""The errors newsextract raises, all under one base class.

::

    NewsExtractError
     ├── InputError            the input cannot be read as a web page at all
     │    ├── EmptyInputError      no bytes, or only whitespace
     │    └── NotHTMLError         binary data, PDF, images, ... (also a ValueError)
     └── ExtractionError       a page was read but extraction failed unexpectedly

Callers that only want "did this page work" catch ``NewsExtractError``; the subclasses say why.
"""

from __future__ import annotations


class NewsExtractError(Exception):
    """Base of every error raised by newsextract."""


class InputError(NewsExtractError, ValueError):
    """The input cannot be treated as an HTML page."""


class EmptyInputError(InputError):
    """The input holds no content at all."""


class NotHTMLError(InputError):
    """The input is some other kind of data (PDF, image, archive, binary)."""

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind


class ExtractionError(NewsExtractError):
    """An unexpected failure inside the pipeline; the original error is chained."""
