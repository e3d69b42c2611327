"""Suggestions from citizens and enterprises: stored as proposed, applied only when staff accept.

A suggestion is a new place or a correction of one, in the history's value shape (see
placewrites.snapshot). Accepting writes through placewrites with the author « suggestion #N »;
rejecting keeps the suggestion and the reason. Nothing here is ever applied without a person,
except a correction sent through an update link whose place goes live at once (updatelinks.py).
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import JSON, ForeignKey, String, Text, func, select, update
from sqlalchemy.orm import Mapped, joinedload, mapped_column, relationship

from . import placewrites
from .admin.models import User
from .extensions import Model, db
from .geo.names import name_key
from .geo.territory import haversine_km
from .geocoder import geocode_address
from .i18n import _
from .models import Municipality, Place, PlaceStatus, utcnow

# The fields a suggestion may propose, in the order the forms and the queue show them.
PROPOSED_FIELDS = (
    "name",
    "place_type_code",
    "address",
    "municipality",
    "postal_code",
    "phone",
    "email",
    "website",
    "opening_hours",
    "hours_note_fr",
    "takes",
    "donation_pause",
)
DUPLICATE_KM = 2.0
DUPLICATE_SCORE = 80.0
MESSAGE_MAX = 2000


class SuggestionKind(enum.StrEnum):
    NEW_PLACE = "new"
    CORRECTION = "correction"


class SuggestionState(enum.StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class SuggestionOrigin(enum.StrEnum):
    PUBLIC = "public"  # the public forms
    UPDATE_LINK = "update_link"  # an enterprise's link whose place waits for moderation


class Suggestion(Model):
    """One proposal, kept whatever staff decide: what was proposed, by which way, the outcome.

    `contact_email` is for follow-up only and never shown publicly. `notified_at` is set once
    the staff digest mentioned it (mail.py).
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SuggestionKind] = mapped_column(String(12))
    origin: Mapped[SuggestionOrigin] = mapped_column(String(12), default=SuggestionOrigin.PUBLIC)
    state: Mapped[SuggestionState] = mapped_column(
        String(12), default=SuggestionState.PENDING, index=True
    )
    place_id: Mapped[int | None] = mapped_column(
        ForeignKey("place.id", ondelete="CASCADE"), index=True
    )
    values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    message: Mapped[str] = mapped_column(Text, default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    decided_at: Mapped[datetime | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    notified_at: Mapped[datetime | None]

    place: Mapped[Place | None] = relationship()
    decided_by: Mapped[User | None] = relationship()

    @property
    def author_label(self) -> str:
        return f"suggestion #{self.id}"


class SuggestionError(ValueError):
    """A decision the rules refuse (already decided…); French message."""


def submit(
    kind: SuggestionKind,
    values: Mapping[str, Any],
    *,
    place: Place | None = None,
    message: str = "",
    contact_email: str = "",
    origin: SuggestionOrigin = SuggestionOrigin.PUBLIC,
) -> Suggestion:
    """Store a proposal as it came; for a correction keep only the fields that differ."""
    proposed = {k: v for k, v in values.items() if k in PROPOSED_FIELDS}
    if place is not None:
        current = placewrites.snapshot(place)
        proposed = {k: v for k, v in proposed.items() if current.get(k) != v}
    suggestion = Suggestion(
        kind=kind,
        origin=origin,
        place=place,
        values=proposed,
        message=message[:MESSAGE_MAX],
        contact_email=contact_email[:200],
    )
    db.session.add(suggestion)
    db.session.commit()
    return suggestion


def pending() -> list[Suggestion]:
    return list(
        db.session.execute(
            select(Suggestion)
            .where(Suggestion.state == SuggestionState.PENDING)
            .options(joinedload(Suggestion.place))
            .order_by(Suggestion.created_at, Suggestion.id)
        ).scalars()
    )


def pending_count() -> int:
    return int(
        db.session.scalar(
            select(func.count(Suggestion.id)).where(Suggestion.state == SuggestionState.PENDING)
        )
        or 0
    )


def get(suggestion_id: int) -> Suggestion:
    return db.get_or_404(Suggestion, suggestion_id)


@dataclass
class Change:
    field: str
    before: Any
    after: Any


def changes(suggestion: Suggestion) -> list[Change]:
    """The proposal against the place as it is now (a new place: against nothing)."""
    current = placewrites.snapshot(suggestion.place) if suggestion.place else {}
    return [
        Change(name, current.get(name), suggestion.values[name])
        for name in PROPOSED_FIELDS
        if name in suggestion.values and current.get(name) != suggestion.values[name]
    ]


@dataclass
class Pin:
    lat: float
    lon: float
    source: str
    precision: str


def pin(values: Mapping[str, Any]) -> Pin | None:
    """Where a proposed new place would stand: its address geocoded (local data when offline)."""
    municipality = placewrites.Lookups().municipality(values.get("municipality"))
    result = geocode_address(
        str(values.get("address") or ""),
        municipality.name if municipality else "",
        str(values.get("postal_code") or ""),
    )
    if result.lat is None or result.lon is None:
        return None
    return Pin(result.lat, result.lon, str(result.source or ""), str(result.precision or ""))


class DuplicateFinder:
    """Places not archived with a similar name in the same municipality or nearby.

    Built once per page: the queue checks every new place against the same names.
    """

    def __init__(self) -> None:
        places = db.session.execute(
            select(Place)
            .where(Place.status != PlaceStatus.ARCHIVED)
            .options(joinedload(Place.municipality))
        ).scalars()
        self.keyed = [(place, name_key(place.name)) for place in places]

    def find(self, values: Mapping[str, Any], near: Pin | None) -> list[Place]:
        key = name_key(str(values.get("name") or ""))
        if not key:
            return []
        town = values.get("municipality")
        found = []
        for place, other in self.keyed:
            if fuzz.token_set_ratio(key, other) < DUPLICATE_SCORE:
                continue
            same_town = (
                town is not None
                and place.municipality is not None
                and place.municipality.code_geo == town
            )
            close = (
                near is not None
                and place.latitude is not None
                and place.longitude is not None
                and haversine_km(near.lat, near.lon, place.latitude, place.longitude)
                <= DUPLICATE_KM
            )
            if same_town or close:
                found.append(place)
        return found


def _decide(suggestion: Suggestion, state: SuggestionState, user: User, reason: str) -> None:
    suggestion.state = state
    suggestion.decided_at = utcnow()
    suggestion.decided_by = user
    suggestion.reason = reason


def _claim(suggestion: Suggestion, state: SuggestionState) -> None:
    """Take the pending suggestion for this transaction: of two staff deciding at once, the
    second finds it decided (a guarded UPDATE, not a read then a write)."""
    claimed = db.session.execute(
        update(Suggestion)
        .where(Suggestion.id == suggestion.id, Suggestion.state == SuggestionState.PENDING)
        .values(state=state)
        .execution_options(synchronize_session=False)
    )
    if getattr(claimed, "rowcount", 0) != 1:
        db.session.rollback()
        raise SuggestionError(_("Cette suggestion a déjà été traitée."))


def accept(suggestion: Suggestion, values: Mapping[str, Any], user: User) -> Place:
    """Apply `values` (the proposal, as staff left it) through the one write path.

    A correction updates the place and marks it verified; a new place is created, then
    published when it has a position and something it takes (else it stays a draft).
    """
    _claim(suggestion, SuggestionState.ACCEPTED)
    source = suggestion.author_label
    wanted = {k: v for k, v in values.items() if k in PROPOSED_FIELDS}
    if suggestion.place is not None:
        place = suggestion.place
        wanted["verified_at"] = utcnow().isoformat()
        placewrites.update(place, wanted, user, place.version, source=source)
    else:
        found = pin(wanted)
        if found is not None:
            wanted |= {
                "latitude": found.lat,
                "longitude": found.lon,
                "geocode_source": found.source or None,
                "geocode_precision": found.precision or None,
            }
        wanted["verified_at"] = utcnow().isoformat()
        place = placewrites.create(
            wanted, user, source=source, data_source=_("Suggestion du public"), commit=False
        )
        suggestion.place = place
        db.session.commit()
        # Without a position or anything it takes it stays a draft for staff to complete.
        with contextlib.suppress(placewrites.PlaceRuleError):
            placewrites.set_status(place, PlaceStatus.PUBLISHED, user, place.version, source=source)
    _decide(suggestion, SuggestionState.ACCEPTED, user, "")
    db.session.commit()
    return place


def reject(suggestion: Suggestion, user: User, reason: str) -> None:
    _claim(suggestion, SuggestionState.REJECTED)
    _decide(suggestion, SuggestionState.REJECTED, user, " ".join(reason.split())[:1000])
    db.session.commit()


def municipality_name(code_geo: str | None) -> str:
    if not code_geo:
        return ""
    found = db.session.execute(
        select(Municipality.name).where(Municipality.code_geo == code_geo)
    ).scalar_one_or_none()
    return found or code_geo
