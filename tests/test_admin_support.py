"""Helpers shared by the admin tests: staff accounts, signing in, forms with their CSRF token.

No tests here; the fixtures are imported by the test_admin_* modules. make_user and PASSWORD
live in tests/factories.py and are re-exported here for the modules that import them from here.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from recupere_don.extensions import db
from recupere_don.models import Municipality, Place
from tests.factories import PASSWORD, make_user

ADMIN_EMAIL = "admin@tresca.example"
EDITOR_EMAIL = "editeur@tresca.example"
_TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
__all__ = ["PASSWORD", "make_user"]

_META_TOKEN = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


def csrf_token(client: FlaskClient, url: str = "/admin/login") -> str:
    page = client.get(url).get_data(as_text=True)
    match = _TOKEN.search(page) or _META_TOKEN.search(page)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def log_in(client: FlaskClient, email: str, password: str = PASSWORD) -> Any:
    token = csrf_token(client)
    return client.post(
        "/admin/login", data={"csrf_token": token, "email": email, "password": password}
    )


@pytest.fixture
def admin_client(app: Flask) -> FlaskClient:
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    response = log_in(client, ADMIN_EMAIL)
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


@pytest.fixture
def editor_client(app: Flask) -> FlaskClient:
    make_user(app, EDITOR_EMAIL, "editor")
    client = app.test_client()
    assert log_in(client, EDITOR_EMAIL).status_code == 302
    return client


def municipality_code(app: Flask, name: str) -> str:
    with app.app_context():
        return db.session.execute(
            select(Municipality.code_geo).where(Municipality.name == name)
        ).scalar_one()


def place_form(app: Flask, **overrides: Any) -> dict[str, Any]:
    """A valid editor submission for a new drop-off place in Saint-Georges."""
    with app.app_context():
        town = db.session.execute(
            select(Municipality).where(Municipality.name == "Saint-Georges")
        ).scalar_one()
        lat, lon, code = town.latitude, town.longitude, town.code_geo
    data: dict[str, Any] = {
        "name": "Ressourcerie d'essai",
        "place_type_code": "ressourcerie",
        "description_fr": "Un lieu d'essai.",
        "description_en": "",
        "address": "100, 1re Avenue",
        "municipality": code,
        "postal_code": "g5y4j8",
        "latitude": str(lat),
        "longitude": str(lon),
        "geocode_source": "municipality",
        "geocode_precision": "municipality",
        "phone": "(418) 603-2546",
        "email": "info@essai.example",
        "website": "essai.example",
        "opening_hours": "Mo-Fr 09:00-17:00",
        "hours_note_fr": "",
        "hours_note_en": "",
        "take_donner_categories": ["meubles", "vetements"],
        "take_donner_conditions_fr": "Propres",
        "take_donner_conditions_en": "Clean",
    }
    data.update(overrides)
    return data


def create_place(client: FlaskClient, app: Flask, **overrides: Any) -> int:
    data = place_form(app, **overrides)
    data["csrf_token"] = csrf_token(client, "/admin/places/new")
    response = client.post("/admin/places/new", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(response.location.rstrip("/").rsplit("/", 1)[1])


def get_place(app: Flask, place_id: int) -> Place:
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        db.session.expunge(place)
        return place
