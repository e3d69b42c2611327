"""Domain operations on places for staff: edit, change status, record and revert history.

The editor and the CLI both go through these functions. A place is described to them as a dict
of field values in the same shape as the history stores (see `snapshot`), so that saving a form,
reverting a change and importing all share one code path.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.exc import StaleDataError

from ..extensions import db
from ..geo.names import name_key, slugify
from ..i18n import _, _l
from ..models import (
    Category,
    GeocodePrecision,
    GeocodeSource,
    Mrc,
    Municipality,
    Place,
    PlaceStatus,
    Proposition,
    proposition_category,
    utcnow,
)
from ..territories import territory_index
from .models import PlaceRevision, User

# Plain columns tracked by the history, in the order the editor shows them.
SIMPLE_FIELDS = (
    "name",
    "place_type_code",
    "description_fr",
    "description_en",
    "address",
    "postal_code",
    "latitude",
    "longitude",
    "geocode_source",
    "geocode_precision",
    "phone",
    "email",
    "website",
    "opening_hours",
    "hours_note_fr",
    "hours_note_en",
    "service_area",
    "status",
)
# The editor's plain text inputs: the tracked columns that are neither numbers nor structures.
TEXT_FIELDS = tuple(
    f for f in SIMPLE_FIELDS if f not in {"latitude", "longitude", "service_area", "status"}
)
# Derived or relational fields, stored by stable code rather than by database id.
TRACKED_FIELDS = (*SIMPLE_FIELDS, "municipality", "mrc", "verified_at", "takes")
EDITABLE_FIELDS = tuple(f for f in TRACKED_FIELDS if f not in {"status", "mrc"})

FIELD_LABELS = {
    "name": _l("Nom"),
    "place_type_code": _l("Type de lieu"),
    "description_fr": _l("Description (français)"),
    "description_en": _l("Description (anglais)"),
    "address": _l("Adresse"),
    "municipality": _l("Municipalité"),
    "postal_code": _l("Code postal"),
    "mrc": _l("MRC"),
    "latitude": _l("Latitude"),
    "longitude": _l("Longitude"),
    "geocode_source": _l("Source de la position"),
    "geocode_precision": _l("Précision de la position"),
    "phone": _l("Téléphone"),
    "email": _l("Courriel"),
    "website": _l("Site Web"),
    "opening_hours": _l("Heures d'ouverture"),
    "hours_note_fr": _l("Note sur les heures (français)"),
    "hours_note_en": _l("Note sur les heures (anglais)"),
    "service_area": _l("Territoire desservi (ramassage)"),
    "status": _l("Statut"),
    "verified_at": _l("Dernière vérification"),
    "takes": _l("Ce que le lieu prend"),
}
STATUS_LABELS = {
    PlaceStatus.DRAFT: _l("Brouillon"),
    PlaceStatus.PUBLISHED: _l("Publié"),
    PlaceStatus.ARCHIVED: _l("Archivé"),
}
KIND_LABELS = {
    "create": _l("Création"),
    "update": _l("Modification"),
    "publish": _l("Publication"),
    "unpublish": _l("Retour en brouillon"),
    "archive": _l("Archivage"),
    "restore": _l("Restauration"),
    "revert": _l("Annulation"),
    "import": _l("Importation"),
}
STALE_AFTER = timedelta(days=365)


class EditConflictError(Exception):
    """Someone else saved the place since this edit began; nothing was written."""

    def __init__(self, place: Place, latest: PlaceRevision | None) -> None:
        self.place = place
        self.latest = latest
        super().__init__(conflict_message(latest))


class MissingVersionError(EditConflictError):
    """The save did not say which version it edited (a tampered or outdated page)."""

    def __str__(self) -> str:
        return _(
            "Enregistrement refusé : la page ne dit pas quelle version du lieu vous avez "
            "modifiée, donc vos changements pourraient effacer ceux d'une autre personne. "
            "Ouvrez la version la plus récente, puis refaites vos changements."
        )


class PlaceRuleError(ValueError):
    """A change the rules refuse (publishing a place with no position…); French msgid."""


def conflict_message(latest: PlaceRevision | None) -> str:
    if latest is not None and latest.user is not None:
        return _(
            "Enregistrement refusé : %(who)s a modifié ce lieu le %(when)s, pendant que vous "
            "l'éditiez. Vos changements n'ont pas été enregistrés. Ouvrez la version la plus "
            "récente, puis refaites vos changements.",
            who=latest.user.email,
            when=format_datetime(latest.created_at),
        )
    return _(
        "Enregistrement refusé : quelqu'un d'autre a modifié ce lieu pendant que vous "
        "l'éditiez. Vos changements n'ont pas été enregistrés. Ouvrez la version la plus "
        "récente, puis refaites vos changements."
    )


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return as_utc(value).astimezone(_TORONTO).strftime("%Y-%m-%d %H:%M")


def as_utc(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _toronto() -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo("America/Toronto")


_TORONTO = _toronto()


# --- snapshots and history -------------------------------------------------------------------


def _takes(place: Place) -> dict[str, dict[str, Any]]:
    return {
        p.action_code: {
            "categories": sorted(c.code for c in p.categories),
            "conditions_fr": p.conditions_fr,
            "conditions_en": p.conditions_en,
        }
        for p in sorted(place.propositions, key=lambda p: p.action_code)
        if p.categories
    }


def snapshot(place: Place) -> dict[str, Any]:
    """Every tracked field as a JSON-safe value, relations by their stable code."""
    values: dict[str, Any] = {name: getattr(place, name) for name in SIMPLE_FIELDS}
    for name in ("status", "geocode_source", "geocode_precision"):
        values[name] = str(values[name]) if values[name] is not None else None
    values["municipality"] = place.municipality.code_geo if place.municipality else None
    values["mrc"] = place.mrc.slug if place.mrc else None
    values["verified_at"] = as_utc(place.verified_at).isoformat() if place.verified_at else None
    values["takes"] = _takes(place)
    return values


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {"field": name, "before": before.get(name), "after": after.get(name)}
        for name in TRACKED_FIELDS
        if before.get(name) != after.get(name)
    ]


def _record(
    place: Place, kind: str, changes: list[dict[str, Any]], user: User | None, **extra: Any
) -> PlaceRevision | None:
    if not changes and kind not in {"create"}:
        return None
    revision = PlaceRevision(place=place, user=user, kind=kind, changes=changes, **extra)
    db.session.add(revision)
    return revision


def history(place: Place) -> list[PlaceRevision]:
    return list(
        db.session.execute(
            select(PlaceRevision)
            .where(PlaceRevision.place_id == place.id)
            .options(joinedload(PlaceRevision.user))
            .order_by(PlaceRevision.created_at.desc(), PlaceRevision.id.desc())
        ).scalars()
    )


def latest_revision(place: Place) -> PlaceRevision | None:
    revisions = history(place)
    return revisions[0] if revisions else None


# --- applying values -------------------------------------------------------------------------


def _municipality(code_geo: str | None) -> Municipality | None:
    if not code_geo:
        return None
    return db.session.execute(
        select(Municipality).where(Municipality.code_geo == code_geo)
    ).scalar_one_or_none()


def mrc_for(municipality: Municipality | None, lat: float | None, lon: float | None) -> Mrc | None:
    """The MRC follows the pin inside the region; elsewhere, the municipality's MRC."""
    if lat is not None and lon is not None:
        slug = territory_index().mrc_at(lon, lat)
        if slug is not None:
            return db.session.execute(select(Mrc).where(Mrc.slug == slug)).scalar_one()
    return municipality.mrc if municipality else None


