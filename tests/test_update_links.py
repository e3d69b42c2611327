"""Private update links and donation pauses: what an enterprise changes, and what the map says."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from recupere_don import updatelinks
from recupere_don.admin.models import PlaceRevision
from recupere_don.extensions import db
from recupere_don.hours import QUEBEC
from recupere_don.models import Place
from recupere_don.suggestions import Suggestion
from tests.factories import make_place
from tests.test_admin_support import admin_client, csrf_token  # noqa: F401
from tests.test_suggestions import public_token

# Relative to the real day: the form refuses a pause that ended or lasts over a year; the API's
# `at` then asks about days before, during and after it (a frozen clock per request).
TODAY = datetime.now(QUEBEC).date()
UNTIL = TODAY + timedelta(days=20)
TAKES = {
    "donner": {"categories": ["meubles", "vetements"], "conditions_fr": "", "conditions_en": ""},
    "acheter": {"categories": ["meubles"], "conditions_fr": "", "conditions_en": ""},
}


def place_with_link(app: Flask, *, goes_live: bool, **values: Any) -> tuple[int, str]:
    place_id = make_place(app, name="Ressourcerie du Fleuve", takes=TAKES, **values)
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        _link, token = updatelinks.create_link(place, None, goes_live=goes_live)
    return place_id, token


def pause_form(client: FlaskClient, token: str, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "csrf_token": public_token(client, f"/mise-a-jour/{token}"),
        "pause": "paused",
        "pause_until": UNTIL.isoformat(),
        "pause_categories": ["meubles"],
        "pause_reason": "Entrepôt plein",
        "takes_donner": ["meubles", "vetements"],
        "takes_acheter": ["meubles"],
        "opening_hours": "Mo-Fr 09:00-17:00",
        "phone": "418 555-0101",
    }
    return data | overrides


def names_answering(client: FlaskClient, query: str) -> set[str]:
    features = client.get(f"/api/v1/places?{query}").get_json()["features"]
    return {f["properties"]["name"] for f in features}


def test_a_pause_sent_through_a_live_link_hides_the_place_from_giving_until_its_end(
    app: Flask, client: FlaskClient
) -> None:
    place_id, token = place_with_link(app, goes_live=True)
    before = f"action=donner&category=meubles&at={TODAY + timedelta(days=10)}T10:00"
    assert "Ressourcerie du Fleuve" in names_answering(client, before)

    answer = client.post(f"/mise-a-jour/{token}", data=pause_form(client, token))
    assert answer.status_code == 200
    assert "en ligne" in answer.get_data(as_text=True)

    # During the pause: no longer where to give furniture, still where to give clothes or buy.
    assert "Ressourcerie du Fleuve" not in names_answering(client, before)
    during = f"at={UNTIL}T20:00"
    assert "Ressourcerie du Fleuve" not in names_answering(
        client, f"action=donner&category=meubles&{during}"
    )
    assert "Ressourcerie du Fleuve" in names_answering(
        client, f"action=donner&category=vetements&{during}"
    )
    assert "Ressourcerie du Fleuve" in names_answering(
        client, f"action=acheter&category=meubles&{during}"
    )
    assert "Ressourcerie du Fleuve" not in names_answering(
        client, f"q=divan&action=donner&{during}"
    )
    features = client.get(f"/api/v1/places?{during}").get_json()["features"]
    [feature] = [f for f in features if f["properties"]["name"] == "Ressourcerie du Fleuve"]
    assert feature["properties"]["donation_status"] == {
        "state": "paused",
        "until": UNTIL.isoformat(),
        "categories": ["meubles"],
        "reason": "Entrepôt plein",
    }
    # The clustered map counts the same places.
    clusters = "api/v1/clusters?bbox=-73,45,-69,48&zoom=5&action=donner&category=meubles"
    during_total = client.get(f"/{clusters}&{during}").get_json()["total"]
    # The day after its end date the pause has lifted by itself.
    next_total = client.get(f"/{clusters}&at={UNTIL + timedelta(days=1)}T08:00").get_json()["total"]
    assert next_total == during_total + 1
    next_day = f"at={UNTIL + timedelta(days=1)}T08:00"
    assert "Ressourcerie du Fleuve" in names_answering(
        client, f"action=donner&category=meubles&{next_day}"
    )
    features = client.get(f"/api/v1/places?{next_day}").get_json()["features"]
    [feature] = [f for f in features if f["properties"]["name"] == "Ressourcerie du Fleuve"]
    assert feature["properties"]["donation_status"] == {"state": "accepting"}

    with app.app_context():
        place = db.session.get_one(Place, place_id)
        assert place.phone == "418 555-0101"
        assert place.verified_at is not None
        authors = db.session.execute(
            select(PlaceRevision.author_label).where(PlaceRevision.place_id == place_id)
        ).scalars()
        assert "lien de mise à jour" in set(authors)
        link = updatelinks.links_of(place)[0]
        assert link.last_used_at is not None
        slug = place.slug
    page = client.get(f"/lieux/{slug}").get_data(as_text=True)
    assert f"Dons en pause jusqu&#39;au {UNTIL} pour : Meubles : Entrepôt plein" in page


def test_a_link_that_waits_for_moderation_changes_nothing_yet(
    app: Flask, client: FlaskClient
) -> None:
    place_id, token = place_with_link(app, goes_live=False)
    client.post(f"/mise-a-jour/{token}", data=pause_form(client, token, phone="418 555-0199"))
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        assert place.donation_pause is None
        assert place.phone != "418 555-0199"
        [suggestion] = db.session.execute(select(Suggestion)).scalars().all()
        assert suggestion.origin == "update_link"
        assert suggestion.values["phone"] == "418 555-0199"
        assert suggestion.values["donation_pause"]["categories"] == ["meubles"]


def test_revoked_expired_and_unknown_links_are_refused(app: Flask, client: FlaskClient) -> None:
    place_id, token = place_with_link(app, goes_live=True)
    assert client.get(f"/mise-a-jour/{token}").status_code == 200
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        old_phone = place.phone
        link = updatelinks.current_link(place)
        assert link is not None
        data = pause_form(client, token, phone="418 555-0777")
        updatelinks.revoke(link)
    refused = client.post(f"/mise-a-jour/{token}", data=data)
    assert refused.status_code == 404
    assert "ne fonctionne plus" in refused.get_data(as_text=True)
    with app.app_context():
        assert db.session.get_one(Place, place_id).phone == old_phone
        _link, expired = updatelinks.create_link(
            db.session.get_one(Place, place_id), None, goes_live=True,
            lifetime=timedelta(seconds=-1),
        )  # fmt: skip
    assert client.get(f"/mise-a-jour/{expired}").status_code == 404
    assert client.get("/mise-a-jour/" + "x" * 43).status_code == 404


def test_a_new_link_replaces_the_old_and_only_a_hash_is_stored(app: Flask) -> None:
    place_id, first = place_with_link(app, goes_live=False)
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        _link, second = updatelinks.create_link(place, None, goes_live=False)
        assert updatelinks.find_usable(first) is None
        assert updatelinks.find_usable(second) is not None
        hashes = db.session.execute(select(updatelinks.UpdateLink.token_hash)).scalars().all()
    assert len(second) >= 40
    assert first not in hashes
    assert second not in hashes


def test_guessing_tokens_is_rate_limited(app: Flask, client: FlaskClient) -> None:
    codes = [client.get(f"/mise-a-jour/guess{i}").status_code for i in range(32)]
    assert codes[:30] == [404] * 30
    assert codes[30:] == [429, 429]


def test_staff_create_see_and_revoke_a_link(
    app: Flask,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    place_id = make_place(app, name="Atelier du Vélo")
    url = f"/admin/places/{place_id}/update-link"
    assert "Aucun lien actif" in admin_client.get(url).get_data(as_text=True)
    token = csrf_token(admin_client, url)
    page = admin_client.post(url, data={"csrf_token": token, "goes_live": "1"})
    text = page.get_data(as_text=True)
    found = re.search(r'id="link-url"[^>]*value="([^"]+)"', text)
    assert found is not None
    assert "Jamais utilisé" in text
    link_path = "/" + found.group(1).split("/", 3)[3]
    assert admin_client.get(link_path).status_code == 200
    admin_client.post(f"{url}/revoke", data={"csrf_token": token})
    assert "Aucun lien actif" in admin_client.get(url).get_data(as_text=True)
    assert admin_client.get(link_path).status_code == 404


def test_a_pause_that_ended_or_lasts_over_a_year_is_refused(
    app: Flask, client: FlaskClient
) -> None:
    place_id, token = place_with_link(app, goes_live=True)
    for until in (TODAY - timedelta(days=1), TODAY + timedelta(days=400)):
        page = client.post(
            f"/mise-a-jour/{token}", data=pause_form(client, token, pause_until=str(until))
        ).get_data(as_text=True)
        assert "Choisissez une date entre aujourd&#39;hui et dans un an." in page
    with app.app_context():
        assert db.session.get_one(Place, place_id).donation_pause is None


def test_a_queued_pause_applies_when_staff_accept_it_and_its_reason_stays_inert(
    app: Flask,
    client: FlaskClient,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    place_id, token = place_with_link(app, goes_live=False)
    hostile = "<img src=x onerror=alert(1)>{{ 7*7 }}"
    client.post(f"/mise-a-jour/{token}", data=pause_form(client, token, pause_reason=hostile))
    with app.app_context():
        suggestion_id = db.session.execute(select(Suggestion.id)).scalar_one()
    queue = admin_client.get("/admin/suggestions").get_data(as_text=True)
    assert "par le lien de mise à jour" in queue
    assert "<img src=x" not in queue
    admin_client.post(
        f"/admin/suggestions/{suggestion_id}/accept",
        data={"csrf_token": csrf_token(admin_client, "/admin/suggestions")},
    )
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        assert place.donation_pause is not None
        assert place.donation_pause["reason"] == hostile
        authors = db.session.execute(
            select(PlaceRevision.author_label).where(PlaceRevision.place_id == place_id)
        ).scalars()
        assert f"suggestion #{suggestion_id}" in set(authors)
        slug = place.slug
    page = client.get(f"/lieux/{slug}").get_data(as_text=True)
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;{{ 7*7 }}" in page
    features = client.get(f"/api/v1/places?at={TODAY}T12:00").get_json()["features"]
    [feature] = [f for f in features if f["properties"]["slug"] == slug]
    assert feature["properties"]["donation_status"]["reason"] == hostile
    history = admin_client.get(f"/admin/places/{place_id}/history").get_data(as_text=True)
    assert "<img src=x" not in history
    assert "Entrepôt" not in history  # the reason replaced it
    assert f"jusqu&#39;au {UNTIL}" in history


def test_staff_pause_and_resume_donations_themselves(
    app: Flask,
    client: FlaskClient,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    place_id = make_place(app, name="Comptoir du Parc", takes=TAKES)
    url = f"/admin/places/{place_id}/donation-pause"
    assert admin_client.get(f"/admin/places/{place_id}").status_code == 200
    assert url in admin_client.get(f"/admin/places/{place_id}").get_data(as_text=True)
    with app.app_context():
        version = db.session.get_one(Place, place_id).version
    data = {
        "csrf_token": csrf_token(admin_client, url),
        "version": str(version),
        "pause": "paused",
        "pause_until": UNTIL.isoformat(),
        "pause_reason": "Inventaire annuel",
    }
    assert admin_client.post(url, data=data).status_code == 302
    during = f"at={UNTIL}T10:00"
    # No category ticked: every category paused for giving; buying still answers.
    assert "Comptoir du Parc" not in names_answering(
        client, f"action=donner&category=vetements&{during}"
    )
    assert "Comptoir du Parc" in names_answering(
        client, f"action=acheter&category=meubles&{during}"
    )
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        assert place.donation_pause == {
            "until": UNTIL.isoformat(),
            "categories": [],
            "reason": "Inventaire annuel",
        }
        version = place.version
    # A stale page (an older version) changes nothing.
    stale = data | {"pause": "accepting", "version": str(version - 1)}
    admin_client.post(url, data=stale)
    with app.app_context():
        assert db.session.get_one(Place, place_id).donation_pause is not None
    admin_client.post(url, data=data | {"pause": "accepting", "version": str(version)})
    assert "Comptoir du Parc" in names_answering(
        client, f"action=donner&category=vetements&{during}"
    )
    history = admin_client.get(f"/admin/places/{place_id}/history").get_data(as_text=True)
    assert "Pause des dons" in history
    assert "toutes les catégories" in history


def test_a_pause_without_its_last_day_is_refused(app: Flask, client: FlaskClient) -> None:
    place_id, token = place_with_link(app, goes_live=True)
    page = client.post(
        f"/mise-a-jour/{token}", data=pause_form(client, token, pause_until="")
    ).get_data(as_text=True)
    assert "Indiquez le dernier jour de la pause." in page
    with app.app_context():
        assert db.session.get_one(Place, place_id).verified_at is None


def test_refusals_sent_through_a_live_link_leave_the_place_out_of_that_item_search(
    app: Flask, client: FlaskClient
) -> None:
    place_id, token = place_with_link(app, goes_live=True)
    mattress = "q=matelas&action=donner"
    assert "Ressourcerie du Fleuve" in names_answering(client, mattress)

    page = client.get(f"/mise-a-jour/{token}").get_data(as_text=True)
    assert 'name="refuses_donner"' in page
    data = pause_form(client, token, pause="accepting", refuses_donner="matelas")
    assert client.post(f"/mise-a-jour/{token}", data=data).status_code == 200

    assert "Ressourcerie du Fleuve" not in names_answering(client, mattress)
    assert "Ressourcerie du Fleuve" in names_answering(client, "q=matelas&action=acheter")
    assert "Ressourcerie du Fleuve" in names_answering(client, "q=canape&action=donner")
    # The next visit shows the refusal by its name, ready to be sent back unchanged.
    page = client.get(f"/mise-a-jour/{token}").get_data(as_text=True)
    assert re.search(r'name="refuses_donner"[^>]*value="Matelas"', page)
    with app.app_context():
        authors = db.session.execute(
            select(PlaceRevision.author_label).where(PlaceRevision.place_id == place_id)
        ).scalars()
        assert "lien de mise à jour" in set(authors)


def test_an_unknown_refused_word_through_a_link_is_a_field_error_and_changes_nothing(
    app: Flask, client: FlaskClient
) -> None:
    place_id, token = place_with_link(app, goes_live=True)
    data = pause_form(client, token, refuses_donner="Matelas; licorne géante", phone="418 555-0123")
    page = client.post(f"/mise-a-jour/{token}", data=data).get_data(as_text=True)
    assert "Objet(s) inconnu(s) : « licorne géante »" in page
    assert "Ressourcerie du Fleuve" in names_answering(client, "q=matelas&action=donner")
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        assert place.phone != "418 555-0123"
        assert place.verified_at is None
        assert all(not p.refuses for p in place.propositions)


def refusals_waiting(app: Flask, client: FlaskClient, refuses: str) -> tuple[int, int]:
    """A place whose link waits for moderation, and the suggestion its refusals made."""
    place_id, token = place_with_link(app, goes_live=False)
    data = pause_form(client, token, pause="accepting", refuses_donner=refuses)
    client.post(f"/mise-a-jour/{token}", data=data)
    assert "Ressourcerie du Fleuve" in names_answering(client, "q=matelas&action=donner")
    with app.app_context():
        return place_id, db.session.execute(select(Suggestion.id)).scalar_one()


def test_refusals_sent_through_a_waiting_link_show_in_moderation_by_name(
    app: Flask,
    client: FlaskClient,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    place_id, suggestion_id = refusals_waiting(app, client, "matelas; box spring")
    page = admin_client.get(f"/admin/suggestions/{suggestion_id}").get_data(as_text=True)
    [row] = re.findall(r'<tr data-field="takes">.*?</tr>', page, re.S)
    after = row.split('class="after"')[1]
    assert "refuse : Matelas, Sommier" in after
    assert "refuse" not in row.split('class="after"')[0]
    admin_client.post(
        f"/admin/suggestions/{suggestion_id}/accept",
        data={"csrf_token": csrf_token(admin_client, "/admin/suggestions")},
    )
    assert "Ressourcerie du Fleuve" not in names_answering(client, "q=matelas&action=donner")
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        [giving] = [p for p in place.propositions if p.action_code == "donner"]
        assert sorted(giving.refuses) == ["matelas", "sommier"]


def test_staff_editing_a_waiting_link_s_proposal_keep_its_refusals(
    app: Flask,
    client: FlaskClient,
    admin_client: FlaskClient,  # noqa: F811
) -> None:
    place_id, suggestion_id = refusals_waiting(app, client, "Matelas")
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        edited = {
            "csrf_token": csrf_token(admin_client, f"/admin/suggestions/{suggestion_id}"),
            "edited": "1",
            "name": "Ressourcerie du Fleuve (corrigé)",
            "place_type_code": place.place_type_code,
            "municipality": place.municipality.code_geo if place.municipality else "",
            "takes_donner": ["meubles", "vetements"],
            "takes_acheter": ["meubles"],
        }
    admin_client.post(f"/admin/suggestions/{suggestion_id}/accept", data=edited)
    giving = names_answering(client, "q=canape&action=donner")
    assert "Ressourcerie du Fleuve (corrigé)" in giving
    assert "Ressourcerie du Fleuve (corrigé)" not in names_answering(
        client, "q=matelas&action=donner"
    )
