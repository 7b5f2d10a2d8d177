"""Pages fetched, articles (latest version per canonical URL) and their revisions.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

Key = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
When = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", Key, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("site", sa.Text, nullable=False),
        sa.Column("language", sa.Text),
        sa.Column("published", When),
        sa.Column("title", sa.Text),
        sa.Column("body_hash", sa.Text, nullable=False),
        sa.Column("version_hash", sa.Text, nullable=False),
        sa.Column("revision_count", sa.Integer, nullable=False),
        sa.Column("first_seen", When, nullable=False),
        sa.Column("updated_at", When, nullable=False),
        sa.Column("checked_at", When, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("url", name="uq_articles_url"),
    )
    op.create_index("ix_articles_site_updated", "articles", ["site", "updated_at"])
    op.create_index("ix_articles_updated", "articles", ["updated_at"])
    op.create_index("ix_articles_body_hash", "articles", ["body_hash"])
    op.create_table(
        "pages",
        sa.Column("id", Key, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("site", sa.Text, nullable=False),
        sa.Column("final_url", sa.Text),
        sa.Column("status", sa.Integer),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("content_hash", sa.Text),
        sa.Column("source_modified", When),
        sa.Column("fetched_at", When),
        sa.Column("checked_at", When, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("message", sa.Text),
        sa.Column("article_id", Key),
        sa.PrimaryKeyConstraint("id", name="pk_pages"),
        sa.UniqueConstraint("url", name="uq_pages_url"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_pages_article_id_articles",
            ondelete="SET NULL",
        ),
    )
    op.create_table(
        "revisions",
        sa.Column("id", Key, primary_key=True, autoincrement=True),
        sa.Column("article_id", Key, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("seen_at", When, nullable=False),
        sa.Column("page_url", sa.Text, nullable=False),
        sa.Column("changes", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("body_hash", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_revisions"),
        sa.UniqueConstraint("article_id", "number", name="uq_revisions_article_id_number"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_revisions_article_id_articles",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_revisions_seen", "revisions", ["seen_at"])


def downgrade() -> None:
    op.drop_table("revisions")
    op.drop_table("pages")
    op.drop_table("articles")
