"""MRC lookup for 100,000 points: shapely's vectorised STRtree query vs a plain Python loop.

Usage: .venv/bin/python bench/bench_territory.py [--points N]
Outlines: data/mrc_outlines.geojson (derived), and the official ones from ../shared/reference
when that directory exists (read only, never copied).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import shape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recupere_don.geo.territory import TerritoryIndex  # noqa: E402

SOURCES = {
    "derived (data/mrc_outlines.geojson)": (ROOT / "data" / "mrc_outlines.geojson", "slug"),
    "official (../shared/reference)": (
        ROOT.parent / "shared" / "reference" / "mrc_chaudiere_appalaches.geojson",
        "name",
    ),
}


def load(path: Path, key: str) -> dict[str, dict[str, Any]]:
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    return {f["properties"][key]: f["geometry"] for f in features}


def python_loop(outlines: dict[str, Any], lons: np.ndarray, lats: np.ndarray) -> list[str | None]:
    """What one writes without thinking: each point against each polygon, one at a time."""
    polygons = [(slug, shape(g)) for slug, g in outlines.items()]
    found: list[str | None] = []
    for lon, lat in zip(lons.tolist(), lats.tolist(), strict=True):
        point = shapely.Point(lon, lat)
        found.append(next((slug for slug, polygon in polygons if polygon.contains(point)), None))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--points", type=int, default=100_000)
    args = parser.parse_args()
    rng = np.random.default_rng(12)
    # Uniform over the region's box: about half the points fall inside an MRC.
    lons = rng.uniform(-72.2, -69.3, args.points)
    lats = rng.uniform(45.2, 47.6, args.points)
    print(f"MRC lookup for {args.points:,} random points in the region's bounding box")
    for label, (path, key) in SOURCES.items():
        if not path.exists():
            print(f"- {label}: skipped ({path} is absent)")
            continue
        outlines = load(path, key)
        vertices = sum(shapely.get_num_coordinates(shape(g)) for g in outlines.values())
        started = time.perf_counter()
        index = TerritoryIndex.from_geojson(outlines)
        build = time.perf_counter() - started
        started = time.perf_counter()
        vectorised = index.mrcs_at(lons, lats)
        fast = time.perf_counter() - started
        started = time.perf_counter()
        looped = python_loop(outlines, lons, lats)
        slow = time.perf_counter() - started
        # Points exactly on a shared edge may differ in which side they get; count them.
        differ = sum(a != b for a, b in zip(vectorised, looped, strict=True))
        inside = sum(s is not None for s in vectorised)
        print(
            f"- {label}: {len(outlines)} outlines, {vertices:,} vertices, {inside:,} points inside"
        )
        print(f"    index build (prepare + STRtree + union): {build * 1000:.1f} ms")
        print(
            f"    vectorised (STRtree.query, predicate=intersects): {fast * 1000:.1f} ms"
            f" = {args.points / fast:,.0f} points/s"
        )
        print(
            f"    plain Python loop over polygons: {slow * 1000:.1f} ms"
            f" = {args.points / slow:,.0f} points/s"
        )
        print(f"    ratio loop / vectorised: {slow / fast:.1f}×  (answers differing: {differ})")


if __name__ == "__main__":
    main()
