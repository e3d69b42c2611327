"""The one writer of places: create, update, status, verification, revert, and their history.

The editor, the imports (browser and `flask import-places`) and the demo seed all write through
these functions, so that a place is stored the same way whoever writes it, and every write adds
a PlaceRevision naming its author: a staff account, a source text (`import: partenaires.csv`,
`seed`), or both (a staff member's import). A place is described as a dict of field values in the
shape the history stores (see `snapshot`).

One MRC rule: the point decides (its outline, with the geocoder's border tolerance); a place with
no point, or a point outside the region, takes its municipality's MRC. A point in another MRC
than the stated municipality's is a warning, never a refusal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.exc import StaleDataError

from .admin.models import PlaceRevision, User
from .extensions import db
from .geo.geocoding import BORDER_TOLERANCE_KM, TerritoryCheck
from .geo.names import slugify
from .geo.territory import TerritoryIndex
from .i18n import _, _l
from .models import Category, Mrc, Municipality, Place, PlaceStatus, Proposition, utcnow
from .mrcdata import territory_index

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
    "donation_pause",
    "status",
)
# The editor's plain text inputs: the tracked columns that are neither numbers nor structures.
TEXT_FIELDS = tuple(
    f
    for f in SIMPLE_FIELDS
    if f not in {"latitude", "longitude", "service_area", "donation_pause", "status"}
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
    "donation_pause": _l("Pause des dons"),
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


def _take(proposition: Proposition) -> dict[str, Any]:
    take: dict[str, Any] = {
        "categories": sorted(c.code for c in proposition.categories),
        "conditions_fr": proposition.conditions_fr,
        "conditions_en": proposition.conditions_en,
    }
    # Only when there are some: revisions and import records written before refusals existed
    # then still equal today's snapshot of the same place.
    if proposition.refuses:
        take["refuses"] = sorted(proposition.refuses)
    return take


def _takes(place: Place) -> dict[str, dict[str, Any]]:
    return {
        p.action_code: _take(p)
        for p in sorted(place.propositions, key=lambda p: p.action_code)
        if p.categories
    }


def snapshot_takes(place: Place) -> dict[str, dict[str, Any]]:
    """What the place takes, per action: categories, refused items and conditions (the
    history's shape; `refuses` only when the action refuses items)."""
    return _takes(place)


def snapshot_verified_at(place: Place) -> str | None:
    return as_utc(place.verified_at).isoformat() if place.verified_at else None


def snapshot(place: Place) -> dict[str, Any]:
    """Every tracked field as a JSON-safe value, relations by their stable code."""
    values: dict[str, Any] = {name: getattr(place, name) for name in SIMPLE_FIELDS}
    for name in ("status", "geocode_source", "geocode_precision"):
        values[name] = str(values[name]) if values[name] is not None else None
    values["municipality"] = place.municipality.code_geo if place.municipality else None
    values["mrc"] = place.mrc.slug if place.mrc else None
    values["verified_at"] = snapshot_verified_at(place)
    values["takes"] = _takes(place)
    return values


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {"field": name, "before": before.get(name), "after": after.get(name)}
        for name in TRACKED_FIELDS
        if before.get(name) != after.get(name)
    ]


def _record(
    place: Place,
    kind: str,
    changes: list[dict[str, Any]],
    user: User | None,
    source: str = "",
    **extra: Any,
) -> PlaceRevision | None:
    if not changes and kind not in {"create"}:
        return None
    revision = PlaceRevision(
        place=place, user=user, author_label=source[:200], kind=kind, changes=changes, **extra
    )
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


class Lookups:
    """Municipalities, MRCs and categories by code, read once per batch (an import) or per call."""

    def __init__(self) -> None:
        self._municipalities: dict[str, Municipality] | None = None
        self._mrcs: dict[str, Mrc] | None = None
        self._categories: dict[str, Category] | None = None

    def municipality(self, code_geo: str | None) -> Municipality | None:
        if not code_geo:
            return None
        if self._municipalities is None:
            rows = db.session.execute(select(Municipality)).scalars()
            self._municipalities = {m.code_geo: m for m in rows}
        return self._municipalities.get(code_geo)

    def mrc(self, slug: str | None) -> Mrc | None:
        if not slug:
            return None
        if self._mrcs is None:
            self._mrcs = {m.slug: m for m in db.session.execute(select(Mrc)).scalars()}
        return self._mrcs.get(slug)

    def category(self, code: str) -> Category:
        if self._categories is None:
            self._categories = {c.code: c for c in db.session.execute(select(Category)).scalars()}
        return self._categories[code]


