"""Server-side clusters: what the map draws for one view adds up to what the list finds."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don import placewrites
from recupere_don.extensions import db
from recupere_don.models import Place, PlaceStatus

REGION = "-72.5,45.3,-68.9,47.6"  # Chaudière-Appalaches and its surroundings
FILTERS = ["", "category=meubles", "q=divan", "action=reparer", "mrc=levis", "category=velos"]


def clusters(client: FlaskClient, query: str) -> dict[str, Any]:
    response = client.get(f"/api/v1/clusters?{query}")
    assert response.status_code == 200, response.get_json()
    assert response.mimetype == "application/geo+json"
    answer: dict[str, Any] = response.get_json()
    return answer


def listed(client: FlaskClient, query: str) -> dict[str, dict[str, Any]]:
    features = client.get(f"/api/v1/places?{query}").get_json()["features"]
    return {f["properties"]["slug"]: f for f in features}


def counted(answer: dict[str, Any]) -> int:
    return sum(f["properties"].get("point_count", 1) for f in answer["features"])


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("zoom", [5, 8, 11, 20])
def test_counts_add_up_to_the_lists_total_for_the_same_filters(
    client: FlaskClient, filters: str, zoom: int
) -> None:
    answer = clusters(client, f"bbox={REGION}&zoom={zoom}&{filters}")
    places = listed(client, filters)
    assert answer["total"] == len(places)
    assert counted(answer) == len(places)


@pytest.mark.parametrize("filters", FILTERS)
def test_single_places_stand_where_the_list_puts_them(client: FlaskClient, filters: str) -> None:
    places = listed(client, filters)
    singles = [
        f for f in clusters(client, f"bbox={REGION}&zoom=20&{filters}")["features"]
        if not f["properties"]["cluster"]
    ]  # fmt: skip
    assert singles, "at the closest zoom places stand alone"
    for single in singles:
        place = places[single["properties"]["slug"]]
        assert single["geometry"]["coordinates"] == pytest.approx(place["geometry"]["coordinates"])
        assert single["properties"]["name"] == place["properties"]["name"]
        assert single["properties"]["place_type"] == place["properties"]["place_type"]


def test_zooming_into_a_cluster_shows_its_places(client: FlaskClient) -> None:
    """What a click on a cluster does: the view at its expansion zoom splits it apart."""
    wide = clusters(client, f"bbox={REGION}&zoom=7")
    cluster = max(wide["features"], key=lambda f: f["properties"].get("point_count", 1))
    assert cluster["properties"]["cluster"]
    lon, lat = cluster["geometry"]["coordinates"]
    zoom = cluster["properties"]["expansion_zoom"]
    assert zoom > 7
    # Wide enough around the cluster's centre for every member at this zoom.
    around = f"{lon - 1.5},{lat - 1},{lon + 1.5},{lat + 1}"
    closer = clusters(client, f"bbox={around}&zoom={zoom}")
    biggest = max(f["properties"].get("point_count", 1) for f in closer["features"])
    assert biggest < cluster["properties"]["point_count"]
    assert counted(closer) >= cluster["properties"]["point_count"]


def test_a_view_holds_only_what_it_shows(client: FlaskClient) -> None:
    everything = listed(client, "")
    levis = "-71.35,46.65,-71.0,46.85"
    answer = clusters(client, f"bbox={levis}&zoom=20")
    shown = {f["properties"]["slug"] for f in answer["features"]}
    inside = {
        slug for slug, f in everything.items()
        if -71.35 <= f["geometry"]["coordinates"][0] <= -71.0
        and 46.65 <= f["geometry"]["coordinates"][1] <= 46.85
    }  # fmt: skip
    assert inside
    assert shown == inside
    assert answer["total"] == len(everything)  # the total is the filters', not the view's
    assert answer["in_view"] == len(inside) == len(listed(client, f"bbox={levis}"))


def archive_a_place(app: Flask) -> str:
    """Archive one published place as staff would; its slug."""
    with app.app_context():
        place = db.session.query(Place).filter_by(status=PlaceStatus.PUBLISHED).first()
        assert place is not None
        placewrites.set_status(place, PlaceStatus.ARCHIVED, None, place.version, source="test")
        db.session.commit()
        return place.slug


def test_an_archived_place_leaves_the_next_view(app: Flask, client: FlaskClient) -> None:
    before = clusters(client, f"bbox={REGION}&zoom=20")
    slug = archive_a_place(app)
    after = clusters(client, f"bbox={REGION}&zoom=20")
    assert after["total"] == before["total"] - 1
    assert slug not in {f["properties"].get("slug") for f in after["features"]}


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("zoom=8", "bbox"),
        (f"bbox={REGION}", "zoom"),
        (f"bbox={REGION}&zoom=21", "zoom"),
        (f"bbox={REGION}&zoom=-1", "zoom"),
        (f"bbox={REGION}&zoom=8.5", "zoom"),
        ("bbox=1,2,3&zoom=8", "bbox"),
        (f"bbox={REGION}&zoom=8&category=licornes", "category"),
    ],
)
def test_bad_views_get_a_clear_400(client: FlaskClient, query: str, parameter: str) -> None:
    response = client.get(f"/api/v1/clusters?{query}")
    assert response.status_code == 400
    assert response.get_json()["parameter"] == parameter


def test_unknown_parameters_are_refused(client: FlaskClient) -> None:
    response = client.get(f"/api/v1/clusters?bbox={REGION}&zoom=8&nocache=1")
    assert response.status_code == 400
    assert response.get_json()["unknown"] == ["nocache"]


def test_an_unchanged_view_revalidates_for_free(client: FlaskClient) -> None:
    first = client.get(f"/api/v1/clusters?bbox={REGION}&zoom=8")
    again = client.get(
        f"/api/v1/clusters?bbox={REGION}&zoom=8", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 304
    other = client.get(f"/api/v1/clusters?bbox={REGION}&zoom=9")
    assert other.headers["ETag"] != first.headers["ETag"]


def test_a_place_is_fetched_alone_as_the_list_shows_it(client: FlaskClient) -> None:
    """Details on demand: a popup asks for its place only, and gets what the list would give."""
    for slug, feature in listed(client, "").items():
        response = client.get(f"/api/v1/places/{slug}")
        assert response.status_code == 200
        alone = response.get_json()
        assert alone["geometry"] == feature["geometry"]
        assert alone["properties"]["name"] == feature["properties"]["name"]
        assert alone["properties"]["categories"] == feature["properties"]["categories"]
        assert alone["properties"]["url"] == feature["properties"]["url"]


def test_a_place_not_published_is_not_found(app: Flask, client: FlaskClient) -> None:
    assert client.get("/api/v1/places/nulle-part").status_code == 404
    slug = archive_a_place(app)
    response = client.get(f"/api/v1/places/{slug}")
    assert response.status_code == 404
    assert response.get_json()["error"] == "not_found"
