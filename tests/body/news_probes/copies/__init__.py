"""A blind round (wave 58): re-rendered copies of articles, written without reading the
extractor, in thirty-one pages of nineteen languages. Users run newsextract over web
archives and over addresses that give another rendering of a story than its site's desktop
page; each page here is a rendering real tools produce:

- a web archive's replay: its scripts in the head, its toolbar (the capture calendar, "412
  captures", the captures' time span, "collected by") injected at the top of the body, hidden
  until its script shows it or shown, every address rewritten under the archive's path, its
  comment at the end; and a national archive's banner in its language over the page;
- an archive snapshot: the archive's own head (the page's ``<title>`` kept, the capture's time
  as the document's ``dateModified`` and its header's ``pubdate``), its header ("Saved from",
  the capture's time, other snapshots, share, download), the page inlined without classes,
  ids, scripts or machine-readable times;
- AMP pages: ``<amp-img>``, ``<amp-carousel>``, ``<amp-social-share>``, ``<amp-ad>`` with
  its label, ``<amp-consent>``, ``<amp-sidebar>``, ``<amp-next-page>``, a "full version" link;
- print views: print and close buttons, no menus, a link's address printed after it, the
  story's address and the day it was printed under it;
- text-only ("lite") editions and a browser's saved reader view;
- a partner's syndicated copy: the partner's masthead, menu, ``og:site_name``, newsletter and
  stories, the canonical link to the source and a note naming it;
- a feed reader's page of one item's full content, with the feed's own "appeared first on"
  line; a newsletter's web version of one story; an instant article (``op-`` figures); a
  search cache's wrapper with its "this is a snapshot" header (one its text-only version).

The body's must-lines are the story's paragraphs; its must-nots the toolbar's, banner's and
header's lines (capture times and counts among them), the copy's furniture and the site's
related stories. The partner's note that the story "originally appeared in" the source is a
must-not: it is the partner's line about the copy, not the story's, and the body of a copy
should be the body of the original, which has no such line (a reader comparing the two sees
the same article). The feed's "appeared first on" line is a must-not for the same reason.
Picture captions are neutral.

The metadata (``tests/metadata/test_blind_copy_probes.py``): the title, authors and day are
the story's, never the archive's, the partner's or the newsletter's (a capture's time is
never the published day); the publisher is the source's where the page says so (the
canonical link and the note on a partner's copy, the page's title and masthead inside a
snapshot), not judged where the copy does not name it. Every name, place and sentence here
is invented (the archives, readers and caches too)."""

from __future__ import annotations

from ._pages import META, PROBES

__all__ = ["META", "PROBES"]
