"""Rate limits for what costs: each trips with a 429, Retry-After and French text, per client."""

from __future__ import annotations

import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don import ratelimits
from recupere_don.extensions import db

from .conftest import make_test_app, temporary_database
from .test_admin_support import ADMIN_EMAIL, csrf_token, log_in, make_user
from .test_production import BIN, GOOD_KEY, ROOT, _get, _server_env, gunicorn

OTHER_CLIENT = {"REMOTE_ADDR": "192.0.2.7"}
TOO_MANY = "Trop de demandes depuis votre connexion"


def _amount(limit: str) -> int:
    return int(limit.split("/")[0])


def _limited_app(url: str, **overrides: object) -> Flask:
    # Set explicitly: the limiter is one object for every app a test process makes.
    return make_test_app(url, RATELIMIT_ENABLED=True, **overrides)


@pytest.fixture
def app(tmp_path: Path, seeded_templates: dict[str, str]) -> Iterator[Flask]:
    """SQLite only: the counters live in the limiter's storage, not in the database."""
    with temporary_database("sqlite", tmp_path, seeded_templates["sqlite"]) as url:
        application = _limited_app(url)
        yield application
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


@pytest.fixture
def admin(app: Flask) -> FlaskClient:
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    assert log_in(client, ADMIN_EMAIL).status_code == 302
    return client


def _assert_refused_page(response: object) -> None:
    assert response.status_code == 429  # type: ignore[attr-defined]
    assert int(response.headers["Retry-After"]) > 0  # type: ignore[attr-defined]
    assert response.mimetype == "text/html"  # type: ignore[attr-defined]
    assert TOO_MANY in response.get_data(as_text=True)  # type: ignore[attr-defined]


