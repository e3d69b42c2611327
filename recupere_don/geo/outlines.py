"""Approximate region and MRC outlines derived from labelled points (pure shapely, no Flask)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

import numpy as np
import shapely
from numpy.typing import ArrayLike, NDArray
from shapely.geometry import MultiPolygon, Polygon

KM_PER_DEGREE = 111.32

# (slug, longitude, latitude): one point of an MRC (a municipality or one of its postal codes).
LabelledPoint: TypeAlias = tuple[str, float, float]
Outline: TypeAlias = Polygon | MultiPolygon


class LocalProjection:
    """Equirectangular km around a reference latitude: good to <1 % across the region.

    Buffers, hulls and Voronoi cells need a metric plane; degrees of longitude are only
    ~0.69 of a degree of latitude at 46.5° N.
    """

    def __init__(self, lat0: float) -> None:
        self.kx = KM_PER_DEGREE * float(np.cos(np.radians(lat0)))
        self.ky = KM_PER_DEGREE

    def forward(self, lonlat: ArrayLike) -> NDArray[np.float64]:
        xy = np.asarray(lonlat, dtype=np.float64).reshape(-1, 2)
        return np.column_stack([xy[:, 0] * self.kx, xy[:, 1] * self.ky])

    def inverse(self, geometry: Any) -> Any:
        return shapely.transform(geometry, lambda xy: xy / np.array([self.kx, self.ky]))

    def project(self, geometry: Any) -> Any:
        return shapely.transform(geometry, lambda xy: xy * np.array([self.kx, self.ky]))


def _points(lonlat: ArrayLike) -> NDArray[np.float64]:
    array = np.asarray(lonlat, dtype=np.float64).reshape(-1, 2)
    if len(array) < 3:
        raise ValueError("at least three points are needed to outline an area")
    return array


def _largest_polygon(geometry: Any) -> Polygon:
    parts = [g for g in shapely.get_parts(geometry) if isinstance(g, Polygon)]
    if not parts:
        raise ValueError("the outline came out empty")
    return max(parts, key=lambda g: g.area)


def _fill_holes(polygon: Polygon) -> Polygon:
    # The region has no enclaves: a hole is a misplaced outside postal code, not a real gap.
    return Polygon(polygon.exterior)


def _unique(
    xy: NDArray[np.float64], labels: NDArray[Any]
) -> tuple[NDArray[np.float64], NDArray[Any]]:
    """Drop repeated coordinates (Voronoi keeps one cell per site); the first label wins."""
    _, first = np.unique(np.round(xy, 6), axis=0, return_index=True)
    keep = np.sort(first)
    return xy[keep], labels[keep]


def voronoi_cells(xy: NDArray[np.float64], frame: Any) -> NDArray[Any]:
    """One Voronoi cell per (unique) site, in the sites' order, extended over `frame`."""
    cells = shapely.voronoi_polygons(shapely.multipoints(xy), extend_to=frame, ordered=True)
    return np.asarray(shapely.get_parts(cells))


def derive_region_outline(
    points: ArrayLike,
    outside: ArrayLike | None = None,
    shore: ArrayLike | None = None,
    *,
    concavity: float = 0.3,
    reach_km: float = 9.0,
    shore_reach_km: float = 3.0,
    smooth_km: float = 3.0,
) -> Polygon:
    """The region around `points` (lon, lat), as a WGS84 polygon.

    A concave hull of the points, widened by `reach_km` (villages sit inside their territory,
    not on its edge: this reaches out to the Maine border on the south-east). Where `outside`
    points are given (places known to lie beyond the region, e.g. the north shore of the St.
    Lawrence), the edge is drawn half-way to them through Voronoi cells, which puts the
    north-west edge in the river between Lévis and Québec rather than across the city.
    `shore` is a line of riverside places in order with the river on its left (south-west to
    north-east here): land ends `shore_reach_km` past it, not half-way across the estuary.
    """
    inside_ll = _points(points)
    projection = LocalProjection(float(np.mean(inside_ll[:, 1])))
    inside = projection.forward(inside_ll)
    hull = shapely.concave_hull(shapely.multipoints(inside), ratio=concavity)
    area = shapely.buffer(hull, reach_km, quad_segs=4)
    if outside is not None and len(np.asarray(outside)):
        beyond = projection.forward(outside)
        xy = np.vstack([inside, beyond])
        is_inside = np.r_[np.ones(len(inside), bool), np.zeros(len(beyond), bool)]
        xy, is_inside = _unique(xy, is_inside)
        cells = voronoi_cells(xy, shapely.buffer(area, reach_km))
        area = shapely.intersection(area, shapely.union_all(cells[is_inside]))
    if shore is not None and len(np.asarray(shore)) >= 2:
        line = shapely.linestrings(projection.forward(shore))
        # Positive single-sided buffers grow on the left of the line: the river side.
        water = shapely.buffer(line, 100.0, single_sided=True)
        keep = shapely.union_all(
            [
                shapely.buffer(line, shore_reach_km, quad_segs=4),
                shapely.buffer(shapely.multipoints(inside), 1.0, quad_segs=4),
            ]
        )
        area = shapely.difference(area, shapely.difference(water, keep))
    # Opening then closing: drops spikes and narrow gaps the cells leave along the edge.
    area = shapely.buffer(shapely.buffer(area, -smooth_km, quad_segs=4), smooth_km, quad_segs=4)
    area = shapely.buffer(shapely.buffer(area, smooth_km, quad_segs=4), -smooth_km, quad_segs=4)
    region = _fill_holes(_largest_polygon(area))
    result: Polygon = shapely.make_valid(projection.inverse(region))
    return _largest_polygon(result)


