"""Migrations: models and revisions agree, a first-release database upgrades in place, both ways."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from flask import Flask
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import make_url

from recupere_don import item_lookup, schema
from recupere_don.admin.models import PlaceRevision, User
from recupere_don.embed.models import EmbedConfig
from recupere_don.extensions import db
from recupere_don.models import Place, Proposition, SearchMiss, Synonym
from tests.conftest import BACKENDS, _psycopg_dsn, make_test_app, temporary_database
from tests.test_admin_support import log_in

DATA = Path(__file__).resolve().parent / "data"
RELEASE_PASSWORD = "Mot de passe de la release 1"


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def empty_app(backend: str, tmp_path: Path) -> Iterator[Flask]:
    """An app on a database with no table at all."""
    with temporary_database(backend, tmp_path) as url:
        application = make_test_app(url)
        yield application
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


def load_release_database(app: Flask) -> None:
    """Fill the app's empty database with the dump of one made by the first release (d75bbcc)."""
    url = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() == "sqlite":
        script = (DATA / "release_d75bbcc_sqlite.sql").read_text(encoding="utf-8")
        with sqlite3.connect(str(url.database)) as conn:
            conn.executescript(script)
        return
    script = (DATA / "release_d75bbcc_postgresql.sql").read_text(encoding="utf-8")
    dsn = _psycopg_dsn(url.render_as_string(hide_password=False))
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(script.encode())