def test_login_is_limited_per_client_on_top_of_the_account_delays(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    token = csrf_token(client)
    # Incomplete forms are refused without a password check, but each one is a try.
    for _ in range(_amount(ratelimits.LOGIN)):
        tried = client.post("/admin/login", data={"csrf_token": token, "email": ADMIN_EMAIL})
        assert tried.status_code == 200
    refused = log_in(client, ADMIN_EMAIL)  # the right password, too late
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert "Trop de tentatives de connexion" in refused.get_data(as_text=True)
    # Reading the page is not a try; another address signs in.
    assert client.get("/admin/login").status_code == 200
    other = app.test_client()
    token = csrf_token(other)
    signed_in = other.post(
        "/admin/login",
        data={"csrf_token": token, "email": ADMIN_EMAIL, "password": "un-mot-de-passe-solide"},
        environ_base=OTHER_CLIENT,
    )
    assert signed_in.status_code == 302


def test_exports_share_one_budget_per_client(app: Flask, admin: FlaskClient) -> None:
    half = _amount(ratelimits.EXPORT) // 2
    for _ in range(half):
        assert admin.get("/export/carte.html").status_code == 200
    for _ in range(_amount(ratelimits.EXPORT) - half):
        assert admin.get("/admin/export.csv").status_code == 200
    for path in ("/admin/export.geojson", "/admin/export.csv", "/export/carte.html"):
        _assert_refused_page(admin.get(path))
    english = admin.get("/export/carte.html?lang=en")
    assert english.status_code == 429
    assert "Too many requests from your connection" in english.get_data(as_text=True)
    assert app.test_client().get("/export/carte.html", environ_base=OTHER_CLIENT).status_code == 200


def test_imports_are_limited(app: Flask, admin: FlaskClient) -> None:
    token = csrf_token(admin, "/admin/import")
    for _ in range(_amount(ratelimits.IMPORT)):
        # No file: refused by the form, after the cost of a request.
        assert admin.post("/admin/import", data={"csrf_token": token}).status_code == 422
    _assert_refused_page(admin.post("/admin/import", data={"csrf_token": token}))
    _assert_refused_page(admin.post("/admin/import/confirm", data={"csrf_token": token}))
    # Looking at the page costs nothing.
    assert admin.get("/admin/import").status_code == 200


def test_staff_geocoding_is_limited(admin: FlaskClient) -> None:
    url = "/admin/api/geocode?address=&postal_code=G6V+6N7"
    for _ in range(_amount(ratelimits.STAFF_GEOCODE)):
        assert admin.get(url).status_code in {200, 404}
    refused = admin.get(url, headers={"Accept": "application/json"})
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert refused.json is not None
    assert TOO_MANY in refused.json["message"]


def test_only_built_api_answers_count(app: Flask) -> None:
    client = app.test_client()
    budget = _amount(ratelimits.API_BUILT_ANSWERS)
    # A map reloading the same view, however often, is answered from the cache: free.
    for _ in range(budget + 30):
        assert client.get("/api/v1/places?mrc=bellechasse").status_code == 200
    for n in range(budget - 1):
        assert client.get(f"/api/v1/places?near=46.{n:03d},-71.2").status_code == 200
    refused = client.get("/api/v1/places?near=46.9,-71.3")
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 0
    assert refused.json is not None
    assert TOO_MANY in refused.json["message"]
    english = client.get("/api/v1/places?near=46.9,-71.3&lang=en")
    assert english.json is not None
    assert "Too many requests from your connection" in english.json["message"]
    assert (
        client.get("/api/v1/places?near=46.9,-71.3", environ_base=OTHER_CLIENT).status_code == 200
    )
    # Probes are never limited, even for a client over its limits.
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200


def test_behind_a_proxy_the_forwarded_client_is_counted(
    tmp_path: Path, seeded_templates: dict[str, str]
) -> None:
    with temporary_database("sqlite", tmp_path, seeded_templates["sqlite"]) as url:
        app = _limited_app(url, TRUSTED_PROXY_COUNT=1)
        client = app.test_client()
        proxy = {"REMOTE_ADDR": "10.0.0.2"}  # every request comes through the same proxy

        def export(address: str) -> int:
            return client.get(
                "/export/carte.html",
                headers={"X-Forwarded-For": address},
                environ_base=proxy,
            ).status_code

        assert [export("198.51.100.4") for _ in range(_amount(ratelimits.EXPORT))] == [200] * 20
        assert export("198.51.100.4") == 429
        assert export("198.51.100.8") == 200
        with app.app_context():
            db.engine.dispose()


def _redis_answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def test_servers_sharing_a_storage_share_the_counts(tmp_path: Path) -> None:
    """Two gunicorn instances behind one proxy count a client once, through one Redis.

    With memory storage each would allow the client its full amount: 20 + 20 exports.
    """
    if not _redis_answers("127.0.0.1", 6379):
        pytest.skip("needs a Redis server on 127.0.0.1:6379 (RATELIMIT_STORAGE_URI=redis://…)")
    env = _server_env(
        tmp_path,
        APP_ENV="production",
        SECRET_KEY=GOOD_KEY,
        WEB_CONCURRENCY="1",
        RATELIMIT_STORAGE_URI="redis://127.0.0.1:6379/0",
        # Apart from any other run sharing this Redis.
        RATELIMIT_KEY_PREFIX=f"test-{uuid.uuid4().hex}",
    )
    prepared = subprocess.run(
        [str(BIN / "flask"), "--app", "recupere_don", "init-db"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert prepared.returncode == 0, prepared.stderr
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    allowed = _amount(ratelimits.EXPORT)
    with (
        gunicorn(tmp_path / "a", env) as (first, _log),
        gunicorn(tmp_path / "b", env) as (
            second,
            _log,
        ),
    ):
        halves = [first] * (allowed // 2) + [second] * (allowed - allowed // 2)
        assert [_get(f"{base}/export/carte.html")[0] for base in halves] == [200] * allowed
        for base in (first, second):
            status, headers, _body = _get(f"{base}/export/carte.html")
            assert status == 429
            assert int(headers["Retry-After"]) > 0
