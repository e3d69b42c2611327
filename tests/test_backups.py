"""Backups: create → restore into another fresh database → same API answers, history, accounts."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from recupere_don.admin import operations
from recupere_don.admin.models import PlaceRevision, User
from recupere_don.extensions import db
from recupere_don.models import Place
from tests.conftest import BACKENDS, make_test_app, temporary_database
from tests.test_admin_support import PASSWORD, log_in, make_user

EDITOR = "benevole@example.org"


@pytest.fixture(params=BACKENDS)
def target_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fresh_app(target_backend: str, tmp_path: Path) -> Iterator[Flask]:
    """An app on another database that has never been initialised."""
    (tmp_path / "target").mkdir()
    with temporary_database(target_backend, tmp_path / "target") as url:
        application = make_test_app(url)
        yield application
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


def cli(app: Flask, *args: str) -> Any:
    return app.test_cli_runner().invoke(args=list(args))


def edit_a_place(app: Flask) -> int:
    """A staff change, so that the backup has history and an account to carry."""
    make_user(app, EDITOR, "editor")
    with app.app_context():
        user = db.session.scalars(select(User).where(User.email == EDITOR)).one()
        place = db.session.scalars(select(Place).order_by(Place.id)).first()
        assert place is not None
        operations.update_place(place, {"phone": "418 555-0142"}, user, place.version)
        return place.id


def answers(client: FlaskClient) -> dict[str, Any]:
    return {
        url: client.get(url).get_json()
        for url in (
            "/api/v1/places",
            "/api/v1/places?category=meubles",
            "/api/v1/places?q=chaise",
            "/api/v1/items?q=vel",
        )
    }


def history(app: Flask, place_id: int) -> list[tuple[str, str | None, Any]]:
    with app.app_context():
        revisions = db.session.scalars(
            select(PlaceRevision)
            .where(PlaceRevision.place_id == place_id)
            .order_by(PlaceRevision.id)
        )
        return [(r.kind, r.user.email if r.user else None, r.changes) for r in revisions]


def backup_kinds(app: Flask) -> list[list[str]]:
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        return [[], ["--portable"]]  # SQLite's own file, and the portable one
    return [[]]


def test_backup_restores_elsewhere_with_the_same_answers_history_and_accounts(
    app: Flask, fresh_app: Flask, target_backend: str, tmp_path: Path
) -> None:
    place_id = edit_a_place(app)
    before = answers(app.test_client())
    before_history = history(app, place_id)
    assert before_history[-1][1] == EDITOR

    for n, options in enumerate(backup_kinds(app)):
        file = tmp_path / f"backup-{n}"
        made = cli(app, "backup", "create", str(file), *options)
        assert made.exit_code == 0, made.output
        assert "42 lieux" in made.output

        (tmp_path / f"target-{n}").mkdir()
        with temporary_database(target_backend, tmp_path / f"target-{n}") as url:
            target = make_test_app(url) if n else fresh_app
            restored = cli(target, "backup", "restore", str(file))
            assert restored.exit_code == 0, restored.output
            client = target.test_client()
            assert answers(client) == before
            assert history(target, place_id) == before_history
            # The account came along with its password; new ids do not collide with restored ones.
            assert log_in(client, EDITOR, PASSWORD).status_code == 302
            make_user(target, "nouvelle@example.org", "editor")
            with target.app_context():
                db.session.remove()
                db.engine.dispose()


def test_portable_backup_names_its_revision_and_every_table(app: Flask, tmp_path: Path) -> None:
    file = tmp_path / "backup.json.gz"
    assert cli(app, "backup", "create", "--portable", str(file)).exit_code == 0
    with gzip.open(file, "rt", encoding="utf-8") as stream:
        document = json.load(stream)
    with app.app_context():
        from recupere_don import schema

        assert document["revision"] == ",".join(schema.head_revisions())
        assert set(document["tables"]) == set(schema.metadata().tables)
    assert len(document["tables"]["place"]["rows"]) == 42


def test_restore_refuses_a_database_with_places(app: Flask, tmp_path: Path) -> None:
    file = tmp_path / "backup"
    assert cli(app, "backup", "create", str(file)).exit_code == 0
    refused = cli(app, "backup", "restore", str(file))
    assert refused.exit_code == 1
    assert "La base contient déjà des lieux" in refused.output


def test_restore_refuses_another_revision_and_foreign_files(
    app: Flask, fresh_app: Flask, tmp_path: Path
) -> None:
    file = tmp_path / "backup.json.gz"
    assert cli(app, "backup", "create", "--portable", str(file)).exit_code == 0
    with gzip.open(file, "rt", encoding="utf-8") as stream:
        document = json.load(stream)
    document["revision"] = "d2361caff762"
    with gzip.open(file, "wt", encoding="utf-8") as stream:
        json.dump(document, stream)
    refused = cli(fresh_app, "backup", "restore", str(file))
    assert refused.exit_code == 1
    assert "révision d2361caff762" in refused.output

    other = tmp_path / "notes.txt"
    other.write_text("pas une sauvegarde", encoding="utf-8")
    refused = cli(fresh_app, "backup", "restore", str(other))
    assert refused.exit_code == 1
    assert "n'est pas une sauvegarde de Récupère-DON!" in refused.output
    with fresh_app.app_context():
        assert db.session.scalar(select(Place.id).limit(1)) is None
