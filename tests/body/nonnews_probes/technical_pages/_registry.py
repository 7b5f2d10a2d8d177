"""What the technical probe pages share: the pages, the lines each must keep as code, rows
or once, and the analytics scripts every generator's template carries."""

from __future__ import annotations

from ..pages import Probes

PROBES = Probes()

# Code lines each probe's ``body_blocks`` must hold in a ``PREFORMATTED`` block (code kept
# as code), and table rows (cells in order) that must be a ``TABLE_ROW``'s cells.
CODE: dict[str, tuple[str, ...]] = {}
ROWS: dict[str, tuple[tuple[str, ...], ...]] = {}
# Lines the body must hold exactly once (a formula with its hidden copy, a tab's code).
ONCE: dict[str, tuple[str, ...]] = {}


def script(name: str) -> str:
    return (
        f"<script src='/assets/{name}.js'></script><script>window.dataLayer=window.dataLayer"
        "||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script>"
    )


__all__ = ["CODE", "ONCE", "PROBES", "ROWS", "script"]
