"""One write path: the CLI import, the browser import and the editor store a place the same way."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select, text

from recupere_don import normalise, placewrites
from recupere_don.admin.models import PlaceRevision
from recupere_don.extensions import db
from recupere_don.models import Place
from tests.test_admin_support import admin_client, csrf_token, municipality_code
from tests.test_migrations import backend, cli, empty_app, load_release_database

__all__ = ["admin_client", "backend", "empty_app"]

HEADER = (
    "name,address,municipality,postal_code,categories,actions,place_type,phone,website,email,"
    "opening_hours,description"
)
ROW = (
    "Ressourcerie du Rang,100 1re Avenue,Saint-Georges,g5y 4j8,meubles;vetements,donner,"
    "ressourcerie,(418) 603-2546 poste 12,essai.example,info@essai.example,"
    "Mo-Fr 09:00-17:00,Un lieu d'essai."
)
NAME = "Ressourcerie du Rang"


def _stored(app: Flask) -> tuple[dict[str, Any], list[tuple[str, list[dict[str, Any]], str]]]:
    """The place's tracked fields and its history, for the place with NAME."""
    with app.app_context():
        place = db.session.execute(select(Place).where(Place.name == NAME)).scalar_one()
        history = [(r.kind, r.changes, r.author) for r in reversed(placewrites.history(place))]
        return placewrites.snapshot(place), history


def _via_cli(app: Flask, tmp_path: Path) -> None:
    file = tmp_path / "partenaires.csv"
    file.write_text(f"{HEADER}\n{ROW}\n", encoding="utf-8")
    output = (
        app.test_cli_runner()
        .invoke(args=["import-places", str(file), "--status", "draft", "--offline"])
        .output
    )
    assert "Créés : 1" in output, output


def _via_browser(app: Flask, client: FlaskClient) -> None:
    page = client.post(
        "/admin/import",
        data={
            "csrf_token": csrf_token(client, "/admin/import"),
            "file": (io.BytesIO(f"{HEADER}\n{ROW}\n".encode()), "partenaires.csv"),
            "as_draft": "y",
        },
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    token = re.search(r'name="token" type="hidden" value="([^"]+)"', page)
    assert token, page
    done = client.post(
        "/admin/import/confirm",
        data={"csrf_token": csrf_token(client, "/admin/import"), "token": token.group(1)},
    )
    assert done.status_code == 200


def _via_editor(app: Flask, client: FlaskClient) -> None:
    code = municipality_code(app, "Saint-Georges")
    # What the editor's "Localiser" button asks, then the form as staff type the row.
    found = client.get(
        "/admin/api/geocode",
        query_string={"address": "100 1re Avenue", "municipality": code, "postal_code": "g5y 4j8"},
    ).get_json()
    response = client.post(
        "/admin/places/new",
        data={
            "csrf_token": csrf_token(client, "/admin/places/new"),
            "name": NAME,
            "place_type_code": "ressourcerie",
            "description_fr": "Un lieu d'essai.",
            "address": "100 1re Avenue",
            "municipality": code,
            "postal_code": "g5y 4j8",
            "latitude": repr(found["lat"]),
            "longitude": repr(found["lon"]),
            "geocode_source": found["source"],
            "geocode_precision": found["precision"],
            "phone": "(418) 603-2546 poste 12",
            "email": "info@essai.example",
            "website": "essai.example",
            "opening_hours": "Mo-Fr 09:00-17:00",
            "take_donner_categories": ["meubles", "vetements"],
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)


@pytest.fixture
def three_apps(app: Flask, tmp_path: Path) -> list[Flask]:
    """Three copies of the seeded database, one per entry point."""
    from tests.conftest import make_test_app

    uri = str(app.config["SQLALCHEMY_DATABASE_URI"])
    if not uri.startswith("sqlite"):
        pytest.skip(
            "compares three copies of one SQLite file; the entry points share one code path "
            "on every backend"
        )
    source = Path(uri.removeprefix("sqlite:///"))
    apps = []
    for n in range(3):
        copy = tmp_path / f"copy{n}.sqlite"
        copy.write_bytes(source.read_bytes())
        apps.append(make_test_app(f"sqlite:///{copy}"))
    return apps


def test_cli_import_browser_import_and_editor_store_the_same_place_and_history(
    three_apps: list[Flask], tmp_path: Path
) -> None:
    from tests.test_admin_support import log_in, make_user

    cli_app, browser_app, editor_app = three_apps
    _via_cli(cli_app, tmp_path)
    clients = []
    for application in (browser_app, editor_app):
        make_user(application, "admin@example.org", "admin")
        client = application.test_client()
        log_in(client, "admin@example.org")
        clients.append(client)
    _via_browser(browser_app, clients[0])
    _via_editor(editor_app, clients[1])

    (cli_place, cli_history) = _stored(cli_app)
    (browser_place, browser_history) = _stored(browser_app)
    (editor_place, editor_history) = _stored(editor_app)
    assert cli_place == browser_place == editor_place
    assert cli_place["phone"] == "418 603-2546, poste 12"
    assert cli_place["postal_code"] == "G5Y 4J8"
    with cli_app.app_context():
        # The point decides the MRC, in every entry point.
        assert cli_place["mrc"] == placewrites.point_mrc(
            cli_place["latitude"], cli_place["longitude"]
        )
    # The same history entry; only who made it differs.
    assert [h[:2] for h in cli_history] == [h[:2] for h in browser_history]
    assert [h[:2] for h in cli_history] == [h[:2] for h in editor_history]
    assert [h[0] for h in cli_history] == ["create"]
    assert cli_history[0][2] == "import: partenaires.csv"
    assert browser_history[0][2] == "import: partenaires.csv (admin@example.org)"
    assert editor_history[0][2] == "admin@example.org"


def test_seed_signs_its_revisions(app: Flask) -> None:
    with app.app_context():
        authors = set(db.session.execute(select(PlaceRevision.author_label)).scalars())
    assert authors == {"seed"}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("(418) 603-2546 poste 12", "418 603-2546, poste 12"),
        ("418.603.2546 ext. 12", "418 603-2546, poste 12"),
        ("+1 418 603 2546, poste 12", "418 603-2546, poste 12"),
        ("4186032546 / 418 603-2547", "418 603-2546 / 418 603-2547"),
    ],
)
def test_one_phone_form(typed: str, stored: str) -> None:
    assert normalise.phone(typed) == stored


