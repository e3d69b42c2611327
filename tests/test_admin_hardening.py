"""Staff-side hardening: logout that logs out, throttling the real user survives, safe
concurrent saves, HSTS, plain e-mail addresses and a `next` that never crashes or leaves."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from recupere_don.admin import accounts
from recupere_don.admin.models import PlaceRevision
from recupere_don.extensions import db
from tests.conftest import make_test_app
from tests.test_admin_support import (
    ADMIN_EMAIL,
    EDITOR_EMAIL,
    PASSWORD,
    admin_client,
    create_place,
    csrf_token,
    editor_client,
    get_place,
    log_in,
    make_user,
    place_form,
)

__all__ = ["admin_client", "editor_client"]

ATTACKER = "203.0.113.66"
REAL_USER = "198.51.100.7"


def _editor_version(client: FlaskClient, place_id: int) -> str:
    page = client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    return page.split('name="version" type="hidden" value="', 1)[1].split('"', 1)[0]


# --- 9. logout -----------------------------------------------------------------------------


def test_a_session_cookie_copied_before_logout_no_longer_opens_the_admin(
    app: Flask, admin_client: FlaskClient
) -> None:
    copied = admin_client.get_cookie("session")
    assert copied is not None
    token = csrf_token(admin_client, "/admin/places")
    assert admin_client.post("/admin/logout", data={"csrf_token": token}).status_code == 302

    thief = app.test_client()
    thief.set_cookie("session", copied.value)
    response = thief.get("/admin/places")
    assert response.status_code == 302
    assert response.location.startswith("/admin/login")
    # Signing in again works as usual.
    assert log_in(app.test_client(), ADMIN_EMAIL).status_code == 302


# --- 10. throttling instead of locks ---------------------------------------------------------


def _try(email: str, password: str, address: str, now: datetime) -> str:
    """What the login answers: "ok", "wrong" or "wait N"."""
    try:
        accounts.authenticate(email, password, address, now=now)
    except accounts.TooManyAttemptsError as error:
        return f"wait {error.seconds}"
    except accounts.AccountError:
        return "wrong"
    return "ok"


def test_the_right_password_works_again_after_a_short_delay(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with app.app_context():
        answers = [
            _try(ADMIN_EMAIL, "faux", REAL_USER, start + timedelta(seconds=s)) for s in range(3)
        ]
        assert answers == ["wrong", "wrong", "wrong"]
        last = start + timedelta(seconds=2)
        # Told at once to wait two seconds, even with the right password…
        assert _try(ADMIN_EMAIL, PASSWORD, REAL_USER, last + timedelta(seconds=1)) == "wait 1"
        # …and in once they have passed, not 15 minutes later.
        assert _try(ADMIN_EMAIL, PASSWORD, REAL_USER, last + timedelta(seconds=2)) == "ok"


def test_delays_grow_but_stay_short(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    waits: list[int] = []
    with app.app_context():
        while len(waits) < 8:
            answer = _try(ADMIN_EMAIL, "faux", ATTACKER, now)
            if answer != "wrong":
                waits.append(int(answer.split()[1]))
                now += timedelta(seconds=waits[-1])
    assert waits == [2, 4, 8, 16, 32, 60, 60, 60]


def _attack(start: datetime, duration: timedelta) -> int:
    """Fail on the admin account from the attacker's address as fast as allowed; failures."""
    now, failures = start, 0
    while now < start + duration:
        answer = _try(ADMIN_EMAIL, "devine", ATTACKER, now)
        if answer == "wrong":
            failures += 1
        else:
            now += timedelta(seconds=int(answer.split()[1]))
    return failures


