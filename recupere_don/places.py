"""Domain operations on places, shared by the public views, the API, the CLI and the import."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import joinedload, selectinload

from .extensions import db
from .geo.names import name_key
from .models import (
    Action,
    Category,
    GeocodePrecision,
    GeocodeSource,
    Mrc,
    Municipality,
    Place,
    PlaceStatus,
    Proposition,
    proposition_category,
)

DEMO_SOURCE = "Démonstration : données fictives"


class InvalidFilterError(ValueError):
    """A filter named codes that do not exist; carries what a client needs to fix it."""

    def __init__(self, parameter: str, unknown: Sequence[str], valid: Sequence[str]) -> None:
        self.parameter = parameter
        self.unknown = list(unknown)
        self.valid = list(valid)
        super().__init__(
            f"Code(s) inconnu(s) pour « {parameter} » : {', '.join(unknown)}. "
            f"Codes valides : {', '.join(valid)}."
        )


@dataclass(frozen=True)
class PlaceFilters:
    mrcs: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()

    def as_query(self) -> dict[str, str]:
        query = {"mrc": self.mrcs, "category": self.categories, "action": self.actions}
        return {name: ",".join(codes) for name, codes in query.items() if codes}


@dataclass
class Taxonomy:
    """Valid codes, read once per request from the small lookup tables."""

    mrcs: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> Taxonomy:
        return cls(
            mrcs=list(db.session.execute(select(Mrc.slug).order_by(Mrc.name)).scalars()),
            categories=list(
                db.session.execute(select(Category.code).order_by(Category.sort_order)).scalars()
            ),
            actions=list(
                db.session.execute(select(Action.code).order_by(Action.sort_order)).scalars()
            ),
        )


def split_codes(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    codes = (code.strip().lower() for code in raw.split(","))
    return tuple(dict.fromkeys(code for code in codes if code))


def _checked(parameter: str, codes: tuple[str, ...], valid: list[str]) -> tuple[str, ...]:
    unknown = [code for code in codes if code not in valid]
    if unknown:
        raise InvalidFilterError(parameter, unknown, valid)
    return codes


def parse_filters(args: Mapping[str, str], taxonomy: Taxonomy | None = None) -> PlaceFilters:
    """Read `mrc`, `category` and `action` (comma-separated codes); raise InvalidFilterError."""
    taxonomy = taxonomy or Taxonomy.load()
    return PlaceFilters(
        mrcs=_checked("mrc", split_codes(args.get("mrc")), taxonomy.mrcs),
        categories=_checked("category", split_codes(args.get("category")), taxonomy.categories),
        actions=_checked("action", split_codes(args.get("action")), taxonomy.actions),
    )


def published_places_query(filters: PlaceFilters) -> Select[Place]:
    stmt = (
        select(Place)
        .where(Place.status == PlaceStatus.PUBLISHED)
        .options(
            selectinload(Place.propositions).selectinload(Proposition.categories),
            joinedload(Place.municipality),
            joinedload(Place.mrc),
        )
        .order_by(Place.name, Place.id)
    )
    if filters.mrcs:
        stmt = stmt.where(Place.mrc_id.in_(select(Mrc.id).where(Mrc.slug.in_(filters.mrcs))))
    if filters.categories or filters.actions:
        # One proposition must satisfy both: "who takes furniture as a drop-off".
        matching = select(Proposition.place_id)
        if filters.actions:
            matching = matching.where(Proposition.action_code.in_(filters.actions))
        if filters.categories:
            matching = matching.join(
                proposition_category, proposition_category.c.proposition_id == Proposition.id
            ).where(proposition_category.c.category_code.in_(filters.categories))
        stmt = stmt.where(Place.id.in_(matching))
    return stmt


def published_places(filters: PlaceFilters) -> list[Place]:
    return list(db.session.execute(published_places_query(filters)).unique().scalars().all())


def has_places() -> bool:
    return db.session.execute(select(Place.id).limit(1)).first() is not None


def get_public_place(slug: str) -> Place | None:
    """A place a citizen may see: published, not a draft or archived."""
    return db.session.execute(
        select(Place).where(Place.slug == slug, Place.status == PlaceStatus.PUBLISHED)
    ).scalar_one_or_none()


def full_address(place: Place) -> str:
    parts = [place.address, place.municipality.name if place.municipality else ""]
    text = ", ".join(p for p in parts if p)
    return f"{text} {place.postal_code}".strip() if place.postal_code else text


def place_properties(place: Place, url: str) -> dict[str, Any]:
    actions = {p.action_code: [c.code for c in p.categories] for p in place.propositions}
    return {
        "name": place.name,
        "slug": place.slug,
        "place_type": place.place_type_code,
        "address": place.address,
        "municipality": place.municipality.name if place.municipality else None,
        "postal_code": place.postal_code or None,
        "mrc": place.mrc.slug if place.mrc else None,
        "categories": place.category_codes,
        "actions": actions,
        "phone": place.phone or None,
        "website": place.website or None,
        "opening_hours": place.opening_hours or None,
        "demo": place.is_demo,
        "url": url,
    }


def place_feature(place: Place, url: str) -> dict[str, Any]:
    geometry = (
        {"type": "Point", "coordinates": [place.longitude, place.latitude]}
        if place.latitude is not None and place.longitude is not None
        else None
    )
    return {
        "type": "Feature",
        "id": place.id,
        "geometry": geometry,
        "properties": place_properties(place, url),
    }


def municipalities_named(name: str) -> list[Municipality]:
    """Municipalities whose official name or an alias matches, ignoring case, accents, St-/Ste-.

    Several can match: there are two Disraeli (the town and the parish).
    """
    key = name_key(name)
    return [
        m
        for m in db.session.execute(select(Municipality)).scalars()
        if key in {name_key(n) for n in [m.name, *m.aliases]}
    ]


def nearest_municipality(name: str, lat: float, lon: float) -> Municipality | None:
    """The municipality of that name closest to the point, for names shared by two."""
    candidates = municipalities_named(name)
    return min(
        candidates,
        key=lambda m: (m.latitude - lat) ** 2 + (m.longitude - lon) ** 2,
        default=None,
    )


def _propositions(takes: Iterable[Mapping[str, Any]]) -> list[Proposition]:
    propositions = []
    for take in takes:
        categories = [db.session.get_one(Category, code) for code in take["categories"]]
        propositions.append(
            Proposition(
                action_code=take["action"],
                categories=categories,
                conditions_fr=take.get("conditions_fr") or "",
                conditions_en=take.get("conditions_en") or "",
            )
        )
    return propositions


def seed_demo_places(path: Path) -> int:
    """Add the demo places that are not in the database yet; return how many were added."""
    demo = json.loads(path.read_text(encoding="utf-8"))
    existing = set(db.session.execute(select(Place.slug)).scalars())
    added = 0
    for item in demo:
        if item["slug"] in existing:
            continue
        municipality = nearest_municipality(
            item["municipality"], item["latitude"], item["longitude"]
        )
        if municipality is None:
            raise ValueError(f"Demo place {item['slug']}: unknown municipality")
        db.session.add(
            Place(
                slug=item["slug"],
                name=item["name"],
                place_type_code=item["place_type"],
                description_fr=item.get("description_fr") or "",
                description_en=item.get("description_en") or "",
                address=item["address"],
                municipality=municipality,
                mrc=municipality.mrc,
                postal_code=item.get("postal_code") or "",
                latitude=item["latitude"],
                longitude=item["longitude"],
                geocode_source=GeocodeSource.POSTAL_CODE,
                geocode_precision=GeocodePrecision.POSTAL_CODE,
                phone=item.get("phone") or "",
                email=item.get("email") or "",
                website=item.get("website") or "",
                opening_hours=item.get("opening_hours") or "",
                hours_note_fr=item.get("hours_note_fr") or "",
                hours_note_en=item.get("hours_note_en") or "",
                service_area=item.get("service_area"),
                status=PlaceStatus.PUBLISHED,
                is_demo=True,
                data_source=DEMO_SOURCE,
                propositions=_propositions(item["takes"]),
            )
        )
        added += 1
    db.session.commit()
    return added
