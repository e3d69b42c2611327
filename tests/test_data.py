"""Data integrity: our gazetteer and derived outlines against the official reference data.

The reference files in ../shared/reference are read here only, never copied into the project.
"""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest
import shapely
from shapely.geometry import shape

from recupere_don.geo.names import name_key
from tests.conftest import DATA_DIR, reference_file

MRC_BY_REFERENCE_NAME = {
    "Beauce-Centre": "beauce-centre",
    "Beauce-Sartigan": "beauce-sartigan",
    "Bellechasse": "bellechasse",
    "La Nouvelle-Beauce": "la-nouvelle-beauce",
    "Les Appalaches": "les-appalaches",
    "Les Etchemins": "les-etchemins",
    "L'Islet": "l-islet",
    "Lévis": "levis",
    "Lotbinière": "lotbiniere",
    "Montmagny": "montmagny",
}


def read_csv(path: object) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:  # type: ignore[call-overload]
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def gazetteer() -> dict[str, dict[str, str]]:
    return {row["code_geo"]: row for row in read_csv(DATA_DIR / "municipalities.csv")}


@pytest.fixture(scope="module")
def reference() -> dict[str, dict[str, str]]:
    rows = read_csv(reference_file("municipalities.csv"))
    return {row["code_geo"]: row for row in rows}


@pytest.fixture(scope="module")
def derived_outlines() -> dict[str, shapely.Geometry]:
    collection = json.loads((DATA_DIR / "mrc_outlines.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["slug"]: shape(f["geometry"]) for f in collection["features"]}


def test_136_municipalities_in_10_territories(gazetteer: dict[str, dict[str, str]]) -> None:
    assert len(gazetteer) == 136
    per_mrc = Counter(row["mrc"] for row in gazetteer.values())
    assert set(per_mrc) == set(MRC_BY_REFERENCE_NAME.values())
    assert all(count >= 1 for count in per_mrc.values())
    assert per_mrc["levis"] == 1


def test_traps_of_the_region_are_in_the_gazetteer(gazetteer: dict[str, dict[str, str]]) -> None:
    by_name: dict[str, list[dict[str, str]]] = {}
    for row in gazetteer.values():
        for name in [row["name"], *row["aliases"].split(";")]:
            if name.strip():
                by_name.setdefault(name_key(name), []).append(row)
    assert [r["mrc"] for r in by_name[name_key("Saint-Henri")]] == ["bellechasse"]
    assert [r["mrc"] for r in by_name[name_key("Saint-Lambert-de-Lauzon")]] == [
        "la-nouvelle-beauce"
    ]
    assert {r["designation"] for r in by_name[name_key("Disraeli")]} == {"Ville", "Paroisse"}
    for sector in ["Saint-Romuald", "Charny", "Saint-Nicolas", "Pintendre"]:
        assert [r["mrc"] for r in by_name[name_key(sector)]] == ["levis"], sector
    merged = by_name[name_key("Courcelles–Saint-Évariste")]
    assert [r["mrc"] for r in merged] == ["beauce-sartigan"]
    assert by_name[name_key("Saint-Évariste-de-Forsyth")] == merged


def test_gazetteer_agrees_with_the_official_list(
    gazetteer: dict[str, dict[str, str]], reference: dict[str, dict[str, str]]
) -> None:
    assert set(gazetteer) == set(reference)
    wrong_mrc = [
        (code, row["name"], row["mrc"], reference[code]["mrc"])
        for code, row in gazetteer.items()
        if MRC_BY_REFERENCE_NAME[reference[code]["mrc"]] != row["mrc"]
    ]
    assert wrong_mrc == []
    names = [
        (row["name"], reference[code]["name"])
        for code, row in gazetteer.items()
        if name_key(row["name"]) != name_key(reference[code]["name"])
    ]
    assert names == []


def test_reference_points_fall_in_their_own_derived_outline(
    reference: dict[str, dict[str, str]], derived_outlines: dict[str, shapely.Geometry]
) -> None:
    outside = []
    for row in reference.values():
        slug = MRC_BY_REFERENCE_NAME[row["mrc"]]
        point = shapely.Point(float(row["longitude"]), float(row["latitude"]))
        if not derived_outlines[slug].covers(point):
            outside.append(f"{row['name']} ({slug})")
    inside = len(reference) - len(outside)
    print(f"\nreference municipality points inside their own derived outline: {inside}/136")
    assert outside == []


def test_derived_outlines_overlap_the_official_ones(
    derived_outlines: dict[str, shapely.Geometry],
) -> None:
    collection = json.loads(reference_file("mrc_chaudiere_appalaches.geojson").read_text("utf-8"))
    official = {
        MRC_BY_REFERENCE_NAME[f["properties"]["name"]]: shapely.make_valid(shape(f["geometry"]))
        for f in collection["features"]
    }
    print("\nderived vs official outline, intersection over union:")
    overlaps = {}
    for slug in sorted(official):
        ours = derived_outlines[slug]
        iou = ours.intersection(official[slug]).area / ours.union(official[slug]).area
        overlaps[slug] = iou
        print(f"  {slug:20s} {iou:.2f}")
    # Voronoi cells of town points are rough near the borders, but each must be recognisable.
    assert min(overlaps.values()) > 0.5
    assert sum(overlaps.values()) / len(overlaps) > 0.7
