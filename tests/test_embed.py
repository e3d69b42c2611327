"""The embed, its data, framing rules, cookies, oEmbed and the standalone export (test client)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from recupere_don.embed import operations
from recupere_don.embed.settings import EmbedSettings, Look, Preset
from recupere_don.extensions import db
from recupere_don.models import Place
from tests.test_admin_support import ADMIN_EMAIL, log_in, make_user

NASTY = "Chez <b>Lou</b> `x` ${alert(1)} \\u0041 </script>"


def features(client: FlaskClient, url: str) -> list[dict[str, Any]]:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    found: list[dict[str, Any]] = response.get_json()["features"]
    return found


def names(found: list[dict[str, Any]]) -> list[str]:
    return sorted(f["properties"]["name"] for f in found)


def save(app: Flask, slug: str, preset: Preset, look: Look | None = None) -> None:
    with app.test_request_context():
        operations.save_config(None, slug, slug.title(), EmbedSettings(preset, look or Look()))


# --- the frame ---------------------------------------------------------------------------------


def test_embed_without_preset_is_framable_by_anyone_and_sets_no_cookie(
    client: FlaskClient,
) -> None:
    response = client.get("/embed")
    assert response.status_code == 200
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors *" in csp
    assert "X-Frame-Options" not in response.headers
    assert "Set-Cookie" not in response.headers
    page = response.get_data(as_text=True)
    assert 'id="map-app"' in page
    assert 'data-api="/embed/places/all"' in page
    # A discreet link to the full site, opened outside the frame.
    assert '<base target="_blank">' in page
    assert 'class="embed-brand" href="http://localhost/"' in page


def test_preset_moves_into_the_path_and_the_look_stays_in_the_query(client: FlaskClient) -> None:
    response = client.get("/embed?mrc=bellechasse&category=meubles,velos&view=list&controls=0")
    assert response.status_code == 302
    assert response.location == (
        "/embed/p/mrc=bellechasse&category=meubles,velos?view=list&controls=0"
    )
    page = client.get(response.location).get_data(as_text=True)
    assert 'data-api="/embed/places/mrc=bellechasse&amp;category=meubles,velos"' in page
    assert "embed--list" in page
    assert '<div class="embed-controls" hidden>' in page
    # A stale code is dropped: the partner's page still shows a map.
    assert client.get("/embed?mrc=atlantide").status_code == 200


def test_frame_offers_only_choices_inside_the_scope(client: FlaskClient) -> None:
    page = client.get("/embed/p/mrc=bellechasse&category=meubles,velos").get_data(as_text=True)
    offered = re.findall(r'name="category" value="([^"]+)"', page)
    assert offered == ["meubles", "velos"]
    # One MRC: nothing to choose, no MRC boxes.
    assert 'name="mrc"' not in page


def test_embed_data_is_the_api_inside_the_scope(client: FlaskClient) -> None:
    api = names(features(client, "/api/v1/places?mrc=bellechasse"))
    assert api
    assert names(features(client, "/embed/places/mrc=bellechasse")) == api
    assert names(features(client, "/embed/places/mrc=bellechasse?mrc=bellechasse&lang=fr")) == api
    narrowed = names(features(client, "/api/v1/places?mrc=bellechasse,levis&category=meubles"))
    assert (
        names(features(client, "/embed/places/mrc=bellechasse,levis?category=meubles")) == narrowed
    )
    # A visitor cannot widen the partner's scope.
    assert features(client, "/embed/places/mrc=bellechasse?mrc=levis") == []
    everything = names(features(client, "/api/v1/places"))
    assert names(features(client, "/embed/places/all")) == everything
    bad = client.get("/embed/places/all?near=abc")
    assert bad.status_code == 400
    assert bad.get_json()["parameter"] == "near"


def test_saved_configuration_changes_reach_every_partner(app: Flask, client: FlaskClient) -> None:
    save(app, "mrc-bellechasse", Preset(mrcs=("bellechasse",)), Look("map", False, 300))
    page = client.get("/embed/mrc-bellechasse").get_data(as_text=True)
    assert 'data-api="/embed/places/mrc=bellechasse"' in page
    assert "--map-height: 300px" in page
    with app.test_request_context():
        config = operations.config_by_slug("mrc-bellechasse")
        assert config is not None
        operations.save_config(
            config, "mrc-bellechasse", "Bellechasse", EmbedSettings(Preset(mrcs=("levis",)))
        )
    page = client.get("/embed/mrc-bellechasse").get_data(as_text=True)
    assert 'data-api="/embed/places/mrc=levis"' in page
    assert client.get("/embed/inconnue").status_code == 404


# --- framing and cookies ------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/integrer", "/admin/login", "/lieux/inconnu"])
def test_every_other_page_refuses_to_be_framed(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_no_html_page_but_the_embed_may_be_framed(app: Flask, client: FlaskClient) -> None:
    """Walk every GET route without parameters: only /embed… lets another site frame it."""
    checked = 0
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or set()) or rule.arguments:
            continue
        response = client.get(rule.rule)
        if response.mimetype != "text/html":
            continue
        csp = response.headers.get("Content-Security-Policy", "")
        if rule.rule.startswith("/embed"):
            assert "X-Frame-Options" not in response.headers, rule.rule
        elif response.status_code == 200:
            assert response.headers.get("X-Frame-Options") == "DENY", rule.rule
            assert "frame-ancestors 'none'" in csp, rule.rule
            checked += 1
    assert checked >= 3


def test_place_pages_refuse_to_be_framed(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        slug = db.session.execute(select(Place.slug).limit(1)).scalar_one()
    response = client.get(f"/lieux/{slug}")
    assert response.status_code == 200
    assert response.headers["X-Frame-Options"] == "DENY"


def test_allowed_origins_come_from_the_configuration(app: Flask) -> None:
    app.config["EMBED_ALLOWED_ORIGINS"] = (
        "https://www.mrcbellechasse.qc.ca, https://*.levis.ca javascript:alert(1)"
    )
    csp = app.test_client().get("/embed").headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://www.mrcbellechasse.qc.ca https://*.levis.ca" in csp
    assert "javascript" not in csp


def test_embed_sets_no_cookie_even_for_a_signed_in_staff_member(
    app: Flask, client: FlaskClient
) -> None:
    make_user(app, ADMIN_EMAIL, "admin")
    assert log_in(client, ADMIN_EMAIL).status_code == 302
    save(app, "partout", Preset())
    # The premise: a permanent session's cookie is refreshed on ordinary pages.
    assert "Set-Cookie" in client.get("/").headers
    for url in [
        "/embed",
        "/embed?mrc=levis",
        "/embed/p/mrc=levis",
        "/embed/partout",
        "/embed/places/mrc=levis",
        "/embed/mrcs/all",
        "/oembed?url=http://localhost/embed",
        "/export/carte.html?mrc=levis",
        "/embed/inconnue",
    ]:
        response = client.get(url)
        assert "Set-Cookie" not in response.headers, url
        assert "Cookie" not in response.headers.get("Vary", ""), url


def test_embed_pages_never_use_csrf_tokens(client: FlaskClient) -> None:
    for url in ["/embed", "/embed/p/mrc=levis"]:
        assert "csrf" not in client.get(url).get_data(as_text=True).lower()


# --- oEmbed ---------------------------------------------------------------------------------------


def test_oembed_answers_valid_json_for_the_map_and_the_embeds(
    app: Flask, client: FlaskClient
) -> None:
    save(app, "velos-levis", Preset(mrcs=("levis",), categories=("velos",)))
    for url, frame in [
        ("http://localhost/?mrc=bellechasse", "http://localhost/embed?mrc=bellechasse"),
        (
            "http://localhost/embed?mrc=levis&view=map",
            "http://localhost/embed?mrc=levis&amp;view=map",
        ),
        ("http://localhost/embed/p/mrc=levis", "http://localhost/embed?mrc=levis"),
        ("http://localhost/embed/velos-levis", "http://localhost/embed/velos-levis"),
    ]:
        response = client.get("/oembed", query_string={"url": url, "format": "json"})
        assert response.status_code == 200, (url, response.get_data(as_text=True))
        assert response.mimetype == "application/json"
        data = json.loads(response.get_data(as_text=True))
        assert data["version"] == "1.0"
        assert data["type"] == "rich"
        assert data["provider_name"] == "Récupère-DON!"
        assert isinstance(data["width"], int)
        assert isinstance(data["height"], int)
        assert f'<iframe src="{frame}"' in data["html"], (url, data["html"])
        assert 'allow="geolocation"' in data["html"]
    named = client.get("/oembed?url=http://localhost/embed/velos-levis").get_json()
    assert named["title"] == "Velos-Levis"


def test_oembed_respects_max_sizes(client: FlaskClient) -> None:
    data = client.get("/oembed?url=http://localhost/embed&maxwidth=400&maxheight=300").get_json()
    assert (data["width"], data["height"]) == (400, 300)
    assert 'height="300"' in data["html"]


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"url": "https://evil.example/embed"}, 404),
        ({"url": "http://localhost.evil.example/embed"}, 404),
        ({"url": "javascript:alert(1)//localhost/embed"}, 404),
        ({"url": "http://localhost/admin/places"}, 404),
        ({"url": "http://localhost/lieux/quelque-part"}, 404),
        ({"url": "http://localhost/embed/inconnue"}, 404),
        ({"url": "http://localhost/embed", "format": "xml"}, 501),
        ({}, 400),
    ],
)
def test_oembed_refuses_what_it_will_not_embed(
    client: FlaskClient, query: dict[str, str], status: int
) -> None:
    response = client.get("/oembed", query_string=query)
    assert response.status_code == status
    assert response.is_json


@pytest.mark.parametrize("url", ["http://[::1", "http://[x]/embed", "http://localhost]/embed"])
def test_oembed_refuses_a_url_that_is_not_one_in_french(client: FlaskClient, url: str) -> None:
    response = client.get("/oembed", query_string={"url": url})
    assert response.status_code == 400
    assert response.get_json()["parameter"] == "url"
    assert "n'est pas une adresse web valide" in response.get_json()["message"]
    english = client.get("/oembed", query_string={"url": url, "lang": "en"}).get_json()
    assert "not a valid web address" in english["message"]


def test_oembed_discovery_links_on_the_map_and_the_embed(client: FlaskClient) -> None:
    link = re.compile(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"')
    for url in ["/?mrc=levis", "/embed/p/mrc=levis"]:
        found = link.search(client.get(url).get_data(as_text=True))
        assert found, url
        href = found.group(1).replace("&amp;", "&")
        assert href.startswith("http://localhost/oembed?url=http")
        assert client.get(href).status_code == 200
    assert not link.search(client.get("/integrer").get_data(as_text=True))


# --- the configurator -----------------------------------------------------------------------------


def test_configurator_works_without_javascript(client: FlaskClient) -> None:
    page = client.get("/integrer?mrc=bellechasse&category=meubles").get_data(as_text=True)
    assert "Intégrer cette carte sur votre site" in page
    assert (
        "&lt;script src=&#34;http://localhost/static/embed.js&#34; data-mrc=&#34;bellechasse&#34; "
        "data-category=&#34;meubles&#34; async&gt;&lt;/script&gt;" in page
    )
    assert "http://localhost/export/carte.html?mrc=bellechasse&amp;category=meubles" in page
    code = client.get("/integrer/code?mrc=levis&q=<b>&lang=en").get_json()
    assert code["script_attributes"] == {"data-mrc": "levis", "data-q": "<b>", "data-lang": "en"}
    assert 'data-q="&lt;b&gt;"' in code["script"]
    assert "Map of reuse places" in code["iframe"]


# --- the standalone export --------------------------------------------------------------------


def export_places(html: str) -> list[dict[str, Any]]:
    """The places of an exported file, read back from its JSON island."""
    found = re.search(
        r'<script type="application/json" id="recupere-don-places">(.*?)</script>', html, re.DOTALL
    )
    assert found is not None
    places: list[dict[str, Any]] = json.loads(found.group(1))["places"]
    return places


def test_export_is_one_self_contained_file(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        place = (
            db.session.execute(select(Place).where(Place.mrc.has(slug="levis"))).scalars().first()
        )
        assert place is not None
        place.name = NASTY
        db.session.commit()
    response = client.get("/export/carte.html?mrc=levis")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == (
        'attachment; filename="recupere-don-carte-levis.html"'
    )
    html = response.get_data(as_text=True)
    # Leaflet and MarkerCluster inside; nothing fetched but tiles.
    assert "Leaflet" in html
    assert "markerClusterGroup" in html
    assert not re.search(r"<script[^>]+src=", html)
    assert "<link" not in html.replace('<link rel="alternate"', "")
    assert "default-src 'none'" in html
    # The staff-typed name: escaped text in the list, JSON inside scripts, never raw.
    assert NASTY not in html
    assert "<b>Lou</b>" not in html
    assert "Chez &lt;b&gt;Lou&lt;/b&gt;" in html
    scripts = re.findall(r"<script>(.*?)</script>", html, flags=re.DOTALL)
    assert all("</script" not in s.lower() for s in scripts)
    markers = len(features(client, "/api/v1/places?mrc=levis"))
    assert len(export_places(html)) == markers
    assert NASTY in [p["name"] for p in export_places(html)]


def test_export_without_filters_covers_the_region(client: FlaskClient) -> None:
    response = client.get("/export/carte.html")
    assert (
        'filename="recupere-don-carte-chaudiere-appalaches.html"'
        in response.headers["Content-Disposition"]
    )
    assert len(export_places(response.get_data(as_text=True))) == len(
        features(client, "/api/v1/places")
    )


def test_export_in_english(client: FlaskClient) -> None:
    html = client.get("/export/carte.html?mrc=levis&lang=en").get_data(as_text=True)
    assert '<html lang="en">' in html


# --- the frame keeps map.js's contract ----------------------------------------------------------

MAP_JS = Path(__file__).resolve().parent.parent / "static" / "map.js"
# Elements map.js looks up but checks for null before use.
OPTIONAL_IDS = {"lang-switch", "panel-title", "search-label"}
# The page may announce its first API answer (a preload) and, when large, server clusters;
# the embed does neither.
OPTIONAL_DATA = {"initial-api", "clusters-api"}


def test_embed_meets_map_js_contract(client: FlaskClient) -> None:
    """The embed reuses static/map.js: every element, data attribute and text it reads is there."""
    script = MAP_JS.read_text(encoding="utf-8")
    page = client.get("/embed/p/mrc=levis").get_data(as_text=True)
    ids = set(re.findall(r'getElementById\("([\w-]+)"\)', script)) - OPTIONAL_IDS
    missing_ids = sorted(i for i in ids if f'id="{i}"' not in page)
    assert not missing_ids, f"map.js needs these ids in templates/embed/frame.html: {missing_ids}"
    read = set(re.findall(r"root\.dataset\.(\w+)\b(?!\s*=[^=])", script))
    written = set(re.findall(r"root\.dataset\.(\w+)\s*=[^=]", script))
    attributes = {re.sub(r"[A-Z]", lambda m: "-" + m.group(0).lower(), n) for n in read - written}
    attributes -= OPTIONAL_DATA  # read with a fallback when absent
    missing_data = sorted(a for a in attributes if f"data-{a}=" not in page)
    assert not missing_data, f"map.js reads these data attributes: {missing_data}"
    i18n = re.search(r'<script type="application/json" id="map-i18n"[^>]*>(.*?)</script>', page)
    assert i18n
    keys = set(json.loads(i18n.group(1)))
    missing_text = sorted(set(re.findall(r"\btext\.(\w+)", script)) - keys)
    assert not missing_text, f"map.js uses these #map-i18n keys: {missing_text}"
    for name in re.findall(r"""querySelector\("(?:input|select)\[name='(\w+)'\]"\)""", script):
        assert f'name="{name}"' in page, name
