"""The issue's journey in Chromium: a citizen suggests a place and a correction on a phone, staff
accept one and reject the other, an enterprise pauses its furniture donations through its link
and the map shows it at once. Every public form: axe finds nothing serious, French and English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from playwright.sync_api import Browser, Page, Route, expect
from sqlalchemy import select

from recupere_don import suggestions, updatelinks
from recupere_don.admin import accounts
from recupere_don.extensions import db
from recupere_don.hours import QUEBEC
from recupere_don.models import Municipality, Place
from tests.browser.conftest import (
    BLANK_TILE,
    STAFF_EMAIL,
    STAFF_PASSWORD,
    TILE_HOST,
    LiveServer,
    screenshot,
    sign_in,
)
from tests.browser.test_admin_a11y import serious_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def staff(live_server: LiveServer) -> None:
    with live_server.app.app_context():
        accounts.create_user(STAFF_EMAIL, STAFF_PASSWORD, "admin")


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, locale="fr-CA", is_mobile=True, has_touch=True)
    page = context.new_page()

    def answer_tile(route: Route) -> None:
        route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)

    page.route(f"http://{TILE_HOST}/**", answer_tile)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, errors


def fits_the_screen(page: Page) -> bool:
    width, inner = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
    return bool(width <= inner)


def first_place(live_server: LiveServer) -> Place:
    with live_server.app.app_context():
        place = (
            db.session.execute(
                select(Place).where(Place.status == "published").order_by(Place.name)
            )
            .scalars()
            .first()
        )
        assert place is not None
        db.session.expunge(place)
        return place


def test_citizen_suggests_and_corrects_on_a_phone_then_staff_decide(
    phone: Page, page: Page, live_server: LiveServer, staff: None
) -> None:
    phone.goto(live_server.url + "/")
    phone.get_by_role("link", name="Suggérer un lieu").click()
    expect(phone.get_by_role("heading", name="Suggérer un lieu")).to_be_visible()
    assert serious_violations(phone) == []
    assert fits_the_screen(phone)
    phone.get_by_label("Nom du lieu").fill("Friperie <b>du Phare</b>")
    phone.get_by_label("Type de lieu").select_option("friperie")
    phone.get_by_label("Adresse (numéro et rue)").fill("5 rue du Quai")
    phone.get_by_label("Municipalité").select_option(label="Montmagny")
    phone.get_by_label("Téléphone").fill("418 555 0123")
    phone.get_by_role("group", name="Donner / déposer").get_by_label(
        "Vêtements et accessoires"
    ).check()
    phone.get_by_label("Heures d'ouverture").fill("n'importe quand")
    phone.get_by_label("Nom du lieu").scroll_into_view_if_needed()
    screenshot(phone, "suggest-phone-form")
    phone.get_by_role("button", name="Envoyer la proposition").click()
    # Unreadable hours: said under the field, the rest kept.
    expect(phone.get_by_role("alert")).to_contain_text("Vérifiez les champs")
    expect(phone.get_by_label("Nom du lieu")).to_have_value("Friperie <b>du Phare</b>")
    screenshot(phone, "suggest-phone-error")
    phone.get_by_label("Heures d'ouverture").fill("lun-ven 9h-17h")
    phone.get_by_role("button", name="Envoyer la proposition").click()
    expect(phone.get_by_role("heading", name="Merci !")).to_be_visible()

    place = first_place(live_server)
    phone.goto(f"{live_server.url}/lieux/{place.slug}")
    phone.get_by_role("link", name="Proposer une correction").click()
    expect(phone.get_by_label("Nom du lieu")).to_have_value(place.name)
    assert serious_violations(phone) == []
    assert fits_the_screen(phone)
    phone.get_by_label("Téléphone").fill("418 555 0987")
    phone.get_by_label("Message à l'équipe").fill("Nouveau numéro depuis septembre.")
    phone.get_by_role("button", name="Envoyer la proposition").click()
    expect(phone.get_by_role("heading", name="Merci !")).to_be_visible()

    sign_in(page, live_server)
    page.get_by_role("link", name="Suggestions").click()
    assert serious_violations(page) == []
    new_item = page.locator(".suggestion-item", has_text="Friperie <b>du Phare</b>")
    correction = page.locator(".suggestion-item", has_text="418 555-0987")
    expect(correction).to_contain_text("Nouveau numéro depuis septembre.")
    new_item.get_by_role("button", name="Accepter tel quel").click()
    expect(page.locator(".flash-success")).to_contain_text("acceptée")
    correction = page.locator(".suggestion-item", has_text="418 555-0987")
    correction.get_by_label("Raison du refus").fill("Le numéro n'a pas changé (appel du 2 déc.).")
    correction.get_by_role("button", name="Refuser").click()
    expect(page.locator(".flash-info")).to_contain_text("refusée")
    expect(page.get_by_text("Aucune suggestion en attente.")).to_be_visible()

    phone.goto(live_server.url + "/")
    phone.get_by_role("button", name="Liste", exact=True).click()
    expect(phone.locator(".result", has_text="Friperie <b>du Phare</b>")).to_be_visible()


def test_an_enterprise_pauses_furniture_through_its_link_and_the_map_shows_it(
    phone: Page, live_server: LiveServer
) -> None:
    with live_server.app.app_context():
        place = (
            db.session.execute(
                select(Place).join(Place.propositions).where(Place.status == "published")
            )
            .scalars()
            .first()
        )
        assert place is not None
        _link, token = updatelinks.create_link(place, None, goes_live=True)
        name = place.name
    until = datetime.now(QUEBEC).date() + timedelta(days=30)
    phone.goto(f"{live_server.url}/mise-a-jour/{token}")
    expect(phone.get_by_role("heading", name=f"Mettre à jour « {name} »")).to_be_visible()
    assert serious_violations(phone) == []
    assert fits_the_screen(phone)
    phone.get_by_label("Dons en pause jusqu'à une date").check()
    phone.get_by_label("Dernier jour de la pause").fill(until.isoformat())
    phone.get_by_role("group", name="Catégories en pause").get_by_label("Meubles").check()
    phone.get_by_label("Raison affichée").fill("Entrepôt plein")
    screenshot(phone, "update-link-phone")
    refusals = phone.get_by_label("Objets refusés").first
    refusals.fill("Matelas; Sommier")
    refusals.scroll_into_view_if_needed()
    screenshot(phone, "update-link-phone-refusals")
    phone.get_by_role("button", name="Enregistrer").click()
    expect(phone.get_by_text("Vos changements sont en ligne.")).to_be_visible()

    phone.goto(live_server.url + "/")
    phone.get_by_role("button", name="Liste", exact=True).click()
    card = phone.locator(".result", has_text=name)
    expect(card.locator(".donation-status")).to_have_text(
        f"Dons en pause jusqu'au {until} pour : Meubles : Entrepôt plein"
    )
    card.scroll_into_view_if_needed()
    screenshot(phone, "map-list-paused")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_public_forms_have_no_serious_accessibility_problem(
    page: Page, live_server: LiveServer, lang: str
) -> None:
    page.goto(f"{live_server.url}/suggerer?lang={lang}")
    page.get_by_role(
        "button", name="Envoyer la proposition" if lang == "fr" else "Send the proposal"
    ).click()
    expect(page.get_by_role("alert")).to_be_visible()
    assert serious_violations(page) == []
    screenshot(page, f"suggest-desktop-errors-{lang}")
    place = first_place(live_server)
    with live_server.app.app_context():
        _link, token = updatelinks.create_link(
            db.session.get_one(Place, place.id), None, goes_live=False
        )
    for path in (f"/lieux/{place.slug}/corriger", f"/mise-a-jour/{token}"):
        page.goto(f"{live_server.url}{path}?lang={lang}")
        expect(page.locator("html")).to_have_attribute("lang", lang)
        assert serious_violations(page) == [], path
    screenshot(page, f"update-link-desktop-{lang}")


def test_staff_pages_for_suggestions_and_links(
    page: Page, live_server: LiveServer, staff: None
) -> None:
    with live_server.app.app_context():
        town = db.session.execute(
            select(Municipality.code_geo).where(Municipality.name == "Montmagny")
        ).scalar_one()
        suggestion = suggestions.submit(
            suggestions.SuggestionKind.NEW_PLACE,
            {
                "name": "Ressourcerie <i>Nouvelle</i>",
                "place_type_code": "ressourcerie",
                "address": "10 rue Principale",
                "municipality": town,
                "takes": {"donner": {"categories": ["meubles"]}},
            },
            message="<script>alert(1)</script>",
        )
        place = first_place(live_server)
        suggestion_id = suggestion.id
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/admin/suggestions/{suggestion_id}")
    expect(page.get_by_role("heading", name=f"Suggestion #{suggestion_id}")).to_be_visible()
    expect(page.locator(".suggestion-message")).to_have_text("<script>alert(1)</script>")
    expect(page.locator(".suggestion-map .leaflet-marker-icon")).to_have_count(1)
    assert serious_violations(page) == []
    screenshot(page, "admin-suggestion")
    page.goto(f"{live_server.url}/admin/places/{place.id}/update-link")
    page.get_by_label("sont publiés tout de suite").check()
    page.get_by_role("button", name="Créer le lien").click()
    expect(page.locator("#link-url")).to_have_value(re.compile(r"/mise-a-jour/[\w-]{40,}$"))
    expect(page.locator("#link-state")).to_contain_text("Jamais utilisé.")
    assert serious_violations(page) == []
    screenshot(page, "admin-update-link")
    page.goto(f"{live_server.url}/admin/stale")
    assert serious_violations(page) == []
    page.goto(f"{live_server.url}/admin/places/{place.id}/donation-pause")
    page.get_by_label("Dons en pause jusqu'à une date").check()
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_text("Indiquez le dernier jour de la pause.")).to_be_visible()
    assert serious_violations(page) == []
    screenshot(page, "admin-donation-pause")
