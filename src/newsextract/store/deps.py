"""The store's libraries come with the ``store`` extra: a missing one is a clear error."""

from __future__ import annotations

from importlib.util import find_spec

from newsextract.errors import StoreExtraMissingError

#: The modules the store imports, each from its own distribution in the ``store`` extra.
STORE_MODULES = ("sqlalchemy", "alembic", "datasketch")
INSTALL_HINT = "pip install 'newsextract[store]'"


def require_store_extra() -> None:
    """Raise ``StoreExtraMissingError`` naming the extra when one of its modules is missing
    (before any of them is imported, so the user reads this, not a bare ImportError)."""
    missing = [name for name in STORE_MODULES if find_spec(name) is None]
    if missing:
        raise StoreExtraMissingError(
            f"the article store needs {', '.join(missing)}: {INSTALL_HINT}",
            location="",
        )
