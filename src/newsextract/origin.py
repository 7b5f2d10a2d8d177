"""Where a value came from: the origins recorded in ``Article.provenance``."""

from __future__ import annotations

import enum


class Origin(enum.StrEnum):
    """A source of a field value, from the most structured to the most guessed."""

    RULE = "rule"
    JSONLD = "jsonld"
    MICRODATA = "microdata"
    OPENGRAPH = "opengraph"
    META = "meta"
    HTML = "html"
    TEXT = "text"
    URL = "url"
    OPTION = "option"
    BODY = "body"
    TRAFILATURA = "trafilatura"
