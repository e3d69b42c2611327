"""Suggestions issue: public suggestions, private update links, donation pauses

`suggestion` keeps every proposal (a new place or a correction) with what staff decided;
`update_link` holds the SHA-256 of each enterprise's private link, its expiry, revocation and
last use; `place.donation_pause` holds a pause (end date, categories, reason) or NULL. Upgrade
adds the empty tables and the NULL column: places of the previous release accept donations as
before. Downgrade drops them, with the proposals, the links and the pauses.

Revision ID: c195a879618a
Revises: 5a1c0e7b3f21
Create Date: 2026-12-02 01:37:15.956803
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "c195a879618a"
down_revision = "5a1c0e7b3f21"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suggestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("origin", sa.String(length=12), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("contact_email", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["staff_user.id"],
            name=op.f("fk_suggestion_decided_by_id_staff_user"),
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_suggestion_place_id_place"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion")),
    )
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestion_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_place_id"), ["place_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_state"), ["state"], unique=False)

    op.create_table(
        "update_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("goes_live", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_user.id"],
            name=op.f("fk_update_link_created_by_id_staff_user"),
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_update_link_place_id_place"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_update_link")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_update_link_token_hash")),
    )
    with op.batch_alter_table("update_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_update_link_place_id"), ["place_id"], unique=False)

    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.add_column(sa.Column("donation_pause", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("place", schema=None) as batch_op:
        batch_op.drop_column("donation_pause")

    with op.batch_alter_table("update_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_update_link_place_id"))

    op.drop_table("update_link")
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suggestion_state"))
        batch_op.drop_index(batch_op.f("ix_suggestion_place_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_created_at"))

    op.drop_table("suggestion")
