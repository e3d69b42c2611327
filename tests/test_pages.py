"""Citizen pages served by the app: no CDN, no inline script without the nonce, escaped text."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient

from recupere_don.extensions import db
from recupere_don.models import Place

SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
# Scripts, stylesheets and images: what a page loads by itself (links to other sites are fine).
ASSET_URL = re.compile(
    r"""<(?:script|img|link)\b[^>]*?\b(?:src|href)=["']((?:https?:)?//[^"'/]+)""", re.IGNORECASE
)


def nonce_of(response) -> str:  # type: ignore[no-untyped-def]
    match = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"])
    assert match, response.headers["Content-Security-Policy"]
    return match.group(1)


def assert_scripts_are_files_or_nonced(html: str, nonce: str) -> None:
    for attributes in SCRIPT_TAG.findall(html):
        assert "src=" in attributes or f'nonce="{nonce}"' in attributes, attributes


def test_map_page_loads_only_from_the_app(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<html lang="fr">' in html
    assert "<title>" in html
    assert "/vendor/leaflet/1.9.3/leaflet.js" in html
    assert "/vendor/markercluster/1.4.1/leaflet.markercluster.js" in html
    foreign = [url for url in ASSET_URL.findall(html) if url != "http://localhost"]
    assert foreign == []
    for cdn in ("cdn.jsdelivr", "code.jquery", "cdnjs", "bootstrapcdn", "unpkg"):
        assert cdn not in html
    assert_scripts_are_files_or_nonced(html, nonce_of(response))


def test_csp_is_strict_and_names_the_tile_host(client: FlaskClient) -> None:
    csp = client.get("/").headers["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "img-src 'self' data: http://tiles.test.invalid" in csp
    assert "frame-ancestors 'none'" in csp
    # A fresh nonce per response.
    assert nonce_of(client.get("/")) != nonce_of(client.get("/"))


def test_vendor_assets_are_served_and_cached(client: FlaskClient) -> None:
    response = client.get("/vendor/leaflet/1.9.3/leaflet.js")
    assert response.status_code == 200
    assert b"Leaflet" in response.data[:400]
    assert "max-age=31536000" in response.headers["Cache-Control"]
    assert client.get("/vendor/leaflet/0.7/leaflet.js").status_code == 404
    assert client.get("/vendor/jquery/3/jquery.js").status_code == 404


def test_filters_from_the_url_are_checked_in_the_panel(client: FlaskClient) -> None:
    html = client.get("/?mrc=bellechasse&category=meubles,velos,nope").get_data(as_text=True)
    assert re.search(r'value="bellechasse"\s+checked', html)
    assert re.search(r'value="meubles"\s+checked', html)
    assert re.search(r'value="velos"\s+checked', html)
    assert not re.search(r'value="levis"\s+checked', html)


def test_detail_page_shows_what_a_citizen_needs(client: FlaskClient) -> None:
    feature = client.get("/api/v1/places?action=ramassage").get_json()["features"][0]
    props = feature["properties"]
    response = client.get(f"/lieux/{props['slug']}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert props["name"].replace("'", "&#39;") in html
    assert "Démonstration" in html
    assert "Ramassage à domicile" in html
    assert f'href="tel:{props["phone"].replace(" ", "").replace("-", "")}"' in html
    lat = feature["geometry"]["coordinates"][1]
    assert f"openstreetmap.org/directions?to={lat}" in html
    assert_scripts_are_files_or_nonced(html, nonce_of(response))


def test_unknown_place_is_a_friendly_404(client: FlaskClient) -> None:
    response = client.get("/lieux/nexiste-pas")
    assert response.status_code == 404
    assert "Page introuvable" in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)


def test_staff_text_is_escaped_on_the_detail_page(app: Flask, client: FlaskClient) -> None:
    payload = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    with app.app_context():
        place = db.session.scalars(db.select(Place).limit(1)).one()
        place.name = payload
        place.description_fr = payload
        place.website = "javascript:alert(3)"
        slug = place.slug
        db.session.commit()
    html = client.get(f"/lieux/{slug}").get_data(as_text=True)
    assert payload not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:alert" not in html
    # Nothing lost: the API returns the text exactly; escaping is each display's job.
    names = {f["properties"]["name"] for f in client.get("/api/v1/places").get_json()["features"]}
    assert payload in names


def test_english_switch_keeps_the_filters(client: FlaskClient) -> None:
    html = client.get("/?mrc=levis").get_data(as_text=True)
    assert 'href="/?mrc=levis&amp;lang=en"' in html