def test_an_attacker_failing_from_elsewhere_cannot_keep_the_real_user_out(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with app.app_context():
        assert _attack(start, timedelta(minutes=10)) > 10
        # The real user, at home, signs in at once in the middle of the attack…
        now = start + timedelta(minutes=10)
        assert _try(ADMIN_EMAIL, PASSWORD, REAL_USER, now) == "ok"
        # …and, after a typo, a minute after their own try at most, whatever the attacker does.
        assert _attack(now, timedelta(minutes=5)) > 3
        typo_at = now + timedelta(minutes=5)
        assert _try(ADMIN_EMAIL, "faute-de-frappe", REAL_USER, typo_at) == "wrong"
        _attack(typo_at, timedelta(minutes=1))
        assert _try(ADMIN_EMAIL, PASSWORD, REAL_USER, typo_at + timedelta(seconds=1)).startswith(
            "wait"
        )
        assert _try(ADMIN_EMAIL, PASSWORD, REAL_USER, typo_at + timedelta(seconds=60)) == "ok"


def test_behind_a_proxy_each_client_is_throttled_on_its_own(app: Flask, tmp_path: object) -> None:
    """Through the login page, with X-Forwarded-For read from one trusted proxy."""
    make_user(app, ADMIN_EMAIL, "admin")
    make_user(app, EDITOR_EMAIL, "editor")
    proxied = make_test_app(app.config["SQLALCHEMY_DATABASE_URI"], TRUSTED_PROXY_COUNT=1)

    def post(client: FlaskClient, email: str, password: str, client_address: str) -> int:
        headers = {"X-Forwarded-For": client_address}
        token = csrf_token(client)
        response = client.post(
            "/admin/login",
            data={"csrf_token": token, "email": email, "password": password},
            headers=headers,
        )
        return response.status_code

    attacker = proxied.test_client()
    statuses = [post(attacker, ADMIN_EMAIL, "x", ATTACKER) for _ in range(10)]
    statuses += [post(attacker, f"inconnu{n}@example.org", "x", ATTACKER) for n in range(25)]
    assert 429 in statuses
    # Same proxy, other clients: neither the account nor the proxy's address is locked.
    assert post(proxied.test_client(), ADMIN_EMAIL, PASSWORD, REAL_USER) == 302
    assert post(proxied.test_client(), EDITOR_EMAIL, PASSWORD, "198.51.100.8") == 302
    with proxied.app_context():
        db.session.remove()
        db.engine.dispose()


# --- 11. concurrent saves --------------------------------------------------------------------


@contextmanager
def _database_write_lock(app: Flask, place_id: int) -> Iterator[Any]:
    """Hold the place (PostgreSQL: its row; SQLite: the database's write lock) from outside."""
    url = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() == "sqlite":
        conn = sqlite3.connect(str(url.database), isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield None
        finally:
            conn.execute("ROLLBACK")
            conn.close()
        return
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as conn:
        conn.execute("SELECT id FROM place WHERE id = %s FOR UPDATE", (place_id,))
        yield conn
        conn.rollback()


def _wait_until_blocked(app: Flask, watcher: Any, count: int) -> None:
    """Until `count` requests wait on the lock (PostgreSQL tells; SQLite cannot: a pause)."""
    if watcher is None:
        time.sleep(1.5)
        return
    url = make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    deadline = time.monotonic() + 15
    with psycopg.connect(dsn, autocommit=True) as conn:
        while time.monotonic() < deadline:
            waiting = conn.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND wait_event_type = 'Lock'"
            ).fetchone()
            if waiting is not None and waiting[0] >= count:
                return
            time.sleep(0.05)
    pytest.fail("the two saves never reached the database")


def test_two_saves_of_the_same_version_at_once_give_one_save_and_one_conflict(
    app: Flask, admin_client: FlaskClient
) -> None:
    place_id = create_place(admin_client, app)
    other = app.test_client()
    assert log_in(other, ADMIN_EMAIL).status_code == 302
    forms = []
    for client, name in ((admin_client, "Nom du premier"), (other, "Nom du second")):
        # Both add a new action too: the takes' unique constraint is raced as well.
        data = place_form(
            app, name=name, take_reparer_categories=["meubles"], take_reparer_conditions_fr=name
        )
        data.update(
            csrf_token=csrf_token(client, "/admin/places"),
            version=_editor_version(client, place_id),
        )
        forms.append((client, data))
    assert forms[0][1]["version"] == forms[1][1]["version"]

    answers: dict[str, Any] = {}

    def save(client: FlaskClient, data: dict[str, Any]) -> None:
        answers[data["name"]] = client.post(f"/admin/places/{place_id}", data=data)

    with _database_write_lock(app, place_id) as watcher:
        threads = [threading.Thread(target=save, args=form) for form in forms]
        for thread in threads:
            thread.start()
        _wait_until_blocked(app, watcher, 2)
    for thread in threads:
        thread.join(30)

    statuses = sorted(response.status_code for response in answers.values())
    assert statuses == [302, 409]
    winner = next(name for name, r in answers.items() if r.status_code == 302)
    loser, conflict = next((name, r) for name, r in answers.items() if r.status_code == 409)
    page = conflict.get_data(as_text=True)
    assert "Enregistrement refusé" in page
    # What the loser typed is still in the form, ready to be copied.
    assert f'value="{loser}"' in page
    assert get_place(app, place_id).name == winner
    with app.app_context():
        updates = db.session.execute(
            select(func.count(PlaceRevision.id)).where(
                PlaceRevision.place_id == place_id, PlaceRevision.kind == "update"
            )
        ).scalar_one()
    assert updates == 1


def test_a_save_without_the_version_is_refused(
    app: Flask, admin_client: FlaskClient, editor_client: FlaskClient
) -> None:
    place_id = create_place(admin_client, app)
    # The editor opens the place; the admin renames it meanwhile.
    data = place_form(app, name="Renommé par l'administrateur")
    data.update(
        csrf_token=csrf_token(admin_client, "/admin/places"),
        version=_editor_version(admin_client, place_id),
    )
    assert admin_client.post(f"/admin/places/{place_id}", data=data).status_code == 302

    late = place_form(app, name="Écrasé sans version")
    late["csrf_token"] = csrf_token(editor_client, "/admin/places")
    response = editor_client.post(f"/admin/places/{place_id}", data=late)
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "Enregistrement refusé" in page
    assert 'value="Écrasé sans version"' in page
    assert get_place(app, place_id).name == "Renommé par l'administrateur"

    # The small forms (archive, verify) refuse it too.
    token = csrf_token(editor_client, f"/admin/places/{place_id}")
    editor_client.post(f"/admin/places/{place_id}/archive", data={"csrf_token": token})
    assert get_place(app, place_id).status == "draft"


# --- 12. HSTS and e-mail addresses -----------------------------------------------------------


def test_hsts_is_sent_over_https_only(app: Flask) -> None:
    client = app.test_client()
    secure = client.get("/", base_url="https://recupere-don.example")
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert "Strict-Transport-Security" not in client.get("/").headers
    # Behind a TLS proxy, as the proxy says.
    proxied = make_test_app(app.config["SQLALCHEMY_DATABASE_URI"], TRUSTED_PROXY_COUNT=1)
    behind = proxied.test_client().get(
        "/", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": REAL_USER}
    )
    assert "max-age=31536000" in behind.headers["Strict-Transport-Security"]
    with proxied.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize(
    "address",
    [
        "dons@essai.example?subject=Divan.ca",
        "dons@essai.example?subject=Don&body=Bonjour.ca",
        "dons&cc=autre@essai.example",
        "dons?x@essai.example",
        "dons @essai.example",
    ],
)
def test_place_email_with_parameters_is_refused(
    app: Flask, editor_client: FlaskClient, address: str
) -> None:
    data = place_form(app, email=address)
    data["csrf_token"] = csrf_token(editor_client, "/admin/places/new")
    response = editor_client.post("/admin/places/new", data=data)
    assert response.status_code == 422
    assert "Adresse courriel invalide" in response.get_data(as_text=True)


def test_a_plain_place_email_is_accepted(app: Flask, editor_client: FlaskClient) -> None:
    place_id = create_place(editor_client, app, email="jean.dupont+dons@récupère-beauce.qc.ca")
    assert get_place(app, place_id).email == "jean.dupont+dons@récupère-beauce.qc.ca"


# --- next after sign-in ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    ["/admin\r\nX", "//evil.example", "https://evil.example", "/\\evil.example", "/admin\\x"],
)
def test_login_next_never_crashes_nor_leaves_the_admin(
    app: Flask, admin_client: FlaskClient, target: str
) -> None:
    # Already signed in: the login page sends on to `next` at once.
    response = admin_client.get("/admin/login", query_string={"next": target})
    assert response.status_code == 302
    assert response.location == "/admin/"
    fresh = app.test_client()
    token = csrf_token(fresh)
    signed_in = fresh.post(
        "/admin/login",
        data={"csrf_token": token, "email": ADMIN_EMAIL, "password": PASSWORD, "next": target},
    )
    assert signed_in.status_code == 302
    assert signed_in.location == "/admin/"


def test_login_raw_crlf_in_next_is_not_a_server_error(admin_client: FlaskClient) -> None:
    response = admin_client.get("/admin/login?next=/admin%0d%0aX")
    assert response.status_code == 302
    assert response.location == "/admin/"
