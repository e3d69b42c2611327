"""A geocoder that drips its answer cannot hold a worker: every request has an overall deadline.

The stub sends each byte well within the client's read timeout, so only the deadline ends the
request; deadlines count as failures, so the breaker stops asking after a few.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from recupere_don import geocoder
from recupere_don.geo.geocoding import RemoteFailure
from recupere_don.models import GeocodeSource
from recupere_don.mrcdata import territory_index
from tests.stub_nominatim import CLIENT_DEADLINE_SECONDS, StubNominatim, online_app

# Time past the deadline allowed for the local fallback and a loaded test machine.
MARGIN_SECONDS = 0.7
STREET = "100, rue de l'Église"
PER_MINUTE = 30  # /api/v1/geocode's limit per client


@pytest.fixture(scope="module")
def stub() -> Iterator[StubNominatim]:
    server = StubNominatim().start()
    yield server
    server.stop()


@pytest.fixture
def app_online(
    stub: StubNominatim, tmp_path: Path, seeded_templates: dict[str, str]
) -> Iterator[Flask]:
    stub.reset("good")
    with online_app(stub, tmp_path, seeded_templates["sqlite"]) as application:
        with application.app_context():
            geocoder.gazetteer()
            territory_index()
        yield application


@pytest.mark.parametrize("behaviour", ["drip", "drip_headers"])
def test_a_dripping_geocoder_is_left_at_the_deadline(
    app_online: Flask, stub: StubNominatim, behaviour: str
) -> None:
    stub.reset(behaviour)
    started = time.perf_counter()

    with app_online.app_context():
        result = geocoder.geocode_address(STREET, "Saint-Romuald", "G6W 5M5")

    assert time.perf_counter() - started < CLIENT_DEADLINE_SECONDS + MARGIN_SECONDS
    assert len(stub.requests) == 1
    assert result.remote_failure == RemoteFailure.TIMEOUT
    assert result.source == GeocodeSource.POSTAL_CODE  # the local fallback still places it
    assert result.mrc == "levis"


def test_deadlines_open_the_breaker(app_online: Flask, stub: StubNominatim) -> None:
    stub.reset("drip")
    started = time.perf_counter()

    with app_online.app_context():
        results = [
            geocoder.geocode_address(f"{10 + n}, rue Commerciale", "Lévis", "G6W 5M5")
            for n in range(6)
        ]

    assert len(stub.requests) == 3  # then no request reaches the dripping server
    assert [r.remote_failure for r in results] == [RemoteFailure.TIMEOUT] * 3 + [
        RemoteFailure.CIRCUIT_OPEN
    ] * 3
    assert all(r.source == GeocodeSource.POSTAL_CODE for r in results)
    assert time.perf_counter() - started < 3 * CLIENT_DEADLINE_SECONDS + 2 * MARGIN_SECONDS


def test_public_geocode_answers_within_the_deadline(app_online: Flask, stub: StubNominatim) -> None:
    stub.reset("drip")
    client = app_online.test_client()
    started = time.perf_counter()

    response = client.get("/api/v1/geocode", query_string={"q": f"{STREET}, Saint-Romuald"})

    assert time.perf_counter() - started < CLIENT_DEADLINE_SECONDS + MARGIN_SECONDS
    assert response.status_code == 200
    assert response.json is not None
    assert response.json["source"] == "municipality"  # Lévis's point, from local data
    assert response.json["mrc"] == "levis"


def test_the_deadline_holds_with_a_read_timeout_longer_than_it(
    stub: StubNominatim, tmp_path: Path, seeded_templates: dict[str, str]
) -> None:
    """The per-read timeout never extends a request past the deadline."""
    stub.reset("drip")
    with (
        online_app(
            stub,
            tmp_path,
            seeded_templates["sqlite"],
            NOMINATIM_TIMEOUT_SECONDS=30.0,
            NOMINATIM_DEADLINE_SECONDS=0.5,
        ) as application,
        application.app_context(),
    ):
        geocoder.gazetteer()
        territory_index()
        started = time.perf_counter()
        result = geocoder.geocode_address(STREET, "Saint-Romuald", "G6W 5M5")
        elapsed = time.perf_counter() - started

    assert elapsed < 0.5 + MARGIN_SECONDS
    assert result.remote_failure == RemoteFailure.TIMEOUT


def test_public_geocode_is_rate_limited_per_client(
    stub: StubNominatim, tmp_path: Path, seeded_templates: dict[str, str]
) -> None:
    stub.reset("good")
    with online_app(stub, tmp_path, seeded_templates["sqlite"]) as application:
        client = application.test_client()
        answers = [
            client.get("/api/v1/geocode", query_string={"q": "Saint-Romuald"}).status_code
            for _ in range(PER_MINUTE)
        ]
        refused = client.get("/api/v1/geocode", query_string={"q": "Saint-Romuald"})
        other = client.get(
            "/api/v1/geocode",
            query_string={"q": "Saint-Romuald"},
            environ_base={"REMOTE_ADDR": "192.0.2.7"},
        )

    assert answers == [200] * PER_MINUTE
    assert refused.status_code == 429
    assert refused.json is not None
    assert "Trop de recherches d'adresse" in refused.json["message"]
    assert "Retry-After" in refused.headers
    assert other.status_code == 200  # another client is not held back
