"""The chain against a stub Nominatim on 127.0.0.1, through geopy's real client and limiter.

Every misbehaviour of the service must end in a local fallback, quickly, and the import finish.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from recupere_don import geocoder, imports
from recupere_don.extensions import db
from recupere_don.geo.geocoding import CircuitBreaker
from recupere_don.models import GeocodeCache, GeocodeSource, Place, PlaceStatus
from recupere_don.mrcdata import territory_index
from tests.stub_nominatim import CLIENT_TIMEOUT_SECONDS, StubNominatim, online_app

HEADER = "name,address,municipality,postal_code,categories,actions,place_type\n"
ONE_ROW = (
    HEADER
    + 'Ressourcerie du Quai,"100, rue de l\'Église",Saint-Romuald,G6W 5M5,'
    + "meubles,donner,ressourcerie\n"
)
# The package's point for G6W 5M5, the fallback when Nominatim fails.
G6W_5M5 = (46.756, -71.2395)


def rows(count: int) -> bytes:
    lines = [
        f'Lieu {n},"{10 + n}, rue Commerciale",Lévis,G6W 5M5,meubles,donner,ressourcerie'
        for n in range(count)
    ]
    return (HEADER + "\n".join(lines) + "\n").encode("utf-8")


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
            # Build the gazetteer and outlines now, so timings measure the network alone.
            geocoder.gazetteer()
            territory_index()
        yield application


def run_import(app: Flask, data: bytes, **options: object) -> imports.ImportReport:
    with app.app_context():
        return imports.import_places(data, filename="partenaire.csv", **options)  # type: ignore[arg-type]


def place_named(app: Flask, name: str) -> Place:
    with app.app_context():
        place = db.session.execute(select(Place).where(Place.name == name)).scalar_one()
        db.session.expunge(place)
        return place


def test_good_answer_places_the_house(app_online: Flask, stub: StubNominatim) -> None:
    report = run_import(app_online, ONE_ROW.encode())

    assert report.counts["created"] == 1
    place = place_named(app_online, "Ressourcerie du Quai")
    assert place.geocode_source == GeocodeSource.NOMINATIM
    assert place.geocode_precision == "address"
    assert (place.latitude, place.longitude) == pytest.approx((46.756123, -71.240123))
    assert place.status == PlaceStatus.PUBLISHED
    (request,) = stub.requests
    params = request["params"]
    assert request["path"] == "/search"
    assert params["street"] == "100 rue de l'Église"
    assert params["city"] == "Lévis"  # the sector is sent as its city
    assert params["postalcode"] == "G6W 5M5"
    assert params["countrycodes"] == "ca"
    assert params["bounded"] == "1"
    assert "viewbox" in params
    assert "tests@recupere-don.example" in request["user_agent"]


@pytest.mark.parametrize(
    "behaviour",
    ["empty", "outside", "429", "500", "timeout", "malformed", "not_places", "garbage"],
)
def test_each_failure_falls_back_to_the_postal_code(
    app_online: Flask, stub: StubNominatim, behaviour: str
) -> None:
    stub.reset(behaviour)
    started = time.perf_counter()

    report = run_import(app_online, ONE_ROW.encode())

    assert time.perf_counter() - started < 2.0
    assert report.counts["created"] == 1
    assert len(stub.requests) == 1
    place = place_named(app_online, "Ressourcerie du Quai")
    assert place.geocode_source == GeocodeSource.POSTAL_CODE
    assert (place.latitude, place.longitude) == pytest.approx(G6W_5M5, abs=1e-4)
    assert report.rows[0].mrc == "levis"
    assert place.status == PlaceStatus.PUBLISHED  # a fallback is not something to review
    # Staff read what happened in plain words, not the name of the service behind it.
    notes = " ".join(report.rows[0].notes)
    assert "service d'adresses en ligne" in notes
    assert "Nominatim" not in notes


def test_repeated_failures_open_the_breaker(app_online: Flask, stub: StubNominatim) -> None:
    stub.reset("500")

    report = run_import(app_online, rows(6))

    assert report.counts["created"] == 6
    assert len(stub.requests) == 3  # then it stops trying instead of slowing every row
    assert all(r.geocode_source == "postal_code" for r in report.rows)


def test_rate_limited_stops_at_once(app_online: Flask, stub: StubNominatim) -> None:
    stub.reset("429")

    report = run_import(app_online, rows(4))

    assert report.counts["created"] == 4
    assert len(stub.requests) == 1


def test_timeouts_cost_a_few_short_waits_not_one_per_row(
    app_online: Flask, stub: StubNominatim
) -> None:
    stub.reset("timeout")
    started = time.perf_counter()

    report = run_import(app_online, rows(8))

    assert report.counts["created"] == 8
    assert len(stub.requests) == 3
    assert time.perf_counter() - started < 3 * CLIENT_TIMEOUT_SECONDS + 1.5


def test_reimport_never_asks_the_network_twice(app_online: Flask, stub: StubNominatim) -> None:
    run_import(app_online, rows(3))
    assert len(stub.requests) == 3
    stub.reset("good")

    again = run_import(app_online, rows(3))

    assert stub.requests == []
    assert again.counts == {"created": 0, "updated": 0, "unchanged": 3, "refused": 0}
    with app_online.app_context():
        assert db.session.execute(select(func.count(GeocodeCache.id))).scalar_one() == 3


def test_not_found_is_remembered_too(app_online: Flask, stub: StubNominatim) -> None:
    stub.reset("empty")
    run_import(app_online, ONE_ROW.encode())
    stub.reset("good")

    run_import(app_online, ONE_ROW.encode())

    assert stub.requests == []


def test_a_failure_is_asked_again_next_time(app_online: Flask, stub: StubNominatim) -> None:
    stub.reset("500")
    run_import(app_online, ONE_ROW.encode())
    stub.reset("good")

    report = run_import(app_online, ONE_ROW.encode())

    assert len(stub.requests) == 1
    assert report.counts["updated"] == 1
    assert place_named(app_online, "Ressourcerie du Quai").geocode_source == "nominatim"


def test_dry_run_asks_but_writes_nothing(app_online: Flask, stub: StubNominatim) -> None:
    report = run_import(app_online, ONE_ROW.encode(), dry_run=True)

    assert report.counts["created"] == 1
    assert report.rows[0].geocode_source == "nominatim"
    with app_online.app_context():
        assert db.session.execute(select(func.count(GeocodeCache.id))).scalar_one() == 0
        assert (
            db.session.execute(select(Place).where(Place.name == "Ressourcerie du Quai")).first()
            is None
        )


def test_preview_then_confirm_asks_once(app_online: Flask, stub: StubNominatim) -> None:
    run_import(app_online, rows(2), dry_run=True)

    report = run_import(app_online, rows(2))

    assert len(stub.requests) == 2
    assert all(r.geocode_source == "nominatim" for r in report.rows)
    with app_online.app_context():
        assert db.session.execute(select(func.count(GeocodeCache.id))).scalar_one() == 2


def test_staff_pin_is_never_geocoded_again(app_online: Flask, stub: StubNominatim) -> None:
    run_import(app_online, ONE_ROW.encode())
    with app_online.app_context():
        place = db.session.execute(
            select(Place).where(Place.name == "Ressourcerie du Quai")
        ).scalar_one()
        place.latitude, place.longitude = 46.7600, -71.2300
        place.geocode_source = GeocodeSource.MANUAL
        db.session.commit()
    stub.reset("good")

    report = run_import(app_online, ONE_ROW.encode())

    assert stub.requests == []
    assert report.rows[0].status == "unchanged"
    assert "location" in report.rows[0].kept_staff_edits
    place = place_named(app_online, "Ressourcerie du Quai")
    assert (place.latitude, place.longitude) == (46.7600, -71.2300)
    assert place.geocode_source == GeocodeSource.MANUAL


def test_admin_geocodes_one_address(app_online: Flask, stub: StubNominatim) -> None:
    with app_online.app_context():
        result = geocoder.geocode_address("100, rue de l'Église", "Saint-Romuald", "g6w5m5")
        db.session.commit()

        assert result.source == GeocodeSource.NOMINATIM
        assert result.precision == "address"
        assert result.municipality is not None
        assert result.municipality.name == "Lévis"
        assert result.mrc == "levis"
        assert result.warnings == []
        again = geocoder.geocode_address("100 rue de l'eglise", "ST-ROMUALD", "G6W 5M5")
    assert again.lat == result.lat
    assert len(stub.requests) == 1  # the same address, typed differently, hits the cache


def test_api_asks_the_network_only_for_a_street(app_online: Flask, stub: StubNominatim) -> None:
    client = app_online.test_client()

    town = client.get("/api/v1/geocode", query_string={"q": "Saint-Romuald"})
    street = client.get("/api/v1/geocode", query_string={"q": "100 rue de l'Église, Saint-Romuald"})
    street_again = client.get(
        "/api/v1/geocode", query_string={"q": "100 rue de l'Église, Saint-Romuald"}
    )

    assert town.json is not None
    assert town.json["source"] == "municipality"
    assert street.json is not None
    assert street.json["source"] == "nominatim"
    assert street.json["mrc"] == "levis"
    assert street_again.json == street.json
    assert len(stub.requests) == 1


def test_breaker_cools_down_then_tries_once() -> None:
    now = [0.0]
    breaker = CircuitBreaker(threshold=2, cooldown_seconds=30, clock=lambda: now[0])

    breaker.record_failure()
    assert breaker.allow()
    breaker.record_failure()
    assert not breaker.allow()
    now[0] = 31.0
    assert breaker.allow()  # one trial
    breaker.record_failure()
    assert not breaker.allow()  # the trial failed: open again at once
    now[0] = 62.0
    breaker.record_success()
    assert breaker.allow()
    assert breaker.failures == 0
