"""Clusters of places for one map view, computed on the server.

The browser asks for what it shows (a bounding box at a zoom) and receives at most a few hundred
features, whether the instance holds 500 places or 50,000. One SuperCluster index (a hierarchy of
clusters for every zoom) is built per data version and filter set, in tens of milliseconds, and a
view is then read from it in well under a millisecond.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import numpy as np
import pysupercluster

from . import places
from .hours import QUEBEC
from .placeindex import Hit
from .versioned_cache import per_process

# Leaflet draws 256-pixel tiles; two places closer than RADIUS_PX on screen share a cluster.
TILE_EXTENT = 256
RADIUS_PX = 60
# Past this zoom every place stands alone (except places at the very same point).
MAX_CLUSTER_ZOOM = 16
MAX_ZOOM = 20
# Filter sets kept per process. An index costs about 100 bytes per place: 32 sets at 50,000
# places stay under 200 MB only in the worst case of 32 unfiltered-size sets; most are small.
INDEXES_KEPT = 32


@dataclass(frozen=True)
class ClusterIndex:
    hits: list[Hit]
    tree: Any  # pysupercluster.SuperCluster, or None when no place has coordinates
    points: Any = None  # (longitude, latitude) per hit, as a numpy array

    def count_within(self, bbox: tuple[float, float, float, float]) -> int:
        """The places inside `bbox`: what the list of the view pages through."""
        if self.points is None:
            return 0
        min_lon, min_lat, max_lon, max_lat = bbox
        lons, lats = self.points[:, 0], self.points[:, 1]
        inside = (lons >= min_lon) & (lons <= max_lon) & (lats >= min_lat) & (lats <= max_lat)
        return int(inside.sum())

    def view(self, bbox: tuple[float, float, float, float], zoom: int) -> list[dict[str, Any]]:
        """The clusters and single places inside `bbox` (min lon, min lat, max lon, max lat)."""
        if self.tree is None:
            return []
        min_lon, min_lat, max_lon, max_lat = bbox
        found: list[dict[str, Any]] = self.tree.getClusters(
            top_left=(min_lon, max_lat), bottom_right=(max_lon, min_lat), zoom=zoom
        )
        return found


def build_index(hits: list[Hit]) -> ClusterIndex:
    located = [h for h in hits if h.record.latitude is not None and h.record.longitude is not None]
    if not located:
        return ClusterIndex([], None)
    points = np.array([(h.record.longitude, h.record.latitude) for h in located], dtype=float)
    tree = pysupercluster.SuperCluster(
        points, min_zoom=0, max_zoom=MAX_CLUSTER_ZOOM, radius=RADIUS_PX, extent=TILE_EXTENT
    )
    return ClusterIndex(located, tree, points)


class IndexCache:
    """The last INDEXES_KEPT cluster indexes, least recently used first out."""

    def __init__(self, capacity: int = INDEXES_KEPT) -> None:
        self.capacity = capacity
        self._indexes: OrderedDict[Hashable, ClusterIndex] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, build: Any) -> ClusterIndex:
        with self._lock:
            found = self._indexes.get(key)
            if found is not None:
                self._indexes.move_to_end(key)
                return found
        built: ClusterIndex = build()
        with self._lock:
            self._indexes[key] = built
            while len(self._indexes) > self.capacity:
                self._indexes.popitem(last=False)
        return built


def _index_for(filters: places.PlaceFilters, key: Hashable) -> ClusterIndex:
    cache = per_process("cluster_indexes", IndexCache)
    whole = replace(filters, bbox=None, fields=())
    return cache.get(
        (places.data_fingerprint(), key), lambda: build_index(places.search_published(whole))
    )


def cluster_collection(
    filters: places.PlaceFilters, key: Hashable, bbox: tuple[float, float, float, float], zoom: int
) -> dict[str, Any]:
    """GeoJSON for one view: `key` names the filter set (everything but the bounding box)."""
    index = _index_for(filters, key)
    features = []
    for found in index.view(bbox, zoom):
        point = {"type": "Point", "coordinates": [found["longitude"], found["latitude"]]}
        if found["count"] > 1:
            properties: dict[str, Any] = {
                "cluster": True,
                "point_count": found["count"],
                "expansion_zoom": min(found["expansion_zoom"] or MAX_ZOOM, MAX_ZOOM),
            }
        else:
            record = index.hits[found["id"]].record
            properties = {
                "cluster": False,
                "slug": record.slug,
                "name": record.name,
                "place_type": record.place_type,
            }
        features.append({"type": "Feature", "geometry": point, "properties": properties})
    # A cluster stands where its places' centre is: its places may lie just outside the view,
    # so the clusters' counts and `in_view` (the places the list finds) can differ slightly.
    return {
        "type": "FeatureCollection",
        "total": len(index.hits),
        "in_view": index.count_within(bbox),
        "features": features,
    }


def moment_key(filters: places.PlaceFilters) -> str:
    """Open-now answers change with the minute; others with the day (donation pauses end)."""
    moment: datetime = filters.at or datetime.now(QUEBEC)
    return moment.strftime("%Y%m%d%H%M" if filters.open_now else "%Y%m%d")
