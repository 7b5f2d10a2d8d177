"""``python -m newsextract.batch INPUT... -o OUT``: the batch command on its own."""

import sys

from newsextract.batch.cli import main

if __name__ == "__main__":
    sys.exit(main())
