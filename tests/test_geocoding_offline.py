"""Geocoding with the network off: every trap of the brief lands in its MRC from local data."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from recupere_don.geo.gazetteer import Gazetteer, GazetteerEntry, MatchKind
from recupere_don.geo.names import find_postal_code, name_key, normalise_postal_code
from recupere_don.geo.postcodes import PostalCodeBook
from recupere_don.geocoder import geocode_address
from recupere_don.models import GeocodePrecision, GeocodeSource

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    with (DATA_DIR / "municipalities.csv").open(encoding="utf-8") as handle:
        return Gazetteer(
            GazetteerEntry(
                row["code_geo"],
                row["name"],
                row["designation"],
                row["mrc"],
                float(row["latitude"]),
                float(row["longitude"]),
                tuple(a for a in row["aliases"].split(";") if a),
            )
            for row in csv.DictReader(handle)
        )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("g6v4j8", "G6V 4J8"),
        ("G6V-4J8", "G6V 4J8"),
        (" g6v  4j8 ", "G6V 4J8"),
        ("G0S1A0", "G0S 1A0"),
        ("GOS 1AO", "G0S 1A0"),  # letter O typed for a zero
        ("G6V 4J", None),
        ("D6V 4J8", None),  # no postal code starts with D
        ("Lévis", None),
    ],
)
def test_postal_codes_in_any_common_typing(typed: str, expected: str | None) -> None:
    assert normalise_postal_code(typed) == expected


def test_postal_code_found_inside_free_text() -> None:
    assert find_postal_code("12, rue Saint-Louis, Lévis g6v4j8") == (
        "G6V 4J8",
        "12, rue Saint-Louis, Lévis",
    )
    assert find_postal_code("Saint-Georges") is None


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("Ste-Marie", "sainte marie"),
        ("SAINTE MARIE", "sainte marie"),
        ("St-Jean-Port-Joli", "saint jean port joli"),
        ("St. Jean Port Joli", "saint jean port joli"),
        ("Sts-Anges", "saints anges"),
        ("L’Islet", "l islet"),
        ("Courcelles–Saint-Évariste", "courcelles saint evariste"),
    ],
)
def test_name_key_absorbs_spelling(typed: str, key: str) -> None:
    assert name_key(typed) == key


def test_every_official_name_and_alias_finds_its_municipality(gazetteer: Gazetteer) -> None:
    for entry in gazetteer.entries:
        for typed in (entry.name, entry.name.upper(), name_key(entry.name)):
            match = gazetteer.find(typed, fuzzy=False)
            assert match is not None, typed
            assert match.entry.name == entry.name
            assert match.entry.mrc == entry.mrc
        for alias in entry.aliases:
            match = gazetteer.find(alias, fuzzy=False)
            assert match is not None, alias
            assert match.entry.code_geo == entry.code_geo, alias


@pytest.mark.parametrize(
    ("typed", "name", "mrc"),
    [
        ("Saint-Romuald", "Lévis", "levis"),
        ("Charny", "Lévis", "levis"),
        ("St-Nicolas", "Lévis", "levis"),
        ("Pintendre", "Lévis", "levis"),
        ("Saint-Jean-Chrysostome", "Lévis", "levis"),
        ("St-Étienne-de-Lauzon", "Lévis", "levis"),
        ("Saint-Etienne-de-Lauzon", "Lévis", "levis"),
        ("Lévis (secteur Saint-Nicolas)", "Lévis", "levis"),
        ("Saint-Henri", "Saint-Henri", "bellechasse"),
        ("St-Henri-de-Lévis", "Saint-Henri", "bellechasse"),
        ("Saint-Lambert-de-Lauzon", "Saint-Lambert-de-Lauzon", "la-nouvelle-beauce"),
        ("Disraeli", "Disraeli", "les-appalaches"),
        ("Courcelles", "Courcelles–Saint-Évariste", "beauce-sartigan"),
        ("Saint-Évariste-de-Forsyth", "Courcelles–Saint-Évariste", "beauce-sartigan"),
        ("Courcelles-Saint-Evariste", "Courcelles–Saint-Évariste", "beauce-sartigan"),
        ("STE-MARIE", "Sainte-Marie", "la-nouvelle-beauce"),
        ("ste marie", "Sainte-Marie", "la-nouvelle-beauce"),
        ("Ville de Montmagny", "Montmagny", "montmagny"),
    ],
)
def test_traps_resolve_offline(app: Flask, typed: str, name: str, mrc: str) -> None:
    with app.app_context():
        result = geocode_address(municipality=typed)

    assert result.municipality is not None
    assert (result.municipality.name, result.mrc) == (name, mrc)
    assert result.source == GeocodeSource.MUNICIPALITY
    assert result.precision == GeocodePrecision.MUNICIPALITY
    assert result.in_region
    assert result.warnings == []


def test_the_two_disraeli(gazetteer: Gazetteer) -> None:
    plain = gazetteer.find("Disraeli")
    parish = gazetteer.find("Paroisse de Disraeli")
    town = gazetteer.find("Disraeli (ville)")

    assert plain is not None
    assert parish is not None
    assert town is not None
    assert plain.entry.designation == "Ville"
    assert [h.designation for h in plain.homonyms] == ["Paroisse"]
    assert not plain.ambiguous_mrc  # both are in Les Appalaches: the MRC is certain
    assert parish.entry.designation == "Paroisse"
    assert town.entry.designation == "Ville"


def test_a_misspelt_town_is_read_but_flagged(app: Flask) -> None:
    with app.app_context():
        result = geocode_address(municipality="Montmagy")

    assert result.mrc == "montmagny"
    assert result.warning_kinds == ["municipality_guessed"]
    assert "Montmagny" in result.warnings[0].message


def test_fuzzy_match_never_invents_a_town(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Paris") is None
    assert gazetteer.find("Québec") is None
    assert gazetteer.find("Saint-Georges-de-Windsor") is None
    match = gazetteer.find("Saint-Lambert-de-Lauzone")
    assert match is not None
    assert match.kind is MatchKind.FUZZY
    assert match.entry.mrc == "la-nouvelle-beauce"


def test_urban_postal_code_places_the_block(app: Flask) -> None:
    with app.app_context():
        result = geocode_address(municipality="Lévis", postal_code="g6v4j8")

    assert result.source == GeocodeSource.POSTAL_CODE
    assert result.precision == GeocodePrecision.POSTAL_CODE
    assert (result.lat, result.lon) == pytest.approx((46.8083, -71.1781))
    assert result.mrc == "levis"


def test_rural_postal_code_places_only_the_village(app: Flask) -> None:
    with app.app_context():
        result = geocode_address(municipality="St-Jean-Port-Joli", postal_code="G0R 3G0")

    assert result.source == GeocodeSource.POSTAL_CODE
    assert result.precision == GeocodePrecision.MUNICIPALITY
    assert result.mrc == "l-islet"


def test_postal_code_alone_names_the_town(app: Flask) -> None:
    with app.app_context():
        result = geocode_address(postal_code="G5Y 0A1")

    assert result.municipality is not None
    assert result.municipality.name == "Saint-Georges"
    assert result.mrc == "beauce-sartigan"


def test_a_postal_code_far_from_the_town_loses_to_the_town(app: Flask) -> None:
    with app.app_context():
        # G6V 4J8 is in Lévis, ~80 km from Thetford Mines.
        result = geocode_address(municipality="Thetford Mines", postal_code="G6V 4J8")

    assert result.source == GeocodeSource.MUNICIPALITY
    assert result.mrc == "les-appalaches"
    assert result.warning_kinds == ["postal_code_disagrees"]
    assert "G6V 4J8" in result.warnings[0].message


def test_a_shared_package_point_is_not_trusted(app: Flask) -> None:
    book = PostalCodeBook()
    shared = book.lookup("G0S 0B3")  # one point for dozens of villages in the package
    assert shared is not None
    assert shared.shared
    with app.app_context():
        result = geocode_address(municipality="Saint-Lambert-de-Lauzon", postal_code="G0S 0B3")

    assert result.source == GeocodeSource.MUNICIPALITY
    assert result.mrc == "la-nouvelle-beauce"
    assert result.warnings == []


@pytest.mark.parametrize(
    ("town", "postal_code"),
    [("Québec", "G1A 0A2"), ("Montréal", "H1A 0A1"), ("", "H1A 0A1")],
)
def test_outside_the_region_is_said(app: Flask, town: str, postal_code: str) -> None:
    with app.app_context():
        result = geocode_address(municipality=town, postal_code=postal_code)

    assert result.found
    assert not result.in_region
    assert result.mrc is None
    assert "outside_region" in result.warning_kinds


def test_nothing_to_go_on_is_a_refusal_in_french(app: Flask) -> None:
    with app.app_context():
        result = geocode_address("12, rue Principale", "Paris")

    assert not result.found
    assert result.refusal is not None
    assert "municipalité de Chaudière-Appalaches" in result.refusal


def test_manual_point_wins(app: Flask) -> None:
    with app.app_context():
        result = geocode_address(
            "1, rue du Quai", "Montmagny", "G5V 0A1", manual_point=(46.98, -70.55)
        )

    assert result.source == GeocodeSource.MANUAL
    assert (result.lat, result.lon) == (46.98, -70.55)
    assert result.mrc == "montmagny"


def test_manual_point_in_another_mrc_is_flagged(app: Flask) -> None:
    with app.app_context():
        # The town says Montmagny; the pin is in Saint-Georges.
        result = geocode_address(municipality="Montmagny", manual_point=(46.1256, -70.6848))

    assert result.mrc == "montmagny"
    assert result.warning_kinds == ["mrc_mismatch"]


# --- GET /api/v1/geocode --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("q", "mrc", "source"),
    [
        ("G6V 4J8", "levis", "postal_code"),
        ("g6v4j8", "levis", "postal_code"),
        ("Saint-Romuald", "levis", "municipality"),
        ("St-Henri-de-Lévis", "bellechasse", "municipality"),
        ("ste-marie", "la-nouvelle-beauce", "municipality"),
        ("12, rue Principale, Montmagny", "montmagny", "municipality"),
        ("12 rue Principale Sainte Marie", "la-nouvelle-beauce", "municipality"),
        ("montmagy", "montmagny", "municipality"),
        ("rue Principale, St-Georges G5Y 0A1", "beauce-sartigan", "postal_code"),
    ],
)
def test_api_geocode(client: FlaskClient, q: str, mrc: str, source: str) -> None:
    response = client.get("/api/v1/geocode", query_string={"q": q})

    assert response.status_code == 200
    body = response.json
    assert body is not None
    assert set(body) >= {"lat", "lon", "source", "precision", "municipality", "mrc"}
    assert (body["mrc"], body["source"]) == (mrc, source)
    assert 45 < body["lat"] < 48
    assert -73 < body["lon"] < -69


def test_api_geocode_answers_in_utf8(client: FlaskClient) -> None:
    response = client.get("/api/v1/geocode", query_string={"q": "Courcelles"})

    assert "Courcelles–Saint-Évariste" in response.get_data(as_text=True)


@pytest.mark.parametrize("q", ["Paris", "H1A 0A1", "Québec G1A 0A2"])
def test_api_geocode_not_found_or_outside(client: FlaskClient, q: str) -> None:
    response = client.get("/api/v1/geocode", query_string={"q": q})

    assert response.status_code == 404
    assert response.json is not None
    assert re.search(
        r"[Hh]ors de Chaudière-Appalaches|Impossible de situer", response.json["message"]
    )


@pytest.mark.parametrize("q", ["", "   ", "x" * 201])
def test_api_geocode_bad_request(client: FlaskClient, q: str) -> None:
    response = client.get("/api/v1/geocode", query_string={"q": q})

    assert response.status_code == 400
    assert response.json is not None
    assert response.json["parameter"] == "q"
