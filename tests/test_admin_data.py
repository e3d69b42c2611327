"""Import and export in the browser, the review queue, the taxonomy editor."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import timedelta
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from recupere_don.admin.exports import neutralise
from recupere_don.admin.models import PlaceRevision
from recupere_don.extensions import db
from recupere_don.models import Category, Place, SearchMiss, Synonym, utcnow
from tests.factories import make_place
from tests.test_admin_support import (
    admin_client,
    csrf_token,
    editor_client,
    get_place,
)

__all__ = ["admin_client", "editor_client"]

HEADER = (
    "name;address;municipality;postal_code;categories;actions;place_type;phone;website;"
    "email;opening_hours;description"
)
GOOD = (
    "Friperie du Test;120, rue Principale;Ste-Marie;g6e1a1;vetements;donner;friperie;"
    "418 555-0199;friperie.example;;Mo-Fr 09:00-17:00;Vêtements pour toute la famille"
)
BAD = "Lieu sans ville;1, rue Nulle;Atlantide;;vetements;donner;friperie;;;;;"


def _upload(client: FlaskClient, body: str, name: str = "partenaire.csv") -> str:
    token = csrf_token(client, "/admin/import")
    response = client.post(
        "/admin/import",
        data={"csrf_token": token, "file": (io.BytesIO(body.encode("utf-8")), name)},
        content_type="multipart/form-data",
    )
    assert response.status_code == 200, response.get_data(as_text=True)[:2000]
    return response.get_data(as_text=True)


def _count(app: Flask, model: type) -> int:
    with app.app_context():
        return int(db.session.execute(select(func.count()).select_from(model)).scalar_one())


def test_import_previews_every_row_then_writes_on_confirmation(
    app: Flask, admin_client: FlaskClient
) -> None:
    before = _count(app, Place)
    page = _upload(admin_client, "\n".join([HEADER, GOOD, BAD]) + "\n")
    assert "rien n'est encore écrit" in page
    assert "Friperie du Test" in page
    assert "Atlantide" in page or "Lieu sans ville" in page
    assert 'class="report-row-error" data-line="3"' in page
    assert _count(app, Place) == before, "the preview wrote nothing"

    token = re.search(r'name="token" type="hidden" value="([^"]+)"', page)
    assert token
    confirm = admin_client.post(
        "/admin/import/confirm",
        data={"csrf_token": csrf_token(admin_client, "/admin/import"), "token": token.group(1)},
    )
    assert confirm.status_code == 200
    assert "Importation terminée" in confirm.get_data(as_text=True)
    assert _count(app, Place) == before + 1
    with app.app_context():
        place = db.session.execute(
            select(Place).where(Place.name == "Friperie du Test")
        ).scalar_one()
        assert place.mrc is not None
        assert place.mrc.slug == "la-nouvelle-beauce"
        revision = db.session.execute(
            select(PlaceRevision).where(PlaceRevision.place_id == place.id)
        ).scalar_one()
        assert revision.kind == "create"
        assert revision.author_label == "import: partenaire.csv"
    # The same token cannot be used twice.
    again = admin_client.post(
        "/admin/import/confirm",
        data={"csrf_token": csrf_token(admin_client, "/admin/import"), "token": token.group(1)},
    )
    assert again.status_code == 409
    assert _count(app, Place) == before + 1


def test_import_of_a_broken_file_says_why_and_writes_nothing(
    app: Flask, admin_client: FlaskClient
) -> None:
    before = _count(app, Place)
    token = csrf_token(admin_client, "/admin/import")
    response = admin_client.post(
        "/admin/import",
        data={"csrf_token": token, "file": (io.BytesIO(b"nom;ville\nA;B\n"), "x.csv")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    assert "alert-error" in response.get_data(as_text=True)
    assert _count(app, Place) == before


def test_confirm_needs_the_same_session(app: Flask, admin_client: FlaskClient) -> None:
    page = _upload(admin_client, "\n".join([HEADER, GOOD]) + "\n")
    token = re.search(r'name="token" type="hidden" value="([^"]+)"', page)
    assert token
    from tests.test_admin_support import ADMIN_EMAIL, log_in

    other = app.test_client()
    log_in(other, ADMIN_EMAIL)
    response = other.post(
        "/admin/import/confirm",
        data={"csrf_token": csrf_token(other, "/admin/import"), "token": token.group(1)},
    )
    assert response.status_code == 409


def test_csv_export_opens_in_french_excel_and_is_inert(
    app: Flask, admin_client: FlaskClient
) -> None:
    make_place(
        app,
        name='=HYPERLINK("http://evil.example","clic")',
        description_fr="@SUM(1+1) <script>alert(1)</script>",
        hours_note_fr="+33 test",
    )
    response = admin_client.get("/admin/export.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    text = body.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows[0].keys() >= {"name", "municipality", "latitude", "status"}
    evil = next(r for r in rows if "HYPERLINK" in r["name"])
    assert evil["name"].startswith("'=")
    assert evil["description"].startswith("'@")
    assert "Lévis" in text or "Saint-Georges" in text, "accents intact"
    # Decimal commas for Excel in French; negative longitudes are numbers, not formulas.
    assert re.fullmatch(r"-\d+,\d+", evil["longitude"])


def test_neutralise_leaves_numbers_and_plain_text_alone() -> None:
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("+1 418") == "'+1 418"
    assert neutralise("-cmd") == "'-cmd"
    assert neutralise("@x") == "'@x"
    assert neutralise("-71,2") == "-71,2"
    assert neutralise("Friperie") == "Friperie"


def test_exports_follow_the_current_filter(app: Flask, editor_client: FlaskClient) -> None:
    everything = editor_client.get("/admin/export.geojson").get_json()
    bellechasse = editor_client.get("/admin/export.geojson?mrc=bellechasse").get_json()
    assert 0 < len(bellechasse["features"]) < len(everything["features"])
    assert {f["properties"]["mrc"] for f in bellechasse["features"]} == {"bellechasse"}
    assert {"status", "geocode_source"} <= set(bellechasse["features"][0]["properties"])
    csv_text = editor_client.get("/admin/export.csv?mrc=bellechasse").get_data().decode()
    assert len(csv_text.strip().splitlines()) == len(bellechasse["features"]) + 1
    page = editor_client.get("/admin/places?mrc=bellechasse").get_data(as_text=True)
    assert "/admin/export.csv?mrc=bellechasse" in page


def test_review_queue_lists_what_needs_attention(app: Flask, editor_client: FlaskClient) -> None:
    centre: dict[str, Any] = {"geocode_source": "municipality", "geocode_precision": "municipality"}
    first = make_place(app, "Saint-Georges", name="Comptoir Saint-Joseph", **centre)
    make_place(
        app, "Saint-Georges", name="Comptoir St-Joseph", opening_hours="Mo-Fr 09:00-17:00", **centre
    )
    page = editor_client.get("/admin/review").get_data(as_text=True)
    assert "Heures manquantes ou invalides" in page
    assert "Localisés seulement à la municipalité" in page
    duplicates = page.split('id="duplicates"', 1)[1].split("</section>", 1)[0]
    assert "Comptoir Saint-Joseph" in duplicates
    assert "Comptoir St-Joseph" in duplicates
    hours = page.split('id="review-hours"', 1)[1].split("</section>", 1)[0]
    assert f"/admin/places/{first}" in hours


def test_recently_verified_places_leave_the_stale_list(
    app: Flask, editor_client: FlaskClient
) -> None:
    place_id = make_place(app, name="Bouquinerie vérifiée")
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        place.created_at = utcnow() - timedelta(days=400)
        place.verified_at = utcnow() - timedelta(days=30)
        db.session.commit()
    page = editor_client.get("/admin/review").get_data(as_text=True)
    stale = page.partition('id="review-stale"')[2].split("</section>", 1)[0]
    assert f'/admin/places/{place_id}"' not in stale
    assert get_place(app, place_id).verified_at is not None


def test_search_miss_becomes_a_synonym_in_one_click(app: Flask, admin_client: FlaskClient) -> None:
    # Two citizens, two spellings: one missed search counted twice.
    for words in ("trucmuche", "Trucmuche"):
        assert admin_client.get("/api/v1/places", query_string={"q": words}).status_code == 200
    page = admin_client.get("/admin/review").get_data(as_text=True)
    misses = page.split('id="misses"', 1)[1]
    assert "trucmuche" in misses.lower()
    assert re.search(r"<td[^>]*>2</td>", misses), "the two spellings count as one miss, twice"
    token = csrf_token(admin_client, "/admin/review")
    response = admin_client.post(
        "/admin/review/misses/synonym",
        data={
            "csrf_token": token,
            "text": "trucmuche",
            "category_code": "meubles",
            "lang": "fr",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        assert db.session.execute(
            select(Synonym).where(Synonym.term == "trucmuche", Synonym.category_code == "meubles")
        ).scalar_one()
        assert db.session.execute(select(func.count(SearchMiss.id))).scalar_one() == 0
    # The citizen search now finds it.
    items = admin_client.get("/api/v1/items?q=trucmuche").get_json()
    assert any(item["category"] == "meubles" for item in items)


def test_editor_cannot_add_synonyms(editor_client: FlaskClient) -> None:
    token = csrf_token(editor_client, "/admin/review")
    response = editor_client.post(
        "/admin/review/misses/synonym",
        data={"csrf_token": token, "text": "x", "category_code": "meubles", "lang": "fr"},
    )
    assert response.status_code == 403


def test_admin_renames_a_category_but_never_its_code(app: Flask, admin_client: FlaskClient) -> None:
    token = csrf_token(admin_client, "/admin/taxonomy")
    response = admin_client.post(
        "/admin/taxonomy/categories/meubles",
        data={"csrf_token": token, "label_fr": "Meubles et mobilier", "label_en": "Furniture"},
    )
    assert response.status_code == 302
    with app.app_context():
        category = db.session.get_one(Category, "meubles")
        assert category.label_fr == "Meubles et mobilier"
    categories = admin_client.get("/api/v1/categories").get_json()
    assert {"code": "meubles", "label_fr": "Meubles et mobilier"}.items() <= next(
        c for c in categories if c["code"] == "meubles"
    ).items()
    empty = admin_client.post(
        "/admin/taxonomy/categories/meubles",
        data={"csrf_token": token, "label_fr": "", "label_en": "Furniture"},
        follow_redirects=True,
    )
    assert "obligatoire dans les deux langues" in empty.get_data(as_text=True)


def test_admin_adds_and_removes_a_synonym(app: Flask, admin_client: FlaskClient) -> None:
    token = csrf_token(admin_client, "/admin/taxonomy")
    admin_client.post(
        "/admin/taxonomy/synonyms",
        data={
            "csrf_token": token,
            "term": "berceuse de grand-maman",
            "lang": "fr",
            "category_code": "meubles",
        },
    )
    with app.app_context():
        synonym = db.session.execute(
            select(Synonym).where(Synonym.term == "berceuse de grand-maman")
        ).scalar_one()
        synonym_id = synonym.id
    admin_client.post(f"/admin/taxonomy/synonyms/{synonym_id}/delete", data={"csrf_token": token})
    with app.app_context():
        assert db.session.get(Synonym, synonym_id) is None


def test_geojson_export_is_valid_json_with_text_as_data(
    app: Flask, admin_client: FlaskClient
) -> None:
    make_place(app, name='"><img src=x onerror=alert(1)>')
    response = admin_client.get("/admin/export.geojson")
    assert response.mimetype == "application/geo+json"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    data = json.loads(response.get_data())
    assert any(
        f["properties"]["name"] == '"><img src=x onerror=alert(1)>' for f in data["features"]
    )


def test_admin_checks_official_boundaries_before_replacing_them(
    app: Flask, admin_client: FlaskClient
) -> None:
    from tests.conftest import reference_file

    token = csrf_token(admin_client, "/admin/boundaries")
    projected = json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"name": "Bellechasse"},
                    "geometry": {
                        "type": "Polygon",
                        "coordinates": [
                            [
                                [250000, 5200000],
                                [260000, 5200000],
                                [250000, 5210000],
                                [250000, 5200000],
                            ]
                        ],
                    },
                }
            ],
        }
    ).encode()
    refused = admin_client.post(
        "/admin/boundaries",
        data={"csrf_token": token, "file": (io.BytesIO(projected), "mrc.geojson"), "dry_run": "y"},
        content_type="multipart/form-data",
    )
    assert refused.status_code == 422
    assert "alert-error" in refused.get_data(as_text=True)

    official = reference_file("mrc_chaudiere_appalaches.geojson").read_bytes()
    checked = admin_client.post(
        "/admin/boundaries",
        data={"csrf_token": token, "file": (io.BytesIO(official), "mrc.geojson"), "dry_run": "y"},
        content_type="multipart/form-data",
    )
    assert checked.status_code == 200
    assert "simulation" in checked.get_data(as_text=True)
    with app.app_context():
        from recupere_don.models import Mrc

        assert all(
            m.outline_source == "approximate" for m in db.session.execute(select(Mrc)).scalars()
        )


def test_editor_cannot_replace_boundaries(editor_client: FlaskClient) -> None:
    assert editor_client.get("/admin/boundaries").status_code == 403


def test_reverting_an_imported_creation_archives_the_place(
    app: Flask, admin_client: FlaskClient
) -> None:
    page = _upload(admin_client, "\n".join([HEADER, GOOD]) + "\n")
    token = re.search(r'name="token" type="hidden" value="([^"]+)"', page)
    assert token
    admin_client.post(
        "/admin/import/confirm",
        data={"csrf_token": csrf_token(admin_client, "/admin/import"), "token": token.group(1)},
    )
    with app.app_context():
        place = db.session.execute(
            select(Place).where(Place.name == "Friperie du Test")
        ).scalar_one()
        place_id, version = place.id, place.version
        revision_id = db.session.execute(
            select(PlaceRevision.id).where(PlaceRevision.place_id == place_id)
        ).scalar_one()
    admin_client.post(
        f"/admin/places/{place_id}/history/{revision_id}/revert",
        data={"csrf_token": csrf_token(admin_client, "/admin/places"), "version": version},
    )
    place = get_place(app, place_id)
    assert place.status == "archived"
    assert place.name == "Friperie du Test"
