"""Coverage: distances per municipality and category, gaps, and the staff page."""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from geographiclib.geodesic import Geodesic
from sqlalchemy import select

from recupere_don import coverage, placewrites
from recupere_don.extensions import db
from recupere_don.geo.coveragemap import MrcShape, TownPoint, coverage_map
from recupere_don.geo.mapbuilder import TileSettings
from recupere_don.models import Place, PlaceStatus
from recupere_don.placeindex import PlaceIndex, PlaceRecord
from tests.factories import make_place
from tests.test_admin_support import admin_client  # noqa: F401  (fixture)

# Haversine on a sphere and the WGS84 geodesic differ by at most about 0.5 %.
SPHERE_VS_ELLIPSOID = 0.006

TOWNS = [
    coverage.Town("25213", "Lévis", "levis", "Lévis", 46.7380, -71.2465),
    coverage.Town(
        "29073", "Saint-Georges", "beauce-sartigan", "Beauce-Sartigan", 46.1180, -70.6700
    ),
    coverage.Town("18050", "Montmagny", "montmagny", "Montmagny", 46.9800, -70.5550),
    coverage.Town("31056", "Thetford Mines", "les-appalaches", "Les Appalaches", 46.0930, -71.3000),
]


def record(id: int, name: str, lat: float | None, lon: float | None, **extra: Any) -> PlaceRecord:
    values: dict[str, Any] = {
        "id": id, "slug": f"lieu-{id}", "name": name, "place_type": "ressourcerie",
        "address": "", "municipality": None, "postal_code": "", "mrc": None,
        "latitude": lat, "longitude": lon, "phone": "", "website": "", "opening_hours": "",
        "demo": False, "service_area": None, "actions": {},
    }  # fmt: skip
    return PlaceRecord(**(values | extra))


def geodesic_km(town: coverage.Town, place: PlaceRecord) -> float:
    assert place.latitude is not None
    assert place.longitude is not None
    line = Geodesic.WGS84.Inverse(town.latitude, town.longitude, place.latitude, place.longitude)
    return float(line["s12"]) / 1000


HAND_BUILT = [
    record(1, "Ressourcerie de Lévis", 46.80, -71.18, actions={"donner": ("electronique",)}),
    record(2, "Atelier de Beauce", 46.12, -70.67, actions={"reparer": ("electronique",)}),
    record(3, "Friperie de Thetford", 46.10, -71.31, actions={"donner": ("vetements",)}),
    # Comes to Montmagny's whole MRC, though it stands in Lévis.
    record(
        4,
        "Ramassage du Fleuve",
        46.75,
        -71.20,
        actions={"ramassage": ("electronique",)},
        service_area={"mrcs": ["montmagny"]},
    ),
    record(5, "Sans point", None, None, actions={"donner": ("electronique",)}),
    record(6, "Dépôt de Saint-Georges", 46.15, -70.70, actions={"donner": ("electronique",)}),
]


def test_distances_match_geodesics_computed_independently() -> None:
    result = coverage.Coverage(PlaceIndex(HAND_BUILT), TOWNS, ["electronique", "vetements"])
    by_town = {e.town.name: e for e in result.for_category("electronique")}
    drop_offs = [HAND_BUILT[0], HAND_BUILT[5]]  # the only located places taking it to give
    for name in ("Lévis", "Saint-Georges", "Thetford Mines"):
        town = next(t for t in TOWNS if t.name == name)
        expected = min(drop_offs, key=lambda p: geodesic_km(town, p))
        assert by_town[name].distance_km == pytest.approx(
            geodesic_km(town, expected), rel=SPHERE_VS_ELLIPSOID
        )
        assert by_town[name].nearest == expected
        assert not by_town[name].by_pickup
    # The pickup serves Montmagny's MRC: 0 km there, though the place is 40 km away.
    assert by_town["Montmagny"].distance_km == 0
    assert by_town["Montmagny"].nearest == HAND_BUILT[3]
    assert by_town["Montmagny"].by_pickup
    # Repairs and clothing do not count for giving electronics; clothing has its own column.
    clothing = {e.town.name: e for e in result.for_category("vetements")}
    thetford = next(t for t in TOWNS if t.name == "Thetford Mines")
    assert clothing["Thetford Mines"].distance_km == pytest.approx(
        geodesic_km(thetford, HAND_BUILT[2]), rel=SPHERE_VS_ELLIPSOID
    )


def test_gaps_and_mrc_summary_follow_the_threshold() -> None:
    result = coverage.Coverage(PlaceIndex(HAND_BUILT), TOWNS, ["electronique", "meubles"])
    thetford = next(t for t in TOWNS if t.name == "Thetford Mines")
    to_thetford = min(geodesic_km(thetford, p) for p in (HAND_BUILT[0], HAND_BUILT[5]))
    assert to_thetford > 25
    assert [g.town.name for g in result.gaps("electronique", 25)] == ["Thetford Mines"]
    assert result.gaps("electronique", math.ceil(to_thetford) + 1) == []
    # Nothing takes furniture: every municipality is a gap, with no distance at all.
    assert len(result.gaps("meubles", 300)) == len(TOWNS)
    assert all(not g.reachable and g.nearest is None for g in result.gaps("meubles", 300))
    assert result.gap_counts(25) == {"electronique": 1, "meubles": 4}
    summary = {s.slug: s for s in result.by_mrc("electronique", 25)}
    assert (summary["les-appalaches"].towns, summary["les-appalaches"].gaps) == (1, 1)
    assert summary["montmagny"].gaps == 0
    assert summary["montmagny"].farthest_km == 0


