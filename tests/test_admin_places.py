"""The place editor: validation a person understands, statuses, conflicts, history, territory."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from recupere_don.admin.models import PlaceRevision
from recupere_don.extensions import db
from recupere_don.models import Municipality, Place, utcnow
from tests.test_admin_support import (
    ADMIN_EMAIL,
    admin_client,
    create_place,
    csrf_token,
    editor_client,
    get_place,
    log_in,
    place_form,
)

__all__ = ["admin_client", "editor_client"]


def _post_edit(client: FlaskClient, app: Flask, place_id: int, **overrides: object) -> object:
    page = client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    version = page.split('name="version" type="hidden" value="', 1)[1].split('"', 1)[0]
    data = place_form(app, **overrides)
    data.update(csrf_token=csrf_token(client, f"/admin/places/{place_id}"), version=version)
    return client.post(f"/admin/places/{place_id}", data=data)


def _api_slugs(client: FlaskClient) -> set[str]:
    features = client.get("/api/v1/places").get_json()["features"]
    return {f["properties"]["slug"] for f in features}


def test_new_place_is_normalised_and_saved_as_a_draft(
    app: Flask, editor_client: FlaskClient
) -> None:
    place_id = create_place(editor_client, app)
    place = get_place(app, place_id)
    assert place.status == "draft"
    assert place.postal_code == "G5Y 4J8"
    assert place.phone == "418 603-2546"
    assert place.website == "https://essai.example"
    assert place.mrc_id is not None
    page = editor_client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    assert "Localisé seulement au centre de la municipalité" in page
    assert place.slug not in _api_slugs(editor_client)


def test_invalid_fields_are_explained_and_nothing_is_written(
    app: Flask, editor_client: FlaskClient
) -> None:
    with app.app_context():
        before = len(db.session.execute(select(Place.id)).all())
    data = place_form(
        app,
        name="",
        postal_code="12345",
        phone="418-55",
        website="javascript:alert(1)",
        email="pas-un-courriel",
        opening_hours="Lundi 9h à 17h, samedi sur rendez-vous",
        take_ramassage_categories=["meubles"],
    )
    data["csrf_token"] = csrf_token(editor_client, "/admin/places/new")
    response = editor_client.post("/admin/places/new", data=data)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Le nom est obligatoire." in page
    assert "Code postal invalide : écrivez-le comme A1A 1A1" in page
    assert "Numéro de téléphone invalide" in page
    assert "Adresse Web refusée : elle doit commencer par https:// ou http://" in page
    assert "Adresse courriel invalide" in page
    # Hours as people write them are read; the part that is not is named, never a parser dump.
    assert "Je n&#39;ai pas compris « samedi sur rendez-vous »" in page
    assert "Failed to parse" not in page
    assert "Le ramassage à domicile demande un territoire" in page
    with app.app_context():
        assert len(db.session.execute(select(Place.id)).all()) == before


def test_categories_per_action_with_conditions_and_service_area(
    app: Flask, editor_client: FlaskClient
) -> None:
    place_id = create_place(
        editor_client,
        app,
        take_ramassage_categories=["meubles", "electromenagers"],
        take_ramassage_conditions_fr="Sur rendez-vous",
        service_area_mrcs=["beauce-sartigan", "beauce-centre"],
    )
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        takes = {p.action_code: p for p in place.propositions}
        assert sorted(c.code for c in takes["donner"].categories) == ["meubles", "vetements"]
        assert takes["donner"].conditions_fr == "Propres"
        assert takes["ramassage"].conditions_fr == "Sur rendez-vous"
        assert place.service_area == {"mrcs": ["beauce-centre", "beauce-sartigan"]}


def test_publish_archive_restore(app: Flask, editor_client: FlaskClient) -> None:
    place_id = create_place(editor_client, app)
    slug = get_place(app, place_id).slug

    def act(action: str) -> str:
        token = csrf_token(editor_client, f"/admin/places/{place_id}")
        version = get_place(app, place_id).version
        response = editor_client.post(
            f"/admin/places/{place_id}/{action}",
            data={"csrf_token": token, "version": version},
            follow_redirects=True,
        )
        return response.get_data(as_text=True)

    assert "Lieu publié" in act("publish")
    assert slug in _api_slugs(editor_client)
    assert editor_client.get(f"/lieux/{slug}").status_code == 200
    assert "Lieu archivé" in act("archive")
    assert slug not in _api_slugs(editor_client)
    assert editor_client.get(f"/lieux/{slug}").status_code == 404
    assert get_place(app, place_id).status == "archived"
    assert "Lieu restauré en brouillon" in act("restore")
    assert get_place(app, place_id).status == "draft"
    assert "Lieu publié" in act("publish")
    assert slug in _api_slugs(editor_client)


def test_a_place_without_position_cannot_be_published(
    app: Flask, editor_client: FlaskClient
) -> None:
    place_id = create_place(
        editor_client, app, latitude="", longitude="", geocode_source="", geocode_precision=""
    )
    token = csrf_token(editor_client, f"/admin/places/{place_id}")
    response = editor_client.post(
        f"/admin/places/{place_id}/publish",
        data={"csrf_token": token, "version": get_place(app, place_id).version},
        follow_redirects=True,
    )
    assert "Localisez le lieu sur la carte avant de le publier" in response.get_data(as_text=True)
    assert get_place(app, place_id).status == "draft"


def test_concurrent_edit_is_refused_with_a_clear_message(
    app: Flask, admin_client: FlaskClient
) -> None:
    place_id = create_place(admin_client, app)
    second = app.test_client()
    assert log_in(second, ADMIN_EMAIL).status_code == 302
    # Both open the editor on the same version.
    first_page = admin_client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    second_page = second.get(f"/admin/places/{place_id}").get_data(as_text=True)

    def version_of(page: str) -> str:
        return page.split('name="version" type="hidden" value="', 1)[1].split('"', 1)[0]

    assert version_of(first_page) == version_of(second_page)
    first = place_form(app, name="Nom du premier")
    first.update(
        csrf_token=csrf_token(admin_client, "/admin/places"), version=version_of(first_page)
    )
    assert admin_client.post(f"/admin/places/{place_id}", data=first).status_code == 302

    late = place_form(app, name="Nom du second")
    late.update(csrf_token=csrf_token(second, "/admin/places"), version=version_of(second_page))
    response = second.post(f"/admin/places/{place_id}", data=late)
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "Enregistrement refusé" in page
    assert ADMIN_EMAIL in page
    assert "Vos changements n&#39;ont pas été enregistrés" in page
    assert get_place(app, place_id).name == "Nom du premier"


def test_status_change_on_a_stale_page_is_refused(app: Flask, editor_client: FlaskClient) -> None:
    place_id = create_place(editor_client, app)
    stale_version = get_place(app, place_id).version
    assert _post_edit(editor_client, app, place_id, name="Renommé").status_code == 302
    token = csrf_token(editor_client, f"/admin/places/{place_id}")
    response = editor_client.post(
        f"/admin/places/{place_id}/archive",
        data={"csrf_token": token, "version": stale_version},
        follow_redirects=True,
    )
    assert "Enregistrement refusé" in response.get_data(as_text=True)
    assert get_place(app, place_id).status == "draft"


def test_history_records_who_what_before_after_and_reverts(
    app: Flask, admin_client: FlaskClient
) -> None:
    place_id = create_place(admin_client, app)
    assert (
        _post_edit(
            admin_client, app, place_id, name="Nouveau nom", opening_hours="Sa 10:00-16:00"
        ).status_code
        == 302
    )
    page = admin_client.get(f"/admin/places/{place_id}/history").get_data(as_text=True)
    assert "Modification" in page
    assert "Création" in page
    assert ADMIN_EMAIL in page
    assert "Ressourcerie d&#39;essai" in page
    assert "Nouveau nom" in page
    with app.app_context():
        revisions = list(
            db.session.execute(
                select(PlaceRevision)
                .where(PlaceRevision.place_id == place_id)
                .order_by(PlaceRevision.id)
            ).scalars()
        )
        assert [r.kind for r in revisions] == ["create", "update"]
        update = revisions[1]
        fields = {c["field"]: c for c in update.changes}
        assert set(fields) == {"name", "opening_hours"}
        assert fields["name"]["before"] == "Ressourcerie d'essai"
        assert fields["name"]["after"] == "Nouveau nom"
        assert update.user is not None
        assert update.user.email == ADMIN_EMAIL
        update_id = update.id

    token = csrf_token(admin_client, f"/admin/places/{place_id}/history")
    response = admin_client.post(
        f"/admin/places/{place_id}/history/{update_id}/revert",
        data={"csrf_token": token, "version": get_place(app, place_id).version},
        follow_redirects=True,
    )
    assert "Changement annulé" in response.get_data(as_text=True)
    place = get_place(app, place_id)
    assert place.name == "Ressourcerie d'essai"
    assert place.opening_hours == "Mo-Fr 09:00-17:00"
    with app.app_context():
        last = db.session.execute(
            select(PlaceRevision).order_by(PlaceRevision.id.desc()).limit(1)
        ).scalar_one()
        assert last.kind == "revert"
        assert last.reverted_revision_id == update_id


def test_reverting_a_status_change_unpublishes(app: Flask, editor_client: FlaskClient) -> None:
    place_id = create_place(editor_client, app)
    token = csrf_token(editor_client, f"/admin/places/{place_id}")
    editor_client.post(
        f"/admin/places/{place_id}/publish",
        data={"csrf_token": token, "version": get_place(app, place_id).version},
    )
    with app.app_context():
        publish = db.session.execute(
            select(PlaceRevision).where(PlaceRevision.kind == "publish")
        ).scalar_one()
        publish_id = publish.id
    editor_client.post(
        f"/admin/places/{place_id}/history/{publish_id}/revert",
        data={"csrf_token": token, "version": get_place(app, place_id).version},
    )
    assert get_place(app, place_id).status == "draft"


def test_mrc_follows_the_pin_and_disagreement_is_a_warning(
    app: Flask, editor_client: FlaskClient
) -> None:
    with app.app_context():
        levis = db.session.execute(
            select(Municipality).where(Municipality.name == "Lévis")
        ).scalar_one()
        lat, lon = levis.latitude, levis.longitude
    # Saint-Georges (Beauce-Sartigan) typed, but the pin dropped in Lévis.
    place_id = create_place(
        editor_client,
        app,
        latitude=str(lat),
        longitude=str(lon),
        geocode_source="manual",
        geocode_precision="address",
    )
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        assert place.mrc is not None
        assert place.mrc.slug == "levis"
        assert place.geocode_source == "manual"
        code = place.municipality.code_geo if place.municipality else ""
    page = editor_client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    assert "Le repère est dans la MRC Lévis" in page
    territory = editor_client.get(
        f"/admin/api/territory?lat={lat}&lon={lon}&municipality={code}"
    ).get_json()
    assert territory["mrc"] == "levis"
    assert territory["warnings"]
    outside = editor_client.get(
        f"/admin/api/territory?lat=45.5&lon=-73.6&municipality={code}"
    ).get_json()
    assert outside["mrc"] is None
    assert "hors de la Chaudière-Appalaches" in outside["warnings"][0]


def test_localiser_answers_with_a_point_source_and_precision(
    app: Flask, editor_client: FlaskClient
) -> None:
    data = place_form(app)
    response = editor_client.get(
        "/admin/api/geocode",
        query_string={
            "address": data["address"],
            "municipality": data["municipality"],
            "postal_code": data["postal_code"],
        },
    )
    assert response.status_code == 200
    body = response.get_json()
    assert body["mrc"] == "beauce-sartigan"
    assert body["source"] in {"nominatim", "postal_code", "municipality"}
    assert 45 < body["lat"] < 47.5
    missing = editor_client.get("/admin/api/geocode", query_string={"address": "nulle part"})
    assert missing.status_code == 404
    assert "Adresse introuvable" in missing.get_json()["message"]


def test_a_manual_pin_stays_manual_across_edits(app: Flask, editor_client: FlaskClient) -> None:
    place_id = create_place(
        editor_client, app, geocode_source="manual", geocode_precision="address"
    )
    assert (
        _post_edit(
            editor_client,
            app,
            place_id,
            name="Autre nom",
            geocode_source="manual",
            geocode_precision="address",
        ).status_code
        == 302
    )
    assert get_place(app, place_id).geocode_source == "manual"


def test_verify_sets_the_date_and_clears_the_stale_warning(
    app: Flask, editor_client: FlaskClient
) -> None:
    place_id = create_place(editor_client, app)
    with app.app_context():  # added more than a year ago and never checked since
        db.session.get_one(Place, place_id).created_at = utcnow() - timedelta(days=400)
        db.session.commit()
    page = editor_client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    assert "Pas vérifié depuis plus de 12 mois" in page
    token = csrf_token(editor_client, f"/admin/places/{place_id}")
    editor_client.post(
        f"/admin/places/{place_id}/verify",
        data={"csrf_token": token, "version": get_place(app, place_id).version},
    )
    assert get_place(app, place_id).verified_at is not None
    page = editor_client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    assert "Pas vérifié depuis plus de 12 mois" not in page
