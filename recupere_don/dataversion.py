"""A counter that moves whenever places or what they take change: a cheap validator for caches.

Every ORM flush that touches a place, a proposition or a proposition's categories bumps it in
the same transaction, so all processes sharing the database see the change at commit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, insert, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from .extensions import Model, db
from .models import Place, Proposition

ROW_ID = 1


class DataVersion(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


def current() -> int:
    value = db.session.execute(select(DataVersion.value).where(DataVersion.id == ROW_ID)).scalar()
    return value or 0


def _touches_places(session: Session) -> bool:
    changed = (*session.new, *session.dirty, *session.deleted)
    return any(isinstance(obj, Place | Proposition) for obj in changed)


@event.listens_for(Session, "before_flush")
def _bump(session: Session, _context: Any, _instances: Any) -> None:
    if not _touches_places(session):
        return
    # The connection, not the session: executing through the session here would flush again.
    connection = session.connection()
    bumped = connection.execute(
        update(DataVersion).where(DataVersion.id == ROW_ID).values(value=DataVersion.value + 1)
    )
    if bumped.rowcount == 0:
        connection.execute(insert(DataVersion).values(id=ROW_ID, value=1))