def test_a_municipality_becomes_a_gap_when_its_only_place_is_archived(app: Flask) -> None:
    with app.app_context():
        for place in db.session.execute(select(Place)).scalars().all():
            if place.status == PlaceStatus.PUBLISHED:
                placewrites.set_status(place, PlaceStatus.ARCHIVED, None, place.version)
    only = make_place(
        app, town="Saint-Georges", service_area=None,
        takes={"donner": {"categories": ["velos"], "conditions_fr": "", "conditions_en": ""}},
    )  # fmt: skip
    with app.test_request_context():
        before = {e.town.name: e for e in coverage.coverage_now().for_category("velos")}
        assert before["Saint-Georges"].distance_km == pytest.approx(0, abs=0.01)
        assert "Saint-Georges" not in {
            g.town.name for g in coverage.coverage_now().gaps("velos", 25)
        }
        place = db.get_or_404(Place, only)
        placewrites.set_status(place, PlaceStatus.ARCHIVED, None, place.version)
    with app.test_request_context():
        gaps = {g.town.name: g for g in coverage.coverage_now().gaps("velos", 25)}
        assert "Saint-Georges" in gaps
        assert not gaps["Saint-Georges"].reachable
        # Every municipality (two share the name Disraeli) has nowhere to give bicycles.
        assert len(coverage.coverage_now().gaps("velos", 25)) == len(coverage.load_towns()) == 136


def test_staff_page_lists_gaps_map_and_mrc_summary(admin_client: FlaskClient) -> None:  # noqa: F811
    page = admin_client.get("/admin/coverage?category=electronique&km=25")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Zones blanches" in html
    assert 'id="mrc-summary"' in html
    assert "Beauce-Sartigan" in html
    # The map's assets come from the app (no script or stylesheet from another site).
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert "CoverageLayers" in html or "circleMarker" in html


@pytest.mark.parametrize(
    "query",
    ["category=inconnue", "km=abc", "km=0", "km=1000", "sort=prix", "order=up", "nocache=1"],
)
def test_staff_page_refuses_what_it_cannot_read(
    admin_client: FlaskClient,  # noqa: F811
    query: str,
) -> None:
    page = admin_client.get(f"/admin/coverage?{query}")
    assert page.status_code == 400


def test_staff_page_is_for_staff_only(client: FlaskClient) -> None:
    assert client.get("/admin/coverage").status_code == 302


def test_an_item_refused_nearby_is_covered_by_the_next_place_that_takes_it() -> None:
    refusing = record(
        7, "Ressourcerie sans portables", 46.80, -71.18,
        actions={"donner": ("electronique",)}, refuses={"donner": ("ordinateur-portable",)},
    )  # fmt: skip
    taking = record(8, "Dépôt de Beauce", 46.12, -70.67, actions={"donner": ("electronique",)})
    result = coverage.Coverage(
        PlaceIndex([refusing, taking]),
        TOWNS,
        ["electronique"],
        [("ordinateur-portable", "electronique")],
    )
    levis = next(t for t in TOWNS if t.name == "Lévis")
    by_category = {e.town.name: e for e in result.for_category("electronique")}
    by_item = {e.town.name: e for e in result.for_category("ordinateur-portable")}
    assert by_category["Lévis"].nearest == refusing
    assert by_item["Lévis"].nearest == taking
    assert by_item["Lévis"].distance_km == pytest.approx(
        geodesic_km(levis, taking), rel=SPHERE_VS_ELLIPSOID
    )
    # Only categories are counted in the table of every category.
    assert set(result.gap_counts(25)) == {"electronique"}


def test_staff_page_shows_one_item(admin_client: FlaskClient) -> None:  # noqa: F811
    page = admin_client.get("/admin/coverage?item=ordinateur-portable&km=25")
    assert page.status_code == 200
    assert "« Ordinateur portable »" in page.get_data(as_text=True)
    assert admin_client.get("/admin/coverage?item=licorne").status_code == 400


def test_map_labels_stay_data_never_template_source() -> None:
    """Town and MRC labels reach folium's script as one JSON string: no Jinja, no markup runs."""
    hostile = "{{ 7*7 }}{% for x in range(3) %}X{% endfor %}</script><script>alert(1)</script>"
    tiles = TileSettings(url="https://tiles.test/{z}/{x}/{y}.png", attribution="©")
    fragments = coverage_map(
        tiles,
        "nonce",
        [TownPoint(46.1, -70.7, "#000000", hostile)],
        [MrcShape({"type": "Point", "coordinates": [-70.7, 46.1]}, "#111111", hostile)],
    )
    script = str(fragments.script)
    assert "49" not in script
    assert "XXX" not in script
    assert "<script>alert" not in script
    # The label arrives whole in the browser: escaped, not dropped.
    assert "7*7" in script