@pytest.mark.parametrize("typed", ["D0R 1A0", "G0R 1D0", "G0F 1A0", "Q0R 1A0", "G0U 1A0"])
def test_postal_codes_with_letters_canada_never_uses_are_refused(app: Flask, typed: str) -> None:
    with app.app_context(), pytest.raises(normalise.InvalidValueError, match="A1A 1A1"):
        normalise.postal_code(typed)


def test_the_editor_refuses_a_postal_code_the_geocoder_cannot_read(
    app: Flask, admin_client: FlaskClient
) -> None:
    from tests.test_admin_support import place_form

    data = place_form(app, postal_code="G5Y 4D8")
    data["csrf_token"] = csrf_token(admin_client, "/admin/places/new")
    response = admin_client.post("/admin/places/new", data=data)
    assert response.status_code == 422
    assert "Code postal invalide" in response.get_data(as_text=True)


def test_a_point_just_outside_its_mrc_is_no_warning_in_the_editor(app: Flask) -> None:
    """The editor's warning allows for the outlines' coarseness, as the import does."""
    from recupere_don.geo.geocoding import BORDER_TOLERANCE_KM
    from recupere_don.models import Municipality

    with app.app_context():
        town = db.session.execute(
            select(Municipality).where(Municipality.name == "Saint-Georges")
        ).scalar_one()
        check = placewrites.territory_check()
        # Walk east from the town until the point leaves its MRC's outline, to half the
        # tolerance outside it.
        lon = town.longitude
        while check.territory.mrc_at(lon, town.latitude) == town.mrc.slug:
            lon += 0.001
        while check.distance_to_mrc_km(town.mrc.slug, town.latitude, lon) < BORDER_TOLERANCE_KM / 2:
            lon += 0.0005
        territory = placewrites.territory_at(town.latitude, lon, town)
        assert not [w for w in territory.warnings if "MRC" in w]
        # The point still decides the MRC stored; within the tolerance it is no warning.
        assert territory.mrc_slug == check.territory.mrc_at(lon, town.latitude)


def test_revision_author_label_upgrade_on_release_data(empty_app: Flask) -> None:
    load_release_database(empty_app)
    cli(empty_app, "db", "upgrade")
    with empty_app.app_context():
        rows = db.session.execute(
            text("SELECT kind, user_id IS NULL, author_label FROM place_revision")
        ).all()
        db.session.remove()
    assert rows
    assert all(
        label == ("import" if kind == "import" and no_user else "") for kind, no_user, label in rows
    )
    cli(empty_app, "db", "downgrade", "db9c6fc409d2")
    with empty_app.app_context():
        columns = db.session.execute(text("SELECT * FROM place_revision")).keys()
        db.session.remove()
    assert "author_label" not in list(columns)
    cli(empty_app, "db", "upgrade")
