"""Items issue: what a place refuses, per action (proposition.refuses)

A place taking "Meubles" for giving may refuse mattresses: `refuses` holds the item codes of
the catalogue (data/items.csv) one proposition refuses. Upgrade adds the column, empty for
every proposition (the first release only had free text in the conditions). Downgrade drops
it after writing each refusal back into the conditions text (« Refusés : Matelas. »), so that
what staff entered is still read by the citizens of the older release.

Revision ID: 8c4e2d1f9a6b
Revises: 7c3e9a41d5b2
Create Date: 2026-12-02 02:00:00.000000
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import op
from flask import current_app

from recupere_don.catalogue import load_catalogue

# revision identifiers, used by Alembic.
revision = "8c4e2d1f9a6b"
down_revision = "7c3e9a41d5b2"
branch_labels = None
depends_on = None

CONDITIONS_LENGTH = 500

proposition = sa.table(
    "proposition",
    sa.column("id", sa.Integer()),
    sa.column("conditions_fr", sa.String()),
    sa.column("conditions_en", sa.String()),
    sa.column("refuses", sa.JSON()),
)


def upgrade() -> None:
    with op.batch_alter_table("proposition", schema=None) as batch_op:
        batch_op.add_column(sa.Column("refuses", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    _refusals_into_conditions()
    with op.batch_alter_table("proposition", schema=None) as batch_op:
        batch_op.drop_column("refuses")


def _refusals_into_conditions() -> None:
    # The catalogue is data, read as the migration finds it: staff read labels, not codes.
    catalogue = load_catalogue(Path(current_app.config["DATA_DIR"]) / "items.csv")

    def label(code: str, lang: str) -> str:
        item = catalogue.item(code)
        return item.label(lang) if item is not None else code

    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            proposition.c.id,
            proposition.c.conditions_fr,
            proposition.c.conditions_en,
            proposition.c.refuses,
        )
    ).all()
    for row in rows:
        if not row.refuses:
            continue
        texts = {}
        for lang, lead, current in (
            ("fr", "Refusés : ", row.conditions_fr),
            ("en", "Refused: ", row.conditions_en),
        ):
            labels = ", ".join(label(code, lang) for code in row.refuses)
            sentence = f"{lead}{labels}."
            texts[f"conditions_{lang}"] = (f"{current} {sentence}" if current else sentence)[
                :CONDITIONS_LENGTH
            ]
        connection.execute(proposition.update().where(proposition.c.id == row.id).values(**texts))
