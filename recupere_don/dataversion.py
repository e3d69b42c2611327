"""Counters that move whenever places or the taxonomy change: cheap validators for caches.

Every ORM flush that touches a place or a proposition bumps PLACES, one that touches a category
or a synonym bumps TAXONOMY, in the same transaction, so every process sees it at commit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from .extensions import Model, db
from .models import Category, Place, Proposition, Synonym

PLACES = 1
TAXONOMY = 2
_WATCHED: dict[int, tuple[type, ...]] = {
    PLACES: (Place, Proposition),
    TAXONOMY: (Category, Synonym),
}


class DataVersion(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


def current(counter: int = PLACES) -> int:
    value = db.session.execute(select(DataVersion.value).where(DataVersion.id == counter)).scalar()
    return value or 0


@event.listens_for(Session, "before_flush")
def _bump(session: Session, _context: Any, _instances: Any) -> None:
    changed = (*session.new, *session.dirty, *session.deleted)
    for counter, kinds in _WATCHED.items():
        if not any(isinstance(obj, kinds) for obj in changed):
            continue
        # The connection, not the session: executing through the session would flush again.
        connection = session.connection()
        bumped = connection.execute(
            update(DataVersion).where(DataVersion.id == counter).values(value=DataVersion.value + 1)
        )
        if bumped.rowcount == 0:
            connection.execute(insert(DataVersion).values(id=counter, value=1))