def _municipality(code_geo: str | None) -> Municipality | None:
    return Lookups().municipality(code_geo)


_CHECK: list[tuple[TerritoryIndex, TerritoryCheck]] = []


def territory_check() -> TerritoryCheck:
    """Point-in-MRC answers with the border tolerance the geocoder uses, for the current index."""
    index = territory_index()
    if not _CHECK or _CHECK[0][0] is not index:
        _CHECK[:] = [(index, TerritoryCheck(index))]
    return _CHECK[0][1]


def point_mrc(lat: float, lon: float) -> str | None:
    """The slug of the MRC the point is in (within BORDER_TOLERANCE_KM); None outside."""
    return territory_check().mrc_of_point(lat, lon)


def mrc_slug_for(municipality_mrc: str | None, lat: float | None, lon: float | None) -> str | None:
    """The MRC rule on slugs: the point's MRC, else (no point, or outside) the municipality's."""
    if lat is not None and lon is not None:
        slug = point_mrc(lat, lon)
        if slug is not None:
            return slug
    return municipality_mrc


def mrc_for(
    municipality: Municipality | None,
    lat: float | None,
    lon: float | None,
    lookups: Lookups | None = None,
) -> Mrc | None:
    slug = mrc_slug_for(municipality.mrc.slug if municipality else None, lat, lon)
    return (lookups or Lookups()).mrc(slug)


def disagrees(lat: float, lon: float, municipality_mrc: str) -> bool:
    """True when the point lies farther than the tolerance outside the municipality's MRC."""
    check = territory_check()
    if not check.has_outlines or check.mrc_of_point(lat, lon) == municipality_mrc:
        return False
    return check.distance_to_mrc_km(municipality_mrc, lat, lon) > BORDER_TOLERANCE_KM


def _apply_takes(place: Place, takes: Mapping[str, Mapping[str, Any]], lookups: Lookups) -> None:
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
        codes = sorted(take["categories"])
        if sorted(c.code for c in proposition.categories) != codes:
            proposition.categories = [lookups.category(c) for c in codes]
        proposition.conditions_fr = take.get("conditions_fr") or ""
        proposition.conditions_en = take.get("conditions_en") or ""
        refuses = sorted(set(take.get("refuses") or ()))
        if list(proposition.refuses or ()) != refuses:
            proposition.refuses = refuses


def apply_values(place: Place, values: Mapping[str, Any], lookups: Lookups | None = None) -> None:
    """Set the given tracked fields (snapshot shape); the MRC is always derived, never set."""
    lookups = lookups or Lookups()
    for name in SIMPLE_FIELDS:
        if name in values:
            value = values[name]
            if name in {"latitude", "longitude"} and value is not None:
                value = float(value)
            setattr(place, name, value)
    if "municipality" in values:
        place.municipality = lookups.municipality(values["municipality"])
    if "verified_at" in values:
        raw = values["verified_at"]
        place.verified_at = datetime.fromisoformat(raw) if isinstance(raw, str) else raw
    if "takes" in values:
        _apply_takes(place, values["takes"], lookups)
    if place.latitude is None or place.longitude is None:
        place.latitude = place.longitude = None
        place.geocode_source = place.geocode_precision = None
    if "status" in values and values["status"] is not None:
        place.status = PlaceStatus(values["status"])
    place.mrc = mrc_for(place.municipality, place.latitude, place.longitude, lookups)


