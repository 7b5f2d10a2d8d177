"""Imported by the batch's fork server, once, before any worker is forked from it.

Worker processes start with ``forkserver`` (see ``workers``): each is a fork of one server
process. Left as it is, that server imports nothing of ours, and every worker then imports
the pipeline (0.2 s of CPU) and runs its warm-up (``newsextract.warm_up``: 0.7 s) on its own,
both workers at once, and again in every pool started after a worker crashed. Importing this
module in the server instead (``multiprocessing``'s ``set_forkserver_preload``) does both
once: each worker is forked warm, in milliseconds, and shares the server's loaded data with
the other workers until it writes to it (copy on write; the warm-up's ``gc.freeze`` keeps
the collector from touching it).

Importing this module runs the warm-up: that is its one job. A failure is logged and leaves
``WARMED`` False, and each worker then warms itself up as before; the fork server would
die of any exception but an ``ImportError`` escaping from here, so none does.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

WARMED = False
"""Whether the import ran the warm-up; a forked worker inherits the value."""

try:
    # The regexes' compiled code from the last run's file (``regex_cache``: 0.7 s of the
    # warm-up's compiling), for the pipeline's imports and the warm-up.
    from newsextract.regex_cache import compiled_from_disk

    with compiled_from_disk():
        # the module every worker runs, and the batch command's workers' rows
        from newsextract.batching import encoded, workers  # noqa: F401
        from newsextract.warm_up import warm_up

        warm_up()
    WARMED = True
except Exception as exc:  # pragma: no cover  (the workers warm themselves up instead)
    logger.warning("the fork server could not warm up: %s", exc)
