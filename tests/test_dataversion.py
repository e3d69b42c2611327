"""Caches follow changes made by another process sharing the database (several web workers)."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import select

from recupere_don.extensions import db
from recupere_don.models import Mrc, Place, PlaceStatus, Synonym
from tests.conftest import make_test_app

MONTMAGNY_TOWN = {"lat": 46.9800, "lon": -70.5540}


def other_worker(app: Flask) -> Flask:
    """A second app on the same database, as a second gunicorn worker would be."""
    return make_test_app(app.config["SQLALCHEMY_DATABASE_URI"])


def test_places_archived_elsewhere_leave_the_api(app: Flask) -> None:
    client = app.test_client()
    before = {f["id"] for f in client.get("/api/v1/places").get_json()["features"]}
    with other_worker(app).app_context():
        place = db.session.scalars(select(Place).order_by(Place.id).limit(1)).one()
        place.status = PlaceStatus.ARCHIVED
        archived = place.id
        db.session.commit()
    after = {f["id"] for f in client.get("/api/v1/places").get_json()["features"]}
    assert after == before - {archived}


def test_a_synonym_added_elsewhere_is_found(app: Flask) -> None:
    client = app.test_client()
    assert client.get("/api/v1/items?q=bidulotron").get_json() == []
    with other_worker(app).app_context():
        db.session.add(Synonym(term="bidulotron", lang="fr", category_code="outils"))
        db.session.commit()
    assert client.get("/api/v1/items?q=bidulotron").get_json()[0]["category"] == "outils"


def test_an_outline_replaced_elsewhere_moves_the_mrc_lookup(app: Flask) -> None:
    client = app.test_client()
    query = "/api/v1/mrcs?lat={lat}&lon={lon}".format(**MONTMAGNY_TOWN)
    assert [f["id"] for f in client.get(query).get_json()["features"]] == ["montmagny"]
    with other_worker(app).app_context():
        mrcs = {m.slug: m for m in db.session.scalars(select(Mrc))}
        # Give Montmagny's outline to L'Islet and a far-away square to Montmagny.
        mrcs["l-islet"].outline, mrcs["montmagny"].outline = (
            mrcs["montmagny"].outline,
            {"type": "Polygon", "coordinates": [[[-60, 50], [-59, 50], [-59, 51], [-60, 50]]]},
        )
        db.session.commit()
    assert [f["id"] for f in client.get(query).get_json()["features"]] == ["l-islet"]
