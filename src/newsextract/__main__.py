"""``python -m newsextract``: the command line, for a user who has the package but not the
installed script on ``PATH`` (a venv not activated, ``pipx run``, a notebook's ``!``).

The guard matters: a batch worker started by ``multiprocessing`` imports this module again as
``__mp_main__``, and must not run the command a second time.
"""

from __future__ import annotations

import sys

from newsextract.console import main

if __name__ == "__main__":
    sys.exit(main())
