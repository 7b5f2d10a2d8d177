"""Alembic's entry point for the store: runs on the connection ``migrate.upgrade`` passes in
``config.attributes["connection"]`` (already in a transaction, and locked against another
process migrating the same store); nothing here configures logging."""

from __future__ import annotations

from alembic import context

from newsextract.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite changes a table by rebuilding it: batch mode does that
)
with context.begin_transaction():
    context.run_migrations()
