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
    try:
        from newsextract.cli import main as run
    except KeyboardInterrupt:
        # Ctrl-C while the command line loads (a quarter of a second): nothing has started,
        # so there is nothing to report, and a traceback would be Python's, not the run's.
        return 130  # 128 + SIGINT, as ``cli_errors.ExitStatus.INTERRUPTED``
    return run()