def _vertex_count(geometry: Any) -> int:
    return int(shapely.get_num_coordinates(geometry))


def _absorb_orphans(pieces: list[Any], share: float = 0.02) -> NDArray[Any]:
    """Give each small detached part to the neighbour it shares most edge with.

    A lone postal code deep in a neighbour's territory makes an island of its own MRC;
    real MRCs here are in one piece (apart from river islands, which stay attached).
    """
    result = list(pieces)
    for i, geometry in enumerate(pieces):
        parts = [g for g in shapely.get_parts(geometry) if isinstance(g, Polygon)]
        if len(parts) < 2:
            continue
        biggest = max(g.area for g in parts)
        for part in parts:
            if part.area >= share * biggest:
                continue
            edges = [
                shapely.length(shapely.intersection(part.boundary, other)) if j != i else 0.0
                for j, other in enumerate(result)
            ]
            k = int(np.argmax(edges))
            if edges[k] > 0:
                result[i] = shapely.make_valid(shapely.difference(result[i], part))
                result[k] = shapely.make_valid(shapely.union(result[k], part))
    return np.array(result)


def derive_mrc_outlines(
    points: Sequence[LabelledPoint],
    region: Polygon,
    *,
    max_vertices: int = 150,
) -> dict[str, Outline]:
    """Outline each MRC: Voronoi cells of its points, dissolved, clipped to `region`.

    Neighbouring outlines share their edges exactly (they are simplified together as one
    coverage), each has at most `max_vertices` vertices, and all are valid WGS84 geometries.
    """
    if not points:
        raise ValueError("no points to outline")
    labels = np.array([p[0] for p in points], dtype=object)
    lonlat = np.array([(p[1], p[2]) for p in points], dtype=np.float64)
    projection = LocalProjection(float(np.mean(lonlat[:, 1])))
    xy, labels = _unique(projection.forward(lonlat), labels)
    area = projection.project(region)
    cells = voronoi_cells(xy, shapely.buffer(area, 50.0))
    slugs = sorted(set(labels.tolist()))
    pieces = [
        shapely.intersection(shapely.union_all(cells[labels == slug]), area) for slug in slugs
    ]
    coverage = _absorb_orphans([shapely.make_valid(g) for g in pieces])
    simplified = coverage
    tolerance = 0.25
    # Coarsen the shared edges until every MRC fits its vertex budget.
    while max(_vertex_count(g) for g in simplified) > max_vertices:
        simplified = np.asarray(shapely.coverage_simplify(coverage, tolerance))
        tolerance *= 1.4
    outlines: dict[str, Outline] = {}
    for slug, geometry in zip(slugs, simplified, strict=True):
        clean = shapely.make_valid(projection.inverse(geometry))
        polygons = [g for g in shapely.get_parts(clean) if isinstance(g, Polygon) and g.area > 0]
        outlines[slug] = polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
    return outlines


def round_coordinates(geometry: Outline, decimals: int = 5) -> Outline:
    """Round to `decimals` (5 ≈ 1 m) and repair anything the rounding made invalid."""
    rounded = shapely.set_precision(geometry, 10.0**-decimals)
    if rounded.is_valid and isinstance(rounded, Polygon | MultiPolygon):
        return rounded
    repaired = shapely.make_valid(rounded)
    polygons = [g for g in shapely.get_parts(repaired) if isinstance(g, Polygon)]
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)
