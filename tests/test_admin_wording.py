"""Staff screens speak French, not code: names instead of slugs and codes, no tool names, the
review queue's year counted from creation, synonyms filed under a category someone chose, and
one line per missed search however it was spelt."""

from __future__ import annotations

import html
import io
import re
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from recupere_don import placewrites
from recupere_don.extensions import db
from recupere_don.item_lookup import log_miss
from recupere_don.models import Municipality, Place, SearchMiss, Synonym, utcnow
from tests.factories import make_place
from tests.test_admin_support import admin_client, csrf_token, editor_client

__all__ = ["admin_client", "editor_client"]

# Codes a staff member should never have to decode on these pages.
CODES = re.compile(
    r"\b(?:levis|beauce-sartigan|les-etchemins|ressourcerie|friperie|postal_code|municipality|"
    r"nominatim|manual|street|address|vetements|meubles|electromenagers|donner|ramassage|"
    r"published|draft)\b"
)
TECH_WORDS = (
    "Nominatim", "geopy", "import-places", "flask ", "offline", "min_lon", "OpenStreetMap"
)  # fmt: skip


def _town(name: str) -> Municipality:
    return db.session.execute(select(Municipality).where(Municipality.name == name)).scalar_one()


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


def _cells(page: str, selector: str) -> list[str]:
    return [_text(cell) for cell in re.findall(rf"<td{selector}[^>]*>(.*?)</td>", page, re.S)]


def _section(page: str, section_id: str) -> str:
    return page.partition(f'id="{section_id}"')[2].split("</section>", 1)[0]


def test_history_shows_names_not_codes(app: Flask, editor_client: FlaskClient) -> None:
    place_id = make_place(app)
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        town = _town("Saint-Georges")
        placewrites.update(
            place,
            {
                "place_type_code": "friperie",
                "municipality": town.code_geo,
                "latitude": town.latitude,
                "longitude": town.longitude,
                "geocode_source": "nominatim",
                "geocode_precision": "street",
                "service_area": {"mrcs": ["beauce-sartigan", "les-etchemins"]},
                "takes": {
                    "ramassage": {
                        "categories": ["meubles", "electromenagers"],
                        "conditions_fr": "",
                        "conditions_en": "",
                    }
                },
            },
            None,
            place.version,
        )
    page = editor_client.get(f"/admin/places/{place_id}/history").get_data(as_text=True)
    values = _cells(page, r' class="(?:before|after)"')
    assert values, "the history lists the changes"
    shown = " | ".join(values)
    assert not CODES.search(shown), f"codes in the history: {CODES.findall(shown)}"
    for name in (
        "Friperie",
        "Ressourcerie",
        "Beauce-Sartigan, Les Etchemins",
        "Service d'adresses en ligne",
        "Ramassage à domicile : Électroménagers, Meubles",
        "Donner / déposer : Vêtements et accessoires",
    ):
        assert name in shown, name


IMPORT_HEADER = "name;address;municipality;postal_code;categories;actions;place_type"


def test_import_report_names_columns_mrcs_and_positions_in_french(
    admin_client: FlaskClient,
) -> None:
    body = "\n".join(
        [
            IMPORT_HEADER,
            "Friperie du Parc;;Saint-Georges;G5Y 1A1;vetements;donner;friperie",
            "Lieu perdu;1, rue Nulle;Atlantide;;vetements;donner;friperie",
        ]
    )
    token = csrf_token(admin_client, "/admin/import")
    page = admin_client.post(
        "/admin/import",
        data={"csrf_token": token, "file": (io.BytesIO(body.encode()), "partenaires.csv")},
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    report = page.partition('id="import-rows"')[2].split("</table>", 1)[0]
    text = _text(report)
    assert "Saint-Georges, Beauce-Sartigan" in text
    assert "Code postal" in text
    assert "Municipalité (colonne municipality)" in text
    assert "postal_code (postal_code)" not in text
    assert "Colonne « municipality »" not in text
    positions = _cells(report, r' data-label="Position"')
    assert positions
    assert not any(CODES.search(p) for p in positions), positions


@pytest.mark.parametrize(
    "path",
    [
        "/admin/places",
        "/admin/places/new",
        "/admin/review",
        "/admin/import",
        "/admin/taxonomy",
        "/admin/users",
        "/admin/boundaries",
        "/admin/embeds/",
        "/admin/embeds/new",
    ],
)
def test_staff_pages_name_no_tool(admin_client: FlaskClient, path: str) -> None:
    page = admin_client.get(path).get_data(as_text=True)
    visible = _text(re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S))
    for word in TECH_WORDS:
        assert word not in visible, f"{word!r} on {path}"


