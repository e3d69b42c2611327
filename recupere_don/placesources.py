"""Where a place's facts come from: public pages, their dates and caveats, kept beside the place.

Written by `seed-known` (knownorgs), read by the editor (staff), the review queue and the public
place page (« Source », once the place is published). A place may have none.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .extensions import Model, db
from .models import Place, utcnow


class PlaceSource(Model):
    """One origin of a place's facts: the file it came from, its source pages, dates, caveats.

    `key` is stable across runs of the same file (name and municipality code), so that loading
    the file again finds the place instead of adding it twice. `facts` keeps the row's own words
    (kind, accepted items, how people give, address as written) for staff to check by phone.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("place.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    origin: Mapped[str] = mapped_column(String(200), default="")
    urls: Mapped[list[str]] = mapped_column(JSON, default=list)
    dated: Mapped[str] = mapped_column(String(100), default="")
    caveats: Mapped[str] = mapped_column(Text, default="")
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    place: Mapped[Place] = relationship()


def sources_of(place: Place | int | None) -> list[PlaceSource]:
    """The place's sources, oldest first; [] for a new (unsaved) place."""
    place_id = place.id if isinstance(place, Place) else place
    if place_id is None:
        return []
    return list(
        db.session.execute(
            select(PlaceSource).where(PlaceSource.place_id == place_id).order_by(PlaceSource.id)
        ).scalars()
    )
