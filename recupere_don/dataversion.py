"""Counters that move whenever places, the taxonomy or the territory change: cache validators.

Every ORM flush that touches a place or a proposition bumps PLACES, a category or a synonym
TAXONOMY, an MRC (its outline) or a municipality TERRITORY, in the same transaction: every
process sharing the database sees the change at commit, and rebuilds what it cached.
"""

from __future__ import annotations

from typing import Any

from flask import g, has_request_context
from sqlalchemy import event, insert, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from .extensions import Model, db
from .models import Category, Mrc, Municipality, Place, Proposition, Synonym

PLACES = 1
TAXONOMY = 2
TERRITORY = 3
_WATCHED: dict[int, tuple[type, ...]] = {
    PLACES: (Place, Proposition),
    TAXONOMY: (Category, Synonym),
    TERRITORY: (Mrc, Municipality),
}


class DataVersion(Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


def current(counter: int = PLACES) -> int:
    return _all_counters().get(counter, 0)


def _all_counters() -> dict[int, int]:
    """Every counter in one query, read once per request (a request checks up to five caches)."""
    if has_request_context() and _MEMO in g:
        memo: dict[int, int] = g.get(_MEMO)
        return memo
    rows = db.session.execute(select(DataVersion.id, DataVersion.value)).all()
    counters = {counter: value or 0 for counter, value in rows}
    if has_request_context():
        setattr(g, _MEMO, counters)
    return counters


_MEMO = "data_versions"


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
        # This request changed the data: what it reads next must see the new counters.
        if has_request_context():
            g.pop(_MEMO, None)
