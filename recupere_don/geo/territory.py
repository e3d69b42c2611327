"""Which MRC holds a point: prepared shapely outlines, queried one point or many at once."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry


class TerritoryIndex:
    """MRC outlines (slug → geometry) prepared once and reused for every lookup."""

    def __init__(self, outlines: Mapping[str, BaseGeometry]) -> None:
        self.slugs: list[str] = list(outlines)
        self.geometries = np.array([shapely.make_valid(g) for g in outlines.values()])
        shapely.prepare(self.geometries)
        self.tree = shapely.STRtree(self.geometries)
        self.region = shapely.union_all(self.geometries)
        shapely.prepare(self.region)

    @classmethod
    def from_geojson(cls, outlines: Mapping[str, Mapping[str, Any] | None]) -> TerritoryIndex:
        return cls({slug: shape(g) for slug, g in outlines.items() if g})

    def mrc_at(self, lon: float, lat: float) -> str | None:
        """The slug of the MRC containing the point, or None outside the region."""
        found = self.mrcs_at(np.array([lon]), np.array([lat]))
        return found[0]

    def mrcs_at(self, lons: NDArray[np.float64], lats: NDArray[np.float64]) -> list[str | None]:
        """Vectorised lookup: one slug (or None) per point."""
        points = shapely.points(lons, lats)
        point_index, tree_index = self.tree.query(points, predicate="intersects")
        result: list[str | None] = [None] * len(points)
        # Where outlines touch, a point on the shared edge gets the first MRC listed.
        for p, t in zip(point_index[::-1], tree_index[::-1], strict=True):
            result[p] = self.slugs[t]
        return result

    def in_region(self, lon: float, lat: float) -> bool:
        return bool(shapely.contains_xy(self.region, lon, lat))

    def distance_to_region_km(self, lon: float, lat: float) -> float:
        """Rough distance outside the region, in km (degrees scaled at this latitude)."""
        point = shapely.Point(lon, lat)
        nearest = shapely.shortest_line(self.region, point)
        (lon1, lat1), (lon2, lat2) = nearest.coords
        return haversine_km(lat1, lon1, lat2, lon2)


EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = np.radians(lat1), np.radians(lat2)
    dphi = phi2 - phi1
    dlmb = np.radians(lon2 - lon1)
    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlmb / 2) ** 2
    return float(2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a)))
