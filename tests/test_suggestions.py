"""Public suggestions and corrections, the moderation queue, and what accepting them writes."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from recupere_don import suggestions
from recupere_don.admin.models import PlaceRevision, User
from recupere_don.extensions import db
from recupere_don.models import Place
from recupere_don.suggestions import Suggestion, SuggestionState
from tests.conftest import make_test_app, temporary_database
from tests.factories import make_place, make_user
from tests.test_admin_support import (  # noqa: F401
    admin_client,
    csrf_token,
    log_in,
    municipality_code,
)
from tests.test_hostile_sweep import RAW_MARKUP, STAFF_HOSTILE

HOSTILE_NAME = "<script>alert(1)</script>{{ 7*7 }}"
FORMULA = '=HYPERLINK("http://evil.test","clic")'


def public_token(client: FlaskClient, url: str) -> str:
    page = client.get(url).get_data(as_text=True)
    found = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
    assert found is not None, page[:500]
    return found.group(1)


def new_place_form(app: Flask, client: FlaskClient, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "csrf_token": public_token(client, "/suggerer"),
        "name": "Friperie du Clocher",
        "place_type_code": "friperie",
        "address": "12 rue de l'Église",
        "municipality": municipality_code(app, "Montmagny"),
        "postal_code": "g5v 1a1",
        "opening_hours": "lun-ven 9h-17h",
        "phone": "4185550123",
        "takes_donner": ["vetements", "jouets"],
        "message": "Ouvert depuis cet été.",
        "contact_email": "citoyen@example.org",
    }
    return data | overrides


def suggestions_in_db(app: Flask) -> list[Suggestion]:
    with app.app_context():
        rows = list(db.session.execute(select(Suggestion).order_by(Suggestion.id)).scalars())
        db.session.expunge_all()
        return rows


def test_a_suggested_place_waits_then_is_accepted_onto_the_map_with_its_history(
    app: Flask,
    client: FlaskClient,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    sent = client.post("/suggerer", data=new_place_form(app, client))
    assert sent.status_code == 200
    assert "Merci" in sent.get_data(as_text=True)
    # Stored as proposed, never applied: the map does not know it yet.
    names = {f["properties"]["name"] for f in client.get("/api/v1/places").get_json()["features"]}
    assert "Friperie du Clocher" not in names
    [suggestion] = suggestions_in_db(app)
    assert suggestion.values["phone"] == "418 555-0123"
    assert suggestion.values["takes"]["donner"]["categories"] == ["jouets", "vetements"]

    queue = admin_client.get("/admin/suggestions").get_data(as_text=True)
    assert "Friperie du Clocher" in queue
    assert 'id="nav-suggestion-count">1<' in queue
    # The follow-up address is for staff only, never on a public page.
    assert "citoyen@example.org" in queue

    token = csrf_token(admin_client, "/admin/suggestions")
    accepted = admin_client.post(
        f"/admin/suggestions/{suggestion.id}/accept", data={"csrf_token": token}
    )
    assert accepted.status_code == 302
    features = client.get("/api/v1/places?q=").get_json()["features"]
    found = [f for f in features if f["properties"]["name"] == "Friperie du Clocher"]
    assert len(found) == 1
    assert found[0]["properties"]["actions"]["donner"] == ["vetements", "jouets"]
    assert found[0]["geometry"] is not None
    detail = client.get(found[0]["properties"]["url"]).get_data(as_text=True)
    assert "citoyen@example.org" not in detail
    with app.app_context():
        place = db.session.execute(
            select(Place).where(Place.name == "Friperie du Clocher")
        ).scalar_one()
        authors = [
            r.author
            for r in db.session.execute(
                select(PlaceRevision).where(PlaceRevision.place_id == place.id)
            ).scalars()
        ]
        assert place.verified_at is not None
    assert authors
    assert all(a.startswith(f"suggestion #{suggestion.id}") for a in authors)
    history = admin_client.get(f"/admin/places/{place.id}/history").get_data(as_text=True)
    assert f"suggestion #{suggestion.id}" in history
    assert suggestions_in_db(app)[0].state == SuggestionState.ACCEPTED


def test_a_correction_is_shown_as_a_diff_and_can_be_rejected_with_a_reason(
    app: Flask,
    client: FlaskClient,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    place_id = make_place(app, name="Comptoir Saint-Jean", phone="418 555-0000")
    with app.app_context():
        slug = db.session.get_one(Place, place_id).slug
    url = f"/lieux/{slug}/corriger"
    page = client.get(url).get_data(as_text=True)
    assert 'value="418 555-0000"' in page  # the current values, ready to edit
    data = {
        "csrf_token": public_token(client, url),
        "name": "Comptoir Saint-Jean",
        "place_type_code": "ressourcerie",
        "municipality": municipality_code(app, "Lévis"),
        "phone": "418 555-9999",
        "takes_donner": ["vetements"],
    }
    assert client.post(url, data=data).status_code == 200
    [suggestion] = suggestions_in_db(app)
    # Only what differs is proposed.
    assert suggestion.values == {"phone": "418 555-9999"}

    queue = admin_client.get("/admin/suggestions").get_data(as_text=True)
    assert "418 555-0000" in queue
    assert "418 555-9999" in queue
    token = csrf_token(admin_client, "/admin/suggestions")
    refused = admin_client.post(
        f"/admin/suggestions/{suggestion.id}/reject", data={"csrf_token": token, "reason": ""}
    )
    assert suggestions_in_db(app)[0].state == SuggestionState.PENDING
    assert refused.status_code == 302
    admin_client.post(
        f"/admin/suggestions/{suggestion.id}/reject",
        data={"csrf_token": token, "reason": "Numéro vérifié par téléphone : inchangé."},
    )
    [rejected] = suggestions_in_db(app)
    assert rejected.state == SuggestionState.REJECTED
    assert rejected.reason == "Numéro vérifié par téléphone : inchangé."
    with app.app_context():
        assert db.session.get_one(Place, place_id).phone == "418 555-0000"


def test_bad_values_get_a_french_message_and_store_nothing(app: Flask, client: FlaskClient) -> None:
    answer = client.post("/suggerer", data=new_place_form(app, client, phone="12", name=""))
    page = answer.get_data(as_text=True)
    assert answer.status_code == 200
    assert "Numéro de téléphone invalide" in page
    assert 'aria-invalid="true"' in page
    assert suggestions_in_db(app) == []


def test_the_honeypot_thanks_a_robot_and_stores_nothing(app: Flask, client: FlaskClient) -> None:
    answer = client.post("/suggerer", data=new_place_form(app, client, homepage="http://spam"))
    assert "Merci" in answer.get_data(as_text=True)
    assert suggestions_in_db(app) == []


def test_a_post_without_csrf_token_is_refused(app: Flask, client: FlaskClient) -> None:
    data = new_place_form(app, client)
    del data["csrf_token"]
    client.post("/suggerer", data=data)
    assert suggestions_in_db(app) == []


def test_a_flood_of_suggestions_is_limited(app: Flask, client: FlaskClient) -> None:
    codes = [
        client.post("/suggerer", data=new_place_form(app, client, name=f"Lieu {i}")).status_code
        for i in range(7)
    ]
    assert codes[:5] == [200] * 5
    assert codes[5:] == [429, 429]
    assert len(suggestions_in_db(app)) == 5
    # Reading the form stays possible.
    assert client.get("/suggerer").status_code == 200


def test_oversized_text_is_refused(app: Flask, client: FlaskClient) -> None:
    answer = client.post("/suggerer", data=new_place_form(app, client, message="x" * 2001))
    assert answer.status_code == 200
    assert suggestions_in_db(app) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_forms_speak_both_languages(client: FlaskClient, lang: str) -> None:
    page = client.get(f"/suggerer?lang={lang}").get_data(as_text=True)
    assert ("Suggérer un lieu" if lang == "fr" else "Suggest a place") in page
    assert ("Envoyer la proposition" if lang == "fr" else "Send the proposal") in page


def test_hostile_text_in_a_correction_stays_inert_everywhere(
    app: Flask,
    client: FlaskClient,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    place_id = make_place(app, name="Ressourcerie Inerte")
    with app.app_context():
        slug = db.session.get_one(Place, place_id).slug
    url = f"/lieux/{slug}/corriger"
    data = {
        "csrf_token": public_token(client, url),
        "name": HOSTILE_NAME,
        "place_type_code": "ressourcerie",
        "municipality": municipality_code(app, "Lévis"),
        "hours_note_fr": FORMULA,
        "takes_donner": ["vetements"],
        "message": "<img src=x onerror=alert(2)>",
    }
    assert client.post(url, data=data).status_code == 200
    [suggestion] = suggestions_in_db(app)
    for page_url in ("/admin/suggestions", f"/admin/suggestions/{suggestion.id}"):
        page = admin_client.get(page_url).get_data(as_text=True)
        assert "<script>alert(1)" not in page
        assert "<img src=x" not in page
        assert "&lt;script&gt;" in page
        assert "{{ 7*7 }}" in page
        assert ">49<" not in page
    token = csrf_token(admin_client, "/admin/suggestions")
    admin_client.post(f"/admin/suggestions/{suggestion.id}/accept", data={"csrf_token": token})
    with app.app_context():
        assert db.session.get_one(Place, place_id).name == HOSTILE_NAME
        slug = db.session.get_one(Place, place_id).slug
    detail = client.get(f"/lieux/{slug}").get_data(as_text=True)
    assert "<script>alert(1)" not in detail
    assert "&lt;script&gt;" in detail
    assert "49" not in detail.split("<h1>")[1].split("</h1>")[0]
    exported = admin_client.get("/admin/export.csv").get_data().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(exported), delimiter=";"))
    row = next(r for r in rows if "script" in r["name"])
    assert next(v for v in row.values() if "HYPERLINK" in (v or "")).startswith("'=")


PUBLIC_TEXT_FIELDS = (
    "name", "address", "postal_code", "phone", "email", "website", "opening_hours",
    "hours_note_fr", "message", "contact_email", "place_type_code", "municipality", "takes_donner",
)  # fmt: skip


def test_hostile_values_in_every_field_never_fail_and_never_come_back_raw(
    tmp_path: Path, seeded_templates: dict[str, str]
) -> None:
    with temporary_database("sqlite", tmp_path, seeded_templates["sqlite"]) as url:
        app = make_test_app(url, RATELIMIT_ENABLED=False)
        client = app.test_client()
        problems = []
        for name in PUBLIC_TEXT_FIELDS:
            for value in STAFF_HOSTILE:
                data = new_place_form(app, client, **{name: value})
                response = client.post("/suggerer", data=data)
                page = response.get_data(as_text=True)
                if response.status_code >= 500 or RAW_MARKUP.search(page):
                    problems.append(f"{name}={value[:30]!r} → {response.status_code}")
        assert problems == []
        stored = suggestions_in_db(app)
        assert stored  # some hostile values are valid text and were stored as typed
        make_user(app, "moderation@example.org", "admin")
        staff = app.test_client()
        log_in(staff, "moderation@example.org")
        for path in ["/admin/suggestions", *(f"/admin/suggestions/{s.id}" for s in stored)]:
            response = staff.get(path)
            assert response.status_code == 200, path
            assert not RAW_MARKUP.search(response.get_data(as_text=True)), path
        with app.app_context():
            db.session.remove()
            db.engine.dispose()


def test_a_suggestion_decided_meanwhile_is_not_applied_twice(app: Flask) -> None:
    make_user(app, "a@example.org", "editor")
    with app.app_context():
        staff = db.session.execute(select(User).where(User.email == "a@example.org")).scalar_one()
        suggestion = suggestions.submit(
            suggestions.SuggestionKind.NEW_PLACE,
            {"name": "Comptoir Unique", "place_type_code": "comptoir", "takes": {}},
        )
        assert suggestion.state == SuggestionState.PENDING  # what this staff member's page saw
        with app.app_context():  # another staff member, another session, decides first
            other = db.session.get_one(Suggestion, suggestion.id)
            suggestions.reject(other, db.session.merge(staff), "Déjà sur la carte.")
        with pytest.raises(suggestions.SuggestionError):
            suggestions.accept(suggestion, dict(suggestion.values), staff)
        count = db.session.execute(
            select(func.count(Place.id)).where(Place.name == "Comptoir Unique")
        ).scalar_one()
    assert count == 0
    assert suggestions_in_db(app)[0].state == SuggestionState.REJECTED


def test_a_suggested_place_that_already_exists_is_pointed_out(
    app: Flask,
    client: FlaskClient,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    make_place(app, town="Montmagny", name="Friperie du Clocher de Montmagny")
    client.post("/suggerer", data=new_place_form(app, client, name="friperie du clocher"))
    [suggestion] = suggestions_in_db(app)
    for path in ("/admin/suggestions", f"/admin/suggestions/{suggestion.id}"):
        page = admin_client.get(path).get_data(as_text=True)
        assert "Doublon possible" in page
        assert "Friperie du Clocher de Montmagny" in page
