"""Places API search parameters: near, radius, open now, bbox, limit, caching and compression."""

from __future__ import annotations

import gzip
import json
import math
from datetime import datetime
from typing import Any

import pytest
from flask.testing import FlaskClient
from opening_hours import OpeningHours

SAINT_GEORGES = (46.1185, -70.6700)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def features(client: FlaskClient, query: str) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/places?{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["features"]


def test_near_sorts_by_distance_and_gives_it(
    client: FlaskClient, demo_places: list[dict[str, Any]]
) -> None:
    lat, lon = SAINT_GEORGES
    found = features(client, f"near={lat},{lon}")
    assert len(found) == len(demo_places)
    distances = [f["properties"]["distance_km"] for f in found]
    assert distances == sorted(distances)
    nearest = min(demo_places, key=lambda p: km(lat, lon, p["latitude"], p["longitude"]))
    assert found[0]["properties"]["slug"] == nearest["slug"]
    assert found[0]["properties"]["distance_km"] == pytest.approx(
        km(lat, lon, nearest["latitude"], nearest["longitude"]), abs=0.02
    )


def test_radius_keeps_places_within_it(
    client: FlaskClient, demo_places: list[dict[str, Any]]
) -> None:
    lat, lon = SAINT_GEORGES
    expected = {p["slug"] for p in demo_places if km(lat, lon, p["latitude"], p["longitude"]) <= 15}
    got = {f["properties"]["slug"] for f in features(client, f"near={lat},{lon}&radius_km=15")}
    assert got == expected
    assert 0 < len(got) < len(demo_places)


def test_pickup_places_that_serve_the_address_count_whatever_the_radius(
    client: FlaskClient, demo_places: list[dict[str, Any]]
) -> None:
    lat, lon = SAINT_GEORGES
    found = features(client, f"near={lat},{lon}&radius_km=1&action=ramassage")
    serving = [f for f in found if f["properties"]["picks_up_here"]]
    assert serving, "a demo place picks up in Beauce-Sartigan"
    for feature in serving:
        item = next(p for p in demo_places if p["slug"] == feature["properties"]["slug"])
        area = item["service_area"]
        assert "beauce-sartigan" in area.get("mrcs", []) or area.get("radius_km", 0) >= km(
            lat, lon, item["latitude"], item["longitude"]
        )


def test_open_now_at_a_given_moment_keeps_exactly_the_open_places(
    client: FlaskClient, demo_places: list[dict[str, Any]]
) -> None:
    moment = "2026-11-26T15:00:00-05:00"  # a Thursday afternoon in Québec
    local = datetime(2026, 11, 26, 15, 0)  # noqa: DTZ001 - the parser takes local wall time
    expected = {
        p["slug"]
        for p in demo_places
        if p["opening_hours"] and OpeningHours(p["opening_hours"]).is_open(local)
    }
    got = {f["properties"]["slug"] for f in features(client, f"open_now=1&at={moment}")}
    assert got == expected
    assert 0 < len(got) < len(demo_places)
    sunday = {f["properties"]["slug"] for f in features(client, "open_now=1&at=2026-11-29T15:00")}
    assert sunday != got


def test_features_say_whether_open_in_the_asked_language(client: FlaskClient) -> None:
    at = "at=2026-11-26T15:00:00-05:00"
    french = features(client, at)
    english = features(client, f"{at}&lang=en")
    open_fr = next(f for f in french if f["properties"]["open_now"])
    assert open_fr["properties"]["hours_text"].startswith("Ouvert · ferme à")
    open_en = next(f for f in english if f["id"] == open_fr["id"])
    assert open_en["properties"]["hours_text"].startswith("Open · closes at")


def test_bbox_and_limit(client: FlaskClient, demo_places: list[dict[str, Any]]) -> None:
    bbox = (-71.4, 46.6, -70.9, 46.9)  # around Lévis
    expected = {
        p["slug"]
        for p in demo_places
        if bbox[0] <= p["longitude"] <= bbox[2] and bbox[1] <= p["latitude"] <= bbox[3]
    }
    got = {f["properties"]["slug"] for f in features(client, "bbox=" + ",".join(map(str, bbox)))}
    assert got == expected
    assert got
    assert len(features(client, "limit=3")) == 3


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("near=46.1", "near"),
        ("near=abc,def", "near"),
        ("near=146,-70", "near"),
        ("radius_km=-3", "radius_km"),
        ("radius_km=far", "radius_km"),
        ("bbox=1,2,3", "bbox"),
        ("bbox=-70,47,-71,46", "bbox"),
        ("limit=0", "limit"),
        ("at=yesterday", "at"),
    ],
)
def test_malformed_parameters_answer_400(client: FlaskClient, query: str, parameter: str) -> None:
    response = client.get(f"/api/v1/places?{query}")
    assert response.status_code == 400
    body = response.get_json()
    assert body["parameter"] == parameter
    assert parameter in body["message"]


def test_etag_and_cache_control_and_304(client: FlaskClient) -> None:
    first = client.get("/api/v1/places?mrc=levis")
    etag = first.headers["ETag"]
    assert "max-age=60" in first.headers["Cache-Control"]
    again = client.get("/api/v1/places?mrc=levis", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""
    other = client.get("/api/v1/places?mrc=bellechasse")
    assert other.headers["ETag"] != etag


def test_responses_are_compressed(client: FlaskClient) -> None:
    response = client.get("/api/v1/places", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Content-Encoding"] == "gzip"
    body = gzip.decompress(response.data)
    assert json.loads(body)["type"] == "FeatureCollection"
    assert len(response.data) < len(body) / 3
