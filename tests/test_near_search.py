"""Searches from a citizen's position: distances, order, and answers built without the cache."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don import places
from recupere_don.api.cache import answer_cache
from recupere_don.api.filters import parse_filters

POINTS = [(46.1185, -70.6700), (46.8033, -71.1779), (46.4539, -70.0001), (47.0, -70.5)]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """A plain haversine on the mean Earth radius, written apart from the app's."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def takes(place: dict[str, Any], category: str) -> bool:
    return any(category in take["categories"] for take in place["takes"])


@pytest.mark.parametrize(("lat", "lon"), POINTS)
def test_item_search_near_a_point_gives_true_distances_nearest_first(
    client: FlaskClient, demo_places: list[dict[str, Any]], lat: float, lon: float
) -> None:
    response = client.get(f"/api/v1/places?q=divan&near={lat},{lon}")
    assert response.status_code == 200
    found = response.get_json()["features"]
    furniture = [p for p in demo_places if takes(p, "meubles")]
    expected = sorted(
        furniture,
        key=lambda p: (round(km(lat, lon, p["latitude"], p["longitude"]), 2), p["name"]),
    )
    assert [f["properties"]["slug"] for f in found] == [p["slug"] for p in expected]
    for feature, place in zip(found, expected, strict=True):
        assert feature["properties"]["distance_km"] == pytest.approx(
            km(lat, lon, place["latitude"], place["longitude"]), abs=0.005
        )


def test_limit_keeps_the_nearest(client: FlaskClient, demo_places: list[dict[str, Any]]) -> None:
    lat, lon = POINTS[1]
    found = client.get(f"/api/v1/places?near={lat},{lon}&limit=3").get_json()["features"]
    nearest = sorted(demo_places, key=lambda p: km(lat, lon, p["latitude"], p["longitude"]))[:3]
    assert [f["properties"]["slug"] for f in found] == [p["slug"] for p in nearest]


@pytest.mark.parametrize(
    "query",
    [
        "",
        "q=divan",
        "q=divan&near=46.1185,-70.67",
        "near=46.8,-71.2&radius_km=40&action=ramassage",
        "near=46.8,-71.2&lang=en&open_now=1&at=2026-11-26T15:00-05:00",
        "mrc=beauce-sartigan&bbox=-71.5,45.5,-70,46.5",
        "q=mot%20introuvable%20xyz&near=46.8,-71.2",
        "category=meubles&fields=name,distance_km&near=46.8,-71.2",
        "q=matelas&action=donner,ramassage&near=46.1185,-70.67",
        "category=meubles&lang=en&at=2026-11-28T12:00-05:00",
        "q=mattress&lang=en&fields=slug,refuses,match,next_opening",
    ],
)
def test_answer_text_is_the_encoding_of_the_collection(app: Flask, query: str) -> None:
    """The joined answer says exactly what encoding the features one by one says."""
    with app.test_request_context(f"/api/v1/places?{query}"):
        from flask import request

        filters = parse_filters(request.args)
        body = places.feature_collection_json(filters)
        assert body == app.json.dumps(places.feature_collection(filters)).encode()
        assert json.loads(body)["type"] == "FeatureCollection"


def test_new_positions_do_not_push_other_answers_out_of_the_cache(
    app: Flask, client: FlaskClient
) -> None:
    everything = client.get("/api/v1/places")
    assert everything.status_code == 200
    cache = answer_cache(app)
    kept = len(cache)
    for i in range(20):
        response = client.get(f"/api/v1/places?q=divan&near={46.0 + i / 100},-70.67")
        assert response.status_code == 200
    assert len(cache) == kept
    again = client.get("/api/v1/places", headers={"If-None-Match": everything.headers["ETag"]})
    assert again.status_code == 304
    assert cache.get(everything.headers["ETag"].strip('"')) is not None


def test_distances_over_many_places_are_the_one_place_formula() -> None:
    """Vectorised or not, a distance is the same number: answers do not change with the code."""
    import numpy as np

    from recupere_don.geo.territory import haversine_km
    from recupere_don.placeindex import haversine_km_to

    rng = np.random.default_rng(9)
    lats, lons = rng.uniform(45.8, 47.4, 500), rng.uniform(-72.0, -69.7, 500)
    for lat, lon in POINTS:
        together = haversine_km_to(lat, lon, lats, lons).tolist()
        one_by_one = [haversine_km(lat, lon, a, b) for a, b in zip(lats, lons, strict=True)]
        assert together == pytest.approx(one_by_one, rel=1e-12)


def test_a_position_answers_the_nearest_places_unless_a_limit_says_more(app: Flask) -> None:
    """Without `limit`, a search from a position answers the nearest NEAR_DEFAULT_LIMIT places."""
    app.config["NEAR_DEFAULT_LIMIT"] = 5
    client = app.test_client()
    everything = client.get("/api/v1/places").get_json()["features"]
    assert len(everything) > 5
    nearest = client.get("/api/v1/places?near=46.12,-70.67").get_json()["features"]
    assert len(nearest) == 5
    distances = [f["properties"]["distance_km"] for f in nearest]
    assert distances == sorted(distances)
    wider = client.get("/api/v1/places?near=46.12,-70.67&limit=8").get_json()["features"]
    assert len(wider) == 8
    # The five nearest are the first five of the wider answer: nothing nearer was left out.
    assert [f["properties"]["slug"] for f in wider[:5]] == [
        f["properties"]["slug"] for f in nearest
    ]