def _apply_takes(place: Place, takes: Mapping[str, Mapping[str, Any]]) -> None:
    # Update in place rather than delete and re-add: (place, action) is unique.
    wanted = {action: take for action, take in takes.items() if take.get("categories")}
    for stale in list(place.propositions):
        if stale.action_code not in wanted:
            place.propositions.remove(stale)
    existing = {p.action_code: p for p in place.propositions}
    for action, take in wanted.items():
        proposition = existing.get(action) or Proposition(action_code=action)
        if action not in existing:
            place.propositions.append(proposition)
        proposition.categories = [db.session.get_one(Category, c) for c in take["categories"]]
        proposition.conditions_fr = take.get("conditions_fr") or ""
        proposition.conditions_en = take.get("conditions_en") or ""


def apply_values(place: Place, values: Mapping[str, Any]) -> None:
    """Set the given tracked fields (snapshot shape); the MRC is always derived, never set."""
    for name in SIMPLE_FIELDS:
        if name in values:
            value = values[name]
            if name in {"latitude", "longitude"} and value is not None:
                value = float(value)
            setattr(place, name, value)
    if "municipality" in values:
        place.municipality = _municipality(values["municipality"])
    if "verified_at" in values:
        raw = values["verified_at"]
        place.verified_at = datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    if "takes" in values:
        _apply_takes(place, values["takes"])
    if place.latitude is None or place.longitude is None:
        place.latitude = place.longitude = None
        place.geocode_source = place.geocode_precision = None
    place.mrc = mrc_for(place.municipality, place.latitude, place.longitude)


