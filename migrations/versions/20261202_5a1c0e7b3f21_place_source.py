"""Known organisations issue: where a place's facts come from (place_source)

`flask seed-known` loads organisations gathered from public pages as drafts; each keeps its
source pages, their dates and the caveats in `place_source`, shown to staff in the editor and
to citizens as « Source » once the place is published. `key` (name and municipality code)
lets a second run find the place again. Upgrade adds the empty table; downgrade drops it, and
with it the sources (the places themselves stay).

Revision ID: 5a1c0e7b3f21
Revises: d077b0919968
Create Date: 2026-12-02 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "5a1c0e7b3f21"
down_revision = "d077b0919968"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "place_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("origin", sa.String(length=200), nullable=False),
        sa.Column("urls", sa.JSON(), nullable=False),
        sa.Column("dated", sa.String(length=100), nullable=False),
        sa.Column("caveats", sa.Text(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["place.id"],
            name=op.f("fk_place_source_place_id_place"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_source")),
        sa.UniqueConstraint("key", name=op.f("uq_place_source_key")),
    )
    with op.batch_alter_table("place_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_place_source_place_id"), ["place_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("place_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_place_source_place_id"))
    op.drop_table("place_source")
