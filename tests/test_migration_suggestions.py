"""The suggestions migration on a database made by the first release: up, used, down, up."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from flask import Flask
from sqlalchemy import func, inspect, select, text

from recupere_don import schema, suggestions
from recupere_don.extensions import db
from recupere_don.models import Place
from tests.test_migrations import (  # noqa: F401
    backend,
    cli,
    db_check_passes,
    empty_app,
    load_release_database,
)

REVISION = "c195a879618a"


def previous_revision(app: Flask) -> str:
    with app.app_context():
        script = ScriptDirectory.from_config(schema.alembic_config())
        return str(script.get_revision(REVISION).down_revision)


def columns(app: Flask, table: str) -> set[str]:
    with app.app_context():
        found = {c["name"] for c in inspect(db.engine).get_columns(table)}
        db.session.remove()
        return found


def test_release_places_accept_donations_after_upgrade_and_downgrade_keeps_them(
    empty_app: Flask,  # noqa: F811
) -> None:
    load_release_database(empty_app)
    cli(empty_app, "db", "upgrade")
    assert db_check_passes(empty_app)
    client = empty_app.test_client()
    features = client.get("/api/v1/places").get_json()["features"]
    assert len(features) == 42
    assert {f["properties"]["donation_status"]["state"] for f in features} == {"accepting"}
    with empty_app.app_context():
        place = db.session.execute(select(Place).order_by(Place.id)).scalars().first()
        assert place is not None
        suggestions.submit(
            suggestions.SuggestionKind.CORRECTION, {"phone": "418 555-0000"}, place=place
        )
        db.session.remove()

    cli(empty_app, "db", "downgrade", previous_revision(empty_app))
    assert "donation_pause" not in columns(empty_app, "place")
    with empty_app.app_context():
        tables = set(inspect(db.engine).get_table_names())
        assert not {"suggestion", "update_link"} & tables
        count = db.session.execute(text("SELECT count(*) FROM place")).scalar_one()
        db.session.remove()
    assert count == 42

    cli(empty_app, "db", "upgrade")
    assert db_check_passes(empty_app)
    with empty_app.app_context():
        assert db.session.scalar(select(func.count(Place.id))) == 42
