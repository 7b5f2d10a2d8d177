"""A crawl into a store in a process of its own: ``python -m tests.store.crawl_process
STORE SITE...`` (the loopback sites' fast fetch options); prints the report's counts."""

from __future__ import annotations

import sys

from tests.store.newssite import FAST

from newsextract.store import Store, crawl_into


def main(argv: list[str]) -> int:
    location, *sites = argv
    with Store(location) as store:
        report = crawl_into(store, sites, fetch_options=FAST)
    print(dict(report.counts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
