"""One write path issue: each place revision names its author, a person or a source

Until now a revision only pointed at a staff account, so a change made by `flask import-places`
or the demo seed had no author at all. `author_label` names a source that is not a person
(`import: partenaires.csv`, `seed`). Upgrade labels the import revisions nobody signed as
`import` (their file name was never kept); downgrade drops the column, and with it the labels.

Revision ID: d077b0919968
Revises: db9c6fc409d2
Create Date: 2026-12-01 22:56:40.040386
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "d077b0919968"
down_revision = "db9c6fc409d2"
branch_labels = None
depends_on = None

place_revision = sa.table(
    "place_revision",
    sa.column("kind", sa.String()),
    sa.column("user_id", sa.Integer()),
    sa.column("author_label", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("place_revision", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("author_label", sa.String(length=200), server_default="", nullable=False)
        )
    op.get_bind().execute(
        place_revision.update()
        .where(place_revision.c.kind == "import", place_revision.c.user_id.is_(None))
        .values(author_label="import")
    )


def downgrade() -> None:
    with op.batch_alter_table("place_revision", schema=None) as batch_op:
        batch_op.drop_column("author_label")