def _unique_slug(name: str, municipality: Municipality | None) -> str:
    base = slugify(f"{name} {municipality.name}" if municipality else name)[:150] or "lieu"
    taken = set(db.session.execute(select(Place.slug).where(Place.slug.like(f"{base}%"))).scalars())
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def create_place(values: Mapping[str, Any], user: User | None, kind: str = "create") -> Place:
    municipality = _municipality(values.get("municipality"))
    place = Place(
        slug=_unique_slug(str(values.get("name", "")), municipality),
        name=str(values.get("name", "")),
        place_type_code=str(values["place_type_code"]),
        status=PlaceStatus.DRAFT,
        data_source=str(values.get("data_source", "")) or _("Saisie par l'équipe"),
    )
    db.session.add(place)
    apply_values(place, {k: v for k, v in values.items() if k in EDITABLE_FIELDS})
    db.session.flush()
    _record(place, kind, diff({}, snapshot(place)), user)
    db.session.commit()
    return place


def _conflict(place_id: int) -> EditConflictError:
    db.session.rollback()
    fresh = db.session.get_one(Place, place_id)
    return EditConflictError(fresh, latest_revision(fresh))


def _claim(place: Place, expected_version: int | None) -> None:
    """Check the version the editor saw, then take the place for this transaction.

    The claim is the version column's own guarded UPDATE (… WHERE version = seen), flushed
    before anything else is written: a concurrent save of the same version waits on the row,
    then finds the version moved on and becomes an EditConflictError, never a 500 from a later
    statement (the takes' unique constraint) or an autoflush.
    """
    if expected_version is None:
        # Without it we cannot tell whether someone else saved meanwhile: refuse rather than
        # overwrite their change.
        db.session.rollback()
        raise MissingVersionError(place, None)
    if expected_version != place.version:
        raise EditConflictError(place, latest_revision(place))
    place_id = place.id
    place.updated_at = utcnow()
    try:
        db.session.flush()
    except StaleDataError:
        raise _conflict(place_id) from None


def _commit_or_conflict(place: Place) -> None:
    place_id = place.id
    try:
        db.session.commit()
    except StaleDataError:
        # Not expected after _claim; kept so that a race still ends as a conflict.
        raise _conflict(place_id) from None


def update_place(
    place: Place,
    values: Mapping[str, Any],
    user: User | None,
    expected_version: int | None,
    kind: str = "update",
) -> PlaceRevision | None:
    """Save staff changes; refuse with EditConflictError when the place moved on meanwhile."""
    before = snapshot(place)
    _claim(place, expected_version)
    apply_values(place, {k: v for k, v in values.items() if k in EDITABLE_FIELDS})
    changes = diff(before, snapshot(place))
    if not changes:
        db.session.rollback()
        return None
    revision = _record(place, kind, changes, user)
    _commit_or_conflict(place)
    return revision


