"""Spreadsheets round-trip: what the export writes, the import reads back, changing nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from recupere_don.admin.models import PlaceRevision
from recupere_don.cli import init_database
from recupere_don.extensions import db
from recupere_don.models import Place
from tests.conftest import make_test_app, temporary_database
from tests.test_admin_support import admin_client, create_place

__all__ = ["admin_client"]


def _cli(app: Flask, *args: str) -> str:
    result = app.test_cli_runner().invoke(args=list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def _count(app: Flask, what: Any) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count(what.id))) or 0)


def _answer(app: Flask) -> list[dict[str, Any]]:
    body = app.test_client().get("/api/v1/places?limit=500").get_json()
    return sorted(body["features"], key=lambda f: f["properties"]["slug"])


@pytest.fixture
def empty_app(app: Flask, tmp_path: Path) -> Iterator[Flask]:
    """A second app on the same backend: reference data, no place."""
    uri = str(app.config["SQLALCHEMY_DATABASE_URI"])
    backend = "sqlite" if uri.startswith("sqlite") else "postgresql"
    (tmp_path / "empty").mkdir()
    with temporary_database(backend, tmp_path / "empty") as url:
        other = make_test_app(url)
        with other.app_context():
            init_database()
            db.session.remove()
        yield other
        with other.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.mark.parametrize("excel", [False, True])
def test_export_then_import_on_the_same_database_changes_nothing(
    app: Flask,
    admin_client: FlaskClient,
    tmp_path: Path,
    excel: bool,
) -> None:
    # A place made in the editor, with conditions, a pickup area and a point to the decimal.
    create_place(
        admin_client,
        app,
        latitude="46.1234567891",
        take_ramassage_categories=["meubles"],
        service_area_mrcs=["beauce-sartigan"],
        description_fr="-- à donner, = gratuit",
    )
    file = tmp_path / "lieux.csv"
    flags = ["--excel"] if excel else []
    _cli(app, "export-places", str(file), *flags)
    raw = file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == excel
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.split(";" if excel else ",")[:3] == ["name", "address", "municipality"]
    assert "conditions_fr_donner" in header
    assert "service_area" in header
    places, revisions = _count(app, Place), _count(app, PlaceRevision)

    output = _cli(app, "import-places", str(file))

    assert "Créés : 0 · mis à jour : 0" in output, output
    assert (_count(app, Place), _count(app, PlaceRevision)) == (places, revisions)


def test_export_then_import_into_an_empty_database_gives_the_same_answers(
    app: Flask,
    admin_client: FlaskClient,
    empty_app: Flask,
    tmp_path: Path,
) -> None:
    create_place(
        admin_client,
        app,
        take_ramassage_categories=["meubles"],
        service_area_radius_km="25",
    )
    with app.app_context():
        # Published, so that the public answer shows it; refusing items differently per action.
        place = db.session.execute(select(Place).where(Place.status == "draft")).scalar_one()
        place.status = "published"
        refuses = {"donner": ["matelas", "sommier"], "ramassage": ["matelas"]}
        for proposition in place.propositions:
            proposition.refuses = refuses[proposition.action_code]
        db.session.commit()
    file = tmp_path / "lieux.csv"
    _cli(app, "export-places", str(file), "--excel")

    output = _cli(empty_app, "import-places", str(file))

    assert "refusés : 0" in output, output
    assert _answer(empty_app) == _answer(app)
    [made] = [f for f in _answer(empty_app) if f["properties"]["name"] == "Ressourcerie d'essai"]
    assert [(r["action"], r["item"]) for r in made["properties"]["refuses"]] == [
        ("donner", "matelas"),
        ("donner", "sommier"),
        ("ramassage", "matelas"),
    ]
    # A second import of the same file into the new database finds every place again.
    again = _cli(empty_app, "import-places", str(file))
    assert "Créés : 0 · mis à jour : 0" in again, again
