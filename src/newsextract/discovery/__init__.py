"""Discovery: from a site, a feed or a sitemap to its article URLs."""

from newsextract.discovery.api import Discovery, discover, discovery_fetch_options
from newsextract.discovery.core import Discoverer, DiscoverOptions
from newsextract.discovery.model import DiscoveredURL, SkippedURL, SourceFailure

__all__ = [
    "DiscoverOptions",
    "DiscoveredURL",
    "Discoverer",
    "Discovery",
    "SkippedURL",
    "SourceFailure",
    "discover",
    "discovery_fetch_options",
]
