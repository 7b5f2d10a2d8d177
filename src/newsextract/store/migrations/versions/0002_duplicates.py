"""Duplicates: ``duplicate_of`` and ``similarity`` on articles, their MinHash ``signature``,
and the ``lsh_bands`` that find near duplicates by one indexed query.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

Key = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("duplicate_of", Key))
        batch.add_column(sa.Column("similarity", sa.Float))
        batch.add_column(sa.Column("signature", sa.LargeBinary))
        batch.create_foreign_key(
            "fk_articles_duplicate_of_articles",
            "articles",
            ["duplicate_of"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "lsh_bands",
        sa.Column("article_id", Key, nullable=False),
        sa.Column("band", sa.SmallInteger, nullable=False),
        sa.Column("hash", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("article_id", "band", name="pk_lsh_bands"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_lsh_bands_article_id_articles",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_lsh_bands_hash", "lsh_bands", ["hash"])


def downgrade() -> None:
    op.drop_table("lsh_bands")
    with op.batch_alter_table("articles") as batch:
        batch.drop_constraint("fk_articles_duplicate_of_articles", type_="foreignkey")
        batch.drop_column("signature")
        batch.drop_column("similarity")
        batch.drop_column("duplicate_of")
