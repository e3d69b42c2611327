"""Coverage and activity issue: weekly activity counters (activity_count)

Searches by category, missed searches, page and embed views, counted per week and per MRC (a
municipality at most) for the activity report. Nothing about the person is stored. Upgrade adds
the empty table; downgrade drops it, and with it the counts (nothing else depends on them).

Revision ID: 7c3e9a41d5b2
Revises: c195a879618a
Create Date: 2026-12-02 02:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "7c3e9a41d5b2"
down_revision = "c195a879618a"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("subject", sa.String(length=60), nullable=False),
        sa.Column("mrc", sa.String(length=40), nullable=False),
        sa.Column("municipality", sa.String(length=8), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_count")),
        sa.UniqueConstraint(
            "week",
            "kind",
            "subject",
            "mrc",
            "municipality",
            name=op.f("uq_activity_count_week"),
        ),
    )


def downgrade() -> None:
    op.drop_table("activity_count")
