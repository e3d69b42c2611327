"""Place data and configuration stay text in the standalone export and the maps: never template
source (issue 9, item 1); the export is built once per data version and served with an ETag
(item 2)."""

from __future__ import annotations

import gzip
import json
import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from markupsafe import escape
from sqlalchemy import select

from recupere_don.embed.export import export_cache
from recupere_don.extensions import db
from recupere_don.geo.mapbuilder import js_string
from recupere_don.models import Category, Place, PlaceStatus

HOSTILE = [
    "{{7*7}}",
    "{% broken",
    "{{ lipsum.__globals__ }}",
    "{# open comment",
    "${alert(1)}",
    "`backticks` ${7*7}",
    "</script><script>alert(1)</script>",
    "\u202eRTL override",
    "<!-- <script> & \u2028 \\u0041",
]
EXPORT = "/export/carte.html?mrc=levis"


def export_places(html: str) -> list[dict[str, Any]]:
    """The places of an exported file, read back from its JSON island."""
    found = re.search(
        r'<script type="application/json" id="recupere-don-places">(.*?)</script>', html, re.DOTALL
    )
    assert found is not None
    places: list[dict[str, Any]] = json.loads(found.group(1))["places"]
    return places


def make_hostile(app: Flask, text: str) -> tuple[str, str, str, str]:
    """A published place of Lévis named, addressed and categorised with `text`; its slug."""
    with app.app_context():
        place = (
            db.session.execute(
                select(Place)
                .where(Place.mrc.has(slug="levis"), Place.status == PlaceStatus.PUBLISHED)
                .order_by(Place.id)
            )
            .scalars()
            .first()
        )
        assert place is not None
        assert place.category_codes
        category = db.session.get(Category, place.category_codes[0])
        assert category is not None
        place.name = f"Essai {text}"
        place.address = f"{text} rue"
        category.label_fr = f"Objets {text}"
        db.session.commit()
        return place.slug, place.name, place.address, category.label_fr


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_place_text_stays_text_in_the_export(
    app: Flask, client: FlaskClient, text: str
) -> None:
    slug, name, address, category_label = make_hostile(app, text)
    response = client.get(EXPORT)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    (place,) = [p for p in export_places(html) if p["url"].endswith(f"/lieux/{slug}")]
    assert place["name"] == name
    assert place["address"].startswith(address + ",")
    assert category_label in place["takes"].split(", ")
    # Nothing was evaluated, and nothing closed a script early.
    assert "Essai 49" not in html
    assert "Objets 49" not in html
    assert "__builtins__" not in html
    assert "alert(1)</script>" not in html
    # The list under the map shows the same text, escaped.
    assert str(escape(name)) in html


def test_hostile_tile_configuration_stays_text(app: Flask, client: FlaskClient) -> None:
    """TILE_URL and TILE_ATTRIBUTION are configuration, but are not template source either."""
    app.config["TILE_ATTRIBUTION"] = "Tuiles {{7*7}} {% raw © </script>"
    app.config["TILE_URL"] = "http://tiles.test.invalid/{{z}}/{x}/{y}.png"
    with app.app_context():
        slug = db.session.execute(
            select(Place.slug).where(Place.status == PlaceStatus.PUBLISHED)
        ).scalar()
    for url in ["/", "/embed", f"/lieux/{slug}", "/export/carte.html"]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.get_data(as_text=True)
        assert js_string(app.config["TILE_ATTRIBUTION"]) in html, url
        assert js_string(app.config["TILE_URL"]) in html, url
        assert "Tuiles 49" not in html, url


def test_export_is_built_once_and_revalidated_by_etag(app: Flask, client: FlaskClient) -> None:
    first = client.get(EXPORT)
    etag = first.headers["ETag"]
    again = client.get(EXPORT)
    assert again.headers["ETag"] == etag
    assert again.get_data() == first.get_data()
    # A parameter that changes nothing does not make another file (nor bypass the cache).
    assert client.get(EXPORT + "&nocache=12345").headers["ETag"] == etag
    revalidated = client.get(EXPORT, headers={"If-None-Match": etag})
    assert revalidated.status_code == 304
    assert revalidated.get_data() == b""
    # A staff edit shows in the next download.
    _slug, name, _address, _label = make_hostile(app, "modifié")
    changed = client.get(EXPORT)
    assert changed.headers["ETag"] != etag
    assert name in [p["name"] for p in export_places(changed.get_data(as_text=True))]


def test_export_gzipped_bytes_are_the_same_file(client: FlaskClient) -> None:
    plain = client.get(EXPORT).get_data()
    zipped = client.get(EXPORT, headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped.get_data()) == plain


def test_export_cache_is_bounded(app: Flask, client: FlaskClient) -> None:
    mrcs = ["levis", "bellechasse", "lotbiniere", "montmagny", "l-islet", "les-etchemins"]
    queries = [f"/export/carte.html?mrc={m}" for m in mrcs]
    queries += [f"/export/carte.html?mrc={m}&lang=en" for m in mrcs]
    queries += [f"/export/carte.html?mrc={m}&category=meubles" for m in mrcs]
    etags = [client.get(q).headers["ETag"].strip('"') for q in queries]
    assert len(set(etags)) == len(queries) > 16
    with app.app_context():
        cache = export_cache(app)
        assert cache.get(etags[0]) is None  # the oldest file was dropped
        assert cache.get(etags[-1]) is not None
