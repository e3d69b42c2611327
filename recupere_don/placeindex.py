"""The published places held in memory as plain records: what every map view filters and shows.

Loading 5,000 places through the ORM on each request costs seconds; these records are built with
three plain queries when the data changes. A PlaceIndex then holds their coordinates and what
they take as arrays, so a search (a new position from every phone) is a few vector operations,
and each place's GeoJSON text is encoded once, not once per answer.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select

from . import donations, hours
from .extensions import db
from .geo.territory import EARTH_RADIUS_KM, haversine_km
from .i18n import localized
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
    donation_pause: dict[str, Any] | None = field(default=None, hash=False, compare=False)
    # Action code → the item codes it refuses (only actions that refuse some).
    refuses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Action code → its conditions, French and English.
    conditions: dict[str, tuple[str, str]] = field(default_factory=dict)

    @cached_property
    def categories(self) -> tuple[str, ...]:
        # Once per record, not once per answer: every answer lists them.
        seen = dict.fromkeys(c for codes in self.actions.values() for c in codes)
        return tuple(seen)

    def takes(
        self, categories: Sequence[str], actions: Sequence[str], on: date | None = None
    ) -> bool:
        """One proposition for one of `actions` that takes one of `categories` (empty: any).

        With `on`, a donation pause holding that day takes its categories out of giving.
        """
        offered = self.actions
        if on is not None and self.donation_pause:
            offered = donations.giving_actions(offered, self.donation_pause, on)
        for action, codes in offered.items():
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
    """What a search asks for, in plain values (see places.PlaceFilters for the API's side).

    `items` are the catalogue items the words mean, with their category: a proposition taking
    that category but refusing every such item does not answer the search.
    """

    mrcs: Sequence[str] = ()
    categories: Sequence[str] = ()
    item_categories: Sequence[str] = ()
    # The words may also name place types, places or towns: a place answering any one counts.
    place_types: Sequence[str] = ()
    place_slugs: Sequence[str] = ()
    municipalities: Sequence[str] = ()
    items: Sequence[tuple[str, str]] = ()  # (item code, its category)
    actions: Sequence[str] = ()
    bbox: tuple[float, float, float, float] | None = None
    open_at: datetime | None = None
    on: date | None = None  # the day whose donation pauses hold
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    limit: int | None = None


Mask = NDArray[np.bool_]


def haversine_km_to(
    lat: float, lon: float, lats: NDArray[np.float64], lons: NDArray[np.float64]
) -> NDArray[np.float64]:
    """geo.territory.haversine_km from one point to many, operation for operation (same bits)."""
    phi1, phi2 = np.radians(lat), np.radians(lats)
    dphi = phi2 - phi1
    dlmb = np.radians(lons - lon)
    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlmb / 2) ** 2
    distances: NDArray[np.float64] = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))
    return distances


class PlaceIndex:
    """The records of one data version, with what a search filters on as arrays and masks.

    Built once per data version (a few tens of milliseconds at 5,000 places), then every search
    is a handful of boolean operations and one distance computation over the candidates.
    """

    def __init__(self, records: Sequence[PlaceRecord]) -> None:
        self.records = list(records)
        n = len(self.records)
        self.located: Mask = np.array(
            [r.latitude is not None and r.longitude is not None for r in self.records], dtype=bool
        )
        self.lats = np.array(
            [r.latitude if r.latitude is not None else np.nan for r in self.records], dtype=float
        )
        self.lons = np.array(
            [r.longitude if r.longitude is not None else np.nan for r in self.records], dtype=float
        )
        self._by_mrc: dict[str | None, Mask] = defaultdict(lambda: np.zeros(n, dtype=bool))
        # (action, category) → places with a proposition for that action taking that category.
        self._takes: dict[tuple[str, str], Mask] = defaultdict(lambda: np.zeros(n, dtype=bool))
        self._offers: dict[str, Mask] = defaultdict(lambda: np.zeros(n, dtype=bool))
        # (action, item) → places whose proposition for that action refuses that item.
        self._refuses: dict[tuple[str, str], Mask] = defaultdict(lambda: np.zeros(n, dtype=bool))
        self._pickup_in_mrc: dict[str, Mask] = defaultdict(lambda: np.zeros(n, dtype=bool))
        self._pickup_radius = np.full(n, np.nan)
        self._of_type: dict[str, Mask] = defaultdict(lambda: np.zeros(n, dtype=bool))
        self._in_town: dict[str | None, Mask] = defaultdict(lambda: np.zeros(n, dtype=bool))
        self._by_slug = {record.slug: i for i, record in enumerate(self.records)}
        by_hours: dict[str, list[int]] = defaultdict(list)
        for i, record in enumerate(self.records):
            self._by_mrc[record.mrc][i] = True
            self._of_type[record.place_type][i] = True
            self._in_town[record.municipality][i] = True
            for action, codes in record.actions.items():
                self._offers[action][i] = True
                for code in codes:
                    self._takes[(action, code)][i] = True
            for action, items in record.refuses.items():
                for item in items:
                    self._refuses[(action, item)][i] = True
            by_hours[record.opening_hours].append(i)
            # The same rules as PlaceRecord.picks_up_at, one array per kind of service area.
            area = record.service_area
            if PICKUP in record.actions and area:
                if area.get("mrcs"):
                    for mrc in area["mrcs"]:
                        self._pickup_in_mrc[mrc][i] = True
                elif area.get("radius_km") and self.located[i]:
                    self._pickup_radius[i] = float(area["radius_km"])
        self._by_hours = {text: np.array(ids, dtype=np.intp) for text, ids in by_hours.items()}
        self._has_radius_pickup = bool(np.any(~np.isnan(self._pickup_radius)))
        # Ties in distance go by name as Python orders strings (not the database's collation),
        # then in record order: what sorting the hits by (distance, name) always gave.
        order = sorted(range(n), key=lambda i: self.records[i].name)
        self.name_rank = np.empty(n, dtype=np.intp)
        self.name_rank[order] = np.arange(n)
        # Few places pause at a time: they are checked one by one after the masks.
        self._paused = [i for i, r in enumerate(self.records) if r.donation_pause]
        self.encoded = EncodedFeatures(self.records)

    def takes(
        self,
        categories: Sequence[str],
        actions: Sequence[str],
        items: Sequence[tuple[str, str]] = (),
    ) -> Mask:
        """PlaceRecord.takes for every record at once; with `items`, a proposition refusing
        every item of a category does not take that category (see refuses_all)."""
        found = np.zeros(len(self.records), dtype=bool)
        for action in actions or list(self._offers):
            if not categories:
                if action in self._offers:
                    found |= self._offers[action]
                continue
            for code in categories:
                if (action, code) in self._takes:
                    taken = self._takes[(action, code)]
                    refused = self._refuses_all(action, [i for i, c in items if c == code])
                    found |= taken if refused is None else taken & ~refused
        return found

    def meant(self, criteria: Criteria) -> Mask:
        """Places answering what the words mean: a category, a place type, a name or a town."""
        found = np.zeros(len(self.records), dtype=bool)
        if criteria.item_categories:
            found |= self.takes(criteria.item_categories, criteria.actions, criteria.items)
        named = np.zeros(len(self.records), dtype=bool)
        for code in criteria.place_types:
            named |= self._of_type.get(code, False)
        for town in criteria.municipalities:
            named |= self._in_town.get(town, False)
        named[[self._by_slug[s] for s in criteria.place_slugs if s in self._by_slug]] = True
        if named.any():
            found |= named & self.takes((), criteria.actions)
        return found

    def _refuses_all(self, action: str, items: Sequence[str]) -> Mask | None:
        """Places whose proposition for `action` refuses every one of `items`; None for none."""
        if not items or any((action, item) not in self._refuses for item in items):
            return None  # the usual case (nobody refuses it) costs one lookup
        refused = self._refuses[(action, items[0])].copy()
        for item in items[1:]:
            refused &= self._refuses[(action, item)]
        return refused

    def matching(self, criteria: Criteria) -> Mask:
        mask = np.ones(len(self.records), dtype=bool)
        if criteria.mrcs:
            in_mrcs = np.zeros(len(self.records), dtype=bool)
            for mrc in criteria.mrcs:
                if mrc in self._by_mrc:
                    in_mrcs |= self._by_mrc[mrc]
            mask &= in_mrcs
        if criteria.categories or criteria.actions:
            mask &= self.takes(criteria.categories, criteria.actions)
        if (
            criteria.item_categories
            or criteria.place_types
            or criteria.place_slugs
            or criteria.municipalities
        ):
            mask &= self.meant(criteria)
        if criteria.bbox is not None:
            min_lon, min_lat, max_lon, max_lat = criteria.bbox
            mask &= self.located
            with np.errstate(invalid="ignore"):
                mask &= (min_lon <= self.lons) & (self.lons <= max_lon)
                mask &= (min_lat <= self.lats) & (self.lats <= max_lat)
        if criteria.open_at is not None:
            # Once per distinct hours text, not once per place.
            is_open = np.zeros(len(self.records), dtype=bool)
            for text, ids in self._by_hours.items():
                if hours.is_open_at(text, criteria.open_at):
                    is_open[ids] = True
            mask &= is_open
        if criteria.on is not None and (criteria.categories or criteria.item_categories):
            self._lift_paused(mask, criteria)
        return mask

    def _lift_paused(self, mask: Mask, criteria: Criteria) -> None:
        """Take out the places whose pause that day leaves nothing the search asks for."""
        for i in self._paused:
            if not mask[i]:
                continue
            record = self.records[i]
            asked = [criteria.categories]
            # Words that also name a place, a type or a town find it whatever it takes.
            if not (criteria.place_types or criteria.place_slugs or criteria.municipalities):
                asked.append(criteria.item_categories)
            for categories in asked:
                if categories and not record.takes(categories, criteria.actions, criteria.on):
                    mask[i] = False

    def picks_up(
        self, ids: NDArray[np.intp], distances: NDArray[np.float64], mrc: str | None
    ) -> Mask:
        """PlaceRecord.picks_up_at for the records `ids`, at these distances from the point."""
        found = np.zeros(len(ids), dtype=bool)
        if mrc is not None and mrc in self._pickup_in_mrc:
            found |= self._pickup_in_mrc[mrc][ids]
        if self._has_radius_pickup:
            with np.errstate(invalid="ignore"):
                found |= distances <= self._pickup_radius[ids]
        return found


@dataclass(frozen=True)
class Found:
    """What a search found, as positions in the index (nearest first with a point)."""

    ids: list[int]
    distances_km: list[float] | None = None  # rounded to 10 m, as answers show them
    picks_up_here: list[bool] | None = None


def find(
    index: PlaceIndex,
    criteria: Criteria,
    mrc_at: Callable[[float, float], str | None],
) -> Found:
    """Records matching every criterion; nearest first when `near` is given."""
    mask = index.matching(criteria)
    if criteria.near is None:
        chosen = np.flatnonzero(mask)
        return Found((chosen[: criteria.limit] if criteria.limit else chosen).tolist())
    lat, lon = criteria.near
    ids = np.flatnonzero(mask & index.located)
    distances = haversine_km_to(lat, lon, index.lats[ids], index.lons[ids])
    picks_up = index.picks_up(ids, distances, mrc_at(lon, lat))
    if criteria.radius_km is not None:
        # A place that comes to the citizen is in reach whatever the radius.
        within = distances <= criteria.radius_km
        if PICKUP in criteria.actions:
            within |= picks_up
        ids, distances, picks_up = ids[within], distances[within], picks_up[within]
    rounded = np.round(distances, 2)
    order = np.lexsort((index.name_rank[ids], rounded))
    if criteria.limit:
        order = order[: criteria.limit]
    return Found(ids[order].tolist(), rounded[order].tolist(), picks_up[order].tolist())


def search(
    index: PlaceIndex,
    criteria: Criteria,
    mrc_at: Callable[[float, float], str | None],
) -> list[Hit]:
    """Records matching every criterion, as hits; nearest first when `near` is given."""
    found = find(index, criteria, mrc_at)
    records = index.records
    if found.distances_km is None or found.picks_up_here is None:
        return [Hit(records[i]) for i in found.ids]
    return [
        Hit(records[i], d, p)
        for i, d, p in zip(found.ids, found.distances_km, found.picks_up_here, strict=True)
    ]


@dataclass(frozen=True)
class Wording:
    """Names of actions, categories and items in one language: what answers say in words."""

    lang: str = "fr"
    actions: Mapping[str, str] = field(default_factory=dict)
    categories: Mapping[str, str] = field(default_factory=dict)
    items: Mapping[str, str] = field(default_factory=dict)


def refusals(record: PlaceRecord, wording: Wording) -> list[dict[str, str]]:
    """The `refuses` property: [{action, item, label}], every action, in the record's order."""
    return [
        {"action": action, "item": item, "label": wording.items.get(item, item)}
        for action, items in record.refuses.items()
        for item in items
    ]


def asks_why(criteria: Criteria) -> bool:
    """Whether answers say why each place matched: a category filter or item words."""
    return bool(criteria.categories or criteria.item_categories)


def reasons(
    record: PlaceRecord, criteria: Criteria, wording: Wording
) -> list[dict[str, Any]] | None:
    """The `match` property: why the place answers the search's categories or item words.

    One entry per (action asked for, category asked for or meant) the place takes; `item`
    is the item the words mean when the action takes it, null when only a category matched.
    None when the search asked for no category and no words: there is nothing to explain.
    """
    if not asks_why(criteria):
        return None
    entries: list[dict[str, Any]] = []
    for action, codes in record.actions.items():
        if criteria.actions and action not in criteria.actions:
            continue
        refused = record.refuses.get(action, ())
        for category in codes:
            meant = [item for item, c in criteria.items if c == category]
            taken = [item for item in meant if item not in refused]
            if category in criteria.item_categories and meant and not taken:
                # Every item the words mean in this category is refused: the same rule as
                # PlaceIndex.takes, so a place found always has a reason.
                if category not in criteria.categories:
                    continue
            elif category not in criteria.item_categories and category not in criteria.categories:
                continue
            item = taken[0] if taken and category in criteria.item_categories else None
            fr, en = record.conditions.get(action, ("", ""))
            entries.append(
                {
                    "action": action,
                    "action_label": wording.actions.get(action, action),
                    "category": category,
                    "category_label": wording.categories.get(category, category),
                    "item": item,
                    "item_label": wording.items.get(item, item) if item else None,
                    "conditions": localized(fr, en, wording.lang) or None,
                }
            )
    return entries


def properties(
    record: PlaceRecord,
    url: str,
    status: hours.HoursStatus | None,
    hours_text: str,
    on: date | None = None,
    next_opening: dict[str, str] | None = None,
    refuses: list[dict[str, str]] | None = None,
    match: list[dict[str, Any]] | None = None,
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
        "next_opening": next_opening,
        "demo": record.demo,
        "donation_status": donations.status(record.donation_pause, on or date.min),
        "url": url,
        "refuses": refuses or [],
        "match": match,
    }


PROPERTY_NAMES = (
    "name", "slug", "place_type", "address", "municipality", "postal_code", "mrc", "categories",
    "actions", "phone", "website", "opening_hours", "open_now", "hours_text", "next_opening",
    "demo", "donation_status", "url", "refuses", "match", "distance_km", "picks_up_here",
)  # fmt: skip


def feature(
    hit: Hit,
    url: str,
    status: hours.HoursStatus | None,
    hours_text: str,
    fields: Sequence[str] = (),
    on: date | None = None,
    *,
    next_opening: dict[str, str] | None = None,
    refuses: list[dict[str, str]] | None = None,
    match: list[dict[str, Any]] | None = None,
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
        "properties": properties(
            record, url, status, hours_text, on, next_opening, refuses or [], match
        ),
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
    wording: Wording,
    criteria: Criteria | None = None,
    fields: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """GeoJSON features; the open-now status is computed once per distinct hours text."""
    lang = wording.lang
    statuses: dict[str, tuple[hours.HoursStatus | None, str, dict[str, str] | None]] = {}
    result = []
    for hit in hits:
        expression = hit.record.opening_hours
        if expression not in statuses:
            status = hours.status_at(expression, moment)
            statuses[expression] = (
                status,
                hours.describe(status, moment, lang),
                hours.next_opening(expression, status, moment, lang),
            )
        status, text, opening = statuses[expression]
        result.append(
            feature(
                hit,
                url_of(hit.record.slug),
                status,
                text,
                fields,
                moment.date(),
                next_opening=opening,
                refuses=refusals(hit.record, wording),
                match=reasons(hit.record, criteria, wording) if criteria else None,
            )
        )
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
        donation_pause=place.donation_pause,
        actions={
            p.action_code: tuple(c.code for c in p.categories)
            for p in sorted(place.propositions, key=lambda p: p.action_code)
        },
        refuses={
            p.action_code: tuple(sorted(p.refuses))
            for p in sorted(place.propositions, key=lambda p: p.action_code)
            if p.refuses
        },
        conditions={p.action_code: (p.conditions_fr, p.conditions_en) for p in place.propositions},
    )


def load_records() -> list[PlaceRecord]:
    """Every published place as a record: four queries, whatever the number of places."""
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
    refuses: dict[int, dict[str, tuple[str, ...]]] = defaultdict(dict)
    conditions: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    for place_id, action, refused, fr, en in db.session.execute(
        select(
            Proposition.place_id,
            Proposition.action_code,
            Proposition.refuses,
            Proposition.conditions_fr,
            Proposition.conditions_en,
        )
        .join(Place, Place.id == Proposition.place_id)
        .where(place_filter)
        .order_by(Proposition.place_id, Proposition.action_code)
    ):
        if refused:
            refuses[place_id][action] = tuple(sorted(refused))
        conditions[place_id][action] = (fr, en)
    columns = (
        Place.id, Place.slug, Place.name, Place.place_type_code, Place.address,
        Place.municipality_id, Place.postal_code, Place.mrc_id, Place.latitude, Place.longitude,
        Place.phone, Place.website, Place.opening_hours, Place.is_demo, Place.service_area,
        Place.donation_pause,
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
                donation_pause=row.donation_pause,
                refuses=refuses.get(row.id, {}),
                conditions=conditions.get(row.id, {}),
            )
        )
    return records


