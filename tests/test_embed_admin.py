"""Saved embed configurations in the admin: who may do what, validation, CSRF."""

from __future__ import annotations

import re
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from recupere_don.embed.models import EmbedConfig
from recupere_don.extensions import db
from tests.test_admin_support import admin_client, csrf_token, editor_client

__all__ = ["admin_client", "editor_client"]


def form(client: FlaskClient, url: str = "/admin/embeds/new", **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "csrf_token": csrf_token(client, url),
        "name": "MRC de Bellechasse — meubles",
        "slug": "bellechasse-meubles",
        "mrc": ["bellechasse"],
        "category": ["meubles"],
        "q": "",
        "bbox": "",
        "view": "both",
        "controls": "y",
        "height": "450",
    }
    data.update(overrides)
    return data


def count(app: Flask) -> int:
    with app.app_context():
        return int(db.session.execute(select(func.count(EmbedConfig.id))).scalar_one())


def stored(app: Flask, slug: str) -> EmbedConfig | None:
    with app.app_context():
        return db.session.execute(
            select(EmbedConfig).where(EmbedConfig.slug == slug)
        ).scalar_one_or_none()


def test_anonymous_visitors_are_sent_to_the_login(client: FlaskClient) -> None:
    for url in ["/admin/embeds/", "/admin/embeds/new"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response.location.startswith("/admin/login")
    assert client.post("/admin/embeds/1/delete").status_code in {302, 400}


def test_admin_creates_edits_and_deletes_a_configuration(
    app: Flask, admin_client: FlaskClient
) -> None:
    response = admin_client.post("/admin/embeds/new", data=form(admin_client))
    assert response.status_code == 302, response.get_data(as_text=True)
    config = stored(app, "bellechasse-meubles")
    assert config is not None
    assert config.filters["mrc"] == ["bellechasse"]
    assert config.look == {"view": "both", "controls": True, "height": 450}

    edit_url = f"/admin/embeds/{config.id}"
    page = admin_client.get(edit_url).get_data(as_text=True)
    assert "data-config=&#34;bellechasse-meubles&#34;" in page
    assert "http://localhost/embed/bellechasse-meubles" in page
    partner = admin_client.get("/embed/bellechasse-meubles").get_data(as_text=True)
    assert 'data-api="/embed/places/mrc=bellechasse&amp;category=meubles"' in partner

    response = admin_client.post(
        edit_url, data=form(admin_client, edit_url, mrc=["levis"], view="map", controls="")
    )
    assert response.status_code == 302
    partner = admin_client.get("/embed/bellechasse-meubles").get_data(as_text=True)
    assert 'data-api="/embed/places/mrc=levis&amp;category=meubles"' in partner
    assert "embed--map" in partner

    listing = admin_client.get("/admin/embeds/").get_data(as_text=True)
    assert "MRC de Bellechasse — meubles" in listing

    token = csrf_token(admin_client, edit_url)
    response = admin_client.post(f"{edit_url}/delete", data={"csrf_token": token})
    assert response.status_code == 302
    assert count(app) == 0
    assert admin_client.get("/embed/bellechasse-meubles").status_code == 404


def test_validation_explains_each_problem(app: Flask, admin_client: FlaskClient) -> None:
    response = admin_client.post(
        "/admin/embeds/new",
        data=form(admin_client, slug="Bellechasse meubles!", name="", bbox="1,2", height="20"),
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Identifiant invalide" in page
    assert "Zone invalide" in page
    assert "La hauteur de la carte doit être entre 200 et 1200." in page
    assert count(app) == 0

    unknown = admin_client.post("/admin/embeds/new", data=form(admin_client, mrc=["atlantide"]))
    assert unknown.status_code == 422
    assert count(app) == 0


def test_slugs_are_unique_and_some_are_reserved(app: Flask, admin_client: FlaskClient) -> None:
    assert admin_client.post("/admin/embeds/new", data=form(admin_client)).status_code == 302
    again = admin_client.post("/admin/embeds/new", data=form(admin_client, name="Autre"))
    assert again.status_code == 422
    assert "déjà utilisé" in again.get_data(as_text=True)
    reserved = admin_client.post("/admin/embeds/new", data=form(admin_client, slug="places"))
    assert reserved.status_code == 422
    assert count(app) == 1


def test_forms_need_their_csrf_token(app: Flask, admin_client: FlaskClient) -> None:
    data = form(admin_client)
    data.pop("csrf_token")
    response = admin_client.post("/admin/embeds/new", data=data)
    assert response.status_code in {400, 422}
    assert count(app) == 0


def test_editors_read_but_do_not_change(
    app: Flask, admin_client: FlaskClient, editor_client: FlaskClient
) -> None:
    assert admin_client.post("/admin/embeds/new", data=form(admin_client)).status_code == 302
    config = stored(app, "bellechasse-meubles")
    assert config is not None
    edit_url = f"/admin/embeds/{config.id}"

    assert editor_client.get("/admin/embeds/").status_code == 200
    page = editor_client.get(edit_url)
    assert page.status_code == 200
    assert "Lecture seule" in page.get_data(as_text=True)
    assert re.search(r'<fieldset class="embed-admin-fields" disabled', page.get_data(as_text=True))
    assert editor_client.get("/admin/embeds/new").status_code == 403
    changed = editor_client.post(edit_url, data=form(editor_client, edit_url, mrc=["levis"]))
    assert changed.status_code == 403
    token = csrf_token(editor_client, edit_url)
    assert editor_client.post(f"{edit_url}/delete", data={"csrf_token": token}).status_code == 403
    unchanged = stored(app, "bellechasse-meubles")
    assert unchanged is not None
    assert unchanged.filters["mrc"] == ["bellechasse"]