def set_status(
    place: Place, status: PlaceStatus, user: User | None, expected_version: int | None
) -> PlaceRevision | None:
    """Draft → published → archived; archiving is how a place is deleted; restore → draft."""
    if status == PlaceStatus.PUBLISHED and (place.latitude is None or place.longitude is None):
        raise PlaceRuleError(_("Localisez le lieu sur la carte avant de le publier."))
    if status == PlaceStatus.PUBLISHED and not place.propositions:
        raise PlaceRuleError(
            _("Indiquez au moins une catégorie d'objets pour une action avant de publier.")
        )
    _claim(place, expected_version)
    kind = {
        PlaceStatus.PUBLISHED: "publish",
        PlaceStatus.ARCHIVED: "archive",
        PlaceStatus.DRAFT: "restore" if place.status == PlaceStatus.ARCHIVED else "unpublish",
    }[status]
    before = snapshot(place)
    place.status = status
    changes = diff(before, snapshot(place))
    if not changes:
        db.session.rollback()
        return None
    revision = _record(place, kind, changes, user)
    _commit_or_conflict(place)
    return revision


def mark_verified(place: Place, user: User | None, expected_version: int | None) -> None:
    update_place(place, {"verified_at": utcnow().isoformat()}, user, expected_version)


def revert(
    revision: PlaceRevision, user: User | None, expected_version: int | None
) -> PlaceRevision | None:
    """Put back the values a revision replaced, as a new revision (history only grows)."""
    place = revision.place
    before = snapshot(place)
    _claim(place, expected_version)
    values = {c["field"]: c["before"] for c in revision.changes}
    created = any(c["field"] == "name" and c["before"] is None for c in revision.changes)
    if revision.kind == "create" or created:
        # Undoing a creation is archiving it: nothing is ever destroyed.
        values = {"status": str(PlaceStatus.ARCHIVED)}
    status = values.pop("status", None)
    values.pop("mrc", None)
    apply_values(place, values)
    if status is not None:
        place.status = PlaceStatus(status)
    changes = diff(before, snapshot(place))
    if not changes:
        db.session.rollback()
        return None
    new = _record(place, "revert", changes, user, reverted_revision_id=revision.id)
    _commit_or_conflict(place)
    return new


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


@dataclass
class Territory:
    """Where a point falls, and what disagrees with the stated municipality."""

    mrc_slug: str | None
    mrc_name: str | None
    in_region: bool
    municipality_mrc: str | None
    warnings: list[str] = field(default_factory=list)


def territory_at(lat: float, lon: float, municipality: Municipality | None) -> Territory:
    index = territory_index()
    slug = index.mrc_at(lon, lat)
    mrc = db.session.execute(select(Mrc).where(Mrc.slug == slug)).scalar_one_or_none()
    result = Territory(
        mrc_slug=slug,
        mrc_name=mrc.name if mrc else None,
        in_region=slug is not None or index.in_region(lon, lat),
        municipality_mrc=municipality.mrc.name if municipality else None,
    )
    if slug is None:
        result.warnings.append(
            _(
                "Le repère est hors de la Chaudière-Appalaches (à environ %(km).0f km). "
                "Vérifiez l'adresse ou déplacez le repère.",
                km=index.distance_to_region_km(lon, lat),
            )
        )
    elif municipality is not None and municipality.mrc.slug != slug:
        result.warnings.append(
            _(
                "Le repère est dans la MRC %(pin)s, mais %(municipality)s est dans la MRC "
                "%(expected)s. Vérifiez la municipalité ou la position du repère.",
                pin=result.mrc_name or slug,
                municipality=municipality.name,
                expected=municipality.mrc.name,
            )
        )
    return result


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
    if place.verified_at is None or as_utc(place.verified_at) < now - STALE_AFTER:
        warnings.append(("stale", _("Pas vérifié depuis plus de 12 mois")))
    return warnings


def is_manual(place: Place) -> bool:
    return place.geocode_source == GeocodeSource.MANUAL


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


def similar_key(name: str) -> str:
    return name_key(name)


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