class EncodedFeatures:
    """Each record's GeoJSON text, encoded once per data version, for answers built by joining.

    What changes between answers (open now and its text, the next opening, the detail page's
    address, the refused items' names, why the place matched, the distance) is spliced in; the
    rest is exactly what json.dumps of `feature()` gives.
    """

    _MOMENTS_KEPT = 8
    _SEARCHES_KEPT = 16
    _OPEN_NOW = ', "open_now": '

    def __init__(self, records: Sequence[PlaceRecord]) -> None:
        self.records = records
        # Each feature up to its opening hours, included; then with ", " before it.
        self.heads: list[bytes] = []
        self.slugs: list[str] = []  # as text inside a JSON string
        # The records' (hours text, demo, pause) triples, numbered: what the spliced members
        # depend on. The pause is keyed by its JSON text (a dict is not hashable).
        kinds: dict[tuple[str, bool, str], int] = {}
        self.pauses: dict[str, dict[str, Any] | None] = {}
        for record in records:
            text = _dumps(feature(Hit(record), "", None, ""))
            # Everything after the opening hours is ours (no place text): the last
            # occurrence is the key, whatever a place's name holds.
            self.heads.append(text[: text.rindex(self._OPEN_NOW)].encode())
            self.slugs.append(_dumps(record.slug)[1:-1])
            pause = _dumps(record.donation_pause)
            self.pauses.setdefault(pause, record.donation_pause)
            kinds.setdefault((record.opening_hours, record.demo, pause), len(kinds))
        self.kind_of = [kinds[(r.opening_hours, r.demo, _dumps(r.donation_pause))] for r in records]
        self.kinds = list(kinds)
        # (moment, language) → kind → the members after the opening hours, to the url's start.
        self._members: OrderedDict[tuple[datetime, str], dict[int, bytes]] = OrderedDict()
        # Language → each record's `refuses` member (item names come from the catalogue file,
        # which does not change while the process runs).
        self._refusals: dict[str, list[str]] = {}
        # What a search asks (its `match` depends on nothing else) → record → its `match` text:
        # the same words asked from many phones explain each place once.
        self._reasons: OrderedDict[tuple[Any, ...], dict[int, str]] = OrderedDict()
        self._lock = threading.Lock()

    def _members_at(self, moment: datetime, lang: str) -> dict[int, bytes]:
        with self._lock:
            members = self._members.get((moment, lang))
            if members is None:
                members = self._members[(moment, lang)] = {}
                while len(self._members) > self._MOMENTS_KEPT:
                    self._members.popitem(last=False)
            return members

    def _refusals_in(self, wording: Wording) -> list[str]:
        with self._lock:
            texts = self._refusals.get(wording.lang)
        if texts is None:
            texts = [f', "refuses": {_dumps(refusals(r, wording))}' for r in self.records]
            with self._lock:
                self._refusals[wording.lang] = texts
        return texts

    def _reasons_for(self, criteria: Criteria, wording: Wording) -> dict[int, str]:
        key = (
            tuple(criteria.categories),
            tuple(criteria.item_categories),
            tuple(criteria.items),
            tuple(criteria.actions),
            wording.lang,
        )
        with self._lock:
            texts = self._reasons.get(key)
            if texts is None:
                texts = self._reasons[key] = {}
                while len(self._reasons) > self._SEARCHES_KEPT:
                    self._reasons.popitem(last=False)
            else:
                self._reasons.move_to_end(key)
            return texts

    def collection(
        self,
        found: Found,
        url_prefix: str,
        url_suffix: str,
        moment: datetime,
        wording: Wording,
        criteria: Criteria | None = None,
    ) -> bytes:
        """The FeatureCollection's JSON text, byte for byte what json.dumps would give."""
        lang = wording.lang
        members = self._members_at(moment, lang)
        prefix = _dumps(url_prefix)[1:-1].encode()
        suffix = _dumps(url_suffix)[1:-1]
        ids = found.ids
        kind_of = self.kind_of
        for kind in {kind_of[i] for i in ids} - members.keys():
            text, demo, pause = self.kinds[kind]
            status = hours.status_at(text, moment)
            opening = hours.next_opening(text, status, moment, lang)
            donation = donations.status(self.pauses[pause], moment.date())
            members[kind] = (
                f"{self._OPEN_NOW}{_dumps(status.is_open if status else None)}"
                f', "hours_text": {_dumps(hours.describe(status, moment, lang))}'
                f', "next_opening": {_dumps(opening)}'
                f', "demo": {_dumps(demo)}, "donation_status": {_dumps(donation)}, "url": "'
            ).encode()
        slugs = self.slugs
        refused = self._refusals_in(wording)
        if criteria is None or not asks_why(criteria):
            middles = [f'{slugs[i]}{suffix}"{refused[i]}, "match": null' for i in ids]
        else:
            records = self.records
            explained = self._reasons_for(criteria, wording)
            for i in ids:
                if i not in explained:
                    explained[i] = _dumps(reasons(records[i], criteria, wording))
            middles = [f'{slugs[i]}{suffix}"{refused[i]}, "match": {explained[i]}' for i in ids]
        if found.distances_km is None or found.picks_up_here is None:
            tails = [f"{middle}}}}}".encode() for middle in middles]
        else:
            tails = [
                f'{middle}, "distance_km": {d!r}, "picks_up_here": '
                f"{'true' if p else 'false'}}}}}".encode()
                for middle, d, p in zip(
                    middles, found.distances_km, found.picks_up_here, strict=True
                )
            ]
        heads = self.heads
        parts: list[bytes] = []
        add = parts.extend
        for i, tail in zip(ids, tails, strict=True):
            add((b", ", heads[i], members[kind_of[i]], prefix, tail))
        features = b"".join(parts[1:])  # no ", " before the first feature
        return b'{"type": "FeatureCollection", "features": [' + features + b"]}"


def _dumps(value: Any) -> str:
    """JSON text as the app's provider writes it (UTF-8, keys in their order, ", " and ": ")."""
    return json.dumps(value, ensure_ascii=False)
