"""Fixtures: an app on a fresh real database (SQLite; PostgreSQL too with TEST_POSTGRES_URL)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy.engine import make_url

from recupere_don import create_app
from recupere_don.cli import init_database
from recupere_don.extensions import db
from recupere_don.places import seed_demo_places

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
REFERENCE_DIR = ROOT.parent / "shared" / "reference"
TEST_TILE_URL = "http://tiles.test.invalid/{z}/{x}/{y}.png"

BACKENDS = ["sqlite"]
if os.environ.get("TEST_POSTGRES_URL"):
    BACKENDS.append("postgresql")


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues() -> None:
    """Compile the English catalogue as `make translations` does, so plain pytest works too."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po_path in (ROOT / "translations").glob("*/LC_MESSAGES/messages.po"):
        with po_path.open("rb") as po_file:
            catalogue = read_po(po_file)
        with po_path.with_suffix(".mo").open("wb") as mo_file:
            write_mo(mo_file, catalogue)


def reference_file(name: str) -> Path:
    """A file from ../shared/reference; the test is skipped, saying why, where it is absent."""
    path = REFERENCE_DIR / name
    if not path.exists():
        pytest.skip(f"official reference data not available here ({path} is absent)")
    return path


def _psycopg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _seed(url: str) -> None:
    application = make_test_app(url)
    with application.app_context():
        init_database()
        seed_demo_places(DATA_DIR / "demo_places.json")
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="session")
def seeded_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """One database per backend seeded once per session; each test gets a copy of it."""
    templates: dict[str, str] = {}
    sqlite_template = tmp_path_factory.mktemp("template") / "seeded.sqlite"
    _seed(f"sqlite:///{sqlite_template}")
    templates["sqlite"] = str(sqlite_template)
    server = os.environ.get("TEST_POSTGRES_URL")
    if server:
        name = f"recupere_template_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(_psycopg_dsn(server), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        _seed(_postgres_url(server, name))
        templates["postgresql"] = name
    yield templates
    if server and "postgresql" in templates:
        with psycopg.connect(_psycopg_dsn(server), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{templates["postgresql"]}" WITH (FORCE)')


def _postgres_url(server: str, name: str) -> str:
    url = make_url(server).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False)


@contextmanager
def temporary_database(backend: str, tmp_path: Path, template: str | None = None) -> Iterator[str]:
    """A new database for one test (a copy of `template` when given), dropped afterwards."""
    if backend == "sqlite":
        path = tmp_path / "test.sqlite"
        if template:
            shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    server = os.environ["TEST_POSTGRES_URL"]
    name = f"recupere_test_{uuid.uuid4().hex[:12]}"
    from_template = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(_psycopg_dsn(server), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{from_template}')
    try:
        yield _postgres_url(server, name)
    finally:
        with psycopg.connect(_psycopg_dsn(server), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_test_app(database_url: str, **overrides: object) -> Flask:
    config: dict[str, object] = {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key",
        "SQLALCHEMY_DATABASE_URI": database_url,
        "TILE_URL": TEST_TILE_URL,
        "NOMINATIM_URL": "off",
        "WTF_CSRF_ENABLED": True,
    }
    config.update(overrides)
    return create_app(config)


@pytest.fixture(params=BACKENDS)
def app(
    request: pytest.FixtureRequest, tmp_path: Path, seeded_templates: dict[str, str]
) -> Iterator[Flask]:
    """An app whose database holds the reference data and the demo places."""
    with temporary_database(request.param, tmp_path, seeded_templates[request.param]) as url:
        application = make_test_app(url)
        yield application
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture(scope="session")
def demo_places() -> list[dict[str, object]]:
    """The demo data file, read directly: an oracle independent of the app's queries."""
    import json

    return json.loads((DATA_DIR / "demo_places.json").read_text(encoding="utf-8"))
