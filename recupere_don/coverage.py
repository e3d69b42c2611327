"""Coverage: how far each municipality is from the nearest published place taking a category.

Planners ask "where can nobody give electronics within 25 km?". The answer is a straight-line
distance from each municipality's point to the nearest place that takes the category for giving:
a drop-off (`donner`) counts at its distance, a home pickup (`ramassage`) counts as 0 km where its
service area includes the municipality and not at all elsewhere (it only comes to people).
Computed from the in-memory place index, once per data version (see coverage_now).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select

from . import dataversion, item_lookup
from .extensions import db
from .geo.territory import EARTH_RADIUS_KM
from .models import Category, Mrc, Municipality
from .placeindex import PICKUP, PlaceIndex, PlaceRecord
from .places import published_index
from .versioned_cache import versioned

DROP_OFF = "donner"
DEFAULT_GAP_KM = 25.0
NOWHERE = np.inf


@dataclass(frozen=True)
class Town:
    """A municipality as coverage sees it: its point and its MRC."""

    code: str
    name: str
    mrc: str
    mrc_name: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class TownCoverage:
    town: Town
    distance_km: float  # inf: no place in the region takes the category for giving
    nearest: PlaceRecord | None
    by_pickup: bool  # the nearest is a home pickup that serves this municipality

    @property
    def reachable(self) -> bool:
        return bool(np.isfinite(self.distance_km))


@dataclass(frozen=True)
class MrcSummary:
    slug: str
    name: str
    towns: int
    gaps: int
    median_km: float | None  # over the municipalities some place serves at all
    farthest_km: float | None

    @property
    def gap_share(self) -> float:
        return self.gaps / self.towns if self.towns else 0.0


def distance_matrix_km(
    lats_a: NDArray[np.float64],
    lons_a: NDArray[np.float64],
    lats_b: NDArray[np.float64],
    lons_b: NDArray[np.float64],
) -> NDArray[np.float64]:
    """Haversine distances, one row per point of `a`, one column per point of `b`."""
    phi_a = np.radians(lats_a)[:, None]
    phi_b = np.radians(lats_b)[None, :]
    dlmb = np.radians(lons_b[None, :] - lons_a[:, None])
    a = np.sin((phi_b - phi_a) / 2) ** 2 + np.cos(phi_a) * np.cos(phi_b) * np.sin(dlmb / 2) ** 2
    distances: NDArray[np.float64] = 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))
    return distances


class Coverage:
    """Distances from every municipality to the nearest place taking each category for giving."""

    def __init__(
        self,
        index: PlaceIndex,
        towns: Sequence[Town],
        categories: Sequence[str],
        items: Sequence[tuple[str, str]] = (),
    ):
        """`items`: (item code, its category) for items some place refuses; any other item is
        covered exactly as its category."""
        self.records = index.records
        self.towns = list(towns)
        self.categories = list(categories)
        self.category_of = dict(items)
        # One column per category, then one per refused item.
        self.keys = [*self.categories, *self.category_of]
        n_towns = len(self.towns)
        lats = np.array([t.latitude for t in self.towns], dtype=float)
        lons = np.array([t.longitude for t in self.towns], dtype=float)
        all_ids = np.arange(len(self.records), dtype=np.intp)
        # NaN for places without a point: they are never the nearest drop-off.
        distances = distance_matrix_km(lats, lons, index.lats, index.lons)
        # Which pickups come to each municipality: the citizen search's own rule, point by point.
        picks_up = np.zeros_like(distances, dtype=bool)
        for row, town in enumerate(self.towns):
            picks_up[row] = index.picks_up(all_ids, distances[row], town.mrc)
        shape = (n_towns, len(self.keys))
        self.distances_km = np.full(shape, NOWHERE)
        self.nearest_ids = np.full(shape, -1, dtype=np.intp)
        self.by_pickup = np.zeros(shape, dtype=bool)
        reachable = np.where(np.isnan(distances), NOWHERE, distances)
        rows = np.arange(n_towns)
        for column, key in enumerate(self.keys):
            category = self.category_of.get(key, key)
            refused = [(key, category)] if key in self.category_of else []
            drop_off = np.flatnonzero(index.takes([category], [DROP_OFF], refused) & index.located)
            if len(drop_off):
                candidates = reachable[:, drop_off]
                best = candidates.argmin(axis=1)
                self.distances_km[:, column] = candidates[rows, best]
                self.nearest_ids[:, column] = drop_off[best]
            pickup = np.flatnonzero(index.takes([category], [PICKUP], refused))
            if len(pickup):
                comes = picks_up[:, pickup]
                served = comes.any(axis=1)
                self.distances_km[served, column] = 0.0
                self.nearest_ids[served, column] = pickup[comes[served].argmax(axis=1)]
                self.by_pickup[served, column] = True
        self.nearest_ids[np.isinf(self.distances_km)] = -1

    def column(self, key: str) -> int:
        """The column of a category or of an item some place refuses."""
        return self.keys.index(key)

    def for_category(self, category: str) -> list[TownCoverage]:
        """Every municipality with its distance for this category, in municipality order."""
        column = self.column(category)
        return [
            TownCoverage(
                town=town,
                distance_km=float(self.distances_km[row, column]),
                nearest=(
                    self.records[self.nearest_ids[row, column]]
                    if self.nearest_ids[row, column] >= 0
                    else None
                ),
                by_pickup=bool(self.by_pickup[row, column]),
            )
            for row, town in enumerate(self.towns)
        ]

    def gaps(self, category: str, threshold_km: float) -> list[TownCoverage]:
        """« Zones blanches »: municipalities farther than the threshold, farthest first."""
        found = [t for t in self.for_category(category) if t.distance_km > threshold_km]
        return sorted(found, key=lambda t: (-t.distance_km, t.town.name))

    def gap_counts(self, threshold_km: float) -> dict[str, int]:
        """Category → how many municipalities are farther than the threshold."""
        counts = (self.distances_km[:, : len(self.categories)] > threshold_km).sum(axis=0)
        return {c: int(n) for c, n in zip(self.categories, counts, strict=True)}

    def by_mrc(self, category: str, threshold_km: float) -> list[MrcSummary]:
        """One line per MRC: its municipalities, how many are gaps, median and farthest distance."""
        grouped: dict[str, list[TownCoverage]] = {}
        for entry in self.for_category(category):
            grouped.setdefault(entry.town.mrc, []).append(entry)
        summaries = []
        for slug, entries in grouped.items():
            served = [e.distance_km for e in entries if e.reachable]
            summaries.append(
                MrcSummary(
                    slug=slug,
                    name=entries[0].town.mrc_name,
                    towns=len(entries),
                    gaps=sum(e.distance_km > threshold_km for e in entries),
                    median_km=float(np.median(served)) if served else None,
                    farthest_km=max(served) if served else None,
                )
            )
        return sorted(summaries, key=lambda s: s.name)


def load_towns() -> list[Town]:
    rows = db.session.execute(
        select(
            Municipality.code_geo,
            Municipality.name,
            Mrc.slug,
            Mrc.name,
            Municipality.latitude,
            Municipality.longitude,
        )
        .join(Mrc, Mrc.id == Municipality.mrc_id)
        .order_by(Municipality.name, Municipality.code_geo)
    )
    return [Town(*row) for row in rows]


def refused_items(index: PlaceIndex) -> list[tuple[str, str]]:
    """(item, category) of the catalogue items some published place refuses."""
    catalogue = item_lookup.current_catalogue()
    codes = sorted(
        {code for r in index.records for refused in r.refuses.values() for code in refused}
    )
    return [
        (code, item.category)
        for code in codes
        if (item := catalogue.item(code)) is not None and item.category
    ]


def category_codes() -> list[str]:
    return list(db.session.execute(select(Category.code).order_by(Category.sort_order)).scalars())


def coverage_now() -> Coverage:
    """The coverage of the published places, computed again only when places or codes change."""
    version = (
        dataversion.current(),
        dataversion.current(dataversion.TAXONOMY),
        dataversion.current(dataversion.TERRITORY),
    )

    def build() -> Coverage:
        index = published_index()
        return Coverage(index, load_towns(), category_codes(), refused_items(index))

    return versioned("coverage", version, build)
