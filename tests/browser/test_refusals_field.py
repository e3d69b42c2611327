"""The editor's refused-items field in Chromium: suggestions one item after another, saved."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from recupere_don.admin import accounts
from recupere_don.extensions import db
from recupere_don.models import Proposition
from tests.browser.conftest import STAFF_EMAIL, STAFF_PASSWORD, LiveServer, screenshot, sign_in

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def staff_account(live_server: LiveServer) -> str:
    with live_server.app.app_context():
        accounts.create_user(STAFF_EMAIL, STAFF_PASSWORD, "editor")
    return STAFF_EMAIL


def suggestions(page: Page) -> list[str]:
    values: list[str] = page.eval_on_selector_all(
        "#catalogue-items option", "options => options.map(o => o.value)"
    )
    return values


def test_refused_items_are_suggested_one_after_another(
    page: Page, live_server: LiveServer, staff_account: str
) -> None:
    sign_in(page, live_server)
    page.goto(live_server.url + "/admin/places/new")
    field = page.locator("#take_donner_refuses")
    expect(field).to_have_attribute("list", "catalogue-items")
    expect(page.get_by_text("Objets de ces catégories que le lieu refuse").first).to_be_visible()

    field.fill("Matelas")
    assert "Matelas" in suggestions(page)
    # After a semicolon, each suggestion keeps what is typed and adds one more item.
    field.fill("Matelas; So")
    offered = suggestions(page)
    assert "Matelas; Sommier" in offered
    assert "Matelas; Matelas" not in offered
    field.fill("Matelas; Sommier")
    field.evaluate("input => input.scrollIntoView({block: 'center'})")
    screenshot(page, "refusals-field")


def test_refusals_saved_from_the_editor_are_stored_as_item_codes(
    page: Page, live_server: LiveServer, staff_account: str
) -> None:
    sign_in(page, live_server)
    page.goto(live_server.url + "/admin/places/new")
    page.get_by_label("Nom de l'organisme").fill("Ressourcerie aux matelas refusés")
    page.get_by_label("Type de lieu").select_option("ressourcerie")
    page.get_by_label("Municipalité").select_option(label="Saint-Georges (Beauce-Sartigan)")
    page.locator("#take-donner").get_by_label("Meubles", exact=False).check()
    page.locator("#take_donner_refuses").fill("matelas; box spring")
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.locator(".alert-error")).to_have_count(0)
    expect(page.locator("#take_donner_refuses")).to_have_value("Matelas; Sommier")
    with live_server.app.app_context():
        refused = db.session.scalars(
            select(Proposition.refuses).where(Proposition.action_code == "donner")
        ).all()
    assert ["matelas", "sommier"] in refused
