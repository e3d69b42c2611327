"""Staff reads of places (lists, filters, warnings, history labels) over the one place writer.

Every write goes through recupere_don.placewrites; its functions are re-exported here under the
names the editor's views use.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import joinedload, selectinload

from ..extensions import db
from ..i18n import _
from ..models import (
    GeocodePrecision,
    Mrc,
    Municipality,
    Place,
    PlaceStatus,
    Proposition,
    proposition_category,
    utcnow,
)
from ..placewrites import (
    EDITABLE_FIELDS,
    FIELD_LABELS,
    KIND_LABELS,
    SIMPLE_FIELDS,
    STALE_AFTER,
    STATUS_LABELS,
    TEXT_FIELDS,
    TRACKED_FIELDS,
    EditConflictError,
    MissingVersionError,
    PlaceRuleError,
    Territory,
    _municipality,
    apply_values,
    as_utc,
    confirm_and_publish,
    conflict_message,
    create_place,
    diff,
    format_datetime,
    history,
    latest_revision,
    mark_verified,
    mrc_for,
    revert,
    set_status,
    snapshot,
    territory_at,
    update_place,
)
from .models import PlaceRevision

__all__ = [
    "EDITABLE_FIELDS",
    "FIELD_LABELS",
    "KIND_LABELS",
    "SIMPLE_FIELDS",
    "STALE_AFTER",
    "STATUS_LABELS",
    "TEXT_FIELDS",
    "TRACKED_FIELDS",
    "EditConflictError",
    "MissingVersionError",
    "PlaceRuleError",
    "Territory",
    "_municipality",
    "apply_values",
    "as_utc",
    "confirm_and_publish",
    "conflict_message",
    "create_place",
    "diff",
    "format_datetime",
    "history",
    "latest_revision",
    "mark_verified",
    "mrc_for",
    "revert",
    "set_status",
    "snapshot",
    "territory_at",
    "update_place",
]


# --- reading places for staff ----------------------------------------------------------------


@dataclass(frozen=True)
class StaffFilters:
    status: str = ""
    mrc: str = ""
    category: str = ""
    q: str = ""

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> StaffFilters:
        status = args.get("status", "")
        return cls(
            status=status if status in {s.value for s in PlaceStatus} else "",
            mrc=args.get("mrc", "")[:40],
            category=args.get("category", "")[:40],
            q=args.get("q", "").strip()[:100],
        )

    def as_query(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v}


def staff_places_query(filters: StaffFilters) -> Select[Place]:
    stmt = (
        select(Place)
        .options(
            selectinload(Place.propositions).selectinload(Proposition.categories),
            joinedload(Place.municipality),
            joinedload(Place.mrc),
        )
        .order_by(Place.name, Place.id)
    )
    if filters.status:
        stmt = stmt.where(Place.status == filters.status)
    else:
        stmt = stmt.where(Place.status != PlaceStatus.ARCHIVED)
    if filters.mrc:
        stmt = stmt.where(Place.mrc_id.in_(select(Mrc.id).where(Mrc.slug == filters.mrc)))
    if filters.category:
        stmt = stmt.where(
            Place.id.in_(
                select(Proposition.place_id)
                .join(proposition_category)
                .where(proposition_category.c.category_code == filters.category)
            )
        )
    if filters.q:
        pattern = f"%{filters.q.lower()}%"
        stmt = stmt.where(
            or_(func.lower(Place.name).like(pattern), func.lower(Place.address).like(pattern))
        )
    return stmt


def staff_places(filters: StaffFilters) -> list[Place]:
    return list(db.session.execute(staff_places_query(filters)).unique().scalars())


def status_counts() -> dict[str, int]:
    rows = db.session.execute(select(Place.status, func.count(Place.id)).group_by(Place.status))
    return {str(status): int(count) for status, count in rows}


# --- position and warnings -------------------------------------------------------------------


def is_stale(place: Place, now: datetime) -> bool:
    """A year without a check; a place never checked counts from the day it was added."""
    checked = place.verified_at or place.created_at
    return checked is None or as_utc(checked) < now - STALE_AFTER


def place_warnings(place: Place, now: datetime | None = None) -> list[tuple[str, str]]:
    """(kind, message) pairs: what a reviewer should look at on this place."""
    from .validation import hours_problem

    now = now or utcnow()
    warnings: list[tuple[str, str]] = []
    if place.latitude is None or place.longitude is None:
        warnings.append(("position", _("Pas encore localisé sur la carte")))
    else:
        if place.geocode_precision == GeocodePrecision.MUNICIPALITY:
            warnings.append(("precision", _("Localisé seulement au centre de la municipalité")))
        territory = territory_at(place.latitude, place.longitude, place.municipality)
        for message in territory.warnings:
            kind = "outside" if territory.mrc_slug is None else "mrc"
            warnings.append((kind, message))
    problem = hours_problem(place.opening_hours)
    if problem is not None:
        warnings.append(("hours", problem))
    if is_stale(place, now):
        warnings.append(("stale", _("Pas vérifié depuis plus de 12 mois")))
    return warnings


def place_by_id(place_id: int) -> Place:
    return db.get_or_404(Place, place_id)


def revision_by_id(place: Place, revision_id: int) -> PlaceRevision:
    revision = db.get_or_404(PlaceRevision, revision_id)
    if revision.place_id != place.id:
        from werkzeug.exceptions import NotFound

        raise NotFound()
    return revision


def choices_municipalities() -> Sequence[Municipality]:
    return list(
        db.session.execute(
            select(Municipality).options(joinedload(Municipality.mrc)).order_by(Municipality.name)
        ).scalars()
    )


def describe_value(name: str, value: Any) -> str:
    """A history value as a staff member reads it: names rather than codes, dates in Québec."""
    if value is None or value == "" or value == {} or value == []:
        return "—"
    if name == "takes" and isinstance(value, dict):
        return " ; ".join(
            f"{action} : {', '.join(take.get('categories', []))}"
            + (f" ({take['conditions_fr']})" if take.get("conditions_fr") else "")
            for action, take in value.items()
        )
    if name == "municipality":
        municipality = _municipality(str(value))
        return municipality.name if municipality else str(value)
    if name == "status":
        return str(STATUS_LABELS.get(PlaceStatus(value), value))
    if name == "verified_at" and isinstance(value, str):
        return format_datetime(datetime.fromisoformat(value))
    if name == "service_area" and isinstance(value, dict):
        if value.get("mrcs"):
            return ", ".join(value["mrcs"])
        if value.get("radius_km"):
            return f"{value['radius_km']} km"
    return str(value)
