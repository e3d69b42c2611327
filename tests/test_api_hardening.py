"""The places API under abuse: unknown parameters, a bounded answer cache, the log of missed
searches counted and capped, far dates and hostile numbers refused without a server error."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from recupere_don.api.cache import AnswerCache, answer_cache
from recupere_don.extensions import db
from recupere_don.models import SearchMiss, Synonym
from tests.test_admin_support import admin_client  # noqa: F401  (a fixture)

SAINT_GEORGES = (46.1185, -70.6700)


def misses(app: Flask) -> list[tuple[str, int]]:
    with app.app_context():
        rows = db.session.execute(select(SearchMiss).order_by(SearchMiss.text)).scalars()
        return [(row.text, getattr(row, "count", 1)) for row in rows]


def search_from(client: FlaskClient, query: str, address: str) -> dict[str, Any]:
    response = client.get(f"/api/v1/places?q={query}", environ_base={"REMOTE_ADDR": address})
    assert response.status_code == 200, response.get_data(as_text=True)
    payload: dict[str, Any] = response.get_json()
    return payload


# --- unknown parameters and the answer cache ----------------------------------------------------


def test_an_unknown_parameter_is_refused_with_the_list_of_known_ones(
    app: Flask, client: FlaskClient
) -> None:
    for i in range(20):
        response = client.get(f"/api/v1/places?nocache={i}")
        assert response.status_code == 400
        payload = response.get_json()
        assert payload["unknown"] == ["nocache"]
        assert {"mrc", "category", "q", "near", "lang", "fields", "limit"} <= set(payload["valid"])
        assert "nocache" in payload["message"]
        assert "inconnu" in payload["message"]
    # Cache busting built nothing.
    assert len(answer_cache(app)) == 0
    # Every /api/v1 endpoint checks, not only the places.
    refused = client.get("/api/v1/categories?x=1&lang=en")
    assert refused.status_code == 400
    assert refused.get_json()["valid"] == ["lang"]
    assert client.get("/api/v1/categories?lang=en").status_code == 200
    assert client.get("/api/v1/items?q=divan&nocache=1").status_code == 400
    assert client.get("/api/v1/mrcs?lat=46.1&lon=-70.6&z=1").status_code == 400
    # Legitimate parameters still work.
    response = client.get("/api/v1/places?lang=en&fields=name,slug&limit=3")
    assert response.status_code == 200
    assert len(response.get_json()["features"]) == 3
    assert client.get("/api/v1/items?q=divan&lang=en").status_code == 200


def test_the_same_filters_in_another_order_share_one_answer_and_etag(
    app: Flask, client: FlaskClient
) -> None:
    first = client.get("/api/v1/places?mrc=beauce-sartigan&category=meubles,velos")
    second = client.get("/api/v1/places?category=velos,meubles&mrc=beauce-sartigan")
    assert first.status_code == second.status_code == 200
    assert first.headers["ETag"] == second.headers["ETag"]
    assert first.get_json() == second.get_json()
    assert len(answer_cache(app)) == 1
    # The ETag from one wording revalidates the other.
    again = client.get(
        "/api/v1/places?category=meubles,velos&mrc=beauce-sartigan",
        headers={"If-None-Match": first.headers["ETag"]},
    )
    assert again.status_code == 304


def test_the_answer_cache_stays_within_its_bounds(app: Flask, client: FlaskClient) -> None:
    app.config.update(ANSWER_CACHE_ENTRIES=10, ANSWER_CACHE_BYTES=400_000)
    lat, lon = SAINT_GEORGES
    for i in range(40):
        response = client.get(f"/api/v1/places?near={lat + i / 1000},{lon}")
        assert response.status_code == 200
    cache = answer_cache(app)
    assert len(cache) <= 10
    assert cache.size_bytes <= 400_000
    # Big answers: the byte bound keeps fewer of them.
    app.config.update(ANSWER_CACHE_ENTRIES=100, ANSWER_CACHE_BYTES=1)
    del app.extensions["recupere_don.answer_cache"]
    for i in range(5):
        assert client.get(f"/api/v1/places?near={lat},{lon + i / 1000}").status_code == 200
    assert len(answer_cache(app)) <= 1


# --- item search: cached, correct, and still logged ---------------------------------------------


def test_item_search_with_a_position_is_correct_sorted_and_revalidated(
    app: Flask, client: FlaskClient
) -> None:
    lat, lon = SAINT_GEORGES
    found = client.get(f"/api/v1/places?q=divan&near={lat},{lon}")
    assert found.status_code == 200
    features = found.get_json()["features"]
    assert features
    assert all("meubles" in f["properties"]["categories"] for f in features)
    distances = [f["properties"]["distance_km"] for f in features]
    assert distances == sorted(distances)
    furniture = client.get(f"/api/v1/places?category=meubles&near={lat},{lon}").get_json()
    assert [f["id"] for f in features] == [f["id"] for f in furniture["features"]]
    # Two words meaning the same categories are one answer: one ETag, a 304 for the other.
    sofa = client.get(f"/api/v1/places?near={lat},{lon}&q=divans")
    assert sofa.headers["ETag"] == found.headers["ETag"]
    again = client.get(
        f"/api/v1/places?near={lat},{lon}&q=divans",
        headers={"If-None-Match": found.headers["ETag"]},
    )
    assert again.status_code == 304
    # Every phone sends its own position: answers from one are not kept (test_near_search.py).
    assert len(answer_cache(app)) == 0
    # A word staff add is searchable at once: the cached resolution follows the taxonomy.
    assert search_from(client, "gizmotron", "10.0.0.1")["features"] == []
    with app.app_context():
        db.session.add(Synonym(term="gizmotron", lang="fr", category_code="electronique"))
        db.session.commit()
    features = search_from(client, "gizmotron", "10.0.0.1")["features"]
    assert features
    assert all("electronique" in f["properties"]["categories"] for f in features)


# --- the log of missed searches -----------------------------------------------------------------


def test_a_missed_search_repeated_is_one_row_with_its_count(
    app: Flask, client: FlaskClient
) -> None:
    spellings = ["gizmotron", "Gizmotron", "  GIZMOTRONS ", "gizmotrón"]
    for i in range(50):
        # Fifty citizens; most answers come from the cache, every one is counted.
        search_from(client, spellings[i % len(spellings)], f"10.0.{i // 250}.{i % 250}")
    assert misses(app) == [("gizmotron", 50)]


def test_staff_see_how_often_a_search_missed(
    app: Flask,
    client: FlaskClient,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    from recupere_don.admin import review

    for i, spelling in enumerate(["trucmuche", "Trucmuches", "trucmüche"] * 3):
        search_from(client, spelling, f"10.1.0.{i}")
    search_from(client, "zorglub", "10.1.0.99")
    with app.test_request_context():
        found = [(m.text, m.count) for m in review.search_misses()]
    assert found == [("trucmuche", 9), ("zorglub", 1)]
    page = admin_client.get("/admin/review").get_data(as_text=True)
    assert '<td data-label="Fois">9</td>' in page.split('id="misses"', 1)[1]


def test_the_log_of_misses_is_capped_and_keeps_the_frequent_ones(
    app: Flask, client: FlaskClient
) -> None:
    app.config["SEARCH_MISS_CAP"] = 5
    for i in range(3):
        search_from(client, "trucmuche", f"10.2.0.{i}")
    for i in range(12):
        search_from(client, f"zorglub {i}", f"10.3.0.{i}")
    logged = dict(misses(app))
    assert len(logged) == 5
    assert logged["trucmuche"] == 3
    assert "zorglub 11" in logged  # the newest text found room


def test_one_client_cannot_fill_the_log_but_still_gets_answers(
    app: Flask, client: FlaskClient
) -> None:
    for i in range(60):
        payload = search_from(client, f"zorglub {i}", "10.4.0.1")
        assert payload["features"] == []
    assert len(misses(app)) == 20
    # Another citizen is still heard.
    search_from(client, "trucmuche", "10.4.0.2")
    assert ("trucmuche", 1) in misses(app)
    with app.app_context():
        assert db.session.execute(select(func.count(SearchMiss.id))).scalar_one() == 21


# --- bad input: 400, never 500 ------------------------------------------------------------------


@pytest.mark.parametrize(
    "moment", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "9999-12-31"]
)
@pytest.mark.parametrize("path", ["/api/v1/places", "/embed/places/all"])
def test_far_dates_are_refused_in_french(client: FlaskClient, path: str, moment: str) -> None:
    response = client.get(f"{path}?open_now=1&at={quote(moment)}")
    assert response.status_code == 400
    assert "« at »" in response.get_json()["message"]


def test_a_near_date_with_milliseconds_shares_the_minute_answer(client: FlaskClient) -> None:
    first = client.get("/api/v1/places?open_now=1&at=2026-11-26T20:00:01.123Z")
    second = client.get("/api/v1/places?open_now=1&at=" + quote("2026-11-26T15:00:59.999-05:00"))
    assert first.status_code == second.status_code == 200
    assert first.headers["ETag"] == second.headers["ETag"]


HOSTILE_NUMBERS = [
    "near=nan,nan",
    "near=inf,-70.6",
    "near=46.1,-70.6&radius_km=nan",
    "near=46.1,-70.6&radius_km=inf",
    "bbox=nan,46,-70,47",
    "bbox=-inf,-inf,inf,inf",
    "limit=-1",
    "limit=0",
    "limit=99999999999999999999",
    "limit=nan",
    "limit=1e400",
    "open_now=1&at=" + quote("9999-12-31T23:59:59-12:00"),
    "at=" + quote("0001-01-01T00:00:00+14:00"),
]


def test_hostile_numbers_and_long_words_never_give_a_server_error(
    app: Flask, client: FlaskClient
) -> None:
    for query in HOSTILE_NUMBERS:
        response = client.get(f"/api/v1/places?{query}")
        assert response.status_code == 400, (query, response.get_data(as_text=True))
        assert response.get_json()["parameter"] in {"near", "radius_km", "bbox", "limit", "at"}
    # Ten kilobytes of words: read as the first 200 characters, answered, logged short.
    response = client.get("/api/v1/places?q=" + "divan " * 1700)
    assert response.status_code == 200
    assert all("meubles" in f["properties"]["categories"] for f in response.get_json()["features"])
    assert client.get("/api/v1/places?q=" + "zq" * 5000).status_code == 200
    assert all(len(text) <= 200 for text, _count in misses(app))


def test_a_newer_answer_to_the_same_question_replaces_the_older_one() -> None:
    """Open-now texts change each minute: the minute's new answer must not pile up beside
    the old one (megabytes each at province scale) until the byte bound evicts them."""
    cache = AnswerCache(capacity=100, max_bytes=10_000_000)
    for minute in range(10):
        cache.put(f"all-places@{minute}", b"x" * 1000, slot="all places")
    cache.put("one-mrc@0", b"y" * 1000, slot="one mrc")
    assert len(cache) == 2
    assert cache.size_bytes < 10 * 1000
    assert cache.get("all-places@9") is not None
    assert cache.get("all-places@8") is None
