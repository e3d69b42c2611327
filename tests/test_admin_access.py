"""Who gets into /admin: anonymous visitors never, editors to places, admins to everything."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import func, select
from werkzeug.routing import Rule

from recupere_don.admin.models import LoginAttempt, User
from recupere_don.extensions import db
from recupere_don.models import Place
from tests.conftest import make_test_app
from tests.test_admin_support import (
    ADMIN_EMAIL,
    EDITOR_EMAIL,
    PASSWORD,
    admin_client,
    csrf_token,
    editor_client,
    log_in,
    make_user,
    place_form,
)

__all__ = ["admin_client", "editor_client"]

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}


def _sample_url(app: Flask, rule: Rule) -> str:
    values: dict[str, object] = {}
    for name, converter in rule._converters.items():
        items = getattr(converter, "items", None)
        values[name] = (
            sorted(items)[0] if items else (1 if "int" in type(converter).__name__.lower() else "x")
        )
    with app.test_request_context():
        return app.url_map.bind("localhost").build(rule.endpoint, values)


def _admin_rules(app: Flask) -> list[Rule]:
    # By path, not by blueprint: a page another package adds under /admin is walked too.
    return [r for r in app.url_map.iter_rules() if r.rule.startswith("/admin")]


def _assert_refused(client: FlaskClient, url: str, method: str) -> None:
    response = client.open(url, method=method)
    if url.startswith("/admin/api/"):
        assert response.status_code == 401, (method, url, response.status_code)
        assert response.is_json
        assert response.get_json()["error"] == "unauthorized"
    else:
        assert response.status_code == 302, (method, url, response.status_code)
        assert response.location.startswith("/admin/login"), (method, url, response.location)


def test_every_admin_endpoint_refuses_an_anonymous_visitor(app: Flask) -> None:
    # CSRF off for this walk: the gate itself must refuse, not only the token check.
    app.config["WTF_CSRF_ENABLED"] = False
    client = app.test_client()
    rules = _admin_rules(app)
    assert len(rules) >= 20, "the walk found the admin routes"
    checked = 0
    for rule in rules:
        if rule.endpoint == "admin.login":
            continue
        url = _sample_url(app, rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            _assert_refused(client, url, method)
            checked += 1
    assert checked >= len(rules)
    with app.app_context():
        assert db.session.execute(select(func.count(Place.id))).scalar_one() > 0


def test_anonymous_admin_page_redirects_to_login_and_back(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    response = client.get("/admin/review")
    assert response.status_code == 302
    assert response.location == "/admin/login?next=/admin/review"
    token = csrf_token(client, response.location)
    after = client.post(
        "/admin/login?next=/admin/review",
        data={
            "csrf_token": token,
            "email": ADMIN_EMAIL,
            "password": PASSWORD,
            "next": "/admin/review",
        },
    )
    assert after.location == "/admin/review"


def test_login_never_redirects_outside_the_admin(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    token = csrf_token(client)
    response = client.post(
        "/admin/login",
        data={
            "csrf_token": token,
            "email": ADMIN_EMAIL,
            "password": PASSWORD,
            "next": "//evil.example/",
        },
    )
    assert response.location == "/admin/"


def test_a_post_without_csrf_token_is_refused(app: Flask, admin_client: FlaskClient) -> None:
    before = _count_places(app)
    response = admin_client.post("/admin/places/new", data=place_form(app))
    assert response.status_code == 400
    assert "CSRF" in response.get_data(as_text=True) or response.status_code == 400
    assert _count_places(app) == before
    # The same form with its token goes through.
    data = place_form(app)
    data["csrf_token"] = csrf_token(admin_client, "/admin/places/new")
    assert admin_client.post("/admin/places/new", data=data).status_code == 302
    assert _count_places(app) == before + 1


def test_logout_needs_csrf_too(admin_client: FlaskClient) -> None:
    assert admin_client.post("/admin/logout").status_code == 400
    assert admin_client.get("/admin/places").status_code == 200
    token = csrf_token(admin_client, "/admin/places")
    assert admin_client.post("/admin/logout", data={"csrf_token": token}).status_code == 302
    assert admin_client.get("/admin/places").status_code == 302


def _count_places(app: Flask) -> int:
    with app.app_context():
        return int(db.session.execute(select(func.count(Place.id))).scalar_one())


def test_wrong_password_is_refused_with_a_plain_message(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    response = log_in(client, ADMIN_EMAIL, "mauvais-mot-de-passe")
    assert response.status_code == 401
    assert "Courriel ou mot de passe incorrect" in response.get_data(as_text=True)
    assert client.get("/admin/places").status_code == 302


def test_login_is_slowed_down_per_account(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    for _ in range(3):
        assert log_in(client, ADMIN_EMAIL, "mauvais-mot-de-passe").status_code == 401
    # The next try must wait a little, and is told so at once, without a password check.
    blocked = log_in(client, ADMIN_EMAIL, PASSWORD)
    assert blocked.status_code == 429
    assert blocked.headers["Retry-After"] == "2"
    assert "Réessayez dans 2 secondes" in blocked.get_data(as_text=True)
    assert client.get("/admin/places").status_code == 302
    # Another account from the same address is not slowed down by this one's failures.
    make_user(app, EDITOR_EMAIL, "editor")
    assert log_in(app.test_client(), EDITOR_EMAIL).status_code == 302


def test_login_is_slowed_down_per_address(app: Flask) -> None:
    app.config["LOGIN_FREE_FAILURES_PER_ADDRESS"] = 3
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    for n in range(3):
        assert log_in(client, f"inconnu{n}@example.org", "x").status_code == 401
    # A different account, the right password, but from an address that tried too much.
    assert log_in(client, ADMIN_EMAIL).status_code == 429
    other_address = app.test_client()
    token = csrf_token(other_address)
    response = other_address.post(
        "/admin/login",
        data={"csrf_token": token, "email": ADMIN_EMAIL, "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "10.1.2.3"},
    )
    assert response.status_code == 302


def test_a_successful_login_forgives_earlier_failures_of_the_account(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    client = app.test_client()
    for _ in range(2):
        log_in(client, ADMIN_EMAIL, "faux")
    assert log_in(client, ADMIN_EMAIL).status_code == 302
    for _ in range(2):
        log_in(app.test_client(), ADMIN_EMAIL, "faux")
    assert log_in(app.test_client(), ADMIN_EMAIL).status_code == 302
    with app.app_context():
        attempts = db.session.execute(select(func.count(LoginAttempt.id))).scalar_one()
        assert attempts == 6


def test_session_cookie_is_httponly_and_samesite_lax(app: Flask) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    response = log_in(app.test_client(), ADMIN_EMAIL)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain http in tests


def test_session_cookie_is_secure_when_served_over_https(tmp_path: object) -> None:
    secure_app = make_test_app("sqlite://", PREFERRED_URL_SCHEME="https")
    assert secure_app.config["SESSION_COOKIE_SECURE"] is True
    assert secure_app.config["SESSION_COOKIE_SAMESITE"] == "Lax"
    assert secure_app.config["SESSION_COOKIE_HTTPONLY"] is True


def test_editor_edits_places_but_not_users_taxonomy_or_imports(
    editor_client: FlaskClient,
) -> None:
    assert editor_client.get("/admin/places").status_code == 200
    assert editor_client.get("/admin/places/new").status_code == 200
    assert editor_client.get("/admin/review").status_code == 200
    for url in ("/admin/users", "/admin/taxonomy", "/admin/import"):
        response = editor_client.get(url)
        assert response.status_code == 403, url
        assert "réservée aux administrateurs" in response.get_data(as_text=True)
    page = editor_client.get("/admin/places").get_data(as_text=True)
    assert "/admin/users" not in page


def test_admin_creates_an_editor_in_the_browser(app: Flask, admin_client: FlaskClient) -> None:
    token = csrf_token(admin_client, "/admin/users")
    response = admin_client.post(
        "/admin/users",
        data={
            "csrf_token": token,
            "email": "Nouvelle@Tresca.example",
            "role": "editor",
            "password": "provisoire-123",
        },
    )
    assert response.status_code == 302
    assert log_in(app.test_client(), "nouvelle@tresca.example", "provisoire-123").status_code == 302


def test_deactivated_account_loses_its_open_session(app: Flask, admin_client: FlaskClient) -> None:
    editor_id = make_user(app, EDITOR_EMAIL, "editor")
    editor = app.test_client()
    assert log_in(editor, EDITOR_EMAIL).status_code == 302
    assert editor.get("/admin/places").status_code == 200
    token = csrf_token(admin_client, "/admin/users")
    admin_client.post(f"/admin/users/{editor_id}", data={"csrf_token": token, "role": "editor"})
    assert editor.get("/admin/places").status_code == 302


def test_change_password_ends_other_sessions(app: Flask, admin_client: FlaskClient) -> None:
    other = app.test_client()
    assert log_in(other, ADMIN_EMAIL).status_code == 302
    token = csrf_token(admin_client, "/admin/password")
    wrong = admin_client.post(
        "/admin/password",
        data={"csrf_token": token, "current": "faux", "new": "x" * 12, "confirm": "x" * 12},
    )
    assert "Le mot de passe actuel est incorrect" in wrong.get_data(as_text=True)
    response = admin_client.post(
        "/admin/password",
        data={
            "csrf_token": token,
            "current": PASSWORD,
            "new": "nouveau-mot-de-passe",
            "confirm": "nouveau-mot-de-passe",
        },
    )
    assert response.status_code == 302
    assert admin_client.get("/admin/places").status_code == 200
    assert other.get("/admin/places").status_code == 302
    assert log_in(app.test_client(), ADMIN_EMAIL, "nouveau-mot-de-passe").status_code == 302


def test_cli_creates_a_user_with_a_prompted_hashed_password(
    app: Flask, runner: FlaskCliRunner
) -> None:
    result = runner.invoke(
        args=["users", "create", "Chef@Tresca.example", "--role", "admin"],
        input="secret-du-chef\nsecret-du-chef\n",
    )
    assert result.exit_code == 0, result.output
    assert "secret-du-chef" not in result.output
    with app.app_context():
        user = db.session.execute(
            select(User).where(User.email == "chef@tresca.example")
        ).scalar_one()
        assert user.role == "admin"
        assert user.password_hash != "secret-du-chef"
        assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))
    assert log_in(app.test_client(), "chef@tresca.example", "secret-du-chef").status_code == 302


def test_cli_refuses_a_password_on_the_command_line(runner: FlaskCliRunner) -> None:
    result = runner.invoke(args=["users", "create", "a@b.ca", "--password", "en-clair-123"])
    assert result.exit_code != 0
    assert "No such option" in result.output


def test_cli_refuses_a_short_password_and_a_duplicate(runner: FlaskCliRunner) -> None:
    short = runner.invoke(args=["users", "create", "a@b.ca"], input="court\ncourt\n")
    assert short.exit_code != 0
    assert "Le mot de passe doit contenir au moins 10 caractères" in short.output
    ok = runner.invoke(args=["users", "create", "a@b.ca"], input="assez-long-1\nassez-long-1\n")
    assert ok.exit_code == 0
    again = runner.invoke(args=["users", "create", "a@b.ca"], input="assez-long-1\nassez-long-1\n")
    assert "existe déjà" in again.output
