"""The API's OpenAPI contract: complete, true to the views, valid, and honoured (schemathesis)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from recupere_don.extensions import db
from recupere_don.placeindex import PROPERTY_NAMES

from .conftest import BACKENDS, make_test_app, temporary_database
from .test_api import ALL_ACTIONS, ALL_CATEGORIES, ALL_MRCS

PREFIX = "/api/v1"


def documented(client: FlaskClient, lang: str = "fr") -> dict[str, Any]:
    response = client.get(f"{PREFIX}/openapi.json?lang={lang}")
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    document: dict[str, Any] = response.get_json()
    return document


def test_the_document_is_valid_openapi_3_1(client: FlaskClient) -> None:
    document = documented(client)
    assert document["openapi"].startswith("3.1")
    validate(document)  # raises with the faulty place in the document


def test_every_api_route_is_documented_and_every_documented_path_exists(
    app: Flask, client: FlaskClient
) -> None:
    routes = {
        (method, re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule))
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith(f"{PREFIX}/")
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}
    }
    document = documented(client)
    base = document["servers"][0]["url"]
    operations = {
        (method.upper(), f"{base}{path}")
        for path, methods in document["paths"].items()
        for method in methods
    }
    assert routes == operations
    assert ("GET", f"{PREFIX}/places") in operations


def test_every_parameter_a_view_accepts_is_documented_and_no_other(client: FlaskClient) -> None:
    """The API names the parameters it reads when it refuses one: that list is the oracle."""
    document = documented(client)
    for path, methods in document["paths"].items():
        refusal = client.get(f"{PREFIX}{path}?zzz=1")
        assert refusal.status_code == 400, path
        assert refusal.get_json()["unknown"] == ["zzz"]
        accepted = set(refusal.get_json()["valid"])
        query = {p["name"] for p in methods["get"]["parameters"] if p["in"] == "query"}
        assert query == accepted, path


def test_codes_are_those_of_the_reference_data(client: FlaskClient) -> None:
    parameters = {
        p["name"]: p["schema"] for p in documented(client)["paths"]["/places"]["get"]["parameters"]
    }
    assert set(parameters["mrc"]["items"]["enum"]) == ALL_MRCS
    assert parameters["category"]["items"]["enum"] == ALL_CATEGORIES
    assert parameters["action"]["items"]["enum"] == ALL_ACTIONS
    properties = documented(client)["components"]["schemas"]["PlaceProperties"]["properties"]
    assert list(properties) == list(PROPERTY_NAMES)
    assert parameters["fields"]["items"]["enum"] == list(PROPERTY_NAMES)
    # Every code the document offers is one the API accepts.
    for code in parameters["category"]["items"]["enum"]:
        assert client.get(f"{PREFIX}/places?category={code}").status_code == 200


def test_the_document_speaks_french_or_english(client: FlaskClient) -> None:
    french = documented(client)["paths"]["/places"]["get"]["summary"]
    english = documented(client, "en")["paths"]["/places"]["get"]["summary"]
    assert french == "Lieux publiés (GeoJSON)"
    assert english == "Published places (GeoJSON)"


def test_docs_page_shows_every_operation_without_scripts_or_outside_assets(
    client: FlaskClient,
) -> None:
    document = documented(client, "en")
    response = client.get(f"{PREFIX}/docs?lang=en")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "<caption>Parameters</caption>" in page
    for path, methods in document["paths"].items():
        assert f"GET {PREFIX}{path}</code>" in page
        assert methods["get"]["summary"] in page
    # The page shows the answers' fields and the refusal's, not only the paths.
    assert "features[].properties.open_now" in page
    assert "<code>valid</code>" in page
    assert "/api/v1/openapi.json?lang=en" in page
    # Every asset from this server: nothing loaded from another host.
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)
    assert "Paramètres" in client.get(f"{PREFIX}/docs").get_data(as_text=True)


# ---- schemathesis: every operation, generated requests, the answers checked against the contract


@pytest.fixture(scope="module", params=BACKENDS)
def contract_app(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    seeded_templates: dict[str, str],
) -> Iterator[Flask]:
    """One app per backend for the whole run; limits off, or geocoding answers 429 early."""
    directory: Path = tmp_path_factory.mktemp("contract")
    with temporary_database(request.param, directory, seeded_templates[request.param]) as url:
        application = make_test_app(url, RATELIMIT_ENABLED=False)
        yield application
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


def test_every_operation_honours_the_contract(contract_app: Flask) -> None:
    """No server error, and every answer (status, type, headers, body) as documented.

    Bounded and derandomised so CI sees the same requests every run. (schemathesis'
    pytest fixture loader does not run under pytest 9, hence the loop over operations.)
    """
    schema = schemathesis.openapi.from_wsgi(f"{PREFIX}/openapi.json", contract_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    # schemathesis leaves out the operation that serves the schema it tests, and only that one.
    tested = {op.path for op in operations} | {"/openapi.json"}
    assert tested == set(documented(contract_app.test_client())["paths"])

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def honours(case: schemathesis.Case) -> None:
            # The WSGI transport does not inflate gzip as an HTTP client would: ask for none.
            case.call_and_validate(
                headers={"Accept-Encoding": "identity"},
                checks=[
                    not_a_server_error,
                    status_code_conformance,
                    content_type_conformance,
                    response_headers_conformance,
                    response_schema_conformance,
                ],
            )

        honours()
