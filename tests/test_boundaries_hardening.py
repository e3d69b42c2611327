"""Hostile or absurd boundaries files: a clear French refusal, nothing changed, no traceback.

Each file goes through the CLI (`boundaries import`) and the admin upload, which share
`boundaries.import_boundaries`; the official reference file still imports through both.
"""

from __future__ import annotations

import html
import io
import json
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import select

from recupere_don.extensions import db
from recupere_don.models import Mrc
from recupere_don.mrcdata import territory_index
from tests.conftest import reference_file
from tests.test_admin_support import admin_client, csrf_token  # noqa: F401 (fixture)
from tests.test_boundaries import collection, feature, outlines, square

PARIS = (2.35, 48.85)  # lon, lat
MAX_FILE_BYTES = 20 * 1024 * 1024  # the documented limit


def nested(depth: int) -> bytes:
    return b'{"type": "FeatureCollection", "features": ' + b"[" * depth + b"]" * depth + b"}"


def raw_polygon(coordinates_text: str, **properties: Any) -> bytes:
    """A file whose coordinates are written as given (NaN and 1e400 are not JSON numbers)."""
    props = json.dumps(properties)
    return (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        f'{props}, "geometry": {{"type": "Polygon", "coordinates": {coordinates_text}}}}}]}}'
    ).encode()


def oversized() -> bytes:
    padding = "x" * (MAX_FILE_BYTES + 1024)
    return collection(feature(square(-71.0, 46.5, -70.6, 46.8), cduid="2419", note=padding))


BELLECHASSE_RING = "[[-71.0, 46.5], [-70.6, 46.5], [-70.6, 46.8], [-71.0, 46.8], [-71.0, 46.5]]"

# (file, words the refusal must contain)
BAD_FILES: dict[str, tuple[bytes, tuple[str, ...]]] = {
    "deep_nesting": (nested(100_000), ("imbriqué trop profondément",)),
    "features_not_a_list": (
        json.dumps({"type": "FeatureCollection", "features": {"a": 1}}).encode(),
        ("features",),
    ),
    "feature_not_an_object": (collection(1, "Bellechasse"), ("Entité 1", "Feature")),  # type: ignore[arg-type]
    "properties_a_list": (
        collection(
            {
                "type": "Feature",
                "properties": ["cduid", "2419"],
                "geometry": square(-71.0, 46.5, -70.6, 46.8),
            }
        ),
        ("Entité 1", "« properties » doit être un objet"),
    ),
    "nan_coordinates": (
        raw_polygon("[[[NaN, 46.5], [-70.6, 46.5], [-70.6, 46.8], [-71.0, 46.5]]]", cduid="2419"),
        ("NaN", "nombres"),
    ),
    "infinite_coordinates": (
        raw_polygon(
            "[[[-1e400, 46.5], [-70.6, 46.5], [-70.6, 46.8], [-71.0, 46.5]]]", cduid="2419"
        ),
        ("Entité 1", "illisible"),
    ),
    "text_coordinates": (
        raw_polygon(
            '[[["-71.0", "46.5"], [-70.6, 46.5], [-70.6, 46.8], [-71.0, 46.5]]]', cduid="2419"
        ),
        ("Entité 1", "illisible"),
    ),
    "ring_too_short": (raw_polygon("[[[-71.0, 46.5], [-70.6, 46.5]]]", cduid="2419"), ("anneau",)),
    "point_geometry": (
        collection(feature({"type": "Point", "coordinates": [-70.8, 46.6]}, cduid="2419")),
        ("Entité 1", "Polygon ou un MultiPolygon"),
    ),
    "world_sized": (
        collection(feature(square(-180, -90, 180, 90), cduid="2419", name="Bellechasse")),
        ("Entité 1 « Bellechasse »", "Bellechasse", "loin hors de Chaudière-Appalaches"),
    ),
    "region_sized_for_one_mrc": (
        collection(feature(square(-72.0, 45.8, -69.6, 47.4), cduid="2425", name="Lévis")),
        ("Entité 1 « Lévis »", "fois sa surface connue"),
    ),
    "in_paris": (
        collection(feature(square(2.2, 48.8, 2.5, 48.9), cduid="2419", name="Bellechasse")),
        ("Entité 1 « Bellechasse »", "hors de Chaudière-Appalaches"),
    ),
    "another_mrcs_outline": (
        # Lévis's place, labelled Bellechasse: a code or name that points at the wrong MRC.
        collection(feature(square(-71.45, 46.6, -71.35, 46.7), cduid="2419", name="Bellechasse")),
        ("Entité 1 « Bellechasse »", "ne recouvre pas la MRC Bellechasse"),
    ),
    "too_large": (oversized(), ("trop gros", "20 Mo")),
}


def state(app: Flask) -> dict[str, tuple[Any, str]]:
    return outlines(app)


def paris_is_outside(app: Flask) -> bool:
    with app.app_context():
        return territory_index().mrc_at(*PARIS) is None


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_cli_refuses_bad_files_in_french(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path, case: str
) -> None:
    payload, words = BAD_FILES[case]
    path = tmp_path / "contours.geojson"
    path.write_bytes(payload)
    before = state(app)

    result = runner.invoke(args=["boundaries", "import", str(path)])

    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a refusal, not a crash
    assert "Traceback" not in result.output
    assert "Contours refusés, rien n'a été changé" in result.output
    for word in words:
        assert word in result.output
    assert state(app) == before
    assert paris_is_outside(app)


def post_boundaries(client: FlaskClient, payload: bytes, *, dry_run: bool = False) -> Any:
    data: dict[str, Any] = {
        "csrf_token": csrf_token(client, "/admin/boundaries"),
        "file": (io.BytesIO(payload), "mrc.geojson"),
    }
    if dry_run:
        data["dry_run"] = "y"
    return client.post("/admin/boundaries", data=data, content_type="multipart/form-data")


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_admin_upload_refuses_bad_files_in_french(
    app: Flask,
    admin_client: FlaskClient,  # noqa: F811
    case: str,
) -> None:
    payload, words = BAD_FILES[case]
    before = state(app)

    response = post_boundaries(admin_client, payload)

    page = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 422
    for word in words:
        assert word in page
    assert "Traceback" not in page
    assert state(app) == before
    assert paris_is_outside(app)


def test_a_huge_upload_is_refused_before_it_is_read(
    app: Flask,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    """Refused from its Content-Length: the body is not parsed, even for the CSRF check."""
    before = state(app)

    response = admin_client.post(
        "/admin/boundaries",
        data=b"x" * (MAX_FILE_BYTES + 200_000),
        content_type="multipart/form-data; boundary=zzz",
    )

    assert response.status_code == 413
    assert "Fichier de contours trop gros" in html.unescape(response.get_data(as_text=True))
    assert state(app) == before


def test_official_file_still_imports_through_cli_and_web(
    app: Flask,
    runner: FlaskCliRunner,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    official = reference_file("mrc_chaudiere_appalaches.geojson")

    checked = post_boundaries(admin_client, official.read_bytes(), dry_run=True)
    result = runner.invoke(args=["boundaries", "import", str(official)])

    assert checked.status_code == 200
    assert "simulation" in checked.get_data(as_text=True)
    assert result.exit_code == 0, result.output
    assert "importés pour 10 MRC" in result.output
    with app.app_context():
        sources = {str(m.outline_source) for m in db.session.execute(select(Mrc)).scalars()}
    assert sources == {"official"}
    assert paris_is_outside(app)
