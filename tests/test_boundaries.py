"""Official MRC boundaries: the reference file imports cleanly, bad files change nothing."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import select

from recupere_don import boundaries
from recupere_don.extensions import db
from recupere_don.geo.names import name_key
from recupere_don.models import GeocodeSource, Mrc, OutlineSource, Place, PlaceStatus
from recupere_don.mrcdata import territory_index
from tests.conftest import DATA_DIR, reference_file


def outlines(app: Flask) -> dict[str, tuple[Any, str]]:
    with app.app_context():
        return {
            m.slug: (m.outline, str(m.outline_source))
            for m in db.session.execute(select(Mrc)).scalars()
        }


def square(west: float, south: float, east: float, north: float) -> dict[str, Any]:
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Polygon", "coordinates": [ring]}


def collection(*features: dict[str, Any], **extra: Any) -> bytes:
    return json.dumps({"type": "FeatureCollection", "features": list(features), **extra}).encode()


def feature(geometry: dict[str, Any], **properties: Any) -> dict[str, Any]:
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def test_reference_boundaries_import_and_every_municipality_lands_in_its_mrc(
    app: Flask, runner: FlaskCliRunner
) -> None:
    path = reference_file("mrc_chaudiere_appalaches.geojson")
    municipalities = reference_file("municipalities.csv")

    result = runner.invoke(args=["boundaries", "import", str(path)])

    assert result.exit_code == 0, result.output
    assert "importés pour 10 MRC" in result.output
    assert "sans contour" not in result.output
    assert all(source == "official" for _, source in outlines(app).values())
    with app.app_context():
        slug_of = {name_key(m.name): m.slug for m in db.session.execute(select(Mrc)).scalars()}
        index = territory_index()
        with municipalities.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == 136
        for row in rows:
            found = index.mrc_at(float(row["longitude"]), float(row["latitude"]))
            assert found == slug_of[name_key(row["mrc"])], row["name"]


def test_our_gazetteer_points_fall_in_their_official_mrc(app: Flask) -> None:
    path = reference_file("mrc_chaudiere_appalaches.geojson")
    with app.app_context():
        report = boundaries.import_boundaries(path.read_bytes())

    assert report.municipalities_outside_own_mrc == []
    assert report.missing_mrcs == []
    assert report.ignored_features == []
    with (DATA_DIR / "municipalities.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 136


def test_dry_run_changes_nothing(app: Flask) -> None:
    before = outlines(app)
    path = reference_file("mrc_chaudiere_appalaches.geojson")

    with app.app_context():
        report = boundaries.import_boundaries(path.read_bytes(), dry_run=True)

    assert len(report.matched) == 10
    assert outlines(app) == before


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (
            collection(
                feature(square(-250000, 150000, -240000, 160000), cduid="2419"),
                crs={"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32198"}},
            ),
            "EPSG:4326",
        ),
        (collection(feature(square(-250000, 150000, -240000, 160000), cduid="2419")), "projetées"),
        (collection(feature(square(46.5, -71.0, 46.7, -70.8), cduid="2419")), "inversées"),
        (collection(feature(square(-74, 45, -73, 46), cduid="2466", name="Montréal")), "Aucune"),
        (b"<kml></kml>", "GeoJSON"),
        (json.dumps({"type": "Feature"}).encode(), "FeatureCollection"),
    ],
)
def test_unusable_files_change_nothing(
    app: Flask, runner: FlaskCliRunner, tmp_path: Path, payload: bytes, message: str
) -> None:
    before = outlines(app)
    path = tmp_path / "contours.geojson"
    path.write_bytes(payload)

    result = runner.invoke(args=["boundaries", "import", str(path)])

    assert result.exit_code == 1
    assert "rien n'a été changé" in result.output
    assert message in result.output
    assert outlines(app) == before


def test_invalid_geometry_is_repaired(app: Flask) -> None:
    bow_tie = {
        "type": "Polygon",
        "coordinates": [
            [[-71.2, 46.5], [-70.6, 46.9], [-70.6, 46.5], [-71.2, 46.9], [-71.2, 46.5]]
        ],
    }
    with app.app_context():
        report = boundaries.import_boundaries(
            collection(feature(bow_tie, name="MRC de Bellechasse"))
        )
        bellechasse = db.session.execute(select(Mrc).where(Mrc.slug == "bellechasse")).scalar_one()

        assert report.repaired == ["bellechasse"]
        assert bellechasse.outline_source == OutlineSource.OFFICIAL
        assert bellechasse.outline is not None
        assert bellechasse.outline["type"] in {"Polygon", "MultiPolygon"}
    assert report.missing_mrcs  # the other nine keep their outline


def test_features_match_by_former_name_and_province_files_are_filtered(app: Flask) -> None:
    with app.app_context():
        report = boundaries.import_boundaries(
            collection(
                feature(square(-70.95, 46.1, -70.6, 46.35), MRS_NM_MRC="Robert-Cliche"),
                feature(square(-74, 45, -73, 46), MRS_NM_MRC="Montréal", MRS_CO_MRC="66"),
            )
        )

    assert report.matched == {"beauce-centre": "Robert-Cliche"}
    assert len(report.ignored_features) == 1


def test_places_are_rechecked_and_reported(app: Flask) -> None:
    with app.app_context():
        levis = db.session.execute(select(Mrc).where(Mrc.slug == "levis")).scalar_one()
        # A place known only by its point (no municipality): its MRC follows the outlines.
        db.session.add(
            Place(
                slug="lieu-sans-municipalite",
                name="Lieu sans municipalité",
                place_type_code="ressourcerie",
                latitude=46.80,
                longitude=-71.18,
                mrc=levis,
                geocode_source=GeocodeSource.MANUAL,
                status=PlaceStatus.DRAFT,
            )
        )
        db.session.commit()
        # Lévis drawn smaller (its western end only), Bellechasse drawn over the place.
        report = boundaries.import_boundaries(
            collection(
                feature(square(-71.45, 46.6, -71.35, 46.7), cduid="2425"),
                feature(square(-71.3, 46.7, -71.1, 46.9), cduid="2419"),
            )
        )
        moved = db.session.execute(
            select(Place).where(Place.slug == "lieu-sans-municipalite")
        ).scalar_one()

        assert ("lieu-sans-municipalite", "levis", "bellechasse") in report.changed_mrc
        assert moved.mrc is not None
        assert moved.mrc.slug == "bellechasse"
        # Places with a municipality keep its MRC; the outline only raises a question.
        assert any(expected == "levis" for _, expected, _ in report.disagreements)
        assert "Lieu « Lieu sans municipalité » : MRC Lévis → Bellechasse." in "\n".join(
            report.summary_lines()
        )
