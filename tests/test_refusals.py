"""Refusals per action, and answers that say why: `refuses`, `match`, `next_opening`.

Places are built with the app's writer (tests.factories), the answers read through the API on
SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from recupere_don import imports, placewrites
from recupere_don.extensions import db
from recupere_don.models import Place, PlaceStatus, Proposition
from tests.factories import make_place, make_user
from tests.test_admin_support import admin_client, create_place, csrf_token, log_in, place_form

__all__ = ["admin_client"]

# A weekend in Québec: places open on weekdays are closed.
SATURDAY_NOON = "2026-11-28T12:00-05:00"
SUNDAY_NOON = "2026-11-29T12:00-05:00"


def take(
    categories: list[str], refuses: Sequence[str] = (), conditions: str = ""
) -> dict[str, Any]:
    return {
        "categories": categories,
        "refuses": list(refuses),
        "conditions_fr": conditions,
        "conditions_en": "",
    }


def features(client: FlaskClient, query: str) -> dict[str, dict[str, Any]]:
    response = client.get(f"/api/v1/places?{query}")
    assert response.status_code == 200, response.get_data(as_text=True)
    return {f["properties"]["slug"]: f["properties"] for f in response.get_json()["features"]}


def slug_of(app: Flask, place_id: int) -> str:
    with app.app_context():
        return db.session.get_one(Place, place_id).slug


def two_furniture_places(app: Flask) -> tuple[str, str]:
    """One place refusing mattresses for giving (not for pickup), one taking them."""
    refusing = make_place(
        app,
        name="Meubles sans matelas",
        takes={
            "donner": take(["meubles"], ["matelas", "sommier"], "Propres et en bon état."),
            "ramassage": take(["meubles"]),
        },
    )
    taking = make_place(
        app,
        name="Meubles et matelas",
        opening_hours="Mo-Fr 09:00-17:00",
        takes={"donner": take(["meubles"], conditions="Matelas sans taches.")},
    )
    return slug_of(app, refusing), slug_of(app, taking)


def test_an_item_search_leaves_out_a_place_that_refuses_it_for_that_action(
    app: Flask, client: FlaskClient
) -> None:
    refusing, taking = two_furniture_places(app)

    giving = features(client, "q=matelas&action=donner")
    assert taking in giving
    assert refusing not in giving
    # The demo's own place that now refuses mattresses in a structured way is out too.
    assert "ressourcerie-du-littoral" not in giving
    # Its pickup does not refuse them: asked for every action, the place answers by pickup.
    every_action = features(client, "q=matelas")
    assert refusing in every_action
    assert [m["action"] for m in every_action[refusing]["match"]] == ["ramassage"]
    # Another item of the same category, and the category itself, are not refused.
    assert refusing in features(client, "q=canape&action=donner")
    assert refusing in features(client, "category=meubles&action=donner")
    # Several words meaning the refused item: « box spring » is the sommier.
    assert refusing not in features(client, "q=box%20spring&action=donner")


def test_every_feature_lists_what_the_place_refuses_in_the_asked_language(
    app: Flask, client: FlaskClient
) -> None:
    refusing, taking = two_furniture_places(app)

    french = features(client, "")
    assert french[refusing]["refuses"] == [
        {"action": "donner", "item": "matelas", "label": "Matelas"},
        {"action": "donner", "item": "sommier", "label": "Sommier"},
    ]
    assert french[taking]["refuses"] == []
    english = features(client, "lang=en")
    assert [r["label"] for r in english[refusing]["refuses"]] == ["Mattress", "Box spring"]


def test_match_says_which_action_category_and_item_answered(
    app: Flask, client: FlaskClient
) -> None:
    _, taking = two_furniture_places(app)

    found = features(client, "q=matelas&action=donner,ramassage")
    assert found[taking]["match"] == [
        {
            "action": "donner",
            "action_label": "Donner / déposer",
            "category": "meubles",
            "category_label": "Meubles",
            "item": "matelas",
            "item_label": "Matelas",
            "conditions": "Matelas sans taches.",
        }
    ]
    # In English, with the French conditions when no English ones were written.
    english = features(client, "q=mattress&lang=en")[taking]["match"][0]
    assert (english["action_label"], english["category_label"], english["item_label"]) == (
        "Drop off",
        "Furniture",
        "Mattress",
    )
    assert english["conditions"] == "Matelas sans taches."
    # A category filter alone: the category matched, no item.
    by_category = features(client, "category=meubles")[taking]["match"]
    assert [(m["category"], m["item"]) for m in by_category] == [("meubles", None)]
    # Nothing asked, nothing to explain.
    assert features(client, "")[taking]["match"] is None


def test_a_repair_only_workshop_answers_repairing_not_giving(
    app: Flask, client: FlaskClient
) -> None:
    workshop = slug_of(
        app,
        make_place(
            app,
            name="Atelier Réparinfo",
            place_type_code="atelier",
            takes={"reparer": take(["electronique"], conditions="Sur rendez-vous.")},
        ),
    )

    assert workshop in features(client, "q=ordinateur&action=reparer")
    assert workshop not in features(client, "q=ordinateur&action=donner,ramassage")
    # Without `action`, every action as before: partners' embeds rely on it.
    answered = features(client, "q=ordinateur")
    assert workshop in answered
    assert [m["action"] for m in answered[workshop]["match"]] == ["reparer"]


def test_a_closed_place_says_when_it_opens_next(app: Flask, client: FlaskClient) -> None:
    _, weekdays = two_furniture_places(app)
    always = slug_of(app, make_place(app, name="Toujours ouvert", opening_hours="24/7"))

    french = features(client, f"at={SATURDAY_NOON}")
    assert french[weekdays]["open_now"] is False
    assert french[weekdays]["next_opening"] == {
        "at": "2026-11-30T09:00:00-05:00",
        "text": "lundi 9 h",
    }
    assert french[always]["next_opening"] is None
    english = features(client, f"at={SATURDAY_NOON}&lang=en")
    assert english[weekdays]["next_opening"]["text"] == "Monday 9 am"
    assert features(client, f"at={SUNDAY_NOON}")[weekdays]["next_opening"]["text"] == "demain 9 h"
    # A place without hours has no next opening to give.
    assert all(p["next_opening"] is None for p in french.values() if p["opening_hours"] is None)


def test_fields_can_keep_the_new_properties(app: Flask, client: FlaskClient) -> None:
    refusing, _ = two_furniture_places(app)
    kept = features(client, "q=divan&fields=slug,refuses,match")[refusing]
    assert set(kept) == {"slug", "refuses", "match"}
    assert kept["match"][0]["category"] == "meubles"


def test_an_unknown_refusal_word_is_a_row_warning_and_the_row_still_imports(app: Flask) -> None:
    text = (
        "name,address,municipality,postal_code,categories,actions,place_type,refuses\n"
        "Ressourcerie Test,,Lévis,,meubles,donner;ramassage,ressourcerie,"
        "Matelas; box spring; trampolines magiques\n"
    )
    with app.app_context():
        report = imports.import_places(text.encode(), filename="refus.csv")
    [row] = report.rows
    assert row.status == "created"
    assert [w.kind for w in row.warnings] == ["refusal_unknown"]
    assert "« trampolines magiques »" in row.warnings[0].message
    with app.app_context():
        refuses = dict(
            db.session.execute(
                select(Proposition.action_code, Proposition.refuses)
                .join(Place)
                .where(Place.name == "Ressourcerie Test")
            ).all()
        )
    assert refuses == {"donner": ["matelas", "sommier"], "ramassage": ["matelas", "sommier"]}


def test_history_shows_refusals_by_name(app: Flask, client: FlaskClient) -> None:
    make_user(app, "admin@example.org", "admin")
    place_id = make_place(app, takes={"donner": take(["meubles"])})
    with app.app_context():
        place = db.session.get_one(Place, place_id)
        values = {"takes": {"donner": take(["meubles"], ["matelas"])}}
        placewrites.update(place, values, None, place.version)
        assert place.status == PlaceStatus.PUBLISHED
    log_in(client, "admin@example.org")

    page = client.get(f"/admin/places/{place_id}/history").get_data(as_text=True)

    assert "refuse : Matelas" in page
    assert "matelas" not in page.replace("Matelas", "")


def test_the_editor_reads_refused_items_as_words_and_shows_their_names(
    app: Flask, admin_client: FlaskClient
) -> None:
    place_id = create_place(admin_client, app, take_donner_refuses="matelas;  Box spring ;")
    with app.app_context():
        [donner] = db.session.get_one(Place, place_id).propositions
        assert donner.refuses == ["matelas", "sommier"]

    page = admin_client.get(f"/admin/places/{place_id}").get_data(as_text=True)

    assert 'value="Matelas; Sommier"' in page
    assert 'list="catalogue-items"' in page
    assert '<option value="Siège d&#39;auto pour enfant">' in page


def test_an_unknown_refused_word_is_a_field_error_and_nothing_is_written(
    app: Flask, admin_client: FlaskClient
) -> None:
    with app.app_context():
        before = db.session.scalar(select(func.count(Place.id)))
    data = place_form(app, take_donner_refuses="Matelas; licorne en peluche géante")
    data["csrf_token"] = csrf_token(admin_client, "/admin/places/new")

    response = admin_client.post("/admin/places/new", data=data)

    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Objet(s) inconnu(s) : « licorne en peluche géante »" in page
    assert 'id="take_donner_refuses-error"' in page
    with app.app_context():
        assert db.session.scalar(select(func.count(Place.id))) == before


def test_one_place_answers_in_the_asked_language(app: Flask, client: FlaskClient) -> None:
    refusing, _ = two_furniture_places(app)
    english = client.get(f"/api/v1/places/{refusing}?lang=en").get_json()["properties"]
    assert [r["label"] for r in english["refuses"]] == ["Mattress", "Box spring"]
    french = client.get(f"/api/v1/places/{refusing}").get_json()["properties"]
    assert [r["label"] for r in french["refuses"]] == ["Matelas", "Sommier"]


def test_the_place_page_says_what_is_refused(app: Flask, client: FlaskClient) -> None:
    refusing, _ = two_furniture_places(app)
    page = client.get(f"/lieux/{refusing}").get_data(as_text=True)
    assert "Refuse : Matelas, Sommier" in page
    english = client.get(f"/lieux/{refusing}?lang=en").get_data(as_text=True)
    assert "Refuses: Mattress, Box spring" in english


def test_a_reimport_follows_the_file_unless_staff_changed_the_refusals(app: Flask) -> None:
    header = "name,address,municipality,postal_code,categories,actions,place_type,refuses\n"
    row = "Ressourcerie Test,,Lévis,,meubles,donner,ressourcerie,{}\n"

    def run(refuses: str) -> imports.RowOutcome:
        with app.app_context():
            report = imports.import_places(
                (header + row.format(refuses)).encode(), filename="r.csv"
            )
        [outcome] = report.rows
        return outcome

    def refused() -> list[str]:
        with app.app_context():
            return list(
                db.session.scalars(
                    select(Proposition.refuses).join(Place).where(Place.name == "Ressourcerie Test")
                ).one()
            )

    assert run("matelas").status == "created"
    assert run("matelas; sommier").status == "updated"
    assert refused() == ["matelas", "sommier"]
    assert run("matelas; sommier").status == "unchanged"
    with app.app_context():
        place = db.session.scalars(select(Place).where(Place.name == "Ressourcerie Test")).one()
        staff = {"takes": {"donner": take(["meubles"], ["siege-auto"])}}
        placewrites.update(place, staff, None, place.version)

    again = run("matelas")

    assert again.kept_staff_edits == ["refuses"]
    assert refused() == ["siege-auto"]
