"""The API through a database outage: last answers served stale, a JSON 503 without one, recovery.

The database is made unreachable for real: a PostgreSQL database refusing connections (its
sessions ended), a SQLite file moved away; then given back, with the same process running.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.engine import make_url

from recupere_don.extensions import db

from .conftest import BACKENDS, _psycopg_dsn, make_test_app, temporary_database

WARM = [
    "/api/v1/places",
    "/api/v1/places?category=meubles&lang=en",
    "/api/v1/places?q=divan",
    "/api/v1/categories",
    "/api/v1/mrcs",
    "/api/v1/items?q=div",
]
# Never asked before the outage: nothing to serve but the truth.
COLD = ["/api/v1/places?category=vetements", "/api/v1/actions", "/api/v1/items?q=velo"]


@contextmanager
def database_unreachable(url: str) -> Iterator[None]:
    """The database stops answering, as when its server or its disk goes away, then returns."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(str(parsed.database))
        away = path.with_name(path.name + ".away")
        os.replace(path, away)
        try:
            yield
        finally:
            os.replace(away, path)
        return
    name = parsed.database
    server = os.environ["TEST_POSTGRES_URL"]
    with psycopg.connect(_psycopg_dsn(server), autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
    try:
        yield
    finally:
        with psycopg.connect(_psycopg_dsn(server), autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')


@pytest.fixture(params=BACKENDS)
def outage_app(
    request: pytest.FixtureRequest, tmp_path: Path, seeded_templates: dict[str, str]
) -> Iterator[tuple[Flask, str]]:
    with temporary_database(request.param, tmp_path, seeded_templates[request.param]) as url:
        application = make_test_app(url)
        yield application, url
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


def _fresh(client: FlaskClient, path: str) -> bytes:
    response = client.get(path)
    assert response.status_code == 200, path
    assert "X-Served-Stale" not in response.headers
    assert "Warning" not in response.headers
    return response.data


def test_warm_answers_are_served_stale_and_cold_ones_refused(
    outage_app: tuple[Flask, str],
) -> None:
    app, url = outage_app
    client = app.test_client()
    before = {path: _fresh(client, path) for path in WARM}

    with database_unreachable(url):
        for path in WARM:
            stale = client.get(path)
            assert stale.status_code == 200, path
            assert stale.data == before[path], path
            assert stale.headers["X-Served-Stale"] == "1"
            assert stale.headers["Warning"] == '110 - "Response is Stale"'
            assert stale.headers["Cache-Control"] == "no-store"
        # The same filters written differently name the same answer.
        reordered = client.get("/api/v1/places?lang=en&category=meubles")
        assert reordered.status_code == 200
        assert reordered.headers["X-Served-Stale"] == "1"
        for path in COLD:
            refused = client.get(path)
            assert refused.status_code == 503, path
            assert refused.json is not None
            assert "base de données ne répond pas" in refused.json["message"]
            assert refused.headers["Retry-After"].isdigit()
        # The map page itself is the other engineer's 503 page, not a traceback.
        assert client.get("/").status_code == 503

    # Back without a restart: fresh answers, for what was cold too.
    for path in WARM + COLD:
        _fresh(client, path)


def test_stale_answer_keeps_its_validator(outage_app: tuple[Flask, str]) -> None:
    app, url = outage_app
    client = app.test_client()
    etag = client.get("/api/v1/places?mrc=bellechasse").headers["ETag"]
    with database_unreachable(url):
        again = client.get("/api/v1/places?mrc=bellechasse", headers={"If-None-Match": etag})
        assert again.status_code == 304
        assert again.headers["X-Served-Stale"] == "1"
