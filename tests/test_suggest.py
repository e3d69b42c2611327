"""The search box's suggestions: items, places, place types and towns, grouped by kind."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from recupere_don import placewrites
from recupere_don.extensions import db
from recupere_don.models import Place, PlaceStatus


def suggest(
    client: FlaskClient, words: str, lang: str = "fr"
) -> dict[str, list[dict[str, object]]]:
    response = client.get("/api/v1/suggest", query_string={"q": words, "lang": lang})
    assert response.status_code == 200
    answer: dict[str, list[dict[str, object]]] = response.get_json()
    return answer


def test_a_town_is_suggested_with_its_point(client: FlaskClient) -> None:
    towns = suggest(client, "Saint-Georges")["municipalities"]
    assert towns[0]["name"] == "Saint-Georges"
    assert towns[0]["mrc"] == "beauce-sartigan"
    assert 46.0 < float(towns[0]["lat"]) < 46.3  # type: ignore[arg-type]
    assert -70.8 < float(towns[0]["lon"]) < -70.5  # type: ignore[arg-type]


def test_towns_are_found_as_typed_without_accents_or_by_an_alias(client: FlaskClient) -> None:
    assert suggest(client, "st geo")["municipalities"][0]["name"] == "Saint-Georges"
    assert suggest(client, "levis")["municipalities"][0]["name"] == "Lévis"
    assert suggest(client, "Charny")["municipalities"][0]["name"] == "Lévis"


def test_a_place_is_suggested_by_its_name_with_its_page(client: FlaskClient) -> None:
    places = suggest(client, "coffre a tres")["places"]
    assert [p["slug"] for p in places] == ["ressourcerie-le-coffre-a-tresors"]
    assert str(places[0]["url"]).endswith("/lieux/ressourcerie-le-coffre-a-tresors?lang=fr")
    assert places[0]["municipality"]


def test_a_place_type_is_suggested_in_the_asked_language(client: FlaskClient) -> None:
    assert suggest(client, "fripe")["place_types"] == [{"code": "friperie", "label": "Friperie"}]
    assert suggest(client, "ecocentre", "en")["place_types"] == [
        {"code": "ecocentre", "label": "Eco-centre (drop-off depot)"}
    ]


def test_items_are_suggested_as_the_items_endpoint_gives_them(client: FlaskClient) -> None:
    grouped = suggest(client, "matelas")
    assert grouped["items"] == client.get("/api/v1/items?q=matelas").get_json()
    assert grouped["items"][0]["item"] == "matelas"
    assert grouped["places"] == grouped["place_types"] == grouped["municipalities"] == []


def test_a_place_taken_off_the_map_is_no_longer_suggested(app: Flask, client: FlaskClient) -> None:
    assert suggest(client, "Coffre à trésors")["places"]
    with app.app_context():
        place = db.session.execute(
            db.select(Place).where(Place.slug == "ressourcerie-le-coffre-a-tresors")
        ).scalar_one()
        placewrites.set_status(place, PlaceStatus.ARCHIVED, None, place.version)
    assert suggest(client, "Coffre à trésors")["places"] == []


def test_unknown_parameters_and_long_words_are_refused(client: FlaskClient) -> None:
    refused = client.get("/api/v1/suggest?q=lit&page=2")
    assert refused.status_code == 400
    assert refused.get_json()["unknown"] == ["page"]
    assert client.get("/api/v1/suggest?q=" + "x" * 201).status_code == 400
    assert client.get("/api/v1/suggest").get_json() == {
        "items": [],
        "places": [],
        "place_types": [],
        "municipalities": [],
    }
