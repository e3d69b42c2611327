"""Public API: GeoJSON places with their filters, taxonomy, MRC outlines and point lookup."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don.extensions import db
from recupere_don.models import Place, PlaceStatus

ALL_CATEGORIES = [
    "vetements", "textiles-maison", "meubles", "electromenagers", "electronique",
    "livres-medias", "jouets", "sport-plein-air", "velos", "cuisine", "decoration",
    "bebe-enfants", "materiaux", "outils", "peinture-rdd",
]  # fmt: skip
ALL_ACTIONS = ["donner", "ramassage", "acheter", "reparer"]
ALL_MRCS = {
    "beauce-centre", "beauce-sartigan", "bellechasse", "la-nouvelle-beauce", "les-appalaches",
    "les-etchemins", "l-islet", "levis", "lotbiniere", "montmagny",
}  # fmt: skip


def slugs(response: Any) -> set[str]:
    assert response.status_code == 200, response.get_data(as_text=True)
    return {f["properties"]["slug"] for f in response.get_json()["features"]}


def takes(item: dict[str, Any], actions: set[str] | None, categories: set[str] | None) -> bool:
    for take in item["takes"]:
        if actions and take["action"] not in actions:
            continue
        if categories and not categories & set(take["categories"]):
            continue
        return True
    return False


def test_places_is_a_utf8_geojson_collection_of_every_demo_place(
    client: FlaskClient, demo_places: list[dict[str, Any]]
) -> None:
    response = client.get("/api/v1/places")
    assert response.mimetype == "application/geo+json"
    body = response.get_json()
    assert body["type"] == "FeatureCollection"
    assert slugs(response) == {p["slug"] for p in demo_places}
    # Accents travel as UTF-8, not as \u escapes.
    assert "Lévis".encode() in response.data
    feature = body["features"][0]
    assert isinstance(feature["id"], int)
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert -80 < lon < -69
    assert 45 < lat < 48
    expected = {
        "name", "slug", "place_type", "address", "municipality", "postal_code", "mrc",
        "categories", "actions", "phone", "website", "opening_hours", "demo", "url",
    }  # fmt: skip
    assert expected <= set(feature["properties"])
    assert feature["properties"]["demo"] is True
    assert feature["properties"]["url"].endswith(f"/lieux/{feature['properties']['slug']}")


def test_feature_lists_categories_per_action(
    client: FlaskClient, demo_places: list[dict[str, Any]]
) -> None:
    by_slug = {
        f["properties"]["slug"]: f for f in client.get("/api/v1/places").get_json()["features"]
    }
    for item in demo_places:
        props = by_slug[item["slug"]]["properties"]
        assert props["actions"] == {
            t["action"]: sorted(t["categories"], key=ALL_CATEGORIES.index) for t in item["takes"]
        }
        assert set(props["categories"]) == {c for t in item["takes"] for c in t["categories"]}


@pytest.mark.parametrize("mrc", sorted(ALL_MRCS))
def test_filter_by_one_mrc(
    client: FlaskClient, demo_places: list[dict[str, Any]], mrc: str
) -> None:
    expected = {p["slug"] for p in demo_places if p["mrc"] == mrc}
    assert expected, "every territory has demo places"
    assert slugs(client.get(f"/api/v1/places?mrc={mrc}")) == expected


def test_filter_by_several_mrcs_and_categories(
    client: FlaskClient, demo_places: list[dict[str, Any]]
) -> None:
    mrcs = {"levis", "bellechasse"}
    categories = {"meubles", "velos"}
    expected = {p["slug"] for p in demo_places if p["mrc"] in mrcs and takes(p, None, categories)}
    got = slugs(client.get("/api/v1/places?mrc=levis,bellechasse&category=meubles,velos"))
    assert got == expected
    assert got, "the demo data has furniture or bikes in Lévis or Bellechasse"


@pytest.mark.parametrize("action", ALL_ACTIONS)
def test_filter_by_action(
    client: FlaskClient, demo_places: list[dict[str, Any]], action: str
) -> None:
    expected = {p["slug"] for p in demo_places if takes(p, {action}, None)}
    assert expected
    assert slugs(client.get(f"/api/v1/places?action={action}")) == expected


def test_category_and_action_must_hold_for_the_same_proposition(
    client: FlaskClient, demo_places: list[dict[str, Any]]
) -> None:
    expected = {p["slug"] for p in demo_places if takes(p, {"ramassage"}, {"meubles"})}
    loose = {
        p["slug"]
        for p in demo_places
        if takes(p, {"ramassage"}, None) and takes(p, None, {"meubles"})
    }
    got = slugs(client.get("/api/v1/places?category=meubles&action=ramassage"))
    assert got == expected
    assert got <= loose


def test_filters_ignore_case_spaces_and_repeats(client: FlaskClient) -> None:
    assert slugs(client.get("/api/v1/places?mrc= Levis ,levis")) == slugs(
        client.get("/api/v1/places?mrc=levis")
    )


@pytest.mark.parametrize(
    ("query", "parameter", "valid"),
    [
        ("mrc=robert-cliche", "mrc", ALL_MRCS),
        ("category=meubles,sofas", "category", set(ALL_CATEGORIES)),
        ("action=jeter", "action", set(ALL_ACTIONS)),
    ],
)
def test_unknown_code_answers_400_naming_valid_codes(
    client: FlaskClient, query: str, parameter: str, valid: set[str]
) -> None:
    response = client.get(f"/api/v1/places?{query}")
    assert response.status_code == 400
    body = response.get_json()
    assert body["parameter"] == parameter
    assert set(body["valid"]) == valid
    assert body["unknown"] == [query.split("=")[1].split(",")[-1]]
    assert parameter in body["message"]


def test_draft_and_archived_places_are_not_public(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        places = db.session.scalars(db.select(Place).order_by(Place.id).limit(2)).all()
        places[0].status = PlaceStatus.DRAFT
        places[1].status = PlaceStatus.ARCHIVED
        hidden = {places[0].slug, places[1].slug}
        db.session.commit()
    assert not hidden & slugs(client.get("/api/v1/places"))
    for slug in hidden:
        assert client.get(f"/lieux/{slug}").status_code == 404


def test_categories_and_actions_in_both_languages(client: FlaskClient) -> None:
    categories = client.get("/api/v1/categories").get_json()
    assert [c["code"] for c in categories] == ALL_CATEGORIES
    assert all(c["label_fr"] and c["label_en"] and c["colour"].startswith("#") for c in categories)
    assert any("é" in c["label_fr"] for c in categories)
    actions = client.get("/api/v1/actions").get_json()
    assert [a["code"] for a in actions] == ALL_ACTIONS
    assert all(a["label_fr"] and a["label_en"] for a in actions)


def test_mrcs_are_ten_approximate_outlines(client: FlaskClient) -> None:
    response = client.get("/api/v1/mrcs")
    assert response.mimetype == "application/geo+json"
    features = response.get_json()["features"]
    assert {f["properties"]["slug"] for f in features} == ALL_MRCS
    for feature in features:
        assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}
        assert feature["properties"]["outline_source"] == "approximate"
        assert feature["properties"]["codes"]["cduid"].startswith("24")
    beauce_centre = next(f for f in features if f["properties"]["slug"] == "beauce-centre")
    assert beauce_centre["properties"]["former_name"] == "Robert-Cliche"


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        (46.1185, -70.6700, "beauce-sartigan"),  # Saint-Georges
        (46.8030, -71.1790, "levis"),  # Lévis, Desjardins sector
        (46.0950, -71.3000, "les-appalaches"),  # Thetford Mines
        (47.2140, -70.2680, "l-islet"),  # Saint-Jean-Port-Joli
        (46.9800, -70.5540, "montmagny"),  # Montmagny
    ],
)
def test_mrc_lookup_by_point(client: FlaskClient, lat: float, lon: float, expected: str) -> None:
    features = client.get(f"/api/v1/mrcs?lat={lat}&lon={lon}").get_json()["features"]
    assert [f["properties"]["slug"] for f in features] == [expected]


def test_mrc_lookup_outside_region_is_empty(client: FlaskClient) -> None:
    montreal = client.get("/api/v1/mrcs?lat=45.5017&lon=-73.5673").get_json()
    assert montreal == {"type": "FeatureCollection", "features": []}


@pytest.mark.parametrize("query", ["lat=abc&lon=-70", "lat=46.5", "lat=95&lon=-70"])
def test_mrc_lookup_rejects_bad_coordinates(client: FlaskClient, query: str) -> None:
    response = client.get(f"/api/v1/mrcs?{query}")
    assert response.status_code == 400
    assert response.get_json()["message"]