def test_stale_counts_from_creation_when_never_verified(
    app: Flask, editor_client: FlaskClient
) -> None:
    new = make_place(app, name="Comptoir tout neuf")
    old = make_place(app, name="Comptoir d'antan")
    with app.app_context():
        db.session.get_one(Place, old).created_at = utcnow() - timedelta(days=400)
        db.session.commit()
    stale = _section(editor_client.get("/admin/review").get_data(as_text=True), "review-stale")
    assert f'/admin/places/{old}"' in stale
    assert f'/admin/places/{new}"' not in stale
    editor = editor_client.get(f"/admin/places/{new}").get_data(as_text=True)
    assert "Pas vérifié depuis plus de 12 mois" not in editor


def _first_option(page: str, select_id: str) -> str:
    select_tag = re.search(rf'<select[^>]*id="{select_id}"[^>]*>(.*?)</select>', page, re.S)
    assert select_tag, select_id
    first = re.search(r"<option([^>]*)>", select_tag.group(1))
    assert first
    return first.group(1)


def test_a_synonym_needs_a_chosen_category(app: Flask, admin_client: FlaskClient) -> None:
    page = admin_client.get("/admin/taxonomy").get_data(as_text=True)
    assert 'value=""' in _first_option(page, "category_code"), "no category preselected"
    token = csrf_token(admin_client, "/admin/taxonomy")
    refused = admin_client.post(
        "/admin/taxonomy/synonyms",
        data={"csrf_token": token, "term": "zinzolin", "lang": "fr", "category_code": ""},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "choisissez sa catégorie" in refused
    with app.app_context():
        assert db.session.execute(select(Synonym).where(Synonym.term == "zinzolin")).first() is None


def test_a_missed_search_needs_a_chosen_category(app: Flask, admin_client: FlaskClient) -> None:
    with app.app_context():
        log_miss("zinzolin")
    page = admin_client.get("/admin/review").get_data(as_text=True)
    assert 'value=""' in _first_option(page, "miss-cat-1"), "no category preselected"
    token = csrf_token(admin_client, "/admin/review")
    refused = admin_client.post(
        "/admin/review/misses/synonym",
        data={"csrf_token": token, "text": "zinzolin", "lang": "fr", "category_code": ""},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "Choisissez la catégorie de « zinzolin »" in html.unescape(refused)
    with app.app_context():
        assert db.session.execute(select(Synonym).where(Synonym.term == "zinzolin")).first() is None
        assert db.session.execute(select(func.count(SearchMiss.id))).scalar_one() == 1


def test_canape_and_canape_with_accent_are_one_missed_search(
    app: Flask, admin_client: FlaskClient
) -> None:
    with app.app_context():
        for typed in ("canapé", "Canape ", "CANAPÉ"):
            log_miss(typed)
        log_miss("zinzolin")
    misses = _section(admin_client.get("/admin/review").get_data(as_text=True), "misses")
    assert len(re.findall(r'class="miss-text"', misses)) == 2
    assert re.search(r"<td[^>]*>3</td>", misses), "three searches on one line"

    # Filing the unaccented spelling answers the accented searches too: the line goes.
    token = csrf_token(admin_client, "/admin/review")
    admin_client.post(
        "/admin/review/misses/synonym",
        data={"csrf_token": token, "text": "canape", "lang": "fr", "category_code": "meubles"},
    )
    misses = _section(admin_client.get("/admin/review").get_data(as_text=True), "misses")
    assert "canap" not in misses.lower()
    assert "zinzolin" in misses

    # Ignoring a search by another spelling removes it as well.
    with app.app_context():
        log_miss("Zinzolins")
    admin_client.post(
        "/admin/review/misses/dismiss", data={"csrf_token": token, "text": "zinzolin"}
    )
    with app.app_context():
        assert db.session.execute(select(func.count(SearchMiss.id))).scalar_one() == 0
