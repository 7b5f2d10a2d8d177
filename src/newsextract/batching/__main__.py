"""``python -m newsextract.batching INPUT... -o OUT``: the batch command on its own."""

import sys

from newsextract.batching.cli import main

if __name__ == "__main__":
    sys.exit(main())