def cli(app: Flask, *args: str) -> str:
    result = app.test_cli_runner().invoke(args=list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.output


def db_check_passes(app: Flask) -> bool:
    """`flask db check`: 0 when the models and the revisions describe the same schema."""
    return app.test_cli_runner().invoke(args=["db", "check"]).exit_code == 0


def tables(app: Flask) -> set[str]:
    with app.app_context():
        return set(inspect(db.engine).get_table_names())


def test_models_and_migrations_agree(empty_app: Flask) -> None:
    with empty_app.app_context():
        assert schema.schema_status() == ((), schema.head_revisions())
    cli(empty_app, "db", "upgrade")
    assert db_check_passes(empty_app)
    with empty_app.app_context():
        current, heads = schema.schema_status()
        assert current == heads
        assert schema.is_up_to_date()


def test_release_database_upgrades_in_place(empty_app: Flask) -> None:
    load_release_database(empty_app)
    with empty_app.app_context():
        published = set(
            db.session.execute(text("SELECT slug FROM place WHERE status = 'published'")).scalars()
        )
        first_place = db.session.execute(text("SELECT min(id) FROM place")).scalar_one()
        db.session.remove()
    assert len(published) == 42

    output = cli(empty_app, "db", "upgrade")
    assert "Traceback" not in output
    # The upgraded schema is exactly the one a new database gets.
    assert db_check_passes(empty_app)

    client = empty_app.test_client()
    answer = client.get("/api/v1/places")
    assert answer.status_code == 200
    features = answer.get_json()["features"]
    assert {f["properties"]["slug"] for f in features} == published
    edited = next(f for f in features if f["id"] == first_place)
    assert edited["properties"]["phone"] == "418 555-0199"
    with empty_app.app_context():
        history = db.session.scalars(
            select(PlaceRevision).where(PlaceRevision.place_id == first_place)
        ).all()
        assert [(r.kind, r.user.email if r.user else None) for r in history] == [
            ("update", "admin@example.org")
        ]
        assert {c["field"] for c in history[0].changes} == {"phone", "hours_note_fr"}
        assert db.session.scalar(select(func.count(User.id))) == 2
        assert db.session.scalars(
            select(Synonym.category_code).where(Synonym.term == "patente à gosses")
        ).all() == ["jouets"]
        embed = db.session.scalars(select(EmbedConfig)).one()
        assert (embed.slug, embed.filters["mrc"], embed.look["height"]) == (
            "bibliotheque-levis",
            ["levis"],
            420,
        )
        # One row per normalised text now, counting the release's rows: staff see the same counts.
        misses = {m.key: (m.text, m.count) for m in db.session.scalars(select(SearchMiss))}
        assert misses == {
            "velo d exercice": ("Vélos d'exercice", 3),
            "casque de hockey": ("casque de hockey", 2),
            "trampoline": ("trampoline", 1),
            None: ("!!", 1),
        }
    assert client.get("/embed/bibliotheque-levis").status_code == 200
    assert log_in(client, "admin@example.org", RELEASE_PASSWORD).status_code == 302
    # A miss searched again counts onto the row the upgrade made.
    with empty_app.app_context():
        item_lookup.log_miss("CASQUES DE HOCKEY")
        assert (
            db.session.scalars(
                select(SearchMiss.count).where(SearchMiss.key == "casque de hockey")
            ).one()
            == 3
        )


def test_init_db_adopts_a_release_database_and_downgrade_gives_its_rows_back(
    empty_app: Flask,
) -> None:
    load_release_database(empty_app)
    output = cli(empty_app, "init-db")
    assert "Base de données prête" in output
    with empty_app.app_context():
        assert schema.is_up_to_date()
        assert db.session.scalar(select(func.count(Place.id))) == 42
        db.session.remove()

    cli(empty_app, "db", "downgrade", schema.BASELINE_REVISION)
    with empty_app.app_context():
        # The release's schema again, one row per search as that release wrote them.
        rows = db.session.execute(text("SELECT text FROM search_miss ORDER BY id")).scalars().all()
        db.session.remove()
    assert sorted(rows) == sorted(
        ["Vélos d'exercice"] * 3 + ["casque de hockey"] * 2 + ["trampoline", "!!"]
    )
    cli(empty_app, "db", "upgrade")
    assert db_check_passes(empty_app)
    with empty_app.app_context():
        counts = dict(db.session.execute(select(SearchMiss.key, SearchMiss.count)).all())
    assert counts == {"velo d exercice": 3, "casque de hockey": 2, "trampoline": 1, None: 1}


def test_upgrade_downgrade_upgrade_on_an_empty_database(empty_app: Flask) -> None:
    cli(empty_app, "db", "upgrade")
    assert "place" in tables(empty_app)
    cli(empty_app, "db", "downgrade", "base")
    assert tables(empty_app) <= {"alembic_version"}
    cli(empty_app, "db", "upgrade")
    assert db_check_passes(empty_app)
    assert tables(empty_app) >= schema.RELEASE_TABLES


def test_init_db_twice_is_safe(empty_app: Flask) -> None:
    first = cli(empty_app, "init-db", "--with-demo")
    assert "lieux de démonstration ajoutés" in first
    second = cli(empty_app, "init-db", "--with-demo")
    assert "synonyms: 0 added" in second
    assert "lieux de démonstration" not in second
    with empty_app.app_context():
        assert schema.is_up_to_date()
        assert db.session.scalar(select(func.count(Place.id))) == 42


def test_a_database_with_some_unknown_tables_is_refused_untouched(empty_app: Flask) -> None:
    with empty_app.app_context():
        with db.engine.begin() as connection:
            connection.execute(text("CREATE TABLE place (id INTEGER PRIMARY KEY)"))
        db.engine.dispose()
    result = empty_app.test_cli_runner().invoke(args=["init-db"])
    assert result.exit_code != 0
    assert "ni une base vide ni une base de la première version" in str(result.exception)
    assert tables(empty_app) == {"place"}


def test_refusals_upgrade_empty_and_downgrade_into_the_conditions_text(empty_app: Flask) -> None:
    load_release_database(empty_app)
    cli(empty_app, "db", "upgrade")
    client = empty_app.test_client()
    features = client.get("/api/v1/places").get_json()["features"]
    assert features
    assert all(f["properties"]["refuses"] == [] for f in features)
    with empty_app.app_context():
        proposition = db.session.scalars(
            select(Proposition).where(Proposition.action_code == "donner").order_by(Proposition.id)
        ).first()
        assert proposition is not None
        proposition_id, before = proposition.id, proposition.conditions_fr
        proposition.refuses = ["matelas", "sommier"]
        db.session.commit()
        db.session.remove()

    cli(empty_app, "db", "downgrade", "7c3e9a41d5b2")

    with empty_app.app_context():
        fr, en = db.session.execute(
            text("SELECT conditions_fr, conditions_en FROM proposition WHERE id = :id"),
            {"id": proposition_id},
        ).one()
        columns = {c["name"] for c in inspect(db.engine).get_columns("proposition")}
        db.session.remove()
    assert "refuses" not in columns
    assert fr == f"{before} Refusés : Matelas, Sommier.".strip()
    assert en.endswith("Refused: Mattress, Box spring.")
    cli(empty_app, "db", "upgrade")
    assert db_check_passes(empty_app)
