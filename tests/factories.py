"""Test data in one line, written by the app's own writers (accounts, placewrites), not forms.

Tests that check a form post it; tests that only need a place or an account build it here.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import select

from recupere_don import placewrites
from recupere_don.admin import accounts
from recupere_don.extensions import db
from recupere_don.models import Municipality, PlaceStatus

PASSWORD = "un-mot-de-passe-solide"


def make_user(app: Flask, email: str, role: str, password: str = PASSWORD) -> int:
    """A staff account ('admin' or 'editor'); returns its id."""
    with app.app_context():
        return accounts.create_user(email, password, role).id


def make_place(
    app: Flask, town: str = "Lévis", status: PlaceStatus = PlaceStatus.PUBLISHED, **values: Any
) -> int:
    """A place in `town`, placed at its centre, as the editor would save it; returns its id."""
    with app.app_context():
        municipality = db.session.execute(
            select(Municipality).where(Municipality.name == town)
        ).scalar_one()
        defaults: dict[str, Any] = {
            "name": "Ressourcerie du Quai",
            "place_type_code": "ressourcerie",
            "municipality": municipality.code_geo,
            "latitude": municipality.latitude,
            "longitude": municipality.longitude,
            "geocode_source": "postal_code",
            "geocode_precision": "postal_code",
            "service_area": {"mrcs": [municipality.mrc.slug]},
            "takes": {
                "donner": {"categories": ["vetements"], "conditions_fr": "", "conditions_en": ""}
            },
        }
        place = placewrites.create(defaults | values, None, status=status, is_demo=False)
        return place.id
