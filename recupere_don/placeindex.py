"""The published places held in memory as plain records: what every map view filters and shows.

Loading 5,000 places through the ORM on each request costs seconds; these records are built with
three plain queries when the data changes, then filtered in microseconds per place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy import select

from . import hours
from .extensions import db
from .geo.territory import haversine_km
from .models import (
    Category,
    Mrc,
    Municipality,
    Place,
    PlaceStatus,
    Proposition,
    proposition_category,
)

PICKUP = "ramassage"


@dataclass(frozen=True)
class PlaceRecord:
    id: int
    slug: str
    name: str
    place_type: str
    address: str
    municipality: str | None
    postal_code: str
    mrc: str | None
    latitude: float | None
    longitude: float | None
    phone: str
    website: str
    opening_hours: str
    demo: bool
    service_area: dict[str, Any] | None
    actions: dict[str, tuple[str, ...]]  # action code → category codes, in taxonomy order

    @cached_property
    def categories(self) -> tuple[str, ...]:
        # Once per record, not once per answer: every answer lists them.
        seen = dict.fromkeys(c for codes in self.actions.values() for c in codes)
        return tuple(seen)

    def takes(self, categories: Sequence[str], actions: Sequence[str]) -> bool:
        """One proposition for one of `actions` that takes one of `categories` (empty: any)."""
        for action, codes in self.actions.items():
            if actions and action not in actions:
                continue
            if categories and not any(c in codes for c in categories):
                continue
            return True
        return False

    def picks_up_at(self, lat: float, lon: float, mrc_at_point: str | None) -> bool:
        """Whether the home-pickup service area includes the citizen's point."""
        if PICKUP not in self.actions or not self.service_area:
            return False
        if self.service_area.get("mrcs"):
            return mrc_at_point in self.service_area["mrcs"]
        radius = self.service_area.get("radius_km")
        if radius and self.latitude is not None and self.longitude is not None:
            return haversine_km(lat, lon, self.latitude, self.longitude) <= float(radius)
        return False


@dataclass(frozen=True)
class Hit:
    record: PlaceRecord
    distance_km: float | None = None
    picks_up_here: bool = False


@dataclass(frozen=True)
class Criteria:
    """What a search asks for, in plain values (see places.PlaceFilters for the API's side)."""

    mrcs: Sequence[str] = ()
    categories: Sequence[str] = ()
    item_categories: Sequence[str] = ()
    actions: Sequence[str] = ()
    bbox: tuple[float, float, float, float] | None = None
    open_at: datetime | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    limit: int | None = None


def search(
    records: Iterable[PlaceRecord],
    criteria: Criteria,
    mrc_at: Callable[[float, float], str | None],
) -> list[Hit]:
    """Records matching every criterion; nearest first when `near` is given."""
    found = [r for r in records if _matches(r, criteria)]
    if criteria.near is None:
        hits = [Hit(r) for r in found]
        return hits[: criteria.limit] if criteria.limit else hits
    lat, lon = criteria.near
    mrc_at_point = mrc_at(lon, lat)
    wants_pickup = PICKUP in criteria.actions
    hits = []
    for record in found:
        if record.latitude is None or record.longitude is None:
            continue
        distance = haversine_km(lat, lon, record.latitude, record.longitude)
        picks_up = record.picks_up_at(lat, lon, mrc_at_point)
        # A place that comes to the citizen is in reach whatever the radius.
        beyond = criteria.radius_km is not None and distance > criteria.radius_km
        if beyond and not (wants_pickup and picks_up):
            continue
        hits.append(Hit(record, round(distance, 2), picks_up))
    hits.sort(key=lambda hit: (hit.distance_km or 0.0, hit.record.name))
    return hits[: criteria.limit] if criteria.limit else hits


def _matches(record: PlaceRecord, criteria: Criteria) -> bool:
    if criteria.mrcs and record.mrc not in criteria.mrcs:
        return False
    if (criteria.categories or criteria.actions) and not record.takes(
        criteria.categories, criteria.actions
    ):
        return False
    if criteria.item_categories and not record.takes(criteria.item_categories, criteria.actions):
        return False
    if criteria.bbox is not None:
        if record.latitude is None or record.longitude is None:
            return False
        min_lon, min_lat, max_lon, max_lat = criteria.bbox
        if not (min_lon <= record.longitude <= max_lon and min_lat <= record.latitude <= max_lat):
            return False
    return criteria.open_at is None or hours.is_open_at(record.opening_hours, criteria.open_at)


def properties(
    record: PlaceRecord,
    url: str,
    status: hours.HoursStatus | None,
    hours_text: str,
) -> dict[str, Any]:
    return {
        "name": record.name,
        "slug": record.slug,
        "place_type": record.place_type,
        "address": record.address,
        "municipality": record.municipality,
        "postal_code": record.postal_code or None,
        "mrc": record.mrc,
        "categories": list(record.categories),
        "actions": {action: list(codes) for action, codes in record.actions.items()},
        "phone": record.phone or None,
        "website": record.website or None,
        "opening_hours": record.opening_hours or None,
        "open_now": status.is_open if status else None,
        "hours_text": hours_text,
        "demo": record.demo,
        "url": url,
    }


