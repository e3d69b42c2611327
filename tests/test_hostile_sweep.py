"""Hostile input across every public parameter and every staff field: never a server error.

Each sweep sends every hostile value to every parameter of every public endpoint (and every
field of the staff forms), on SQLite and PostgreSQL, and collects what answered 5xx or echoed
markup unescaped; one list per endpoint keeps the failure message readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don.extensions import db

from .conftest import BACKENDS, make_test_app, temporary_database
from .test_admin_support import ADMIN_EMAIL, csrf_token, log_in, make_user, place_form

HOSTILE = [
    "{{7*7}}",
    "{% broken",
    "{{ lipsum.__globals__ }}",
    "${7*7}",
    "`whoami`",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\x00",
    "a\x00b",
    "\u202egpj.exe",
    "é" * 10_000,
    "NaN",
    "inf",
    "-inf",
    "1e309",
    "-0",
    "9999-12-31T23:59:59-12:00",
    "0001-01-01T00:00:00+14:00",
    "'; DROP TABLE place; --",
    "%",
    "../../etc/passwd",
    " ",
    "NaN,NaN",
    "inf,-inf,1e309,NaN",
    "46.1,-70.6,46.2",
    "\r\nX-Injected: 1",
]

# Staff forms cost more per request (writes, history): the kinds of attack, once each.
STAFF_HOSTILE = [
    "{{7*7}}",
    "{% broken",
    "${7*7}",
    "`whoami`",
    "</script><script>alert(1)</script>",
    "a\x00b",
    "\u202egpj.exe",
    "é" * 10_000,
    "NaN",
    "1e309",
    "9999-12-31T23:59:59-12:00",
    "\r\nX-Injected: 1",
]

# Every parameter each public endpoint reads (and one it does not, which must not hurt either).
PUBLIC_ENDPOINTS: dict[str, list[str]] = {
    "/": ["q", "mrc", "category", "action", "near", "radius_km", "open_now", "lang", "view"],
    "/lieux/{slug}": ["lang"],
    "/api/v1/places": [
        "q",
        "mrc",
        "category",
        "action",
        "near",
        "radius_km",
        "open_now",
        "at",
        "bbox",
        "limit",
        "lang",
        "fields",
    ],
    "/api/v1/clusters": ["bbox", "zoom", "q", "category", "near", "open_now", "at", "lang"],
    "/api/v1/items": ["q", "lang"],
    "/api/v1/geocode": ["q"],
    "/api/v1/categories": ["lang"],
    "/api/v1/mrcs": ["lat", "lon"],
    "/embed": ["mrc", "category", "action", "q", "bbox", "view", "controls", "height", "lang"],
    "/embed/places/all": ["mrc", "category", "action", "q", "open_now", "at", "near", "lang"],
    "/integrer": ["mrc", "category", "action", "q", "bbox", "view", "controls", "height"],
    "/integrer/code": ["mrc", "category", "q", "bbox", "height"],
    "/oembed": ["url", "format", "maxwidth", "maxheight"],
    "/export/carte.html": ["mrc", "category", "action", "q", "bbox"],
}

# Markup that must never come back raw in an HTML answer.
RAW_MARKUP = re.compile(r"<script>alert\(1\)|<img src=x onerror")


@pytest.fixture(scope="module", params=BACKENDS)
def sweep_app(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    seeded_templates: dict[str, str],
) -> Iterator[Flask]:
    """One seeded database per backend for the whole module: the sweeps only read, or add."""
    tmp_path: Path = tmp_path_factory.mktemp("sweep")
    with temporary_database(request.param, tmp_path, seeded_templates[request.param]) as url:
        # The sweep sends thousands of requests from one client: rate limits are not its subject.
        application = make_test_app(url, RATELIMIT_ENABLED=False)
        yield application
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


def _a_slug(client: FlaskClient) -> str:
    features = client.get("/api/v1/places?limit=1").get_json()["features"]
    return str(features[0]["properties"]["slug"])


def _problem(response: Any, path: str, name: str, value: str) -> str | None:
    shown = value if len(value) < 40 else value[:20] + f"…({len(value)} chars)"
    # oEmbed answers 501 for a format it does not offer, as its specification says.
    specified = path == "/oembed" and response.status_code == 501
    if response.status_code >= 500 and not specified:
        return f"{path} {name}={shown!r} → {response.status_code}"
    if response.mimetype == "text/html" and RAW_MARKUP.search(response.get_data(as_text=True)):
        return f"{path} {name}={shown!r} → markup echoed unescaped"
    return None


@pytest.mark.parametrize("endpoint", list(PUBLIC_ENDPOINTS))
def test_public_parameters_never_fail(sweep_app: Flask, endpoint: str) -> None:
    client = sweep_app.test_client()
    path = endpoint.replace("{slug}", _a_slug(client))
    problems = []
    for name in [*PUBLIC_ENDPOINTS[endpoint], "unknown_parameter"]:
        for value in HOSTILE:
            response = client.get(path, query_string={name: value})
            problem = _problem(response, path, name, value)
            if problem:
                problems.append(problem)
    assert problems == []


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_paths_never_fail(sweep_app: Flask, value: str) -> None:
    client = sweep_app.test_client()
    problems = []
    for prefix in (
        "/lieux/",
        "/api/v1/places/",
        "/embed/",
        "/embed/p/",
        "/embed/places/",
        "/vendor/leaflet/1/",
    ):
        response = client.get(prefix + value.replace("/", "%2F"))
        problem = _problem(response, prefix, "path", value)
        if problem:
            problems.append(problem)
    assert problems == []


def test_error_page_renders_for_any_method_and_path(sweep_app: Flask) -> None:
    client = sweep_app.test_client()
    for method in ("POST", "PUT", "DELETE", "PATCH", "PROPFIND"):
        for path in ("/", "/?_method=POST", "/lieux/x?_external=1", "/nowhere?_anchor=x"):
            response = client.open(path, method=method)
            assert response.status_code < 500, (method, path)
            assert "Récupère-DON!" in response.get_data(as_text=True)
    response = client.get("/?_method=POST&_scheme=javascript")
    assert response.status_code == 200
    assert 'href="javascript' not in response.get_data(as_text=True)


# --- staff fields ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def staff(sweep_app: Flask) -> FlaskClient:
    make_user(sweep_app, ADMIN_EMAIL, "admin")
    client = sweep_app.test_client()
    assert log_in(client, ADMIN_EMAIL).status_code == 302
    return client


STAFF_TEXT_FIELDS = [
    "name",
    "description_fr",
    "description_en",
    "address",
    "postal_code",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "opening_hours",
    "hours_note_fr",
    "hours_note_en",
    "take_donner_conditions_fr",
    "take_donner_conditions_en",
    "municipality",
    "place_type_code",
    "version",
]


def test_place_editor_fields_never_fail(sweep_app: Flask, staff: FlaskClient) -> None:
    token = csrf_token(staff, "/admin/places/new")
    problems = []
    for field in STAFF_TEXT_FIELDS:
        for value in STAFF_HOSTILE:
            data = place_form(sweep_app, **{field: value})
            data["csrf_token"] = token
            response = staff.post("/admin/places/new", data=data)
            problem = _problem(response, "/admin/places/new", field, value)
            if problem:
                problems.append(problem)
            elif response.status_code == 302:
                # Saved: the place's staff page shows the value as text.
                problem = _problem(staff.get(response.location), response.location, field, value)
                if problem:
                    problems.append(problem)
    # And so does the list of every place saved above.
    problem = _problem(staff.get("/admin/places"), "/admin/places", "list", "")
    assert [*problems, *([problem] if problem else [])] == []


def test_staff_search_and_settings_never_fail(staff: FlaskClient) -> None:
    problems = []
    token = csrf_token(staff, "/admin/taxonomy")
    for value in STAFF_HOSTILE:
        for path, name in (
            ("/admin/places", "q"),
            ("/admin/places", "status"),
            ("/admin/places", "mrc"),
            ("/admin/export.csv", "q"),
            ("/admin/export.geojson", "mrc"),
            ("/admin/review", "tab"),
            ("/admin/login", "next"),
        ):
            problem = _problem(staff.get(path, query_string={name: value}), path, name, value)
            if problem:
                problems.append(problem)
        for path, data in (
            ("/admin/taxonomy/synonyms", {"term": value, "lang": "fr", "category_code": "meubles"}),
            ("/admin/taxonomy/categories/meubles", {"label_fr": value, "label_en": value}),
            ("/admin/users", {"email": value, "role": "editor", "password": value}),
            ("/admin/embeds/new", {"name": value, "slug": value, "q": value, "bbox": value}),
        ):
            response = staff.post(path, data={"csrf_token": token, **data})
            problem = _problem(response, path, "form", value)
            if problem:
                problems.append(problem)
    assert problems == []


def test_login_form_never_fails(sweep_app: Flask) -> None:
    client = sweep_app.test_client()
    problems = []
    for value in HOSTILE:
        token = csrf_token(client)
        response = client.post(
            "/admin/login", data={"csrf_token": token, "email": value, "password": value}
        )
        problem = _problem(response, "/admin/login", "email", value)
        if problem:
            problems.append(problem)
    assert problems == []
