"""Discovery: from a site, a feed or a sitemap to its article URLs."""

from newsextract.discover.api import discover, discovery_fetch_options
from newsextract.discover.core import Discoverer, DiscoverOptions
from newsextract.discover.model import DiscoveredURL, SourceFailure

__all__ = [
    "DiscoverOptions",
    "DiscoveredURL",
    "Discoverer",
    "SourceFailure",
    "discover",
    "discovery_fetch_options",
]