PROPERTY_NAMES = (
    "name", "slug", "place_type", "address", "municipality", "postal_code", "mrc", "categories",
    "actions", "phone", "website", "opening_hours", "open_now", "hours_text", "demo", "url",
    "distance_km", "picks_up_here",
)  # fmt: skip


def feature(
    hit: Hit,
    url: str,
    status: hours.HoursStatus | None,
    hours_text: str,
    fields: Sequence[str] = (),
) -> dict[str, Any]:
    record = hit.record
    geometry = (
        # Five decimals is a metre: more digits only weigh on every answer.
        {"type": "Point", "coordinates": [round(record.longitude, 5), round(record.latitude, 5)]}
        if record.latitude is not None and record.longitude is not None
        else None
    )
    result: dict[str, Any] = {
        "type": "Feature",
        "id": record.id,
        "geometry": geometry,
        "properties": properties(record, url, status, hours_text),
    }
    if hit.distance_km is not None:
        result["properties"]["distance_km"] = hit.distance_km
        result["properties"]["picks_up_here"] = hit.picks_up_here
    if fields:
        result["properties"] = {k: v for k, v in result["properties"].items() if k in fields}
    return result


def features(
    hits: Iterable[Hit],
    url_of: Callable[[str], str],
    moment: datetime,
    lang: str,
    fields: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """GeoJSON features; the open-now status is computed once per distinct hours text."""
    statuses: dict[str, tuple[hours.HoursStatus | None, str]] = {}
    result = []
    for hit in hits:
        expression = hit.record.opening_hours
        if expression not in statuses:
            status = hours.status_at(expression, moment)
            statuses[expression] = (status, hours.describe(status, moment, lang))
        status, text = statuses[expression]
        result.append(feature(hit, url_of(hit.record.slug), status, text, fields))
    return result


def record_of(place: Place) -> PlaceRecord:
    """The record of one place already loaded through the ORM (exports, previews)."""
    return PlaceRecord(
        id=place.id,
        slug=place.slug,
        name=place.name,
        place_type=place.place_type_code,
        address=place.address,
        municipality=place.municipality.name if place.municipality else None,
        postal_code=place.postal_code,
        mrc=place.mrc.slug if place.mrc else None,
        latitude=place.latitude,
        longitude=place.longitude,
        phone=place.phone,
        website=place.website,
        opening_hours=place.opening_hours,
        demo=place.is_demo,
        service_area=place.service_area,
        actions={
            p.action_code: tuple(c.code for c in p.categories)
            for p in sorted(place.propositions, key=lambda p: p.action_code)
        },
    )


def load_records() -> list[PlaceRecord]:
    """Every published place as a record: three queries, whatever the number of places."""
    mrc_slugs: dict[int, str] = dict(db.session.execute(select(Mrc.id, Mrc.slug)).all())
    towns: dict[int, str] = dict(
        db.session.execute(select(Municipality.id, Municipality.name)).all()
    )
    order = {
        code: i
        for i, code in enumerate(
            db.session.execute(select(Category.code).order_by(Category.sort_order)).scalars()
        )
    }
    place_filter = Place.status == PlaceStatus.PUBLISHED
    takes: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    rows = db.session.execute(
        select(Proposition.place_id, Proposition.action_code, proposition_category.c.category_code)
        .join(Place, Place.id == Proposition.place_id)
        .outerjoin(proposition_category, proposition_category.c.proposition_id == Proposition.id)
        .where(place_filter)
    )
    for place_id, action, category in rows:
        codes = takes[place_id][action]
        if category is not None:
            codes.append(category)
    columns = (
        Place.id, Place.slug, Place.name, Place.place_type_code, Place.address,
        Place.municipality_id, Place.postal_code, Place.mrc_id, Place.latitude, Place.longitude,
        Place.phone, Place.website, Place.opening_hours, Place.is_demo, Place.service_area,
    )  # fmt: skip
    records = []
    for row in db.session.execute(
        select(*columns).where(place_filter).order_by(Place.name, Place.id)
    ):
        actions = {
            action: tuple(sorted(codes, key=lambda c: order.get(c, 999)))
            for action, codes in sorted(takes.get(row.id, {}).items())
        }
        records.append(
            PlaceRecord(
                id=row.id,
                slug=row.slug,
                name=row.name,
                place_type=row.place_type_code,
                address=row.address,
                municipality=towns.get(row.municipality_id),
                postal_code=row.postal_code,
                mrc=mrc_slugs.get(row.mrc_id),
                latitude=row.latitude,
                longitude=row.longitude,
                phone=row.phone,
                website=row.website,
                opening_hours=row.opening_hours,
                demo=row.is_demo,
                service_area=row.service_area,
                actions=actions,
            )
        )
    return records
