"""Security issue: search misses counted, one row per normalised text

The first release wrote one row per missed search and staff read them grouped by text. Now a
row holds a normalised text (`key`, as search.log_miss computes it), how often it was searched
(`count`) and when last (`last_seen`). Upgrade merges the rows of each text into one, so the
counts staff see do not change; downgrade writes one row per counted search again.

Revision ID: db9c6fc409d2
Revises: d2361caff762
Create Date: 2026-12-01 22:55:12.120473
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

# The same normaliser as search.log_miss, so that new misses count onto the merged rows.
from recupere_don.itemsearch import normalise

# revision identifiers, used by Alembic.
revision = "db9c6fc409d2"
down_revision = "d2361caff762"
branch_labels = None
depends_on = None

KEY_LENGTH = 200
BATCH = 1000

search_miss = sa.table(
    "search_miss",
    sa.column("id", sa.Integer()),
    sa.column("key", sa.String()),
    sa.column("text", sa.String()),
    sa.column("count", sa.Integer()),
    sa.column("created_at", sa.DateTime()),
    sa.column("last_seen", sa.DateTime()),
)


def upgrade() -> None:
    with op.batch_alter_table("search_miss", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("count", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("last_seen", sa.DateTime(), nullable=True))

    _merge_rows_per_text()

    with op.batch_alter_table("search_miss", schema=None) as batch_op:
        batch_op.alter_column("count", existing_type=sa.Integer(), nullable=False)
        batch_op.alter_column("last_seen", existing_type=sa.DateTime(), nullable=False)
        batch_op.create_index(batch_op.f("ix_search_miss_last_seen"), ["last_seen"], unique=False)
        batch_op.create_unique_constraint(batch_op.f("uq_search_miss_key"), ["key"])


def _merge_rows_per_text() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(search_miss.c.id, search_miss.c.text, search_miss.c.created_at).order_by(
            search_miss.c.created_at, search_miss.c.id
        )
    ).all()
    groups: dict[str, list[Any]] = defaultdict(list)
    unkeyed: list[Any] = []
    for row in rows:
        key = normalise(row.text)[:KEY_LENGTH]
        (groups[key] if key else unkeyed).append(row)
    # Text with nothing to normalise (punctuation only): kept as it was, without a key.
    for row in unkeyed:
        connection.execute(
            search_miss.update()
            .where(search_miss.c.id == row.id)
            .values(count=1, last_seen=row.created_at)
        )
    doomed: list[int] = []
    for key, group in groups.items():
        first, last = group[0], group[-1]
        connection.execute(
            search_miss.update()
            .where(search_miss.c.id == first.id)
            .values(key=key, count=len(group), last_seen=last.created_at)
        )
        doomed.extend(row.id for row in group[1:])
    for start in range(0, len(doomed), BATCH):
        connection.execute(
            search_miss.delete().where(search_miss.c.id.in_(doomed[start : start + BATCH]))
        )


def downgrade() -> None:
    connection = op.get_bind()
    counted = connection.execute(
        sa.select(
            search_miss.c.text,
            search_miss.c.count,
            search_miss.c.created_at,
            search_miss.c.last_seen,
        ).where(search_miss.c.count > 1)
    ).all()
    # The first search keeps its row; the others come back dated when the text was last seen.
    extra: list[dict[str, str | datetime]] = [
        {"text": row.text, "created_at": row.last_seen}
        for row in counted
        for _ in range(row.count - 1)
    ]

    with op.batch_alter_table("search_miss", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_search_miss_key"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_search_miss_last_seen"))
        batch_op.drop_column("last_seen")
        batch_op.drop_column("count")
        batch_op.drop_column("key")

    release_search_miss = sa.table(
        "search_miss", sa.column("text", sa.String()), sa.column("created_at", sa.DateTime())
    )
    for start in range(0, len(extra), BATCH):
        connection.execute(release_search_miss.insert(), extra[start : start + BATCH])
