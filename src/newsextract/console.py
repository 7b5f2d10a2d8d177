"""The ``newsextract`` command's entry point, kept light on purpose.

``multiprocessing`` runs the script that started a process again in each worker it starts
(as ``__mp_main__``). For the installed command that script imports this module: were it
``newsextract.cli``, every ``newsextract batch`` worker would import the whole command line
(its fetchers, store and options: about 0.1 s of CPU and 11 MB a worker) after being forked
warm from the fork server, which holds the pipeline only.
"""

from __future__ import annotations


def main() -> int:
    """Run the command line (``newsextract.cli.main``) on ``sys.argv``."""
    from newsextract.cli import main as run

    return run()
