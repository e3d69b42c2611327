"""The review queue: places that need a person's eye, suspected duplicates, search misses."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from ..extensions import db
from ..geo.names import name_key
from ..geo.territory import haversine_km
from ..models import Place, PlaceStatus, SearchMiss, utcnow
from ..placesources import PlaceSource, sources_of
from . import operations

DUPLICATE_DISTANCE_KM = 1.0
DUPLICATE_NAME_SCORE = 85.0
REVIEW_KINDS = ("precision", "mrc", "outside", "position", "hours", "stale")


@dataclass
class Duplicate:
    first: Place
    second: Place
    distance_km: float
    score: float


@dataclass
class Miss:
    text: str
    count: int
    last_seen: datetime


@dataclass
class ToConfirm:
    """A draft loaded from public sources, waiting for staff to confirm it with the place."""

    place: Place
    sources: list[PlaceSource]


@dataclass
class ReviewQueue:
    to_confirm: list[ToConfirm] = field(default_factory=list)
    by_kind: dict[str, list[tuple[Place, str]]] = field(default_factory=dict)
    duplicates: list[Duplicate] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    @property
    def total(self) -> int:
        return (
            len(self.to_confirm)
            + sum(len(items) for items in self.by_kind.values())
            + len(self.duplicates)
            + len(self.misses)
        )


def active_places() -> list[Place]:
    return list(
        db.session.execute(
            select(Place)
            .where(Place.status != PlaceStatus.ARCHIVED)
            .options(joinedload(Place.municipality), joinedload(Place.mrc))
            .order_by(Place.name)
        )
        .unique()
        .scalars()
    )


def suspected_duplicates(places: Sequence[Place]) -> list[Duplicate]:
    """Similar names less than a kilometre apart; a grid keeps this near-linear."""
    cell = 0.01  # about 1.1 km of latitude; neighbours cover the rest
    located = [
        (p, p.latitude, p.longitude)
        for p in places
        if p.latitude is not None and p.longitude is not None
    ]
    grid: dict[tuple[int, int], list[tuple[Place, float, float]]] = defaultdict(list)
    for item in located:
        grid[(math.floor(item[1] / cell), math.floor(item[2] / cell))].append(item)
    keys = {p.id: name_key(p.name) for p, _lat, _lon in located}
    found: list[Duplicate] = []
    lon_span = 2  # a degree of longitude is shorter here (~0.68 of latitude): look 2 cells
    for place, lat, lon in located:
        row, col = math.floor(lat / cell), math.floor(lon / cell)
        for d_row in (-1, 0, 1):
            for d_col in range(-lon_span, lon_span + 1):
                for other, other_lat, other_lon in grid.get((row + d_row, col + d_col), []):
                    if other.id <= place.id:
                        continue
                    distance = haversine_km(lat, lon, other_lat, other_lon)
                    if distance > DUPLICATE_DISTANCE_KM:
                        continue
                    score = fuzz.token_set_ratio(keys[place.id], keys[other.id])
                    if score >= DUPLICATE_NAME_SCORE:
                        found.append(Duplicate(place, other, distance, score))
    return sorted(found, key=lambda d: -d.score)


def search_misses(limit: int = 100) -> list[Miss]:
    """What citizens typed in vain, most frequent first (each row counts its repeats).

    Grouped by the search's normalised key, so « canapé », « Canape » and « canapés » are one
    line; rows logged before the key existed fall back to their lowercase text.
    """
    text = func.coalesce(SearchMiss.key, func.lower(SearchMiss.text))
    total, last_seen = func.sum(SearchMiss.count), func.max(SearchMiss.last_seen)
    rows = db.session.execute(
        select(func.min(SearchMiss.text), total, last_seen)
        .group_by(text)
        .order_by(total.desc(), last_seen.desc())
        .limit(limit)
    ).all()
    return [Miss(text=row[0], count=int(row[1]), last_seen=row[2]) for row in rows]


def drafts_to_confirm(places: Sequence[Place]) -> list[ToConfirm]:
    """Drafts that came from public sources and nobody has confirmed yet, oldest first."""
    drafts = [p for p in places if p.status == PlaceStatus.DRAFT and p.verified_at is None]
    found = []
    for place in sorted(drafts, key=lambda p: (p.created_at, p.id)):
        sources = sources_of(place)
        if sources:
            found.append(ToConfirm(place, sources))
    return found


def review_queue(now: datetime | None = None) -> ReviewQueue:
    now = now or utcnow()
    queue = ReviewQueue(by_kind={kind: [] for kind in REVIEW_KINDS})
    places = active_places()
    for place in places:
        for kind, message in operations.place_warnings(place, now):
            queue.by_kind.setdefault(kind, []).append((place, message))
    queue.to_confirm = drafts_to_confirm(places)
    queue.duplicates = suspected_duplicates(places)
    queue.misses = search_misses()
    return queue
