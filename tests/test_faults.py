"""The database goes away and comes back: a clean 503 page meanwhile, no restart afterwards."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.engine import make_url

from recupere_don.extensions import db

from .conftest import _psycopg_dsn, make_test_app, temporary_database
from .test_admin_support import ADMIN_EMAIL, log_in, make_user

FRENCH = "Momentanément indisponible"
ENGLISH = "Temporarily unavailable"


def assert_unavailable_page(client: FlaskClient, path: str = "/") -> None:
    french = client.get(path)
    assert french.status_code == 503
    assert french.headers["Retry-After"] == "30"
    assert french.headers["Cache-Control"] == "no-store"
    page = french.get_data(as_text=True)
    assert FRENCH in page
    assert "Traceback" not in page
    assert "OperationalError" not in page
    english = client.get(path, query_string={"lang": "en"})
    assert english.status_code == 503
    assert ENGLISH in english.get_data(as_text=True)


def assert_sign_in_unavailable(client: FlaskClient) -> None:
    # The form needs no database; sending it does.
    response = log_in(client, ADMIN_EMAIL)
    assert response.status_code == 503
    assert FRENCH in response.get_data(as_text=True)


def assert_serving(client: FlaskClient) -> None:
    assert client.get("/").status_code == 200
    assert client.get("/lieux/ressourcerie-du-littoral").status_code == 200
    assert client.get("/readyz").status_code == 200


def _dispose(app: Flask) -> None:
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


# --- PostgreSQL: the server refuses connections, then accepts them again ------------------------


@pytest.fixture
def postgres_app(tmp_path: Path, seeded_templates: dict[str, str]) -> Iterator[Flask]:
    if "postgresql" not in seeded_templates:
        pytest.skip("TEST_POSTGRES_URL is not set: no PostgreSQL server to take away")
    with temporary_database("postgresql", tmp_path, seeded_templates["postgresql"]) as url:
        app = make_test_app(url)
        yield app
        _dispose(app)


def _set_reachable(app: Flask, reachable: bool) -> None:
    """Like a server restart or a network cut for this database: every connection dropped."""
    name = make_url(app.config["SQLALCHEMY_DATABASE_URI"]).database
    server = _psycopg_dsn(os.environ["TEST_POSTGRES_URL"])
    with psycopg.connect(server, autocommit=True) as conn:
        allowed = "true" if reachable else "false"
        conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {allowed}')
        if not reachable:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (name,),
            )


def test_postgresql_outage_gives_the_503_page_then_recovers(postgres_app: Flask) -> None:
    make_user(postgres_app, ADMIN_EMAIL, "admin")
    client = postgres_app.test_client()
    assert_serving(client)  # the pool now holds connections that are about to die
    _set_reachable(postgres_app, False)
    try:
        assert_unavailable_page(client)
        assert_unavailable_page(client, "/lieux/ressourcerie-du-littoral")
        assert_sign_in_unavailable(client)
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 503
    finally:
        _set_reachable(postgres_app, True)
    assert_serving(client)
    # Writes too: signing in records the attempt.
    assert log_in(client, ADMIN_EMAIL).status_code == 302


# --- SQLite: the file deleted, replaced by a restored copy -------------------------------------


@pytest.fixture
def sqlite_app(tmp_path: Path, seeded_templates: dict[str, str]) -> Iterator[tuple[Flask, Path]]:
    with temporary_database("sqlite", tmp_path, seeded_templates["sqlite"]) as url:
        app = make_test_app(url)
        yield app, Path(url.removeprefix("sqlite:///"))
        _dispose(app)


def test_deleted_sqlite_file_gives_the_503_page_then_recovers(
    sqlite_app: tuple[Flask, Path], tmp_path: Path
) -> None:
    app, database = sqlite_app
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    assert_serving(client)
    backup = tmp_path / "backup.sqlite"
    shutil.copyfile(database, backup)
    database.unlink()
    assert_unavailable_page(client)
    assert_sign_in_unavailable(client)
    # A page request never creates an empty database in its place.
    assert not database.exists()
    shutil.copyfile(backup, database)
    assert_serving(client)
    assert log_in(client, ADMIN_EMAIL).status_code == 302


def test_writes_work_after_the_file_is_replaced_by_a_restored_copy(
    sqlite_app: tuple[Flask, Path], tmp_path: Path
) -> None:
    """A pooled connection kept the old file: SQLite then refuses every write on it as
    "readonly database", which lasted until a restart."""
    app, database = sqlite_app
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    assert_serving(client)
    restored = tmp_path / "restored.sqlite"
    shutil.copyfile(database, restored)
    os.replace(restored, database)
    assert log_in(client, ADMIN_EMAIL).status_code == 302
    assert client.get("/admin/", follow_redirects=True).status_code == 200


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to a read-only file anyway")
def test_read_only_sqlite_file_gives_the_503_page_then_recovers(
    sqlite_app: tuple[Flask, Path],
) -> None:
    app, database = sqlite_app
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    _dispose(app)  # the next connection opens the file as it is now
    database.chmod(0o444)
    try:
        assert client.get("/").status_code == 200  # reading still works
        token_page = client.get("/admin/login")
        assert token_page.status_code == 200
        assert log_in(client, ADMIN_EMAIL).status_code == 503
    finally:
        database.chmod(0o644)
    assert log_in(client, ADMIN_EMAIL).status_code == 302
