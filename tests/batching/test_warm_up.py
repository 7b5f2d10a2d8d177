"""A batch worker's warm-up loads the lazy data, then freezes it out of the collector's way."""

from __future__ import annotations

import gc

from newsextract.batching.warm_up import warm_up


def test_the_warm_up_leaves_the_loaded_objects_frozen() -> None:
    try:
        warm_up()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
