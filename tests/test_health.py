"""/healthz and /readyz: what a proxy or a supervisor sees, and the request id on every answer."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text

from recupere_don.cli import init_database
from recupere_don.extensions import db, limiter
from recupere_don.schema import upgrade_database

from .conftest import BACKENDS, make_test_app, temporary_database


def test_healthz_answers_without_cookie_or_cache(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


def test_readyz_reports_every_check(client: FlaskClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json == {
        "status": "ok",
        "checks": {"database": "ok", "schema": "ok", "reference_data": "ok"},
    }
    assert response.headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers


def test_healthz_needs_no_database(tmp_path: Path, seeded_templates: dict[str, str]) -> None:
    """The database gone: the process is alive (no restart), but not ready."""
    with temporary_database("sqlite", tmp_path, seeded_templates["sqlite"]) as url:
        app = make_test_app(url)
        client = app.test_client()
        assert client.get("/readyz").status_code == 200
        os.remove(url.removeprefix("sqlite:///"))
        assert client.get("/healthz").status_code == 200
        not_ready = client.get("/readyz")
        assert not_ready.status_code == 503
        assert not_ready.json is not None
        assert not_ready.json["checks"]["database"] == "fail"
        assert "ne répond pas" in not_ready.json["reason"]
        with app.app_context():
            db.engine.dispose()


def test_readyz_refuses_a_schema_behind_the_code(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        db.session.execute(text("DELETE FROM alembic_version"))
        db.session.commit()
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json is not None
    assert response.json["checks"] == {
        "database": "ok",
        "schema": "fail",
        "reference_data": "skipped",
    }
    assert "db upgrade" in response.json["reason"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_readyz_waits_for_the_reference_data(backend: str, tmp_path: Path) -> None:
    with temporary_database(backend, tmp_path) as url:
        app = make_test_app(url)
        with app.app_context():
            upgrade_database()
        client = app.test_client()
        response = client.get("/readyz")
        assert response.status_code == 503
        assert response.json is not None
        assert response.json["checks"]["reference_data"] == "fail"
        assert "0 MRC sur 10" in response.json["reason"]
        assert "init-db" in response.json["reason"]
        with app.app_context():
            init_database()
        assert client.get("/readyz").status_code == 200
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_probes_are_never_rate_limited(tmp_path: Path, seeded_templates: dict[str, str]) -> None:
    with temporary_database("sqlite", tmp_path, seeded_templates["sqlite"]) as url:
        app = make_test_app(url, RATELIMIT_APPLICATION="3 per minute")
        try:
            client = app.test_client()
            for _ in range(10):
                assert client.get("/healthz").status_code == 200
                assert client.get("/readyz").status_code == 200
            # The limit is real: the pages reach it.
            statuses = [client.get("/").status_code for _ in range(4)]
            assert statuses[-1] == 429
        finally:
            # The limiter is one object per process and keeps an application-wide limit once
            # set: later apps in this test session must not inherit it.
            limiter.limit_manager.set_application_limits([])
            with app.app_context():
                db.engine.dispose()


def test_every_answer_carries_a_new_request_id(client: FlaskClient) -> None:
    ids = {client.get(path).headers["X-Request-ID"] for path in ("/", "/healthz", "/nulle-part")}
    assert len(ids) == 3
    assert all(re.fullmatch(r"[0-9a-f]{32}", value) for value in ids)


def test_a_client_cannot_choose_its_request_id(client: FlaskClient) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "choisi-par-le-client"})
    assert response.headers["X-Request-ID"] != "choisi-par-le-client"


def test_the_trusted_proxy_request_id_is_kept(
    tmp_path: Path, seeded_templates: dict[str, str]
) -> None:
    with temporary_database("sqlite", tmp_path, seeded_templates["sqlite"]) as url:
        client = make_test_app(url, TRUSTED_PROXY_COUNT=1).test_client()
        given = "0b6f2c0e-8d4f-4d7e-9a57-3f1f0f5f7e21"
        assert (
            client.get("/healthz", headers={"X-Request-ID": given}).headers["X-Request-ID"] == given
        )
        # Something that could forge a log line is replaced, even from the proxy.
        forged = client.get("/healthz", headers={"X-Request-ID": 'a" 200 "evil'})
        assert re.fullmatch(r"[0-9a-f]{32}", forged.headers["X-Request-ID"])