def _unique_slug(name: str, municipality: Municipality | None) -> str:
    base = slugify(f"{name} {municipality.name}" if municipality else name)[:150] or "lieu"
    taken = set(db.session.execute(select(Place.slug).where(Place.slug.like(f"{base}%"))).scalars())
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def create(
    values: Mapping[str, Any],
    user: User | None,
    *,
    source: str = "",
    kind: str = "create",
    status: PlaceStatus = PlaceStatus.DRAFT,
    slug: str = "",
    place_id: int | None = None,
    data_source: str = "",
    is_demo: bool = False,
    commit: bool = True,
    lookups: Lookups | None = None,
) -> Place:
    """A new place from snapshot-shaped values, with its "create" revision.

    The editor creates drafts and commits; the import and the seed pass the status the row asks
    for, a slug and (for a spreadsheet's `id` column) an id, and commit once for the batch.
    """
    lookups = lookups or Lookups()
    municipality = lookups.municipality(values.get("municipality"))
    place = Place(
        slug=slug or _unique_slug(str(values.get("name", "")), municipality),
        name=str(values.get("name", "")),
        place_type_code=str(values["place_type_code"]),
        status=status,
        is_demo=is_demo,
        data_source=(data_source or _("Saisie par l'équipe"))[:200],
    )
    if place_id is not None:
        place.id = place_id
    db.session.add(place)
    apply_values(place, {k: v for k, v in values.items() if k in EDITABLE_FIELDS}, lookups)
    db.session.flush()
    if place_id is not None:
        _advance_id_sequence()
    _record(place, kind, diff({}, snapshot(place)), user, source)
    if commit:
        db.session.commit()
    return place


def _advance_id_sequence() -> None:
    # A place given its id (a spreadsheet's `id` column): PostgreSQL's sequence did not move.
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('place', 'id'), (SELECT max(id) FROM place))"
            )
        )


def write(
    place: Place,
    values: Mapping[str, Any],
    user: User | None,
    *,
    source: str = "",
    kind: str = "update",
    lookups: Lookups | None = None,
) -> PlaceRevision | None:
    """Change a place within a batch (the import): no version check, no commit.

    `values` may hold "status". The revision is recorded only when something changed.
    """
    before = snapshot(place)
    apply_values(place, values, lookups)
    return _record(place, kind, diff(before, snapshot(place)), user, source)


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


def update(
    place: Place,
    values: Mapping[str, Any],
    user: User | None,
    expected_version: int | None,
    kind: str = "update",
    *,
    source: str = "",
) -> PlaceRevision | None:
    """Save staff changes; refuse with EditConflictError when the place moved on meanwhile."""
    before = snapshot(place)
    _claim(place, expected_version)
    apply_values(place, {k: v for k, v in values.items() if k in EDITABLE_FIELDS})
    return _save(place, before, kind, user, source)


def set_status(
    place: Place,
    status: PlaceStatus,
    user: User | None,
    expected_version: int | None,
    *,
    source: str = "",
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
    return _save(place, before, kind, user, source)


def _save(
    place: Place, before: dict[str, Any], kind: str, user: User | None, source: str
) -> PlaceRevision | None:
    """Commit what changed since `before` with its revision; nothing changed, nothing written."""
    changes = diff(before, snapshot(place))
    if not changes:
        db.session.rollback()
        return None
    revision = _record(place, kind, changes, user, source)
    _commit_or_conflict(place)
    return revision


def verify(
    place: Place, user: User | None, expected_version: int | None, *, source: str = ""
) -> None:
    update(place, {"verified_at": utcnow().isoformat()}, user, expected_version, source=source)


def confirm_and_publish(
    place: Place, user: User | None, expected_version: int | None, *, source: str = ""
) -> None:
    """A draft staff confirmed with the organisation (by phone): published, verified today."""
    set_status(place, PlaceStatus.PUBLISHED, user, expected_version, source=source)
    verify(place, user, place.version, source=source)


def revert(
    revision: PlaceRevision, user: User | None, expected_version: int | None, *, source: str = ""
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
    new = _record(place, "revert", changes, user, source, reverted_revision_id=revision.id)
    _commit_or_conflict(place)
    return new


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
    """The MRC the point decides, and the warnings the editor and the import both give."""
    index = territory_index()
    slug = point_mrc(lat, lon)
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
    elif municipality is not None and disagrees(lat, lon, municipality.mrc.slug):
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


# The editor's names for the same functions.
create_place = create
update_place = update
mark_verified = verify
